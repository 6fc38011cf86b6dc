// Graph analysis, filters, exports and shard merges.
#include <boost/graph/graphml.hpp>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sstream>

#include "graph/export.h"
#include "graph/stats.h"
#include "relmap/graph.h"

namespace relmap {
namespace {

EdgeMention m(const std::string& s, const std::string& rel, const std::string& t, const std::string& doc = "d",
              std::size_t sentence = 0, const std::string& date = "") {
  EdgeMention e;
  e.doc = doc;
  e.sentence = sentence;
  e.text = s + " " + rel + " " + t;
  e.source = {s, s, "state", s, s};
  e.relation = rel;
  e.target = {t, t, "state", t, t};
  e.rule = rel;
  e.date = date;
  return e;
}

const std::vector<RelationDef> kRel = {{"met", "met", false, "", "", {}}, {"urged", "urged", true, "", "", {}}};

const ActorStats& find(const GraphStats& st, const std::string& id) {
  for (const ActorStats& a : st.actors)
    if (a.id == id) return a;
  throw std::runtime_error("no actor " + id);
}

TEST(Stats, PathGraphByHand) {
  // A - B - C (met) and D isolated by its own pair D - E.
  const RelationMap map = build_graph({m("A", "met", "B"), m("B", "met", "C"), m("B", "met", "C"), m("D", "met", "E")},
                                      kRel, GraphOptions{});
  const GraphStats st = compute_stats(map);
  EXPECT_EQ(st.nodes, 5u);
  EXPECT_EQ(st.edges, 3u);
  EXPECT_EQ(st.components, 2u);
  EXPECT_DOUBLE_EQ(find(st, "B").betweenness, 1.0);  // the only path from A to C
  EXPECT_DOUBLE_EQ(find(st, "A").betweenness, 0.0);
  EXPECT_EQ(find(st, "B").degree, 2u);
  EXPECT_EQ(find(st, "B").weighted_degree, 3u);
  EXPECT_EQ(st.actors.front().id, "B");  // ranked by weighted degree
  EXPECT_NE(find(st, "A").component, find(st, "D").component);
  EXPECT_EQ(st.mentions_by_relation.at("met"), 4u);
}

TEST(Stats, PageRankOfASymmetricPairAndAStar) {
  const GraphStats pair = compute_stats(build_graph({m("A", "met", "B")}, kRel, GraphOptions{}));
  EXPECT_NEAR(find(pair, "A").pagerank, 0.5, 1e-9);
  // Everyone urges X: X ranks first.
  const GraphStats star =
      compute_stats(build_graph({m("A", "urged", "X"), m("B", "urged", "X"), m("C", "urged", "X")}, kRel, GraphOptions{}));
  EXPECT_GT(find(star, "X").pagerank, find(star, "A").pagerank);
  double total = 0;
  for (const ActorStats& a : star.actors) total += a.pagerank;
  EXPECT_NEAR(total, 1.0, 1e-9);
  EXPECT_EQ(find(star, "X").in_degree, 3u);
  EXPECT_EQ(find(star, "X").out_degree, 0u);
}

TEST(Filters, RelationDateDocumentWeightAndNeighbourhood) {
  const std::vector<EdgeMention> ms = {m("A", "urged", "B", "d1", 0, "2024-01-01"), m("A", "urged", "B", "d2", 0, "2024-02-01"),
                                       m("B", "met", "C", "d1", 1, "2024-03-01"), m("C", "met", "D", "d3", 0, "2023-01-01")};
  GraphFilter f;
  f.relations = {"met"};
  EXPECT_FALSE(mention_passes(ms[0], f));
  EXPECT_TRUE(mention_passes(ms[2], f));
  GraphFilter dates;
  dates.from_date = "2024-01-15";
  dates.to_date = "2024-12-31";
  EXPECT_FALSE(mention_passes(ms[0], dates));
  EXPECT_TRUE(mention_passes(ms[1], dates));
  GraphFilter docs;
  docs.documents = {"d3"};
  EXPECT_TRUE(mention_passes(ms[3], docs));
  EXPECT_FALSE(mention_passes(ms[0], docs));

  const RelationMap all = build_graph(ms, kRel, GraphOptions{});
  GraphFilter heavy;
  heavy.min_weight = 2;
  const RelationMap h = filter_graph(all, heavy);
  EXPECT_EQ(boost::num_edges(h.graph), 1u);  // only A urged B was said twice
  EXPECT_EQ(boost::num_vertices(h.graph), 2u);
  GraphFilter near;
  near.actors = {"A"};
  near.depth = 1;
  EXPECT_EQ(boost::num_vertices(filter_graph(all, near).graph), 2u);  // A and B
  near.depth = 2;
  EXPECT_EQ(boost::num_vertices(filter_graph(all, near).graph), 3u);  // and C
}

TEST(Exports, GraphMLReadsBackWithBoost) {
  const RelationMap map = build_graph({m("CHN", "urged", "PAK"), m("CHN", "urged", "PAK"), m("PAK", "met", "AFG")}, kRel,
                                      GraphOptions{});
  std::istringstream in(to_graphml(map));
  using G = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS,
                                  boost::property<boost::vertex_name_t, std::string>,
                                  boost::property<boost::edge_weight_t, long, boost::property<boost::edge_name_t, std::string>>>;
  G g;
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("label", boost::get(boost::vertex_name, g));
  dp.property("weight", boost::get(boost::edge_weight, g));
  dp.property("relation", boost::get(boost::edge_name, g));
  boost::read_graphml(in, g, dp);
  ASSERT_EQ(boost::num_vertices(g), 3u);
  ASSERT_EQ(boost::num_edges(g), 2u);
  std::map<std::string, long> weights;
  for (auto [it, end] = boost::edges(g); it != end; ++it)
    weights[boost::get(boost::edge_name, g, *it)] = boost::get(boost::edge_weight, g, *it);
  EXPECT_EQ(weights["urged"], 2);
  EXPECT_EQ(weights["met"], 1);
}

TEST(Exports, JsonAndCsv) {
  const RelationMap map = build_graph({m("CHN", "urged", "PAK, \"the\" state")}, kRel, GraphOptions{});
  const nlohmann::json j = nlohmann::json::parse(to_json(map));
  ASSERT_EQ(j["nodes"].size(), 2u);
  ASSERT_EQ(j["links"].size(), 1u);
  EXPECT_EQ(j["links"][0]["source"], "CHN");
  EXPECT_EQ(j["links"][0]["weight"], 1);
  EXPECT_EQ(j["links"][0]["evidence"][0]["doc"], "d");
  const std::string csv = to_csv(map);
  EXPECT_EQ(csv.substr(0, csv.find('\n')),
            "source,source_name,relation,target,target_name,weight,directed,first_date,last_date,document_count,"
            "documents");
  EXPECT_NE(csv.find("\"PAK, \"\"the\"\" state\""), std::string::npos);  // quoted CSV
  EXPECT_EQ(j["links"][0]["document_count"], 1);
}

// Documents are counted, and only the first few kept, so that a corpus of
// many documents does not grow the graph: mentions come grouped by document.
TEST(Exports, DocumentCountIsExactAndTheListCapped) {
  std::vector<EdgeMention> all;
  for (std::size_t d = 0; d < 200; ++d)
    for (std::size_t k = 0; k < 3; ++k) all.push_back(m("CHN", "urged", "PAK", "doc" + std::to_string(1000 + d), k));
  GraphOptions capped;
  capped.max_evidence = 10;
  const RelationMap map = build_graph(all, kRel, capped);
  const GraphEdge& e = map.graph[*boost::edges(map.graph).first];
  EXPECT_EQ(e.weight, 600u);
  EXPECT_EQ(e.documents, 200u);
  ASSERT_EQ(e.docs.size(), 10u);
  EXPECT_EQ(e.docs.front(), "doc1000");
  EXPECT_EQ(e.docs.back(), "doc1009");
}

TEST(Merge, ShardsGiveTheSameGraphAsOneRun) {
  std::vector<EdgeMention> all;
  for (std::size_t i = 0; i < 30; ++i)
    all.push_back(m(i % 3 ? "CHN" : "IND", i % 2 ? "urged" : "met", i % 5 ? "PAK" : "AFG", "doc" + std::to_string(i % 7), i,
                    "2024-01-" + std::to_string(10 + i % 9)));
  GraphOptions capped;
  capped.max_evidence = 3;
  const std::string whole = to_json(build_graph(all, kRel, capped));
  // Two shards in the other order, merged.
  std::vector<EdgeMention> shards(all.begin() + 17, all.end());
  shards.insert(shards.end(), all.begin(), all.begin() + 17);
  EXPECT_EQ(to_json(build_graph(shards, kRel, capped)), whole);
}

}  // namespace
}  // namespace relmap
