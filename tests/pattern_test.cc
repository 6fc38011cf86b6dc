// The pattern language, construct by construct.
#include "rules/pattern.h"

#include "test_util.h"

namespace relmap {
namespace {

using testing::Edges;

TEST(WordFamily, RegularAndIrregularForms) {
  const auto urge = word_family("urge", nullptr);
  for (const char* w : {"urge", "urges", "urged", "urging"})
    EXPECT_NE(std::find(urge.begin(), urge.end(), w), urge.end()) << w;
  const auto commit = word_family("commit", nullptr);
  EXPECT_NE(std::find(commit.begin(), commit.end(), "committed"), commit.end());
  const auto rely = word_family("rely", nullptr);
  EXPECT_NE(std::find(rely.begin(), rely.end(), "relied"), rely.end());
  std::map<std::string, std::vector<std::string>> irregular = {{"meet", {"met"}}};
  const auto meet = word_family("meet", &irregular);
  EXPECT_NE(std::find(meet.begin(), meet.end(), "met"), meet.end());
}

TEST(Pattern, CompileErrorsSayWhere) {
  std::map<std::string, std::vector<std::string>> lists;
  PatternContext ctx{&lists, nullptr, true};
  CompiledPattern p;
  std::string error, hint;
  int offset = -1;
  EXPECT_FALSE(compile_pattern("{source} [urge {target}", ctx, &p, &error, &hint, &offset));
  EXPECT_EQ(offset, 15);  // the '{' inside the unclosed list
  EXPECT_FALSE(compile_pattern("{source} urged {targte}", ctx, &p, &error, &hint, &offset));
  EXPECT_NE(error.find("unknown slot"), std::string::npos);
  EXPECT_EQ(offset, 16);
  EXPECT_FALSE(compile_pattern("{source} @nope {target}", ctx, &p, &error, &hint, &offset));
  EXPECT_NE(error.find("@nope"), std::string::npos);
  EXPECT_FALSE(compile_pattern("{source} (a|b)? {target}", ctx, &p, &error, &hint, &offset));
  EXPECT_NE(error.find("no required word"), std::string::npos);
  EXPECT_FALSE(compile_pattern("[urge] {target}", ctx, &p, &error, &hint, &offset));
  EXPECT_NE(error.find("{source} and {target}"), std::string::npos);
  EXPECT_FALSE(compile_pattern("{source} [a||b] {target}", ctx, &p, &error, &hint, &offset));
  EXPECT_NE(error.find("empty alternative"), std::string::npos);
  EXPECT_FALSE(compile_pattern("{source} [impose] duty (of ...4)? on {target}", ctx, &p, &error, &hint, &offset));
  EXPECT_NE(error.find("words only"), std::string::npos);
  EXPECT_FALSE(compile_pattern("{source} ...99 x {target}", ctx, &p, &error, &hint, &offset));
  EXPECT_TRUE(compile_pattern("{source} [urge|call on] {target} to", ctx, &p, &error, &hint, &offset));
  // Indexed by its least common required words: the verb, not "to".
  EXPECT_EQ(p.anchor, (std::vector<std::string>{"call", "called", "calling", "calls", "urge", "urged", "urges", "urging"}));
  // Where every required word is common, the one with the fewest forms.
  EXPECT_TRUE(compile_pattern("{source} (with|by) {target} to", ctx, &p, &error, &hint, &offset));
  EXPECT_EQ(p.anchor, std::vector<std::string>{"to"});
}

TEST(Matcher, WordFamiliesAlternativesAndOptionalWords) {
  Extractor ex;
  testing::build(&ex, R"yaml(
rules:
  - id: u
    relation: urged
    pattern: "{source} (has|have)? [urge|call on] {target} to"
)yaml");
  EXPECT_EQ(testing::edges(ex, "China urges Pakistan to act."), Edges{"China urged Pakistan"});
  EXPECT_EQ(testing::edges(ex, "China has called on Pakistan to act."), Edges{"China urged Pakistan"});
  EXPECT_EQ(testing::edges(ex, "China urging Pakistan to act."), Edges{"China urged Pakistan"});
  EXPECT_EQ(testing::edges(ex, "China urged Pakistan."), Edges{});
}

TEST(Matcher, GapsAreBoundedAndStopAtClausesAndActors) {
  Extractor ex;
  testing::build(&ex, R"yaml(
rules:
  - { id: s, relation: supported, pattern: "{source} ...3 [support] {target}" }
  - { id: far, relation: opposed, pattern: "{source} ...*8 [oppose] {target}" }
)yaml");
  EXPECT_EQ(testing::edges(ex, "China has always firmly supported Pakistan."), Edges{"China supported Pakistan"});
  EXPECT_EQ(testing::edges(ex, "China has always very firmly supported Pakistan."), Edges{});  // 4 > 3
  EXPECT_EQ(testing::edges(ex, "China said; it supported Pakistan."), Edges{});                // clause break
  EXPECT_EQ(testing::edges(ex, "China said India supported Pakistan."), Edges{"India supported Pakistan"});
  EXPECT_EQ(testing::edges(ex, "China said; it opposed Pakistan."), Edges{"China opposed Pakistan"});
}

TEST(Matcher, QuoteMarksAroundAFewWordsDoNotBreakTheClause) {
  Extractor ex;
  testing::build(&ex, R"yaml(
rules:
  - { id: m, relation: met, pattern: "{source} ...4 (had) ...3 (conversation|talks) with {target}" }
)yaml");
  EXPECT_EQ(testing::edges(ex, "China had a \"good conversation\" with Pakistan."), Edges{"China met Pakistan"});
  EXPECT_EQ(testing::edges(ex, "China had \u201cfrank talks\u201d with Pakistan."), Edges{"China met Pakistan"});
  // A quotation opened after a comma or a speech verb still ends the clause.
  EXPECT_EQ(testing::edges(ex, "China had, \"good talks\" with Pakistan."), Edges{});
  EXPECT_EQ(testing::edges(ex, "China had \"a long and very good conversation\" with Pakistan."), Edges{});
}

TEST(Matcher, SlotTypesAndCoordination) {
  Extractor ex;
  testing::build(&ex, R"yaml(
rules:
  - { id: m, relation: met, pattern: "{source:person} [meet] {target}" }
  - { id: s, relation: supported, pattern: "{source} [support] {target}" }
)yaml");
  EXPECT_EQ(testing::edges(ex, "China met Pakistan."), Edges{});  // source must be a person
  EXPECT_EQ(testing::edges(ex, "Qin met Pakistan."), Edges{"Qin Gang met Pakistan"});
  EXPECT_EQ(testing::edges(ex, "China and Pakistan support Afghanistan."),
            (Edges{"China supported Afghanistan", "Pakistan supported Afghanistan"}));
  EXPECT_EQ(testing::edges(ex, "China supports Pakistan, Afghanistan and India."),
            (Edges{"China supported Pakistan", "China supported Afghanistan", "China supported India"}));
}

// {other} takes an actor the pattern passes over, which "..." never would, and
// makes it no end of the edge.
TEST(Matcher, AnOtherSlotPassesOverAnActor) {
  Extractor ex;
  testing::build(&ex, R"yaml(
rules:
  - { id: v, relation: met, pattern: "{source} (held|holds) talks with {other} in {target:state}" }
)yaml");
  EXPECT_EQ(testing::edges(ex, "China held talks with Pakistan in Afghanistan."), Edges{"China met Afghanistan"});
  EXPECT_EQ(testing::edges(ex, "China held talks with experts in Afghanistan."), Edges{});  // no actor to pass over
  std::map<std::string, std::vector<std::string>> lists;
  PatternContext ctx{&lists, nullptr, true};
  CompiledPattern p;
  std::string error, hint;
  int offset = -1;
  EXPECT_FALSE(compile_pattern("{other} [meet] {other}", ctx, &p, &error, &hint, &offset));  // still needs both ends
  EXPECT_NE(error.find("{source} and {target}"), std::string::npos);
}

// A rule whose source is the voice: the op-ed's author or the transcript's speaker,
// never reported news, a quotation or a headline.
TEST(Matcher, AVoiceRuleTakesTheAuthorOrTheLabelledSpeaker) {
  Extractor ex;
  testing::build(&ex, R"yaml(
rules:
  - { id: v, relation: urged, source: voice, pattern: "{target} should" }
)yaml");
  EXPECT_EQ(testing::edges(ex, "Headline\n\nQin: Pakistan should act."), Edges{"China urged Pakistan"});
  EXPECT_EQ(testing::edges(ex, "Headline\n\nPakistan should act, experts said."), Edges{});
  EXPECT_EQ(testing::edges(ex, "China and India: Pakistan should act\n\nQin: We agree."), Edges{});
  std::map<std::string, std::vector<std::string>> lists;
  PatternContext ctx{&lists, nullptr, true, true};
  CompiledPattern p;
  std::string error, hint;
  int offset = -1;
  EXPECT_FALSE(compile_pattern("{source} [urge] {target}", ctx, &p, &error, &hint, &offset));
  EXPECT_NE(error.find("source: voice"), std::string::npos);
}

// "what it described as" is the writer's hedge: a gap reads through it.
TEST(Matcher, AGapReadsThroughAHedge) {
  Extractor ex;
  testing::build(&ex, R"yaml(
rules:
  - { id: a, relation: opposed, pattern: "{source} (struck|hit) ...4 in {target}" }
)yaml");
  EXPECT_EQ(testing::edges(ex, "China struck what it described as camps in Pakistan."), Edges{"China opposed Pakistan"});
  EXPECT_EQ(testing::edges(ex, "China struck camps as rebels fled in Pakistan."), Edges{});  // "as" opens a clause
}

TEST(Matcher, PassiveAndReciprocal) {
  Extractor ex;
  testing::build(&ex, R"yaml(
rules:
  - { id: p, relation: urged, pattern: "{target} (was|were) [urge] by {source}" }
  - { id: r, relation: supported, pattern: "{parties} [support] each other" }
  - { id: a, relation: agreed, pattern: "{parties} [agree]" }
)yaml");
  EXPECT_EQ(testing::edges(ex, "Pakistan was urged by China to act."), Edges{"China urged Pakistan"});
  EXPECT_EQ(testing::edges(ex, "China and Pakistan support each other."),
            (Edges{"China supported Pakistan", "Pakistan supported China"}));
  EXPECT_EQ(testing::edges(ex, "China and Pakistan agreed to talk."), Edges{"China agreed Pakistan"});
  EXPECT_EQ(testing::edges(ex, "China agreed to talk."), Edges{});  // one party is not an agreement
}

TEST(Matcher, NegationsAndUnlessBlockWithoutConsuming) {
  Extractor ex;
  testing::build(&ex, R"yaml(
rules:
  - id: s
    relation: supported
    pattern: "{source} ...3 [support] {target}"
    when_negated: opposed
  - id: u
    relation: urged
    pattern: "{source} ...3 [urge] {target} (not)? to"
    unless: ["(privately|secretly)"]
)yaml");
  EXPECT_EQ(testing::edges(ex, "China does not support Pakistan."), Edges{"China opposed Pakistan"});
  EXPECT_EQ(testing::edges(ex, "China not only supports Pakistan."), Edges{"China supported Pakistan"});
  EXPECT_EQ(testing::edges(ex, "China privately urged Pakistan to act."), Edges{});
  EXPECT_EQ(testing::edges(ex, "China urged Pakistan not to act."), Edges{"China urged Pakistan"});
  EXPECT_EQ(testing::edges(ex, "China never urged Pakistan to act."), Edges{});
}

// An exception may stand several words before the match in its clause, and its
// "...*" passes the actors between; a "..." does not, nor does the look back pass a comma.
TEST(Matcher, UnlessLooksBackInTheClause) {
  Extractor ex;
  testing::build(&ex, R"yaml(
rules:
  - id: s
    relation: supported
    pattern: "{source} 's support for {target}"
    unless: ["[thank] ...*8 for", "hailed ... for"]
)yaml");
  EXPECT_EQ(testing::edges(ex, "Qin thanked the Foreign Minister of India for Pakistan's support for Afghanistan."),
            Edges{});
  EXPECT_EQ(testing::edges(ex, "Qin hailed India for Pakistan's support for Afghanistan."),
            Edges{"Pakistan supported Afghanistan"});
  EXPECT_EQ(testing::edges(ex, "Qin thanked India, and Pakistan's support for Afghanistan grew."),
            Edges{"Pakistan supported Afghanistan"});
}

// A later member of a list of objects acts in no fact of its own.
TEST(Matcher, AListAfterUrgedIsAskedAllThrough) {
  Extractor ex;
  testing::build(&ex, R"yaml(
rules:
  - { id: u, relation: urged, pattern: "{source} ...4 [urge|press] {target} (,)? ...8 (to|not to)" }
)yaml");
  EXPECT_EQ(testing::edges(ex, "China urged Pakistan and India, which chair the border monitoring committee, to press "
                               "Afghanistan to act."),
            (Edges{"China urged Pakistan", "China urged India"}));
}

// A gap stops at ", and" that opens a clause with its own subject.
TEST(Matcher, AGapStopsAtAClauseWithItsOwnSubject) {
  Extractor ex;
  testing::build(&ex, R"yaml(
rules:
  - { id: p, relation: supported, pattern: "{source} ...3 vowed to ...10 {target}" }
)yaml");
  EXPECT_EQ(testing::edges(ex, "China vowed to respond, and Pakistan fighters attacked the posts."), Edges{});
  EXPECT_EQ(testing::edges(ex, "China vowed to respond and to help Pakistan."), Edges{"China supported Pakistan"});
  EXPECT_EQ(testing::edges(ex, "China vowed to respond, and"), Edges{});
}

// A pattern that opens with its object takes the sentence's opening subject after "and" only.
TEST(Matcher, AnObjectCarriesOverAfterAndFromTheOpeningSubject) {
  Extractor ex;
  testing::build(&ex, R"yaml(
rules:
  - { id: t, relation: supported, pattern: "{target} ...2 turned to {source} for help" }
  - { id: d, relation: opposed, pattern: "{target} ...2 drawing condemnation from {source}" }
)yaml");
  EXPECT_EQ(testing::edges(ex, "BEIJING (Reuters) - China opened the dam on Tuesday, drawing condemnation from India."),
            Edges{"India opposed China"});
  EXPECT_EQ(testing::edges(ex, "China left the talks and turned to Pakistan for help."), Edges{"Pakistan supported China"});
  EXPECT_EQ(testing::edges(ex, "The envoys met India and turned to Pakistan for help."), Edges{});
  EXPECT_EQ(testing::edges(ex, "China met India, which turned to Pakistan for help."), Edges{});
}

TEST(Matcher, GuardsCheckWithoutConsuming) {
  Extractor ex;
  testing::build(&ex, R"yaml(
rules:
  - { id: u, relation: urged, pattern: "{source} [urge] !(not) {target}" }
)yaml");
  EXPECT_EQ(testing::edges(ex, "China urged Pakistan."), Edges{"China urged Pakistan"});
}

TEST(Matcher, PriorityThenLengthDecideOverlaps) {
  Extractor ex;
  testing::build(&ex, R"yaml(
rules:
  - { id: general, relation: supported, pattern: "{source} ...4 [back] {target}" }
  - { id: specific, relation: opposed, pattern: "{source} [back] away from {target}", priority: 0 }
  - { id: loud, relation: urged, pattern: "{source} [press] {target}", priority: 5 }
  - { id: quiet, relation: supported, pattern: "{source} [press] {target} to support", priority: 0 }
)yaml");
  // Longer match wins at equal priority.
  EXPECT_EQ(testing::edges(ex, "China backed away from Pakistan."), Edges{"China opposed Pakistan"});
  // Higher priority wins over length.
  EXPECT_EQ(testing::edges(ex, "China pressed Pakistan to support it."), Edges{"China urged Pakistan"});
}

TEST(Matcher, SubjectCarriesOverAfterAnd) {
  Extractor ex;
  testing::build(&ex, R"yaml(
rules:
  - { id: m, relation: met, pattern: "{source} [meet] {target}" }
  - { id: u, relation: urged, pattern: "{source} ...3 [urge] {target} to" }
)yaml");
  EXPECT_EQ(testing::edges(ex, "Qin met his Pakistani and Afghan counterparts and urged them to help."),
            (Edges{"Qin Gang met Pakistan", "Qin Gang met Afghanistan", "Qin Gang urged Pakistan",
                   "Qin Gang urged Afghanistan"}));
}

// ", accusing X", ", while backing X", ", by backing X": the -ing clause is the subject's.
TEST(Matcher, SubjectCarriesOverToAnIngClause) {
  Extractor ex;
  testing::build(&ex, R"yaml(
rules:
  - { id: b, relation: supported, pattern: "{source} backing {target}" }
)yaml");
  EXPECT_EQ(testing::edges(ex, "China kept its distance from Afghanistan, while backing Pakistan."),
            Edges{"China supported Pakistan"});
  EXPECT_EQ(testing::edges(ex, "China answered Afghanistan, by backing Pakistan."), Edges{"China supported Pakistan"});
  EXPECT_EQ(testing::edges(ex, "China answered Afghanistan, backing Pakistan."), Edges{"China supported Pakistan"});
  EXPECT_EQ(testing::edges(ex, "China answered Afghanistan, before backing Pakistan."), Edges{"China supported Pakistan"});
  // After "X said," the one who said it: "... Congo's government said, accusing Rwanda".
  EXPECT_EQ(testing::edges(ex, "China met Afghanistan on Monday, India said, backing Pakistan."),
            Edges{"India supported Pakistan"});
  // A comma that ends the text opens nothing (and reads no token past the end).
  EXPECT_EQ(testing::edges(ex, "China backing Pakistan,"), Edges{"China supported Pakistan"});
  EXPECT_EQ(testing::edges(ex, "China backing Pakistan, while"), Edges{"China supported Pakistan"});
}

TEST(Matcher, AsidesQuantitiesPrepositionsAndHeadlineVerbs) {
  Extractor ex;
  testing::build(&ex, R"yaml(
rules:
  - { id: m, relation: met, pattern: "{source} ...4 [meet|talk] (with)? {target}" }
  - { id: a, relation: opposed, pattern: "{source} ...4 [kill|sanction] {target}" }
  - { id: p, relation: supported, pattern: "{source} ...3 [commit] ...6 to {target}" }
)yaml");
  // The verb after an aside between commas still has the subject before it.
  EXPECT_EQ(testing::edges(ex, "China, which hosted the talks, met Pakistan."), Edges{"China met Pakistan"});
  EXPECT_EQ(testing::edges(ex, "China, Afghanistan, met Pakistan."), Edges{"Afghanistan met Pakistan"});
  // A list is no aside: "China, India and Iran".
  EXPECT_EQ(testing::edges(ex, "China, India and Afghanistan met Pakistan."),
            (Edges{"China met Pakistan", "India met Pakistan", "Afghanistan met Pakistan"}));
  // Numbers and articles before an object's actor.
  EXPECT_EQ(testing::edges(ex, "Pakistan killed 20 Afghan nationals."), Edges{"Pakistan opposed Afghanistan"});
  EXPECT_EQ(testing::edges(ex, "China sanctioned three Pakistani nationals."), Edges{"China opposed Pakistan"});
  // After a preposition an actor is an object, not a subject: Kabul holds no talks.
  EXPECT_EQ(testing::edges(ex, "Dar travelled to Kabul for talks with China."), Edges{});
  // A headline joins verbs with commas: the second keeps the first subject.
  EXPECT_EQ(testing::edges(ex, "Pakistan meets China, commits troops to Afghanistan"),
            (Edges{"Pakistan met China", "Pakistan supported Afghanistan"}));
}

TEST(Matcher, AnObjectsWordsMayFollowARelativeClauseAboutIt) {
  Extractor ex;
  testing::build(&ex, R"yaml(
rules:
  - { id: u, relation: urged, pattern: "{source} ...4 [urge] {target} to" }
)yaml");
  EXPECT_EQ(testing::edges(ex, "China urged Pakistan, which guarantees the truce, to act."),
            (Edges{"China urged Pakistan"}));
  // Only a relative clause: any other words between commas end the match.
  EXPECT_EQ(testing::edges(ex, "China urged Pakistan, in a letter, to act."), Edges{});
}

TEST(Matcher, RulesWithoutAnchorWordsInASentenceAreNotTried) {
  Extractor ex;
  testing::build(&ex, R"yaml(
rules:
  - { id: u, relation: urged, pattern: "{source} [urge] {target}" }
)yaml");
  const Document d = make_document("t", "China met Pakistan.", nullptr);
  const DocumentAnalysis a = ex.analyse(d, ActorOptions{}, true);
  EXPECT_TRUE(a.traces[0].empty());
}

}  // namespace
}  // namespace relmap

namespace relmap {
namespace {

// Found by fuzz_pattern: a long run of '!' recursed until the stack overflowed.
TEST(Regression, ManyGuardMarksAreAnErrorNotARecursion) {
  PatternContext ctx{nullptr, nullptr, true};
  CompiledPattern p;
  std::string error, hint;
  int offset = -1;
  EXPECT_FALSE(compile_pattern("{source} " + std::string(100000, '!') + "x {target}", ctx, &p, &error, &hint, &offset));
  EXPECT_NE(error.find("'!' cannot follow '!'"), std::string::npos);
  EXPECT_EQ(offset, 10);
}

}  // namespace
}  // namespace relmap

namespace relmap {
namespace {

// Found by fuzz_extract: a sentence ending in a comma made the subject
// carry-over read one token past the end (caught by the sanitizer build).
TEST(Regression, ASentenceEndingInACommaIsReadWithinBounds) {
  Extractor ex;
  testing::build(&ex, R"yaml(
rules:
  - { id: u, relation: urged, pattern: "{source} ...3 [urge] {target} to" }
)yaml");
  EXPECT_EQ(testing::edges(ex, "China urged Pakistan to act and Qin said,"), testing::Edges{"China urged Pakistan"});
  EXPECT_EQ(testing::edges(ex, "China ,"), testing::Edges{});
}

}  // namespace
}  // namespace relmap
