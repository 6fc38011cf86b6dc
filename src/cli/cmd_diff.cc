// relmap diff: the edge mentions gained and lost between two JSONL files, or
// between two rule sets run over the same documents.
#include <map>
#include <tuple>

#include "cli/commands.h"
#include "cli/common.h"

namespace relmap {
namespace {

struct DiffOptions {
  std::vector<std::string> inputs;
  std::vector<std::string> rules_old, rules_new;
  bool no_defaults = false;
  std::string format = "text", speaker;
};

using Key = std::tuple<std::string, std::size_t, std::string, std::string, std::string>;
using Mentions = std::map<Key, EdgeMention>;

Key key_of(const EdgeMention& e) { return {e.doc, e.sentence, e.source.id, e.relation, e.target.id}; }

int collect(const std::vector<std::string>& inputs, const RuleOptions* rules, const std::string& speaker,
            Mentions* out) {
  Extractor ex;
  if (rules && !load_extractor(*rules, &ex)) return kBadInput;
  PipelineOptions po;
  po.actors.speaker = speaker;
  return for_each_mention(inputs, rules == nullptr, &ex, po,
                          [&](const EdgeMention& e) { out->emplace(key_of(e), e); });
}

void print_change(const char* sign, const EdgeMention& e, bool jsonl) {
  if (jsonl) {
    std::cout << "{\"change\":\"" << (sign[0] == '+' ? "gained" : "lost") << "\",\"edge\":" << to_json_line(e) << "}\n";
    return;
  }
  std::cout << fmt::format("{} {} {} {}   [{} sentence {}, rule {}]\n    {}\n", sign, e.source.name, e.relation,
                           e.target.name, e.doc, e.sentence, e.rule, e.text);
}

int cmd_diff(const DiffOptions& o) {
  if (o.format != "text" && o.format != "jsonl") {
    std::cerr << "relmap: --format must be text or jsonl\n";
    return kBadInput;
  }
  const bool by_rules = !o.rules_old.empty() || !o.rules_new.empty();
  Mentions before, after;
  if (by_rules) {
    if (o.inputs.empty()) {
      std::cerr << "relmap: diff --rules-old/--rules-new needs the documents to run them on\n";
      return kBadInput;
    }
    const RuleOptions old_rules{o.rules_old, o.no_defaults}, new_rules{o.rules_new, o.no_defaults};
    if (const int rc = collect(o.inputs, &old_rules, o.speaker, &before); rc != kOk) return rc;
    if (const int rc = collect(o.inputs, &new_rules, o.speaker, &after); rc != kOk) return rc;
  } else {
    if (o.inputs.size() != 2 || !is_jsonl(o.inputs[0]) || !is_jsonl(o.inputs[1])) {
      std::cerr << "relmap: diff takes OLD.jsonl NEW.jsonl, or --rules-old/--rules-new and documents\n";
      return kBadInput;
    }
    if (const int rc = collect({o.inputs[0]}, nullptr, o.speaker, &before); rc != kOk) return rc;
    if (const int rc = collect({o.inputs[1]}, nullptr, o.speaker, &after); rc != kOk) return rc;
  }
  std::map<std::string, std::pair<int, int>> by_relation;  // gained, lost
  std::size_t gained = 0, lost = 0;
  for (const auto& [k, e] : before)
    if (!after.count(k)) {
      print_change("-", e, o.format == "jsonl");
      ++lost;
      ++by_relation[e.relation].second;
    }
  for (const auto& [k, e] : after)
    if (!before.count(k)) {
      print_change("+", e, o.format == "jsonl");
      ++gained;
      ++by_relation[e.relation].first;
    }
  std::string per;
  for (const auto& [r, c] : by_relation) per += fmt::format("  {} +{} -{}", r, c.first, c.second);
  note(fmt::format("relmap: {} gained, {} lost, {} unchanged{}{}", gained, lost, before.size() - lost,
                   per.empty() ? "" : ";", per));
  return kOk;
}

}  // namespace

Command add_diff_command(CLI::App& app) {
  auto o = std::make_shared<DiffOptions>();
  CLI::App* cmd = app.add_subcommand("diff", "Edge mentions gained and lost between two runs or two rule sets");
  cmd->footer("Examples:\n  relmap diff before/edges.jsonl after/edges.jsonl\n"
              "  relmap diff --rules-new mine.yaml news/          defaults vs defaults + mine.yaml\n"
              "  relmap diff --rules-old a.yaml --rules-new b.yaml --no-default-rules news/\n"
              "Lines start with + (gained) or - (lost), with the rule and the evidence sentence.");
  cmd->add_option("INPUT", o->inputs, "OLD.jsonl NEW.jsonl, or the documents to run both rule sets on");
  cmd->add_option("--rules-old", o->rules_old, "Rule file of the old rule set (repeatable)")->type_name("FILE")->allow_extra_args(false);
  cmd->add_option("--rules-new", o->rules_new, "Rule file of the new rule set (repeatable)")->type_name("FILE")->allow_extra_args(false);
  cmd->add_flag("--no-default-rules", o->no_defaults, "Leave the built-in rules out of both rule sets");
  cmd->add_option("--format", o->format, "text or jsonl")->capture_default_str();
  cmd->add_option("--speaker", o->speaker, "Actor id that 'we' means outside quotations");
  return {cmd, [o] { return cmd_diff(*o); }};
}

}  // namespace relmap
