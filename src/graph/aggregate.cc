#include <algorithm>
#include <queue>
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

bool mention_passes(const EdgeMention& m, const GraphFilter& f) {
  if (!f.relations.empty() && !f.relations.count(m.relation)) return false;
  if (!f.documents.empty() && !f.documents.count(m.doc)) return false;
  if (!f.from_date.empty() || !f.to_date.empty()) {
    if (m.date.empty()) return false;
    if (!f.from_date.empty() && m.date < f.from_date) return false;
    if (!f.to_date.empty() && m.date > f.to_date) return false;
  }
  return true;
}

GraphBuilder::GraphBuilder(const std::vector<RelationDef>& relations, const GraphOptions& options)
    : options_(options) {
  for (const RelationDef& r : relations) directed_[r.id] = r.directed;
}

void GraphBuilder::add(const EdgeMention& m) {
  ++mentions_;
  GraphNode s = node_at(m.source, options_.level);
  GraphNode t = node_at(m.target, options_.level);
  if (s.id == t.id) {
    ++self_loops_;
    return;
  }
  auto d = directed_.find(m.relation);
  const bool is_directed = d == directed_.end() || d->second;
  if (!is_directed && t.id < s.id) std::swap(s, t);
  auto [at, fresh] = edges_.try_emplace(Key{s.id, m.relation, t.id});
  for (GraphNode* n : {&s, &t}) {
    auto node = nodes_.find(n->id);
    if (node == nodes_.end()) node = nodes_.emplace(n->id, std::move(*n)).first;
    ++node->second.mentions;
  }
  GraphEdge& e = at->second.edge;
  if (fresh) {
    e.relation = m.relation;
    e.directed = is_directed;
  }
  ++e.weight;
  if (fresh || at->second.last_doc != m.doc) {
    at->second.last_doc = m.doc;
    auto doc = std::lower_bound(e.docs.begin(), e.docs.end(), m.doc);
    if (doc == e.docs.end() || *doc != m.doc) {
      ++e.documents;
      e.docs.insert(doc, m.doc);
      if (e.docs.size() > options_.max_evidence) e.docs.pop_back();
    }
  }
  if (!m.date.empty()) {
    if (e.first_date.empty() || m.date < e.first_date) e.first_date = m.date;
    if (e.last_date.empty() || m.date > e.last_date) e.last_date = m.date;
  }
  // Evidence stays sorted and capped, so the result does not depend on the order
  // mentions arrive in: shards merge to the same graph as one run. Most
  // mentions of a heavy edge fall past the cap and are not even copied.
  auto before = [](const std::string& doc_a, std::size_t sentence_a, const std::string& rule_a,
                   const std::string& doc_b, std::size_t sentence_b, const std::string& rule_b) {
    if (doc_a != doc_b) return doc_a < doc_b;
    if (sentence_a != sentence_b) return sentence_a < sentence_b;
    return rule_a < rule_b;
  };
  if (e.evidence.size() >= options_.max_evidence &&
      (e.evidence.empty() ||
       !before(m.doc, m.sentence, m.rule, e.evidence.back().doc, e.evidence.back().sentence, e.evidence.back().rule)))
    return;
  auto place = std::lower_bound(e.evidence.begin(), e.evidence.end(), m, [&](const Evidence& ev, const EdgeMention& x) {
    return before(ev.doc, ev.sentence, ev.rule, x.doc, x.sentence, x.rule);
  });
  if (place != e.evidence.end() && place->doc == m.doc && place->sentence == m.sentence && place->rule == m.rule)
    return;  // the same sentence twice
  e.evidence.insert(place, Evidence{m.doc, m.sentence, m.start, m.end, m.text, m.rule, m.date});
  if (e.evidence.size() > options_.max_evidence) e.evidence.pop_back();
}

RelationMap GraphBuilder::finish() const {
  RelationMap out;
  out.mentions = mentions_;
  out.self_loops = self_loops_;
  std::map<std::string, std::size_t> index;
  for (const auto& [id, n] : nodes_) index[id] = boost::add_vertex(n, out.graph);
  for (const auto& [key, state] : edges_)
    boost::add_edge(index[std::get<0>(key)], index[std::get<2>(key)], state.edge, out.graph);
  return out;
}

RelationMap build_graph(const std::vector<EdgeMention>& mentions, const std::vector<RelationDef>& relations,
                        const GraphOptions& options) {
  GraphBuilder b(relations, options);
  for (const EdgeMention& m : mentions) b.add(m);
  return b.finish();
}

RelationMap filter_graph(const RelationMap& map, const GraphFilter& f) {
  const RelationGraph& g = map.graph;
  const std::size_t n = boost::num_vertices(g);
  // Edges heavy enough, as an adjacency list in both directions.
  std::vector<std::vector<std::size_t>> around(n);
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    if (g[*it].weight < f.min_weight) continue;
    around[boost::source(*it, g)].push_back(boost::target(*it, g));
    around[boost::target(*it, g)].push_back(boost::source(*it, g));
  }
  std::vector<bool> keep(n, f.actors.empty());
  std::vector<bool> named(n, false);
  if (!f.actors.empty()) {
    std::queue<std::pair<std::size_t, std::size_t>> todo;  // vertex, distance
    for (std::size_t v = 0; v < n; ++v)
      for (const std::string& a : f.actors)
        if (g[v].id == a || g[v].name == a) {
          keep[v] = named[v] = true;
          todo.push({v, 0});
        }
    while (!todo.empty()) {
      auto [v, d] = todo.front();
      todo.pop();
      if (d == f.depth) continue;
      for (std::size_t w : around[v])
        if (!keep[w]) {
          keep[w] = true;
          todo.push({w, d + 1});
        }
    }
  }
  if (f.top > 0) {
    std::vector<std::size_t> weighted(n, 0);
    for (auto [it, end] = boost::edges(g); it != end; ++it) {
      const std::size_t s = boost::source(*it, g), t = boost::target(*it, g);
      if (g[*it].weight < f.min_weight || !keep[s] || !keep[t]) continue;
      weighted[s] += g[*it].weight;
      weighted[t] += g[*it].weight;
    }
    std::vector<std::size_t> order;
    for (std::size_t v = 0; v < n; ++v)
      if (keep[v]) order.push_back(v);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return weighted[a] != weighted[b] ? weighted[a] > weighted[b] : g[a].id < g[b].id;
    });
    for (std::size_t k = f.top; k < order.size(); ++k) keep[order[k]] = named[order[k]] = false;
  }
  RelationMap out;
  out.mentions = map.mentions;
  out.self_loops = map.self_loops;
  std::vector<bool> used(n, false);
  std::vector<std::pair<std::size_t, std::size_t>> kept_edges;
  std::vector<GraphEdge> kept_props;
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    const std::size_t s = boost::source(*it, g), t = boost::target(*it, g);
    if (g[*it].weight < f.min_weight || !keep[s] || !keep[t]) continue;
    used[s] = used[t] = true;
    kept_edges.emplace_back(s, t);
    kept_props.push_back(g[*it]);
  }
  std::vector<std::size_t> index(n, 0);
  for (std::size_t v = 0; v < n; ++v)
    if (used[v] || named[v] || (f.actors.empty() && f.min_weight <= 1 && keep[v])) index[v] = boost::add_vertex(g[v], out.graph);
  for (std::size_t k = 0; k < kept_edges.size(); ++k)
    boost::add_edge(index[kept_edges[k].first], index[kept_edges[k].second], kept_props[k], out.graph);
  return out;
}

}  // namespace relmap
