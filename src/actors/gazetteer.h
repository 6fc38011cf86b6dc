// The gazetteer: every name, alias, demonym, capital, title and organ word of
// the rule files, indexed by first token for longest-match lookup over tokens.
#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "relmap/actor.h"
#include "relmap/document.h"
#include "relmap/ruleset.h"

namespace relmap {

// The words of every phrase of a gazetteer, numbered from 1 (0: any other
// word), so that a sentence's words are looked up once, not once per index.
class WordIds {
 public:
  std::uint32_t add(const std::string& lower);
  std::uint32_t id(const std::string& lower) const {
    auto it = ids_.find(lower);
    return it == ids_.end() ? 0 : it->second;
  }
  // The id of each token of `tokens`.
  std::vector<std::uint32_t> of(const std::vector<Token>& tokens) const;

 private:
  std::unordered_map<std::string, std::uint32_t> ids_;
};

// One phrase that names something.
struct GazetteerEntry {
  std::vector<std::string> words;  // lower-case tokens
  std::vector<std::uint32_t> ids;  // the same words as WordIds
  std::vector<std::string> exact;  // original tokens when case matters, else empty
  bool needs_capital = false;      // a capitalised name: "Turkey" is not "turkey"
  std::string id;                  // actor id, organ id, or the title itself
  Resolution how = Resolution::Name;
  bool shared = false;             // another actor's name, standing for this one only when preferred
};

// How much a document is about an actor so far: picks between actors that share a name.
using Preference = std::function<int(const std::string& id)>;

class PhraseIndex {
 public:
  explicit PhraseIndex(WordIds* words) : words_(words) {}
  // exact_case: every token must match with its case. Otherwise a phrase written
  // with a capital must start with one in the text too.
  void add(const std::string& phrase, const std::string& id, Resolution how, bool exact_case,
           bool capital_matters = true);
  // The longest entry matching at tokens[i], or nullptr; `ids` are the tokens'
  // WordIds::of. Of entries that share the words, a shared one wins only when
  // `prefer` ranks its actor above the usual owner's.
  const GazetteerEntry* longest(const std::vector<Token>& tokens, const std::vector<std::uint32_t>& ids,
                                std::size_t i, const Preference* prefer = nullptr) const;
  // Adds, for `id`, a shared copy of every entry written `phrase`; false if there is none.
  bool share(const std::string& phrase, const std::string& id);

 private:
  WordIds* words_;
  std::vector<std::vector<GazetteerEntry>> by_first_;  // by the id of the first word
};

class Gazetteer {
 public:
  explicit Gazetteer(const RuleSet& rules);

  // The ids every PhraseIndex::longest call needs, once per sentence.
  std::vector<std::uint32_t> word_ids(const std::vector<Token>& tokens) const { return words_.of(tokens); }
  const PhraseIndex& names() const { return names_; }          // actors by name, alias, capital
  const PhraseIndex& demonyms() const { return demonyms_; }    // "Chinese" -> CHN
  const PhraseIndex& titles() const { return titles_; }        // "Foreign Minister"
  // The one state a title belongs to ("Secretary of State" -> USA), or "".
  std::string state_of_title(const std::string& title) const {
    auto it = title_states_.find(title);
    return it == title_states_.end() ? "" : it->second;
  }
  const PhraseIndex& organs() const { return organs_; }        // "military" -> military
  const PhraseIndex& state_nouns() const { return state_nouns_; }
  const PhraseIndex& state_objects() const { return state_objects_; }
  bool is_speech_verb(const std::string& lower) const;

  // The actor as of `date` (YYYY-MM-DD or empty): a person's state follows the
  // affiliation in force on that date.
  Actor actor(const std::string& id, const std::string& date) const;
  bool has_actor(const std::string& id) const { return defs_.count(id) > 0; }
  // What actor() gives, without building the Actor: a known actor's type (or
  // nullptr for an unknown id) and the state it rolls up to on `date`.
  const ActorType* type_of(const std::string& id) const;
  std::string country_of(const std::string& id, const std::string& date) const;
  const OrganDef* organ(const std::string& id) const;
  const RuleSet& rules() const { return rules_; }

 private:
  const RuleSet& rules_;
  std::map<std::string, const ActorDef*> defs_;
  WordIds words_;
  PhraseIndex names_{&words_}, demonyms_{&words_}, titles_{&words_}, organs_{&words_}, state_nouns_{&words_},
      state_objects_{&words_};
  std::vector<std::string> speech_verbs_;
  std::map<std::string, std::string> title_states_;  // title -> the only state that has it
};

// "Sahir Shamshad Mirza" -> "sahir-shamshad-mirza"
std::string slug(const std::string& name);

}  // namespace relmap
