#include "actors/gazetteer.h"

#include <algorithm>

#include "text/text.h"

namespace relmap {

std::uint32_t WordIds::add(const std::string& lower) {
  return ids_.emplace(lower, static_cast<std::uint32_t>(ids_.size() + 1)).first->second;
}

std::vector<std::uint32_t> WordIds::of(const std::vector<Token>& tokens) const {
  std::vector<std::uint32_t> out(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) out[i] = id(tokens[i].lower);
  return out;
}

void PhraseIndex::add(const std::string& phrase, const std::string& id, Resolution how, bool exact_case,
                      bool capital_matters) {
  GazetteerEntry e;
  for (const Token& t : tokenize_phrase(phrase)) {
    e.words.push_back(t.lower);
    e.ids.push_back(words_->add(t.lower));
    if (exact_case) e.exact.push_back(t.text);
  }
  if (e.words.empty()) return;
  e.needs_capital = capital_matters && !phrase.empty() && phrase[0] >= 'A' && phrase[0] <= 'Z';
  e.id = id;
  e.how = how;
  if (by_first_.size() <= e.ids.front()) by_first_.resize(e.ids.front() + 1);
  auto& list = by_first_[e.ids.front()];
  for (const GazetteerEntry& old : list)
    if (old.words == e.words && old.exact == e.exact && old.id == id) return;
  list.push_back(std::move(e));
  std::stable_sort(list.begin(), list.end(), [](const GazetteerEntry& a, const GazetteerEntry& b) {
    return a.words.size() > b.words.size();
  });
}

const GazetteerEntry* PhraseIndex::longest(const std::vector<Token>& tokens, const std::vector<std::uint32_t>& ids,
                                           std::size_t i, const Preference* prefer) const {
  if (i >= tokens.size() || ids[i] >= by_first_.size()) return nullptr;
  const GazetteerEntry* best = nullptr;
  for (const GazetteerEntry& e : by_first_[ids[i]]) {
    if (best && e.words.size() < best->words.size()) break;  // longest first
    if (i + e.words.size() > tokens.size()) continue;
    bool ok = !e.needs_capital || tokens[i].capitalized;
    for (std::size_t k = 0; k < e.words.size() && ok; ++k) {
      ok = ids[i + k] == e.ids[k];
      // "Chișinău" is the gazetteer's "Chisinau", its case kept.
      if (ok && !e.exact.empty())
        ok = tokens[i + k].text == e.exact[k] ||
             (tokens[i + k].text.size() > tokens[i + k].lower.size() && strip_diacritics(tokens[i + k].text) == e.exact[k]);
    }
    if (!ok) continue;
    if (!best) {
      best = &e;
      if (!prefer) return best->shared ? nullptr : best;
    } else if (e.shared && (*prefer)(e.id) > (*prefer)(best->id)) {
      best = &e;
    }
  }
  return best;
}

bool PhraseIndex::share(const std::string& phrase, const std::string& id) {
  std::vector<std::string> words;
  for (const Token& t : tokenize_phrase(phrase)) words.push_back(t.lower);
  if (words.empty()) return false;
  const std::uint32_t first = words_->add(words.front());
  if (first >= by_first_.size()) return false;
  std::vector<GazetteerEntry>& list = by_first_[first];
  bool found = false;
  for (std::size_t k = 0, n = list.size(); k < n; ++k) {
    if (list[k].words != words || list[k].shared || list[k].id == id) continue;
    GazetteerEntry copy = list[k];
    copy.id = id;
    copy.shared = true;
    list.push_back(std::move(copy));
    found = true;
    break;
  }
  // Owners first among entries of one length: the usual reading stays the default.
  std::stable_sort(list.begin(), list.end(), [](const GazetteerEntry& a, const GazetteerEntry& b) {
    return a.words.size() > b.words.size() || (a.words.size() == b.words.size() && !a.shared && b.shared);
  });
  return found;
}

Gazetteer::Gazetteer(const RuleSet& rules) : rules_(rules) {
  for (const ActorDef& a : rules.actors) {
    defs_[a.id] = &a;
    names_.add(a.name, a.id, Resolution::Name, false);
    for (const std::string& s : a.aliases) names_.add(s, a.id, Resolution::Name, false);
    for (const std::string& s : a.exact_aliases) names_.add(s, a.id, Resolution::Name, true);
    for (const std::string& s : a.capitals) names_.add(s, a.id, Resolution::Capital, true);
    for (const std::string& s : a.places) names_.add(s, a.id, Resolution::Place, true);
    for (const std::string& s : a.demonyms) demonyms_.add(s, a.id, Resolution::Demonym, false);
    for (const std::string& s : a.titles) titles_.add(s, s, Resolution::Title, false, false);
  }
  for (const ActorDef& a : rules.actors)
    for (const std::string& s : a.shared_names) {
      names_.share(s, a.id);
      demonyms_.share(s, a.id);
    }
  for (const std::string& t : rules.titles) titles_.add(t, t, Resolution::Title, false, false);
  for (const auto& [state, titles] : rules.state_titles)
    for (const std::string& t : titles) {
      titles_.add(t, t, Resolution::Title, false, false);
      title_states_[t] = state;
    }
  for (const OrganDef& o : rules.organs)
    for (const std::string& w : o.words) organs_.add(w, o.id, Resolution::Organ, false, false);
  for (const std::string& n : rules.state_nouns) state_nouns_.add(n, n, Resolution::Demonym, false, false);
  for (const std::string& n : rules.state_objects) state_objects_.add(n, n, Resolution::Demonym, false, false);
  for (const std::string& v : rules.speech_verbs) speech_verbs_.push_back(fold_case(v));
  std::sort(speech_verbs_.begin(), speech_verbs_.end());
}

bool Gazetteer::is_speech_verb(const std::string& lower) const {
  return std::binary_search(speech_verbs_.begin(), speech_verbs_.end(), lower);
}

const OrganDef* Gazetteer::organ(const std::string& id) const {
  for (const OrganDef& o : rules_.organs)
    if (o.id == id) return &o;
  return nullptr;
}

const ActorType* Gazetteer::type_of(const std::string& id) const {
  auto it = defs_.find(id);
  return it == defs_.end() ? nullptr : &it->second->type;
}

std::string Gazetteer::country_of(const std::string& id, const std::string& date) const {
  auto it = defs_.find(id);
  if (it == defs_.end()) return "";
  const ActorDef& d = *it->second;
  std::string owner = d.belongs_to;
  for (const Affiliation& f : d.affiliations) {
    const bool started = f.from.empty() || date.empty() || f.from <= date;
    const bool ended = !f.to.empty() && !date.empty() && f.to < date;
    if (started && !ended) owner = f.actor;
  }
  if (d.type == ActorType::State || owner.empty()) return d.type == ActorType::Person ? "" : d.id;
  // An organ's owner may itself belong to a state: follow the chain.
  std::string up = owner;
  for (int hops = 0; hops < 4; ++hops) {
    auto o = defs_.find(up);
    if (o == defs_.end() || o->second->type == ActorType::State || o->second->belongs_to.empty()) break;
    up = o->second->belongs_to;
  }
  return up;
}

Actor Gazetteer::actor(const std::string& id, const std::string& date) const {
  Actor a;
  auto it = defs_.find(id);
  if (it == defs_.end()) return a;
  const ActorDef& d = *it->second;
  a.id = d.id;
  a.name = d.name;
  a.type = d.type;
  a.aliases = d.aliases;
  a.aliases.insert(a.aliases.end(), d.exact_aliases.begin(), d.exact_aliases.end());
  a.country = country_of(id, date);
  return a;
}

std::string slug(const std::string& name) {
  std::string out;
  for (char c : fold_case(name)) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c & 0x80);
    if (keep) out += c;
    else if (!out.empty() && out.back() != '-') out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

}  // namespace relmap
