#include "cli/commands.h"

#include "cli/common.h"

namespace relmap {
namespace {

struct ExtractOptions {
  std::vector<std::string> paths;
  RuleOptions rules;
  std::string format = "jsonl", speaker;
  unsigned threads = 0;
};

int cmd_extract(const ExtractOptions& o) {
  if (o.format != "jsonl" && o.format != "tsv") {
    std::cerr << "relmap: --format must be jsonl or tsv\n";
    return kBadInput;
  }
  Extractor ex;
  if (!load_extractor(o.rules, &ex)) return kBadInput;
  std::size_t count = 0;
  PipelineOptions po;
  po.threads = o.threads;
  po.format = o.format == "jsonl" ? LineFormat::Jsonl : LineFormat::Tsv;
  po.actors.speaker = o.speaker;
  po.keep_mentions = false;
  const int rc = extract_documents(o.paths, ex, po, [&](DocumentResult& r) {
    std::cout << r.lines;
    count += r.mention_count;
  });
  std::cout.flush();
  if (rc == kOk) note(fmt::format("relmap: {} edge mentions", count));
  return rc;
}


}  // namespace

Command add_extract_command(CLI::App& app) {
  auto o = std::make_shared<ExtractOptions>();
  CLI::App* extract_cmd = app.add_subcommand("extract", "Print edge mentions, one per line, on stdout");
  extract_cmd->footer("Examples:\n  relmap extract news/ > edges.jsonl\n  relmap extract a.txt --format tsv\n"
                      "  relmap extract --threads 2 big-corpus/ > edges.jsonl\n"
                      "  mpirun -n 4 relmap extract big-corpus/ > edges.jsonl\n"
                      "  cat a.txt | relmap extract - | jq -r '.source.name + \" \" + .relation + \" \" + .target.name'");
  extract_cmd->add_option("PATH", o->paths, "Text files, directories or -")->required();
  add_rule_options(extract_cmd, &o->rules);
  extract_cmd->add_option("--format", o->format, "jsonl or tsv")->capture_default_str();
  extract_cmd->add_option("--speaker", o->speaker, "Actor id that 'we' means outside quotations");
  add_threads_option(extract_cmd, &o->threads);

  return {extract_cmd, [o] { return cmd_extract(*o); }};
}

}  // namespace relmap
