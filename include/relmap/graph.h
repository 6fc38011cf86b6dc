// The aggregated relationship graph (Boost.Graph): one edge per
// (source, relation, target), undirected relations stored once.
#pragma once
#include <boost/graph/adjacency_list.hpp>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "relmap/edge.h"
#include "relmap/ruleset.h"

namespace relmap {

// One actor of the map.
struct GraphNode {
  std::string id;
  std::string name;
  std::string type;
  std::string country;     // state name, may be empty
  std::string country_id;  // state id, may be empty
  std::size_t mentions = 0;  // edge mentions it takes part in
};

// Where an edge was said.
struct Evidence {
  std::string doc;
  std::size_t sentence = 0;
  std::size_t start = 0, end = 0;
  std::string text;
  std::string rule;
  std::string date;
};

// One aggregated edge.
struct GraphEdge {
  std::string relation;
  bool directed = true;
  std::size_t weight = 0;            // number of mentions, exact even when evidence is capped
  std::vector<Evidence> evidence;    // sorted by (doc, sentence); at most GraphOptions::max_evidence
  std::string first_date, last_date;
  std::set<std::string> docs;
};

using RelationGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, GraphNode, GraphEdge>;

enum class Level { Person, Organ, State };
bool parse_level(const std::string& s, Level* out);

struct GraphOptions {
  Level level = Level::Person;
  std::size_t max_evidence = 50;
};

// The graph and what aggregation dropped.
struct RelationMap {
  RelationGraph graph;           // vertices sorted by id, edges by (source, relation, target)
  std::size_t mentions = 0;      // edge mentions aggregated
  std::size_t self_loops = 0;    // mentions dropped because roll-up joined both ends
};

// Aggregates `mentions`. Relations not in `relations` count as directed.
RelationMap build_graph(const std::vector<EdgeMention>& mentions, const std::vector<RelationDef>& relations,
                        const GraphOptions& options);

}  // namespace relmap
