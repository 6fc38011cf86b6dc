// The relmap commands. Each adds its subcommand, with its options and the
// examples in its --help, and returns what runs it.
#pragma once
#include <CLI/CLI.hpp>

#include <functional>
#include <vector>

namespace relmap {

struct Command {
  CLI::App* app;               // the subcommand, true once parsed
  std::function<int()> run;    // returns the exit status
};

Command add_run_command(CLI::App& app);
Command add_extract_command(CLI::App& app);
Command add_graph_command(CLI::App& app);
Command add_stats_command(CLI::App& app);
std::vector<Command> add_rules_commands(CLI::App& app);  // rules check, rules test
Command add_actors_command(CLI::App& app);
Command add_explain_command(CLI::App& app);
Command add_eval_command(CLI::App& app);
Command add_diff_command(CLI::App& app);

}  // namespace relmap
