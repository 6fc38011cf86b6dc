// Token patterns: the compiled form of a rule's `pattern:` text.
//
//   word          that word (any case)            urged
//   [a|b c]       any of these, each word with its inflections: [urge|call on]
//   (a|b c)       any of these, exactly as written: (bilateral|strategic)
//   @name         any phrase of the word list `name` (see `words:`)
//   X? X*         optional / repeated (at most 4 times)
//   !X            the next token is not X (checks, consumes nothing)
//   {source} {target} {parties}   actor slots; {source:person|state} limits types
//   ...  ...N     skip up to 6 (N) tokens inside the clause, never over an actor
//   ...* ...*N    the same, but may cross clause boundaries (; : — quotes)
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "relmap/ruleset.h"

namespace relmap {

// One token position of a phrase: the lower-case forms it accepts.
struct TokenTest {
  std::vector<std::string> forms;  // sorted
  // The same forms as word ids of the matcher's vocabulary (sorted), so that a
  // test is a few integer compares; filled by Vocabulary::intern.
  std::vector<std::uint32_t> ids;
  bool accepts(const std::string& lower) const;
  bool accepts(std::uint32_t id) const;
};
using Phrase = std::vector<TokenTest>;

enum class ElementKind { Words, Slot, Gap, Guard };

// One element of a pattern.
struct PatternElement {
  ElementKind kind = ElementKind::Words;
  std::vector<Phrase> phrases;        // Words, Guard: alternatives, longest first
  std::vector<std::uint32_t> first_ids;  // Words, Guard: ids of the words any phrase starts with, sorted
  std::string role;                   // Slot: source | target | parties
  bool is_source = false, is_target = false, is_parties = false;  // Slot: `role` decoded once
  std::vector<ActorType> types;       // Slot: allowed actor types; empty = any
  int max_gap = 6;                    // Gap
  bool cross_clauses = false;         // Gap
  bool over_actors = false;           // Gap: in word-only patterns, where no slot needs it kept clear
  bool optional = false;
  bool repeat = false;
  int column = 0;                     // 0-based offset in the pattern text
};

// A compiled pattern; `anchor` is one required element whose first-token forms
// index the rule (empty when the pattern has no required words).
struct CompiledPattern {
  std::string text;
  std::vector<PatternElement> elements;
  std::vector<std::string> anchor;
};

// What a pattern may refer to.
struct PatternContext {
  const std::map<std::string, std::vector<std::string>>* word_lists = nullptr;
  const std::map<std::string, std::vector<std::string>>* word_forms = nullptr;
  bool slots_allowed = true;  // false for negations and `unless`
  bool voice_source = false;  // the rule's source is the voice: the pattern has {target} only
};

// Every word the patterns mention, numbered from 1; 0 is any other word.
class Vocabulary {
 public:
  static constexpr std::uint32_t kOther = 0;
  // Numbers the forms of every token test of `p` and fills their `ids`.
  void intern(CompiledPattern* p);
  std::uint32_t id(const std::string& lower) const {
    auto it = ids_.find(lower);
    return it == ids_.end() ? kOther : it->second;
  }
  std::uint32_t add(const std::string& lower);
  std::size_t size() const { return ids_.size() + 1; }
  const std::unordered_map<std::string, std::uint32_t>& words() const { return ids_; }

 private:
  std::unordered_map<std::string, std::uint32_t> ids_;
};

// True for the most frequent words of news prose ("to", "by", "the"...): a
// rule is not indexed by them, and two matches sharing only them do not clash.
bool is_frequent_word(const std::string& lower);

// Compiles `text`. On error returns false with a message, a hint and the 0-based
// offset of the offending character in `text`.
bool compile_pattern(const std::string& text, const PatternContext& ctx, CompiledPattern* out,
                     std::string* error, std::string* hint, int* offset);

// Every inflection of `word` (urge -> urge, urges, urged, urging), with the
// irregular forms given by `word_forms` (meet -> met).
std::vector<std::string> word_family(const std::string& word,
                                     const std::map<std::string, std::vector<std::string>>* word_forms);

}  // namespace relmap
