#include <algorithm>
#include <tuple>

#include "relmap/graph.h"

namespace relmap {
namespace {

// The actor an end becomes at `level`.
GraphNode node_at(const ActorRef& a, Level level) {
  GraphNode n{a.id, a.name, a.type, a.country, a.country_id, 0};
  const bool roll = (level == Level::State && (a.type == "person" || a.type == "organization")) ||
                    (level == Level::Organ && a.type == "person");
  if (roll && !a.country_id.empty() && a.country_id != a.id) {
    n.id = a.country_id;
    n.name = a.country.empty() ? a.country_id : a.country;
    n.type = "state";
  }
  return n;
}

}  // namespace

bool parse_level(const std::string& s, Level* out) {
  if (s == "person") *out = Level::Person;
  else if (s == "organ") *out = Level::Organ;
  else if (s == "state") *out = Level::State;
  else return false;
  return true;
}

RelationMap build_graph(const std::vector<EdgeMention>& mentions, const std::vector<RelationDef>& relations,
                        const GraphOptions& options) {
  std::map<std::string, bool> directed;
  for (const RelationDef& r : relations) directed[r.id] = r.directed;
  RelationMap out;
  std::map<std::string, GraphNode> nodes;
  using Key = std::tuple<std::string, std::string, std::string>;  // source, relation, target
  std::map<Key, GraphEdge> edges;
  for (const EdgeMention& m : mentions) {
    ++out.mentions;
    GraphNode s = node_at(m.source, options.level);
    GraphNode t = node_at(m.target, options.level);
    if (s.id == t.id) { ++out.self_loops; continue; }
    auto d = directed.find(m.relation);
    const bool is_directed = d == directed.end() || d->second;
    if (!is_directed && t.id < s.id) std::swap(s, t);
    for (GraphNode* n : {&s, &t}) {
      auto [it, fresh] = nodes.emplace(n->id, *n);
      ++it->second.mentions;
      (void)fresh;
    }
    GraphEdge& e = edges[Key{s.id, m.relation, t.id}];
    e.relation = m.relation;
    e.directed = is_directed;
    ++e.weight;
    e.docs.insert(m.doc);
    if (!m.date.empty()) {
      if (e.first_date.empty() || m.date < e.first_date) e.first_date = m.date;
      if (e.last_date.empty() || m.date > e.last_date) e.last_date = m.date;
    }
    Evidence ev{m.doc, m.sentence, m.start, m.end, m.text, m.rule, m.date};
    // Keep the evidence sorted and capped so that the result does not depend on
    // the order mentions arrive in (shards merge to the same graph).
    auto at = std::lower_bound(e.evidence.begin(), e.evidence.end(), ev, [](const Evidence& a, const Evidence& b) {
      return std::tie(a.doc, a.sentence, a.rule) < std::tie(b.doc, b.sentence, b.rule);
    });
    if (at != e.evidence.end() && at->doc == ev.doc && at->sentence == ev.sentence && at->rule == ev.rule) continue;
    e.evidence.insert(at, std::move(ev));
    if (e.evidence.size() > options.max_evidence) e.evidence.pop_back();
  }
  std::map<std::string, std::size_t> index;
  for (const auto& [id, n] : nodes) index[id] = boost::add_vertex(n, out.graph);
  for (const auto& [key, e] : edges)
    boost::add_edge(index[std::get<0>(key)], index[std::get<2>(key)], e, out.graph);
  return out;
}

}  // namespace relmap
