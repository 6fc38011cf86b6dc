#include "cli/commands.h"

#include "cli/common.h"

#include <map>
#include <nlohmann/json.hpp>

#include "actors/actors.h"

namespace relmap {
namespace {

struct ActorsOptions {
  std::vector<std::string> paths;
  RuleOptions rules;
  std::string format = "table", speaker;
};

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


}  // namespace

Command add_actors_command(CLI::App& app) {
  auto o = std::make_shared<ActorsOptions>();
  CLI::App* actors_cmd = app.add_subcommand("actors", "List the actors found per document and how each was resolved");
  actors_cmd->footer("Examples:\n  relmap actors article.txt\n  relmap actors news/ --format jsonl");
  actors_cmd->add_option("PATH", o->paths, "Text files, directories or -")->required();
  add_rule_options(actors_cmd, &o->rules);
  actors_cmd->add_option("--format", o->format, "table or jsonl")->capture_default_str();
  actors_cmd->add_option("--speaker", o->speaker, "Actor id that 'we' means outside quotations");

  return {actors_cmd, [o] { return cmd_actors(o->paths, o->rules, o->format, o->speaker); }};
}

}  // namespace relmap
