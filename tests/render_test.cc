// Drawing: styles from the relation declarations, clusters, legend, engines,
// determinism, and a golden DOT file for a small map.
#include "render/map.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace relmap {
namespace {

EdgeMention m(const std::string& s, const std::string& s_type, const std::string& s_country, const std::string& rel,
              const std::string& t, std::size_t sentence) {
  EdgeMention e;
  e.doc = "a.txt";
  e.sentence = sentence;
  e.text = s + " " + rel + " " + t + ".";
  e.source = {s, s, s_type, s_country, s_country};
  e.relation = rel;
  e.target = {t, t, "state", t, t};
  e.rule = rel + ".x";
  e.date = "2024-03-0" + std::to_string(1 + sentence % 9);
  return e;
}

const std::vector<RelationDef> kRelations = {{"met", "met", false, "#4c72b0", "solid", {}},
                                             {"urged", "urged", true, "#dd8452", "dashed", {}}};

RelationMap small_map() {
  return build_graph({m("Qin Gang", "person", "China", "met", "Pakistan", 0), m("China", "state", "China", "urged", "Pakistan", 1),
                      m("China", "state", "China", "urged", "Pakistan", 2)},
                     kRelations, GraphOptions{});
}

std::string render(const RelationMap& map, const std::string& format, RenderOptions o = {}) {
  std::string out, error;
  EXPECT_TRUE(render_map(map, kRelations, o, format, &out, &error)) << error;
  return out;
}

TEST(Render, DotCarriesTheStylesFromTheRelations) {
  const std::string dot = render(small_map(), "dot");
  EXPECT_NE(dot.find("color=\"#dd8452\""), std::string::npos);
  EXPECT_NE(dot.find("style=dashed"), std::string::npos);
  EXPECT_NE(dot.find("dir=none"), std::string::npos);       // met is undirected
  EXPECT_NE(dot.find("cluster_China"), std::string::npos);  // Qin Gang drawn inside China
  EXPECT_NE(dot.find("urged x2"), std::string::npos);
  EXPECT_NE(dot.find("Legend"), std::string::npos);
  RenderOptions flat;
  flat.clusters = false;
  EXPECT_EQ(render(small_map(), "dot", flat).find("cluster_China"), std::string::npos);
}

TEST(Render, GoldenDot) {
  const std::string dot = render(small_map(), "dot");
  const std::string golden = std::string(RELMAP_SOURCE_DIR) + "/tests/golden/small.dot";
  if (std::getenv("RELMAP_UPDATE_GOLDEN")) std::ofstream(golden) << dot;
  std::ifstream in(golden);
  std::stringstream want;
  want << in.rdbuf();
  EXPECT_EQ(dot, want.str()) << "run with RELMAP_UPDATE_GOLDEN=1 to accept a deliberate change";
}

TEST(Render, SvgIsDeterministicAndCarriesEvidenceTooltips) {
  // Rendering twice in one process also guards the single Graphviz context
  // (a second context read freed memory in the pango plugin).
  const std::string first = render(small_map(), "svg");
  const std::string second = render(small_map(), "svg");
  EXPECT_EQ(first, second);
  EXPECT_NE(first.find("<svg"), std::string::npos);
  EXPECT_NE(first.find("China urged Pakistan."), std::string::npos);  // evidence in the tooltip
  EXPECT_NE(first.find("2024&#45;03&#45;02 to 2024&#45;03&#45;03"), std::string::npos);  // SVG escapes "-"
}

TEST(Render, EachEngineAndAutoBySize) {
  for (const char* engine : {"dot", "neato", "fdp", "sfdp", "circo", "twopi"}) {
    RenderOptions o;
    o.engine = engine;
    EXPECT_NE(render(small_map(), "svg", o).find("</svg>"), std::string::npos) << engine;
  }
  EXPECT_EQ(choose_engine(20, 40), "dot");
  EXPECT_EQ(choose_engine(200, 500), "neato");
  EXPECT_EQ(choose_engine(1000, 4000), "sfdp");
  EXPECT_FALSE(valid_engine("spring"));
}

TEST(Render, PngAndPdf) {
  const std::string png = render(small_map(), "png");
  ASSERT_GT(png.size(), 8u);
  EXPECT_EQ(png.substr(1, 3), "PNG");
  EXPECT_EQ(render(small_map(), "pdf").substr(0, 4), "%PDF");
}

}  // namespace
}  // namespace relmap

namespace relmap {
namespace {

TEST(Render, ActorStylesFromTheRuleFilesWin) {
  RenderOptions o;
  o.actor_styles = {{"state", "octagon", "#ffe9a8", "filled", {}}, {"state", "hexagon", "#123456", "filled", {}}};
  const std::string dot = render(small_map(), "dot", o);
  EXPECT_NE(dot.find("shape=hexagon"), std::string::npos);  // the later entry for a type wins
  EXPECT_NE(dot.find("#123456"), std::string::npos);
  EXPECT_EQ(dot.find("octagon"), std::string::npos);
  EXPECT_NE(dot.find("shape=ellipse"), std::string::npos);  // persons keep the default
}

}  // namespace
}  // namespace relmap

namespace relmap {
namespace {

TEST(Render, NodeTooltipsListAliasesAndDegree) {
  std::vector<ActorDef> gazetteer(1);
  gazetteer[0].id = "Pakistan";
  gazetteer[0].name = "Pakistan";
  gazetteer[0].aliases = {"Islamic Republic of Pakistan"};
  gazetteer[0].capitals = {"Islamabad"};
  RenderOptions o;
  o.gazetteer = &gazetteer;
  const std::string dot = render(small_map(), "dot", o);
  EXPECT_NE(dot.find("degree 2, 3 mentions\nalso: Islamic Republic of Pakistan, Islamabad"), std::string::npos) << dot;
}

}  // namespace
}  // namespace relmap
