#include "extract/jsonl.h"

#include <nlohmann/json.hpp>

namespace relmap {
namespace {

using Json = nlohmann::ordered_json;

Json actor_json(const ActorRef& a) {
  Json j;
  j["id"] = a.id;
  j["name"] = a.name;
  j["type"] = a.type;
  j["country"] = a.country.empty() ? Json(nullptr) : Json(a.country);
  j["country_id"] = a.country_id.empty() ? Json(nullptr) : Json(a.country_id);
  return j;
}

std::string text_or_empty(const Json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : "";
}

bool actor_from(const Json& j, ActorRef* a, std::string* error, const char* which) {
  if (!j.is_object()) { *error = std::string("'") + which + "' must be an object"; return false; }
  a->id = text_or_empty(j, "id");
  a->name = text_or_empty(j, "name");
  a->type = text_or_empty(j, "type");
  a->country = text_or_empty(j, "country");
  a->country_id = text_or_empty(j, "country_id");
  if (a->id.empty()) { *error = std::string("'") + which + "' has no id"; return false; }
  if (a->name.empty()) a->name = a->id;
  return true;
}

std::string clean_field(std::string s) {
  for (char& c : s)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return s;
}

}  // namespace

std::string to_json_line(const EdgeMention& e) {
  Json j;
  j["doc"] = e.doc;
  j["sentence"] = e.sentence;
  j["start"] = e.start;
  j["end"] = e.end;
  j["text"] = e.text;
  j["source"] = actor_json(e.source);
  j["relation"] = e.relation;
  j["target"] = actor_json(e.target);
  j["rule"] = e.rule;
  j["date"] = e.date.empty() ? Json(nullptr) : Json(e.date);
  if (!e.speaker.empty()) j["speaker"] = e.speaker;
  // Invalid UTF-8 in a document must not stop the output: replace it.
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

bool parse_json_line(const std::string& line, EdgeMention* out, std::string* error) {
  Json j = Json::parse(line, nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    *error = "not a JSON object";
    return false;
  }
  *out = EdgeMention{};
  out->doc = text_or_empty(j, "doc");
  out->text = text_or_empty(j, "text");
  out->relation = text_or_empty(j, "relation");
  out->rule = text_or_empty(j, "rule");
  out->date = text_or_empty(j, "date");
  out->speaker = text_or_empty(j, "speaker");
  for (auto [key, dst] : {std::pair{"sentence", &out->sentence}, std::pair{"start", &out->start},
                          std::pair{"end", &out->end}}) {
    auto it = j.find(key);
    if (it != j.end() && it->is_number_unsigned()) *dst = it->get<std::size_t>();
  }
  if (out->relation.empty()) { *error = "no 'relation'"; return false; }
  if (!j.contains("source") || !actor_from(j["source"], &out->source, error, "source")) {
    if (error->empty()) *error = "no 'source'";
    return false;
  }
  if (!j.contains("target") || !actor_from(j["target"], &out->target, error, "target")) {
    if (error->empty()) *error = "no 'target'";
    return false;
  }
  return true;
}

std::string to_tsv_line(const EdgeMention& e) {
  return clean_field(e.doc) + "\t" + std::to_string(e.sentence) + "\t" + clean_field(e.source.name) + "\t" +
         e.relation + "\t" + clean_field(e.target.name) + "\t" + e.rule + "\t" + clean_field(e.text);
}

}  // namespace relmap
