#include "relmap/ruleset.h"

#include "relmap/diagnostic.h"

namespace relmap {

const char* to_string(ActorType t) {
  switch (t) {
    case ActorType::State: return "state";
    case ActorType::Person: return "person";
    case ActorType::Organization: return "organization";
    case ActorType::Group: return "group";
  }
  return "state";
}

bool parse_actor_type(const std::string& s, ActorType* out) {
  if (s == "state") *out = ActorType::State;
  else if (s == "person") *out = ActorType::Person;
  else if (s == "organization" || s == "organisation") *out = ActorType::Organization;
  else if (s == "group") *out = ActorType::Group;
  else return false;
  return true;
}

const RelationDef* RuleSet::relation(const std::string& id) const {
  for (const RelationDef& r : relations)
    if (r.id == id) return &r;
  return nullptr;
}

const ActorDef* RuleSet::actor(const std::string& id) const {
  for (const ActorDef& a : actors)
    if (a.id == id) return &a;
  return nullptr;
}

std::string format_diagnostic(const Diagnostic& d) {
  std::string out;
  if (!d.file.empty()) {
    out += d.file;
    if (d.line > 0) out += ":" + std::to_string(d.line);
    if (d.line > 0 && d.column > 0) out += ":" + std::to_string(d.column);
    out += ": ";
  }
  out += d.severity == Severity::Error ? "error: " : "warning: ";
  out += d.message;
  out += "\n";
  if (!d.source_line.empty()) {
    out += "    " + d.source_line + "\n";
    if (d.column > 0) {
      std::string pad;
      for (int i = 1; i < d.column && i <= static_cast<int>(d.source_line.size()); ++i)
        pad += d.source_line[static_cast<std::size_t>(i - 1)] == '\t' ? '\t' : ' ';
      out += "    " + pad + "^\n";
    }
  }
  if (!d.hint.empty()) out += "    hint: " + d.hint + "\n";
  return out;
}

bool has_errors(const std::vector<Diagnostic>& ds) {
  for (const Diagnostic& d : ds)
    if (d.severity == Severity::Error) return true;
  return false;
}

}  // namespace relmap
