// Helpers shared by the tests: load rules from text, run sentences through the
// whole pipeline, describe edges as "Source relation Target".
#pragma once
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/extractor.h"
#include "rules/embedded.h"
#include "rules/loader.h"
#include "text/text.h"

namespace relmap::testing {

// A minimal vocabulary so rule tests do not depend on the default rules.
inline const char* kBase = R"(
version: 1
relations:
  - { id: met, directed: false }
  - { id: urged }
  - { id: supported }
  - { id: opposed }
  - { id: agreed, directed: false }
actors:
  - { id: CHN, name: China, demonyms: [Chinese], capitals: [Beijing] }
  - { id: PAK, name: Pakistan, demonyms: [Pakistani], capitals: [Islamabad] }
  - { id: AFG, name: Afghanistan, demonyms: [Afghan] }
  - { id: IND, name: India, demonyms: [Indian] }
  - { id: qin-gang, name: Qin Gang, type: person, belongs_to: CHN, aliases: [Qin] }
  - { id: TTP, name: Tehreek-e-Taliban Pakistan, type: group, exact_aliases: [TTP] }
organs:
  - { id: military, name: armed forces, words: [military, army] }
titles: [President, Foreign Minister, Prime Minister, General]
state_nouns: [side, government, nationals, counterparts, people, leaders]
speech_verbs: [said, told, added]
word_forms: { meet: [met] }
negations: ["not !only", never]
)";

// Loads kBase plus `rules` (YAML text) into `ex`; fails the test on errors.
inline void build(Extractor* ex, const std::string& rules, bool with_base = true) {
  RuleSet set;
  std::vector<Diagnostic> diags;
  if (with_base) {
    ASSERT_TRUE(load_rule_text("base.yaml", kBase, &set, &diags)) << format_diagnostic(diags.at(0));
  }
  ASSERT_TRUE(load_rule_text("test.yaml", rules, &set, &diags)) << format_diagnostic(diags.at(0));
  ASSERT_TRUE(ex->build(std::move(set), &diags)) << format_diagnostic(diags.at(0));
}

// Loads the built-in default rules.
inline void build_defaults(Extractor* ex) {
  RuleSet set;
  std::vector<Diagnostic> diags;
  ASSERT_TRUE(load_rule_files({kDefaultRules}, default_reader(), &set, &diags));
  ASSERT_TRUE(ex->build(std::move(set), &diags));
}

inline std::string describe(const EdgeMention& e, bool states = false) {
  const std::string s = states && !e.source.country.empty() ? e.source.country : e.source.name;
  const std::string t = states && !e.target.country.empty() ? e.target.country : e.target.name;
  return s + " " + e.relation + " " + t;
}

// The edges of `text`, described; `states` rolls both ends up to their state.
inline std::vector<std::string> edges(const Extractor& ex, const std::string& text, bool states = false,
                                      const std::string& speaker = "") {
  std::vector<std::string> out;
  for (const EdgeMention& e : ex.extract(make_document("t", text, nullptr), ActorOptions{speaker}))
    out.push_back(describe(e, states));
  return out;
}

using Edges = std::vector<std::string>;

}  // namespace relmap::testing
