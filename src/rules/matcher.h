// The matcher: compiled rules run over one sentence and its actor mentions.
// Promises: rules are indexed by their anchor words, so a rule whose words do
// not occur in a sentence costs nothing there; overlapping matches are resolved
// (higher priority, then more matched words, wins); negations and `unless`
// patterns are checked inside the matched span without consuming tokens.
#pragma once
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "relmap/actor.h"
#include "relmap/diagnostic.h"
#include "relmap/document.h"
#include "relmap/ruleset.h"
#include "rules/pattern.h"

namespace relmap {

// One rule that matched a sentence.
struct RuleMatch {
  std::size_t rule = 0;          // index into RuleSet::rules
  std::size_t pattern = 0;       // which of the rule's patterns
  std::string relation;          // after negation handling
  std::size_t first = 0, last = 0;  // token span [first, last)
  std::vector<std::size_t> source, target, parties;  // mention indices
  std::vector<std::size_t> others;   // actors an {other} slot passed over: no end of the edge
  std::vector<std::size_t> words;    // tokens matched by words (not gaps or slots)
  std::string blocked_by;        // non-empty: a negation or unless pattern stopped it
};

// How far a rule got on a sentence, for `explain`.
struct RuleTrace {
  std::size_t rule = 0;
  std::size_t pattern = 0;
  std::size_t elements_matched = 0;  // longest prefix of the pattern matched
  std::size_t stopped_at = 0;        // token where the next element failed
  bool matched = false;
};

class Matcher {
 public:
  // Compiles every rule of `rules`; reports pattern errors with their position in
  // the rule file. Returns false on any error.
  bool build(const RuleSet& rules, std::vector<Diagnostic>* diags);

  // All surviving matches in `sentence`, in token order. `traces`, when given,
  // receives how far each anchored rule got.
  std::vector<RuleMatch> match(const Sentence& sentence, const std::vector<ActorMention>& mentions,
                               const std::map<std::string, Actor>& actors,
                               std::vector<RuleTrace>* traces = nullptr) const;

  const RuleSet& rules() const { return *rules_; }
  const CompiledPattern& pattern(std::size_t rule, std::size_t i) const { return compiled_[rule][i]; }

  // What the matcher's own logic needs to know of a word, by vocabulary id.
  struct WordFacts {
    std::uint8_t function_word = 0;  // a list, subject or clause word ("and", "which", "that")
    bool clause_break = false;       // ; : — brackets, quotes, "but", "which"...
    bool speech = false;             // a speech verb of the rules
    bool auxiliary = false;          // "is", "has", "will" after "and"
    bool object_start = false;       // "to", "the" after "and" + a past tense
    bool frequent = false;           // one of the most frequent words (is_frequent_word)
    bool preposition = false;        // "to", "in", "with"...: what follows is no subject
    bool quantity = false;           // "a", "two", "dozens", "senior"... before an object
    bool asks_or_accuses = false;    // "accused", "urged": what follows is the object
    bool condition = false;          // "if", "unless", "whether": what follows states no fact
  };

 private:
  struct Negation {
    CompiledPattern pattern;
    std::string text;
  };
  const RuleSet* rules_ = nullptr;
  std::vector<std::vector<CompiledPattern>> compiled_;  // per rule, per pattern
  std::vector<std::vector<Negation>> unless_;           // per rule
  std::vector<Negation> negations_;
  Vocabulary vocab_;
  std::vector<std::vector<std::pair<std::size_t, std::size_t>>> by_anchor_;  // by vocabulary id
  std::vector<std::pair<std::size_t, std::size_t>> unanchored_;
  std::vector<WordFacts> word_facts_;  // by vocabulary id; 0 is any other word
};

}  // namespace relmap
