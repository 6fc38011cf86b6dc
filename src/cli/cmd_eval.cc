#include "cli/commands.h"

#include "cli/common.h"

#include "extract/eval.h"

namespace relmap {
namespace {

struct EvalOptions {
  std::vector<std::string> paths;
  RuleOptions rules;
  double min_precision = 0, min_recall = 0;
  bool list = false;
};

int cmd_eval(const std::vector<std::string>& paths, const RuleOptions& ro, double min_precision, double min_recall,
             bool list) {
  Extractor ex;
  if (!load_extractor(ro, &ex)) return kBadInput;
  EvalReport report;
  std::vector<Diagnostic> diags;
  const bool ok = evaluate(files_ending_in(paths, {".gold.tsv"}), ex, &report, &diags);
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

Command add_eval_command(CLI::App& app) {
  auto o = std::make_shared<EvalOptions>();
  CLI::App* eval_cmd = app.add_subcommand("eval", "Precision, recall and F1 against hand-annotated gold files");
  eval_cmd->footer("Examples:\n  relmap eval tests/gold/heldout\n  relmap eval tests/gold --list\n"
                   "  relmap eval tests/gold --rules mine.yaml --min-precision 0.9 --min-recall 0.8");
  eval_cmd->add_option("GOLD", o->paths, "Gold files (*.gold.tsv) or directories holding them")->required();
  add_rule_options(eval_cmd, &o->rules);
  eval_cmd->add_flag("--list", o->list, "List every missed and wrong mention with its sentence");
  eval_cmd->add_option("--min-precision", o->min_precision, "Exit 1 when overall precision is below this");
  eval_cmd->add_option("--min-recall", o->min_recall, "Exit 1 when overall recall is below this");

  return {eval_cmd, [o] { return cmd_eval(o->paths, o->rules, o->min_precision, o->min_recall, o->list); }};
}

}  // namespace relmap
