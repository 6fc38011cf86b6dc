#include "cli/commands.h"

#include "cli/common.h"

#include <chrono>
#include <csignal>
#include <filesystem>
#include <map>
#include <set>
#include <thread>

#include "graph/stats.h"
#include "render/map.h"
#include "render/report.h"

namespace relmap {
namespace {

// Ctrl-C (or SIGTERM) stops a run between documents: the temporary outputs
// are removed and the last good outputs stay as they were.
volatile std::sig_atomic_t stop_requested = 0;
extern "C" void request_stop(int) { stop_requested = 1; }

struct RunOptions {
  std::vector<std::string> paths;
  std::string out_dir = "out";
  RuleOptions rules;
  GraphCli graph;
  std::string engine = "auto";
  std::string speaker;
  bool no_clusters = false;
  bool watch = false;
  bool report = false;
  unsigned threads = 0;
};

// One run. `rule_files` receives the user's rule files read (includes too), for --watch.
int run_once(const RunOptions& o, std::vector<std::string>* rule_files) {
  GraphOptions go;
  GraphFilter gf;
  if (!graph_settings(o.graph, &go, &gf) || !check_engine(o.engine)) return kBadInput;
  Extractor ex;
  if (!load_extractor(o.rules, &ex)) return kBadInput;
  rule_files->clear();
  for (const std::string& f : ex.rules().files)
    if (f.rfind("builtin:", 0) != 0) rule_files->push_back(f);
  const std::filesystem::path dir(o.out_dir);
  // Mentions stream to the JSONL file and into the graph: memory follows the
  // number of distinct actors and edges, not the size of the corpus.
  AtomicFile jsonl((dir / "edges.jsonl").string());
  if (!jsonl.ok()) {
    std::cerr << "relmap: cannot write " << (dir / "edges.jsonl").string() << "\n";
    return kFailure;
  }
  GraphBuilder builder(ex.rules().relations, go);
  std::size_t documents = 0, sentences = 0, mentions = 0;
  std::set<std::string> actors;
  PipelineOptions po;
  po.threads = o.threads;
  po.format = LineFormat::Jsonl;
  po.actors.speaker = o.speaker;
  po.stop = [] { return stop_requested != 0; };
  const int rc = extract_documents(o.paths, ex, po, [&](DocumentResult& r) {
    ++documents;
    sentences += r.sentences;
    actors.insert(r.actor_ids.begin(), r.actor_ids.end());
    jsonl.stream() << r.lines;
    mentions += r.mention_count;
    for (const EdgeMention& e : r.mentions)
      if (mention_passes(e, gf)) builder.add(e);
  });
  if (rc != kOk) return rc;
  if (stop_requested) {
    note("relmap: interrupted; the outputs in " + o.out_dir + " are unchanged");
    return kFailure;
  }
  const RelationMap map = filter_graph(builder.finish(), gf);
  RenderOptions ro;
  ro.engine = o.engine;
  ro.clusters = !o.no_clusters;
  ro.actor_styles = ex.rules().actor_styles;
  ro.gazetteer = &ex.rules().actors;
  std::string dot, svg, error;
  if (!render_map(map, ex.rules().relations, ro, "dot", &dot, &error) ||
      !render_map(map, ex.rules().relations, ro, "svg", &svg, &error)) {
    std::cerr << "relmap: " << error << "\n";
    return kFailure;
  }
  const std::string report =
      o.report ? html_report(map, svg, compute_stats(map), ex.rules().relations, "relmap: " + o.out_dir) : "";
  if (!jsonl.commit(&error) || !write_file_atomic((dir / "map.dot").string(), dot, &error) ||
      !write_file_atomic((dir / "map.svg").string(), svg, &error) ||
      (o.report && !write_file_atomic((dir / "report.html").string(), report, &error))) {
    std::cerr << "relmap: " << error << "\n";
    return kFailure;
  }
  note(fmt::format("relmap: {} documents, {} sentences, {} actors, {} edge mentions, {} edges -> {}/map.svg",
                   documents, sentences, actors.size(), mentions, boost::num_edges(map.graph), o.out_dir));
  return kOk;
}



// What a file looks like now; a change of either means it was written.
using Fingerprint = std::map<std::string, std::pair<std::filesystem::file_time_type, std::uintmax_t>>;

Fingerprint fingerprint(const RunOptions& o, const std::vector<std::string>& rule_files) {
  Fingerprint out;
  std::vector<Diagnostic> ignored;
  std::vector<std::string> files = rule_files;
  for (const InputFile& in : expand_inputs(o.paths, &ignored))
    if (!in.path.empty()) files.push_back(in.path);
  for (const std::string& f : files) {
    std::error_code ec;
    const auto time = std::filesystem::last_write_time(f, ec);
    const auto size = std::filesystem::file_size(f, ec);
    out[f] = {ec ? std::filesystem::file_time_type{} : time, ec ? 0 : size};
  }
  return out;
}

// Runs, then runs again whenever a rule file or a document changes, until
// interrupted. A run that fails (a broken rule file) leaves the last good
// outputs in place; the next change tries again.
int cmd_run(const RunOptions& o) {
  std::vector<std::string> rule_files = o.rules.files;
  // Taken before each run, so that a file saved while a run is under way
  // starts the next one.
  Fingerprint last = o.watch ? fingerprint(o, rule_files) : Fingerprint{};
  std::signal(SIGINT, request_stop);
  std::signal(SIGTERM, request_stop);
  int status = run_once(o, &rule_files);
  if (!o.watch) return status;
  if (rule_files.empty()) rule_files = o.rules.files;
  note("relmap: watching " + std::to_string(fingerprint(o, rule_files).size()) + " files; Ctrl-C stops");
  while (!stop_requested) {
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    if (fingerprint(o, rule_files) == last) continue;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));  // let an editor finish writing
    last = fingerprint(o, rule_files);
    std::vector<std::string> seen = rule_files;
    status = run_once(o, &seen);
    if (status == kOk) rule_files = seen;
    else note("relmap: the last good outputs are kept");
  }
  return status;
}

}  // namespace

Command add_run_command(CLI::App& app) {
  auto o = std::make_shared<RunOptions>();
  RunOptions& run = *o;
  CLI::App* run_cmd = app.add_subcommand("run", "Extract, aggregate and draw: writes DIR/map.svg, DIR/map.dot, DIR/edges.jsonl");
  run_cmd->footer("Examples:\n  relmap run examples/ -o out\n  relmap run news/ --level state --engine neato\n"
                  "  relmap run news/ --relation met --relation visited --from 2024-01-01\n"
                  "  relmap run a.txt --rules extra.yaml           defaults plus extra.yaml\n"
                  "  relmap run a.txt --rules mine.yaml --no-default-rules   only mine.yaml\n"
                  "  relmap run news/ --rules mine.yaml --watch       re-run on every save\n"
                  "  relmap run news/ --threads 2                     two worker threads\n"
                  "  mpirun -n 8 relmap run news/ -o out              spread over 8 processes or machines\n"
                  "edges.jsonl keeps every mention; the filters shape the map.");
  run_cmd->add_option("PATH", run.paths, "Text files, directories (every *.txt below) or - for stdin")->required();
  run_cmd->add_option("-o,--out", run.out_dir, "Output directory")->capture_default_str();
  add_rule_options(run_cmd, &run.rules);
  add_threads_option(run_cmd, &run.threads);
  add_graph_options(run_cmd, &run.graph);
  run_cmd->add_option("--engine", run.engine, "Layout: auto, dot, neato, fdp, sfdp, circo, twopi")->capture_default_str();
  run_cmd->add_option("--speaker", run.speaker, "Actor id that 'we' means outside quotations (an op-ed's author side)");
  run_cmd->add_flag("--no-clusters", run.no_clusters, "Do not draw persons and organs inside their state's box");
  run_cmd->add_flag("--report", run.report, "Also write DIR/report.html: the map with pan and zoom, edges with "
                                            "evidence, the actor ranking; one file that works offline");
  run_cmd->add_flag("--watch", run.watch, "Run again whenever a rule file or a document changes (Ctrl-C stops)");

  return {run_cmd, [o] { return cmd_run(*o); }};
}

}  // namespace relmap
