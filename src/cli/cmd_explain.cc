#include "cli/commands.h"

#include "cli/common.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace relmap {
namespace {

struct ExplainOptions {
  std::vector<std::string> paths;
  std::string text, speaker, format = "text";
  long sentence = -1;
  RuleOptions rules;
};

std::string span_text(const Sentence& s, std::size_t first, std::size_t last, const Document& doc) {
  if (first >= last || last > s.tokens.size()) return "";
  return doc.text.substr(s.tokens[first].begin, s.tokens[last - 1].end - s.tokens[first].begin);
}

void explain_sentence(const Document& doc, std::size_t index, const DocumentAnalysis& a, const Extractor& ex) {
  const Sentence& s = doc.sentences[index];
  std::cout << fmt::format("{} sentence {} (bytes {}-{}):\n  {}\n", doc.name, index, s.begin, s.end,
                           doc.sentence_text(s));
  std::cout << "tokens:\n ";
  for (std::size_t i = 0; i < s.tokens.size(); ++i)
    std::cout << fmt::format(" {}:{}{}", i, s.tokens[i].text, s.tokens[i].in_quote ? "\"" : "");
  std::cout << "\nactors:\n";
  for (const ActorMention& m : a.actors.mentions[index]) {
    std::string names;
    for (const std::string& id : m.actors) {
      auto it = a.actors.actors.find(id);
      names += (names.empty() ? "" : ", ") + (it != a.actors.actors.end() ? it->second.name : id);
    }
    std::cout << fmt::format("  [{}-{}) {:<40} -> {} ({}{}{})\n", m.first, m.last,
                             span_text(s, m.first, m.last, doc), names.empty() ? "unresolved" : names,
                             to_string(m.how), m.inert ? ", place or modifier: fills no slot" : "",
                             m.speaker.empty() ? "" : ", speaker " + m.speaker);
  }
  std::cout << "rules whose anchor words occur:\n";
  if (a.traces[index].empty()) std::cout << "  none\n";
  for (const RuleTrace& t : a.traces[index]) {
    const RuleDef& r = ex.rules().rules[t.rule];
    const CompiledPattern& p = ex.matcher().pattern(t.rule, t.pattern);
    std::cout << fmt::format("  {:<24} {} ({}:{})\n", r.id, t.matched ? "MATCHED" : "no match", r.where.file,
                             r.where.line);
    std::cout << fmt::format("      pattern: {}\n", p.text);
    if (!t.matched) {
      const std::size_t at = std::min(t.stopped_at, s.tokens.size());
      std::cout << fmt::format("      got through {} of {} elements; stopped at token {} '{}', next: '{}'\n",
                               t.elements_matched, p.elements.size(), at,
                               at < s.tokens.size() ? s.tokens[at].text : "(end)",
                               t.elements_matched < p.elements.size()
                                   ? p.text.substr(static_cast<std::size_t>(p.elements[t.elements_matched].column))
                                   : "");
    }
  }
  std::cout << "matches:\n";
  if (a.matches[index].empty()) std::cout << "  none\n";
  for (const RuleMatch& m : a.matches[index]) {
    std::cout << fmt::format("  {} [{}-{}) {}{}\n", ex.rules().rules[m.rule].id, m.first, m.last,
                             span_text(s, m.first, m.last, doc),
                             m.blocked_by.empty() ? "" : "  BLOCKED by " + m.blocked_by);
  }
  std::cout << "edges:\n";
  bool any = false;
  for (const EdgeMention& e : a.edges) {
    if (e.sentence != index) continue;
    any = true;
    std::cout << fmt::format("  {} ({}) --{}--> {} ({})   rule {}\n", e.source.name, e.source.country, e.relation,
                             e.target.name, e.target.country, e.rule);
  }
  if (!any) std::cout << "  none\n";
}

// The same as explain_sentence, as one JSON object (a line of JSON Lines).
std::string explain_json(const Document& doc, std::size_t index, const DocumentAnalysis& a, const Extractor& ex) {
  using Json = nlohmann::ordered_json;
  const Sentence& s = doc.sentences[index];
  Json j;
  j["doc"] = doc.name;
  j["sentence"] = index;
  j["start"] = s.begin;
  j["end"] = s.end;
  j["text"] = doc.sentence_text(s);
  j["tokens"] = Json::array();
  for (const Token& t : s.tokens) j["tokens"].push_back(t.text);
  j["actors"] = Json::array();
  for (const ActorMention& m : a.actors.mentions[index]) {
    Json x;
    x["first"] = m.first;
    x["last"] = m.last;
    x["text"] = span_text(s, m.first, m.last, doc);
    x["actors"] = m.actors;
    x["resolved_by"] = to_string(m.how);
    x["fills_slots"] = !m.inert;
    if (!m.speaker.empty()) x["speaker"] = m.speaker;
    j["actors"].push_back(x);
  }
  j["rules"] = Json::array();
  for (const RuleTrace& t : a.traces[index]) {
    const CompiledPattern& p = ex.matcher().pattern(t.rule, t.pattern);
    Json x;
    x["rule"] = ex.rules().rules[t.rule].id;
    x["pattern"] = p.text;
    x["matched"] = t.matched;
    x["elements_matched"] = t.elements_matched;
    x["elements"] = p.elements.size();
    x["stopped_at_token"] = t.stopped_at;
    j["rules"].push_back(x);
  }
  j["matches"] = Json::array();
  for (const RuleMatch& m : a.matches[index]) {
    Json x;
    x["rule"] = ex.rules().rules[m.rule].id;
    x["relation"] = m.relation;
    x["first"] = m.first;
    x["last"] = m.last;
    x["blocked_by"] = m.blocked_by.empty() ? Json(nullptr) : Json(m.blocked_by);
    j["matches"].push_back(x);
  }
  j["edges"] = Json::array();
  for (const EdgeMention& e : a.edges)
    if (e.sentence == index) j["edges"].push_back(Json::parse(to_json_line(e)));
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

int cmd_explain(const std::vector<std::string>& paths, const std::string& text, long sentence, const RuleOptions& ro,
                const std::string& speaker, const std::string& format) {
  if (format != "text" && format != "json") {
    std::cerr << "relmap: --format must be text or json\n";
    return kBadInput;
  }
  Extractor ex;
  if (!load_extractor(ro, &ex)) return kBadInput;
  ActorOptions ao{speaker};
  auto explain_doc = [&](const Document& doc) {
    const DocumentAnalysis a = ex.analyse(doc, ao, true);
    for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
      if (sentence >= 0 && static_cast<std::size_t>(sentence) != i) continue;
      if (format == "json") {
        std::cout << explain_json(doc, i, a, ex) << "\n";
      } else {
        explain_sentence(doc, i, a, ex);
        std::cout << "\n";
      }
    }
  };
  if (!text.empty()) {
    explain_doc(make_document("text", text, nullptr));
    return kOk;
  }
  if (paths.empty()) {
    std::cerr << "relmap: explain needs --text or a PATH\n";
    return kBadInput;
  }
  return for_each_document(paths, explain_doc);
}


}  // namespace

Command add_explain_command(CLI::App& app) {
  auto o = std::make_shared<ExplainOptions>();
  CLI::App* explain_cmd = app.add_subcommand("explain", "Show why a sentence gives the edges it gives (or none)");
  explain_cmd->footer("Examples:\n  relmap explain --text \"China urged Pakistan to act.\"\n"
                      "  relmap explain article.txt --sentence 12\n  relmap explain article.txt --rules mine.yaml");
  explain_cmd->add_option("PATH", o->paths, "A document (every sentence, or the one --sentence names)");
  explain_cmd->add_option("--text", o->text, "Explain this text instead of a document");
  explain_cmd->add_option("--sentence", o->sentence, "0-based sentence index, as in the JSONL");
  explain_cmd->add_option("--speaker", o->speaker, "Actor id that 'we' means outside quotations");
  explain_cmd->add_option("--format", o->format, "text, or json (one object per sentence)")->capture_default_str();
  add_rule_options(explain_cmd, &o->rules);

  return {explain_cmd, [o] { return cmd_explain(o->paths, o->text, o->sentence, o->rules, o->speaker, o->format); }};
}

}  // namespace relmap
