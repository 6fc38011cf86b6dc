#include "cli/commands.h"

#include "cli/common.h"

#include <filesystem>
#include <set>

#include "extract/examples.h"
#include "rules/embedded.h"
#include "rules/loader.h"

namespace relmap {
namespace {

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

int cmd_rules_test(const std::vector<std::string>& paths, bool with_defaults) {
  RuleOptions ro;
  ro.files = files_ending_in(paths, {".yaml", ".yml"});
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


// Every phrase that names an actor (name, alias, capital, demonym), one per line,
// sorted and unique: for grep, spell checks and the benchmark's ripgrep baseline.
int cmd_rules_names(const RuleOptions& ro) {
  Extractor ex;
  if (!load_extractor(ro, &ex)) return kBadInput;
  std::set<std::string> names;
  for (const ActorDef& a : ex.rules().actors) {
    names.insert(a.name);
    for (const auto* list : {&a.aliases, &a.exact_aliases, &a.capitals, &a.places, &a.demonyms})
      names.insert(list->begin(), list->end());
  }
  for (const std::string& n : names)
    if (!n.empty()) std::cout << n << "\n";
  return kOk;
}

}  // namespace

std::vector<Command> add_rules_commands(CLI::App& app) {
  CLI::App* rules_cmd = app.add_subcommand("rules", "Check and test rule files");
  rules_cmd->require_subcommand(1);
  auto check_files = std::make_shared<std::vector<std::string>>();
  CLI::App* check_cmd = rules_cmd->add_subcommand("check", "Validate rule files; print every error as file:line:column");
  check_cmd->footer("Examples:\n  relmap rules check my-rules.yaml\n  relmap rules check rules/default.yaml");
  check_cmd->add_option("FILE", *check_files, "Rule files")->required();
  struct TestOptions {
    std::vector<std::string> files;
    bool with_defaults = false;
  };
  auto t = std::make_shared<TestOptions>();
  CLI::App* test_cmd = rules_cmd->add_subcommand("test", "Run the examples: of every rule");
  test_cmd->footer("Examples:\n  relmap rules test rules/\n  relmap rules test my-rules.yaml --with-defaults");
  test_cmd->add_option("FILE", t->files, "Rule files or directories")->required();
  test_cmd->add_flag("--with-defaults", t->with_defaults, "Load the built-in rules too (for files that only add rules)");

  auto names_rules = std::make_shared<RuleOptions>();
  CLI::App* names_cmd = rules_cmd->add_subcommand("names", "Print every actor name, alias, capital and demonym, one per line");
  names_cmd->footer("Examples:\n  relmap rules names > names.txt\n  rg -i -w -F -f names.txt news/\n"
                    "  relmap rules names --rules my-actors.yaml | wc -l");
  add_rule_options(names_cmd, names_rules.get());

  return {{check_cmd, [check_files] { return cmd_rules_check(*check_files); }},
          {test_cmd, [t] { return cmd_rules_test(t->files, t->with_defaults); }},
          {names_cmd, [names_rules] { return cmd_rules_names(*names_rules); }}};
}

}  // namespace relmap
