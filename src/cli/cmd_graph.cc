#include "cli/commands.h"

#include "cli/common.h"

#include "graph/export.h"
#include "graph/stats.h"
#include "render/map.h"

namespace relmap {
namespace {

struct GraphCommand {
  std::vector<std::string> inputs;
  std::string format = "svg", out, engine = "auto", speaker;
  bool stdin_text = false, no_clusters = false;
  std::size_t top = 20;
  unsigned threads = 0;
  RuleOptions rules;
  GraphCli graph;
};

// Builds the filtered graph of a graph or stats command; returns an exit status.
// `rules` receives the rule set whose relations, styles and actors draw the map.
int build_from_inputs(const GraphCommand& c, RelationMap* map, RuleSet* rules) {
  GraphOptions go;
  GraphFilter gf;
  if (!graph_settings(c.graph, &go, &gf)) return kBadInput;
  Extractor ex;
  if (needs_rules(c.inputs, !c.stdin_text) || !c.rules.files.empty() || c.rules.no_defaults) {
    if (!load_extractor(c.rules, &ex)) return kBadInput;
    *rules = ex.rules();
  } else {
    *rules = default_rules();
  }
  GraphBuilder builder(rules->relations, go);
  PipelineOptions po;
  po.threads = c.threads;
  po.actors.speaker = c.speaker;
  const int rc = for_each_mention(c.inputs, !c.stdin_text, &ex, po, [&](const EdgeMention& e) {
    if (mention_passes(e, gf)) builder.add(e);
  });
  if (rc != kOk) return rc;
  *map = filter_graph(builder.finish(), gf);
  return kOk;
}

int cmd_graph(const GraphCommand& c) {
  static const std::set<std::string> kFormats = {"dot", "svg", "png", "pdf", "graphml", "json", "csv"};
  if (!kFormats.count(c.format)) {
    std::cerr << "relmap: --format must be dot, svg, png, pdf, graphml, json or csv\n";
    return kBadInput;
  }
  if (!check_engine(c.engine)) return kBadInput;
  RelationMap map;
  RuleSet rules;
  if (const int rc = build_from_inputs(c, &map, &rules); rc != kOk) return rc;
  std::string text, error;
  if (c.format == "graphml") text = to_graphml(map);
  else if (c.format == "json") text = to_json(map);
  else if (c.format == "csv") text = to_csv(map);
  else {
    RenderOptions rop;
    rop.engine = c.engine;
    rop.clusters = !c.no_clusters;
    rop.actor_styles = rules.actor_styles;
    rop.gazetteer = &rules.actors;
    if (!render_map(map, rules.relations, rop, c.format, &text, &error)) {
      std::cerr << "relmap: " << error << "\n";
      return kFailure;
    }
  }
  if (const int rc = emit(text, c.out); rc != kOk) return rc;
  note(fmt::format("relmap: {} edge mentions, {} actors, {} edges", map.mentions, boost::num_vertices(map.graph),
                   boost::num_edges(map.graph)));
  return kOk;
}

int cmd_stats(const GraphCommand& c) {
  if (c.format != "table" && c.format != "json") {
    std::cerr << "relmap: --format must be table or json\n";
    return kBadInput;
  }
  RelationMap map;
  RuleSet rules;
  if (const int rc = build_from_inputs(c, &map, &rules); rc != kOk) return rc;
  const GraphStats st = compute_stats(map);
  return emit(c.format == "json" ? stats_json(st) : stats_table(st, c.top), c.out);
}


}  // namespace

Command add_graph_command(CLI::App& app) {
  auto o = std::make_shared<GraphCommand>();
  GraphCommand& graph = *o;
  CLI::App* graph_cmd = app.add_subcommand("graph", "Aggregate, filter and draw or export edge mentions");
  graph_cmd->footer("INPUTs ending in .jsonl (and - for stdin) are edge mentions made earlier; other paths are\n"
                    "texts, extracted first.\n\nExamples:\n  relmap graph out/edges.jsonl -o map.svg\n"
                    "  grep '\"met\"' out/edges.jsonl | relmap graph - --format dot > met.dot\n"
                    "  relmap graph shard1.jsonl shard2.jsonl --level state --format graphml -o all.graphml\n"
                    "  relmap graph news/ --actor Pakistan --depth 1 --format png -o pakistan.png");
  graph_cmd->add_option("INPUT", graph.inputs, "Edge JSONL files, - for JSONL on stdin, or texts")->required();
  graph_cmd->add_option("--format", graph.format, "svg, dot, png, pdf, graphml, json or csv")->capture_default_str();
  graph_cmd->add_option("-o,--out", graph.out, "Output file (default: stdout)");
  graph_cmd->add_option("--engine", graph.engine, "Layout engine")->capture_default_str();
  graph_cmd->add_flag("--stdin-text", graph.stdin_text, "Read - as a text to extract, not as JSONL");
  graph_cmd->add_flag("--no-clusters", graph.no_clusters, "Do not draw persons and organs inside their state's box");
  add_graph_options(graph_cmd, &graph.graph);
  add_rule_options(graph_cmd, &graph.rules);
  add_threads_option(graph_cmd, &graph.threads);

  return {graph_cmd, [o] { return cmd_graph(*o); }};
}

Command add_stats_command(CLI::App& app) {
  auto o = std::make_shared<GraphCommand>();
  GraphCommand& stats = *o;
  stats.format = "table";
  CLI::App* stats_cmd = app.add_subcommand("stats", "Actors and edges by type and relation, degree, betweenness, PageRank, components");
  stats_cmd->footer("Examples:\n  relmap stats ../shared/seeds\n  relmap stats out/edges.jsonl --level state --show 10\n"
                    "  relmap stats news/ --format json | jq '.actors[0]'");
  stats_cmd->add_option("INPUT", stats.inputs, "Edge JSONL files, - for JSONL on stdin, or texts")->required();
  stats_cmd->add_option("--format", stats.format, "table or json")->capture_default_str();
  stats_cmd->add_option("--show", stats.top, "Actors shown in the table")->capture_default_str();
  stats_cmd->add_option("-o,--out", stats.out, "Output file (default: stdout)");
  stats_cmd->add_flag("--stdin-text", stats.stdin_text, "Read - as a text to extract, not as JSONL");
  add_graph_options(stats_cmd, &stats.graph);
  add_rule_options(stats_cmd, &stats.rules);
  add_threads_option(stats_cmd, &stats.threads);

  return {stats_cmd, [o] { return cmd_stats(*o); }};
}

}  // namespace relmap
