// Recognition (names, titles, demonyms, organs) and in-document coreference
// (pronouns, surnames, "the two sides", "we") in one pass over the sentences.
#include "actors/actors.h"

#include <algorithm>
#include <set>
#include <unordered_set>

#include "actors/reference_words.h"
#include "text/text.h"

namespace relmap {

const char* to_string(Resolution r) {
  switch (r) {
    case Resolution::Name: return "name";
    case Resolution::Title: return "title";
    case Resolution::NewPerson: return "new-titled-person";
    case Resolution::Surname: return "surname";
    case Resolution::Demonym: return "demonym";
    case Resolution::Capital: return "capital";
    case Resolution::Place: return "place";
    case Resolution::Organ: return "organ";
    case Resolution::Pronoun: return "pronoun";
    case Resolution::BothSides: return "both-sides";
    case Resolution::We: return "we";
    case Resolution::Addressee: return "addressee";
    case Resolution::Act: return "act";
  }
  return "name";
}

namespace {

struct Span {
  std::size_t first = 0, last = 0;
};

class Resolver {
 public:
  Resolver(const Document& doc, const Gazetteer& g, const ActorOptions& o) : doc_(doc), g_(g), opt_(o) {
    // A name two actors share ("Brussels", "Korea") is the one the story has named more.
    prefer_ = [this](const std::string& id) {
      auto it = state_counts_.find(id);
      return it == state_counts_.end() ? 0 : it->second.first;
    };
  }

  DocumentActors run() {
    out_.mentions.resize(doc_.sentences.size());
    out_.voices.resize(doc_.sentences.size());
    out_.quote_speakers.resize(doc_.sentences.size());
    read_dateline();
    for (std::size_t s = 0; s < doc_.sentences.size(); ++s) {
      sentence_ = s;
      ids_ = g_.word_ids(doc_.sentences[s].tokens);
      detect(doc_.sentences[s], &out_.mentions[s]);
      resolve(doc_.sentences[s], &out_.mentions[s]);
    }
    resolve_author();
    place_stateless_officials();
    // A quotation's "we" of an official placed only now: "'we remain committed ...,' Foreign
    // Minister Timothy Kabba told reporters" in a Freetown wire.
    for (auto& sentence : out_.mentions)
      for (ActorMention& m : sentence)
        if (m.how == Resolution::We && m.actors.empty() && !m.speaker.empty())
          if (const std::string side = country_of(m.speaker); !side.empty()) m.actors = {add_gazetteer_actor(side)};
    // Every actor's state is an actor of the document too, so edges can name it.
    std::vector<std::string> states;
    for (const auto& [id, a] : out_.actors)
      if (!a.country.empty() && !out_.actors.count(a.country)) states.push_back(a.country);
    for (const std::string& c : states) add_gazetteer_actor(c);
    return std::move(out_);
  }

 private:
  const std::vector<Token>& tokens() const { return doc_.sentences[sentence_].tokens; }

  // --- registering actors -------------------------------------------------

  std::string add_gazetteer_actor(const std::string& id) {
    if (!out_.actors.count(id)) out_.actors[id] = g_.actor(id, doc_.date);
    return id;
  }

  std::string add_organ(const std::string& state, const std::string& organ_id) {
    const std::string id = state + "/" + organ_id;
    if (organ_id == "military") last_military_state_ = state;
    if (!out_.actors.count(id)) {
      const Actor s = g_.actor(state, doc_.date);
      const OrganDef* o = g_.organ(organ_id);
      Actor a;
      a.id = id;
      a.name = s.name + " " + (o ? o->name : organ_id);
      a.type = ActorType::Organization;
      a.country = s.country.empty() ? state : s.country;
      out_.actors[id] = a;
    }
    return id;
  }

  std::string add_person(const std::string& name, const std::string& country) {
    const std::string id = "person:" + slug(name);
    auto it = out_.actors.find(id);
    if (it == out_.actors.end()) {
      Actor a;
      a.id = id;
      a.name = name;
      a.type = ActorType::Person;
      a.country = country;
      out_.actors[id] = a;
    } else if (it->second.country.empty()) {
      it->second.country = country;
    }
    return id;
  }

  void remember_surnames(const std::string& id, const std::vector<std::string>& name_words) {
    if (name_words.empty()) return;
    // Chinese names put the surname first, most others last: both may come back alone.
    for (const std::string& w : {name_words.front(), name_words.back()})
      if (w.size() >= 2) surnames_[w] = id;
    // "Dr Varsen Aghabekian Shahin" comes back as "Minister Aghabekian Shahin".
    if (name_words.size() >= 3) surnames_[name_words[name_words.size() - 2] + " " + name_words.back()] = id;
  }

  // --- recognition ---------------------------------------------------------

  bool is_type(const std::string& id, ActorType type) const {
    const ActorType* t = g_.type_of(id);
    return t && *t == type;
  }

  // The state named at i ("Pakistan", "Pakistani"), with its token length.
  bool state_at(std::size_t i, std::string* id, std::size_t* len, bool* demonym) const {
    if (const GazetteerEntry* e = g_.names().longest(tokens(), ids_, i, &prefer_)) {
      if (is_type(e->id, ActorType::State)) { *id = e->id; *len = e->words.size(); *demonym = false; return true; }
    }
    if (const GazetteerEntry* e = g_.demonyms().longest(tokens(), ids_, i, &prefer_)) {
      *id = e->id; *len = e->words.size(); *demonym = true;
      return true;
    }
    return false;
  }

  bool is_name_word(std::size_t i) const {
    const Token& t = tokens()[i];
    if (t.kind != TokenKind::Word || !t.capitalized) return false;
    if (kNotNames.count(t.lower) || kPortfolioWords.count(t.lower)) return false;
    if (g_.titles().longest(tokens(), ids_, i) || g_.demonyms().longest(tokens(), ids_, i) ||
        g_.organs().longest(tokens(), ids_, i))
      return false;
    if (const GazetteerEntry* e = g_.names().longest(tokens(), ids_, i)) {
      // "Therese Kayikwamba Wagner": an armed group's one-word name may end a person's.
      const bool surname = i >= 2 && tokens()[i - 1].capitalized && tokens()[i - 2].capitalized &&
                           e->words.size() == 1 && is_type(e->id, ActorType::Group);
      if (!is_type(e->id, ActorType::Person) && !surname) return false;
    }
    return true;
  }

  // Capitalised words of a name starting at i; returns its end (== i when none).
  // "al-Shaibani", "el-Sisi": a particle glued by a hyphen to the name it opens; its
  // length in tokens (3), or 0.
  std::size_t glued_particle_at(std::size_t j) const {
    const auto& t = tokens();
    if (j + 2 >= t.size() || !kNameParticles.count(t[j].lower) || t[j].capitalized) return 0;
    const bool glued = t[j + 1].text == "-" && t[j + 1].begin == t[j].end && t[j + 2].begin == t[j + 1].end;
    return glued && t[j + 2].kind == TokenKind::Word && t[j + 2].capitalized ? 3 : 0;
  }

  std::size_t name_end(std::size_t i) const {
    std::size_t j = i, words = 0;
    // "General Secretary To Lam": a capitalised "To" mid-sentence before a name opens it.
    if (i > 0 && i + 1 < tokens().size() && tokens()[i].text == "To" && is_name_word(i + 1)) {
      ++j;
      ++words;
    }
    while (j < tokens().size() && words < 4) {
      if (is_name_word(j)) { ++j; ++words; continue; }
      if (const std::size_t glued = glued_particle_at(j)) {
        j += glued;
        ++words;
        continue;
      }
      // "Lai Ching-te", "Lee Jae-myung": a lower-case part glued on by a hyphen.
      if (words > 0 && j + 1 < tokens().size() && tokens()[j].text == "-" && tokens()[j].begin == tokens()[j - 1].end &&
          tokens()[j + 1].begin == tokens()[j].end && tokens()[j + 1].kind == TokenKind::Word &&
          !tokens()[j + 1].capitalized) {
        j += 2;
        continue;
      }
      const bool inner = words > 0 && j + 1 < tokens().size() && is_name_word(j + 1);
      // "Hassan Sheikh Mohamud": a one-word honorific between names is part of the name.
      const GazetteerEntry* honorific =
          inner && tokens()[j].capitalized ? g_.titles().longest(tokens(), ids_, j) : nullptr;
      if (inner && ((honorific && honorific->words.size() == 1) || kNameParticles.count(tokens()[j].lower) ||
                    (tokens()[j].text == "-" && tokens()[j].begin == tokens()[j - 1].end))) {
        ++j;
        continue;
      }
      break;
    }
    return words ? j : i;
  }

  std::string text_of(std::size_t first, std::size_t last) const {
    return doc_.text.substr(tokens()[first].begin, tokens()[last - 1].end - tokens()[first].begin);
  }

  // A state named in an apposition after a name: "X, chairman of the Pakistan Army",
  // "H.E. Mr. Murat Nurtleu, Deputy Prime Minister and Minister of Foreign Affairs of
  // the Republic of Kazakhstan"; not in a clause ("X, who is visiting Japan").
  // The state named after the "of" at `of_at`: "of Togo", "of the Republic of Turkiye", "of the
  // Hashemite Kingdom of Jordan" (whose first words may name another state: "of the Islamic
  // Republic of Pakistan"); `*end` is the token after it.
  bool state_after_of(std::size_t of_at, std::string* state, std::size_t* end) const {
    if (of_at + 1 >= tokens().size()) return false;
    const std::size_t at = tokens()[of_at + 1].lower == "the" ? of_at + 2 : of_at + 1;
    std::size_t len = 0;
    bool demonym = false;
    std::size_t state_word = at;
    // "President of the Kyrgyz Republic Sadyr Japarov": a state's name straight after "of".
    const GazetteerEntry* named_here = g_.names().longest(tokens(), ids_, at);
    const bool state_here = named_here && named_here->how == Resolution::Name && is_type(named_here->id, ActorType::State);
    // "Minister of Foreign Affairs and Expatriates of the Hashemite Kingdom of Jordan"
    for (std::size_t k = at; !state_here && k < at + 6 && k + 1 < tokens().size() &&
                             (tokens()[k].capitalized || (k > at && tokens()[k].lower == "and"));
         ++k) {
      if (tokens()[k + 1].lower != "of") continue;
      const std::size_t named = k + 2 < tokens().size() && tokens()[k + 2].lower == "the" ? k + 3 : k + 2;
      if (state_at(named, state, &len, &demonym) && !demonym) {
        state_word = named;
        break;
      }
    }
    if (state_here) {
      *state = named_here->id;
      *end = at + named_here->words.size();
      return true;
    }
    if (!state_at(state_word, state, &len, &demonym) || demonym) return false;
    *end = state_word + len;
    return true;
  }

  std::string apposition_state(std::size_t after) const {
    static const std::set<std::string> kClauseStarts = {"who", "which", "that", "said", "says", "told", "whose"};
    // "President Faure Gnassingbé of Togo", "Shehbaz Sharif of the Islamic Republic of Pakistan"
    std::string of_state;
    std::size_t after_state = 0;
    if (after + 1 < tokens().size() && tokens()[after].lower == "of" && state_after_of(after, &of_state, &after_state))
      return of_state;
    if (after >= tokens().size() || tokens()[after].text != ",") return "";
    for (std::size_t k = after + 1; k < tokens().size() && k < after + 16; ++k) {
      if (tokens()[k].text == "," || tokens()[k].text == "." || tokens()[k].text == ";" ||
          kClauseStarts.count(tokens()[k].lower))
        break;
      std::string id;
      std::size_t len = 0;
      bool demonym = false;
      if (state_at(k, &id, &len, &demonym)) return id;
    }
    return "";
  }

  // "Strategic Affairs Minister", "Energy Minister": one to three capitalised words
  // that name nothing, then "Minister"; fills `entry` as a title.
  bool any_minister_at(std::size_t i, GazetteerEntry* entry) const {
    std::size_t k = i;
    while (k < tokens().size() && k < i + 3 && tokens()[k].capitalized && tokens()[k].kind == TokenKind::Word &&
           tokens()[k].lower != "minister" && !g_.names().longest(tokens(), ids_, k))
      ++k;
    if (k == i || k >= tokens().size() || tokens()[k].text != "Minister") return false;
    entry->words.clear();
    for (std::size_t t = i; t <= k; ++t) entry->words.push_back(tokens()[t].lower);
    entry->id = text_of(i, k + 1);
    entry->how = Resolution::Title;
    return true;
  }

  // The organisation the story has named in most sentences so far (then the latest), as
  // state_counts_ keeps them; "" when none is.
  std::string most_named_organisation() const {
    std::string best;
    std::pair<int, std::size_t> best_count{0, 0};
    for (const auto& [id, count] : state_counts_)
      if (is_type(id, ActorType::Organization) && count > best_count) {
        best = id;
        best_count = count;
      }
    return best;
  }

  // An office in lower case, one name for each of its usual wordings: "the Foreign
  // Minister" is the one named "Minister of Foreign Affairs of Thailand" before.
  static std::string office_key(const std::string& title) {
    static const std::map<std::string, std::string> kSameOffice = {
        {"minister of foreign affairs", "foreign minister"}, {"minister for foreign affairs", "foreign minister"},
        {"foreign affairs minister", "foreign minister"},    {"minister of external affairs", "foreign minister"},
        {"minister of defence", "defence minister"},         {"minister of defense", "defence minister"},
        {"minister for defence", "defence minister"},        {"defense minister", "defence minister"}};
    const std::string folded = fold_case(title);
    const auto same = kSameOffice.find(folded);
    return same == kSameOffice.end() ? folded : same->second;
  }

  // A person the gazetteer lists, named at `at` after an office.
  bool add_known_titled_person(ActorMention m, const GazetteerEntry& person, std::size_t at,
                               const std::string& office, std::vector<ActorMention>* out) {
    m.last = at + person.words.size();
    m.actors = {add_gazetteer_actor(person.id)};
    // "President Ramaphosa of South Africa and President Lourenco of Angola": the state after
    // "of" is the person's own and belongs to the mention, so that the list stays two.
    std::string of_state;
    std::size_t after_state = 0;
    if (m.last + 1 < tokens().size() && tokens()[m.last].lower == "of" &&
        state_after_of(m.last, &of_state, &after_state) &&
        (country_of(person.id).empty() || country_of(person.id) == of_state))
      m.last = after_state;
    m.how = Resolution::Title;
    remember_surnames(person.id, person.words);
    titled_people_.emplace_back(m.actors.front(), office_key(office));
    out->push_back(m);
    return true;
  }

  // A person the gazetteer does not list, named at [first, last) after an office:
  // the mention `m` (opened at the title) now ends at the name and stands for them.
  bool add_titled_person(ActorMention m, std::size_t first, std::size_t last, const std::string& country,
                         const std::string& office, std::vector<ActorMention>* out) {
    // "Simon Harris TD", "Jane Doe MP": the letters after a name are no part of it.
    static const std::set<std::string> kPostNominals = {"TD", "MP", "MEP", "MLA", "MSP", "KC", "QC", "SC",
                                                        "OBE", "CBE", "MBE", "KBE"};
    std::size_t name_last = last;
    while (name_last > first + 1 && kPostNominals.count(tokens()[name_last - 1].text)) --name_last;
    const std::string id = add_person(text_of(first, name_last), country);
    std::vector<std::string> words;
    for (std::size_t k = first; k < name_last; ++k) words.push_back(tokens()[k].lower);
    remember_surnames(id, words);
    m.last = last;
    m.actors = {id};
    m.how = Resolution::NewPerson;
    titled_people_.emplace_back(id, office_key(office));
    out->push_back(m);
    return true;
  }

  // A title at `at` followed by a person's name.
  bool officer_named_at(std::size_t at) const {
    if (at >= tokens().size()) return false;
    const GazetteerEntry* title = g_.titles().longest(tokens(), ids_, at);
    if (!title) return false;
    std::size_t after = at + title->words.size();
    // "the United Nations special envoy on Myanmar, Julie Bishop": the name in apposition;
    // so too "The East African Community's secretary general, Veronica Nduva".
    if (const std::size_t comma = past_office_scope(after, true); comma != after) after = comma + 1;
    else if (after + 1 < tokens().size() && tokens()[after].text == ",") ++after;
    if (const GazetteerEntry* e = g_.names().longest(tokens(), ids_, after); e && is_type(e->id, ActorType::Person))
      return true;
    return name_end(after) > after;
  }

  // The comma ending what an office's title names of its scope ("Minister of Foreign Affairs
  // [of the Government of National Unity], Taher al-Baour", "special envoy [on Myanmar], Julie
  // Bishop"): capitalised words after "of", "on", "for" or "to"; `end` itself when there are none.
  // A state's official keeps a state in the scope its own mention ("The United States ambassador
  // to Japan, George Glass, said Washington stood with its ally"); a body's envoy need not.
  std::size_t past_office_scope(std::size_t end, bool states_too) const {
    static const std::set<std::string> kScopeWords = {"of", "on", "for", "to"};
    if (end + 2 >= tokens().size() || !kScopeWords.count(tokens()[end].lower)) return end;
    std::size_t k = tokens()[end + 1].lower == "the" ? end + 2 : end + 1;
    const std::size_t first_word = k;
    while (k < tokens().size() && k < first_word + 6 && tokens()[k].kind == TokenKind::Word &&
           (tokens()[k].capitalized || (k > first_word && (tokens()[k].lower == "of" || tokens()[k].lower == "and")))) {
      std::string state;
      std::size_t len = 0;
      bool demonym = false;
      if (!states_too && state_at(k, &state, &len, &demonym)) return end;
      ++k;
    }
    return k > first_word && k < tokens().size() && tokens()[k].text == "," && tokens()[first_word].capitalized ? k
                                                                                                               : end;
  }

  // The end of up to four capitalised words from `from` that name nothing: the rest of a
  // minister's portfolio ("[Foreign Affairs] and [International Cooperation]").
  std::size_t portfolio_rest_end(std::size_t from) const {
    std::size_t k = from;
    while (k < tokens().size() && k < from + 4 && tokens()[k].capitalized && tokens()[k].kind == TokenKind::Word &&
           !g_.names().longest(tokens(), ids_, k))
      ++k;
    return k;
  }

  // `at`, or the token after it when `at` is a possessive "'s".
  // Past a body's organ named after it: "ECOWAS Commission", "the AU Commission".
  std::size_t past_organ_word(std::size_t at) const {
    static const std::set<std::string> kBodyOrgans = {"Commission", "Council", "Secretariat", "Parliament"};
    return at < tokens().size() && kBodyOrgans.count(tokens()[at].text) ? at + 1 : at;
  }

  std::size_t past_possessive(std::size_t at) const {
    return at < tokens().size() && tokens()[at].lower == "'s" ? at + 1 : at;
  }

  // Titled person or titled office: "[Pakistani|Pakistan's] Prime Minister [of Pakistan] Shehbaz Sharif".
  bool person_at(std::size_t i, std::vector<ActorMention>* out) {
    // "Amir Khan Muttaqi": a listed person whose name opens with a title's word.
    if (const GazetteerEntry* whole = g_.names().longest(tokens(), ids_, i);
        whole && whole->words.size() >= 2 && is_type(whole->id, ActorType::Person))
      if (const GazetteerEntry* title = g_.titles().longest(tokens(), ids_, i);
          title && title->words.size() < whole->words.size()) {
        // (unless the title names more of someone after it: "Sheikh Tamim bin Hamad Al Thani"
        // is longer than the alias "Sheikh Tamim")
        const std::size_t after = i + title->words.size();
        const GazetteerEntry* named = g_.names().longest(tokens(), ids_, after);
        if (!(named && is_type(named->id, ActorType::Person) &&
              after + named->words.size() > i + whole->words.size()))
          return false;
      }
    GazetteerEntry generic;  // a minister's title the rules do not list
    std::string country;
    std::size_t title_at = i, len = 0;
    bool demonym = false;
    // "Afghan acting Foreign Minister", "Iraqi caretaker Prime Minister", "Acting Prime Minister Phumtham"
    static const std::set<std::string> kOfficeModifiers = {"acting", "former", "interim", "outgoing",
                                                           "incoming", "caretaker", "new", "then"};
    const std::size_t org_at = tokens()[i].lower == "the" ? i + 1 : i;
    const GazetteerEntry* org = org_at < tokens().size() ? g_.names().longest(tokens(), ids_, org_at) : nullptr;
    auto former = [&](std::size_t at) { return at < tokens().size() && tokens()[at].lower == "former"; };
    bool was_former = (i > 0 && former(i - 1)) || (i > 1 && former(i - 2) && !tokens()[i - 1].capitalized);
    if (state_at(i, &country, &len, &demonym)) {
      title_at = i + len;
      was_former = was_former || former(title_at) ||
                   (title_at < tokens().size() && tokens()[title_at].lower == "'s" && former(title_at + 1));
      if (title_at + 1 < tokens().size() && kOfficeModifiers.count(tokens()[title_at].lower)) ++title_at;
      if (!demonym) {
        // "Pakistan's Foreign Minister", and as headlines and wires also write
        // it, "Kosovo Prime Minister" (a capitalised title right after the name).
        // ... and "U.S. envoy Morgan Ortagus" (a title the rules write in lower case).
        if (title_at < tokens().size() && tokens()[title_at].lower == "'s") ++title_at;
        else if (title_at >= tokens().size()) return false;
      }
      if (!g_.titles().longest(tokens(), ids_, title_at) && !any_minister_at(title_at, &generic)) return false;
    } else if (org && is_type(org->id, ActorType::Organization) &&
               officer_named_at(past_organ_word(past_possessive(org_at + org->words.size())))) {
      // "Arab League Secretary-General Ahmed Aboul Gheit", "the European Union's special envoy
      // Miroslav Lajcak", "ECOWAS Commission President Omar Touray": the body's own officer,
      // when a name follows ("ECOWAS chairman and Nigerian President Bola Tinubu" is Nigeria's).
      country = org->id;
      title_at = past_organ_word(past_possessive(org_at + org->words.size()));
    } else {
      country.clear();
      if (i + 2 < tokens().size() && tokens()[i].capitalized && kOfficeModifiers.count(tokens()[i].lower) &&
          g_.titles().longest(tokens(), ids_, i + 1))
        title_at = i + 1;
    }
    const GazetteerEntry* title = g_.titles().longest(tokens(), ids_, title_at);
    // "Israeli Strategic Affairs Minister Ron Dermer": any minister of a state named before.
    if (!title && !country.empty() && any_minister_at(title_at, &generic)) title = &generic;
    if (!title) return false;
    // "including former justice minister Martha Karua": one who left a lesser office acts for
    // no state. (A former head of state is told of for acts in office: "former President Evo
    // Morales expelled the DEA in 2008".)
    const std::string office = office_key(title->id);
    const bool head_office = kHeadsOfState.count(office) || kHeadsOfGovernment.count(office) || office == "emperor";
    if (was_former && !head_office) return false;
    // "the United Nations General Assembly" is a body, not a general of the UN.
    for (std::size_t at = i; at <= i + 1 && at < tokens().size(); ++at)
      if (const GazetteerEntry* whole = g_.names().longest(tokens(), ids_, at);
          whole && !is_type(whole->id, ActorType::Person) &&
          at + whole->words.size() >= title_at + title->words.size())
        return false;
    // "Deputy Secretary of State Christopher Landau": an office only one state has.
    const bool state_office = country.empty() && !g_.state_of_title(title->id).empty();
    if (country.empty()) country = g_.state_of_title(title->id);
    // "Morocco welcomed the decision. Its foreign minister Nasser Bourita ...": the state named last.
    // "The Mano River Union ... said its secretary-general would travel": the body's own.
    if (country.empty() && i > 0 && tokens()[i - 1].lower == "its")
      country = !out->empty() && out->back().actors.size() == 1 &&
                        is_type(out->back().actors.front(), ActorType::Organization)
                    ? out->back().actors.front()
                    : state_named_last(*out);
    std::size_t end = title_at + title->words.size();
    bool of_named = false;  // the state named after "of": "The president of Micronesia"
    // "Deputy Prime Minister and Foreign Minister Ishaq Dar" is one person with two
    // offices; "The Secretary and Foreign Minister discussed" is two people, and so is
    // "The Foreign Secretary and Prince Faisal" once the Foreign Secretary was named.
    // (Not when the rest of a portfolio and a state follow: "hosted the Minister of Foreign Affairs
    // and International Cooperation of the Federal Republic of Somalia, Ahmed Moalim Fiqi".)
    const std::size_t rest_end = end + 1 < tokens().size() ? portfolio_rest_end(end + 1) : end + 1;
    const bool more_portfolio = end + 1 < tokens().size() && tokens()[end].lower == "and" && rest_end > end + 1 &&
                                rest_end < tokens().size() && tokens()[rest_end].lower == "of";
    const bool held = i > 0 && tokens()[i - 1].lower == "the" && !more_portfolio &&
                      std::any_of(titled_people_.begin(), titled_people_.end(),
                                  [&](const auto& p) { return p.second == office; });
    while (!held && end + 1 < tokens().size() && tokens()[end].lower == "and") {
      const GazetteerEntry* more = g_.titles().longest(tokens(), ids_, end + 1);
      if (!more) {
        // "The Minister of State and Foreign Affairs, Paulo Rangel": the rest of a
        // minister's portfolio, capitalised words up to the apposition's comma.
        const std::size_t k = portfolio_rest_end(end + 1);
        // ("... and International Cooperation of the Federal Republic of Somalia, Ahmed Moalim Fiqi")
        if (office.find("minister") != std::string::npos && k > end + 1 && k < tokens().size() &&
            (tokens()[k].text == "," || tokens()[k].lower == "of"))
          end = k;
        break;
      }
      std::size_t after = end + 1 + more->words.size();
      // "... and Minister of Foreign Affairs and International Cooperation of Cambodia"
      for (std::size_t k = after; k < tokens().size() && k < after + 4; ++k) {
        if (tokens()[k].lower == "of" && k > after) {
          after = k;
          break;
        }
        if (tokens()[k].lower != "and" && !tokens()[k].capitalized) break;
      }
      // "The Tánaiste and Minister for Foreign Affairs and Trade, Simon Harris": the second
      // office's portfolio runs on to the apposition's comma.
      if (after + 1 < tokens().size() && tokens()[after].lower == "and") {
        const std::size_t k = portfolio_rest_end(after + 1);
        if (k > after + 1 && k < tokens().size() && tokens()[k].text == ",") {
          end = k;
          break;
        }
      }
      if (after >= tokens().size() || !(is_name_word(after) || tokens()[after].lower == "of")) break;
      end = after;
    }
    // "the Minister of Foreign Affairs, International Business and International Cooperation of
    // the Republic of Suriname, Melvin Bouva": a portfolio listed with commas, up to its state.
    if (office.find("minister") != std::string::npos && end + 2 < tokens().size() && tokens()[end].text == ",") {
      std::size_t k = portfolio_rest_end(end + 1);
      while (k > end + 1 && k + 1 < tokens().size() && (tokens()[k].lower == "and" || tokens()[k].text == ",")) {
        const std::size_t next = portfolio_rest_end(k + 1);
        if (next == k + 1) break;
        k = next;
      }
      std::string of_state;
      std::size_t after_state = 0;
      if (k > end + 1 && k + 1 < tokens().size() && tokens()[k].lower == "of" && state_after_of(k, &of_state, &after_state))
        end = k;
    }
    if (end + 1 < tokens().size() && tokens()[end].lower == "of") {
      const std::size_t at = tokens()[end + 1].lower == "the" ? end + 2 : end + 1;
      std::string of_state;
      std::size_t after_state = 0;
      if (state_after_of(end, &of_state, &after_state)) {
        country = of_state;
        end = after_state;
        of_named = true;
      } else if (const GazetteerEntry* org = g_.names().longest(tokens(), ids_, at);
                 country.empty() && org && is_type(org->id, ActorType::Organization)) {
        // "the President of the European Council", "Secretary-General of the United Nations"
        country = org->id;
        end = at + org->words.size();
      }
    }
    // "Libya's Minister of Foreign Affairs of the Government of National Unity, Taher al-Baour":
    // what a known state's or body's office covers, before the apposition's comma.
    if (!country.empty()) end = past_office_scope(end, is_type(country, ActorType::Organization));
    ActorMention m;
    m.first = i;
    // "President of the Syrian Arab Republic HE Ahmed al-Sharaa": an honorific written in
    // capitals between the office and the name (not a title of the rules: "He" is a pronoun).
    if (of_named && end + 1 < tokens().size() && (tokens()[end].text == "HE" || tokens()[end].text == "HH") &&
        tokens()[end + 1].capitalized)
      ++end;
    // A known person after the title; after a second title too, when that names
    // more of them ("Emir Sheikh Tamim bin Hamad Al Thani", where "Sheikh Tamim" is also a name).
    const GazetteerEntry* e = g_.names().longest(tokens(), ids_, end);
    std::size_t name_at = end;
    if (const GazetteerEntry* second = g_.titles().longest(tokens(), ids_, end)) {
      const std::size_t after = end + second->words.size();
      const GazetteerEntry* longer = g_.names().longest(tokens(), ids_, after);
      if (longer && is_type(longer->id, ActorType::Person) &&
          (!e || after + longer->words.size() > end + e->words.size())) {
        e = longer;
        name_at = after;
      }
    }
    if (e && is_type(e->id, ActorType::Person)) {
      add_known_titled_person(m, *e, name_at, title->id, out);
      // "OSCE Chairperson-in-Office Valtonen": a minister who chairs a body speaks for it here.
      if (!country.empty() && is_type(country, ActorType::Organization) &&
          office.find("in-office") != std::string::npos) {
        out_.actors[e->id].country = country;
        chairs_.insert(e->id);
      }
      // "Djibouti's foreign minister Mahmoud Ali Youssouf was elected chairperson of the AU
      // Commission": the text says whose official he is here, whatever he became later (but
      // the OSCE's chair, "Finland's Minister for Foreign Affairs Elina Valtonen", stays its).
      if (!country.empty() && is_type(country, ActorType::State) && title_at > i && !chairs_.count(e->id))
        out_.actors[e->id].country = country;
      return true;
    }
    // "Prime Minister of Mauritius Dr. Navinchandra Ramgoolam": a second title before the name.
    if (name_end(end) == end)
      if (const GazetteerEntry* second = g_.titles().longest(tokens(), ids_, end))
        if (name_end(end + second->words.size()) > end + second->words.size()) end += second->words.size();
    const std::size_t name_last = name_end(end);
    if (name_last > end) {
      // One name word, or a particle glued to one ("Minister al-Shaibani"): a surname met before.
      const bool one_word = name_last == end + 1 || (name_last == end + 3 && glued_particle_at(end) == 3);
      auto known = surnames_.find(tokens()[name_last - 1].lower);
      if (name_last == end + 2) known = surnames_.find(tokens()[end].lower + " " + tokens()[end + 1].lower);
      if ((one_word || name_last == end + 2) && known != surnames_.end()) {
        m.last = name_last;
        m.actors = {known->second};
        m.how = Resolution::Surname;
        out->push_back(m);
        return true;
      }
      if (country.empty()) country = apposition_state(name_last);
      return add_titled_person(m, end, name_last, country.empty() ? "" : g_.country_of(country, doc_.date),
                               title->id, out);
    }
    // "the Minister of Foreign Affairs of Chile, Alberto van Klaveren": the office's
    // holder named in apposition after it.
    // Not in a list: "spoke with the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, and
    // President al-Sisi" keeps the name its own mention, so that the list stays three.
    auto list_follows = [&](std::size_t after) {
      return after + 1 < tokens().size() && tokens()[after].text == "," && tokens()[after + 1].lower == "and";
    };
    // (a body's name may end the office: "the Chairperson of the African Union Commission, H.E. ...")
    static const std::set<std::string> kBodies = {"commission", "council", "secretariat", "assembly", "parliament"};
    if (!country.empty() && end + 3 < tokens().size() && kBodies.count(tokens()[end].lower) &&
        tokens()[end].capitalized && tokens()[end + 1].text == ",")
      ++end;
    // "The Foreign Secretary, David Lammy, welcomed": a known holder needs no state before.
    const bool the_office = title_at == i && i > 0 && tokens()[i - 1].lower == "the";
    // "Dr Netumbo Nandi-Ndaitwah, President of the Republic of Namibia, His Excellency Duma
    // Boko, President of ...": an office in apposition to the person before is theirs; the
    // name after it is the next person's.
    const bool apposition_of_named = i > 0 && tokens()[i - 1].text == "," && !out->empty() &&
                                     out->back().last + 1 == i && out->back().actors.size() == 1 &&
                                     is_person(out->back().actors.front());
    if ((!country.empty() || the_office) && !apposition_of_named && end + 2 < tokens().size() &&
        tokens()[end].text == ",") {
      const GazetteerEntry* known = g_.names().longest(tokens(), ids_, end + 1);
      // (the list check reads past the rest of the name: "Sheikh Tamim bin Hamad Al Thani")
      if (known && list_follows(std::max(end + 1 + known->words.size(), name_end(end + known->words.size()))))
        known = nullptr;
      if (known && is_type(known->id, ActorType::Person))
        return add_known_titled_person(m, *known, end + 1, title->id, out);
      // "Lisbon, 3 November 2025. The Minister of State and Foreign Affairs, Paulo Rangel,
      // travelled to Luanda": a release names its own minister without the state.
      if (country.empty() && office.find("minister") != std::string::npos) country = dateline_;
      if (country.empty()) return false;
      // "..., H.E. Mahmoud Ali Youssouf,": an honorific before the name.
      std::size_t name_at = end + 1;
      if (const GazetteerEntry* honorific = g_.titles().longest(tokens(), ids_, name_at))
        if (honorific->words.size() <= 2) name_at += honorific->words.size();
      const std::size_t after = name_end(name_at);
      static const std::set<std::string> kAfterApposition = {",", ".", "who", "and", ")", ";"};
      if (after >= name_at + 2 && (after == tokens().size() || kAfterApposition.count(tokens()[after].lower)) &&
          !list_follows(after)) {
        return add_titled_person(m, name_at, after, g_.country_of(country, doc_.date), title->id, out);
      }
    }
    // "Lyonchhoen called on President Murmu" after "Prime Minister Tshering Tobgay": an
    // office only one state has, with no name, is that state's official named last.
    if (state_office)
      for (auto it = titled_people_.rbegin(); it != titled_people_.rend(); ++it)
        if (country_of(it->first) == country) {
          m.last = end;
          m.actors = {it->first};
          m.how = Resolution::Title;
          out->push_back(m);
          return true;
        }
    if (!country.empty()) {
      // "the Pakistani foreign minister": the office speaks for its state.
      m.last = end;
      m.actors = {add_gazetteer_actor(country)};
      m.how = Resolution::Demonym;
      out->push_back(m);
      // (Only a body's: "the Chinese Foreign Minister" in a headline leaves "the Foreign
      // Minister" of a Thai release to be Thailand's.)
      if (is_type(country, ActorType::Organization)) unnamed_offices_[office] = country;
      // "The president of the Federated States of Micronesia ... President David Panuelo": the
      // office's holder named later without his state.
      // (Not an apposition's: "Mohammed bin Salman, Prime Minister of the Kingdom of Saudi Arabia".)
      else if (of_named && (i == 0 || tokens()[i - 1].text != ",")) state_offices_.emplace(office, country);
      return true;
    }
    // "the Foreign Secretary" with no name: the person last named with that title; so
    // too a title after "and" in "The Secretary and Foreign Minister discussed".
    const bool listed = i > 1 && tokens()[i - 1].lower == "and" && tokens()[i - 2].capitalized;
    // "welcomed His Majesty's visit" after "His Majesty Sultan Haji Hassanal Bolkiah":
    // a royal honorific with no name is the monarch named last.
    static const std::set<std::string> kRoyalOffices = {
        "his majesty", "her majesty", "his royal highness", "her royal highness", "his highness", "her highness",
        "king", "queen", "sultan", "emir", "amir", "crown prince", "prince"};
    const bool honorific = office.rfind("his ", 0) == 0 || office.rfind("her ", 0) == 0;
    const bool royal = title_at == i && honorific && kRoyalOffices.count(office) && end < tokens().size() &&
                       !is_name_word(end);
    // "met the new president in La Paz": an office's modifier between "the" and the title.
    static const std::set<std::string> kTheOfficeModifiers = {"new", "incoming", "outgoing", "acting", "interim"};
    const std::size_t the_at = i > 1 && kTheOfficeModifiers.count(tokens()[i - 1].lower) ? i - 2 : i - 1;
    // A readout's bare "Prime Minister thanked President Prabowo" opens its sentence so.
    const bool opening = i == 0 && end < tokens().size() && tokens()[end].kind == TokenKind::Word &&
                         !tokens()[end].capitalized;
    if (title_at == i && ((i > 0 && (tokens()[the_at].lower == "the" || listed)) || royal || opening)) {
      // The same office first; else one that begins so ("the Deputy Secretary" after
      // "Deputy Secretary of State Christopher Landau").
      // A monarch is the dateline's first: BNA's "His Majesty praised Jordan's role" after "his
      // brother King Abdullah II" is Bahrain's king.
      const bool monarch = royal || kRoyalOffices.count(office) > 0;
      std::string person;
      // "The Tánaiste and the Minister discussed": a bare "Minister" is the last minister of any
      // portfolio ("Minister of Foreign Affairs of the State of Palestine"), not one this
      // sentence already named.
      const bool bare = office == "minister" || office == "president" || office == "ambassador";
      auto named_here = [&](const std::string& id) {
        return std::any_of(out->begin(), out->end(), [&](const ActorMention& o) {
          return std::find(o.actors.begin(), o.actors.end(), id) != o.actors.end();
        });
      };
      for (const bool home : {monarch && !dateline_.empty(), false})
        for (const int match : {0, 1, 2})  // the same office, one that begins so, one that holds it
          for (auto it = titled_people_.rbegin(); person.empty() && it != titled_people_.rend(); ++it)
            if ((royal        ? kRoyalOffices.count(it->second) > 0
                 : match == 0 ? it->second == office
                 : match == 1 ? it->second.compare(0, office.size(), office) == 0
                              : bare && it->second.find(office) != std::string::npos && !named_here(it->first)) &&
                (!home || country_of(it->first) == dateline_))
              person = it->first;
      // "HM the King receives Jordanian Foreign Minister" heading a Manama release: the king not
      // yet named is the dateline's.
      if (person.empty() && monarch && !dateline_.empty()) person = add_gazetteer_actor(dateline_);
      // "The Secretary-General strongly condemns" in a statement of his office: the head
      // of the organisation spoken of last, else of the one that office usually names.
      if (person.empty())
        if (auto head = kOrganisationHeads.find(office); head != kOrganisationHeads.end()) {
          const std::string organisation = !last_bloc_.empty() ? last_bloc_ : head->second;
          if (g_.has_actor(organisation)) {
            add_gazetteer_actor(organisation);
            person = add_person(g_.actor(organisation, doc_.date).name + " " + title->id, organisation);
            titled_people_.emplace_back(person, office);
          }
        }
      // "The Chairperson commends" after "The Chairperson of the Southern African Development
      // Community (SADC), ...": the body (or state) the office spoke for before.
      if (person.empty())
        if (auto spoken = unnamed_offices_.find(office); spoken != unnamed_offices_.end()) person = spoken->second;
      // "Minister of State and Foreign Affairs receives Brazilian counterpart" over a release
      // datelined Lisbon: the release's own minister, not yet named.
      if (person.empty() && opening && office.find("minister") != std::string::npos && !dateline_.empty())
        person = add_gazetteer_actor(dateline_);
      if (person.empty()) return false;
      m.first = listed || royal || opening ? i : the_at;
      m.last = end;
      m.actors = {person};
      m.how = Resolution::Title;
      out->push_back(m);
      return true;
    }
    return false;
  }

  // Length of "army-aligned government", "military-led authorities" at `i` (the state's
  // rulers, no organ of it), or 0.
  std::size_t forces_led_rulers_at(std::size_t i) const {
    static const std::set<std::string> kForces = {"army", "military", "junta"};
    static const std::set<std::string> kLedBy = {"aligned", "led", "backed", "controlled", "run", "dominated",
                                                 "installed", "appointed", "allied"};
    const auto& t = tokens();
    return i + 3 < t.size() && kForces.count(t[i].lower) && t[i + 1].text == "-" && kLedBy.count(t[i + 2].lower) &&
                   kRulerNouns.count(t[i + 3].lower)
               ? 4
               : 0;
  }

  // An organ named at `i`, unless its word describes the noun after it: "Iran's
  // military support to Russia" is Iran's support, not its armed forces'.
  const GazetteerEntry* organ_at(std::size_t i) const {
    if (forces_led_rulers_at(i)) return nullptr;
    // "the entry into force of the agreement"
    if (i > 0 && i < tokens().size() && tokens()[i].lower == "force" && tokens()[i - 1].lower == "into") return nullptr;
    const GazetteerEntry* o = g_.organs().longest(tokens(), ids_, i);
    if (!o) return nullptr;
    const std::size_t after = i + o->words.size();
    if (after < tokens().size() && kModifiedNouns.count(tokens()[after].lower)) return nullptr;
    return o;
  }

  // A noun at `i` that, with a state, names an organ (`organ` set) or the state
  // itself (a state noun, or with `objects` also "strikes", "position"...).
  bool noun_after_state(std::size_t i, bool objects, std::string* organ, std::size_t* len) const {
    // "Myanmar's military government", "the Malian military authorities": the state's rulers,
    // no organ of it.
    static const std::set<std::string> kRulers = {"government", "governments", "regime", "authorities", "junta",
                                                  "rulers", "leadership", "leaders"};
    // ("the military governments of Mali, Burkina Faso and Niger" too)
    const bool of_state = i + 2 < tokens().size() && tokens()[i + 2].lower == "of";
    if ((objects || of_state) && i + 1 < tokens().size() && tokens()[i].lower == "military" &&
        kRulers.count(tokens()[i + 1].lower)) {
      organ->clear();
      *len = 2;
      return true;
    }
    if (const std::size_t rulers = forces_led_rulers_at(i)) {
      organ->clear();
      *len = rulers;
      return true;
    }
    if (const GazetteerEntry* o = organ_at(i)) {
      *organ = o->id;
      *len = o->words.size();
      return true;
    }
    const GazetteerEntry* n = g_.state_nouns().longest(tokens(), ids_, i);
    if (!n && objects) n = g_.state_objects().longest(tokens(), ids_, i);
    if (!n) return false;
    *len = n->words.size();
    return true;
  }

  // "Pakistani and Afghan counterparts", "the Chinese side", "the Pakistani military".
  bool demonyms_at(std::size_t i, std::vector<ActorMention>* out) {
    std::vector<std::pair<std::string, Span>> states;
    std::size_t j = i;
    while (true) {
      const GazetteerEntry* d = g_.demonyms().longest(tokens(), ids_, j, &prefer_);
      if (!d) break;
      states.push_back({d->id, Span{j, j + d->words.size()}});
      j += d->words.size();
      if (j + 1 < tokens().size() && (tokens()[j].lower == "and" || tokens()[j].lower == ",") &&
          g_.demonyms().longest(tokens(), ids_, j + 1)) {
        ++j;
        continue;
      }
      // "Israeli and U.S. strikes", "Chinese, U.S. officials": a state's name as the last
      // modifier of the list.
      if (j + 2 < tokens().size() && (tokens()[j].lower == "and" || tokens()[j].lower == ","))
        if (const GazetteerEntry* n = g_.names().longest(tokens(), ids_, j + 1);
            n && is_type(n->id, ActorType::State) && n->how == Resolution::Name) {
          const std::size_t after = j + 1 + n->words.size();
          std::string noun_organ;
          std::size_t noun_length = 0;
          if (after < tokens().size() && (kAttackNouns.count(tokens()[after].lower) ||
                                          noun_after_state(after, true, &noun_organ, &noun_length))) {
            states.push_back({n->id, Span{j + 1, after}});
            j = after;
          }
        }
      break;
    }
    if (states.empty()) return false;
    // "the Liberian-flagged, Greek-owned bulk carrier": a state's ship by its flag or owner, the
    // demonym alone (the rules write the hyphen: "{target} - (flagged|owned)").
    static const std::set<std::string> kShipParticiples = {"flagged", "owned", "registered", "operated"};
    const bool ship = j + 1 < tokens().size() && tokens()[j].text == "-" && tokens()[j].begin == tokens()[j - 1].end &&
                      kShipParticiples.count(tokens()[j + 1].lower);
    std::string organ;
    std::size_t noun_len = 0;
    // "a Philippine fisheries vessel", "Chinese oil tankers": one word may come between.
    if (!ship && !noun_after_state(j, true, &organ, &noun_len)) {
      if (j + 1 >= tokens().size() || tokens()[j].capitalized || tokens()[j].kind != TokenKind::Word ||
          kNotNames.count(tokens()[j].lower) || !noun_after_state(j + 1, true, &organ, &noun_len))
        return false;
      ++j;
    }
    // "the Southeast Asian nation" is one of a body's members, not the body.
    const std::size_t after = j + noun_len;
    static const std::set<std::string> kOneState = {"nation", "country", "state", "government", "capital"};
    if (states.size() == 1 && is_type(states.front().first, ActorType::Organization) && organ.empty() &&
        kOneState.count(tokens()[after - 1].lower))
      return false;
    // "Israeli strikes on villages in southern Lebanon": an attack noun followed by
    // what it hit stays outside the mention, for the rules to read.
    const bool attack_on = organ.empty() && after < tokens().size() && kAttackNouns.count(tokens()[after - 1].lower) &&
                           kAttackObjectWords.count(tokens()[after].lower);
    // "Belarusian territory", "Afghan soil": the ground of a state is acted on, never acts.
    const bool ground = organ.empty() && noun_len > 0 && kGroundNouns.count(tokens()[after - 1].lower) > 0;
    for (std::size_t k = 0; k < states.size(); ++k) {
      ActorMention m;
      m.first = states[k].second.first;
      m.object_only = ground;
      m.last = k + 1 == states.size() && !attack_on ? j + noun_len : states[k].second.last;
      m.actors = {organ.empty() ? add_gazetteer_actor(states[k].first) : add_organ(states[k].first, organ)};
      m.how = organ.empty() ? Resolution::Demonym : Resolution::Organ;
      out->push_back(m);
    }
    return true;
  }

  // "the military authorities in Madagascar", "the junta in Niger": a state's rulers
  // where they rule ("troops in Niger" may be anyone's, so rulers only).
  bool rulers_in_state_at(std::size_t i, std::vector<ActorMention>* out) {
    std::size_t noun = i < tokens().size() && tokens()[i].lower == "military" ? i + 1 : i;
    if (noun + 2 >= tokens().size() || !kRulerNouns.count(tokens()[noun].lower) || tokens()[noun + 1].lower != "in")
      return false;
    std::string state;
    std::size_t state_len = 0;
    bool demonym = false;
    if (!state_at(noun + 2, &state, &state_len, &demonym) || demonym) return false;
    ActorMention m;
    m.first = i;
    m.last = noun + 2 + state_len;
    m.actors = {add_gazetteer_actor(state)};
    m.how = Resolution::Demonym;
    out->push_back(m);
    return true;
  }

  // "the people of Bangladesh", "leaders of Colombia", "the armed forces of Pakistan";
  // and a bare "the armed forces", whose state the sentence's subject gives.
  bool noun_of_state_at(std::size_t i, std::vector<ActorMention>* out) {
    if (rulers_in_state_at(i, out)) return true;
    std::string organ;
    std::size_t len = 0;
    if (!noun_after_state(i, false, &organ, &len)) return false;
    std::size_t j = i + len;
    // "the Government and people of Guyana": two nouns of one state.
    if (organ.empty() && j + 2 < tokens().size() && tokens()[j].lower == "and") {
      const std::size_t second = tokens()[j + 1].lower == "the" ? j + 2 : j + 1;
      std::string second_organ;
      std::size_t second_len = 0;
      if (noun_after_state(second, false, &second_organ, &second_len) && second_organ.empty() &&
          second + second_len < tokens().size() && tokens()[second + second_len].lower == "of")
        j = second + second_len;
    }
    std::size_t at = j;
    // "a close ally of Canada" is someone else than Canada.
    static const std::set<std::string> kOtherThanState = {"ally", "allies", "friend", "friends", "partner", "partners"};
    if (at + 1 < tokens().size() && tokens()[at].lower == "of" && !kOtherThanState.count(tokens()[j - 1].lower)) {
      ++at;
      if (tokens()[at].lower == "the") ++at;
      std::string state;
      std::size_t state_len = 0;
      bool demonym = false;
      if (state_at(at, &state, &state_len, &demonym) && !demonym) {
        ActorMention m;
        m.first = i;
        m.last = at + state_len;
        m.actors = {organ.empty() ? add_gazetteer_actor(state) : add_organ(state, organ)};
        m.how = organ.empty() ? Resolution::Demonym : Resolution::Organ;
        out->push_back(m);
        return true;
      }
    }
    if (!organ.empty() && i > 0 &&
        (tokens()[i - 1].lower == "the" || tokens()[i - 1].lower == "its" || tokens()[i - 1].lower == "their")) {
      ActorMention m;
      m.first = i;
      m.last = j;
      m.how = Resolution::Organ;
      // "the foreign ministry in Chisinau": a ministry or parliament sits in its
      // own capital (troops or an embassy in a capital may be anyone's).
      if ((organ == "foreign-ministry" || organ == "parliament") && j + 1 < tokens().size() &&
          tokens()[j].lower == "in")
        if (const GazetteerEntry* c = g_.names().longest(tokens(), ids_, j + 1);
            c && (c->how == Resolution::Capital || c->how == Resolution::Place)) {
          m.actors = {add_organ(c->id, organ)};
          out->push_back(m);
          return true;
        }
      pending_organs_.emplace_back(i, organ);
      out->push_back(m);
      return true;
    }
    return false;
  }

  // The word naming an office after the comma at `comma`, past a determiner and
  // a state ("X, the Pakistani foreign minister", "X, Pakistan's envoy").
  std::size_t office_word_after(std::size_t comma) const {
    std::size_t role = comma + 1;
    if (role < tokens().size() && kDeterminers.count(tokens()[role].lower)) ++role;
    std::string state;
    std::size_t len = 0;
    bool demonym = false;
    if (role < tokens().size() && state_at(role, &state, &len, &demonym)) {
      role += len;
      if (role < tokens().size() && tokens()[role].lower == "'s") ++role;
    }
    return role;
  }

  // "X, chairman of the Pakistan Army's Joint Chiefs," belongs to X's mention,
  // so that "A, secretary of ..., and B" stays a list of two.
  void take_apposition(ActorMention* m) {
    const std::size_t n = tokens().size();
    std::size_t k = m->last;
    if (k + 1 >= n || tokens()[k].text != ",") return;
    const std::size_t role = office_word_after(k);
    // An office written in lower case; "Xi Jinping, President Zardari ..." is a new name.
    if (role >= n || tokens()[role].capitalized ||
        !(kRoleWords.count(tokens()[role].lower) || g_.titles().longest(tokens(), ids_, role)))
      return;
    for (std::size_t e = role; e < n && e < k + 16; ++e) {
      const std::string& w = tokens()[e].lower;
      if (w == "," || w == "said" || w == "told") {
        m->last = e;
        return;
      }
      if (w == "." || w == ";" || is_clause_word(w)) return;
    }
  }

  static bool is_clause_word(const std::string& w) { return w == "and" || w == "but" || w == "who" || w == "which"; }

  // An untitled name with an office after it: "Ali Shamkhani, secretary of Iran's ...".
  bool named_by_apposition_at(std::size_t i, std::vector<ActorMention>* out) {
    if (i > 0 && tokens()[i - 1].capitalized && tokens()[i - 1].kind == TokenKind::Word) return false;
    const std::size_t end = name_end(i);
    if (end < i + 2 || end >= tokens().size() || tokens()[end].text != ",") return false;
    const std::size_t role = office_word_after(end);
    if (role >= tokens().size() || tokens()[role].capitalized || !kRoleWords.count(tokens()[role].lower)) return false;
    const std::string country = apposition_state(end);
    if (country.empty()) return false;  // an office of no known state is too weak a clue
    const std::string id = add_person(text_of(i, end), g_.country_of(country, doc_.date));
    std::vector<std::string> words;
    for (std::size_t k = i; k < end; ++k) words.push_back(tokens()[k].lower);
    remember_surnames(id, words);
    ActorMention m;
    m.first = i;
    m.last = end;
    m.actors = {id};
    m.how = Resolution::NewPerson;
    out->push_back(m);
    return true;
  }

  bool name_at(std::size_t i, std::vector<ActorMention>* out) {
    const GazetteerEntry* e = g_.names().longest(tokens(), ids_, i, &prefer_);
    if (!e) return false;
    // "the United Nations Security Council": a longer name after the article wins.
    if (e->words.front() == "the")
      if (const GazetteerEntry* longer = g_.names().longest(tokens(), ids_, i + 1))
        if (longer->words.size() + 1 > e->words.size()) return false;
    // "the Dutch, Italian and German personnel": a people's name that opens a list of
    // demonyms is the first of them (found at the next word).
    if (e->words.front() == "the" && e->words.size() == 2 && g_.demonyms().longest(tokens(), ids_, i + 1)) {
      const std::size_t next = i + 2;
      if (next + 1 < tokens().size() && (tokens()[next].lower == "," || tokens()[next].lower == "and") &&
          g_.demonyms().longest(tokens(), ids_, next + 1))
        return false;
    }
    // "US$54 billion" names a currency, not a state.
    const std::size_t after = i + e->words.size();
    if (after < tokens().size() && tokens()[after].text == "$" && tokens()[after].begin == tokens()[after - 1].end)
      return false;
    // "2 billion US dollars"
    if (after < tokens().size() && (tokens()[after].lower == "dollars" || tokens()[after].lower == "dollar")) return false;
    ActorMention m;
    m.first = i;
    m.last = i + e->words.size();
    m.how = e->how;
    const ActorType type = *g_.type_of(e->id);
    if (type == ActorType::State) {
      // "Pakistan Army", "Pakistan's military": an organ of the state.
      std::size_t k = m.last;
      // "the South Sudan People's Defence Forces"
      if (k + 1 < tokens().size() && tokens()[k].lower == "people" && tokens()[k + 1].lower == "'s") k += 2;
      else if (k < tokens().size() && tokens()[k].lower == "'s") ++k;
      if (const GazetteerEntry* o = organ_at(k)) {
        m.last = k + o->words.size();
        m.actors = {add_organ(e->id, o->id)};
        m.how = Resolution::Organ;
        out->push_back(m);
        return true;
      }
      // "Congo's government and the M23 signed ...": the state itself, so that the
      // list goes on.
      static const std::set<std::string> kStateItself = {"government", "administration", "authorities",
                                                          "leadership"};
      if (k == m.last + 1 && k < tokens().size() && kStateItself.count(tokens()[k].lower)) m.last = k + 1;
      // "Sudan's army-aligned government recalled its ambassador"
      if (k == m.last + 1 && forces_led_rulers_at(k)) m.last = k + forces_led_rulers_at(k);
      // "the Tripoli-based government": the rulers seated in that capital.
      if (m.how == Resolution::Capital && m.last + 2 < tokens().size() && tokens()[m.last].text == "-" &&
          tokens()[m.last + 1].lower == "based" && kRulerNouns.count(tokens()[m.last + 2].lower))
        m.last += 3;
    }
    m.actors = {add_gazetteer_actor(e->id)};
    if (type == ActorType::Person) remember_surnames(e->id, e->words);
    // "ASEAN leaders", "ASEAN countries", "Myanmar junta" stand for the actor itself.
    if (type != ActorType::Person && m.how == Resolution::Name)
      if (const GazetteerEntry* n = g_.state_nouns().longest(tokens(), ids_, m.last)) m.last += n->words.size();
    // "called on the M23 rebels to withdraw": the group's own kind of fighters.
    static const std::set<std::string> kGroupNouns = {"rebels", "rebel", "fighters", "militants", "insurgents",
                                                      "militia", "militias", "movement", "group", "jihadists"};
    if (type == ActorType::Group && m.last < tokens().size() && kGroupNouns.count(tokens()[m.last].lower)) ++m.last;
    out->push_back(m);
    return true;
  }

  static bool phrase_at(const std::vector<Token>& t, std::size_t i, const std::vector<std::string>& phrase) {
    if (i + phrase.size() > t.size()) return false;
    for (std::size_t k = 0; k < phrase.size(); ++k)
      if (t[i + k].lower != phrase[k]) return false;
    return true;
  }

  // A reference found at [first, last); `actors` may be left to resolve().
  static bool add_reference(std::size_t first, std::size_t last, std::vector<std::string> actors, Resolution how,
                            std::vector<ActorMention>* out) {
    ActorMention m;
    m.first = first;
    m.last = last;
    m.actors = std::move(actors);
    m.how = how;
    out->push_back(std::move(m));
    return true;
  }

  // Length of the regime words at token i ("military government"), or 0.
  std::size_t regime_words_at(std::size_t i) const {
    for (const auto& phrase : kRegimeWords)
      if (phrase_at(tokens(), i, phrase) && !tokens()[i].capitalized) return phrase.size();
    return 0;
  }

  // The state whose demonym qualifies the parties `m` names ("both Sudanese parties"), or "".
  std::string state_of_own_parties(const ActorMention& m) const {
    static const std::set<std::string> kConflictSides = {"parties", "sides", "factions"};
    if (!kConflictSides.count(tokens()[m.last - 1].lower)) return {};
    for (std::size_t t = m.first; t + 1 < m.last; ++t)
      if (const GazetteerEntry* d = g_.demonyms().longest(tokens(), ids_, t); d && is_type(d->id, ActorType::State))
        return d->id;
    return {};
  }

  // Length of a phrase naming the parties at token i ("the two nuclear-armed
  // neighbours"), or 0.
  std::size_t sides_phrase_at(std::size_t i) const {
    const auto& t = tokens();
    std::size_t k = i;
    const std::string& first = t[k].lower;
    if (first != "the" && first != "both" && first != "all" && first != "our") return 0;
    ++k;
    const bool number = k < t.size() && kSideCounts.count(t[k].lower) > 0;
    if (number) ++k;
    // "the six heads of state"
    if (number && k + 2 < t.size() && t[k].lower == "heads" && t[k + 1].lower == "of" &&
        (t[k + 2].lower == "state" || t[k + 2].lower == "government"))
      return k + 3 - i;
    // "after the three signed a declaration": a number alone, before its verb.
    static const std::set<std::string> kVerbsAfterNumber = {
        "met", "signed", "agreed", "held", "said", "have", "had", "will", "would", "also", "are", "were",
        "discussed", "vowed", "pledged", "issued", "reaffirmed", "called", "urged", "announced", "decided",
        "established", "sign", "agree", "meet", "hold"};
    if (number && first == "the" && k < t.size() && kVerbsAfterNumber.count(t[k].lower)) return k - i;
    // "and both agreed to remain in close contact": "both" alone, before its verb.
    if (first == "both" && !number && k < t.size() && kVerbsAfterNumber.count(t[k].lower) && i > 0) return 1;
    // "and we urge both to manage their competition": "both" alone, asked to act.
    static const std::set<std::string> kAskVerbs = {"urge", "urged", "urges", "call", "calls", "called", "ask",
                                                    "asked", "asks", "encourage", "encouraged", "encourages"};
    if (first == "both" && !number && k < t.size() && t[k].lower == "to" && i > 0 && kAskVerbs.count(t[i - 1].lower))
      return 1;
    // "our two prime ministers" in an op-ed; "our partners" is no pair.
    if ((first == "all" || first == "our") && !number) return 0;
    // "The sides discussed", right after "the" (not "the EU urged both sides").
    if (first == "the" && !number && k < t.size() && t[k].lower == "sides" &&
        !(k + 1 < t.size() && t[k + 1].lower == "of"))
      return k + 1 - i;
    for (std::size_t mods = 0; k < t.size() && mods <= 3; ++mods, ++k) {
      // Readouts capitalise their people: "The Ministers also discussed"; joint statements
      // their sides: "The Parties agreed", "The Presidents held talks".
      // (Not a name's part: "the APEC Leaders' Meeting", "the Leaders Summit".)
      const bool in_name = t[k].capitalized && k + 1 < t.size() &&
                           (t[k + 1].text == "'" || t[k + 1].lower == "'s" || t[k + 1].capitalized);
      if (kSideNouns.count(t[k].lower) && !in_name &&
          (!t[k].capitalized || kPeopleNouns.count(t[k].lower) || kBareSideNouns.count(t[k].lower))) {
        if (first == "the" && !number && !kBareSideNouns.count(t[k].lower)) return 0;
        // "the leaders of ASEAN": named after, not before.
        if (k + 1 < t.size() && t[k + 1].lower == "of") return 0;
        return k + 1 - i;
      }
      // "nuclear-armed", "European": any word but "and"/"of" ("the three European countries"),
      // nor a second determiner ("The Chairperson urges the parties" is no phrase of sides).
      static const std::set<std::string> kNotModifiers = {"and", "of", "the", "a", "an", "its", "their", "his", "her"};
      const bool modifier = (t[k].kind == TokenKind::Word && !kNotModifiers.count(t[k].lower)) || t[k].text == "-";
      if (!modifier) return 0;
    }
    return 0;
  }

  // Length of "the move", "the latest strikes", "this decision" at i, or 0. Not
  // "the decision to hold elections" (a plan named in full), "the move by X" nor
  // "the attack on the camp".
  std::size_t act_at(std::size_t i) const {
    const auto& t = tokens();
    const std::string& first = t[i].lower;
    // "..., a move Minsk denounced": the sentence's own act, named again in apposition; so
    // are "..., a charge Abuja rejected" and "..., charges both Chad and the UAE deny".
    const bool apposition = i > 0 && (t[i - 1].text == "," || t[i - 1].lower == "in");
    auto opens_clause = [&](std::size_t k) {
      return k < t.size() && (t[k].capitalized || t[k].lower == "that" || t[k].lower == "which" ||
                              t[k].lower == "both" || t[k].lower == "the");
    };
    if (apposition && (first == "a" || first == "an") && i + 2 < t.size() &&
        (kActNouns.count(t[i + 1].lower) || t[i + 1].lower == "charge") && opens_clause(i + 2))
      return 2;
    static const std::set<std::string> kCharges = {"charges", "accusations", "allegations", "claims"};
    if (apposition && kCharges.count(first) && opens_clause(i + 1)) return 1;
    if (first != "the" && first != "this" && first != "these") return 0;
    for (std::size_t k = i + 1; k < t.size() && k <= i + 4; ++k) {
      if (t[k].text == "\"" || t[k].text == "\xE2\x80\x9C") continue;  // 'the "treacherous aggression"'
      if (t[k].kind != TokenKind::Word || t[k].capitalized) return 0;
      if (!kActNouns.count(t[k].lower)) continue;
      // A lone "claim" or "criticism" is an act only when rebutted: "India rejected the
      // claim" (not "to protest the claim", which may be anyone's).
      static const std::set<std::string> kRebuttals = {"reject", "rejects", "rejected", "dismiss", "dismisses",
                                                       "dismissed", "deny", "denies", "denied", "refute",
                                                       "refutes", "refuted", "rebuffed", "rebuts", "rebutted"};
      // ("rejected the call": the urging just reported)
      if ((t[k].lower == "claim" || t[k].lower == "criticism" || t[k].lower == "call" || t[k].lower == "calls") &&
          !(i > 0 && kRebuttals.count(t[i - 1].lower)))
        return 0;
      // "the attack by the RSF", "the attack on Chinese nationals" name their own ends;
      // "the strike on the school" names a thing hit, still the act of whoever struck.
      static const std::set<std::string> kNamedAfter = {"to", "of", "by", "that", "on", "against"};
      // ("the attacks on civilians" too: a plain noun with no determiner)
      const bool on_a_thing =
          k + 2 < t.size() && (t[k + 1].lower == "on" || t[k + 1].lower == "against") &&
          (((t[k + 2].lower == "the" || t[k + 2].lower == "a") && k + 3 < t.size() && !t[k + 3].capitalized &&
            t[k + 3].kind == TokenKind::Word) ||
           (!t[k + 2].capitalized && t[k + 2].kind == TokenKind::Word && t[k + 2].lower != "the" &&
            t[k + 2].lower != "a" && t[k + 2].lower != "its" && t[k + 2].lower != "their"));
      if (k + 1 < t.size() && kNamedAfter.count(t[k + 1].lower) && !on_a_thing) return 0;
      // "the coercive measures imposed on Zimbabwe", "the strikes launched by": described
      // in full right here, no act told of before.
      static const std::set<std::string> kDescribedAfter = {"imposed", "levied", "maintained", "announced",
                                                             "adopted", "launched", "introduced", "applied"};
      if (k + 1 < t.size() && kDescribedAfter.count(t[k + 1].lower)) return 0;
      // The closing quote mark of 'the "treacherous aggression"' belongs to the mention.
      const bool quoted = k + 1 < t.size() && (t[k + 1].text == "\"" || t[k + 1].text == "\xE2\x80\x9D");
      return k + 1 - i + (quoted ? 1 : 0);
    }
    return 0;
  }

  // "the Iran-backed group": the group word after "<Name>-backed", whose backer is named.
  bool backed_group_at(std::size_t i) const {
    static const std::set<std::string> kBacked = {"backed", "supported", "sponsored", "funded", "armed", "allied"};
    static const std::set<std::string> kGroups = {"group", "militia", "movement", "rebels", "militants", "fighters"};
    const auto& t = tokens();
    return i >= 3 && kGroups.count(t[i].lower) && kBacked.count(t[i - 1].lower) && t[i - 2].text == "-" &&
           t[i - 3].capitalized;
  }

  // Where a transcript's speaker label ends: the ':' after a few capitalised words
  // opening the sentence ("Mao Ning:", "President of Russia Vladimir Putin:"); 0 if none.
  static std::size_t label_end(const Sentence& s) {
    static const std::set<std::string> kLinkWords = {"of", "the", "and", "for"};
    if (s.tokens.empty() || !s.tokens[0].capitalized) return 0;
    for (std::size_t k = 1; k < s.tokens.size() && k <= 10; ++k) {
      const Token& t = s.tokens[k];
      if (t.text == ":") return k;
      // "Kassym-Jomart Tokayev:" has a hyphen inside the name.
      if (t.text == "-" && k + 1 < s.tokens.size() && s.tokens[k + 1].capitalized) continue;
      if (t.kind != TokenKind::Word || !(t.capitalized || kLinkWords.count(t.lower))) return 0;
    }
    return 0;
  }

  // The state named last before this point of the sentence, or in the sentences before.
  std::string state_named_last(const std::vector<ActorMention>& so_far) const {
    for (auto m = so_far.rbegin(); m != so_far.rend(); ++m)
      if (m->actors.size() == 1 && is_type(m->actors.front(), ActorType::State)) return m->actors.front();
    return last_state_;
  }

  bool reference_at(std::size_t i, std::vector<ActorMention>* out) {
    // Most words start no reference at all: one lookup rules them out.
    static const std::unordered_set<std::string> kFirstWords = [] {
      std::unordered_set<std::string> words = {kTheCountry.front(), kTheCapital.front(), "it", "they", "its", "this",
                                               "these", "a"};
      for (const auto* phrases : {&kTheGroup, &kBothSides})
        for (const auto& phrase : *phrases) words.insert(phrase.front());
      for (const auto* set : {&kSingular, &kPlural, &kWe}) words.insert(set->begin(), set->end());
      words.insert({"you", "your", "allies", "leaders", "ministers"});
      // An accusation named again in apposition (act_at): ", a charge ...", ", charges ...".
      words.insert({"an", "charges", "accusations", "allegations", "claims"});
      words.insert("summit");  // "Summit commended ..." in a communique
      return words;
    }();
    if (backed_group_at(i)) return add_reference(i, i + 1, {}, Resolution::Pronoun, out);
    if (!kFirstWords.count(tokens()[i].lower)) return false;
    // "the North", "the South" in a story of the two Koreas.
    if (tokens()[i].lower == "the" && i + 1 < tokens().size() &&
        (tokens()[i + 1].text == "North" || tokens()[i + 1].text == "South") &&
        !(i + 2 < tokens().size() && tokens()[i + 2].capitalized) && out_.actors.count("KOR") && out_.actors.count("PRK"))
      return add_reference(i, i + 2, {tokens()[i + 1].text == "North" ? "PRK" : "KOR"}, Resolution::Title, out);
    // "The head of state expressed gratitude": the president or monarch named last (the
    // head of government: the prime minister).
    if (tokens()[i].lower == "the" && i + 3 < tokens().size() && tokens()[i + 1].lower == "head" &&
        tokens()[i + 2].lower == "of" && (tokens()[i + 3].lower == "state" || tokens()[i + 3].lower == "government") &&
        !(i + 4 < tokens().size() && tokens()[i + 4].lower == "of")) {
      const auto& heads = tokens()[i + 3].lower == "state" ? kHeadsOfState : kHeadsOfGovernment;
      for (auto it = titled_people_.rbegin(); it != titled_people_.rend(); ++it)
        if (heads.count(it->second)) return add_reference(i, i + 4, {it->first}, Resolution::Title, out);
    }
    // "Leaders welcomed Australia's offer" in a communiqué of the Pacific Islands Forum: the
    // body whose meeting the headline names, speaking for its members together.
    if (i == 0 && (tokens()[0].text == "Leaders" || tokens()[0].text == "Ministers") &&
        !(tokens().size() > 1 && tokens()[1].lower == "of") && !out_.mentions.empty())
      if (const std::string body = most_named_organisation(); !body.empty() &&
          std::any_of(out_.mentions[0].begin(), out_.mentions[0].end(), [&](const ActorMention& m) {
            return std::find(m.actors.begin(), m.actors.end(), body) != m.actors.end();
          }))
        return add_reference(0, 1, {body}, Resolution::Title, out);
    if ((tokens()[i].lower == "its" || tokens()[i].lower == "our") && i + 1 < tokens().size() &&
        kPartnerWords.count(tokens()[i + 1].lower))
      return add_reference(i, i + 2, {}, Resolution::Pronoun, out);
    // "its Baltic neighbour", "its closest ally"
    static const std::set<std::string> kPartnerAdjectives = {"baltic", "nordic", "southern", "northern", "eastern",
                                                             "western", "closest", "close", "key", "strategic",
                                                             "traditional", "old", "longtime", "long-standing"};
    if ((tokens()[i].lower == "its" || tokens()[i].lower == "our") && i + 2 < tokens().size() &&
        kPartnerAdjectives.count(tokens()[i + 1].lower) && kPartnerWords.count(tokens()[i + 2].lower))
      return add_reference(i, i + 3, {}, Resolution::Pronoun, out);
    static const std::set<std::string> kPossessives = {"his", "her", "their", "its", "our"};
    if (kPossessives.count(tokens()[i].lower) && i + 1 < tokens().size() && kGuestWords.count(tokens()[i + 1].lower))
      return add_reference(i, i + 2, {}, Resolution::Pronoun, out);
    // "Welcoming the distinguished guest, the head of Turkmenistan noted": the visitor.
    static const std::set<std::string> kGuestAdjectives = {"distinguished", "dear", "honoured", "honored",
                                                           "esteemed", "high-ranking"};
    if (tokens()[i].lower == "the" && i + 2 < tokens().size() && kGuestAdjectives.count(tokens()[i + 1].lower) &&
        (tokens()[i + 2].lower == "guest" || tokens()[i + 2].lower == "guests"))
      return add_reference(i, i + 3, {}, Resolution::Pronoun, out);
    // "threatened a 50% tariff on its textile exports": a state's goods, hit by another's act
    // (resolved with the organs, as "fired on its troops" is).
    static const std::set<std::string> kGoods = {"exports", "goods", "products", "imports", "shipments"};
    if ((tokens()[i].lower == "its" || tokens()[i].lower == "their") && i > 0 &&
        (tokens()[i - 1].lower == "on" || tokens()[i - 1].lower == "against"))
      for (std::size_t k = i + 1; k < tokens().size() && k <= i + 2; ++k)
        if (kGoods.count(tokens()[k].lower)) {
          ActorMention m;
          m.first = i;
          m.last = k + 1;
          m.how = Resolution::Organ;
          pending_organs_.emplace_back(i + 1, "");
          out->push_back(m);
          return true;
        }
    if (tokens()[i].lower == "its") return false;
    // "Aliyev, who arrived in our country on a state visit" in a release datelined Ashgabat:
    // the publisher's own state (a quotation's "our country" is its speaker's).
    if (tokens()[i].lower == "our" && i + 1 < tokens().size() && tokens()[i + 1].lower == "country" &&
        !tokens()[i].in_quote && !dateline_.empty())
      return add_reference(i, i + 2, {add_gazetteer_actor(dateline_)}, Resolution::Demonym, out);
    for (const auto* phrase : {&kTheCountry, &kTheCapital}) {
      if (!phrase_at(tokens(), i, *phrase)) continue;
      const std::string& state = phrase == &kTheCountry ? last_state_ : last_capital_;
      // "received David Lammy, ... of the United Kingdom, who is visiting the country": the
      // host's country, the wire's dateline, not the guest's just named.
      // So too "on the occasion of the Lebanese President's visit to the country" (Doha, QNA).
      const bool visited = i > 0 && (tokens()[i - 1].lower == "visiting" ||
                                     (i > 1 && tokens()[i - 1].lower == "to" &&
                                      (tokens()[i - 2].lower == "visit" || tokens()[i - 2].lower == "trip")));
      if (phrase == &kTheCountry && visited && !dateline_.empty() && dateline_ != state)
        return add_reference(i, i + 2, {add_gazetteer_actor(dateline_)}, Resolution::Pronoun, out);
      if (state.empty()) return false;
      return add_reference(i, i + phrase->size(), {state}, Resolution::Pronoun, out);
    }
    // "Allies strongly condemn ...": NATO's house style for its members together.
    if (out_.actors.count("NATO")) {
      // (also after a clause: "At the request of Poland, Allies held consultations")
      if (tokens()[i].text == "Allies" && (i == 0 || !tokens()[i - 1].capitalized))
        return add_reference(i, i + 1, {"NATO"}, Resolution::Pronoun, out);
      if (tokens()[i].lower == "the" && i + 1 < tokens().size() && tokens()[i + 1].text == "Allies")
        return add_reference(i, i + 2, {"NATO"}, Resolution::Pronoun, out);
    }
    // "The Council called on Iran", "The Commission expresses": a statement's body named again,
    // capitalised as statements write it (not "the Council of Europe").
    // (capitalised as statements write it: "The Community reaffirms" in a CARICOM statement)
    const bool named_body = i + 1 < tokens().size() && last_named_body_.count(tokens()[i + 1].lower) &&
                            (tokens()[i + 1].lower != "community" || tokens()[i + 1].capitalized) &&
                            !(i + 2 < tokens().size() && (tokens()[i + 2].lower == "of" || tokens()[i + 2].capitalized));
    // "quit the regional bloc": one plain word may qualify the bloc.
    static const std::set<std::string> kBlocQualifiers = {"regional", "continental", "economic", "political",
                                                          "military", "trading", "security", "western", "eastern"};
    const bool qualified = i + 2 < tokens().size() && kBlocQualifiers.count(tokens()[i + 1].lower) &&
                           !tokens()[i + 1].capitalized && !tokens()[i + 2].capitalized &&
                           (tokens()[i + 2].lower == "bloc" || tokens()[i + 2].lower == "alliance" ||
                            tokens()[i + 2].lower == "grouping");
    if (tokens()[i].lower == "the" && i + 1 < tokens().size() &&
        ((kBlocWords.count(tokens()[i + 1].lower) && !tokens()[i + 1].capitalized) || named_body || qualified)) {
      // "cooperate with the International Atomic Energy Agency ... call on the agency": this sentence's first.
      // ("The Chairperson commends ECOWAS ... and expresses the support of the Commission for
      // the efforts of the regional bloc": another body than the speaker's own.)
      std::string bloc = last_bloc_;
      const std::string speakers = !out->empty() && out->front().actors.size() == 1
                                       ? country_of(out->front().actors.front())
                                       : std::string();
      for (const bool others_only : {true, false}) {
        std::string found;
        for (auto m = out->rbegin(); m != out->rend() && found.empty(); ++m)
          if (m->actors.size() == 1 && is_type(m->actors.front(), ActorType::Organization) &&
              (!others_only || country_of(m->actors.front()) != speakers))
            found = m->actors.front();
        if (!found.empty()) {
          bloc = found;
          break;
        }
      }
      // "The Council": the body last named as a council ("the Gulf Cooperation Council"), not
      // merely the organisation named last ("the International Court of Justice").
      // With none so named, the body the text names most: an ECOWAS statement's "The
      // Commission will dispatch a mission" after it "commends the African Union".
      if (named_body && !qualified) {
        const std::string& named = last_named_body_[tokens()[i + 1].lower];
        if (!named.empty()) bloc = named;
        else if (std::string most = most_named_organisation(); !most.empty()) bloc = most;
      }
      if (!bloc.empty()) return add_reference(i, i + (qualified ? 3 : 2), {bloc}, Resolution::Pronoun, out);
    }
    // "Summit commended the Government of Mozambique", "The Summit urged": a communique's
    // summit speaks for the body that held it.
    const std::size_t summit_at = tokens()[i].text == "The" ? i + 1 : i;
    if (summit_at + 1 < tokens().size() && tokens()[summit_at].text == "Summit" && (summit_at == 0 || i < summit_at) &&
        tokens()[summit_at + 1].kind == TokenKind::Word && !tokens()[summit_at + 1].capitalized &&
        tokens()[summit_at + 1].lower != "of")
      if (const std::string body = most_named_organisation(); !body.empty())
        return add_reference(i, summit_at + 1, {body}, Resolution::Name, out);
    // "The General Secretariat calls on ...": the secretariat of the organisation named last.
    const std::size_t secretariat = i + 2 < tokens().size() && tokens()[i + 1].text == "General" ? i + 2 : i + 1;
    if (tokens()[i].lower == "the" && secretariat < tokens().size() && tokens()[secretariat].text == "Secretariat" &&
        !(secretariat + 1 < tokens().size() && tokens()[secretariat + 1].lower == "of") && !last_bloc_.empty())
      return add_reference(i, secretariat + 1, {last_bloc_}, Resolution::Pronoun, out);
    // "the kingdom": the monarchy named last ("Kingdom of Saudi Arabia" is one of its names).
    if (tokens()[i].lower == "the" && i + 1 < tokens().size() && tokens()[i + 1].lower == "kingdom" &&
        (i + 2 >= tokens().size() || tokens()[i + 2].lower != "of") && !last_kingdom_.empty())
      return add_reference(i, i + 2, {last_kingdom_}, Resolution::Pronoun, out);
    // A bare "the authorities", "the government": those named last as such.
    // (Not "the government of Guyana", nor "the Government and people of Guyana".)
    std::size_t of_at = i + 2;
    if (of_at + 2 < tokens().size() && tokens()[of_at].lower == "and")
      of_at += tokens()[of_at + 1].lower == "the" ? 3 : 2;
    const bool of_name = of_at + 1 < tokens().size() && tokens()[of_at].lower == "of" && tokens()[of_at + 1].capitalized;
    const bool bare_rulers = tokens()[i].lower == "the" && i + 1 < tokens().size() && !of_name &&
                             (tokens()[i + 1].lower == "authorities" || tokens()[i + 1].lower == "government") &&
                             (i + 2 >= tokens().size() || tokens()[i + 2].lower != "in");
    if (bare_rulers && !last_rulers_.empty())
      return add_reference(i, i + 2, {last_rulers_}, Resolution::Pronoun, out);
    // "BEIRUT (AFP) - ... to press the government to disarm Hezbollah": a wire's
    // "the government" is the one where it is filed.
    if (tokens()[i].lower == "the" && i + 1 < tokens().size() && tokens()[i + 1].lower == "government" && !of_name &&
        !dateline_.empty())
      return add_reference(i, i + 2, {add_gazetteer_actor(dateline_)}, Resolution::Pronoun, out);
    if (tokens()[i].lower == "the" && i + 1 < tokens().size() && tokens()[i + 1].lower == "ministry" &&
        (i + 2 >= tokens().size() || tokens()[i + 2].lower != "of") && !last_ministry_.empty())
      return add_reference(i, i + 2, {last_ministry_}, Resolution::Pronoun, out);
    // "the military authorities in Naypyidaw", "the authorities in Kabul", "the transitional
    // government in Port-au-Prince": who rules from a capital.
    if (tokens()[i].lower == "the" && i + 2 < tokens().size()) {
      static const std::set<std::string> kRulers = {"authorities", "government", "administration"};
      static const std::set<std::string> kKinds = {"transitional", "interim", "caretaker", "provisional", "new",
                                                   "current", "central", "federal"};
      std::size_t length = regime_words_at(i + 1);
      const std::size_t kind = kKinds.count(tokens()[i + 1].lower) ? 1 : 0;
      if (!length && kRulers.count(tokens()[i + 1 + kind].lower)) length = 1 + kind;
      const std::size_t in = i + 1 + length;
      if (length && in + 1 < tokens().size() && tokens()[in].lower == "in")
        if (const GazetteerEntry* c = g_.names().longest(tokens(), ids_, in + 1); c && c->how == Resolution::Capital)
          return add_reference(i, in + 1 + c->words.size(), {add_gazetteer_actor(c->id)}, Resolution::Pronoun, out);
    }
    if (tokens()[i].lower == "the" && !last_regime_.empty())
      if (const std::size_t length = regime_words_at(i + 1))
        return add_reference(i, i + 1 + length, {last_regime_}, Resolution::Pronoun, out);
    for (const auto& phrase : kTheGroup) {
      if (!phrase_at(tokens(), i, phrase)) continue;
      // "the Organisation of Islamic Cooperation" names itself.
      if (tokens()[i + 1].capitalized && g_.names().longest(tokens(), ids_, i + 1)) break;
      return add_reference(i, i + phrase.size(), {}, Resolution::Pronoun, out);
    }
    // "China said it ...", "the Houthis said they ...", "India said on Monday it ...":
    // after a speech verb, the speaker.
    // "Armenia has sought closer ties with the West ... It has signed a defence
    // agreement with France": a sentence-opening "It" is the state that opened the last.
    static const std::set<std::string> kAfterIt = {"has", "had", "is", "was", "will", "would", "also", "said",
                                                   "says", "signed", "accused", "called", "announced", "agreed",
                                                   "closed", "summoned", "expelled", "recalled", "suspended",
                                                   "rejected", "condemned", "warned", "urged", "imposed", "denied"};
    if (i == 0 && tokens()[0].text == "It" && tokens().size() > 1 && kAfterIt.count(tokens()[1].lower) &&
        !last_opening_state_.empty() && sentence_ == last_opening_state_sentence_ + 1)
      return add_reference(0, 1, {last_opening_state_}, Resolution::Pronoun, out);
    if (tokens()[i].lower == "it" && i > 0 && kObjectVerbs.count(tokens()[i - 1].lower))
      return add_reference(i, i + 1, {}, Resolution::Pronoun, out);
    if (subordinate_it(i)) return add_reference(i, i + 1, {}, Resolution::Pronoun, out);
    if ((tokens()[i].lower == "it" || tokens()[i].lower == "they") && i > 0) {
      if (g_.is_speech_verb(tokens()[said_before(tokens(), i)].lower))
        return add_reference(i, i + 1, {}, Resolution::Pronoun, out);
      // "China said the pass was a matter between Nepal and India and that it respected ...":
      // a second "that" clause of the same saying.
      if (i >= 2 && tokens()[i - 1].lower == "that" && tokens()[i - 2].lower == "and" &&
          std::any_of(tokens().begin(), tokens().begin() + static_cast<std::ptrdiff_t>(i - 2),
                      [&](const Token& t) { return g_.is_speech_verb(t.lower); }))
        return add_reference(i, i + 1, {}, Resolution::Pronoun, out);
    }
    if (const std::size_t length = act_at(i)) return add_reference(i, i + length, {}, Resolution::Act, out);
    if (const std::size_t length = sides_phrase_at(i))
      return add_reference(i, i + length, {}, Resolution::BothSides, out);
    for (const auto& phrase : kBothSides) {
      if (i + phrase.size() > tokens().size()) continue;
      bool ok = true;
      for (std::size_t k = 0; k < phrase.size() && ok; ++k) ok = tokens()[i + k].lower == phrase[k];
      if (!ok) continue;
      // "all parties concerned to cease violence"
      std::size_t end = i + phrase.size();
      if (end < tokens().size() && (tokens()[end].lower == "concerned" || tokens()[end].lower == "involved")) ++end;
      return add_reference(i, end, {}, Resolution::BothSides, out);
    }
    const std::string& w = tokens()[i].lower;
    const std::string& text = tokens()[i].text;
    const bool shouted = text.size() > 1 && std::all_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (shouted) return false;  // "US" is a state, not "us"
    if (w == "i" && text != "I") return false;  // "i" is no pronoun in wire copy
    if (w == "you" || w == "your") {
      ActorMention m;
      m.first = i;
      m.last = i + 1;
      m.how = Resolution::Addressee;
      out->push_back(m);
      return true;
    }
    // "His Majesty The King", "Her Excellency": a style of address, no one named before.
    static const std::set<std::string> kStyles = {"majesty", "excellency", "highness", "holiness", "royal"};
    if ((w == "his" || w == "her") && i + 1 < tokens().size() && kStyles.count(tokens()[i + 1].lower)) return false;
    if (kSingular.count(w) || kPlural.count(w) || kWe.count(w)) {
      ActorMention m;
      m.first = i;
      m.last = i + 1;
      m.how = kWe.count(w) ? Resolution::We : Resolution::Pronoun;
      out->push_back(m);
      return true;
    }
    // "[We]" inside a quotation, as editors write it.
    return false;
  }

  bool surname_at(std::size_t i, std::vector<ActorMention>* out) {
    const std::size_t glued = glued_particle_at(i);  // "al-Shaibani said"
    // A double surname comes back whole ("Persad-Bissessar", remembered by its last part).
    const bool double_name = !glued && i + 2 < tokens().size() && tokens()[i].capitalized &&
                             tokens()[i + 1].text == "-" && tokens()[i + 1].begin == tokens()[i].end &&
                             tokens()[i + 2].begin == tokens()[i + 1].end;
    const Token& t = tokens()[glued || double_name ? i + 2 : i];
    if (!t.capitalized || t.kind != TokenKind::Word) return false;
    auto it = surnames_.find(t.lower);
    if (it == surnames_.end()) return false;
    ActorMention m;
    m.first = i;
    m.last = i + (glued || double_name ? 3 : 1);
    m.actors = {it->second};
    m.how = Resolution::Surname;
    out->push_back(m);
    return true;
  }

  // "received Narendra Modi, Prime Minister of the Republic of India, at ...": an office
  // of the person's own state between commas belongs to the person's mention, so that
  // gaps read past it as past a lower-case "chairman of ...".
  void absorb_office_appositions(const Sentence& s, std::vector<ActorMention>* out) {
    for (std::size_t k = 0; k + 1 < out->size(); ++k) {
      ActorMention& person = (*out)[k];
      const ActorMention& office = (*out)[k + 1];
      if (person.actors.size() != 1 || !is_person(person.actors.front()) || office.how != Resolution::Demonym ||
          office.actors.size() != 1 || office.first != person.last + 1 || s.tokens[person.last].text != "," ||
          office.last >= s.tokens.size() || s.tokens[office.last].text != "," ||
          country_of(person.actors.front()) != country_of(office.actors.front()))
        continue;
      // "The Foreign Minister thanked China" later is the one named so in apposition.
      if (const GazetteerEntry* title = g_.titles().longest(s.tokens, ids_, office.first))
        titled_people_.emplace_back(person.actors.front(), office_key(title->id));
      person.last = office.last;
      out->erase(out->begin() + static_cast<std::ptrdiff_t>(k + 1));
    }
  }

  // Length of an honorific ending right before `at` ("HE", "H.E.", "His Highness", "His
  // Royal Highness"), not reaching back past `floor`; 0 if none.
  static std::size_t honorific_before(const Sentence& s, std::size_t at, std::size_t floor) {
    static const std::set<std::string> kAbbreviations = {"HE", "HH", "HRH", "HM"};
    static const std::set<std::string> kStyles = {"excellency", "highness", "majesty"};
    const auto& t = s.tokens;
    if (at >= floor + 1 && kAbbreviations.count(t[at - 1].text)) return 1;
    if (at >= floor + 2 && t[at - 2].text == "H." && (t[at - 1].text == "E." || t[at - 1].text == "H.")) return 2;
    if (at >= floor + 2 && kStyles.count(t[at - 1].lower) && (t[at - 2].lower == "his" || t[at - 2].lower == "her"))
      return 2;
    if (at >= floor + 3 && t[at - 1].lower == "highness" && t[at - 2].lower == "royal" &&
        (t[at - 3].lower == "his" || t[at - 3].lower == "her"))
      return 3;
    return 0;
  }

  void detect(const Sentence& s, std::vector<ActorMention>* out) {
    const std::size_t n = s.tokens.size();
    for (std::size_t i = 0; i < n;) {
      const std::size_t before = out->size();
      if (person_at(i, out) || demonyms_at(i, out) || name_at(i, out) || noun_of_state_at(i, out) ||
          reference_at(i, out) || surname_at(i, out) || named_by_apposition_at(i, out)) {
        if (out->size() > before) {
          ActorMention& m = out->back();
          if (!m.actors.empty() && is_person(m.actors.front())) take_apposition(&m);
        }
        i = std::max(i + 1, out->back().last);
        continue;
      }
      ++i;
    }
    absorb_office_appositions(s, out);
    // Spans take a leading "the", and a possessive before a demonym or organ
    // ("his Pakistani counterparts") belongs to that mention, not to a pronoun.
    std::vector<ActorMention> merged;
    for (ActorMention& m : *out) {
      // "the paramilitary Rapid Support Forces", "the separatist Baloch Liberation Army" too.
      const bool group_name =
          m.how == Resolution::Name && m.actors.size() == 1 && is_type(m.actors.front(), ActorType::Group);
      const bool descriptive =
          (m.how == Resolution::Demonym || m.how == Resolution::Organ || group_name) && !m.actors.empty();
      const std::size_t floor = merged.empty() ? 0 : merged.back().last;
      // "the Republic of Rwanda", "the Kingdom of Bahrain": a state's official style before its name.
      static const std::set<std::string> kStyles = {"republic", "kingdom", "state", "sultanate", "principality",
                                                    "federation", "commonwealth", "emirate"};
      const bool state_name = m.how == Resolution::Name && m.actors.size() == 1 && is_type(m.actors.front(), ActorType::State);
      if (state_name && m.first >= floor + 2 && s.tokens[m.first - 1].lower == "of" &&
          s.tokens[m.first - 2].capitalized && kStyles.count(s.tokens[m.first - 2].lower))
        m.first -= 2;
      const bool the_before = m.first > floor && s.tokens[m.first - 1].lower == "the";
      if (the_before) --m.first;
      // "HH the Amir welcomed HE the Lebanese President", "HE President ... Joseph Aoun": an
      // honorific before the office is the mention's too (and "His" of "His Highness" is no pronoun).
      const std::size_t pronoun_floor = merged.empty() ? 0 : merged.back().first;
      if (const std::size_t len = honorific_before(s, m.first, std::min(floor, pronoun_floor)); len > 0) {
        m.first -= len;
        while (!merged.empty() && merged.back().last > m.first) merged.pop_back();
      } else if (!the_before && descriptive) {
        // "the interim Afghan government": up to two plain words after a determiner ("the fascist
        // and genocidal government of Israel": two joined by "and").
        for (std::size_t back = 1; back <= 4 && m.first >= floor + back + 1; ++back) {
          const Token& w = s.tokens[m.first - back];
          const bool joining = w.lower == "and" && back == 2;
          if (w.kind != TokenKind::Word || w.capitalized || (kNotNames.count(w.lower) && !joining)) break;
          // ("a meeting between Honduras' defense minister": a preposition ends the modifiers)
          static const std::set<std::string> kPrepositionWords = {
              "between", "with", "of", "to", "from", "in", "on", "at", "by", "for", "against", "among",
              "after", "before", "since", "during", "until", "than", "as"};
          if (kPrepositionWords.count(w.lower)) break;
          if (back > 2 && s.tokens[m.first - 2].lower != "and") break;
          if (kDeterminers.count(s.tokens[m.first - back - 1].lower)) {
            m.first -= back + 1;
            break;
          }
        }
      }
      // "his Venezuelan counterpart Nicolas Maduro" too: the possessive belongs to the person.
      const bool titled = (m.how == Resolution::Title || m.how == Resolution::NewPerson) && !m.actors.empty();
      if ((descriptive || titled) && !merged.empty() && merged.back().last == m.first &&
          (merged.back().how == Resolution::Pronoun || merged.back().how == Resolution::We) &&
          kPossessive.count(s.tokens[merged.back().first].lower)) {
        m.first = merged.back().first;
        merged.pop_back();
      }
      merged.push_back(m);
    }
    // Places and modifiers never fill a slot.
    std::size_t capitalised = 0, words = 0;
    for (const Token& t : s.tokens)
      if (t.kind == TokenKind::Word) {
        ++words;
        capitalised += t.capitalized;
      }
    const bool title_case = words >= 3 && capitalised * 10 >= words * 7;  // a headline in Title Case
    auto mentioned = [&](std::size_t t) {
      for (const ActorMention& o : merged)
        if (o.first <= t && t < o.last) return true;
      return false;
    };
    auto plain_capital = [&](std::size_t t) {
      return t < n && s.tokens[t].kind == TokenKind::Word && s.tokens[t].capitalized && !mentioned(t) &&
             !g_.titles().longest(s.tokens, ids_, t);
    };
    for (std::size_t k = 0; k < merged.size(); ++k) {
      ActorMention& m = merged[k];
      // "South China Sea", "Bank of China", "the Doha Agreement"... a state or capital
      // name inside a longer proper name.
      const bool place_name = m.how == Resolution::Name || m.how == Resolution::Capital || m.how == Resolution::Place;
      // (A capital word opening the text after a dateline is no name's: "RIGA — Since Russia launched".)
      if (!title_case && place_name && m.actors.size() == 1 && !is_person(m.actors.front()) &&
          (plain_capital(m.last) ||
           (m.first > 1 && plain_capital(m.first - 1) && s.tokens[m.first - 2].kind == TokenKind::Word)))
        m.inert = true;
      // "Karachi", "Gaza City": a city or region where things happen, never a party.
      if (m.how == Resolution::Place) m.inert = true;
      // "For his part, Vucic said": the possessive is the speaker's who follows, never a party.
      if (m.how == Resolution::Pronoun && m.first > 0 && s.tokens[m.first - 1].lower == "for" && m.last < n &&
          s.tokens[m.last].lower == "part")
        m.inert = true;
      // "struck what it said were bases of Jaish al-Adl": a hedge, never a party.
      if (m.how == Resolution::Pronoun && m.first > 0 && s.tokens[m.first - 1].lower == "what" && m.last < n &&
          is_hedge_verb(s.tokens[m.last].lower))
        m.inert = true;
      // "the Ukraine crisis", "the Korea question": a state naming an issue is no party to it.
      static const std::set<std::string> kIssueNouns = {"crisis", "conflict", "war", "issue", "question",
                                                        "situation", "file", "dossier"};
      if (m.how == Resolution::Name && m.last < n && kIssueNouns.count(s.tokens[m.last].lower) &&
          m.actors.size() == 1 && is_type(m.actors.front(), ActorType::State))
        m.inert = true;
      // "the ASEAN summit", "the NATO summit": an organisation naming an event is no party.
      if (m.how == Resolution::Name && m.last < n && kEventNouns.count(s.tokens[m.last].lower) &&
          m.actors.size() == 1 && is_type(m.actors.front(), ActorType::Organization))
        m.inert = true;
      // ... and "a G20 foreign ministers' meeting in Johannesburg", "the ASEAN leaders' summit".
      if (m.how == Resolution::Name && m.actors.size() == 1 && is_type(m.actors.front(), ActorType::Organization) &&
          m.last + 2 < n && (s.tokens[m.last].lower == "ministers" || s.tokens[m.last].lower == "leaders" ||
                             s.tokens[m.last + 1].lower == "ministers")) {
        for (std::size_t k = m.last; k < n && k < m.last + 4; ++k)
          if (kEventNouns.count(s.tokens[k].lower) || s.tokens[k].lower == "meeting") m.inert = true;
      }
      // "in Pakistan" is a place, "in Pakistan's mining sector" names a participant.
      const bool possessor = m.last < n && s.tokens[m.last].lower == "'s";
      // ... and "our brothers in Conakry", "our partners in Brussels" name people of it.
      static const std::set<std::string> kPeopleIn = {"brothers", "sisters", "friends", "partners", "allies",
                                                      "counterparts", "colleagues", "neighbours", "neighbors"};
      const bool people_in = m.first > 1 && s.tokens[m.first - 1].lower == "in" &&
                             kPeopleIn.count(s.tokens[m.first - 2].lower) > 0 && m.actors.size() == 1 &&
                             is_type(m.actors.front(), ActorType::State);
      if (m.first > 0 && kPlacePrepositions.count(s.tokens[m.first - 1].lower) && !possessor && !people_in &&
          m.how != Resolution::Act)  // "in a move that Taiwan condemned" is no place
        m.inert = true;
      // "flew to Washington for talks with Trump": a capital one travels to is a place.
      if (m.how == Resolution::Capital && m.first > 1 && s.tokens[m.first - 1].lower == "to" &&
          kMotionVerbs.count(s.tokens[m.first - 2].lower))
        m.inert = true;
      // "China-Pakistan ties": a hyphen glued on both sides joins two names into a modifier.
      auto joining_hyphen = [&](std::size_t h) {
        return h > 0 && h + 1 < n && s.tokens[h].text == "-" && s.tokens[h].begin == s.tokens[h - 1].end &&
               s.tokens[h].end == s.tokens[h + 1].begin;
      };
      const bool hyphen_after = m.last < n && joining_hyphen(m.last);
      const bool hyphen_before = m.first >= 1 && joining_hyphen(m.first - 1);
      // ... but "the Tripoli-based government", "Sudan's army-led government" act for the state.
      const bool based_government = hyphen_after && m.last + 2 < n &&
                                    (s.tokens[m.last + 1].lower == "based" || s.tokens[m.last + 1].lower == "led") &&
                                    (s.tokens[m.last + 2].lower == "government" ||
                                     s.tokens[m.last + 2].lower == "authorities" ||
                                     s.tokens[m.last + 2].lower == "administration");
      if ((hyphen_after || hyphen_before) && !based_government) m.inert = true;
    }
    *out = std::move(merged);
  }

  // --- coreference ------------------------------------------------------------

  std::string country_of(const std::string& id) const {
    auto it = out_.actors.find(id);
    return it == out_.actors.end() ? "" : it->second.country;
  }
  bool is_person(const std::string& id) const {
    auto it = out_.actors.find(id);
    return it != out_.actors.end() && it->second.type == ActorType::Person;
  }

  std::vector<std::string> both_sides() const { return main_states(2, true); }

  // The story's `count` most named states (or, unless `states_only`, groups and
  // organisations too; never organisations with `no_organisations`).
  std::vector<std::string> main_states(std::size_t count, bool states_only, bool no_organisations = false) const {
    return most_named(state_counts_, count, states_only, no_organisations);
  }
  // The `count` sides named in most sentences (then the latest), or none.
  std::vector<std::string> most_named(const std::map<std::string, std::pair<int, std::size_t>>& counts,
                                      std::size_t count, bool states_only, bool no_organisations) const {
    std::vector<std::pair<std::string, std::pair<int, std::size_t>>> ranked;
    for (const auto& entry : counts)
      if ((!states_only || is_type(entry.first, ActorType::State)) &&
          !(no_organisations && is_type(entry.first, ActorType::Organization)))
        ranked.push_back(entry);
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
      if (a.second.first != b.second.first) return a.second.first > b.second.first;
      if (a.second.second != b.second.second) return a.second.second > b.second.second;
      return a.first < b.first;
    });
    std::vector<std::string> out;
    for (std::size_t k = 0; k < ranked.size() && k < count; ++k) out.push_back(ranked[k].first);
    if (out.size() < count) out.clear();
    return out;
  }

  // Whom an object "him" refers to: the person named last before it in its sentence
  // who is not, nor belongs to, the subject of its clause (the first mention after the
  // last "and", else the sentence's first). Null when there is none.
  const ActorMention* last_other_person(const Sentence& s, const std::vector<ActorMention>& mentions,
                                        const ActorMention& m) const {
    std::size_t clause = 0;
    for (std::size_t t = 0; t < m.first; ++t)
      // (a reported clause has its own subject: "..., saying Beijing had threatened him")
      if (s.tokens[t].lower == "and" || s.tokens[t].lower == "saying" || s.tokens[t].lower == "that" ||
          g_.is_speech_verb(s.tokens[t].lower))
        clause = t + 1;
    const ActorMention* subject = nullptr;
    // "... and assured him": a clause with no subject of its own carries the sentence's.
    for (std::size_t from : {clause, std::size_t{0}}) {
      for (const ActorMention& o : mentions)
        if (o.first >= from && o.last <= m.first && (!subject || o.first < subject->first)) subject = &o;
      if (subject) break;
    }
    auto is_subject = [&](const std::string& id) {
      if (!subject) return false;
      for (const std::string& a : subject->actors)
        if (a == id || a == country_of(id)) return true;
      return false;
    };
    // "congratulated his guest ... and assured him": a person named by role, resolved to the state.
    static const std::set<std::string> kPersonRoles = {"guest", "visitor", "counterpart", "interlocutor"};
    // ... or by office: "The president of the Federated States of Micronesia ... had threatened him".
    auto office_at = [&](std::size_t t) {
      if (t < s.tokens.size() && s.tokens[t].lower == "the") ++t;
      return t < s.tokens.size() && g_.titles().longest(s.tokens, ids_, t) != nullptr;
    };
    auto names_person = [&](const ActorMention& o) {
      return is_person(o.actors.front()) || kPersonRoles.count(s.tokens[o.last - 1].lower) > 0 ||
             (o.how == Resolution::Demonym && office_at(o.first));
    };
    const ActorMention* found = nullptr;
    for (const ActorMention& o : mentions)
      if (o.last <= m.first && o.actors.size() == 1 && names_person(o) && !is_subject(o.actors.front()) &&
          (!found || o.first > found->first))
        found = &o;
    return found;
  }

  // Actors named together ("Pakistani and Afghan counterparts") before mention `upto`.
  std::vector<std::string> group_before(const Sentence& s, const std::vector<ActorMention>& mentions,
                                        std::size_t upto) const {
    std::vector<std::vector<std::string>> all = groups_in(s, mentions, upto);
    return all.empty() ? std::vector<std::string>{} : all.back();
  }

  // Whether token `at` lies in a relative aside between commas: "Milei, who has sought closer
  // ties with Washington and London since taking office, met Lammy".
  static bool in_relative_aside(const Sentence& s, std::size_t at) {
    for (std::size_t k = at; k-- > 1;) {
      const std::string& w = s.tokens[k].lower;
      if (w == ",") return false;
      if ((w == "who" || w == "which") && s.tokens[k - 1].lower == ",") {
        for (std::size_t j = at; j < s.tokens.size(); ++j)
          if (s.tokens[j].lower == "," || s.tokens[j].lower == ".") return s.tokens[j].lower == ",";
        return false;
      }
    }
    return false;
  }

  // Every group of two or more distinct actors named together before mention `upto`.
  std::vector<std::vector<std::string>> groups_in(const Sentence& s, const std::vector<ActorMention>& mentions,
                                                  std::size_t upto) const {
    std::vector<std::vector<std::string>> found;
    for (std::size_t k = 0; k < upto; ++k) {
      // "Tel Aviv and Jerusalem", "attacks on civilians in Mali and Burkina Faso" are no parties
      const bool placed = mentions[k].inert && mentions[k].first > 0 &&
                          kPlacePrepositions.count(s.tokens[mentions[k].first - 1].lower) > 0;
      if (mentions[k].how == Resolution::Place || placed) continue;
      std::vector<std::string> group = mentions[k].actors;
      std::size_t end = mentions[k].last, j = k + 1;
      // "Russia, Armenia's traditional ally," is an apposition, not a group.
      auto possessor = [&](const ActorMention& m) { return m.last < s.tokens.size() && s.tokens[m.last].lower == "'s"; };
      // ", and" ends a list only after a comma ("A, B, and C"); after one actor it
      // joins clauses: "warned Venezuela ... toward Guyana, and Rubio said".
      // Only separators between: "India and supports Pakistan" is no group.
      auto joins = [&](std::size_t at, std::size_t next) {
        if (next == at + 1) return s.tokens[at].lower == "and" || s.tokens[at].lower == ",";
        return s.tokens[at].lower == "," && s.tokens[at + 1].lower == "and" && group.size() >= 2;
      };
      // Commas alone make a list only in a headline: "the OECD, Chinh said" is none.
      bool joined_by_and = s.headline;
      while (j < upto && mentions[j].first > end && mentions[j].first - end <= 2 && joins(end, mentions[j].first) &&
             !possessor(mentions[j]) && mentions[j].how != Resolution::Place) {
        joined_by_and = joined_by_and || s.tokens[mentions[j].first - 1].lower == "and";
        group.insert(group.end(), mentions[j].actors.begin(), mentions[j].actors.end());
        end = mentions[j].last;
        ++j;
      }
      if (!joined_by_and) group.resize(mentions[k].actors.size());
      // A list inside a relative aside is no pair the sentence goes on about: "Milei, who has
      // sought closer ties with Washington and London, met Lammy ..., when the two governments
      // agreed" (but "Brazil, which mediated between the two neighbours, urged both" is).
      if (j > k + 1 && in_relative_aside(s, mentions[k].first)) continue;
      // "Iran, accusing Tehran" names one actor twice: no group.
      std::vector<std::string> distinct;
      for (const std::string& id : group)
        if (std::find(distinct.begin(), distinct.end(), id) == distinct.end()) distinct.push_back(id);
      if (distinct.size() >= 2) found.push_back(distinct);
      k = j - 1;
    }
    return found;
  }

  // "the two presidents", "the two foreign ministers": the last persons named with
  // that title, of `count` different states. "the two leaders" takes any title.
  std::vector<std::string> people_titled(const Sentence& s, const ActorMention& m, std::size_t count) const {
    const std::string& head = s.tokens[m.last - 1].lower;
    if (!kPeopleNouns.count(head) && head != "presidents" && head != "leaders" && head != "premiers") return {};
    std::string office;  // "prime minister", "foreign minister", "president"
    for (std::size_t t = m.first; t + 1 < m.last; ++t) {
      const std::string& w = s.tokens[t].lower;
      if (w == "the" || w == "two" || w == "three" || w == "four" || w == "both" || w == "all") continue;
      office += w + " ";
    }
    office += head == "secretaries" ? "secretary" : head.substr(0, head.size() - 1);
    std::vector<std::string> people, states;
    for (auto it = titled_people_.rbegin(); it != titled_people_.rend() && states.size() < count; ++it) {
      const bool leads = kLeaderTitles.count(it->second) > 0;
      if (head == "leaders" ? !leads : it->second.find(office) == std::string::npos) continue;
      const std::string c = country_of(it->first);
      if (c.empty() || std::find(states.begin(), states.end(), c) != states.end()) continue;
      states.push_back(c);
      people.push_back(it->first);
    }
    return states.size() == count ? people : std::vector<std::string>{};
  }

  // The last people of `count` different states named in the sentences before this one.
  std::vector<std::string> people_named_last(std::size_t count) const {
    std::vector<std::string> people, states;
    for (std::size_t back = 1; back <= 4 && back <= sentence_ && states.size() < count; ++back)
      for (auto m = out_.mentions[sentence_ - back].rbegin(); m != out_.mentions[sentence_ - back].rend(); ++m) {
        if (m->actors.size() != 1 || !is_person(m->actors.front())) continue;
        const std::string c = country_of(m->actors.front());
        if (c.empty() || std::find(states.begin(), states.end(), c) != states.end()) continue;
        states.push_back(c);
        people.push_back(m->actors.front());
        if (states.size() == count) break;
      }
    if (states.size() != count) return {};
    std::reverse(people.begin(), people.end());  // in the order the text names them
    return people;
  }

  // The state of "its neighbour": the last state named before mention `k` that
  // is not the state of the sentence's first participant (who owns "its").
  std::vector<std::string> partner_before(const std::vector<ActorMention>& mentions, std::size_t k) const {
    std::string owner, partner;
    for (std::size_t j = 0; j < k; ++j) {
      const ActorMention& m = mentions[j];
      if (m.actors.size() != 1 || m.inert) continue;
      const std::string c = country_of(m.actors.front());
      if (c.empty() || !is_type(c, ActorType::State)) continue;
      if (owner.empty()) owner = c;
      else if (c != owner) partner = c;
    }
    // "Welcoming the distinguished guest, the head of Turkmenistan noted": opening the
    // sentence, the phrase's owner is the subject after it.
    for (std::size_t j = k + 1; k == 0 && owner.empty() && j < mentions.size(); ++j)
      if (mentions[j].actors.size() == 1 && !mentions[j].inert)
        if (const std::string c = country_of(mentions[j].actors.front()); !c.empty() && is_type(c, ActorType::State))
          owner = c;
    // In a story of two states, one's neighbour or partner is the other: "Anutin thanked
    // Trump and Anwar and said Thailand was committed to peace with its neighbour".
    const std::vector<std::string> main = both_sides();
    if (main.size() == 2 && (owner == main[0] || owner == main[1])) return {owner == main[0] ? main[1] : main[0]};
    if (partner.empty()) return {};
    return {partner};
  }

  // The word before `i` once a few words of time are passed: "said on Wednesday they" -> "said".
  static std::size_t said_before(const std::vector<Token>& t, std::size_t i) {
    static const std::set<std::string> kWhen = {"that", "on", "late", "early", "monday", "tuesday", "wednesday",
                                                "thursday", "friday", "saturday", "sunday", "today", "yesterday"};
    std::size_t v = i - 1;
    while (v > 0 && v + 4 > i && kWhen.count(t[v].lower)) --v;
    return v;
  }

  // Temporal ones only: after "because" the clause is as often about the object ("recalled its
  // ambassador from Kenya because it hosted the RSF").
  inline static const std::set<std::string> kSubordinators = {"as",    "when",   "after", "since",
                                                              "while", "before", "until", "once"};
  // "Andorra stands with Ukraine, as it did when it aligned itself with ...": "it" that
  // opens a clause after a subordinator and acts (not "when it comes to", "as it is").
  bool subordinate_it(std::size_t i) const {
    static const std::set<std::string> kActs = {"did", "has", "had", "will", "would", "can", "could"};
    if (tokens()[i].lower != "it" || i == 0 || i + 1 >= tokens().size() ||
        !kSubordinators.count(tokens()[i - 1].lower))
      return false;
    const std::string& next = tokens()[i + 1].lower;
    return kActs.count(next) || (next.size() > 4 && next.compare(next.size() - 2, 2, "ed") == 0);
  }

  // Verbs whose "it" is an object: "will help it", "urged it".
  inline static const std::set<std::string> kObjectVerbs = {"help", "helps", "helped", "helping", "support",
                                                            "supports", "supported", "assist", "assists",
                                                            "assisted", "urge", "urges", "urged", "back", "backs",
                                                            "backed", "protect", "defend", "join", "joined"};
  // The last state or organisation named before `m` on another side than the subject
  // just before it (the mention before the verb); null if none.
  const ActorMention* other_before(const std::vector<ActorMention>& mentions, const ActorMention& m) const {
    const ActorMention* subject = nullptr;
    for (const ActorMention& o : mentions) {
      if (&o == &m) break;
      if (!o.actors.empty() && !o.inert) subject = &o;
    }
    if (!subject) return nullptr;
    // "Malaysia will help it"; but "The United States ... said Honduras was free ... but
    // urged it": a verb far from the last name carries the sentence's subject over.
    if (subject->last + 3 < m.first)
      for (const ActorMention& o : mentions)
        if (!o.actors.empty() && !o.inert) { subject = &o; break; }
    const std::string side = country_of(subject->actors.front());
    for (auto o = mentions.rbegin(); o != mentions.rend(); ++o) {
      if (&*o == &m || o->first >= m.first || o->actors.size() != 1 || o->inert) continue;
      if (is_person(o->actors.front()) || o->how == Resolution::Pronoun || o->how == Resolution::We) continue;
      const std::string c = country_of(o->actors.front());
      if (!c.empty() && c != side) return &*o;
    }
    return nullptr;
  }

  // The unnamed office holder opening the sentence ("The Greek Foreign Minister"),
  // whom a later "his" or "she" in it means; null if the sentence opens otherwise.
  static const ActorMention* office_subject(const Sentence& s, const std::vector<ActorMention>& mentions,
                                            const ActorMention& pronoun) {
    static const std::set<std::string> kOffices = {"minister", "president", "premier", "chancellor", "ambassador",
                                                   "envoy", "secretary", "spokesperson", "spokesman", "spokeswoman",
                                                   "counterpart", "king", "emir", "foreign secretary"};
    if (!kSingular.count(s.tokens[pronoun.first].lower) || mentions.empty()) return nullptr;
    const ActorMention& first = mentions.front();
    if (&first == &pronoun || first.how != Resolution::Demonym || first.actors.size() != 1 || first.first > 1 ||
        first.last > pronoun.first || !kOffices.count(s.tokens[first.last - 1].lower))
      return nullptr;
    return &first;
  }

  // "urged the Myanmar Armed Forces and all parties concerned": the other parties of a
  // conflict named beside one of its sides, whom the text does not name.
  const ActorMention* all_parties_beside(const Sentence& s, const std::vector<ActorMention>& mentions,
                                         const ActorMention& m) const {
    if (m.first < 2 || s.tokens[m.first].lower != "all" || s.tokens[m.first - 1].lower != "and") return nullptr;
    for (const ActorMention& o : mentions)
      if (o.last + 1 == m.first && o.actors.size() == 1 && !country_of(o.actors.front()).empty()) return &o;
    return nullptr;
  }

  // The person a host verb took as its object before "his visit" or "her first official
  // visit": the host does not visit, the guest does.
  const ActorMention* guest_visiting(const Sentence& s, const std::vector<ActorMention>& mentions,
                                     const ActorMention& m) const {
    static const std::set<std::string> kHostVerbs = {"welcomed", "received", "hosted", "greeted", "welcomes",
                                                     "receives", "hosts", "greets"};
    const std::string& w = s.tokens[m.first].lower;
    if (w != "his" && w != "her") return nullptr;
    std::size_t k = m.last;
    while (k < s.tokens.size() && k < m.last + 3 && s.tokens[k].lower != "visit" && s.tokens[k].kind == TokenKind::Word)
      ++k;
    if (k >= s.tokens.size() || s.tokens[k].lower != "visit") return nullptr;
    for (const ActorMention& o : mentions) {
      if (o.last > m.first) break;
      if (o.actors.size() == 1 && is_person(o.actors.front()) && o.first > 0 &&
          kHostVerbs.count(s.tokens[o.first - 1].lower))
        return &o;
    }
    return nullptr;
  }

  // The person named right before the speech verb before a "he" or "she": "Lula said he".
  const ActorMention* person_saying_before(const Sentence& s, const std::vector<ActorMention>& mentions,
                                           const ActorMention& m) const {
    const std::string& w = s.tokens[m.first].lower;
    if ((w != "he" && w != "she") || m.first < 2 || !g_.is_speech_verb(s.tokens[m.first - 1].lower)) return nullptr;
    for (const ActorMention& o : mentions)
      if (o.last + 1 == m.first && o.actors.size() == 1 && is_person(o.actors.front())) return &o;
    return nullptr;
  }

  void resolve(const Sentence& s, std::vector<ActorMention>* mentions) {
    const std::size_t n = s.tokens.size();
    std::string subject;
    for (ActorMention& m : *mentions) {
      const bool bloc = m.first + 1 < n && kBlocWords.count(s.tokens[m.first + 1].lower);
      if (m.how == Resolution::Pronoun && s.tokens[m.first].lower == "the" && bloc) {
        // "the bloc" was resolved when found (reference_at).
      } else if (m.how == Resolution::Pronoun && m.first + 1 < n &&
                 (kPartnerWords.count(s.tokens[m.last - 1].lower) || kGuestWords.count(s.tokens[m.first + 1].lower) ||
                  kGuestWords.count(s.tokens[m.last - 1].lower))) {
        // "its ally Japan" names the partner; else the other state named before.
        const auto named = std::find_if(mentions->begin(), mentions->end(), [&](const ActorMention& o) {
          return o.first == m.last && o.actors.size() == 1 && o.how == Resolution::Name;
        });
        const std::size_t here = static_cast<std::size_t>(&m - mentions->data());
        m.actors = named != mentions->end() ? named->actors : partner_before(*mentions, here);
        // "its Baltic neighbour": a state of that region, the story's first.
        static const std::map<std::string, std::set<std::string>> kRegions = {
            {"baltic", {"LTU", "LVA", "EST"}},
            {"nordic", {"DNK", "FIN", "ISL", "NOR", "SWE"}}};
        const auto region = m.last - m.first == 3 ? kRegions.find(s.tokens[m.first + 1].lower) : kRegions.end();
        if (named == mentions->end() && region != kRegions.end()) {
          m.actors.clear();
          for (const std::string& c : both_sides())
            if (region->second.count(c)) { m.actors = {add_gazetteer_actor(c)}; break; }
          for (std::size_t k = here; m.actors.empty() && k-- > 0;)
            for (const std::string& id : (*mentions)[k].actors)
              if (region->second.count(country_of(id))) m.actors = {add_gazetteer_actor(country_of(id))};
        }
      } else if (m.how == Resolution::Pronoun && s.tokens[m.first].lower == "the" && !m.actors.empty()) {
        // "the kingdom", "the country", "the ministry", "the government" were resolved when found.
      } else if (m.how == Resolution::Pronoun && (s.tokens[m.first].lower == "the" || backed_group_at(m.first))) {
        // "the group", "the militants", "the Iran-backed group": the armed group named last.
        if (!last_armed_group_.empty()) m.actors = {last_armed_group_};
      } else if (const ActorMention* other = m.how == Resolution::Pronoun && s.tokens[m.first].lower == "it" &&
                                                     m.first > 0 && kObjectVerbs.count(s.tokens[m.first - 1].lower)
                                                 ? other_before(*mentions, m)
                                                 : nullptr) {
        // "We welcomed Timor-Leste ..., and Malaysia will help it build": an object is
        // another than the subject.
        m.actors = other->actors;
      } else if (m.how == Resolution::Pronoun && (s.tokens[m.first].lower == "it" ||
                                                  (s.tokens[m.first].lower == "they" && m.first > 0 &&
                                                   (g_.is_speech_verb(s.tokens[said_before(s.tokens, m.first)].lower) ||
                                                    s.tokens[m.first - 1].lower == "that")))) {
        // The speaker just before "said it"; "A and B said they": both. After "and
        // said it" the speaker is the sentence's subject: "Washington welcomed the
        // European decision and said it stood ready".
        std::size_t verb = m.first > 0 ? m.first - 1 : 0;
        if (verb > 0 && s.tokens[verb].lower == "that") --verb;
        // After an aside too: "Sudan, which had sided with Egypt, said it hoped".
        // "said the pass was a matter between Nepal and India and that it respected": a
        // second "that" clause of the same saying.
        // After a subordinator too: "Andorra stands with Ukraine, as it did when it aligned".
        const bool carried = (verb > 0 && (s.tokens[verb - 1].lower == "and" || s.tokens[verb - 1].lower == "," ||
                                           (s.tokens[verb].lower == "and" && s.tokens[verb + 1].lower == "that"))) ||
                             (m.first > 0 && kSubordinators.count(s.tokens[m.first - 1].lower));
        const ActorMention* speaker = nullptr;
        for (const ActorMention& before : *mentions) {
          if (&before == &m) break;
          if (before.actors.empty() || is_person(before.actors.front()) || before.inert) continue;
          if (!carried || !speaker || before.first < speaker->first) speaker = &before;
        }
        if (speaker) m.actors = speaker->actors;  // "the two sides said they": both
        if (s.tokens[m.first].lower == "they") {
          const std::vector<std::string> group =
              group_before(s, *mentions, static_cast<std::size_t>(&m - mentions->data()));
          if (group.size() > m.actors.size()) m.actors = group;
        }
      } else if (m.how == Resolution::Pronoun) {
        if (kPlural.count(s.tokens[m.first].lower)) {
          const std::size_t at = static_cast<std::size_t>(&m - mentions->data());
          const std::vector<std::string> here = group_before(s, *mentions, at);
          // "The members of the Security Council reiterated their support": a body of many
          // that opens the sentence.
          const bool body_first = at > 0 && (*mentions)[0].actors.size() == 1 && !(*mentions)[0].inert &&
                                  is_type((*mentions)[0].actors.front(), ActorType::Organization);
          // "The members of the Security Council expressed ... They welcomed": a body that opened
          // the sentence before speaks on.
          const bool body_before = m.first == 0 && !last_opening_state_.empty() &&
                                   is_type(last_opening_state_, ActorType::Organization) &&
                                   sentence_ == last_opening_state_sentence_ + 1;
          if (!here.empty()) m.actors = here;
          else if (body_first) m.actors = (*mentions)[0].actors;
          else if (body_before) m.actors = {last_opening_state_};
          else if (!last_group_.empty() && sentence_ <= last_group_sentence_ + 1) m.actors = last_group_;
          // "They also discussed ...", a few sentences after the two sides opened one.
          else if (m.first == 0 && !last_subject_group_.empty() && sentence_ <= last_subject_group_sentence_ + 3)
            m.actors = last_subject_group_;
        } else if (s.tokens[m.first].lower == "him" && last_other_person(s, *mentions, m)) {
          // "Pashinyan and Aliyev shook hands with Trump, and both leaders praised him".
          m.actors = {last_other_person(s, *mentions, m)->actors.front()};
        } else if ((s.tokens[m.first].lower == "him" || s.tokens[m.first].lower == "her") && !subject.empty() &&
                   !last_subject_.empty() && last_subject_ != subject && is_person(last_subject_) &&
                   sentence_ <= last_subject_sentence_ + 1) {
          // "Putin said Russia would pay. Aliyev thanked him": not the subject himself.
          m.actors = {last_subject_};
        } else if (const ActorMention* guest = guest_visiting(s, *mentions, m)) {
          // "welcomed the Minister ... to Iveagh House for her first official visit": the guest's.
          m.actors = guest->actors;
        } else if (const ActorMention* speaker = person_saying_before(s, *mentions, m)) {
          // "..., while Brazil's Lula da Silva said he regretted": the one who says it.
          m.actors = speaker->actors;
        } else if (const ActorMention* office = subject.empty() ? office_subject(s, *mentions, m) : nullptr) {
          // "The Greek Foreign Minister affirmed his country's support": the office
          // holder who opens the sentence, though the text never names him.
          m.actors = office->actors;
        } else if (!subject.empty()) {
          m.actors = {subject};
        } else if (!last_subject_.empty() && sentence_ <= last_subject_sentence_ + 2) {
          m.actors = {last_subject_};
        }
      } else if (const std::string torn = m.how == Resolution::BothSides ? state_of_own_parties(m) : std::string();
                 !torn.empty()) {
        // "both Sudanese parties", "the two Sudanese sides": the state and the armed group it
        // fights, not two states.
        m.actors = {add_gazetteer_actor(torn)};
        if (!last_armed_group_.empty()) m.actors.push_back(last_armed_group_);
      } else if (const ActorMention* beside = m.how == Resolution::BothSides ? all_parties_beside(s, *mentions, m)
                                                                              : nullptr) {
        // Of that side's own conflict: its state ("the Myanmar Armed Forces and all parties
        // concerned" are Myanmar's), and no other the story names.
        for (const std::string& id : beside->actors) m.actors.push_back(add_gazetteer_actor(country_of(id)));
      } else if (m.how == Resolution::BothSides) {
        // The states named together just before ("Pakistan and China held talks,
        // where the two sides ..."), else the two main states of the document.
        std::size_t count = 2;
        // "both governments" are states; "the two sides" may be the EU and China.
        bool states_only = false;
        // "all parties", "the warring parties": a conflict's sides, states or armed groups.
        bool conflict = false, warring = false;
        bool numbered = false;
        for (std::size_t t = m.first; t < m.last; ++t) {
          if (auto n = kSideCounts.find(s.tokens[t].lower); n != kSideCounts.end()) {
            count = n->second;
            numbered = true;
          }
          states_only = states_only || kStateWords.count(s.tokens[t].lower) > 0;
          conflict = conflict || s.tokens[t].lower == "all" || s.tokens[t].lower == "warring";
          warring = warring || s.tokens[t].lower == "warring";
        }
        if (kPeopleNouns.count(s.tokens[m.last - 1].lower) && count == 4) count = 2;
        // A bare "The Ministers", "the leaders" after a group of more than two named in
        // the last sentences (a joint statement "by the Foreign Ministers of Saudi Arabia,
        // Egypt, Jordan, ..."): all of them.
        static const std::set<std::string> kGroupHeads = {"ministers", "leaders"};
        const bool bare_group = !numbered && s.tokens[m.first].lower == "the" &&
                                kGroupHeads.count(s.tokens[m.last - 1].lower) > 0;
        // The same ministers again, though others were named together since.
        std::vector<std::string> pick;
        if (bare_group && !last_big_group_.empty() && sentence_ <= last_big_group_sentence_ + 3) {
          count = last_big_group_.size();
          pick = last_big_group_;
          last_big_group_sentence_ = sentence_;
        } else if (bare_group)
          for (auto g = groups_.rbegin(); g != groups_.rend() && sentence_ <= g->first + 3; ++g) {
            std::vector<std::string> states;
            for (const std::string& id : g->second)
              if (const std::string c = country_of(id); !c.empty() && is_type(c, ActorType::State) &&
                                                        std::find(states.begin(), states.end(), c) == states.end())
                states.push_back(c);
            // ... named as people ("the Foreign Ministers of Saudi Arabia, Egypt, Jordan"), not as
            // "the trilateral mechanism between Türkiye, Azerbaijan and Georgia".
            const auto& words = doc_.sentences[g->first].tokens;
            const bool as_people = std::any_of(words.begin(), words.end(), [](const Token& t) {
              return kPeopleNouns.count(t.lower) > 0 || t.lower == "leaders" || t.lower == "heads" || t.lower == "we";
            });
            if (states.size() > 2 && as_people) {
              count = states.size();
              last_big_group_ = states;
              last_big_group_sentence_ = sentence_;
              break;
            }
            if (states.size() == 2) break;
          }
        auto states_of = [&](const std::vector<std::string>& ids) {
          std::vector<std::string> out;
          for (const std::string& id : ids) {
            const std::string c = country_of(id);
            if (c.empty() || (states_only && !is_type(c, ActorType::State))) continue;
            if (conflict && is_type(c, ActorType::Organization)) continue;
            if (std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
          }
          return out;
        };
        // As an object ("urged both sides", "mediate between the two neighbours")
        // the phrase names others than the subject just named.
        const std::string& before = m.first > 0 ? s.tokens[m.first - 1].lower : std::string();
        const bool object = kObjectLead.count(before) > 0 ||
                            (before.size() > 4 && before.compare(before.size() - 2, 2, "ed") == 0);
        const std::size_t here = static_cast<std::size_t>(&m - mentions->data());
        if (!object && pick.empty()) pick = states_of(group_before(s, *mentions, here));
        // "The Emir of Qatar ... investments in Egypt, and the two sides agreed": the
        // sentence named just that many sides before.
        // Not after a speech verb: "Anwar, who hosted the talks as ASEAN chair, said
        // both sides had agreed" reports others ...
        bool reported = false;
        for (std::size_t t = 0; t < m.first; ++t) reported = reported || g_.is_speech_verb(s.tokens[t].lower);
        // ... but "Milei, who congratulated Paz, said the two countries would work
        // together" names just those two states before the speech.
        if (!object && (!reported || states_only) && pick.size() != count) {
          std::vector<std::string> named;
          for (const ActorMention& o : *mentions)
            if (o.last <= m.first) named.insert(named.end(), o.actors.begin(), o.actors.end());
          if (states_of(named).size() == count) pick = states_of(named);
        }
        // An object pair is the story's two main states ("The African Union urged both
        // countries", after "Egypt has deepened ties with Eritrea and Somalia").
        // Partners named in the sentence before: "We also welcome Vietnam and Indonesia as
        // partners. We are ready to expand trade with both countries." (Those urged, "called
        // on both countries", are the story's main states.)
        for (auto g = groups_.rbegin();
             object && before == "with" && pick.size() != count && g != groups_.rend() && sentence_ <= g->first + 1; ++g)
          if (g->first < sentence_ && states_of(g->second).size() == count) pick = states_of(g->second);
        // Addressed by a third party, never the subject's own side: "Brazil calls on all
        // parties" after "Israeli attacks on Iran" (but "contact between the two countries"
        // may well include the subject).
        const bool addressed = before == "on" || before == "upon" || before.rfind("urg", 0) == 0 ||
                               before.rfind("ask", 0) == 0;
        // ... or those named earlier in the sentence, other than its subject: "Our relations
        // with Russia and China remain the foundation, and we will develop cooperation with
        // both neighbours"; "We commend Israel and Hamas ... and call on both parties".
        // The subject is the last actor before the phrase outside those groups: "we" in
        // "Canada and Iceland are our neighbours, and we will deepen our trade with both".
        if (object && (before == "with" || addressed) && pick.size() != count && here > 0) {
          const std::vector<std::vector<std::string>> earlier = groups_in(s, *mentions, here);
          std::vector<std::string> subject_sides;
          for (std::size_t k = here; k-- > 0 && subject_sides.empty();) {
            const std::vector<std::string>& ids = (*mentions)[k].actors;
            const bool grouped = std::any_of(earlier.begin(), earlier.end(), [&](const std::vector<std::string>& g) {
              return std::any_of(ids.begin(), ids.end(), [&](const std::string& id) {
                return std::find(g.begin(), g.end(), id) != g.end();
              });
            });
            // "we" is resolved at the end of the document: the author, none of those named.
            if (ids.empty() && (*mentions)[k].how == Resolution::We) subject_sides.push_back("(author)");
            if (grouped || ids.empty()) continue;
            for (const std::string& id : ids) subject_sides.push_back(country_of(id));
          }
          // None: the group itself opens the sentence ("Egypt and Saudi Arabia urged both sides").
          if (subject_sides.empty())
            for (const std::string& id : (*mentions)[0].actors) subject_sides.push_back(country_of(id));
          for (auto g = earlier.rbegin(); g != earlier.rend() && pick.size() != count; ++g) {
            // "Japan and Australia expressed support for the Philippines, and the EU urged both
            // sides": a pair opening the sentence is its subject, no pair it speaks of.
            const std::vector<std::string>& opener = mentions->front().actors;
            if (addressed && !g->empty() && std::find(opener.begin(), opener.end(), g->front()) != opener.end())
              continue;
            const std::vector<std::string> sides = states_of(*g);
            const bool subjects = std::any_of(sides.begin(), sides.end(), [&](const std::string& side) {
              return std::find(subject_sides.begin(), subject_sides.end(), side) != subject_sides.end();
            });
            if (sides.size() == count && !subjects) pick = sides;
          }
        }
        // "Kosovo extends ban on Serbian goods as EU presses both sides": those the sentence
        // named before the one who asks.
        const bool asked_right_after = here > 1 && (*mentions)[here - 1].last + 1 == m.first &&
                                       (addressed || before.rfind("press", 0) == 0);
        if (object && asked_right_after && pick.size() != count) {
          std::vector<std::string> named;
          for (std::size_t k = 0; k + 1 < here; ++k)
            named.insert(named.end(), (*mentions)[k].actors.begin(), (*mentions)[k].actors.end());
          std::vector<std::string> others = states_of(named);
          for (const std::string& id : (*mentions)[here - 1].actors)
            others.erase(std::remove(others.begin(), others.end(), country_of(id)), others.end());
          if (others.size() == count) pick = others;
        }
        if (object && count == 2 && pick.size() != count) {
          // Those who ask are not those asked: the sentence's first single actor, and the
          // subject just before ("the two ministers urged both warring parties").
          std::vector<std::string> asking;
          for (std::size_t k = 0; k < here && asking.empty() && addressed; ++k)
            if ((*mentions)[k].actors.size() == 1) asking.push_back(country_of((*mentions)[k].actors.front()));
          if (addressed && here > 0 && (*mentions)[here - 1].how == Resolution::BothSides)
            for (const std::string& id : (*mentions)[here - 1].actors) asking.push_back(country_of(id));
          // "We urge both sides" in ASEAN's statement: the signatories, known from its opening.
          if (addressed && here > 0 && (*mentions)[here - 1].how == Resolution::We)
            for (const std::string& id : signatories()) asking.push_back(id);
          // "the warring parties": those whose forces the story has named.
          const auto& counts = warring && armed_counts_.size() >= count ? armed_counts_ : state_counts_;
          std::vector<std::string> main = most_named(counts, count + asking.size(), states_only, conflict);
          if (main.size() < count + asking.size()) main = most_named(counts, count, states_only, conflict);
          for (const std::string& side : asking) main.erase(std::remove(main.begin(), main.end(), side), main.end());
          main.resize(std::min(main.size(), count));
          if (main.size() == count) pick = main;
        }
        // "The two ministers welcomed ... cooperation with the United States and Australia.
        // The two ministers exchanged views": the same two as the same words just before.
        const std::string& head = s.tokens[m.last - 1].lower;
        if (pick.size() != count && !object && last_pair_.head == head && last_pair_.sides.size() == count &&
            sentence_ <= last_pair_.sentence + 3)
          pick = last_pair_.sides;
        // "The two ministers also exchanged views": the last ministers named, before a
        // group of states named in passing ("the Quad with Australia and the United States").
        if (pick.size() != count && (head == "ministers" || head == "secretaries"))
          pick = states_of(people_titled(s, m, count));
        // ... or failing titles, the last people of that many states ("Ayman Safadi").
        if (pick.size() != count && (head == "ministers" || head == "secretaries"))
          pick = states_of(people_named_last(count));
        // The last group of that many named in the last few sentences ("France, Britain and
        // Germany ... the three European countries").
        // "The two leaders" are a group named as people ("Pashinyan and Aliyev initialled"),
        // not states named in passing ("if Cameroon and Nigeria did the same").
        const bool leaders = head == "leaders" || head == "presidents" || head == "premiers";
        for (auto g = groups_.rbegin(); pick.size() != count && g != groups_.rend() && sentence_ <= g->first + 4; ++g)
          if (states_of(g->second).size() == count &&
              (!leaders || std::any_of(g->second.begin(), g->second.end(), [&](const std::string& id) { return is_person(id); })))
            pick = states_of(g->second);
        if (pick.size() != count) pick = states_of(people_titled(s, m, count));
        if (pick.size() != count) pick = main_states(count, states_only, conflict);
        if (!object && pick.size() == count) last_pair_ = {head, pick, sentence_};
        for (const std::string& c : pick) m.actors.push_back(add_gazetteer_actor(c));
      }
      for (const std::string& id : m.actors) {
        if (subject.empty() && is_person(id)) subject = id;
        auto a = out_.actors.find(id);
        if (a != out_.actors.end() && a->second.type == ActorType::Group) last_armed_group_ = id;
        // The organisation itself, or the one a person speaks for ("EU foreign policy chief Borrell").
        const std::string side = is_person(id) ? country_of(id) : id;
        if (side.find('/') == std::string::npos && is_type(side, ActorType::Organization)) {
          last_bloc_ = side;
          for (std::size_t t = m.first; t < m.last && t < n && !is_person(id); ++t) {
            if (auto body = last_named_body_.find(s.tokens[t].lower); body != last_named_body_.end())
              body->second = side;
          }
        }
      }
    }
    // A bare "the armed forces" belongs to the state of the person speaking of it.
    for (const auto& [token, organ] : pending_organs_) {
      // "Russia's Defence Ministry said its forces": the state named just before;
      // "General Munir said the armed forces": the speaker's state.
      std::string state;
      if (token > 0 && (s.tokens[token - 1].lower == "its" || s.tokens[token - 1].lower == "their")) {
        // "Guyana says Venezuelan soldiers fired on its troops": the troops hit are not the
        // firers' own, but those of the state named before them.
        const bool hit = token > 2 && (s.tokens[token - 2].lower == "on" || s.tokens[token - 2].lower == "at" ||
                                       s.tokens[token - 2].lower == "against");
        std::vector<std::string> before;
        for (const ActorMention& m : *mentions)
          if (m.last <= token && m.actors.size() == 1 && !m.inert && !is_person(m.actors.front()))
            before.push_back(country_of(m.actors.front()));
        // "The Sudanese army, which has fought the RSF, said its aircraft struck": the speaker's.
        const bool speakers = token >= 2 && g_.is_speech_verb(s.tokens[token - 2].lower);
        if (!before.empty()) state = speakers ? before.front() : before.back();
        // (A state's goods are its subject's, though: "Lesotho, Eswatini's neighbour, ... after
        // Trump threatened a tariff on its exports".)
        if (hit && organ.empty()) {
          for (const std::string& c : before)
            if (c != before.back()) { state = c; break; }
        } else if (hit) {
          for (auto c = before.rbegin(); c != before.rend(); ++c)
            if (*c != before.back()) { state = *c; break; }
        }
      }
      // "Egypt, which backs the army" after "the RSF, which has been fighting the army": the
      // army named last, not that of someone who spoke a sentence before.
      // (A body's envoy has no army: "The UN special envoy ... called on the military"; a body's
      // chair may well speak of its mission.)
      const bool stateless_subject = !subject.empty() && !is_type(country_of(subject), ActorType::State);
      if (state.empty() && (subject.empty() || stateless_subject) && organ == "military") state = last_military_state_;
      // "The Chairperson ... calls on the military to return to their barracks" after "the events
      // in Guinea-Bissau, where military officers seized power": the state the body spoke of.
      if (state.empty() && stateless_subject && organ == "military")
        for (const std::string& c : most_named(state_counts_, 2, true, false))
          if (c != dateline_) {
            state = c;
            break;
          }
      const std::string person = !subject.empty() ? subject : last_subject_;
      if (state.empty() && !person.empty() && (organ != "military" || !stateless_subject)) state = country_of(person);
      // "The Sudanese foreign ministry condemned the RSF, which has been fighting the army": a
      // state's organ that opens the sentence speaks of its own army.
      if (state.empty() && !mentions->empty() && mentions->front().how == Resolution::Organ &&
          mentions->front().first < token && mentions->front().actors.size() == 1)
        state = country_of(mentions->front().actors.front());
      // "SEOUL (Yonhap) -- ... The foreign ministry summoned ...": with no one to
      // speak for, a wire's own state, as its "the government" is. Not "the military"
      // (an Abuja statement's "calls on the military" is Guinea-Bissau's).
      if (state.empty() && s.tokens[token - 1].lower == "the" &&
          (organ == "foreign-ministry" || organ == "parliament"))
        state = dateline_;
      if (state.empty() || !g_.has_actor(state)) continue;
      for (ActorMention& m : *mentions)
        if (m.how == Resolution::Organ && m.actors.empty() && m.first <= token && token < m.last)
          m.actors = {organ.empty() ? add_gazetteer_actor(state) : add_organ(state, organ)};
    }
    pending_organs_.clear();
    // "The Ministry of Foreign Affairs and International Cooperation said it had summoned": a
    // speaking organ resolved only now.
    for (ActorMention& m : *mentions) {
      if (m.how != Resolution::Pronoun || !m.actors.empty() || s.tokens[m.first].lower != "it" || m.first == 0 ||
          !g_.is_speech_verb(s.tokens[m.first - 1].lower))
        continue;
      const ActorMention* speaker = nullptr;
      for (const ActorMention& before : *mentions)
        if (before.last <= m.first && !before.inert && !before.actors.empty() && !is_person(before.actors.front()))
          speaker = &before;
      if (speaker && speaker->how == Resolution::Organ) m.actors = speaker->actors;
    }
    // Who speaks the quotation, if any.
    bool quoted = false;
    for (const Token& t : s.tokens) quoted = quoted || t.in_quote;
    std::string speaker;
    if (quoted) {
      for (std::size_t i = 0; i < n && speaker.empty(); ++i) {
        if (s.tokens[i].in_quote || !g_.is_speech_verb(s.tokens[i].lower)) continue;
        for (const ActorMention& m : *mentions) {
          if (m.actors.empty() || s.tokens[m.first].in_quote || m.how == Resolution::We) continue;
          const bool before = m.last <= i && i - m.last <= 2;
          const bool after = m.first == i + 1 && s.tokens[i].lower != "told";
          if (before || after) { speaker = m.actors.front(); break; }
        }
      }
      if (speaker.empty() && sentence_ <= last_speaker_sentence_ + 2) speaker = last_speaker_;
      if (!speaker.empty()) {
        last_speaker_ = speaker;
        last_speaker_sentence_ = sentence_;
        out_.quote_speakers[sentence_] = speaker;
      }
    } else if (n > 2 && s.tokens[n - 1].text == ":") {
      // "Before his departure, he issued the following statement:" speaks the quotation that follows.
      static const std::set<std::string> kIntroductions = {"statement", "remarks", "message", "following"};
      // ... and so does a communique's preamble: "The Peace and Security Council of the African
      // Union, at its 1260th meeting ..., on the situation in Sudan:".
      const bool preamble = !mentions->empty() && mentions->front().first <= 8 && s.tokens[0].capitalized &&
                            mentions->front().actors.size() == 1 &&
                            is_type(mentions->front().actors.front(), ActorType::Organization);
      const bool introduces = preamble || std::any_of(s.tokens.begin(), s.tokens.end(), [](const Token& t) {
                                return kIntroductions.count(t.lower) > 0;
                              });
      for (const ActorMention& m : *mentions)
        if (introduces && !m.actors.empty() && !m.inert && m.how != Resolution::We) {
          last_speaker_ = m.actors.front();
          last_speaker_sentence_ = sentence_;
          if (statement_speaker_.empty()) statement_speaker_ = last_speaker_;
          break;
        }
    }
    // A transcript's "Mao Ning: We firmly oppose ...": the labelled speaker holds the floor,
    // over paragraphs, until the next label ("Question:", "Prime Minister Anwar Ibrahim:").
    // (A title's "Georgia: Statement by the High Representative ..." names its topic.)
    const bool title = sentence_ == 0 && s.headline && s.tokens.back().text != ":";
    if (const std::size_t colon = title ? 0 : label_end(s)) {
      label_speaker_.clear();
      for (const ActorMention& m : *mentions)
        if (m.first == 0 && m.last == colon && m.actors.size() == 1 && !country_of(m.actors.front()).empty())
          label_speaker_ = m.actors.front();
    }
    // "Thank you, Mr President": whom a labelled speaker addresses, the other of the story's two sides.
    // So too whom a quoted leader addresses: "\"We highly value your personal contribution,\" Tokayev said".
    for (ActorMention& m : *mentions) {
      if (m.how != Resolution::Addressee) continue;
      const std::string& who = s.tokens[m.first].in_quote ? speaker : label_speaker_;
      if (who.empty()) continue;
      const std::vector<std::string> sides = both_sides();
      const std::string own = is_person(who) ? country_of(who) : who;
      if (sides.size() == 2 && (sides[0] == own || sides[1] == own)) m.actors = {sides[0] == own ? sides[1] : sides[0]};
    }
    if (!label_speaker_.empty()) out_.voices[sentence_] = label_speaker_;
    for (ActorMention& m : *mentions) {
      if (m.how != Resolution::We) continue;
      if (!label_speaker_.empty() && !s.tokens[m.first].in_quote) {
        m.actors = {add_gazetteer_actor(country_of(label_speaker_))};
        if (is_person(label_speaker_)) m.speaker = label_speaker_;
        continue;
      }
      if (s.tokens[m.first].in_quote) {
        if (speaker.empty()) continue;
        const std::string side = is_person(speaker) ? country_of(speaker) : speaker;
        if (!side.empty()) m.actors = {add_gazetteer_actor(side)};
        if (is_person(speaker)) m.speaker = speaker;
      } else {
        pending_we_.push_back({sentence_, static_cast<std::size_t>(&m - mentions->data())});
      }
    }
    // Remember what later sentences may refer back to.
    if (!subject.empty()) { last_subject_ = subject; last_subject_sentence_ = sentence_; }
    if (std::vector<std::string> group = group_before(s, *mentions, mentions->size()); !group.empty()) {
      last_group_ = group;
      last_group_sentence_ = sentence_;
    }
    // The state or organisation a sentence opens with, for a later "It has ...".
    last_opening_state_.clear();
    if (!mentions->empty() && (*mentions)[0].first == 0 && (*mentions)[0].actors.size() == 1 && !(*mentions)[0].inert) {
      const std::string& id = (*mentions)[0].actors.front();
      if (is_type(id, ActorType::State) || is_type(id, ActorType::Organization)) {
        last_opening_state_ = id;
        last_opening_state_sentence_ = sentence_;
      }
    }
    // The group a sentence opens with, for a later "They also discussed ...".
    if (!mentions->empty() && (*mentions)[0].first <= 1 && !(*mentions)[0].actors.empty()) {
      const std::vector<std::vector<std::string>> groups = groups_in(s, *mentions, mentions->size());
      if (!groups.empty() && groups.front().front() == (*mentions)[0].actors.front()) {
        last_subject_group_ = groups.front();
        last_subject_group_sentence_ = sentence_;
      }
    }
    for (std::vector<std::string>& group : groups_in(s, *mentions, mentions->size()))
      groups_.emplace_back(sentence_, std::move(group));
    for (const ActorMention& m : *mentions) {
      if (m.inert || m.actors.size() != 1) continue;
      auto a = out_.actors.find(m.actors.front());
      if (a == out_.actors.end() || a->second.type != ActorType::State) continue;
      last_state_ = a->first;
      if (m.how == Resolution::Capital) last_capital_ = a->first;
    }
    // "Iraq's foreign ministry summoned ... The ministry said": the ministry named last.
    for (const ActorMention& m : *mentions)
      if (m.how == Resolution::Organ && m.actors.size() == 1 && m.actors.front().size() > 17 &&
          m.actors.front().compare(m.actors.front().size() - 17, 17, "/foreign-ministry") == 0)
        last_ministry_ = m.actors.front();
    // "The EU calls on the Georgian authorities ... calls on the authorities": the rulers named last.
    for (const ActorMention& m : *mentions)
      if (!m.inert && m.actors.size() == 1 && m.last > m.first + 1 &&
          (s.tokens[m.last - 1].lower == "authorities" || s.tokens[m.last - 1].lower == "government") &&
          is_type(m.actors.front(), ActorType::State))
        last_rulers_ = m.actors.front();
    // The monarchy a later "the kingdom" stands for, named or spoken for.
    for (const ActorMention& m : *mentions) {
      if (m.actors.size() != 1 || m.inert) continue;
      const std::string state = country_of(m.actors.front());
      if (state.empty()) continue;
      auto known = is_kingdom_.find(state);
      if (known == is_kingdom_.end()) {
        bool kingdom = false;
        if (g_.has_actor(state) && is_type(state, ActorType::State))
          for (const std::string& name : g_.actor(state, doc_.date).aliases)
            kingdom = kingdom || fold_case(name).find("kingdom") != std::string::npos;
        known = is_kingdom_.emplace(state, kingdom).first;
      }
      if (known->second) last_kingdom_ = state;
    }
    // "Mali junta", "Mali's military government", "the Myanmar junta": the state a
    // later "the junta" stands for.
    for (const ActorMention& m : *mentions) {
      if (m.actors.size() != 1 || m.how == Resolution::Pronoun) continue;
      std::size_t after = m.last;
      if (after < s.tokens.size() && s.tokens[after].lower == "'s") ++after;
      const bool ends_with_regime = (m.last > m.first && regime_words_at(m.last - 1) == 1) ||
                                    (m.last > m.first + 1 && regime_words_at(m.last - 2) == 2);
      // "Mali's military" is an organ; the regime word follows it.
      const bool organ_then_regime = m.how == Resolution::Organ && after < s.tokens.size() &&
                                     (s.tokens[after].lower == "government" || s.tokens[after].lower == "rulers" ||
                                      s.tokens[after].lower == "leaders" || s.tokens[after].lower == "regime");
      if (!ends_with_regime && !organ_then_regime && !(after < s.tokens.size() && regime_words_at(after))) continue;
      const std::string state = country_of(m.actors.front());
      if (!state.empty() && is_type(state, ActorType::State)) last_regime_ = state;
    }
    // The states of a headline are the story's main states: they count thrice.
    const bool headline = sentence_ == 0 && s.headline;
    // Counted once a sentence: "the United States ... Rubio ... Washington" is one sentence about it.
    std::set<std::string> here, armed;
    for (const ActorMention& m : *mentions)
      for (const std::string& id : m.actors) {
        // "talks in Paris": where a story happens is no party to it.
        if (m.inert && (m.how == Resolution::Capital || m.how == Resolution::Place)) continue;
        const std::string c = country_of(id);
        const ActorType* type = c.empty() ? nullptr : g_.type_of(c);
        if (type && *type != ActorType::Person) here.insert(c);
        // A conflict's sides: armed groups, and states whose forces the story names.
        const bool forces = id.size() > 9 && id.compare(id.size() - 9, 9, "/military") == 0;
        if (type && (forces || *type == ActorType::Group)) armed.insert(c);
      }
    for (auto [counts, sides] : {std::pair{&state_counts_, &here}, std::pair{&armed_counts_, &armed}})
      for (const std::string& c : *sides) {
        auto& entry = (*counts)[c];
        entry.first += headline ? 3 : 1;
        entry.second = sentence_;
      }
  }

  // An office holder whose state the text never names ("Prime Minister Modi also
  // called on President Dharambeer Gokhool"), named beside the people of one of
  // the story's two main states, is of the other one: readouts of a bilateral
  // visit name the host's officials without their country.
  void place_stateless_officials() {
    static const std::set<std::string> kNotStateOffices = {
        "envoy", "special envoy", "special representative", "secretary-general", "secretary general", "director",
        "director general", "director-general", "chairman", "chair", "chairperson", "chairwoman", "spokesperson",
        "spokesman", "spokeswoman", "commander", "mr.", "mr", "ms.", "ms", "mrs.", "dr.", "dr", "counterpart",
        "h.e.", "his excellency", "her excellency", "hon.", "honourable", "shri", "sri", "smt.", "smt"};
    const std::vector<std::string> main = both_sides();
    const std::string& dateline = dateline_;
    for (const auto& [person, title] : titled_people_) {
      auto a = out_.actors.find(person);
      if (a == out_.actors.end() || !a->second.country.empty() || kNotStateOffices.count(title)) continue;
      if (auto named = state_offices_.find(title); named != state_offices_.end()) {
        a->second.country = named->second;
        continue;
      }
      // Failing all else, a wire's dateline: "BEIRUT (AFP) - ... Prime Minister Nawaf
      // Salam" names the local officials without their state.
      if (main.size() != 2) {
        a->second.country = dateline;
        continue;
      }
      // The people beside them tell most ("Prime Minister Anthony Albanese and Prime
      // Minister James Marape signed a treaty between Australia and Papua New Guinea");
      // failing people, the states.
      // A third state's person beside them ("U.S. envoy Tom Barrack met Aoun and
      // Prime Minister Nawaf Salam") leaves it open: no state.
      std::set<std::string> people_beside, states_beside, counterparts;
      bool third_party = false;
      for (std::size_t k = 0; k < out_.mentions.size(); ++k) {
        const auto& sentence = out_.mentions[k];
        bool here = false;
        for (const ActorMention& m : sentence)
          here = here || std::find(m.actors.begin(), m.actors.end(), person) != m.actors.end();
        if (!here) continue;
        // "Foreign Minister Al Zayani, who later held talks with his Jordanian counterpart": not Jordan's.
        for (const ActorMention& m : sentence)
          if (m.how == Resolution::Demonym && m.actors.size() == 1 && m.last > 0 &&
              doc_.sentences[k].tokens[m.last - 1].lower == "counterpart")
            counterparts.insert(country_of(m.actors.front()));
        for (const ActorMention& m : sentence) {
          for (const std::string& id : m.actors) {
            if (id == person) continue;
            const std::string c = country_of(id);
            if (c == main[0] || c == main[1]) (is_person(id) ? people_beside : states_beside).insert(c);
            else if (is_person(id) && !c.empty()) third_party = true;
          }
        }
      }
      if (counterparts.size() == 1 && (*counterparts.begin() == main[0] || *counterparts.begin() == main[1])) {
        a->second.country = *counterparts.begin() == main[0] ? main[1] : main[0];
        continue;
      }
      // With no people beside them, a wire's dateline outweighs the states they
      // act on: "CHISINAU - ... President X thanked Romania for helping Moldova"
      // is Moldova's president, though Moldova stands beside her.
      const bool dateline_is_main = dateline == main[0] || dateline == main[1];
      if (people_beside.empty() && dateline_is_main) {
        a->second.country = dateline;
        continue;
      }
      // A city that is no capital ("PORT SUDAN (AP) - ... Defence Minister Yassin
      // Ibrahim") tells as much, when it is in one of the story's two states.
      if (people_beside.empty() && dateline.empty() && (dateline_place_ == main[0] || dateline_place_ == main[1])) {
        a->second.country = dateline_place_;
        continue;
      }
      const std::set<std::string>& beside = people_beside.empty() ? states_beside : people_beside;
      if (beside.size() == 1 && !third_party) a->second.country = *beside.begin() == main[0] ? main[1] : main[0];
      // Beside both states, or none, or a third state's people: a wire's dateline
      // ("LIMA (AP) - ... Foreign Minister Hugo de Zela accused Mexico of
      // interfering in Peru's affairs") is the best guess left.
      else a->second.country = dateline;
    }
  }

  static bool is_month(const std::string& lower) {
    static const std::set<std::string> kMonths = {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"};
    // "Manama, Oct. 28 (BNA)"
    const bool dotted = !lower.empty() && lower.back() == '.';
    return kMonths.count(dotted ? lower.substr(0, lower.size() - 1) : lower) > 0;
  }

  // The state of a wire's dateline ("BEIRUT, October 14, 2025 (AFP) -"): a capital
  // in capital letters opening one of the first sentences, into dateline_ ("" when
  // there is none); the first such city, capital or not ("PORT SUDAN, May 6 (AP) -"),
  // into dateline_place_.
  void read_dateline() {
    for (std::size_t s = 0; s < doc_.sentences.size() && s < 3 && dateline_.empty(); ++s) {
      std::vector<Token> t = doc_.sentences[s].tokens;
      // One to three words before the comma: "BEIRUT,", "LA PAZ,", "Bucharest,".
      std::size_t words = 0;
      while (words < 3 && words < t.size() && t[words].kind == TokenKind::Word && t[words].capitalized) ++words;
      // ... or before the agency's bracket or a dash: "ANKARA (AA) -", "RIGA —" (capitals only).
      const std::string& after_place = words < t.size() ? t[words].text : std::string();
      const bool agency_or_dash = after_place == "(" || after_place == "-" || after_place == "--" ||
                                  after_place == "\xE2\x80\x94" || after_place == "\xE2\x80\x93";
      if (words == 0 || words + 1 >= t.size() || (after_place != "," && !agency_or_dash) || t[0].text.size() < 2)
        continue;
      // A release writes its dateline in mixed case ("Bucharest, 12 September 2025 -"):
      // then a date must follow.
      bool all_capitals = true;
      for (std::size_t k = 0; k < words; ++k)
        all_capitals = all_capitals && std::none_of(t[k].text.begin(), t[k].text.end(),
                                                    [](char c) { return c >= 'a' && c <= 'z'; });
      const Token& next = t[words + 1];
      if (!all_capitals && (agency_or_dash || !(next.kind == TokenKind::Number || is_month(next.lower)))) continue;
      // The gazetteer holds "Beirut" and "La Paz" with their case.
      for (std::size_t k = 0; k < words; ++k)
        std::transform(t[k].text.begin() + 1, t[k].text.end(), t[k].text.begin() + 1,
                       [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
      const GazetteerEntry* e = g_.names().longest(t, g_.word_ids(t), 0);
      if (!e || e->words.size() != words) continue;
      if ((e->how == Resolution::Capital || e->how == Resolution::Place) && dateline_place_.empty())
        dateline_place_ = e->id;
      if (e->how == Resolution::Capital) dateline_ = e->id;
    }
  }

  // "we" outside quotations: the author's side, from --speaker, a byline
  // ("The writer is Pakistan's ambassador to China") or, failing those, the
  // main state of the document that "we" works *with*.
  void resolve_author() {
    std::string author = opt_.speaker;
    if (!author.empty() && !out_.actors.count(author)) {
      if (g_.has_actor(author)) add_gazetteer_actor(author);
      else author.clear();
    }
    if (author.empty())
      if (const std::vector<std::string> group = signatories(); !group.empty()) {
        for (const auto& [s, k] : pending_we_) out_.mentions[s][k].actors = group;
        out_.voice_group = group;
        return;
      }
    if (author.empty()) author = byline_state();
    // A ministry's remarks that speak of "The Chinese side" as their own: "The Chinese side
    // is strongly dissatisfied with ... We urge the Japanese side".
    if (author.empty() && !pending_we_.empty()) author = own_side_state();
    // A release that gives a minister's statement: its "we" beyond the first quoted paragraph is his.
    if (author.empty()) author = statement_speaker_;
    if (author.empty() && pending_we_.size() >= 2) author = inferred_author();
    if (author.empty()) return;
    if (!out_.actors.count(author)) {
      if (!g_.has_actor(author)) return;
      add_gazetteer_actor(author);
    }
    const std::string side = is_person(author) ? country_of(author) : author;
    for (const auto& [s, k] : pending_we_) {
      out_.mentions[s][k].actors = {side};
      if (is_person(author)) out_.mentions[s][k].speaker = author;
    }
    // The author speaks every sentence no labelled speaker holds.
    for (std::string& voice : out_.voices)
      if (voice.empty()) voice = author;
  }

  // "We, the Foreign Ministers of Australia, India, Japan and the United States, met
  // today": a joint statement's signatories, named after its opening "We".
  std::vector<std::string> signatories() const {
    for (std::size_t s = 0; s < doc_.sentences.size() && s < 5; ++s) {
      const std::vector<Token>& t = doc_.sentences[s].tokens;
      // "By Jean-Noel Barrot and Johann Wadephul": an op-ed written by two ministers.
      if (t.size() > 3 && t[0].text == "By" &&
          std::any_of(t.begin(), t.end(), [](const Token& w) { return w.lower == "and"; })) {
        std::vector<std::string> authors;
        for (const ActorMention& m : out_.mentions[s])
          for (const std::string& id : m.actors)
            if (is_person(id) && !country_of(id).empty() &&
                std::find(authors.begin(), authors.end(), country_of(id)) == authors.end())
              authors.push_back(country_of(id));
        if (authors.size() >= 2) return authors;
      }
      // "Joint Statement by Egypt, Qatar and the United States on the Gaza Ceasefire": a
      // headline names them too.
      const bool joint_headline = s == 0 && t.size() > 4 && t[0].lower == "joint" &&
                                  (t[1].lower == "statement" || t[1].lower == "declaration" ||
                                   t[1].lower == "communique") &&
                                  (t[2].lower == "by" || t[2].lower == "of" || t[2].lower == "from");
      if (!joint_headline && (t.size() < 4 || t[0].lower != "we" || t[1].text != ",")) continue;
      std::size_t end = joint_headline ? 3 : 2;
      const std::size_t begin = end;
      // (A headline has no full stop: its last name ends the list.)
      while (end < t.size() && !(joint_headline && (t[end].lower == "on" || t[end].lower == "following")) &&
             !(end + 1 < t.size() && t[end].text == "," && !t[end + 1].capitalized && t[end + 1].lower != "and" &&
               t[end + 1].lower != "the"))
        ++end;
      std::vector<std::string> group;
      for (const ActorMention& m : out_.mentions[s]) {
        if (m.first < begin || m.last > end || m.how == Resolution::We) continue;
        // "We, the G7 Foreign Ministers of Canada, France, ...": the group naming the
        // ministers is no signatory beside its members.
        static const std::set<std::string> kPeopleAfter = {"foreign", "ministers", "leaders", "heads", "defence",
                                                           "defense", "finance"};
        if (m.last < t.size() && kPeopleAfter.count(t[m.last].lower)) continue;
        for (const std::string& id : m.actors) {
          const std::string side = is_person(id) ? country_of(id) : id;
          if (!side.empty() && (is_type(side, ActorType::State) || is_type(side, ActorType::Organization)) &&
              std::find(group.begin(), group.end(), side) == group.end())
            group.push_back(side);
        }
      }
      // "We, the Foreign Ministers of the Member States of ASEAN": one signatory speaks too.
      if (group.size() >= 2 || (!joint_headline && group.size() == 1)) return group;
    }
    return {};
  }

  // Where the speaker's name starts in a headline "Statement by the North Atlantic Council
  // ...", "Georgia: Statement by the High Representative on behalf of the EU ..."; 0 if the
  // line is no such headline.
  static std::size_t statement_speaker_at(const std::vector<Token>& t) {
    std::size_t k = 0;
    for (std::size_t colon = 1; colon < t.size() && colon <= 4; ++colon)
      if (t[colon].text == ":") {
        k = colon + 1;
        break;
      }
    if (k + 2 >= t.size() || t[k].lower != "statement") return 0;
    const std::string& by = t[k + 1].lower;
    return by == "by" || by == "of" || by == "from" ? k + 2 : 0;
  }

  std::string byline_state() {
    // "By Sugiono, Minister for Foreign Affairs of the Republic of Indonesia" at the top;
    // "By Kaja Kallas, High Representative of the European Union" writes for the EU.
    // So does a headline "Statement by the North Atlantic Council ...".
    for (std::size_t s = 0; s < doc_.sentences.size() && s < 3; ++s) {
      const auto& toks = doc_.sentences[s].tokens;
      const std::size_t speaker = s == 0 ? statement_speaker_at(toks) : 0;
      if (toks.size() < 2 || (toks[0].text != "By" && !speaker)) continue;
      // "Statement by the Prime Minister on the recognition of the State of Palestine": the
      // topic after "on" speaks nothing ("on behalf of the EU" is the speaker still).
      std::size_t topic = toks.size();
      for (std::size_t k = speaker; speaker && k < toks.size(); ++k)
        if ((toks[k].lower == "on" && (k + 1 == toks.size() || toks[k + 1].lower != "behalf")) ||
            toks[k].lower == "following" || toks[k].lower == "regarding" || toks[k].lower == "concerning") {
          topic = k;
          break;
        }
      for (const ActorMention& m : out_.mentions[s])
        if (!m.actors.empty() && m.how != Resolution::We && m.how != Resolution::Pronoun && m.first >= speaker &&
            m.first < topic) {
          const std::string c = country_of(m.actors.front());
          if (!c.empty() && (is_type(c, ActorType::State) || is_type(c, ActorType::Organization))) return c;
        }
    }
    for (std::size_t s = 0; s < doc_.sentences.size(); ++s) {
      const auto& toks = doc_.sentences[s].tokens;
      for (std::size_t i = 0; i + 2 < toks.size(); ++i) {
        // "The writer is Pakistan's ambassador to China"; at the end of an op-ed, "Mia
        // Amor Mottley is the Prime Minister of Barbados." (a name, then "is").
        const bool tagline = s + 2 >= doc_.sentences.size() && i >= 1 && i <= 4 && toks[i].lower == "is" &&
                             toks.size() < 30 && std::all_of(toks.begin(), toks.begin() + i, [](const Token& t) {
                               return t.kind == TokenKind::Word && t.capitalized;
                             });
        const bool byline = tagline || ((toks[i].lower == "writer" || toks[i].lower == "author") &&
                                        (toks[i + 1].lower == "is" || toks[i + 1].lower == "was"));
        if (!byline) continue;
        for (const ActorMention& m : out_.mentions[s])
          if (m.first > i && !m.actors.empty()) {
            const std::string c = country_of(m.actors.front());
            if (!c.empty()) return c;
          }
      }
    }
    // A release signed at its foot: "Senator the Hon Penny Wong, Minister for Foreign Affairs".
    for (std::size_t s = doc_.sentences.size(); s-- > 0 && s + 2 >= doc_.sentences.size();) {
      const Sentence& line = doc_.sentences[s];
      if (!line.headline || line.tokens.size() > 20 ||
          std::none_of(line.tokens.begin(), line.tokens.end(), [](const Token& t) { return t.text == ","; }))
        continue;
      for (const ActorMention& m : out_.mentions[s])
        if (m.first <= 4 && m.actors.size() == 1 && is_person(m.actors.front()) && !country_of(m.actors.front()).empty())
          return country_of(m.actors.front());
    }
    return "";
  }

  std::string own_side_state() const {
    for (std::size_t s = 0; s < doc_.sentences.size() && s < 4; ++s) {
      const std::vector<Token>& t = doc_.sentences[s].tokens;
      for (const ActorMention& m : out_.mentions[s])
        if (m.first <= 1 && m.how == Resolution::Demonym && m.actors.size() == 1 && m.last >= 1 &&
            t[m.last - 1].lower == "side" && (m.first == 0 || t[0].lower == "the"))
          return country_of(m.actors.front());
    }
    return "";
  }

  std::string inferred_author() const {
    // "Statement by the Prime Minister on ...", then "Today, Canada recognizes ... and offers our
    // partnership": a statement whose headline names no state speaks for the state that opens
    // the first sentence where "we" or "our" does.
    if (!doc_.sentences.empty() && statement_speaker_at(doc_.sentences[0].tokens) && !pending_we_.empty()) {
      const auto& [s, k] = pending_we_.front();
      const ActorMention& we = out_.mentions[s][k];
      for (const ActorMention& m : out_.mentions[s])
        if (m.first < we.first && m.how == Resolution::Name && m.actors.size() == 1 &&
            is_type(country_of(m.actors.front()), ActorType::State))
          return country_of(m.actors.front());
    }
    std::map<std::string, int> partners;
    for (const auto& [s, k] : pending_we_) {
      const auto& toks = doc_.sentences[s].tokens;
      for (const ActorMention& m : out_.mentions[s]) {
        if (m.first == 0 || m.actors.empty()) continue;
        const std::string& prev = toks[m.first - 1].lower;
        if (prev == "with" || prev == "help" || prev == "helping" || prev == "support" || prev == "to")
          ++partners[country_of(m.actors.front())];
      }
      (void)k;
    }
    // Of the two main states, "we" is the one less often worked *with*.
    const std::vector<std::string> main = both_sides();
    if (main.size() < 2) return main.empty() ? (main_states(1, true).empty() ? "" : main_states(1, true).front()) : main.front();
    const int a = partners.count(main[0]) ? partners.at(main[0]) : 0;
    const int b = partners.count(main[1]) ? partners.at(main[1]) : 0;
    if (a != b) return a < b ? main[0] : main[1];
    // Failing that, the one that opens a sentence where "we" speaks: "Russia remains
    // open to dialogue, but we will respond" in the Russian ministry's statement.
    std::set<std::string> opening;
    for (const auto& [s, k] : pending_we_) {
      (void)k;
      for (const ActorMention& m : out_.mentions[s])
        if (m.first == 0 && m.actors.size() == 1 && m.how != Resolution::We) opening.insert(country_of(m.actors.front()));
    }
    const bool first = opening.count(main[0]) > 0, second = opening.count(main[1]) > 0;
    if (first != second) return first ? main[0] : main[1];
    return "";
  }

  const Document& doc_;
  const Gazetteer& g_;
  const ActorOptions& opt_;
  DocumentActors out_;
  std::size_t sentence_ = 0;
  std::vector<std::uint32_t> ids_;  // the current sentence's words as the gazetteer numbers them
  std::map<std::string, std::string> surnames_;  // lower-case surname -> person id
  std::string last_subject_;
  std::size_t last_subject_sentence_ = 0;
  std::string last_opening_state_;           // the state or organisation that opened the last sentence
  std::size_t last_opening_state_sentence_ = 0;
  std::vector<std::string> last_group_;
  std::vector<std::string> last_subject_group_;  // a group opening a sentence
  std::size_t last_subject_group_sentence_ = 0;
  std::size_t last_group_sentence_ = 0;
  std::vector<std::pair<std::size_t, std::vector<std::string>>> groups_;  // (sentence, actors named together)
  std::vector<std::string> last_big_group_;  // the states a bare "the Ministers" of a joint statement last meant
  std::size_t last_big_group_sentence_ = 0;
  struct SidesNamed {
    std::string head;  // "ministers", "sides"
    std::vector<std::string> sides;
    std::size_t sentence = 0;
  };
  std::string last_rulers_;  // the state whose "authorities" or "government" were named last
  SidesNamed last_pair_;  // the sides the last subject "the two ministers" named
  std::string last_speaker_;
  std::size_t last_speaker_sentence_ = 0;
  std::map<std::string, std::pair<int, std::size_t>> state_counts_;  // state or group -> (sentences, last sentence)
  std::map<std::string, std::pair<int, std::size_t>> armed_counts_;  // the same, for the sides' forces
  Preference prefer_;  // ranks actors by state_counts_
  std::vector<std::pair<std::size_t, std::size_t>> pending_we_;       // (sentence, mention)
  std::vector<std::pair<std::size_t, std::string>> pending_organs_;   // (first token in this sentence, organ id)
  std::string last_armed_group_;
  std::string last_bloc_;  // the organisation "the bloc" refers to
  std::string last_state_, last_capital_;  // for "the country", "the capital"
  std::string last_regime_;                // for "the junta", "the military government"
  std::string statement_speaker_;          // who "issued the following statement:", if anyone
  // The organisation last named as a council, a commission or a community, for a statement's
  // "The Council", "The Commission", "The Community".
  std::map<std::string, std::string> last_named_body_ = {{"council", ""}, {"commission", ""}, {"community", ""}};
  std::string last_kingdom_;               // for "the kingdom"
  std::string last_ministry_;              // for "the ministry": a foreign ministry's organ id
  std::string dateline_;                   // the state of a wire's dateline, or ""
  std::string dateline_place_;             // the state of the first dateline city, capital or not
  std::string label_speaker_;              // "Mao Ning:" opening a transcript's paragraph
  std::map<std::string, bool> is_kingdom_;  // state -> one of its names says "Kingdom"
  std::vector<std::pair<std::string, std::string>> titled_people_;  // (person, title in lower case) as named
  std::string last_military_state_;  // the state whose armed forces were named last
  std::map<std::string, std::string> unnamed_offices_;  // office in lower case -> the state or body it spoke for
  std::set<std::string> chairs_;                        // persons who chair a body and speak for it here
  std::map<std::string, std::string> state_offices_;    // office in lower case -> the state "the <office> of" named first
};

}  // namespace

DocumentActors find_actors(const Document& doc, const Gazetteer& gazetteer, const ActorOptions& options) {
  return Resolver(doc, gazetteer, options).run();
}

}  // namespace relmap
