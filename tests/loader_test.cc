// Rule files: what loads, and every error with its message and position.
#include "rules/loader.h"

#include "test_util.h"

namespace relmap {
namespace {

struct Loaded {
  bool ok = false;
  RuleSet rules;
  std::vector<Diagnostic> diags;
};

Loaded load(const std::string& text) {
  Loaded l;
  l.ok = load_rule_text("r.yaml", text, &l.rules, &l.diags);
  if (l.ok) {
    Matcher m;
    l.ok = m.build(l.rules, &l.diags);
  }
  return l;
}

Loaded load_files(const std::map<std::string, std::string>& files, const std::string& first) {
  Loaded l;
  FileReader read = [&](const std::string& path, std::string* out) {
    auto it = files.find(path);
    if (it == files.end()) return false;
    *out = it->second;
    return true;
  };
  l.ok = load_rule_files({first}, read, &l.rules, &l.diags);
  return l;
}

// Expects exactly one error at line:column whose message contains `text`.
void expect_error(const Loaded& l, int line, int column, const std::string& text) {
  ASSERT_FALSE(l.ok);
  ASSERT_FALSE(l.diags.empty());
  const Diagnostic& d = l.diags.front();
  EXPECT_EQ(d.line, line) << format_diagnostic(d);
  EXPECT_EQ(d.column, column) << format_diagnostic(d);
  EXPECT_NE(d.message.find(text), std::string::npos) << format_diagnostic(d);
}

const char* kRelation = "version: 1\nrelations:\n  - { id: met, directed: false }\n";

TEST(Loader, LoadsEveryKind) {
  const Loaded l = load(std::string(kRelation) + R"(actors:
  - id: CHN
    name: China
    demonyms: [Chinese]
    capitals: Beijing
  - { id: qin, name: Qin Gang, type: person, affiliations: [{ actor: CHN, from: "2022-12-30" }] }
organs:
  - { id: army, name: army, words: [army, military] }
titles: [Foreign Minister]
words: { aux: [has, have] }
rules:
  - id: m
    relation: met
    pattern: "{source} @aux? [meet] {target}"
    priority: 2
    examples:
      - { says: "China met China.", gives: [] }
)");
  ASSERT_TRUE(l.ok) << format_diagnostic(l.diags.at(0));
  EXPECT_EQ(l.rules.actors.size(), 2u);
  EXPECT_EQ(l.rules.actors[0].capitals, std::vector<std::string>{"Beijing"});
  EXPECT_EQ(l.rules.actors[1].affiliations.at(0).from, "2022-12-30");
  EXPECT_EQ(l.rules.rules.at(0).priority, 2);
  EXPECT_FALSE(l.rules.relations.at(0).directed);
}

TEST(Loader, UnknownKeySuggestsTheRightOne) {
  const Loaded l = load(std::string(kRelation) + "rules:\n  - id: x\n    relation: met\n    patern: \"{source} met {target}\"\n");
  expect_error(l, 7, 5, "unknown rule key 'patern'");
  EXPECT_NE(l.diags.front().hint.find("did you mean 'pattern'"), std::string::npos);
}

TEST(Loader, WrongTypes) {
  expect_error(load("version: 1\nrelations: met\n"), 2, 12, "'relations' must be a list");
  expect_error(load(std::string(kRelation) + "rules:\n  - id: x\n    relation: met\n    pattern: \"{source} met {target}\"\n    priority: high\n"),
               8, 15, "'priority' must be a whole number");
  expect_error(load("version: 1\nrelations:\n  - { id: met, directed: maybe }\n"), 3, 26, "'directed' must be true or false");
}

TEST(Loader, MissingIdAndUndefinedReferences) {
  expect_error(load(std::string(kRelation) + "rules:\n  - relation: met\n    pattern: \"{source} met {target}\"\n"),
               5, 5, "rule has no 'id'");
  const Loaded undefined = load(std::string(kRelation) + "rules:\n  - { id: x, relation: mett, pattern: \"{source} met {target}\" }\n");
  expect_error(undefined, 5, 5, "undefined relation 'mett'");
  EXPECT_NE(undefined.diags.front().hint.find("did you mean 'met'"), std::string::npos);
  expect_error(load("version: 1\nactors:\n  - { id: x, name: X, type: person, belongs_to: NOPE }\n"), 3, 5,
               "belongs to undefined actor 'NOPE'");
}

TEST(Loader, TheOnlySourceARuleNamesIsTheVoice) {
  expect_error(load(std::string(kRelation) + "rules:\n  - { id: x, relation: met, source: author, pattern: \"{target} met\" }\n"),
               5, 37, "unknown source 'author'");
  const Loaded voice = load(std::string(kRelation) + "rules:\n  - { id: x, relation: met, source: voice, pattern: \"{target} met\" }\n");
  EXPECT_TRUE(voice.diags.empty());
}

TEST(Loader, ASharedNameMustBeAnotherActorsName) {
  const Loaded ok = load("version: 1\nactors:\n  - { id: EU, name: European Union, capitals: [Brussels] }\n"
                         "  - { id: BEL, name: Belgium, shared_names: [brussels] }\n");
  EXPECT_TRUE(ok.diags.empty());
  expect_error(load("version: 1\nactors:\n  - { id: BEL, name: Belgium, shared_names: [Bruxelles] }\n"), 3, 5,
               "shares the name 'Bruxelles', which no actor has");
}

TEST(Loader, StateTitlesNameTheirStateAndAnUnknownOneIsAnError) {
  const Loaded l = load("version: 1\nactors:\n  - { id: USA, name: United States }\nstate_titles:\n  USA: [Secretary of State]\n");
  ASSERT_TRUE(l.ok) << format_diagnostic(l.diags.at(0));
  EXPECT_EQ(l.rules.state_titles.at("USA"), std::vector<std::string>{"Secretary of State"});
  expect_error(load("version: 1\nactors:\n  - { id: USA, name: United States }\nstate_titles:\n  USB: [Secretary of State]\n"),
               5, 3, "state_titles names undefined actor 'USB'");
}

TEST(Loader, DuplicatesAreErrorsNotOverwrites) {
  const Loaded l = load(std::string(kRelation) + "  - { id: met }\n");
  expect_error(l, 4, 5, "duplicate relation id 'met'");
  EXPECT_NE(l.diags.front().hint.find("first defined at r.yaml:3"), std::string::npos);
}

TEST(Loader, PatternErrorsPointIntoThePattern) {
  // Column of the unclosed '[': the pattern starts at column 14, the quote is skipped.
  expect_error(load(std::string(kRelation) + "rules:\n  - id: x\n    relation: met\n    pattern: \"{source} [meet {target}\"\n"),
               7, 30, "cannot stand inside a list of words");
}

TEST(Loader, YamlSyntaxAndTabs) {
  expect_error(load("version: 1\nrules: [\n"), 3, 1, "YAML syntax");
  expect_error(load("version: 1\nrelations:\n\t- { id: met }\n"), 3, 1, "tab character");
}

TEST(Loader, IncludesResolveRelativelyAndCyclesAreCaught) {
  const Loaded ok = load_files({{"a/main.yaml", "version: 1\ninclude: [sub/rel.yaml]\n"},
                                {"a/sub/rel.yaml", kRelation}},
                               "a/main.yaml");
  ASSERT_TRUE(ok.ok);
  EXPECT_EQ(ok.rules.relations.size(), 1u);
  const Loaded cycle = load_files({{"a.yaml", "version: 1\ninclude: [b.yaml]\n"},
                                   {"b.yaml", "version: 1\ninclude: [a.yaml]\n"}},
                                  "a.yaml");
  expect_error(cycle, 2, 11, "include cycle: a.yaml -> b.yaml -> a.yaml");
  EXPECT_EQ(cycle.diags.front().file, "b.yaml");
  const Loaded missing = load_files({{"a.yaml", "version: 1\ninclude: [nope.yaml]\n"}}, "a.yaml");
  expect_error(missing, 2, 11, "cannot read included file 'nope.yaml'");
}

TEST(Loader, DiagnosticShowsLineCaretAndHint) {
  const Loaded l = load(std::string(kRelation) + "rules:\n  - id: x\n    relation: met\n    patern: \"{source} met {target}\"\n");
  const std::string text = format_diagnostic(l.diags.front());
  EXPECT_NE(text.find("r.yaml:7:5: error: unknown rule key 'patern'\n        patern:"), std::string::npos) << text;
  EXPECT_NE(text.find("\n        ^\n"), std::string::npos) << text;
}

TEST(Loader, DefaultRulesLoadAndCarryAllStates) {
  RuleSet set;
  std::vector<Diagnostic> diags;
  ASSERT_TRUE(load_rule_files({kDefaultRules}, default_reader(), &set, &diags));
  std::size_t states = 0;
  for (const ActorDef& a : set.actors) states += a.type == ActorType::State;
  EXPECT_GE(states, 193u);  // every UN member state at least
  EXPECT_NE(set.relation("met"), nullptr);
  EXPECT_FALSE(set.relation("met")->directed);
}

}  // namespace
}  // namespace relmap

namespace relmap {
namespace {

TEST(Loader, DisableSwitchesRulesOffAndChecksTheirIds) {
  Loaded l = load(std::string(kRelation) +
                  "rules:\n  - { id: a, relation: met, pattern: \"{source} met {target}\" }\n"
                  "  - { id: b, relation: met, pattern: \"{source} saw {target}\" }\ndisable: [a]\n");
  ASSERT_TRUE(l.ok);
  ASSERT_EQ(l.rules.rules.size(), 1u);
  EXPECT_EQ(l.rules.rules[0].id, "b");
  expect_error(load(std::string(kRelation) +
                    "rules:\n  - { id: abc, relation: met, pattern: \"{source} met {target}\" }\ndisable: [abd]\n"),
               6, 11, "disable names unknown rule 'abd'");
}

}  // namespace
}  // namespace relmap

namespace relmap {
namespace {

TEST(Loader, RelationStylesRestyleDeclaredRelations) {
  Loaded l = load(std::string(kRelation) +
                  "relation_styles:\n  - { relation: met, color: \"#222222\", style: bold, label: held talks }\n"
                  "actor_styles:\n  - { type: state, shape: octagon, color: gold }\n");
  ASSERT_TRUE(l.ok) << format_diagnostic(l.diags.at(0));
  EXPECT_EQ(l.rules.relations.at(0).color, "#222222");
  EXPECT_EQ(l.rules.relations.at(0).style, "bold");
  EXPECT_EQ(l.rules.relations.at(0).label, "held talks");
  ASSERT_EQ(l.rules.actor_styles.size(), 1u);
  EXPECT_EQ(l.rules.actor_styles[0].shape, "octagon");
}

}  // namespace
}  // namespace relmap
