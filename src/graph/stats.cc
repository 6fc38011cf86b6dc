#include "graph/stats.h"

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/page_rank.hpp>
#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace relmap {

GraphStats compute_stats(const RelationMap& map) {
  const RelationGraph& g = map.graph;
  const std::size_t n = boost::num_vertices(g);
  GraphStats st;
  st.nodes = n;
  st.edges = boost::num_edges(g);
  st.mentions = map.mentions;
  st.self_loops = map.self_loops;
  st.actors.resize(n);
  using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  using Directed = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;
  Undirected u(n);
  Directed d(n);
  for (std::size_t v = 0; v < n; ++v) {
    ActorStats& a = st.actors[v];
    a.id = g[v].id;
    a.name = g[v].name;
    a.type = g[v].type;
    a.country = g[v].country;
    ++st.nodes_by_type[a.type];
  }
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    const std::size_t s = boost::source(*it, g), t = boost::target(*it, g);
    const GraphEdge& e = g[*it];
    ++st.edges_by_relation[e.relation];
    st.mentions_by_relation[e.relation] += e.weight;
    ++st.actors[s].degree;
    ++st.actors[t].degree;
    ++st.actors[s].out_degree;
    ++st.actors[t].in_degree;
    if (!e.directed) {
      ++st.actors[t].out_degree;
      ++st.actors[s].in_degree;
    }
    st.actors[s].weighted_degree += e.weight;
    st.actors[t].weighted_degree += e.weight;
    boost::add_edge(s, t, u);
    boost::add_edge(s, t, d);
    if (!e.directed) boost::add_edge(t, s, d);
  }
  if (n > 0) {
    std::vector<double> centrality(n, 0.0);
    boost::brandes_betweenness_centrality(
        u, boost::make_iterator_property_map(centrality.begin(), boost::get(boost::vertex_index, u)));
    std::vector<double> rank(n, 0.0);
    boost::graph::page_rank(d, boost::make_iterator_property_map(rank.begin(), boost::get(boost::vertex_index, d)),
                            boost::graph::n_iterations(50));
    double total = 0;
    for (double r : rank) total += r;
    std::vector<int> component(n, 0);
    st.components = static_cast<std::size_t>(boost::connected_components(
        u, boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, u))));
    for (std::size_t v = 0; v < n; ++v) {
      st.actors[v].betweenness = centrality[v];
      st.actors[v].pagerank = total > 0 ? rank[v] / total : 0.0;
      st.actors[v].component = static_cast<std::size_t>(component[v]);
    }
  }
  std::stable_sort(st.actors.begin(), st.actors.end(), [](const ActorStats& a, const ActorStats& b) {
    if (a.weighted_degree != b.weighted_degree) return a.weighted_degree > b.weighted_degree;
    return a.id < b.id;
  });
  return st;
}

std::string stats_table(const GraphStats& st, std::size_t top) {
  std::string out = fmt::format("{} actors, {} edges, {} mentions ({} dropped as self-loops), {} components\n",
                                st.nodes, st.edges, st.mentions, st.self_loops, st.components);
  out += "actors by type:";
  for (const auto& [t, c] : st.nodes_by_type) out += fmt::format("  {} {}", t, c);
  out += "\nedges by relation (mentions):";
  for (const auto& [r, c] : st.edges_by_relation) out += fmt::format("  {} {} ({})", r, c, st.mentions_by_relation.at(r));
  out += fmt::format("\n\n{:<4} {:<32} {:<13} {:>6} {:>4} {:>4} {:>8} {:>11} {:>9} {:>5}\n", "rank", "actor", "type",
                     "degree", "in", "out", "weighted", "betweenness", "pagerank", "comp");
  for (std::size_t i = 0; i < st.actors.size() && i < top; ++i) {
    const ActorStats& a = st.actors[i];
    out += fmt::format("{:<4} {:<32} {:<13} {:>6} {:>4} {:>4} {:>8} {:>11.2f} {:>9.4f} {:>5}\n", i + 1,
                       a.name.substr(0, 32), a.type, a.degree, a.in_degree, a.out_degree, a.weighted_degree,
                       a.betweenness, a.pagerank, a.component);
  }
  return out;
}

std::string stats_json(const GraphStats& st) {
  nlohmann::ordered_json j;
  j["nodes"] = st.nodes;
  j["edges"] = st.edges;
  j["mentions"] = st.mentions;
  j["self_loops"] = st.self_loops;
  j["components"] = st.components;
  j["nodes_by_type"] = st.nodes_by_type;
  j["edges_by_relation"] = st.edges_by_relation;
  j["mentions_by_relation"] = st.mentions_by_relation;
  j["actors"] = nlohmann::ordered_json::array();
  for (const ActorStats& a : st.actors) {
    nlohmann::ordered_json x;
    x["id"] = a.id;
    x["name"] = a.name;
    x["type"] = a.type;
    x["country"] = a.country;
    x["degree"] = a.degree;
    x["in_degree"] = a.in_degree;
    x["out_degree"] = a.out_degree;
    x["weighted_degree"] = a.weighted_degree;
    x["betweenness"] = a.betweenness;
    x["pagerank"] = a.pagerank;
    x["component"] = a.component;
    j["actors"].push_back(x);
  }
  return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace relmap
