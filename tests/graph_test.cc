// Aggregation into the Boost graph, levels and roll-up.
#include "relmap/graph.h"

#include <gtest/gtest.h>

namespace relmap {
namespace {

EdgeMention mention(const std::string& s, const std::string& s_type, const std::string& s_country,
                    const std::string& rel, const std::string& t, const std::string& t_country,
                    const std::string& doc = "a.txt", std::size_t sentence = 0, const std::string& date = "") {
  EdgeMention e;
  e.doc = doc;
  e.sentence = sentence;
  e.text = s + " " + rel + " " + t;
  e.source = {s, s, s_type, s_country, s_country};
  e.relation = rel;
  e.target = {t, t, "state", t_country, t_country};
  e.rule = rel + ".rule";
  e.date = date;
  return e;
}

const std::vector<RelationDef> kRelations = {{"met", "met", false, "", "", {}}, {"urged", "urged", true, "", "", {}}};

struct EdgeView {
  std::string source, relation, target;
  std::size_t weight;
};

std::vector<EdgeView> edges_of(const RelationMap& m) {
  std::vector<EdgeView> out;
  for (auto [it, end] = boost::edges(m.graph); it != end; ++it)
    out.push_back({m.graph[boost::source(*it, m.graph)].id, m.graph[*it].relation,
                   m.graph[boost::target(*it, m.graph)].id, m.graph[*it].weight});
  return out;
}

TEST(Graph, OneEdgePerSourceRelationTargetWithWeightAndEvidence) {
  const std::vector<EdgeMention> ms = {
      mention("CHN", "state", "CHN", "urged", "PAK", "PAK", "a.txt", 1, "2024-01-02"),
      mention("CHN", "state", "CHN", "urged", "PAK", "PAK", "b.txt", 4, "2023-05-06"),
      mention("PAK", "state", "PAK", "urged", "CHN", "CHN")};
  const RelationMap m = build_graph(ms, kRelations, GraphOptions{});
  const auto e = edges_of(m);
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].source, "CHN");
  EXPECT_EQ(e[0].weight, 2u);
  auto [it, end] = boost::edges(m.graph);
  const GraphEdge& first = m.graph[*it];
  EXPECT_EQ(first.first_date, "2023-05-06");
  EXPECT_EQ(first.last_date, "2024-01-02");
  EXPECT_EQ(first.docs.size(), 2u);
  EXPECT_EQ(first.documents, 2u);
  ASSERT_EQ(first.evidence.size(), 2u);
  EXPECT_EQ(first.evidence[0].doc, "a.txt");
}

TEST(Graph, UndirectedRelationsAreStoredOnce) {
  const RelationMap m = build_graph({mention("CHN", "state", "CHN", "met", "PAK", "PAK"),
                                     mention("PAK", "state", "PAK", "met", "CHN", "CHN")},
                                    kRelations, GraphOptions{});
  const auto e = edges_of(m);
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].weight, 2u);
  EXPECT_FALSE(m.graph[*boost::edges(m.graph).first].directed);
}

TEST(Graph, LevelsRollUpAndDropSelfLoops) {
  const std::vector<EdgeMention> ms = {mention("qin", "person", "CHN", "met", "PAK", "PAK"),
                                       mention("CHN/army", "organization", "CHN", "urged", "PAK", "PAK"),
                                       mention("qin", "person", "CHN", "urged", "CHN", "CHN")};
  GraphOptions person;
  EXPECT_EQ(boost::num_vertices(build_graph(ms, kRelations, person).graph), 4u);
  GraphOptions organ;
  organ.level = Level::Organ;
  const RelationMap o = build_graph(ms, kRelations, organ);
  EXPECT_EQ(boost::num_vertices(o.graph), 3u);  // CHN, CHN/army, PAK
  EXPECT_EQ(o.self_loops, 1u);
  GraphOptions state;
  state.level = Level::State;
  const RelationMap s = build_graph(ms, kRelations, state);
  EXPECT_EQ(boost::num_vertices(s.graph), 2u);
  EXPECT_EQ(s.self_loops, 1u);
  EXPECT_EQ(s.mentions, 3u);
}

TEST(Graph, EvidenceCapKeepsCountsExact) {
  std::vector<EdgeMention> ms;
  for (std::size_t i = 0; i < 10; ++i) ms.push_back(mention("CHN", "state", "CHN", "urged", "PAK", "PAK", "a", i));
  GraphOptions capped;
  capped.max_evidence = 3;
  const RelationMap m = build_graph(ms, kRelations, capped);
  const GraphEdge& e = m.graph[*boost::edges(m.graph).first];
  EXPECT_EQ(e.weight, 10u);
  EXPECT_EQ(e.evidence.size(), 3u);
}

TEST(Graph, OrderOfMentionsDoesNotChangeTheGraph) {
  std::vector<EdgeMention> ms = {mention("CHN", "state", "CHN", "urged", "PAK", "PAK", "b", 1),
                                 mention("IND", "state", "IND", "met", "PAK", "PAK", "a", 2),
                                 mention("CHN", "state", "CHN", "urged", "PAK", "PAK", "a", 3)};
  const auto forward = edges_of(build_graph(ms, kRelations, GraphOptions{}));
  std::reverse(ms.begin(), ms.end());
  const auto backward = edges_of(build_graph(ms, kRelations, GraphOptions{}));
  ASSERT_EQ(forward.size(), backward.size());
  for (std::size_t i = 0; i < forward.size(); ++i) {
    EXPECT_EQ(forward[i].source, backward[i].source);
    EXPECT_EQ(forward[i].target, backward[i].target);
    EXPECT_EQ(forward[i].weight, backward[i].weight);
  }
}

}  // namespace
}  // namespace relmap
