#include "extract/eval.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <tuple>

#include "text/text.h"

namespace relmap {
namespace {

namespace fs = std::filesystem;

std::string end_name(const ActorRef& a) { return a.country.empty() ? a.name : a.country; }

using Key = std::tuple<std::string, std::size_t, std::string, std::string, std::string>;

Key key_of(const EvalEdge& e, const RuleSet& rules) {
  std::string s = fold_case(e.source), t = fold_case(e.target);
  const RelationDef* r = rules.relation(e.relation);
  if (r && !r->directed && t < s) std::swap(s, t);
  return {e.doc, e.sentence, s, e.relation, t};
}

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  std::string field;
  std::istringstream in(line);
  while (std::getline(in, field, '\t')) out.push_back(field);
  return out;
}

bool read_text(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

Diagnostic error_at(const std::string& file, int line, const std::string& msg) {
  Diagnostic d;
  d.file = file;
  d.line = line;
  d.message = msg;
  return d;
}

// A gold end as the extractor names it: an alias ("Caribbean Community", "Kigali") is its
// actor's name, a person their state's; "" when the rules know no actor by that name.
std::string known_name(const Gazetteer& g, const std::string& written, const std::string& date) {
  const std::vector<Token> tokens = tokenize_phrase(written);
  if (tokens.empty()) return "";
  const GazetteerEntry* e = g.names().longest(tokens, g.word_ids(tokens), 0);
  if (!e || e->words.size() != tokens.size() || !g.has_actor(e->id)) return "";
  std::string id = e->id;
  if (const ActorType* type = g.type_of(id); type && *type == ActorType::Person) {
    const std::string state = g.country_of(id, date);
    if (!state.empty()) id = state;
  }
  return g.actor(id, date).name;
}

}  // namespace

bool evaluate(const std::vector<std::string>& gold_files, const Extractor& extractor, EvalReport* report,
              std::vector<Diagnostic>* diags) {
  const RuleSet& rules = extractor.rules();
  bool ok = true;
  std::map<Key, EvalEdge> gold, predicted;
  std::set<std::string> unknown_names;  // warned about once
  for (const std::string& gold_file : gold_files) {
    // "relmap eval article.txt": the document itself, not its annotations.
    static const std::string kGoldSuffix = ".gold.tsv";
    if (gold_file.size() < kGoldSuffix.size() ||
        gold_file.compare(gold_file.size() - kGoldSuffix.size(), kGoldSuffix.size(), kGoldSuffix) != 0) {
      diags->push_back(error_at(gold_file, 0, "not a gold file: give NAME.gold.tsv (beside NAME.txt) or a folder of them"));
      ok = false;
      continue;
    }
    std::string gold_text;
    if (!read_text(gold_file, &gold_text)) {
      diags->push_back(error_at(gold_file, 0, "cannot read gold file"));
      ok = false;
      continue;
    }
    // The document: "# doc: PATH" (relative to the gold file), else the sibling .txt.
    std::string doc_path = gold_file.substr(0, gold_file.rfind(".gold.tsv")) + ".txt";
    std::istringstream lines(gold_text);
    std::string line;
    std::vector<std::pair<int, std::string>> entries;
    for (int n = 1; std::getline(lines, line); ++n) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.rfind("# doc:", 0) == 0) {
        std::string rel = line.substr(6);
        rel.erase(0, rel.find_first_not_of(' '));
        doc_path = (fs::path(gold_file).parent_path() / rel).lexically_normal().string();
        continue;
      }
      if (line.empty() || line[0] == '#') continue;
      entries.emplace_back(n, line);
    }
    std::string bytes;
    if (!read_text(doc_path, &bytes)) {
      diags->push_back(error_at(gold_file, 0, "cannot read its document " + doc_path));
      ok = false;
      continue;
    }
    ++report->documents;
    const Document doc = make_document(doc_path, std::move(bytes), nullptr);
    const std::string date = find_date(doc);
    for (const auto& [n, text] : entries) {
      const std::vector<std::string> f = split_tabs(text);
      if (f.size() != 4) {
        diags->push_back(error_at(gold_file, n, "expected 4 tab-separated fields: source, relation, target, evidence"));
        ok = false;
        continue;
      }
      if (!rules.relation(f[1])) {
        diags->push_back(error_at(gold_file, n, "unknown relation '" + f[1] + "'"));
        ok = false;
        continue;
      }
      std::size_t sentence = doc.sentences.size();
      for (std::size_t s = 0; s < doc.sentences.size() && sentence == doc.sentences.size(); ++s)
        if (doc.sentence_text(doc.sentences[s]).find(f[3]) != std::string::npos) sentence = s;
      if (sentence == doc.sentences.size()) {
        diags->push_back(error_at(gold_file, n, "evidence '" + f[3] + "' is in no sentence of " + doc_path));
        ok = false;
        continue;
      }
      // Ends are compared by the actor they name, so a gold file may use any alias; a name
      // the rules do not know is compared as written, with a warning (a typo, or an actor
      // still to add to rules/actors).
      std::string ends[2] = {f[0], f[2]};
      for (std::string& end : ends) {
        if (const std::string known = known_name(extractor.gazetteer(), end, date); !known.empty()) {
          end = known;
        } else if (unknown_names.insert(end).second) {
          Diagnostic d = error_at(gold_file, n, "no actor of the rules is named '" + end + "'; compared as written");
          d.severity = Severity::Warning;
          d.hint = "`relmap rules names` lists the names the rules know";
          diags->push_back(d);
        }
      }
      EvalEdge e{doc_path, sentence, ends[0], f[1], ends[1], doc.sentence_text(doc.sentences[sentence]),
                 gold_file + ":" + std::to_string(n)};
      gold.emplace(key_of(e, rules), e);
    }
    for (const EdgeMention& m : extractor.extract(doc, ActorOptions{})) {
      EvalEdge e{doc_path, m.sentence, end_name(m.source), m.relation, end_name(m.target), m.text, m.rule};
      if (fold_case(e.source) == fold_case(e.target)) continue;  // a self-loop once rolled up
      predicted.emplace(key_of(e, rules), e);
    }
  }
  for (const auto& [k, e] : gold) {
    Counts& c = report->by_relation[e.relation];
    ++c.gold;
    ++report->overall.gold;
    if (predicted.count(k)) {
      ++c.correct;
      ++report->overall.correct;
    } else {
      report->missed.push_back(e);
    }
  }
  for (const auto& [k, e] : predicted) {
    ++report->by_relation[e.relation].predicted;
    ++report->overall.predicted;
    if (!gold.count(k)) report->wrong.push_back(e);
  }
  return ok;
}

}  // namespace relmap
