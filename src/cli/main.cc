// relmap's command line: wires the stages together and alone decides what is
// printed and which exit status follows (0 ok, 1 failure, 2 bad rules or arguments).
#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/mpi.h"

#ifndef RELMAP_VERSION
#define RELMAP_VERSION "0.0.0"
#endif

int main(int argc, char** argv) {
  using namespace relmap;
  mpi::start(&argc, &argv);
  CLI::App app{"relmap: maps who did what to whom in news and diplomatic texts.\n\n"
               "Examples:\n"
               "  relmap run examples/ -o out          map a folder of articles into out/map.svg\n"
               "  relmap extract article.txt | jq .     edge mentions as JSON Lines\n"
               "  relmap rules check my-rules.yaml      validate rule files\n",
               "relmap"};
  app.set_version_flag("--version", RELMAP_VERSION);
  app.add_flag("-q,--quiet", quiet, "Print only errors on stderr");
  app.require_subcommand(1);
  app.fallthrough(true);  // --quiet may follow the subcommand
  app.footer("Exit status: 0 success, 1 failure (no readable document, cannot write), 2 bad rules or arguments.");

  std::vector<Command> commands = {add_run_command(app), add_extract_command(app), add_graph_command(app),
                                   add_stats_command(app)};
  // These spread their documents over MPI ranks; any other command runs on the root alone.
  const std::size_t distributed = commands.size();
  for (Command& c : add_rules_commands(app)) commands.push_back(std::move(c));
  for (Command c : {add_actors_command(app), add_explain_command(app), add_eval_command(app), add_diff_command(app)})
    commands.push_back(std::move(c));

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (mpi::rank() != 0) mpi::finish_worker();
    const int rc = app.exit(e);
    return rc == 0 ? kOk : kBadInput;
  }
  if (mpi::rank() != 0) quiet = true;  // the root speaks for every rank
  for (std::size_t i = 0; i < commands.size(); ++i) {
    if (!*commands[i].app) continue;
    if (mpi::rank() != 0 && i >= distributed) mpi::finish_worker();
    return commands[i].run();
  }
  return kBadInput;
}
