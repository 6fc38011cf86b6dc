#include "cli/common.h"

#include <filesystem>

#include "render/map.h"
#include "rules/embedded.h"
#include "rules/loader.h"

namespace relmap {

bool quiet = false;

void print_diagnostics(const std::vector<Diagnostic>& ds) {
  for (const Diagnostic& d : ds) {
    if (quiet && d.severity == Severity::Warning) continue;
    std::cerr << format_diagnostic(d);
  }
}

void note(const std::string& msg) {
  if (!quiet) std::cerr << msg << "\n";
}

// Options shared by the commands that read rules.
void add_rule_options(CLI::App* cmd, RuleOptions* o) {
  cmd->add_option("--rules", o->files,
                  "Rule file to load (repeatable). Adds to the built-in default rules; "
                  "with --no-default-rules it replaces them")
      ->type_name("FILE")
      ->allow_extra_args(false);  // --rules a.yaml news/ : news/ is a PATH
  cmd->add_flag("--no-default-rules", o->no_defaults, "Use only the --rules files, not the built-in defaults");
}

ProgressLine::ProgressLine(const std::vector<std::string>& paths) {
  if (quiet || !::isatty(STDERR_FILENO)) return;
  // The total needs one more walk over the inputs: cheap beside reading them.
  InputWalker counter(paths);
  InputFile ignored;
  std::vector<Diagnostic> dropped;
  while (counter.next(&ignored, &dropped)) ++total_;
  shown_ = total_ > 20;
}

ProgressLine::~ProgressLine() {
  if (shown_) std::cerr << "\n";
}

void ProgressLine::tick() {
  if (shown_ && (++done_ % 10 == 0 || done_ == total_))
    std::cerr << fmt::format("\rrelmap: {}/{} documents", done_, total_) << std::flush;
}

int documents_read(std::size_t read) {
  if (read > 0) return kOk;
  std::cerr << "relmap: no document could be read\n";
  return kFailure;
}

void add_threads_option(CLI::App* cmd, unsigned* threads) {
  cmd->add_option("-j,--threads", *threads,
                  "Worker threads for extraction (0: one per core; one per rank under mpirun). "
                  "The output is the same for any count")
      ->capture_default_str();
}

bool load_extractor(const RuleOptions& o, Extractor* ex) {
  std::vector<std::string> paths;
  if (!o.no_defaults) paths.push_back(kDefaultRules);
  paths.insert(paths.end(), o.files.begin(), o.files.end());
  if (paths.empty()) {
    std::cerr << "relmap: no rules: give --rules FILE or drop --no-default-rules\n";
    return false;
  }
  std::vector<Diagnostic> diags;
  RuleSet rules;
  bool ok = load_rule_files(paths, default_reader(), &rules, &diags);
  if (ok) ok = ex->build(std::move(rules), &diags);
  print_diagnostics(diags);
  return ok;
}

RuleSet default_rules() {
  RuleSet rules;
  std::vector<Diagnostic> diags;
  load_rule_files({kDefaultRules}, default_reader(), &rules, &diags);
  return rules;
}

void add_graph_options(CLI::App* cmd, GraphCli* o) {
  cmd->add_option("--level", o->level, "person, organ or state: roll actors up to this level")->capture_default_str();
  cmd->add_option("--relation", o->relations, "Keep only this relation (repeatable)")->type_name("ID")->allow_extra_args(false);
  cmd->add_option("--from", o->from, "Keep mentions dated on or after this day (YYYY-MM-DD)");
  cmd->add_option("--to", o->to, "Keep mentions dated on or before this day (YYYY-MM-DD)");
  cmd->add_option("--doc", o->documents, "Keep mentions from this document (repeatable)")->type_name("NAME")->allow_extra_args(false);
  cmd->add_option("--min-weight", o->min_weight, "Drop edges said fewer times than this")->capture_default_str();
  cmd->add_option("--actor", o->actors, "Keep this actor (id or name) and its neighbourhood (repeatable)")->allow_extra_args(false);
  cmd->add_option("--depth", o->depth, "Steps around --actor to keep")->capture_default_str();
  cmd->add_option("--top", o->top, "Keep only the N actors with the highest weighted degree (0: all)")
      ->capture_default_str();
  cmd->add_option("--max-evidence", o->max_evidence, "Evidence sentences kept per edge (counts stay exact)")
      ->capture_default_str();
}

bool graph_settings(const GraphCli& o, GraphOptions* go, GraphFilter* gf) {
  if (!parse_level(o.level, &go->level)) {
    std::cerr << "relmap: --level must be person, organ or state, not '" << o.level << "'\n";
    return false;
  }
  go->max_evidence = o.max_evidence;
  gf->relations.insert(o.relations.begin(), o.relations.end());
  gf->documents.insert(o.documents.begin(), o.documents.end());
  gf->from_date = o.from;
  gf->to_date = o.to;
  gf->min_weight = o.min_weight;
  gf->actors = o.actors;
  gf->depth = o.depth;
  gf->top = o.top;
  return true;
}

bool check_engine(const std::string& engine) {
  if (valid_engine(engine)) return true;
  std::cerr << "relmap: --engine must be auto, dot, neato, fdp, sfdp, circo or twopi, not '" << engine << "'\n";
  return false;
}

bool is_jsonl(const std::string& path) {
  return path.size() > 6 && path.compare(path.size() - 6, 6, ".jsonl") == 0;
}

bool needs_rules(const std::vector<std::string>& inputs, bool stdin_jsonl) {
  for (const std::string& in : inputs)
    if (!is_jsonl(in) && !(in == "-" && stdin_jsonl)) return true;
  return false;
}

int emit(const std::string& text, const std::string& out) {
  std::string error;
  if (out.empty() || out == "-") {
    std::cout << text;
  } else if (!write_file_atomic(out, text, &error)) {
    std::cerr << "relmap: " << error << "\n";
    return kFailure;
  }
  return kOk;
}

std::vector<std::string> files_ending_in(const std::vector<std::string>& paths, const std::vector<std::string>& suffixes) {
  auto wanted = [&](const std::string& name) {
    for (const std::string& s : suffixes)
      if (name.size() > s.size() && name.compare(name.size() - s.size(), s.size(), s) == 0) return true;
    return false;
  };
  std::vector<std::string> out;
  for (const std::string& p : paths) {
    std::error_code ec;
    if (!std::filesystem::is_directory(p, ec)) {
      out.push_back(p);
      continue;
    }
    std::vector<std::string> found;
    for (auto& e : std::filesystem::recursive_directory_iterator(p, ec))
      if (wanted(e.path().string())) found.push_back(e.path().string());
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

}  // namespace relmap
