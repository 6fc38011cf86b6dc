// relmap's command line: wires the stages together and alone decides what is
// printed and which exit status follows (0 ok, 1 failure, 2 bad rules or arguments).
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <set>

#include "actors/actors.h"
#include "cli/io.h"
#include "extract/eval.h"
#include "extract/examples.h"
#include "extract/extractor.h"
#include "extract/jsonl.h"
#include "graph/export.h"
#include "graph/stats.h"
#include "relmap/graph.h"
#include "render/map.h"
#include "rules/embedded.h"
#include "rules/loader.h"
#include "text/text.h"

#ifndef RELMAP_VERSION
#define RELMAP_VERSION "0.0.0"
#endif

namespace relmap {
namespace {

constexpr int kOk = 0, kFailure = 1, kBadInput = 2;

struct Global {
  bool quiet = false;
};
Global global;

void print_diagnostics(const std::vector<Diagnostic>& ds) {
  for (const Diagnostic& d : ds) {
    if (global.quiet && d.severity == Severity::Warning) continue;
    std::cerr << format_diagnostic(d);
  }
}

void note(const std::string& msg) {
  if (!global.quiet) std::cerr << msg << "\n";
}

// Options shared by the commands that read rules.
struct RuleOptions {
  std::vector<std::string> files;
  bool no_defaults = false;
};

void add_rule_options(CLI::App* cmd, RuleOptions* o) {
  cmd->add_option("--rules", o->files,
                  "Rule file to load (repeatable). Adds to the built-in default rules; "
                  "with --no-default-rules it replaces them")
      ->type_name("FILE");
  cmd->add_flag("--no-default-rules", o->no_defaults, "Use only the --rules files, not the built-in defaults");
}

// Loads and compiles the rules; prints errors. Returns false on any error.
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

// Reads every input, shows progress on a terminal, calls `each` per document.
template <typename F>
int for_each_document(const std::vector<std::string>& paths, F each) {
  std::vector<Diagnostic> warnings;
  const std::vector<InputFile> inputs = expand_inputs(paths, &warnings);
  print_diagnostics(warnings);
  warnings.clear();
  const bool progress = !global.quiet && ::isatty(STDERR_FILENO) && inputs.size() > 20;
  std::size_t done = 0, read = 0;
  for (const InputFile& in : inputs) {
    std::string bytes;
    if (read_input(in, &bytes, &warnings)) {
      Document doc = make_document(in.name, std::move(bytes), &warnings);
      each(doc);
      ++read;
    }
    print_diagnostics(warnings);
    warnings.clear();
    if (progress && (++done % 10 == 0 || done == inputs.size()))
      std::cerr << fmt::format("\rrelmap: {}/{} documents", done, inputs.size()) << std::flush;
  }
  if (progress) std::cerr << "\n";
  if (read == 0) {
    std::cerr << "relmap: no document could be read\n";
    return kFailure;
  }
  return kOk;
}

std::vector<RelationDef> default_relations() {
  RuleSet rules;
  std::vector<Diagnostic> diags;
  load_rule_files({kDefaultRules}, default_reader(), &rules, &diags);
  return rules.relations;
}

// --- options shared by the commands that build a graph ------------------------------

struct GraphCli {
  std::string level = "person";
  std::vector<std::string> relations, documents, actors;
  std::string from, to;
  std::size_t min_weight = 1, depth = 1, max_evidence = 50;
};

void add_graph_options(CLI::App* cmd, GraphCli* o) {
  cmd->add_option("--level", o->level, "person, organ or state: roll actors up to this level")->capture_default_str();
  cmd->add_option("--relation", o->relations, "Keep only this relation (repeatable)")->type_name("ID");
  cmd->add_option("--from", o->from, "Keep mentions dated on or after this day (YYYY-MM-DD)");
  cmd->add_option("--to", o->to, "Keep mentions dated on or before this day (YYYY-MM-DD)");
  cmd->add_option("--doc", o->documents, "Keep mentions from this document (repeatable)")->type_name("NAME");
  cmd->add_option("--min-weight", o->min_weight, "Drop edges said fewer times than this")->capture_default_str();
  cmd->add_option("--actor", o->actors, "Keep this actor (id or name) and its neighbourhood (repeatable)");
  cmd->add_option("--depth", o->depth, "Steps around --actor to keep")->capture_default_str();
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

// Reads edge mentions from a JSONL file; false (with a message) on bad JSON.
template <typename F>
bool read_jsonl(const std::string& f, F each) {
  std::vector<Diagnostic> warnings;
  std::string bytes;
  if (!read_input(InputFile{f, f == "-" ? "" : f}, &bytes, &warnings)) {
    print_diagnostics(warnings);
    return false;
  }
  std::size_t line_no = 0, start = 0;
  while (start < bytes.size()) {
    std::size_t nl = bytes.find('\n', start);
    if (nl == std::string::npos) nl = bytes.size();
    const std::string line = bytes.substr(start, nl - start);
    start = nl + 1;
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    EdgeMention e;
    std::string error;
    if (!parse_json_line(line, &e, &error)) {
      std::cerr << fmt::format("{}:{}: error: {}\n", f, line_no, error);
      return false;
    }
    each(e);
  }
  return true;
}

// The mentions of INPUTs: *.jsonl files (and - with `stdin_jsonl`) are read as
// edge mentions, everything else is extracted with the rules.
template <typename F>
int for_each_mention(const std::vector<std::string>& inputs, bool stdin_jsonl, Extractor* ex,
                     const ActorOptions& ao, F each) {
  std::vector<std::string> texts;
  for (const std::string& in : inputs) {
    if (is_jsonl(in) || (in == "-" && stdin_jsonl)) {
      if (!read_jsonl(in, each)) return kFailure;
    } else {
      texts.push_back(in);
    }
  }
  if (texts.empty()) return kOk;
  return for_each_document(texts, [&](const Document& doc) {
    for (const EdgeMention& e : ex->extract(doc, ao)) each(e);
  });
}

bool needs_rules(const std::vector<std::string>& inputs, bool stdin_jsonl) {
  for (const std::string& in : inputs)
    if (!is_jsonl(in) && !(in == "-" && stdin_jsonl)) return true;
  return false;
}

// --- run -----------------------------------------------------------------------

struct RunOptions {
  std::vector<std::string> paths;
  std::string out_dir = "out";
  RuleOptions rules;
  GraphCli graph;
  std::string engine = "auto";
  std::string speaker;
  bool no_clusters = false;
};

int cmd_run(const RunOptions& o) {
  GraphOptions go;
  GraphFilter gf;
  if (!graph_settings(o.graph, &go, &gf) || !check_engine(o.engine)) return kBadInput;
  Extractor ex;
  if (!load_extractor(o.rules, &ex)) return kBadInput;
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
  ActorOptions ao{o.speaker};
  const int rc = for_each_document(o.paths, [&](const Document& doc) {
    ++documents;
    sentences += doc.sentences.size();
    DocumentAnalysis a = ex.analyse(doc, ao, false);
    for (const auto& [id, actor] : a.actors.actors) actors.insert(id);
    for (const EdgeMention& e : a.edges) {
      jsonl.stream() << to_json_line(e) << '\n';
      ++mentions;
      if (mention_passes(e, gf)) builder.add(e);
    }
  });
  if (rc != kOk) return rc;
  const RelationMap map = filter_graph(builder.finish(), gf);
  RenderOptions ro;
  ro.engine = o.engine;
  ro.clusters = !o.no_clusters;
  std::string dot, svg, error;
  if (!render_map(map, ex.rules().relations, ro, "dot", &dot, &error) ||
      !render_map(map, ex.rules().relations, ro, "svg", &svg, &error)) {
    std::cerr << "relmap: " << error << "\n";
    return kFailure;
  }
  if (!jsonl.commit(&error) || !write_file_atomic((dir / "map.dot").string(), dot, &error) ||
      !write_file_atomic((dir / "map.svg").string(), svg, &error)) {
    std::cerr << "relmap: " << error << "\n";
    return kFailure;
  }
  note(fmt::format("relmap: {} documents, {} sentences, {} actors, {} edge mentions, {} edges -> {}/map.svg",
                   documents, sentences, actors.size(), mentions, boost::num_edges(map.graph), o.out_dir));
  return kOk;
}

// --- extract ---------------------------------------------------------------------

int cmd_extract(const std::vector<std::string>& paths, const RuleOptions& ro, const std::string& format,
                const std::string& speaker) {
  if (format != "jsonl" && format != "tsv") {
    std::cerr << "relmap: --format must be jsonl or tsv\n";
    return kBadInput;
  }
  Extractor ex;
  if (!load_extractor(ro, &ex)) return kBadInput;
  std::size_t count = 0;
  ActorOptions ao{speaker};
  const int rc = for_each_document(paths, [&](const Document& doc) {
    for (const EdgeMention& e : ex.extract(doc, ao)) {
      std::cout << (format == "jsonl" ? to_json_line(e) : to_tsv_line(e)) << "\n";
      ++count;
    }
  });
  std::cout.flush();
  if (rc == kOk) note(fmt::format("relmap: {} edge mentions", count));
  return rc;
}

// --- graph and stats -----------------------------------------------------------------

struct GraphCommand {
  std::vector<std::string> inputs;
  std::string format = "svg", out, engine = "auto", speaker;
  bool stdin_text = false, no_clusters = false;
  std::size_t top = 20;
  RuleOptions rules;
  GraphCli graph;
};

// Builds the filtered graph of a graph or stats command; returns an exit status.
int build_from_inputs(const GraphCommand& c, RelationMap* map, std::vector<RelationDef>* relations) {
  GraphOptions go;
  GraphFilter gf;
  if (!graph_settings(c.graph, &go, &gf)) return kBadInput;
  Extractor ex;
  if (needs_rules(c.inputs, !c.stdin_text) || !c.rules.files.empty() || c.rules.no_defaults) {
    if (!load_extractor(c.rules, &ex)) return kBadInput;
    *relations = ex.rules().relations;
  } else {
    *relations = default_relations();
  }
  GraphBuilder builder(*relations, go);
  const int rc = for_each_mention(c.inputs, !c.stdin_text, &ex, ActorOptions{c.speaker}, [&](const EdgeMention& e) {
    if (mention_passes(e, gf)) builder.add(e);
  });
  if (rc != kOk) return rc;
  *map = filter_graph(builder.finish(), gf);
  return kOk;
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

int cmd_graph(const GraphCommand& c) {
  static const std::set<std::string> kFormats = {"dot", "svg", "png", "pdf", "graphml", "json", "csv"};
  if (!kFormats.count(c.format)) {
    std::cerr << "relmap: --format must be dot, svg, png, pdf, graphml, json or csv\n";
    return kBadInput;
  }
  if (!check_engine(c.engine)) return kBadInput;
  RelationMap map;
  std::vector<RelationDef> relations;
  if (const int rc = build_from_inputs(c, &map, &relations); rc != kOk) return rc;
  std::string text, error;
  if (c.format == "graphml") text = to_graphml(map);
  else if (c.format == "json") text = to_json(map);
  else if (c.format == "csv") text = to_csv(map);
  else {
    RenderOptions rop;
    rop.engine = c.engine;
    rop.clusters = !c.no_clusters;
    if (!render_map(map, relations, rop, c.format, &text, &error)) {
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
  std::vector<RelationDef> relations;
  if (const int rc = build_from_inputs(c, &map, &relations); rc != kOk) return rc;
  const GraphStats st = compute_stats(map);
  return emit(c.format == "json" ? stats_json(st) : stats_table(st, c.top), c.out);
}

// --- rules check / test --------------------------------------------------------------

int cmd_rules_check(const std::vector<std::string>& files) {
  std::vector<Diagnostic> diags;
  RuleSet rules;
  bool ok = load_rule_files(files, default_reader(), &rules, &diags);
  Matcher matcher;
  if (ok) ok = matcher.build(rules, &diags);
  print_diagnostics(diags);
  if (!ok) return kBadInput;
  note(fmt::format("relmap: {} files ok: {} relations, {} actors, {} rules", rules.files.size(),
                   rules.relations.size(), rules.actors.size(), rules.rules.size()));
  return kOk;
}

std::vector<std::string> yaml_files(const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  for (const std::string& p : paths) {
    std::error_code ec;
    if (std::filesystem::is_directory(p, ec)) {
      std::vector<std::string> found;
      for (auto& e : std::filesystem::recursive_directory_iterator(p, ec))
        if (e.path().extension() == ".yaml" || e.path().extension() == ".yml") found.push_back(e.path().string());
      std::sort(found.begin(), found.end());
      out.insert(out.end(), found.begin(), found.end());
    } else {
      out.push_back(p);
    }
  }
  return out;
}

int cmd_rules_test(const std::vector<std::string>& paths, bool with_defaults) {
  RuleOptions ro;
  ro.files = yaml_files(paths);
  ro.no_defaults = !with_defaults;
  Extractor ex;
  if (!load_extractor(ro, &ex)) return kBadInput;
  // With --with-defaults the built-in rules only lend their actors: test the user's own.
  const ExampleReport report = run_examples(ex, [&](const RuleDef& r) {
    return !with_defaults || r.where.file.rfind("builtin:", 0) != 0;
  });
  for (const ExampleFailure& f : report.failures) {
    std::cerr << fmt::format("{}:{}: rule '{}' example fails\n    says: {}\n", f.where.file, f.where.line, f.rule, f.says);
    for (const std::string& m : f.missing) std::cerr << "    missing:    " << m << "\n";
    for (const std::string& u : f.unexpected) std::cerr << "    unexpected: " << u << "\n";
  }
  std::cout << fmt::format("{} passed, {} failed\n", report.examples - report.failures.size(), report.failures.size());
  return report.failures.empty() ? kOk : kFailure;
}

// --- actors ----------------------------------------------------------------------------

int cmd_actors(const std::vector<std::string>& paths, const RuleOptions& ro, const std::string& format,
               const std::string& speaker) {
  if (format != "table" && format != "jsonl") {
    std::cerr << "relmap: --format must be table or jsonl\n";
    return kBadInput;
  }
  Extractor ex;
  if (!load_extractor(ro, &ex)) return kBadInput;
  ActorOptions ao{speaker};
  return for_each_document(paths, [&](const Document& doc) {
    const DocumentActors found = find_actors(doc, ex.gazetteer(), ao);
    // actor -> resolution -> count
    std::map<std::string, std::map<std::string, int>> how;
    for (const auto& sentence : found.mentions)
      for (const ActorMention& m : sentence)
        for (const std::string& id : m.actors) ++how[id][to_string(m.how)];
    if (format == "table") std::cout << doc.name << "\n";
    for (const auto& [id, kinds] : how) {
      const Actor& a = found.actors.at(id);
      int total = 0;
      std::string ways;
      for (const auto& [k, n] : kinds) {
        total += n;
        ways += (ways.empty() ? "" : ", ") + k + " " + std::to_string(n);
      }
      if (format == "table") {
        std::cout << fmt::format("  {:<34} {:<13} {:<14} {:>3}  {}\n", a.name, to_string(a.type),
                                 a.country.empty() ? "-" : a.country, total, ways);
      } else {
        nlohmann::ordered_json j;
        j["doc"] = doc.name;
        j["id"] = a.id;
        j["name"] = a.name;
        j["type"] = to_string(a.type);
        j["country"] = a.country.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(a.country);
        j["mentions"] = total;
        j["resolved_by"] = kinds;
        std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
      }
    }
  });
}

// --- explain ----------------------------------------------------------------------------

std::string span_text(const Sentence& s, std::size_t first, std::size_t last, const Document& doc) {
  if (first >= last || last > s.tokens.size()) return "";
  return doc.text.substr(s.tokens[first].begin, s.tokens[last - 1].end - s.tokens[first].begin);
}

void explain_sentence(const Document& doc, std::size_t index, const DocumentAnalysis& a, const Extractor& ex) {
  const Sentence& s = doc.sentences[index];
  std::cout << fmt::format("{} sentence {} (bytes {}-{}):\n  {}\n", doc.name, index, s.begin, s.end,
                           doc.sentence_text(s));
  std::cout << "tokens:\n ";
  for (std::size_t i = 0; i < s.tokens.size(); ++i)
    std::cout << fmt::format(" {}:{}{}", i, s.tokens[i].text, s.tokens[i].in_quote ? "\"" : "");
  std::cout << "\nactors:\n";
  for (const ActorMention& m : a.actors.mentions[index]) {
    std::string names;
    for (const std::string& id : m.actors) {
      auto it = a.actors.actors.find(id);
      names += (names.empty() ? "" : ", ") + (it != a.actors.actors.end() ? it->second.name : id);
    }
    std::cout << fmt::format("  [{}-{}) {:<40} -> {} ({}{}{})\n", m.first, m.last,
                             span_text(s, m.first, m.last, doc), names.empty() ? "unresolved" : names,
                             to_string(m.how), m.inert ? ", place or modifier: fills no slot" : "",
                             m.speaker.empty() ? "" : ", speaker " + m.speaker);
  }
  std::cout << "rules whose anchor words occur:\n";
  if (a.traces[index].empty()) std::cout << "  none\n";
  for (const RuleTrace& t : a.traces[index]) {
    const RuleDef& r = ex.rules().rules[t.rule];
    const CompiledPattern& p = ex.matcher().pattern(t.rule, t.pattern);
    std::cout << fmt::format("  {:<24} {} ({}:{})\n", r.id, t.matched ? "MATCHED" : "no match", r.where.file,
                             r.where.line);
    std::cout << fmt::format("      pattern: {}\n", p.text);
    if (!t.matched) {
      const std::size_t at = std::min(t.stopped_at, s.tokens.size());
      std::cout << fmt::format("      got through {} of {} elements; stopped at token {} '{}', next: '{}'\n",
                               t.elements_matched, p.elements.size(), at,
                               at < s.tokens.size() ? s.tokens[at].text : "(end)",
                               t.elements_matched < p.elements.size()
                                   ? p.text.substr(static_cast<std::size_t>(p.elements[t.elements_matched].column))
                                   : "");
    }
  }
  std::cout << "matches:\n";
  if (a.matches[index].empty()) std::cout << "  none\n";
  for (const RuleMatch& m : a.matches[index]) {
    std::cout << fmt::format("  {} [{}-{}) {}{}\n", ex.rules().rules[m.rule].id, m.first, m.last,
                             span_text(s, m.first, m.last, doc),
                             m.blocked_by.empty() ? "" : "  BLOCKED by " + m.blocked_by);
  }
  std::cout << "edges:\n";
  bool any = false;
  for (const EdgeMention& e : a.edges) {
    if (e.sentence != index) continue;
    any = true;
    std::cout << fmt::format("  {} ({}) --{}--> {} ({})   rule {}\n", e.source.name, e.source.country, e.relation,
                             e.target.name, e.target.country, e.rule);
  }
  if (!any) std::cout << "  none\n";
}

int cmd_explain(const std::vector<std::string>& paths, const std::string& text, long sentence, const RuleOptions& ro,
                const std::string& speaker) {
  Extractor ex;
  if (!load_extractor(ro, &ex)) return kBadInput;
  ActorOptions ao{speaker};
  auto explain_doc = [&](const Document& doc) {
    const DocumentAnalysis a = ex.analyse(doc, ao, true);
    for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
      if (sentence >= 0 && static_cast<std::size_t>(sentence) != i) continue;
      explain_sentence(doc, i, a, ex);
      std::cout << "\n";
    }
  };
  if (!text.empty()) {
    explain_doc(make_document("text", text, nullptr));
    return kOk;
  }
  if (paths.empty()) {
    std::cerr << "relmap: explain needs --text or a PATH\n";
    return kBadInput;
  }
  return for_each_document(paths, explain_doc);
}

// --- eval --------------------------------------------------------------------------------

std::vector<std::string> gold_files(const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  for (const std::string& p : paths) {
    std::error_code ec;
    if (std::filesystem::is_directory(p, ec)) {
      std::vector<std::string> found;
      for (auto& e : std::filesystem::recursive_directory_iterator(p, ec)) {
        const std::string name = e.path().string();
        if (name.size() > 9 && name.compare(name.size() - 9, 9, ".gold.tsv") == 0) found.push_back(name);
      }
      std::sort(found.begin(), found.end());
      out.insert(out.end(), found.begin(), found.end());
    } else {
      out.push_back(p);
    }
  }
  return out;
}

int cmd_eval(const std::vector<std::string>& paths, const RuleOptions& ro, double min_precision, double min_recall,
             bool list) {
  Extractor ex;
  if (!load_extractor(ro, &ex)) return kBadInput;
  EvalReport report;
  std::vector<Diagnostic> diags;
  const bool ok = evaluate(gold_files(paths), ex, &report, &diags);
  print_diagnostics(diags);
  if (!ok) return kBadInput;
  if (list) {
    for (const EvalEdge& e : report.missed)
      std::cout << fmt::format("missed  {} {} {}   [{}]\n        {}\n", e.source, e.relation, e.target, e.where,
                               e.text.substr(0, 200));
    for (const EvalEdge& e : report.wrong)
      std::cout << fmt::format("wrong   {} {} {}   [{} {} sentence {}]\n        {}\n", e.source, e.relation, e.target,
                               e.where, e.doc, e.sentence, e.text.substr(0, 200));
    std::cout << "\n";
  }
  std::cout << fmt::format("{:<12} {:>6} {:>6} {:>8} {:>9} {:>7} {:>7}\n", "relation", "gold", "found", "correct",
                           "precision", "recall", "F1");
  auto row = [](const std::string& name, const Counts& c) {
    return fmt::format("{:<12} {:>6} {:>6} {:>8} {:>9.3f} {:>7.3f} {:>7.3f}\n", name, c.gold, c.predicted, c.correct,
                       c.precision(), c.recall(), c.f1());
  };
  for (const auto& [relation, counts] : report.by_relation) std::cout << row(relation, counts);
  std::cout << row("overall", report.overall);
  note(fmt::format("relmap: {} documents; {} missed, {} wrong{}", report.documents, report.missed.size(),
                   report.wrong.size(), list ? "" : " (--list shows them)"));
  if (report.overall.precision() < min_precision || report.overall.recall() < min_recall) {
    std::cerr << fmt::format("relmap: below the bar: precision {:.3f} (need {:.3f}), recall {:.3f} (need {:.3f})\n",
                             report.overall.precision(), min_precision, report.overall.recall(), min_recall);
    return kFailure;
  }
  return kOk;
}

}  // namespace
}  // namespace relmap

int main(int argc, char** argv) {
  using namespace relmap;
  CLI::App app{"relmap: maps who did what to whom in news and diplomatic texts.\n\n"
               "Examples:\n"
               "  relmap run examples/ -o out          map a folder of articles into out/map.svg\n"
               "  relmap extract article.txt | jq .     edge mentions as JSON Lines\n"
               "  relmap rules check my-rules.yaml      validate rule files\n",
               "relmap"};
  app.set_version_flag("--version", RELMAP_VERSION);
  app.add_flag("-q,--quiet", global.quiet, "Print only errors on stderr");
  app.require_subcommand(1);
  app.fallthrough(true);  // --quiet may follow the subcommand
  app.footer("Exit status: 0 success, 1 failure (no readable document, cannot write), 2 bad rules or arguments.");

  RunOptions run;
  CLI::App* run_cmd = app.add_subcommand("run", "Extract, aggregate and draw: writes DIR/map.svg, DIR/map.dot, DIR/edges.jsonl");
  run_cmd->footer("Examples:\n  relmap run examples/ -o out\n  relmap run news/ --level state --engine neato\n"
                  "  relmap run news/ --relation met --relation visited --from 2024-01-01\n"
                  "  relmap run a.txt --rules extra.yaml           defaults plus extra.yaml\n"
                  "  relmap run a.txt --rules mine.yaml --no-default-rules   only mine.yaml\n"
                  "edges.jsonl keeps every mention; the filters shape the map.");
  run_cmd->add_option("PATH", run.paths, "Text files, directories (every *.txt below) or - for stdin")->required();
  run_cmd->add_option("-o,--out", run.out_dir, "Output directory")->capture_default_str();
  add_rule_options(run_cmd, &run.rules);
  add_graph_options(run_cmd, &run.graph);
  run_cmd->add_option("--engine", run.engine, "Layout: auto, dot, neato, fdp, sfdp, circo, twopi")->capture_default_str();
  run_cmd->add_option("--speaker", run.speaker, "Actor id that 'we' means outside quotations (an op-ed's author side)");
  run_cmd->add_flag("--no-clusters", run.no_clusters, "Do not draw persons and organs inside their state's box");

  std::vector<std::string> extract_paths;
  RuleOptions extract_rules;
  std::string extract_format = "jsonl", extract_speaker;
  CLI::App* extract_cmd = app.add_subcommand("extract", "Print edge mentions, one per line, on stdout");
  extract_cmd->footer("Examples:\n  relmap extract news/ > edges.jsonl\n  relmap extract a.txt --format tsv\n"
                      "  cat a.txt | relmap extract - | jq -r '.source.name + \" \" + .relation + \" \" + .target.name'");
  extract_cmd->add_option("PATH", extract_paths, "Text files, directories or -")->required();
  add_rule_options(extract_cmd, &extract_rules);
  extract_cmd->add_option("--format", extract_format, "jsonl or tsv")->capture_default_str();
  extract_cmd->add_option("--speaker", extract_speaker, "Actor id that 'we' means outside quotations");

  GraphCommand graph;
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

  GraphCommand stats;
  stats.format = "table";
  CLI::App* stats_cmd = app.add_subcommand("stats", "Actors and edges by type and relation, degree, betweenness, PageRank, components");
  stats_cmd->footer("Examples:\n  relmap stats ../shared/seeds\n  relmap stats out/edges.jsonl --level state --top 10\n"
                    "  relmap stats news/ --format json | jq '.actors[0]'");
  stats_cmd->add_option("INPUT", stats.inputs, "Edge JSONL files, - for JSONL on stdin, or texts")->required();
  stats_cmd->add_option("--format", stats.format, "table or json")->capture_default_str();
  stats_cmd->add_option("--top", stats.top, "Actors shown in the table")->capture_default_str();
  stats_cmd->add_option("-o,--out", stats.out, "Output file (default: stdout)");
  stats_cmd->add_flag("--stdin-text", stats.stdin_text, "Read - as a text to extract, not as JSONL");
  add_graph_options(stats_cmd, &stats.graph);
  add_rule_options(stats_cmd, &stats.rules);

  CLI::App* rules_cmd = app.add_subcommand("rules", "Check and test rule files");
  rules_cmd->require_subcommand(1);
  std::vector<std::string> check_files;
  CLI::App* check_cmd = rules_cmd->add_subcommand("check", "Validate rule files; print every error as file:line:column");
  check_cmd->footer("Examples:\n  relmap rules check my-rules.yaml\n  relmap rules check rules/default.yaml");
  check_cmd->add_option("FILE", check_files, "Rule files")->required();
  std::vector<std::string> test_files;
  bool test_with_defaults = false;
  CLI::App* test_cmd = rules_cmd->add_subcommand("test", "Run the examples: of every rule");
  test_cmd->footer("Examples:\n  relmap rules test rules/\n  relmap rules test my-rules.yaml --with-defaults");
  test_cmd->add_option("FILE", test_files, "Rule files or directories")->required();
  test_cmd->add_flag("--with-defaults", test_with_defaults, "Load the built-in rules too (for files that only add rules)");

  std::vector<std::string> actor_paths;
  RuleOptions actor_rules;
  std::string actor_format = "table", actor_speaker;
  CLI::App* actors_cmd = app.add_subcommand("actors", "List the actors found per document and how each was resolved");
  actors_cmd->footer("Examples:\n  relmap actors article.txt\n  relmap actors news/ --format jsonl");
  actors_cmd->add_option("PATH", actor_paths, "Text files, directories or -")->required();
  add_rule_options(actors_cmd, &actor_rules);
  actors_cmd->add_option("--format", actor_format, "table or jsonl")->capture_default_str();
  actors_cmd->add_option("--speaker", actor_speaker, "Actor id that 'we' means outside quotations");

  std::vector<std::string> explain_paths;
  std::string explain_text, explain_speaker;
  long explain_sentence = -1;
  RuleOptions explain_rules;
  CLI::App* explain_cmd = app.add_subcommand("explain", "Show why a sentence gives the edges it gives (or none)");
  explain_cmd->footer("Examples:\n  relmap explain --text \"China urged Pakistan to act.\"\n"
                      "  relmap explain article.txt --sentence 12\n  relmap explain article.txt --rules mine.yaml");
  explain_cmd->add_option("PATH", explain_paths, "A document (every sentence, or the one --sentence names)");
  explain_cmd->add_option("--text", explain_text, "Explain this text instead of a document");
  explain_cmd->add_option("--sentence", explain_sentence, "0-based sentence index, as in the JSONL");
  explain_cmd->add_option("--speaker", explain_speaker, "Actor id that 'we' means outside quotations");
  add_rule_options(explain_cmd, &explain_rules);

  std::vector<std::string> eval_paths;
  RuleOptions eval_rules;
  double eval_min_precision = 0, eval_min_recall = 0;
  bool eval_list = false;
  CLI::App* eval_cmd = app.add_subcommand("eval", "Precision, recall and F1 against hand-annotated gold files");
  eval_cmd->footer("Examples:\n  relmap eval tests/gold/heldout\n  relmap eval tests/gold --list\n"
                   "  relmap eval tests/gold --rules mine.yaml --min-precision 0.9 --min-recall 0.8");
  eval_cmd->add_option("GOLD", eval_paths, "Gold files (*.gold.tsv) or directories holding them")->required();
  add_rule_options(eval_cmd, &eval_rules);
  eval_cmd->add_flag("--list", eval_list, "List every missed and wrong mention with its sentence");
  eval_cmd->add_option("--min-precision", eval_min_precision, "Exit 1 when overall precision is below this");
  eval_cmd->add_option("--min-recall", eval_min_recall, "Exit 1 when overall recall is below this");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int rc = app.exit(e);
    return rc == 0 ? kOk : kBadInput;
  }
  if (*run_cmd) return cmd_run(run);
  if (*extract_cmd) return cmd_extract(extract_paths, extract_rules, extract_format, extract_speaker);
  if (*graph_cmd) return cmd_graph(graph);
  if (*stats_cmd) return cmd_stats(stats);
  if (*check_cmd) return cmd_rules_check(check_files);
  if (*test_cmd) return cmd_rules_test(test_files, test_with_defaults);
  if (*eval_cmd) return cmd_eval(eval_paths, eval_rules, eval_min_precision, eval_min_recall, eval_list);
  if (*explain_cmd) return cmd_explain(explain_paths, explain_text, explain_sentence, explain_rules, explain_speaker);
  if (*actors_cmd) return cmd_actors(actor_paths, actor_rules, actor_format, actor_speaker);
  return kBadInput;
}
