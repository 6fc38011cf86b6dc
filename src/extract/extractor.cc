#include "extract/extractor.h"

#include <algorithm>
#include <map>
#include <set>

namespace relmap {
namespace {

ActorRef ref_of(const std::string& id, const DocumentActors& actors) {
  ActorRef r;
  auto it = actors.actors.find(id);
  if (it == actors.actors.end()) {
    r.id = r.name = id;
    return r;
  }
  const Actor& a = it->second;
  r.id = a.id;
  r.name = a.name;
  r.type = to_string(a.type);
  r.country_id = a.country;
  auto c = actors.actors.find(a.country);
  r.country = c != actors.actors.end() ? c->second.name : a.country;
  return r;
}

std::vector<std::string> actors_of(const std::vector<std::size_t>& mention_ids,
                                   const std::vector<ActorMention>& mentions, std::string* speaker) {
  std::vector<std::string> out;
  for (std::size_t i : mention_ids) {
    for (const std::string& a : mentions[i].actors)
      if (std::find(out.begin(), out.end(), a) == out.end()) out.push_back(a);
    if (speaker && speaker->empty()) *speaker = mentions[i].speaker;
  }
  return out;
}

// Acts of force: "condemned the strikes" names whoever attacked last.
const std::set<std::string> kForceNouns = {"strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "attack",
                                           "attacks", "bombing", "bombings", "offensive", "invasion", "incursion",
                                           "shelling", "bombardment", "launch", "launches", "terror", "assault",
                                           "assaults", "massacre", "killings", "atrocities"};
// Relations whose source did an act a later noun may name: "the move" and "the
// decision" any of them, a more telling noun only its own.
const std::set<std::string> kActRelations = {"opposed", "attacked", "fought", "pledged", "supported", "urged",
                                             "visited", "agreed"};
const std::map<std::string, std::set<std::string>> kNounRelations = {
    {"expulsion", {"opposed"}},           {"expulsions", {"opposed"}},    {"advisory", {"opposed"}},           {"deployment", {"supported", "pledged", "attacked", "fought"}},
    {"operation", {"attacked", "fought"}}, {"annexation", {"attacked", "opposed"}},
    {"blockade", {"attacked", "opposed"}},  {"allegations", {"opposed"}},
    {"accusations", {"opposed"}},          {"charges", {"opposed"}},
    {"protest", {"opposed"}},              {"complaint", {"opposed"}},
    {"accusation", {"opposed"}},           {"allegation", {"opposed"}},
    {"account", {"opposed"}},              {"claims", {"opposed"}},  // "rejected the account": the accuser's
    {"claim", {"opposed"}},                {"criticism", {"opposed"}},  // "rejected the criticism": the critic's
    {"seizure", {"attacked"}},             {"call", {"urged"}},  // "rejected the call": the one who urged
    {"calls", {"urged"}}};

// Where an edge came from, for finding the doers of a named act.
struct EdgeOrigin {
  std::size_t sentence = 0;
  std::size_t match = 0;       // the match's index in its sentence
  std::size_t match_last = 0;  // the match's last token + 1
  bool reaction = false;       // its target was itself an act ("condemned the move")
  bool owned_act = false;      // it was about its target's act: "condemn the Israeli government's approval of"
  bool accuses = false;        // its words accuse: "accused China of waging political warfare"
};

// Whether a match's words accuse or allege, whose "the allegations" a later rebuttal names.
bool accusing_words(const Sentence& sentence, const RuleMatch& m) {
  static const std::vector<std::string> kStems = {"accus", "alleg", "blam", "charg"};
  for (std::size_t t = m.first; t < m.last && t < sentence.tokens.size(); ++t)
    for (const std::string& stem : kStems)
      if (sentence.tokens[t].lower.compare(0, stem.size(), stem) == 0) return true;
  return false;
}

// Whether the words after `target` make it the owner of an act: "the Israeli
// government's approval of the plan", "Washington's decision".
bool owns_act(const ActorMention& target, const Sentence& sentence) {
  static const std::set<std::string> kOwnedActs = {"approval", "decision", "plan", "plans", "move", "policy",
                                                   "announcement", "measures", "adoption", "endorsement"};
  const std::vector<Token>& t = sentence.tokens;
  if (target.last >= t.size() || t[target.last].lower != "'s") return false;
  for (std::size_t k = target.last + 1; k < t.size() && k <= target.last + 3; ++k)
    if (kOwnedActs.count(t[k].lower)) return true;
  return false;
}

// The thing an act was done to, when the text names one: "the attack on the
// camp" gives "camp" (the head of "the displacement camp" too); else "".
std::string thing_hit(const ActorMention& act, const Sentence& sentence) {
  static const std::set<std::string> kEnds = {"and", "or", "in", "on", "at", "near", "of", "that", "which",
                                              "who", "by", "to", "for", "with", "as", "was", "were"};
  const std::vector<Token>& t = sentence.tokens;
  std::size_t k = act.last;
  if (k + 2 >= t.size() || (t[k].lower != "on" && t[k].lower != "against")) return "";
  std::string head;
  for (k += 2; k < t.size() && k < act.last + 5; ++k) {
    if (t[k].kind != TokenKind::Word || t[k].capitalized || kEnds.count(t[k].lower)) break;
    head = t[k].lower;
  }
  // "terror against the civilian population": victims any attack has name no thing.
  static const std::set<std::string> kAnyVictims = {"population", "populations", "civilians", "people", "residents"};
  return kAnyVictims.count(head) ? "" : head;
}

bool names_word(const Sentence& sentence, const std::string& word) {
  return std::any_of(sentence.tokens.begin(), sentence.tokens.end(), [&](const Token& t) {
    return t.lower == word || t.lower == word + "s" || word == t.lower + "s";
  });
}

// The doers of the act an Act mention names: the sources of the latest match
// before it (earlier sentences, or this one before the mention) of a fitting
// relation, leaving out reactions. "The attack on the camp" is one whose
// sentence named a camp; "condemned the attack and demanded that the RSF lift its
// siege" is the attack of one the sentence names, when a recent one was.
std::vector<std::string> doers_of(const ActorMention& act, const Document& doc, std::size_t s,
                                  const std::vector<ActorMention>& named_here, const std::vector<EdgeMention>& edges,
                                  const std::vector<EdgeOrigin>& origins, const RuleSet& rules) {
  const Sentence& sentence = doc.sentences[s];
  const std::string& noun = sentence.tokens[act.last - 1].lower;
  std::string thing = thing_hit(act, sentence);
  // "the planned embassy move" is the act of whoever was to move an embassy.
  static const std::set<std::string> kWhatMoved = {"embassy", "troop", "troops", "consulate", "border", "nuclear",
                                                   "missile", "tariff", "visa", "settlement", "naval"};
  for (std::size_t t = act.first; t + 1 < act.last && thing.empty(); ++t)
    if (kWhatMoved.count(sentence.tokens[t].lower)) thing = sentence.tokens[t].lower;
  const bool force = kForceNouns.count(noun) > 0;
  const auto specific = kNounRelations.find(noun);
  const bool generic = !force && specific == kNounRelations.end();
  auto fits = [&](const std::string& relation) {
    if (force) return relation == "attacked";
    return generic ? kActRelations.count(relation) > 0 : specific->second.count(relation) > 0;
  };
  auto named = [&](const ActorRef& doer) {
    return std::any_of(named_here.begin(), named_here.end(), [&](const ActorMention& m) {
      return m.first != act.first && std::find(m.actors.begin(), m.actors.end(), doer.id) != m.actors.end();
    });
  };
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  // "the allegations were groundless": the accuser's, not the last act of any kind. Edges
  // told with accusing words are tried first, then any.
  static const std::set<std::string> kAccusations = {"allegations", "allegation", "accusations", "accusation",
                                                     "charges"};
  auto pick = [&](bool accusing) {
    std::size_t chosen = kNone;
    for (std::size_t k = edges.size(); k-- > 0;) {
      const EdgeOrigin& o = origins[k];
      if (o.reaction || !fits(edges[k].relation) || (accusing && !o.accuses)) continue;
      if (o.sentence == s && o.match_last > act.first) continue;
      // "The move", "the decision" name an act just reported: two sentences back at most.
      // (Further back when the act names what it moved: "the planned embassy move".)
      if (generic && o.sentence + (thing.empty() ? 2 : 6) < s) break;
      if (!thing.empty() && !names_word(doc.sentences[o.sentence], thing)) continue;
      if (chosen == kNone) chosen = k;
      if (!force || named(edges[k].source)) {
        if (force) chosen = k;
        break;
      }
      if (o.sentence + 6 < s) break;
    }
    return chosen;
  };
  std::size_t chosen = kAccusations.count(noun) ? pick(true) : kNone;
  if (chosen == kNone) chosen = pick(false);
  std::vector<std::string> doers;
  if (chosen == kNone) return doers;
  while (chosen + 1 < edges.size() && origins[chosen + 1].sentence == origins[chosen].sentence &&
         origins[chosen + 1].match == origins[chosen].match)
    ++chosen;
  for (std::size_t k = chosen + 1; k-- > 0;) {
    const EdgeMention& e = edges[k];
    const EdgeOrigin& o = origins[k];
    if (o.sentence != origins[chosen].sentence || o.match != origins[chosen].match) break;
    // "condemn the Israeli government's approval of the plan ... this decision": the owner's act.
    const std::string& doer = o.owned_act && generic ? e.target.id : e.source.id;
    if (std::find(doers.begin(), doers.end(), doer) == doers.end()) doers.push_back(doer);
    // "Vietnam and the Philippines signed an agreement, a step that drew a rebuke":
    // a mutual act is both parties'.
    const RelationDef* relation = rules.relation(e.relation);
    if (relation && !relation->directed && std::find(doers.begin(), doers.end(), e.target.id) == doers.end())
      doers.push_back(e.target.id);
  }
  return doers;
}

// The doers of an armed act no edge records: "The U.S. military struck a vessel
// ... Russia and China condemned the strikes". The actor just before the latest
// verb of force in this sentence (before the act) or the five before it.
std::vector<std::string> force_doers(const ActorMention& act, const Document& doc, std::size_t s,
                                     const std::vector<std::vector<ActorMention>>& mentions) {
  static const std::set<std::string> kForceVerbs = {"struck", "attacked", "bombed", "shelled", "raided",
                                                    "pounded", "targeted", "hit", "bombarded", "fired", "launched",
                                                    "stormed", "destroyed", "sank"};
  const Sentence& sentence = doc.sentences[s];
  if (!kForceNouns.count(sentence.tokens[act.last - 1].lower)) return {};
  const std::string thing = thing_hit(act, sentence);
  for (std::size_t t = s + 1; t-- > 0 && t + 5 >= s;) {
    const std::vector<Token>& tokens = doc.sentences[t].tokens;
    if (!thing.empty() && !names_word(doc.sentences[t], thing)) continue;
    const std::size_t end = t == s ? act.first : tokens.size();
    for (std::size_t v = end; v-- > 0;) {
      if (!kForceVerbs.count(tokens[v].lower)) continue;
      const ActorMention* doer = nullptr;
      for (const ActorMention& m : mentions[t])
        if (!m.inert && !m.actors.empty() && m.how != Resolution::Act && m.last <= v && m.last + 6 >= v &&
            (!doer || m.last > doer->last))
          doer = &m;
      if (doer) return doer->actors;
    }
  }
  return {};
}

}  // namespace

bool Extractor::build(RuleSet rules, std::vector<Diagnostic>* diags) {
  rules_ = std::make_unique<RuleSet>(std::move(rules));
  gazetteer_ = std::make_unique<Gazetteer>(*rules_);
  matcher_ = std::make_unique<Matcher>();
  return matcher_->build(*rules_, diags);
}

std::vector<EdgeMention> edges_of(const Document& doc, std::size_t sentence, const RuleMatch& match,
                                  const DocumentActors& actors, const RuleSet& rules) {
  std::vector<EdgeMention> out;
  if (!match.blocked_by.empty()) return out;
  const std::vector<ActorMention>& mentions = actors.mentions[sentence];
  const RelationDef* relation = rules.relation(match.relation);
  std::vector<std::pair<std::string, std::string>> pairs;
  std::string speaker;
  if (!match.parties.empty()) {
    const std::vector<std::string> parties = actors_of(match.parties, mentions, &speaker);
    for (std::size_t a = 0; a < parties.size(); ++a)
      for (std::size_t b = a + 1; b < parties.size(); ++b) {
        pairs.emplace_back(parties[a], parties[b]);
        if (relation && relation->directed) pairs.emplace_back(parties[b], parties[a]);
      }
  } else if (rules.rules[match.rule].voice_source) {
    // "The UK should respect China's sovereignty" in the Chinese ambassador's op-ed; a quotation
    // is someone else's, and a headline the editor's.
    const auto& tokens = doc.sentences[sentence].tokens;
    const std::size_t first = match.target.empty() ? 0 : mentions[match.target.front()].first;
    // Within a quotation the voice is its speaker, when the text names one.
    const bool in_quote = !match.target.empty() && tokens[first].in_quote;
    const std::string& quote_speaker =
        sentence < actors.quote_speakers.size() ? actors.quote_speakers[sentence] : std::string();
    const std::string& voice = in_quote ? quote_speaker
                               : sentence < actors.voices.size() ? actors.voices[sentence] : std::string();
    const std::vector<std::string> single{voice};
    const std::vector<std::string>& voices = voice.empty() && !in_quote ? actors.voice_group : single;
    // A headline that opens with the act ("Meeting with Chinese Foreign Minister Wang Yi",
    // "Telephone conversation with ...") is the publisher's, who is the voice.
    // ("Prime Minister's meeting with the President of Cyprus": an unnamed office before it too.)
    const bool publisher_headline =
        doc.sentences[sentence].headline && match.first <= 4 && first != match.first &&
        std::none_of(mentions.begin(), mentions.end(),
                     [&](const ActorMention& m) { return m.first < match.first && !m.actors.empty(); });
    const bool quoted = (doc.sentences[sentence].headline && !publisher_headline) || (in_quote && voice.empty());
    // The target opens its clause: "Our support for Ukraine must continue" asks nothing of Ukraine.
    static const std::set<std::string> kClauseOpeners = {",", "and", "but", "that", ";", ":", "so", "yet",
                                                         "\"", "\xE2\x80\x9C"};
    // (A pattern that starts before its target, "tariffs imposed by {target}", places it itself.)
    const bool opens_clause =
        first != match.first || first == 0 || kClauseOpeners.count(tokens[first - 1].lower) > 0;
    for (const std::string& one : voices) {
      auto it = actors.actors.find(one);
      if (it == actors.actors.end() || quoted || !opens_clause) continue;
      std::string side = one;
      if (it->second.type == ActorType::Person) {
        speaker = one;
        if (!it->second.country.empty()) side = it->second.country;
      }
      // "Both sides must adapt": a call the voice makes on itself too is no urging of the other.
      const std::vector<std::string> targets = actors_of(match.target, mentions, nullptr);
      const bool itself = std::any_of(targets.begin(), targets.end(),
                                      [&](const std::string& t) { return ref_of(t, actors).country_id == side; });
      if (!itself)
        for (const std::string& t : targets) pairs.emplace_back(side, t);
    }
  } else {
    // "We (France, Germany and the United Kingdom) will continue to engage with Iran and all
    // parties": a "we" of several is not among the parties it engages (but "our support
    // for the Republic of Korea and Japan" in a G7 statement names Japan).
    const std::vector<std::string> sources = actors_of(match.source, mentions, &speaker);
    const bool we_together =
        sources.size() > 1 && std::any_of(match.source.begin(), match.source.end(),
                                          [&](std::size_t k) { return mentions[k].how == Resolution::We; });
    std::vector<std::string> referred_members;  // targets named only by "all parties", "the two sides"
    for (const std::size_t k : match.target)
      if (we_together && mentions[k].how == Resolution::BothSides)
        for (const std::string& t : actors_of({k}, mentions, nullptr))
          if (std::find(sources.begin(), sources.end(), t) != sources.end()) referred_members.push_back(t);
    for (const std::string& s : sources)
      for (const std::string& t : actors_of(match.target, mentions, nullptr))
        if (std::find(referred_members.begin(), referred_members.end(), t) == referred_members.end())
          pairs.emplace_back(s, t);
  }
  const Sentence& s = doc.sentences[sentence];
  for (const auto& [source, target] : pairs) {
    if (source == target) continue;
    // "Putin and Kim signed a treaty in Pyongyang": Kim's visit to his own state is none.
    const std::string source_state = ref_of(source, actors).country_id, target_state = ref_of(target, actors).country_id;
    if (!source_state.empty() && source_state == target_state) continue;
    EdgeMention e;
    e.doc = doc.name;
    e.sentence = sentence;
    e.start = s.begin;
    e.end = s.end;
    e.text = doc.sentence_text(s);
    e.source = ref_of(source, actors);
    e.target = ref_of(target, actors);
    e.relation = match.relation;
    e.rule = rules.rules[match.rule].id;
    e.date = doc.date;
    e.speaker = speaker;
    out.push_back(std::move(e));
  }
  return out;
}

DocumentAnalysis Extractor::analyse(const Document& doc, const ActorOptions& options, bool trace) const {
  DocumentAnalysis a;
  a.actors = find_actors(doc, *gazetteer_, options);
  a.matches.resize(doc.sentences.size());
  if (trace) a.traces.resize(doc.sentences.size());
  std::vector<EdgeOrigin> origins;  // one per edge of a.edges
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    std::vector<ActorMention>& mentions = a.actors.mentions[s];
    auto match = [&] {
      if (trace) a.traces[s].clear();
      a.matches[s] = matcher_->match(doc.sentences[s], mentions, a.actors.actors, trace ? &a.traces[s] : nullptr);
    };
    auto edges_here = [&](std::vector<EdgeOrigin>* here_origins) {
      std::vector<EdgeMention> here;
      for (std::size_t k = 0; k < a.matches[s].size(); ++k) {
        const RuleMatch& m = a.matches[s][k];
        bool reaction = false, owned_act = false;
        for (std::size_t t : m.target) {
          reaction = reaction || mentions[t].how == Resolution::Act;
          owned_act = owned_act || owns_act(mentions[t], doc.sentences[s]);
        }
        const RelationDef* relation = rules_->relation(m.relation);
        const bool undirected = relation && !relation->directed;
        for (EdgeMention& e : edges_of(doc, s, m, a.actors, *rules_)) {
          // One sentence states an edge once: "confirmed that they would ..., and agreed to
          // ...", "Albanese and Marape signed the treaty between Australia and Papua New
          // Guinea" (the people's edge is the states' one, said in more detail).
          auto end_of = [](const ActorRef& r) { return r.country_id.empty() ? r.id : r.country_id; };
          auto repeated = std::find_if(here.begin(), here.end(), [&](const EdgeMention& h) {
            if (h.relation != e.relation) return false;
            const bool same = end_of(h.source) == end_of(e.source) && end_of(h.target) == end_of(e.target);
            const bool reversed = end_of(h.source) == end_of(e.target) && end_of(h.target) == end_of(e.source);
            return same || (undirected && reversed);
          });
          if (repeated != here.end()) {
            const auto detail = [](const EdgeMention& x) {
              return (x.source.type == "person") + (x.target.type == "person");
            };
            if (detail(e) > detail(*repeated)) *repeated = std::move(e);
            continue;
          }
          here.push_back(std::move(e));
          here_origins->push_back(EdgeOrigin{s, k, m.last, reaction, owned_act, accusing_words(doc.sentences[s], m)});
        }
      }
      return here;
    };
    match();
    // Acts named by a noun take their doers from the edges found so far, this
    // sentence's included ("Israel struck sites near Damascus, and Syria condemned
    // the raids"); then the sentence is matched again.
    bool acts = false;
    for (const ActorMention& m : mentions) acts = acts || (m.how == Resolution::Act && m.actors.empty());
    if (acts) {
      // This sentence's first edges join the document's for the lookup only.
      const std::size_t before = a.edges.size();
      std::vector<EdgeMention> first = edges_here(&origins);
      a.edges.insert(a.edges.end(), std::make_move_iterator(first.begin()), std::make_move_iterator(first.end()));
      bool resolved = false;
      for (ActorMention& m : mentions)
        if (m.how == Resolution::Act && m.actors.empty()) {
          m.actors = doers_of(m, doc, s, mentions, a.edges, origins, *rules_);
          if (m.actors.empty()) m.actors = force_doers(m, doc, s, a.actors.mentions);
          resolved = resolved || !m.actors.empty();
        }
      a.edges.erase(a.edges.begin() + static_cast<std::ptrdiff_t>(before), a.edges.end());
      origins.resize(before);
      if (resolved) match();
    }
    std::vector<EdgeOrigin> here_origins;
    std::vector<EdgeMention> here = edges_here(&here_origins);
    a.edges.insert(a.edges.end(), std::make_move_iterator(here.begin()), std::make_move_iterator(here.end()));
    origins.insert(origins.end(), here_origins.begin(), here_origins.end());
  }
  return a;
}

std::vector<EdgeMention> Extractor::extract(const Document& doc, const ActorOptions& options) const {
  return analyse(doc, options, false).edges;
}

}  // namespace relmap
