// The aggregated relationship graph (Boost.Graph): one edge per
// (source, relation, target), undirected relations stored once.
#pragma once
#include <boost/graph/adjacency_list.hpp>

#include <map>
#include <set>
#include <string>
#include <tuple>
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
  // Distinct documents that say it. Counted as mentions arrive, which relmap's
  // own runs and JSONL files give grouped by document, so that memory follows
  // the graph and not the corpus.
  std::size_t documents = 0;
  std::vector<std::string> docs;     // the first of them by name, at most GraphOptions::max_evidence
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

// Which mentions and edges to keep.
struct GraphFilter {
  std::set<std::string> relations;   // empty: every relation
  std::string from_date, to_date;    // inclusive YYYY-MM-DD; mentions without a date pass only when both are empty
  std::set<std::string> documents;   // empty: every document
  std::size_t min_weight = 1;        // edges said fewer times are dropped
  std::vector<std::string> actors;   // keep only these (id or name) and their neighbourhood
  std::size_t depth = 1;             // how many steps around `actors`
  std::size_t top = 0;               // keep only the N actors of highest weighted degree; 0: all
};

// Whether a mention passes the relation, date and document parts of `filter`.
bool mention_passes(const EdgeMention& m, const GraphFilter& filter);

// Aggregates mentions one at a time, so memory grows with the number of
// distinct actors and edges, not with the number of mentions.
class GraphBuilder {
 public:
  GraphBuilder(const std::vector<RelationDef>& relations, const GraphOptions& options);
  void add(const EdgeMention& m);
  // The graph in canonical order: vertices by id, edges by (source, relation, target).
  RelationMap finish() const;

 private:
  using Key = std::tuple<std::string, std::string, std::string>;  // source, relation, target
  std::map<std::string, bool> directed_;
  GraphOptions options_;
  std::map<std::string, GraphNode> nodes_;
  struct EdgeState {
    GraphEdge edge;
    std::string last_doc;  // the document of its last mention
  };
  std::map<Key, EdgeState> edges_;
  std::size_t mentions_ = 0, self_loops_ = 0;
};

// Aggregates `mentions`. Relations not in `relations` count as directed.
RelationMap build_graph(const std::vector<EdgeMention>& mentions, const std::vector<RelationDef>& relations,
                        const GraphOptions& options);

// Drops edges lighter than filter.min_weight, then keeps only filter.actors and
// the actors within filter.depth steps of them (either direction); vertices
// left without edges go too, unless they are among filter.actors. Last, with
// filter.top, only the top N actors by weighted degree (ties: by id) stay.
RelationMap filter_graph(const RelationMap& map, const GraphFilter& filter);

}  // namespace relmap
