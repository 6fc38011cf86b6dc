#include "extract/jsonl.h"

#include <nlohmann/json.hpp>

namespace relmap {
namespace {

using Json = nlohmann::ordered_json;

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

// The line is assembled here rather than built as a JSON tree and dumped: the
// bytes are the same (nlohmann still escapes every string) and a corpus run
// writes millions of lines. The key order is the JSONL contract of docs/cli.md.
namespace {

void add_string(const std::string& s, std::string* out) {
  // Invalid UTF-8 in a document must not stop the output: replace it.
  *out += Json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void add_string_or_null(const std::string& s, std::string* out) {
  if (s.empty()) *out += "null";
  else add_string(s, out);
}

void add_actor(const ActorRef& a, std::string* out) {
  *out += "{\"id\":";
  add_string(a.id, out);
  *out += ",\"name\":";
  add_string(a.name, out);
  *out += ",\"type\":";
  add_string(a.type, out);
  *out += ",\"country\":";
  add_string_or_null(a.country, out);
  *out += ",\"country_id\":";
  add_string_or_null(a.country_id, out);
  *out += '}';
}

}  // namespace

std::string to_json_line(const EdgeMention& e) {
  std::string out;
  out.reserve(e.text.size() + 400);
  out += "{\"doc\":";
  add_string(e.doc, &out);
  out += ",\"sentence\":" + std::to_string(e.sentence);
  out += ",\"start\":" + std::to_string(e.start);
  out += ",\"end\":" + std::to_string(e.end);
  out += ",\"text\":";
  add_string(e.text, &out);
  out += ",\"source\":";
  add_actor(e.source, &out);
  out += ",\"relation\":";
  add_string(e.relation, &out);
  out += ",\"target\":";
  add_actor(e.target, &out);
  out += ",\"rule\":";
  add_string(e.rule, &out);
  out += ",\"date\":";
  add_string_or_null(e.date, &out);
  if (!e.speaker.empty()) {
    out += ",\"speaker\":";
    add_string(e.speaker, &out);
  }
  out += '}';
  return out;
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
