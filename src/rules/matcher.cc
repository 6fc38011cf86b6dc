#include "rules/matcher.h"

#include "text/text.h"

#include <algorithm>
#include <cstdint>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace relmap {
namespace {

// Backtracking over one pattern; bounded so that no input makes it explode.
constexpr std::size_t kMaxSteps = 20000;

// The few words the matcher's own logic looks at (lists, subjects, clauses),
// classified once per word of the vocabulary, not compared at every step.
enum class Fn : std::uint8_t { Other, Comma, And, But, Or, Amp, As, Well, Who, Which, Both, Between, Article, The, ClauseStart };

const std::vector<std::pair<const char*, Fn>> kFunctionWords = {
    {",", Fn::Comma}, {"and", Fn::And}, {"but", Fn::But}, {"or", Fn::Or}, {"&", Fn::Amp}, {"as", Fn::As}, {"well", Fn::Well},
    {"who", Fn::Who}, {"which", Fn::Which}, {"both", Fn::Both}, {"between", Fn::Between},
    {"a", Fn::Article}, {"an", Fn::Article}, {"the", Fn::The},
    {"that", Fn::ClauseStart}, {"where", Fn::ClauseStart}, {"when", Fn::ClauseStart}, {"while", Fn::ClauseStart},
    {";", Fn::ClauseStart}, {":", Fn::ClauseStart}};

// Words that separate clauses: gaps stop there.
const std::vector<const char*> kClauseBreaks = {
    ";", ":", "(", ")", "\"", "\xE2\x80\x94" /* — */, "\xE2\x80\x9C", "\xE2\x80\x9D",
    "\xEF\xBC\x88", "\xEF\xBC\x89", "\xE3\x80\x90", "\xE3\x80\x91", "\xEF\xBC\x9B", "\xEF\xBC\x9A",
    "but", "while", "whereas", "although", "though", "which", "who", "whom", "whose", "as", "when", "because",
    "if", "unless", "where"};  // not "since": "we have since signed agreements with"

// After "and", these start a verb phrase of the subject named before.
const std::vector<const char*> kAuxiliaries = {"is", "are", "was", "were", "has", "have", "had", "will", "would",
                                               "also", "then", "later", "can", "could", "should", "must", "may",
                                               "shall", "further", "again", "stands", "remains"};
// "accused X of firing", "urged X to impose sanctions": X's act is alleged or asked for.
const std::vector<const char*> kAsksOrAccuses = {"accused", "accuse", "accuses", "accusing", "blamed", "blame",
                                                 "blames", "blaming", "urged", "urge", "urges", "urging", "asked",
                                                 "pressed", "encouraged", "requested", "invited", "requests",
                                                 "request", "demanded", "demands", "demand", "order", "orders",
                                                 "ordered", "ordering"};
// A mention right after one of these is its object, never a clause's subject:
// "travelled to Muscat for talks with the US" (Muscat holds no talks).
const std::vector<const char*> kPrepositions = {"to", "from", "in", "at", "into", "with", "by", "on",
                                                "toward", "towards", "against", "near", "via", "across",
                                                "through", "within", "onto", "upon"};
// Words that may stand between a verb and its object's actor: "killed 20
// Pakistani soldiers", "sanctioned three Chinese companies", "a senior Hamas commander".
const std::vector<const char*> kQuantities = {"a", "an", "two", "three", "four", "five", "six", "seven", "eight",
                                              "nine", "ten", "dozens", "hundreds", "thousands", "scores", "several",
                                              "some", "many", "at", "least", "more", "than", "of", "senior", "top",
                                              // "the claims made by certain Taipei officials"
                                              "certain", "various", "individual",
                                              "prominent", "key", "local", "fellow", "other", "neighbouring",
                                              "neighboring", "north", "south", "east", "west", "northern", "southern",
                                              "eastern", "western", "central", "northeastern", "northwestern",
                                              "southeastern", "southwestern", "today", "yesterday", "tonight",
                                              "separately",
                                              // "stands by brotherly Azerbaijan"
                                              "brotherly", "fraternal", "friendly", "sisterly"};
// After "and" + a past tense, these start its object: "and pledged to", "and urged the".
const std::vector<const char*> kObjectStarts = {"to", "the", "a", "an", "his", "her", "its", "their", "that", "on", "with"};

// One sentence prepared for matching: word ids, the mentions starting at each
// token, and the per-token facts the backtracking asks again and again.
struct SentenceView {
  const Sentence& sentence;
  const std::vector<ActorMention>& mentions;
  std::vector<std::uint32_t> ids;                // token -> vocabulary id
  std::vector<std::vector<std::size_t>> starts;  // mentions starting at each token, longest first
  std::vector<int> blocking;                     // token -> participant mention covering it, or -1
  std::vector<unsigned> types;                   // mention -> bit set of its actors' types
  std::vector<std::vector<const std::string*>> sides;  // mention -> the states (or stateless actors) it names
  std::vector<const Matcher::WordFacts*> facts;   // token -> what the matcher knows of its word
  std::vector<char> opens;                       // token opens a new predicate (see opens_predicate)
  std::vector<std::size_t> clause;               // token -> first token of its clause (after "that", a speech verb...)
  static constexpr std::size_t kNoActor = static_cast<std::size_t>(-1);
  std::vector<std::size_t> after_quantity;       // token -> the actor after "a", "20", "the"... there, or kNoActor
  std::vector<char> named;                       // token -> some mention (a place too) covers it
  std::vector<char> scare_quote;                 // token is a quote mark around a few words: no break
  std::vector<char> in_scare_quote;              // token is such a mark or a word between two
  std::vector<char> hedge;                       // token is in "what it described as": no room, no break
  std::vector<char> glued_hyphen;                // token is a "-" written against the word before it

  SentenceView(const Sentence& s, const std::vector<ActorMention>& m, const std::map<std::string, Actor>& a,
               const Vocabulary& vocab, const std::vector<Matcher::WordFacts>& word_facts)
      : sentence(s), mentions(m), ids(s.tokens.size()), starts(s.tokens.size()), blocking(s.tokens.size(), -1),
        types(m.size(), 0), sides(m.size()), facts(s.tokens.size()), opens(s.tokens.size()),
        clause(s.tokens.size() + 1, 0), named(s.tokens.size(), 0), scare_quote(s.tokens.size(), 0),
        in_scare_quote(s.tokens.size(), 0),
        hedge(s.tokens.size(), 0),
        glued_hyphen(s.tokens.size(), 0) {
    for (std::size_t t = 1; t < s.tokens.size(); ++t)
      glued_hyphen[t] = s.tokens[t].text.size() == 1 && s.tokens[t].text[0] == '-' && s.tokens[t].begin == s.tokens[t - 1].end;
    for (std::size_t t = 0; t < s.tokens.size(); ++t) {
      ids[t] = vocab.id(s.tokens[t].lower);
      facts[t] = &word_facts[ids[t]];
    }
    for (std::size_t i = 0; i < m.size(); ++i) {
      for (const std::string& id : m[i].actors) {
        auto it = a.find(id);
        if (it != a.end()) types[i] |= 1u << static_cast<unsigned>(it->second.type);
        sides[i].push_back(it != a.end() && !it->second.country.empty() ? &it->second.country : &id);
      }
      if (m[i].first >= s.tokens.size()) continue;
      starts[m[i].first].push_back(i);
      // A state's ground ("use Belarusian territory to launch attacks") stops no gap.
      if (!m[i].inert && !m[i].object_only && !m[i].actors.empty())
        for (std::size_t t = m[i].first; t < m[i].last && t < s.tokens.size(); ++t) blocking[t] = static_cast<int>(i);
    }
    for (auto& v : starts)
      std::sort(v.begin(), v.end(), [&](std::size_t x, std::size_t y) { return m[x].last > m[y].last; });
    // A speech verb inside a name is no verb: "the United States" does not state.
    for (const ActorMention& mention : m)
      for (std::size_t t = mention.first; t < mention.last && t < s.tokens.size(); ++t) named[t] = 1;
    for (std::size_t t = 0; t < s.tokens.size(); ++t)
      if (named[t] && facts[t]->speech) facts[t] = &word_facts[0];
    mark_scare_quotes();
    mark_hedges();
    after_quantity.assign(s.tokens.size(), kNoActor);
    for (std::size_t t = 0; t < s.tokens.size(); ++t) after_quantity[t] = actor_after_quantity(t);
    for (std::size_t t = 0; t < s.tokens.size(); ++t) {
      opens[t] = opens_predicate(t);
      clause[t + 1] = facts[t]->speech || is(t, Fn::ClauseStart) ? t + 1 : clause[t];
    }
  }
  // Whether token i is the function word `f`.
  bool is(std::size_t i, Fn f) const { return i < facts.size() && static_cast<Fn>(facts[i]->function_word) == f; }
  std::size_t size() const { return sentence.tokens.size(); }
  const std::string& lower(std::size_t i) const { return sentence.tokens[i].lower; }
  // Where the -ing word of ", accusing X", ", while deepening ...", ", before travelling on to ..."
  // after the comma at `t` is.
  std::size_t ing_after_comma(std::size_t t) const {
    if (t + 2 >= size()) return t + 1;
    const std::string& next = lower(t + 1);
    return next == "while" || next == "whilst" || next == "by" || next == "before" || next == "after" ? t + 2 : t + 1;
  }

 private:
  static bool is_quote_mark(const std::string& text) {
    return text == "\"" || text == "\xE2\x80\x9C" || text == "\xE2\x80\x9D";
  }

  // "struck what it said were bases of", "strikes on what Islamabad described as hideouts":
  // the writer's distance from a claim, which a gap reads through.
  void mark_hedges() {
    static const std::set<std::string> kAfter = {"as", "were", "was", "are", "is"};
    const auto& t = sentence.tokens;
    // "will, as always, firmly support": an aside of habit, read through like a hedge.
    static const std::set<std::string> kHabits = {"always", "ever", "before", "usual"};
    for (std::size_t c = 0; c + 3 < t.size(); ++c)
      if (t[c].text == "," && t[c + 1].lower == "as" && kHabits.count(t[c + 2].lower) && t[c + 3].text == ",")
        for (std::size_t k = c; k < c + 4; ++k) hedge[k] = 1;
    for (std::size_t w = 0; w + 2 < t.size(); ++w) {
      if (t[w].lower != "what") continue;
      for (std::size_t verb = w + 2; verb <= w + 3 && verb < t.size(); ++verb) {
        if (!is_hedge_verb(t[verb].lower)) continue;
        std::size_t end = verb + 1;
        if (end < t.size() && kAfter.count(t[end].lower)) ++end;
        for (std::size_t k = w; k < end; ++k) hedge[k] = 1;
        break;
      }
    }
  }

  // 'had a "good conversation" with Trump', 'an "ironclad friend"': quote marks
  // around one to four words, not opening a quotation (after "said", a colon or
  // a comma), are part of the clause; gaps and words read through them.
  void mark_scare_quotes() {
    const std::vector<Token>& t = sentence.tokens;
    for (std::size_t open = 0; open < t.size(); ++open) {
      if (!is_quote_mark(t[open].text)) continue;
      if (open > 0 && (facts[open - 1]->speech || t[open - 1].text == ":" || t[open - 1].text == ",")) continue;
      // (a hyphen inside counts with its words: 'a "near-Arctic state"'; a quoted phrase may end
      // the sentence: 'denounced "the fascist and genocidal government of Israel."')
      std::size_t close = open + 1;
      while (close < t.size() && close <= open + 9 && (t[close].kind == TokenKind::Word || t[close].text == "-"))
        ++close;
      if (close > open + 1 && close + 1 < t.size() && (t[close].text == "." || t[close].text == ",") &&
          is_quote_mark(t[close + 1].text))
        ++close;
      if (close == open + 1 || close >= t.size() || close > open + 9 || !is_quote_mark(t[close].text)) continue;
      scare_quote[open] = scare_quote[close] = 1;
      for (std::size_t k = open; k <= close; ++k) in_scare_quote[k] = 1;
      open = close;
    }
    // An abbreviation in brackets is no clause: "the supply of liquefied natural gas (LNG) from Brunei".
    for (std::size_t open = 0; open + 2 < t.size(); ++open) {
      if (t[open].text != "(" || !t[open + 1].capitalized || t[open + 1].kind != TokenKind::Word) continue;
      std::size_t close = 0;
      if (t[open + 2].text == ")") close = open + 2;
      else if (open + 3 < t.size() && t[open + 3].text == ")" && t[open + 2].kind == TokenKind::Word) close = open + 3;
      if (close) scare_quote[open] = scare_quote[close] = 1;
    }
  }

  // "ambushed a Malian army convoy", "killed 20 Pakistani soldiers", "a senior
  // Hamas commander": the actor after a few words of quantity at `pos`. After
  // "a", adjectives too ("supports a democratic, stable and inclusive Bangladesh").
  std::size_t actor_after_quantity(std::size_t pos) const {
    if (!starts[pos].empty()) return kNoActor;
    const bool indefinite = is(pos, Fn::Article);
    std::size_t at = is(pos, Fn::The) ? pos + 1 : pos;
    while (at < size() && at < pos + (indefinite ? 12 : 4) && starts[at].empty() &&
           (facts[at]->quantity || sentence.tokens[at].kind == TokenKind::Number ||
            (indefinite && adjective_run_word(at)))) {
      // "of" only after a number or quantity: "dozens of", not "ahead of APEC".
      if (sentence.tokens[at].lower == "of" &&
          (at == pos || !(facts[at - 1]->quantity || sentence.tokens[at - 1].kind == TokenKind::Number)))
        break;
      ++at;
    }
    if (at <= pos || at >= size() || starts[at].empty()) return kNoActor;
    // "dismissed a case Sudan had brought": an actor with its own verb after a noun
    // opens a clause of its own; it is no object.
    const std::size_t end = mentions[starts[at].front()].last;
    if (indefinite && at > pos + 1 && end < size() && facts[end]->auxiliary) return kNoActor;
    return at;
  }

  // A word of "a democratic, stable and inclusive X": lower case, no preposition
  // or clause word; a comma or "and" only before another such word.
  bool adjective_run_word(std::size_t k) const {
    const Token& t = sentence.tokens[k];
    if (t.kind != TokenKind::Word && !is(k, Fn::Comma)) return false;
    if (is(k, Fn::Comma) || is(k, Fn::And))
      return k + 1 < size() && !sentence.tokens[k + 1].capitalized && starts[k + 1].empty() &&
             sentence.tokens[k + 1].kind == TokenKind::Word;
    const Matcher::WordFacts& f = *facts[k];
    return !t.capitalized && !f.preposition && !f.clause_break && !f.speech && !f.auxiliary &&
           static_cast<Fn>(f.function_word) == Fn::Other;
  }

  // "and" before an auxiliary or a past tense ("and is", "and has", "and urged"),
  // or a comma before an -ing word (", accusing"): a verb phrase whose subject
  // was named before.
  bool opens_predicate(std::size_t t) const {
    if (t + 1 >= size()) return false;
    const std::string& next = lower(t + 1);
    if (is(t, Fn::And) || is(t, Fn::But)) {
      // "in a narrow format and then with the participation of": no verb follows.
      if (next == "then" && t + 2 < size() && facts[t + 2]->preposition) return false;
      if (facts[t + 1]->auxiliary || facts[t + 1]->speech) return true;
      // "..., and pays tribute to", "and calls on": a statement's present-tense verbs.
      static const std::unordered_set<std::string> kStatementVerbs = {
          "pays", "calls", "urges", "welcomes", "commends", "thanks", "praises", "expresses", "reaffirms",
          "reiterates", "condemns", "stresses", "affirms", "appeals", "encourages", "invites", "underlines"};
      if (kStatementVerbs.count(next)) return true;
      // "and urged Pakistan", "and pledged to": a past tense with its object; not
      // "special and privileged strategic partnership".
      const bool past = next.size() > 4 && next.compare(next.size() - 2, 2, "ed") == 0;
      return past && t + 2 < size() && (!starts[t + 2].empty() || facts[t + 2]->object_start);
    }
    if (!is(t, Fn::Comma) || sentence.tokens[t + 1].capitalized) return false;
    // ", accusing X" opens a predicate; ", including Patriot missiles," is a list.
    static const std::unordered_set<std::string> kPrepositionsInIng = {"including", "regarding", "concerning",
                                                                      "following", "during", "excluding"};
    // ", while deepening ties with Japan": the -ing word may follow "while", "by", "before", "after".
    const std::string& verb = ing_after_comma(t) == t + 1 ? next : lower(t + 2);
    if (verb.size() > 5 && verb.compare(verb.size() - 3, 3, "ing") == 0 && !kPrepositionsInIng.count(verb))
      return true;
    // A headline joins its verbs with commas: "Ruto meets Biden, commits police to Haiti".
    return sentence.headline && t > 0 && blocking[t - 1] >= 0 && headline_verb(next);
  }
  static bool headline_verb(const std::string& w) {
    static const std::unordered_set<std::string> kNotVerbs = {"this", "thus", "plus", "always", "perhaps", "whereas",
                                                              "sources", "officials", "analysts", "news", "days",
                                                              "weeks", "months", "years", "hours", "its", "his"};
    if (w.size() < 4 || kNotVerbs.count(w)) return false;
    const bool third_person = w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != '\'';
    const bool past = w.compare(w.size() - 2, 2, "ed") == 0;
    return third_person || past;
  }
};

class Run {
 public:
  Run(const SentenceView& v, const CompiledPattern& p) : v_(v), p_(p) {}

  // Tries the pattern with its first element at `pos`.
  bool match_at(std::size_t pos, RuleMatch* out) {
    m_.source.clear();
    m_.target.clear();
    m_.parties.clear();
    m_.others.clear();
    m_.words.clear();
    steps_ = 0;
    if (!go(0, pos)) return false;
    m_.first = pos;
    m_.last = end_;
    *out = m_;
    return true;
  }

  std::size_t best_elements = 0;
  std::size_t best_pos = 0;

 private:
  bool go(std::size_t ei, std::size_t pos) {
    if (++steps_ > kMaxSteps) return false;
    if (ei > best_elements || (ei == best_elements && pos > best_pos)) {
      best_elements = ei;
      best_pos = pos;
    }
    if (ei == p_.elements.size()) {
      end_ = pos;
      return true;
    }
    const PatternElement& e = p_.elements[ei];
    if (e.kind != ElementKind::Gap && pos < v_.size() && v_.scare_quote[pos]) return go(ei, pos + 1);
    switch (e.kind) {
      case ElementKind::Words: return words(e, ei, pos, e.repeat ? 4 : 1);
      case ElementKind::Guard:
        if (!starts_phrase(e, pos)) return go(ei + 1, pos);
        for (const Phrase& ph : e.phrases)
          if (phrase_at(ph, pos)) return false;
        return go(ei + 1, pos);
      case ElementKind::Gap: return gap(e, ei, pos);
      case ElementKind::Slot: return slot(e, ei, pos);
    }
    return false;
  }

  // Whether any phrase of `e` can start at `pos`: one lookup instead of one per phrase.
  bool starts_phrase(const PatternElement& e, std::size_t pos) const {
    return pos < v_.size() && std::binary_search(e.first_ids.begin(), e.first_ids.end(), v_.ids[pos]);
  }

  bool phrase_at(const Phrase& ph, std::size_t pos) const {
    if (pos + ph.size() > v_.size()) return false;
    for (std::size_t k = 0; k < ph.size(); ++k)
      if (!ph[k].accepts(v_.ids[pos + k])) return false;
    return true;
  }

  bool words(const PatternElement& e, std::size_t ei, std::size_t pos, int reps) {
    if (!starts_phrase(e, pos)) return e.optional && go(ei + 1, pos);
    for (const Phrase& ph : e.phrases) {
      if (!phrase_at(ph, pos)) continue;
      const std::size_t kept = m_.words.size();
      for (std::size_t k = 0; k < ph.size(); ++k) m_.words.push_back(pos + k);
      const std::size_t next = pos + ph.size();
      if (e.repeat && reps > 1 ? words(e, ei, next, reps - 1) : go(ei + 1, next)) return true;
      m_.words.resize(kept);
    }
    return e.optional && go(ei + 1, pos);
  }

  bool gap(const PatternElement& e, std::size_t ei, std::size_t pos) {
    // Scare quotes take no room: 'ready to begin "a new beginning" in relations with'.
    int counted = 0;
    for (std::size_t at = pos; at <= v_.size(); ++at) {
      const std::size_t g = at - pos;
      if (g > 0) {
        const std::size_t skipped = at - 1;
        if (v_.hedge[skipped]) continue;
        if (!v_.scare_quote[at - 1] && ++counted > e.max_gap) break;
        // A gap never crosses an actor, but for the subject's own after a possessive
        // ("Rwanda committed to withdrawing its troops from Congolese territory").
        if (!e.over_actors && v_.blocking[skipped] >= 0 && !own_possession(static_cast<std::size_t>(v_.blocking[skipped]))) break;
        // "X met Y and urged Z": Y is an object, so a gap never starts with the
        // "and" that follows an actor; the subject carries over instead.
        if (g == 1 && pos > 0 && v_.blocking[pos - 1] >= 0 && v_.is(skipped, Fn::And)) break;
        if (g == 2 && pos > 0 && v_.blocking[pos - 1] >= 0 && v_.is(pos, Fn::Comma) && v_.is(skipped, Fn::And)) break;
        // Nor over the start of a new predicate: "... the Ukraine crisis and is
        // prepared to", "sanctions on Belarus, accusing X".
        if (opens_predicate(skipped)) break;
        // Nor into a clause with a subject of its own: "vowed to respond, and Taliban fighters attacked".
        if ((v_.is(skipped, Fn::And) || v_.is(skipped, Fn::But)) && skipped > 0 && skipped + 1 < v_.size() &&
            v_.is(skipped - 1, Fn::Comma) && !v_.starts[skipped + 1].empty())
          break;
        if (!e.cross_clauses && v_.facts[skipped]->clause_break && !v_.scare_quote[skipped]) break;
      }
      if (go(ei + 1, at)) return true;
    }
    return false;
  }

  bool opens_predicate(std::size_t t) const { return v_.opens[t] != 0; }

  // "I urge the remaining members of the European Union to recognise ...": an actor
  // named in a few words of a part ("members of", "the leaders of") after "urge" or
  // "accused" is asked or accused, and acts in no fact of its own.
  bool asked_of_part(std::size_t pos) const {
    if (pos < 2 || v_.lower(pos - 1) != "of") return false;
    for (std::size_t k = pos - 1, seen = 0; k-- > 0 && seen < 4; ++seen) {
      if (v_.facts[k]->asks_or_accuses) return true;
      if (v_.blocking[k] >= 0 || v_.facts[k]->clause_break || v_.is(k, Fn::Comma) || v_.is(k, Fn::And) ||
          opens_predicate(k))
        return false;
    }
    return false;
  }


  static bool is_possessive(const std::string& w) {
    return w == "our" || w == "their" || w == "its" || w == "his" || w == "her";
  }

  // Whether mention `mi` is "its troops", "their forces": the bound subject's own.
  bool own_possession(std::size_t mi) const {
    const std::size_t first = v_.mentions[mi].first;
    const std::vector<std::size_t>& owner = m_.source.empty() ? m_.parties : m_.source;
    if (owner.empty()) return false;
    // "their ambassadors" itself, or "its troops" after the possessive.
    const bool possessive = is_possessive(v_.lower(first)) || (first > 0 && is_possessive(v_.lower(first - 1)));
    return possessive && shares_side({mi}, owner);
  }

  bool eligible(const PatternElement& e, std::size_t mi) const {
    const ActorMention& m = v_.mentions[mi];
    if (m.actors.empty()) return false;
    // A place fills a slot only right after the pattern's own preposition: "arrived in {target}";
    // a name in a compound only where the pattern writes the hyphen: "{source} - {target} talks".
    const bool after_own_word = !m_.words.empty() && m_.words.back() + 1 == m.first;
    // A name glued into a compound ("the Rwanda-backed M23") is no place after a preposition.
    const auto glued = [&](std::size_t h) { return h < v_.size() && v_.glued_hyphen[h]; };
    const bool compound = glued(m.last) || (m.first > 0 && glued(m.first - 1));
    if (m.inert && compound) return hyphen_written(e, m) || (after_own_word && m.first > 0 && glued(m.first - 1));
    if (m.inert && !after_own_word && !hyphen_written(e, m)) return false;
    // "Belarusian territory" and an act named by a noun ("the operation") act on no one.
    if ((m.object_only || m.how == Resolution::Act) && (e.is_source || e.is_parties)) return false;
    if (e.types.empty()) return true;
    for (ActorType t : e.types)
      if (v_.types[mi] & (1u << static_cast<unsigned>(t))) return true;
    return false;
  }

  bool shares_side(const std::vector<std::size_t>& a, const std::vector<std::size_t>& b) const {
    for (std::size_t x : a)
      for (std::size_t y : b)
        for (const std::string* side : v_.sides[x])
          for (const std::string* other : v_.sides[y])
            if (*side == *other) return true;
    return false;
  }

  // The token after the ")" closing a bracket at `open` of up to eight words in which no
  // one but `member` acts; `open` itself when there is none.
  std::size_t past_bracket_aside(std::size_t open, const ActorMention& member) const {
    for (std::size_t k = open + 1; k < v_.size() && k <= open + 9; ++k) {
      if (v_.sentence.tokens[k].text == ")") return k + 1;
      for (std::size_t inside : v_.starts[k])
        if (!v_.mentions[inside].inert && v_.mentions[inside].actors != member.actors) return open;
    }
    return open;
  }

  // ", whose" within three words of t: "Spain in particular, whose".
  bool whose_clause_after(std::size_t t) const {
    for (std::size_t k = t; k < v_.size() && k <= t + 2; ++k)
      if (v_.is(k, Fn::Comma)) return k + 1 < v_.size() && v_.lower(k + 1) == "whose";
    return false;
  }

  // Whether the pattern writes "-" right after slot `e` and the text has it after `m`.
  bool hyphen_written(const PatternElement& e, const ActorMention& m) const {
    const std::size_t ei = static_cast<std::size_t>(&e - p_.elements.data());
    if (ei + 1 >= p_.elements.size() || m.last >= v_.size() || v_.sentence.tokens[m.last].text != "-") return false;
    const PatternElement& next = p_.elements[ei + 1];
    return next.kind == ElementKind::Words && std::binary_search(next.first_ids.begin(), next.first_ids.end(), v_.ids[m.last]);
  }

  // Length in tokens of a list separator at `pos` ("," "and" ", and" "as well as"), or 0.
  std::size_t separator(std::size_t pos) const {
    if (pos >= v_.size()) return 0;
    // "spoke with Kagame and with Tshisekedi": the preposition said again.
    auto with_again = [&](std::size_t at) {
      return at + 1 < v_.size() && v_.facts[at]->preposition && v_.lower(at) == "with" ? 1 : 0;
    };
    if (v_.is(pos, Fn::Comma)) return v_.is(pos + 1, Fn::And) ? 2 + with_again(pos + 2) : 1;
    if (v_.is(pos, Fn::And)) return 1 + with_again(pos + 1);
    if (v_.is(pos, Fn::Amp) || v_.is(pos, Fn::Or)) return 1;
    if (v_.is(pos, Fn::As) && v_.is(pos + 1, Fn::Well) && v_.is(pos + 2, Fn::As)) return 3;
    return 0;
  }

  // Every list of actor mentions starting at `pos`: (mentions, end). A list of
  // more than one ends in "and" ("A, B and C"): "At the invitation of A, B
  // visited" is no list.
  void lists(const PatternElement& e, std::size_t pos, bool after_and, std::vector<std::size_t>* current,
             std::vector<std::pair<std::vector<std::size_t>, std::size_t>>* out) const {
    if (pos >= v_.size() || out->size() > 16) return;
    for (std::size_t mi : v_.starts[pos]) {
      // "Congo's government and the Rwanda-backed M23": the member is the compound's head.
      const ActorMention& here = v_.mentions[mi];
      // ("accusing the Iran-backed group": so is a first object named right after "-backed".)
      if ((!current->empty() || (e.is_target && here.last + 2 < v_.size() && !v_.starts[here.last + 2].empty())) &&
          here.inert && here.last + 2 < v_.size() && v_.glued_hyphen[here.last]) {
        lists(e, here.last + 2, after_and, current, out);
        continue;
      }
      if (!eligible(e, mi)) continue;
      // "Ethiopia, Somalia and our partners": a possessive starts no member of a list;
      // "Lavrov and his Iranian counterpart Abbas Araghchi" names one by title, known or new.
      // So does "Boko Haram and its rival ISWAP", "Hamas and its ally Islamic Jihad".
      static const std::set<std::string> kKin = {"rival", "ally", "affiliate", "offshoot", "partner", "proxy"};
      const std::size_t named_at = v_.mentions[mi].first;
      const bool kin = named_at + 1 < v_.mentions[mi].last && kKin.count(v_.lower(named_at + 1));
      if (!current->empty() && is_possessive(v_.lower(named_at)) && !kin &&
          v_.mentions[mi].how != Resolution::Title && v_.mentions[mi].how != Resolution::NewPerson)
        continue;
      // "with France and India, and we will continue ...": "we" starts a clause, not a member.
      // But "President Ilham Aliyev and I initialled" names the author among the parties.
      const std::size_t at = v_.mentions[mi].first;
      const bool and_i = v_.lower(at) == "i" && at >= 2 && v_.is(at - 1, Fn::And) && !v_.is(at - 2, Fn::Comma);
      if (!current->empty() && v_.mentions[mi].how == Resolution::We && !and_i) continue;
      current->push_back(mi);
      std::size_t end = v_.mentions[mi].last;
      // "the Intergovernmental Authority on Development (IGAD) and the Government of
      // Kenya": an abbreviation in brackets belongs to its member.
      if (end + 2 < v_.size() && v_.sentence.tokens[end].text == "(")
        for (std::size_t abbreviation : v_.starts[end + 1]) {
          const ActorMention& a = v_.mentions[abbreviation];
          if (a.actors == v_.mentions[mi].actors && a.last < v_.size() && v_.sentence.tokens[a.last].text == ")") {
            end = a.last + 1;
            break;
          }
        }
      // "France (on behalf of Réunion), Madagascar": a short aside in brackets naming no one else.
      if (end < v_.size() && end == v_.mentions[mi].last && v_.sentence.tokens[end].text == "(")
        end = past_bracket_aside(end, v_.mentions[mi]);
      // Headlines list with commas alone: "Qatar, Egypt press Israel and Hamas".
      // A hyphen glued to the last member binds it alone: "Congo's government and the
      // Rwanda-backed M23" is no list of backers.
      const bool compound = end < v_.size() && v_.glued_hyphen[end];
      if (current->size() == 1 || ((after_and || v_.sentence.headline) && !compound)) out->emplace_back(*current, end);
      // A list ends at its "and": "between Egypt and Ethiopia, and Kenyan President Ruto ...".
      // ", and" after one actor joins clauses: "solidarity with Qatar, and Iran denounced".
      std::size_t sep_here = separator(end);
      const std::size_t head = v_.mentions[current->front()].first;
      // "to work with Cuba, with the United States and with all our friends": a list opened by
      // "with" goes on past ", with" (not "met Kagame, with Tshisekedi joining later").
      if (sep_here == 1 && v_.is(end, Fn::Comma) && end + 2 < v_.size() && v_.lower(end + 1) == "with" && head > 0 &&
          v_.lower(head - 1) == "with")
        sep_here = 2;
      // Not after "between": "talks between Ali Shamkhani, secretary of ..., and Wang Yi".
      const bool paired = head > 0 && (v_.is(head - 1, Fn::Between) || v_.is(head - 1, Fn::Both));
      const bool clause_and = current->size() == 1 && sep_here >= 2 && v_.is(end, Fn::Comma) &&
                              v_.is(end + 1, Fn::And) && !v_.sentence.headline && !paired;
      // "and with the governments of Belgium and Canada": the preposition said again opens a
      // list of its own.
      const bool with_again = at >= 2 && v_.lower(at - 1) == "with" && v_.is(at - 2, Fn::And) && current->size() == 2;
      if (const std::size_t sep = (after_and && !v_.sentence.headline && !with_again) || clause_and ? 0 : sep_here) {
        const std::size_t before = out->size();
        lists(e, end + sep, !v_.is(end + sep - 1, Fn::Comma), current, out);
        // "Ethiopia, Somalia and our partners": the list ends before what is no actor.
        if (out->size() == before && current->size() >= 2 && !after_and && v_.is(end + sep - 1, Fn::And))
          out->emplace_back(*current, end);
      }
      current->pop_back();
    }
  }

  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

  // At "and" or ", and" that opens a verb phrase: the sentence's first participant.
  std::size_t sentence_subject(const PatternElement& e, std::size_t pos) const {
    std::size_t after = pos;
    if (v_.is(after, Fn::Comma)) ++after;
    if (after + 1 >= v_.size()) return kNone;
    const bool linking = v_.is(after, Fn::And) || v_.is(after, Fn::But);
    if (!linking && !opens_predicate(pos)) return kNone;
    if (!linking) after = pos;  // ", accusing X": the -ing word follows the comma
    if (!v_.starts[after + 1].empty() || v_.sentence.tokens[after + 1].kind != TokenKind::Word) return kNone;
    // "M23 rebels captured Uvira, Congo's government said, accusing Rwanda": the one who
    // said it accuses.
    if (!linking && pos >= 2 && v_.facts[pos - 1]->speech && v_.blocking[pos - 2] >= 0) {
      const std::size_t speaker = static_cast<std::size_t>(v_.blocking[pos - 2]);
      return eligible(e, speaker) ? speaker : kNone;
    }
    // "whom Kinshasa and Western governments accuse Rwanda": a name joined to a capitalised
    // noun is one subject, no predicate carried over.
    if (linking && pos > 0 && v_.blocking[pos - 1] >= 0 && v_.sentence.tokens[after + 1].capitalized) {
      const std::size_t named = static_cast<std::size_t>(v_.blocking[pos - 1]);
      return eligible(e, named) ? named : kNone;
    }
    // The clause that "and" continues starts after the last "that" or speech verb:
    // "Modi said India remained committed to ... and would help Nepal" continues India.
    // Mentions are not in token order (surnames and pronouns are found in
    // later passes): take the earliest participant of the clause.
    // With no participant in that clause ("X said any attempt ... would be an act
    // of war and closed its airspace", "the ministry said the strikes were ... and
    // demanded": an act demands nothing), the verb is the speaker's.
    // "Venezuela said the buildup was a pretext ... and asked the Security Council
    // to intervene", "Barrack said the two sides had agreed ... and thanked France":
    // a speaker's request, demand or thanks after "and" is the speaker's.
    // (So are a speaker's promises: "Lourenco said that Angola and Namibia are linked by
    // history ..., and pledged that Angola would supply electricity".)
    static const std::set<std::string> kRequests = {"asked", "urged", "demanded", "called", "requested",
                                                    "appealed", "pressed", "warned", "thanked", "praised",
                                                    "condemned", "accused", "blamed", "pledged", "promised",
                                                    "vowed", "assured", "reaffirmed", "reiterated"};
    const bool request = linking && kRequests.count(v_.lower(after + 1)) > 0;
    std::size_t first = kNone;
    for (std::size_t clause : {request ? std::size_t{0} : v_.clause[pos], v_.clause[pos], std::size_t{0}}) {
      for (std::size_t mi = 0; mi < v_.mentions.size(); ++mi) {
        const ActorMention& m = v_.mentions[mi];
        if (m.first >= pos || m.first < clause || m.inert || m.actors.empty() || m.how == Resolution::Act) continue;
        if (first == kNone || m.first < v_.mentions[first].first) first = mi;
      }
      // A speaker the text never ties to a state speaks for no one: read the clause.
      const bool stateless = first != kNone && v_.sides[first].size() == 1 &&
                             *v_.sides[first].front() == v_.mentions[first].actors.front() &&
                             (v_.types[first] & (1u << static_cast<unsigned>(ActorType::Person)));
      if (request && clause == 0 && stateless) {
        first = kNone;
        continue;
      }
      // "Milei told Netanyahu, calling Hamas ...": the one told is no subject.
      static const std::set<std::string> kToldVerbs = {"told", "tells", "tell", "assured", "assures", "informed"};
      if (first != kNone && clause > 0 && v_.mentions[first].first == clause && kToldVerbs.count(v_.lower(clause - 1))) {
        first = kNone;
        continue;
      }
      if (first != kNone) break;
    }
    if (first != kNone && !linking && subordinate_subject_between(v_.mentions[first].first, pos)) return kNone;
    return first != kNone && eligible(e, first) ? first : kNone;
  }

  // "Cameroon and Chad pledged ... after militants overran an army post, killing 17
  // soldiers": the -ing phrase is the militants' (no actor), not the sentence subject's.
  bool subordinate_subject_between(std::size_t from, std::size_t pos) const {
    static const std::set<std::string> kSubordinators = {"after", "when", "while", "because", "once"};
    for (std::size_t t = pos; t-- > from + 1;) {
      if (!kSubordinators.count(v_.lower(t)) || t + 1 >= pos) continue;
      const Token& next = v_.sentence.tokens[t + 1];
      const std::string& word = v_.lower(t + 1);
      const bool ing = word.size() > 4 && word.compare(word.size() - 3, 3, "ing") == 0;
      return v_.starts[t + 1].empty() && next.kind == TokenKind::Word && !next.capitalized && !ing &&
             !v_.facts[t + 1]->preposition;
    }
    return false;
  }

  // The subject with the actors listed along with it: "Poland and Lithuania
  // welcomed the move and urged ..." carries both over.
  std::vector<std::size_t> subject_list(const PatternElement& e, std::size_t first, std::size_t pos) const {
    std::vector<std::pair<std::vector<std::size_t>, std::size_t>> found;
    std::vector<std::size_t> current;
    lists(e, v_.mentions[first].first, false, &current, &found);
    std::vector<std::size_t> best{first};
    for (const auto& [list, end] : found)
      if (end <= pos && list.front() == first && list.size() > best.size()) best = list;
    return best;
  }

  // The participant a relative pronoun at `pos` refers to: the one named just
  // before it.
  std::size_t antecedent(const PatternElement& e, std::size_t pos) const {
    // "militants who use Afghan soil": a common noun right before it is the
    // antecedent, and it is no actor. ("Houthi rebels in Yemen, who", "the BLA - a
    // designated outfit - which" still find their actor.)
    if (pos > 0) {
      const std::size_t before = pos - 1;
      const Token& t = v_.sentence.tokens[before];
      if (t.kind == TokenKind::Word && !t.capitalized && !v_.named[before]) return kNone;
    }
    std::size_t found = kNone;
    for (std::size_t mi = 0; mi < v_.mentions.size(); ++mi) {
      const ActorMention& m = v_.mentions[mi];
      if (m.first >= pos || m.last > pos || m.inert || m.actors.empty() || pos - m.last > 12) continue;
      if (found == kNone || m.first > v_.mentions[found].first) found = mi;
    }
    if (found == kNone || !eligible(e, found)) return kNone;
    // "our partners, including Turkiye and Pakistan, who stood with Qatar": the whole
    // list ending there is the antecedent; return its first member.
    for (std::size_t mi = 0; mi < v_.mentions.size(); ++mi) {
      const ActorMention& m = v_.mentions[mi];
      if (m.first >= v_.mentions[found].first || m.inert || m.actors.empty() || !eligible(e, mi)) continue;
      std::vector<std::pair<std::vector<std::size_t>, std::size_t>> all;
      std::vector<std::size_t> current;
      lists(e, m.first, false, &current, &all);
      for (const auto& [list, end] : all)
        if (list.size() >= 2 && list.back() == found && list.front() == mi) return mi;
    }
    return found;
  }

  // After an aside between commas that opens at `comma`, the next token; kNone if
  // there is none. A list ("A, B and C", "A, B, C") is no aside: the aside holds
  // a word that names no actor, and a lower-case word follows it.
  std::size_t past_aside(std::size_t comma) const {
    if (!v_.is(comma, Fn::Comma) || v_.is(comma + 1, Fn::And)) return kNone;
    bool plain_word = false;
    for (std::size_t k = comma + 1; k < v_.size() && k <= comma + 20; ++k) {
      const Token& t = v_.sentence.tokens[k];
      if (t.text == ";" || t.text == ":" ||
          (t.in_quote != v_.sentence.tokens[comma].in_quote && !v_.in_scare_quote[k]))
        return kNone;
      if (!v_.is(k, Fn::Comma)) {
        plain_word = plain_word || (v_.blocking[k] < 0 && t.kind == TokenKind::Word && !separator(k));
        continue;
      }
      const std::size_t next = k + 1;
      if (k < comma + 3 || !plain_word || next >= v_.size()) return kNone;
      const Token& n = v_.sentence.tokens[next];
      if (n.kind != TokenKind::Word || n.capitalized || v_.is(next, Fn::And) || v_.is(next, Fn::Or)) return kNone;
      return next;
    }
    return kNone;
  }

  bool slot(const PatternElement& e, std::size_t ei, std::size_t pos) {
    std::vector<std::pair<std::vector<std::size_t>, std::size_t>> found;
    std::vector<std::size_t> current;
    lists(e, pos, false, &current, &found);
    // "both China and Pakistan"
    if (v_.is(pos, Fn::Both) || v_.is(pos, Fn::Between)) lists(e, pos + 1, false, &current, &found);
    // "ambushed a Malian army convoy", "killed 20 Pakistani soldiers", "a senior
    // Hamas commander": a few words of quantity before an actor. After "the", only
    // a demonym or an organ ("backed the EU deal" backs a deal, and "the EU" is
    // already a name with its article).
    if (pos < v_.size() && v_.starts[pos].empty() && !e.is_parties &&
        v_.after_quantity[pos] != SentenceView::kNoActor) {
      const std::size_t at = v_.after_quantity[pos];
      const bool definite = v_.is(pos, Fn::The);
      std::vector<std::pair<std::vector<std::size_t>, std::size_t>> after_quantity;
      lists(e, at, false, &current, &after_quantity);
      for (auto& entry : after_quantity) {
        const Resolution how = v_.mentions[entry.first.front()].how;
        if (!definite || how == Resolution::Demonym || how == Resolution::Organ) found.push_back(std::move(entry));
      }
    }
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
      return a.first.size() > b.first.size() || (a.first.size() == b.first.size() && a.second > b.second);
    });
    // "Qin met his counterparts and urged them to ...": a verb after "and" with no
    // subject of its own takes the subject of its clause; after "who" or "which"
    // it takes the actor just named ("the BLA, which carried out an attack").
    if ((e.is_source || e.is_parties || e.is_target) && ei == 0 && found.empty()) {
      const std::size_t at = v_.is(pos, Fn::Comma) ? pos + 1 : pos;
      std::size_t subject = kNone;
      if (v_.is(at, Fn::And) || v_.is(at, Fn::But)) subject = sentence_subject(e, pos);
      else if (at != pos && opens_predicate(pos)) subject = sentence_subject(e, pos);
      else if (v_.is(at, Fn::Who) || v_.is(at, Fn::Which)) subject = antecedent(e, pos);
      // The subject stands for "and", "who" or "which"; after ", accusing" only the comma goes.
      const bool linking_word =
          v_.is(at, Fn::And) || v_.is(at, Fn::But) || v_.is(at, Fn::Who) || v_.is(at, Fn::Which);
      // An object carried over only after "and" or ", drawing", from the subject that opens
      // the sentence: "Niger, Mali and Burkina Faso ... have pulled out of ECOWAS and turned to
      // Russia for help", "(Reuters) - Ethiopia ... inaugurated the dam, drawing condemnation".
      if (e.is_target && subject != kNone) {
        const std::size_t first = v_.mentions[subject].first;
        const bool opens = first == 0 || v_.sentence.tokens[first - 1].text == "-" ||
                           v_.sentence.tokens[first - 1].text == "--";
        const bool linked = v_.is(at, Fn::And) || (at != pos && opens_predicate(pos));
        if (!opens || !linked) subject = kNone;
      }
      if (subject != kNone)
        found.push_back({subject_list(e, subject, pos), linking_word ? at + 1 : at == pos ? at : v_.ing_after_comma(pos)});
    }
    std::vector<std::size_t>& bound =
        e.is_source ? m_.source : e.is_target ? m_.target : e.is_parties ? m_.parties : m_.others;
    // Nor after "accused" or "urged": "Thailand accused Cambodian troops of firing
    // rockets" reports an accusation, not an attack.
    auto object_at = [&](std::size_t p) {
      // ('stood "with the heroic people of Palestine"': past a quotation mark)
      if (p > 1 && v_.scare_quote[p - 1]) --p;
      // "The Melanesian Spearhead Group, which includes Vanuatu, Fiji ..., backed": members listed.
      static const std::set<std::string> kMembership = {"includes", "include", "comprises", "comprise", "groups"};
      return p > 0 && (v_.facts[p - 1]->preposition || v_.facts[p - 1]->asks_or_accuses || asked_of_part(p) ||
                       kMembership.count(v_.lower(p - 1)) > 0 ||
                       // "requests that China respect ...": asked, not acting
                       (p > 1 && v_.lower(p - 1) == "that" && v_.facts[p - 2]->asks_or_accuses));
    };
    // The first member of the list `pos` ends ("A and B", "A, B and C"); a comma may stand
    // right before `pos` only when `comma_first`.
    auto head_of_list = [&](bool comma_first) {
      std::size_t head = pos;
      while (head >= 2 && (v_.is(head - 1, Fn::And) || ((comma_first || head != pos) && v_.is(head - 1, Fn::Comma))) &&
             v_.blocking[head - 2] >= 0)
        head = v_.mentions[static_cast<std::size_t>(v_.blocking[head - 2])].first;
      return head;
    };
    // "urged the United States and France, which chair the committee, to press Israel": a later
    // member of a list of objects is an object too.
    const std::size_t list_head = head_of_list(false);
    const bool object_position = object_at(pos) || (list_head != pos && object_at(list_head));
    // "from Vietnam, Jamaica, Laos and Cuba": a list that goes on from a middle member of
    // an object's list is that list's tail.
    const std::size_t comma_head = head_of_list(true);
    // (Not "Ireland, together with Spain, Norway and Slovenia, recognised": companions of the subject.)
    const bool companions = comma_head >= 2 && v_.lower(comma_head - 1) == "with" &&
                            (v_.lower(comma_head - 2) == "together" || v_.lower(comma_head - 2) == "along");
    const bool tail_of_object_list = comma_head != pos && object_at(comma_head) && !companions;
    for (const auto& [list, end] : found) {
      // A subject starts no match in an object's position, unless it is a bare
      // demonym before the noun of its act: "protest against Turkish [air strikes in ...]".
      const ActorMention& head = v_.mentions[list.front()];
      // Nor a possessor, whose noun names its act: "involvement in Russia's war of aggression".
      // (a demonym, not "the heroic people of Palestine")
      bool bare_demonym = head.how == Resolution::Demonym && v_.sentence.tokens[head.last - 1].capitalized;
      for (std::size_t t = head.first; t < head.last && bare_demonym; ++t) bare_demonym = v_.lower(t) != "of";
      // (Not the possessor of a government: "solidarity with Castro's government and denounced".)
      static const std::set<std::string> kGovernments = {"government", "administration", "authorities", "regime",
                                                         "leadership", "people", "cabinet"};
      const bool possessor = head.last < v_.size() && v_.lower(head.last) == "'s" &&
                             !(head.last + 1 < v_.size() && kGovernments.count(v_.lower(head.last + 1)));
      // Nor the subject of "with X accusing Y": ", with President Aliyev accusing Russia".
      const std::string& next = head.last < v_.size() ? v_.lower(head.last) : std::string();
      const bool absolute = pos > 0 && v_.lower(pos - 1) == "with" && next.size() > 4 &&
                            next.compare(next.size() - 3, 3, "ing") == 0;
      // An object may own the next clause: "grateful to Spain in particular, whose prime minister came".
      const bool owns_clause = whose_clause_after(head.last);
      // Nor the first name of a compound the pattern writes: "with the Rwanda-backed M23".
      const bool in_object_list = object_position || (tail_of_object_list && list.size() > 1);
      if (ei == 0 && (e.is_source || e.is_parties) && in_object_list && head.first == pos && !bare_demonym &&
          !possessor && !absolute && !owns_clause && !hyphen_written(e, head))
        continue;
      if (e.is_parties && list.size() < 2) {
        // "the two sides" alone names two actors.
        if (v_.mentions[list.front()].actors.size() < 2) continue;
      }
      // "committed to ties with the UAE, and we welcome ...": a list of objects
      // does not run on into the subject (but the G7's "our support for the Republic of
      // Korea and Japan" names one of many speakers among its objects).
      std::size_t subject_sides = 0;
      for (std::size_t x : m_.source) subject_sides += v_.sides[x].size();
      if (e.is_target && list.size() > 1 && subject_sides == 1 && shares_side(list, m_.source)) continue;
      // Nor is the subject's own "its troops" its object: read on.
      if (e.is_target && list.size() == 1 && own_possession(list.front())) continue;
      bound = list;
      if (go(ei + 1, end)) return true;
      // The subject's verb may follow an aside: "Nauseda, who visited Warsaw last
      // week, expressed support for Poland"; "Iwaya, Minister for Foreign Affairs
      // of Japan, who is visiting Beijing, held talks".
      // "The National Liberation Army (ELN), Colombia's largest guerrilla group, has killed":
      // a bracketed short name first.
      const bool bracket = end < v_.size() && v_.sentence.tokens[end].text.size() == 1 && v_.sentence.tokens[end].text[0] == ')';
      const std::size_t aside_at = bracket ? end + 1 : end;
      // "Burkina Faso, Mali and Niger, whose military rulers have expelled French troops": their
      // rulers act for them.
      if (ei == 0 && e.is_source && end + 3 < v_.size() && v_.is(end, Fn::Comma) && v_.lower(end + 1) == "whose") {
        static const std::set<std::string> kRulerWords = {
            "military", "rulers", "ruler", "junta", "juntas", "government", "governments", "leaders", "leader",
            "president", "forces", "troops", "army", "armies", "authorities", "leadership", "regime", "regimes"};
        std::size_t k = end + 2;
        while (k < v_.size() && k < end + 5 && kRulerWords.count(v_.lower(k))) ++k;
        if (k > end + 2 && go(ei + 1, k)) return true;
      }
      if (ei == 0)
        for (std::size_t after = aside_at, asides = 0; asides < 2 && (after = past_aside(after)) != kNone; ++asides)
          if (go(ei + 1, after)) return true;
      // "We, the G7 Foreign Ministers of Canada, France, ... and the High Representative of
      // the European Union, condemn": the signatories' long list is one aside.
      if (ei == 0 && list.size() == 1 && v_.mentions[list.front()].how == Resolution::We && v_.is(end, Fn::Comma))
        for (std::size_t k = end + 1; k + 1 < v_.size() && k <= end + 60; ++k) {
          const Token& next = v_.sentence.tokens[k + 1];
          if (!v_.is(k, Fn::Comma) || next.capitalized || next.kind != TokenKind::Word || v_.is(k + 1, Fn::And) ||
              v_.is(k + 1, Fn::Or))
            continue;
          if (go(ei + 1, k + 1)) return true;
        }
      // An object's words may follow a relative clause about it: "called on the
      // United States and France, which guarantee the truce, to compel Israel".
      if (ei > 0 && v_.is(end, Fn::Comma) && (v_.is(end + 1, Fn::Which) || v_.is(end + 1, Fn::Who))) {
        const std::size_t after = past_aside(end);
        if (after != kNone && go(ei + 1, after)) return true;
      }
      bound.clear();
    }
    return false;
  }

  const SentenceView& v_;
  const CompiledPattern& p_;
  RuleMatch m_;
  std::size_t steps_ = 0;
  std::size_t end_ = 0;
};

// A cheap test of the pattern's first element at `pos`, so that backtracking
// starts only where a match can: at one of its first words, or at an actor (or
// a word that carries a subject over) for a leading slot.
bool may_start(const SentenceView& v, const CompiledPattern& p, std::size_t pos) {
  if (p.elements.empty()) return true;
  const PatternElement& e = p.elements.front();
  if (e.optional) return true;
  switch (e.kind) {
    case ElementKind::Words: return std::binary_search(e.first_ids.begin(), e.first_ids.end(), v.ids[pos]);
    case ElementKind::Slot: {
      if (!v.starts[pos].empty()) return true;
      const auto f = static_cast<Fn>(v.facts[pos]->function_word);
      return f == Fn::Comma || f == Fn::And || f == Fn::But || f == Fn::Who || f == Fn::Which || f == Fn::Both ||
             f == Fn::Between || v.after_quantity[pos] != SentenceView::kNoActor;
    }
    default: return true;
  }
}

bool find_in_span(const SentenceView& v, const CompiledPattern& p, std::size_t first, std::size_t last) {
  Run run(v, p);
  RuleMatch ignored;
  for (std::size_t pos = first; pos <= last && pos < v.size(); ++pos)
    if (may_start(v, p, pos) && run.match_at(pos, &ignored) && ignored.last <= last + 1) return true;
  return false;
}

// The states (or, for actors of no state, the actors) a slot names, without repeats.
std::vector<const std::string*> sides_in(const std::vector<std::size_t>& slot, const SentenceView& v) {
  std::vector<const std::string*> out;
  for (std::size_t i : slot)
    for (const std::string* side : v.sides[i])
      if (std::none_of(out.begin(), out.end(), [&](const std::string* o) { return *o == *side; })) out.push_back(side);
  return out;
}

bool only_self(const RuleMatch& m, const SentenceView& v) {
  if (!m.parties.empty()) return sides_in(m.parties, v).size() < 2;
  // "Burkina Faso and Niger vowed to strengthen their cooperation": "their" is
  // the subject itself, which relates to no one else.
  // "Xi said China and Vietnam should ...": a statement about one's own side too.
  const std::vector<const std::string*> s = sides_in(m.source, v), t = sides_in(m.target, v);
  return !s.empty() && std::all_of(s.begin(), s.end(), [&](const std::string* x) {
           return std::any_of(t.begin(), t.end(), [&](const std::string* y) { return *x == *y; });
         });
}

// Whether every mention of `part` is in `whole`.
bool contains_all(const std::vector<std::size_t>& whole, const std::vector<std::size_t>& part) {
  for (std::size_t x : part)
    if (std::find(whole.begin(), whole.end(), x) == whole.end()) return false;
  return true;
}

// Whether no mention of `a` is in `b`.
bool disjoint(const std::vector<std::size_t>& a, const std::vector<std::size_t>& b) {
  return std::none_of(a.begin(), a.end(), [&](std::size_t x) { return std::find(b.begin(), b.end(), x) != b.end(); });
}

// Whether two matches share a word that is not one of the most frequent: "the
// killing of nationals by al-Shabaab" is an attack, and condemning it
// opposition, though both read the same "by".
bool share_words(const std::vector<std::size_t>& a, const std::vector<std::size_t>& b, const SentenceView& v) {
  for (std::size_t x : a)
    if (!v.facts[x]->frequent && std::find(b.begin(), b.end(), x) != b.end()) return true;
  return false;
}

// Whether two matches of one sentence rival, so that only the better one stays: they
// share a word, or bind the same two actors over overlapping words ("committed to
// supporting Nepal" is one pledge, not also support). Some pairs share words and are
// still two statements; they are listed here.
bool rivals(const RuleMatch& m, const RuleMatch& k, const SentenceView& view, const RuleSet& rules) {
  auto directed = [&](const std::string& id) {
    const RelationDef* r = rules.relation(id);
    return !r || r->directed;
  };
  // A mutual relation (met) and a one-way one (urged, visited) over the same ends
  // are two edges: "spoke with Rubio and urged restraint".
  const bool one_way_and_mutual = m.relation != k.relation && directed(m.relation) != directed(k.relation);
  // "Qatar hosted talks between Israel and Hamas": the host meets each party, and
  // the parties meet each other; the match of the parties is no rival.
  // So are "Albares and Lammy announced the deal after talks with Sefcovic": the two who
  // met each other, and their meeting with a third.
  const bool parties_of_other =
      (!m.parties.empty() && (m.parties == k.target || m.parties == k.source)) ||
      (!k.parties.empty() && (k.parties == m.target || k.parties == m.source));
  // "Erdogan hosted X in Ankara": a meeting with X and X's visit, X the object of
  // one and the subject of the other.
  const bool chained = m.relation != k.relation &&
                       ((!m.source.empty() && m.source == k.target && m.target != k.source) ||
                        (!k.source.empty() && k.source == m.target && k.target != m.source));
  // "flew to Washington for talks with Trump": a visit to one and a meeting with
  // another, sharing the verb; "Congo and Rwanda signed a deal in Washington": an
  // agreement between two and their visit to a third.
  const std::vector<std::size_t>& m_objects = m.target.empty() ? m.parties : m.target;
  const std::vector<std::size_t>& k_objects = k.target.empty() ? k.parties : k.target;
  const bool other_objects =
      one_way_and_mutual && !m_objects.empty() && !k_objects.empty() && disjoint(m_objects, k_objects);
  // "Thailand and Cambodia signed an agreement on the sidelines of the summit": the
  // same parties' meeting and agreement.
  const bool same_parties_other_relation = m.relation != k.relation && !m.parties.empty() && m.parties == k.parties;
  // "We condemn North Korea's launches and its cooperation with Russia": a match that
  // passes over the other's object ({other}) to reach its own says more, not the same.
  const bool passes_over_object = m.source == k.source && ((!m.others.empty() && m.others == k.target) ||
                                                           (!k.others.empty() && k.others == m.target));
  // "Ukraine is grateful to the partners who expressed solidarity, in particular the
  // EU": thanks one way and support the other, read from the same words.
  const bool reversed = (directed(m.relation) && directed(k.relation) &&
                         !m.source.empty() && m.source == k.target && m.target == k.source) ||
                        // "India accused Pakistan of ..., which Islamabad denies": the accuser
                        // and the one who answers, each the other's target.
                        (m.relation == k.relation && directed(m.relation) && !m.source.empty() && !k.source.empty() &&
                         (m.source == k.target || k.source == m.target)) ||
                        // "The tariffs imposed by Washington on our exports are unjust": Washington's
                        // act, and the author's judgement of it.
                        (rules.rules[m.rule].voice_source && !m.target.empty() && m.target == k.source) ||
                        (rules.rules[k.rule].voice_source && !k.target.empty() && k.target == m.source);
  // "I met with Wang Yi on the sidelines of the meetings in Kuala Lumpur": my visit passes
  // over Wang Yi, whose own visit the other match reads.
  const bool fellow_sources = m.relation == k.relation && !m.target.empty() && m.target == k.target &&
                              ((!m.others.empty() && m.others == k.source) || (!k.others.empty() && k.others == m.source));
  // "condemns the clashes between the army and the SPLA-IO": the clash itself, and the
  // judgement of it that names both its ends.
  const bool judged_pair = m.relation != k.relation &&
                           ((!k.source.empty() && !k.target.empty() && contains_all(m.target, k.source) &&
                             contains_all(m.target, k.target)) ||
                            (!m.source.empty() && !m.target.empty() && contains_all(k.target, m.source) &&
                             contains_all(k.target, m.target)));
  // "support for the SADC Mission ... and for the Government of Mozambique": one reading
  // reaches the first object, the longer one passes it for a second; both are said.
  // (The longer reaches further: "Pena, whose country recognises Taipei rather than Beijing,
  // was received by Lai" passes over Beijing to reach Pena, before it.)
  auto passes_for_later = [&](const RuleMatch& outer, const RuleMatch& inner) {
    const std::size_t passed = view.mentions[inner.target.front()].first;
    return passed >= outer.first && passed < outer.last && view.mentions[outer.target.front()].first > passed;
  };
  const bool second_object = m.relation == k.relation && !m.source.empty() && m.source == k.source &&
                             !m.target.empty() && !k.target.empty() && disjoint(m.target, k.target) &&
                             (passes_for_later(m, k) || passes_for_later(k, m));
  // "Vietnam's rejection of the blockade imposed by the United States on Cuba": the blockade
  // itself, and the stance on it that passes over its author to reach its target.
  auto judges = [&](const RuleMatch& judge, const RuleMatch& act) {
    return !act.source.empty() && !act.target.empty() && contains_all(judge.others, act.source) &&
           contains_all(judge.target, act.target);
  };
  const bool judged_act = m.relation != k.relation && (judges(m, k) || judges(k, m));
  if (parties_of_other || chained || other_objects || same_parties_other_relation || passes_over_object || reversed ||
      fellow_sources || judged_pair || second_object || judged_act)
    return false;
  // "Britain and France pledged to support Ukraine": France's support is part of the pledge.
  const bool same_ends = !m.source.empty() && contains_all(k.source, m.source) &&
                         contains_all(k.target, m.target) && !one_way_and_mutual;
  const bool spans_overlap = m.first < k.last && k.first < m.last;
  return share_words(m.words, k.words, view) || (same_ends && spans_overlap);
}

}  // namespace

bool Matcher::build(const RuleSet& rules, std::vector<Diagnostic>* diags) {
  rules_ = &rules;
  compiled_.assign(rules.rules.size(), {});
  unless_.assign(rules.rules.size(), {});
  vocab_ = Vocabulary{};
  word_facts_.clear();
  auto facts_of = [&](const std::string& word) -> WordFacts& {
    const std::uint32_t id = vocab_.add(word);
    if (word_facts_.size() <= id) word_facts_.resize(id + 1);
    return word_facts_[id];
  };
  for (const auto& [word, fn] : kFunctionWords) facts_of(word).function_word = static_cast<std::uint8_t>(fn);
  for (const char* w : kClauseBreaks) facts_of(w).clause_break = true;
  for (const char* w : kAuxiliaries) facts_of(w).auxiliary = true;
  for (const char* w : kObjectStarts) facts_of(w).object_start = true;
  for (const char* w : kPrepositions) facts_of(w).preposition = true;
  for (const char* w : kQuantities) facts_of(w).quantity = true;
  for (const char* w : kAsksOrAccuses) facts_of(w).asks_or_accuses = true;
  for (const char* w : {"if", "unless", "whether"}) facts_of(w).condition = true;
  for (const std::string& v : rules.speech_verbs) facts_of(fold_case(v)).speech = true;
  by_anchor_.clear();
  unanchored_.clear();
  negations_.clear();
  bool ok = true;
  PatternContext ctx{&rules.word_lists, &rules.word_forms, true};
  PatternContext words_only = ctx;
  words_only.slots_allowed = false;
  auto report = [&](const SourceLocation& at, bool quoted, int offset, const std::string& msg,
                    const std::string& hint) {
    Diagnostic d;
    d.file = at.file;
    d.line = at.line;
    d.column = at.column + (quoted ? 1 : 0) + offset;
    d.message = msg;
    d.hint = hint;
    diags->push_back(std::move(d));
    ok = false;
  };
  // Negations and unless patterns: words only, no slots.
  auto add_negation = [&](const std::string& text, const SourceLocation& at, const std::string& what,
                          std::vector<Negation>* into) {
    Negation n;
    std::string error, hint;
    int offset = 0;
    if (!compile_pattern(text, words_only, &n.pattern, &error, &hint, &offset)) {
      report(at, false, 0, what + error, hint);
      return;
    }
    n.text = text;
    vocab_.intern(&n.pattern);
    into->push_back(std::move(n));
  };
  for (std::size_t r = 0; r < rules.rules.size(); ++r) {
    const RuleDef& rule = rules.rules[r];
    for (std::size_t i = 0; i < rule.patterns.size(); ++i) {
      CompiledPattern cp;
      std::string error, hint;
      int offset = 0;
      PatternContext rule_ctx = ctx;
      rule_ctx.voice_source = rule.voice_source;
      if (!compile_pattern(rule.patterns[i], rule_ctx, &cp, &error, &hint, &offset)) {
        report(rule.pattern_where[i], rule.pattern_quoted[i], offset, "rule '" + rule.id + "': " + error, hint);
        continue;
      }
      const std::size_t index = compiled_[r].size();
      vocab_.intern(&cp);
      if (cp.anchor.empty()) unanchored_.emplace_back(r, index);
      for (const std::string& a : cp.anchor) {
        const std::uint32_t id = vocab_.add(a);
        if (by_anchor_.size() <= id) by_anchor_.resize(id + 1);
        by_anchor_[id].emplace_back(r, index);
      }
      compiled_[r].push_back(std::move(cp));
    }
    for (const std::string& u : rule.unless)
      add_negation(u, rule.where, "rule '" + rule.id + "': unless '" + u + "': ", &unless_[r]);
  }
  for (const std::string& neg : rules.negations)
    add_negation(neg, SourceLocation{rules.files.empty() ? "" : rules.files.front(), 0, 0}, "negation '" + neg + "': ",
                 &negations_);
  word_facts_.resize(vocab_.size());
  for (const auto& [word, id] : vocab_.words())
    if (is_frequent_word(word)) word_facts_[id].frequent = true;
  return ok;
}

std::vector<RuleMatch> Matcher::match(const Sentence& sentence, const std::vector<ActorMention>& mentions,
                                      const std::map<std::string, Actor>& actors,
                                      std::vector<RuleTrace>* traces) const {
  std::vector<RuleMatch> found;
  if (sentence.tokens.empty() || mentions.empty()) return found;
  SentenceView view(sentence, mentions, actors, vocab_, word_facts_);
  // Candidate (rule, pattern) pairs: those whose anchor word occurs here.
  std::vector<std::pair<std::size_t, std::size_t>> candidates(unanchored_.begin(), unanchored_.end());
  for (std::uint32_t id : view.ids)
    if (id < by_anchor_.size()) candidates.insert(candidates.end(), by_anchor_[id].begin(), by_anchor_[id].end());
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  for (const auto& [r, pi] : candidates) {
    const CompiledPattern& pattern = compiled_[r][pi];
    Run run(view, pattern);
    bool any = false;
    for (std::size_t pos = 0; pos < view.size(); ++pos) {
      if (!may_start(view, pattern, pos)) continue;
      RuleMatch m;
      if (!run.match_at(pos, &m)) continue;
      m.rule = r;
      m.pattern = pi;
      m.relation = rules_->rules[r].relation;
      found.push_back(std::move(m));
      any = true;
    }
    if (traces) traces->push_back(RuleTrace{r, pi, run.best_elements, run.best_pos, any});
  }
  // A match that can only relate an actor to itself ("U.S. ... urged Washington")
  // or to a group it is part of gives no edge, so it must not take words from one that does.
  found.erase(std::remove_if(found.begin(), found.end(),
                             [&](const RuleMatch& m) { return only_self(m, view); }),
              found.end());
  // Overlapping matches: higher priority wins, then more matched words, then more
  // actors, then the earlier one.
  auto actors_bound = [](const RuleMatch& m) { return m.source.size() + m.target.size() + m.parties.size(); };
  std::stable_sort(found.begin(), found.end(), [&](const RuleMatch& a, const RuleMatch& b) {
    const int pa = rules_->rules[a.rule].priority, pb = rules_->rules[b.rule].priority;
    if (pa != pb) return pa > pb;
    if (a.words.size() != b.words.size()) return a.words.size() > b.words.size();
    if (actors_bound(a) != actors_bound(b)) return actors_bound(a) > actors_bound(b);
    if (a.first != b.first) return a.first < b.first;
    return a.rule < b.rule;
  });
  std::vector<RuleMatch> kept;
  for (RuleMatch& m : found) {
    if (std::any_of(kept.begin(), kept.end(), [&](const RuleMatch& k) { return rivals(m, k, view, *rules_); })) continue;
    const std::size_t last = m.last == 0 ? 0 : m.last - 1;
    // Negations count up to the last actor slot: "urged Pakistan not to act"
    // negates the act asked for, not the urging.
    std::size_t negation_end = last;
    for (const auto* slot : {&m.source, &m.target, &m.parties})
      if (!slot->empty()) {
        const std::size_t start = mentions[slot->front()].first;
        if (start > m.first) negation_end = std::max(negation_end == last ? m.first : negation_end, start - 1);
      }
    // A verb after "and" keeps the first verb's mood: "the DPRK would fully support Russia's
    // policy and stand by the Russian people" promises both.
    // An exception may also stand before the match in its clause: "agreed to resume the
    // UK-China strategic dialogue", "thanked Prime Minister Albanese for Australia's support".
    auto clause_edge = [&](std::size_t t) { return view.facts[t]->clause_break || view.is(t, Fn::Comma); };
    std::size_t from = m.first;
    if (!clause_edge(m.first))
      while (from > 0 && m.first - from < 8 && !clause_edge(from - 1)) --from;
    for (std::size_t s : m.source) from = std::min(from, mentions[s].first);
    for (const Negation& n : unless_[m.rule])
      if (find_in_span(view, n.pattern, from, last)) { m.blocked_by = "unless: " + n.text; break; }
    // "would respond if Washington imposed tariffs": a condition states no fact.
    if (m.first >= 1 && view.facts[m.first - 1]->condition) m.blocked_by = "condition: " + view.lower(m.first - 1);
    // "denied that Moscow had supplied weapons": a negation just before "that" denies the clause.
    const std::size_t denial =
        m.first >= 2 && view.is(m.first - 1, Fn::ClauseStart) && view.lower(m.first - 1) == "that" ? m.first - 2 : m.first;
    if (m.blocked_by.empty()) {
      for (const Negation& n : negations_)
        if (find_in_span(view, n.pattern, m.first, negation_end) ||
            (denial < m.first && find_in_span(view, n.pattern, denial, denial))) {
          const std::string& instead = rules_->rules[m.rule].when_negated;
          if (instead.empty() || instead == "none") m.blocked_by = "negation: " + n.text;
          else m.relation = instead;
          break;
        }
    }
    kept.push_back(std::move(m));
  }
  std::sort(kept.begin(), kept.end(), [](const RuleMatch& a, const RuleMatch& b) {
    return a.first != b.first ? a.first < b.first : a.rule < b.rule;
  });
  return kept;
}

}  // namespace relmap
