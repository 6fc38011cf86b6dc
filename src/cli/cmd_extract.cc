#include "cli/commands.h"

#include "cli/common.h"

namespace relmap {
namespace {

struct ExtractOptions {
  std::vector<std::string> paths;
  RuleOptions rules;
  std::string format = "jsonl", speaker;
};

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


}  // namespace

Command add_extract_command(CLI::App& app) {
  auto o = std::make_shared<ExtractOptions>();
  CLI::App* extract_cmd = app.add_subcommand("extract", "Print edge mentions, one per line, on stdout");
  extract_cmd->footer("Examples:\n  relmap extract news/ > edges.jsonl\n  relmap extract a.txt --format tsv\n"
                      "  cat a.txt | relmap extract - | jq -r '.source.name + \" \" + .relation + \" \" + .target.name'");
  extract_cmd->add_option("PATH", o->paths, "Text files, directories or -")->required();
  add_rule_options(extract_cmd, &o->rules);
  extract_cmd->add_option("--format", o->format, "jsonl or tsv")->capture_default_str();
  extract_cmd->add_option("--speaker", o->speaker, "Actor id that 'we' means outside quotations");

  return {extract_cmd, [o] { return cmd_extract(o->paths, o->rules, o->format, o->speaker); }};
}

}  // namespace relmap
