// What the relmap commands share: exit statuses, how messages are printed,
// the rule and graph options, and the loops over documents and mentions.
#pragma once
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include <iostream>
#include <string>
#include <vector>

#include "cli/io.h"
#include "cli/mpi.h"
#include "cli/pipeline.h"
#include "extract/extractor.h"
#include "extract/jsonl.h"
#include "relmap/diagnostic.h"
#include "relmap/graph.h"
#include "text/text.h"

namespace relmap {

constexpr int kOk = 0, kFailure = 1, kBadInput = 2;

// Set by --quiet: only errors reach stderr.
extern bool quiet;

void print_diagnostics(const std::vector<Diagnostic>& ds);
// A message on stderr unless --quiet.
void note(const std::string& msg);

// Options shared by the commands that read rules.
struct RuleOptions {
  std::vector<std::string> files;
  bool no_defaults = false;
};

void add_rule_options(CLI::App* cmd, RuleOptions* o);
// Loads and compiles the rules; prints errors. Returns false on any error.
bool load_extractor(const RuleOptions& o, Extractor* ex);
// The built-in rules, loaded (they are checked by the test suite).
RuleSet default_rules();

// Options of the commands that build a graph (run, graph, stats).
struct GraphCli {
  std::string level = "person";
  std::vector<std::string> relations, documents, actors;
  std::string from, to;
  std::size_t min_weight = 1, depth = 1, max_evidence = 50, top = 0;
};

void add_graph_options(CLI::App* cmd, GraphCli* o);
bool graph_settings(const GraphCli& o, GraphOptions* go, GraphFilter* gf);
bool check_engine(const std::string& engine);

bool is_jsonl(const std::string& path);
bool needs_rules(const std::vector<std::string>& inputs, bool stdin_jsonl);
// Writes `text` to `out` (atomically), or to stdout when `out` is empty or "-".
int emit(const std::string& text, const std::string& out);

// Directories expanded to the files below them whose names end in `suffix`, sorted.
std::vector<std::string> files_ending_in(const std::vector<std::string>& paths, const std::vector<std::string>& suffixes);

// "relmap: done/total documents" on stderr while inputs are processed, when
// stderr is a terminal and there are more than 20 of them.
class ProgressLine {
 public:
  explicit ProgressLine(const std::vector<std::string>& paths);
  ~ProgressLine();
  void tick();  // one more input done

 private:
  std::size_t total_ = 0, done_ = 0;
  bool shown_ = false;
};

// The end of a loop over documents: kOk, or kFailure with a message when none was read.
int documents_read(std::size_t read);

// Reads every input, shows progress on a terminal, calls `each` per document.
template <typename F>
int for_each_document(const std::vector<std::string>& paths, F each) {
  std::vector<Diagnostic> warnings;
  InputWalker walker(paths);
  ProgressLine progress(paths);
  InputFile in;
  std::size_t read = 0;
  while (walker.next(&in, &warnings)) {
    print_diagnostics(warnings);
    warnings.clear();
    std::string bytes;
    if (read_input(in, &bytes, &warnings)) {
      Document doc = make_document(in.name, std::move(bytes), &warnings);
      each(doc);
      ++read;
    }
    print_diagnostics(warnings);
    warnings.clear();
    progress.tick();
  }
  print_diagnostics(warnings);
  return documents_read(read);
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
// edge mentions, everything else is extracted with the rules (on `po.threads`
// threads, and across MPI ranks under mpirun; see cli/pipeline.h).
template <typename F>
int for_each_mention(const std::vector<std::string>& inputs, bool stdin_jsonl, Extractor* ex,
                     const PipelineOptions& po, F each) {
  std::vector<std::string> texts;
  for (const std::string& in : inputs) {
    if (is_jsonl(in) || (in == "-" && stdin_jsonl)) {
      if (mpi::rank() == 0 && !read_jsonl(in, each)) return kFailure;
    } else {
      texts.push_back(in);
    }
  }
  if (mpi::rank() != 0 && texts.empty()) mpi::finish_worker();
  if (texts.empty()) return kOk;
  return extract_documents(texts, *ex, po, [&](DocumentResult& r) {
    for (const EdgeMention& e : r.mentions) each(e);
  });
}

// --threads N, for the commands that extract.
void add_threads_option(CLI::App* cmd, unsigned* threads);

}  // namespace relmap
