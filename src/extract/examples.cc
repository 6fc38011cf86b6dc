#include "extract/examples.h"

#include <algorithm>

#include "text/text.h"

namespace relmap {
namespace {

struct Expected {
  std::string source, relation, target;
};

// Splits "Source Name relation Target Name" at the first word that is a relation id.
bool parse_expected(const std::string& s, const RuleSet& rules, Expected* out) {
  std::vector<std::string> words;
  std::string w;
  for (char c : s + " ") {
    if (c == ' ') { if (!w.empty()) words.push_back(w); w.clear(); }
    else w += c;
  }
  for (std::size_t i = 1; i + 1 < words.size(); ++i) {
    if (!rules.relation(words[i])) continue;
    out->relation = words[i];
    out->source.clear();
    out->target.clear();
    for (std::size_t k = 0; k < i; ++k) out->source += (k ? " " : "") + words[k];
    for (std::size_t k = i + 1; k < words.size(); ++k) out->target += (k > i + 1 ? " " : "") + words[k];
    return true;
  }
  return false;
}

bool same_end(const std::string& expected, const ActorRef& a) {
  const std::string e = fold_case(expected);
  return e == fold_case(a.name) || e == fold_case(a.country) || e == fold_case(a.id) ||
         e == fold_case(a.country_id);
}

std::string describe(const EdgeMention& e) { return e.source.name + " " + e.relation + " " + e.target.name; }

}  // namespace

ExampleReport run_examples(const Extractor& extractor, const std::function<bool(const RuleDef&)>& wanted) {
  ExampleReport report;
  const RuleSet& rules = extractor.rules();
  for (const RuleDef& rule : rules.rules) {
    if (!wanted(rule)) continue;
    for (const RuleExample& ex : rule.examples) {
      ++report.examples;
      const Document doc = make_document("example", ex.says, nullptr);
      const std::vector<EdgeMention> edges = extractor.extract(doc, ActorOptions{});
      ExampleFailure f{rule.id, ex.where, ex.says, {}, {}};
      std::vector<bool> explained(edges.size(), false);
      for (const std::string& g : ex.gives) {
        Expected want;
        if (!parse_expected(g, rules, &want)) {
          f.missing.push_back(g + " (no relation id in it)");
          continue;
        }
        bool found = false;
        for (std::size_t i = 0; i < edges.size(); ++i) {
          const EdgeMention& e = edges[i];
          if (e.relation != want.relation) continue;
          const RelationDef* r = rules.relation(e.relation);
          const bool forward = same_end(want.source, e.source) && same_end(want.target, e.target);
          const bool backward = r && !r->directed && same_end(want.source, e.target) && same_end(want.target, e.source);
          if (forward || backward) { explained[i] = true; found = true; }
        }
        if (!found) f.missing.push_back(g);
      }
      for (std::size_t i = 0; i < edges.size(); ++i)
        if (!explained[i] && edges[i].relation == rule.relation) {
          const std::string d = describe(edges[i]);
          if (std::find(f.unexpected.begin(), f.unexpected.end(), d) == f.unexpected.end()) f.unexpected.push_back(d);
        }
      if (!f.missing.empty() || !f.unexpected.empty()) report.failures.push_back(std::move(f));
    }
  }
  return report;
}

}  // namespace relmap
