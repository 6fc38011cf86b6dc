// Analysis of a RelationMap with Boost.Graph's own algorithms: degree,
// betweenness (Brandes), PageRank and connected components.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "relmap/graph.h"

namespace relmap {

// One actor's figures. Betweenness and components treat the map as undirected
// (who is connected to whom); PageRank follows directed edges, and both
// directions of an undirected one.
struct ActorStats {
  std::string id, name, type, country;
  std::size_t degree = 0, in_degree = 0, out_degree = 0;  // distinct edges
  std::size_t weighted_degree = 0;                        // mentions on those edges
  double betweenness = 0;                                 // standard, unnormalised
  double pagerank = 0;                                    // sums to 1
  std::size_t component = 0;
};

struct GraphStats {
  std::size_t nodes = 0, edges = 0, mentions = 0, self_loops = 0, components = 0;
  std::map<std::string, std::size_t> nodes_by_type, edges_by_relation, mentions_by_relation;
  std::vector<ActorStats> actors;  // ranked by weighted degree, then id
};

GraphStats compute_stats(const RelationMap& map);

// A readable report: totals, then the top `top` actors.
std::string stats_table(const GraphStats& stats, std::size_t top);
std::string stats_json(const GraphStats& stats);

}  // namespace relmap
