#include "extract/extractor.h"

#include <algorithm>

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
  } else {
    for (const std::string& s : actors_of(match.source, mentions, &speaker))
      for (const std::string& t : actors_of(match.target, mentions, nullptr)) pairs.emplace_back(s, t);
  }
  const Sentence& s = doc.sentences[sentence];
  for (const auto& [source, target] : pairs) {
    if (source == target) continue;
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
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    a.matches[s] = matcher_->match(doc.sentences[s], a.actors.mentions[s], a.actors.actors,
                                   trace ? &a.traces[s] : nullptr);
    for (const RuleMatch& m : a.matches[s]) {
      std::vector<EdgeMention> edges = edges_of(doc, s, m, a.actors, *rules_);
      a.edges.insert(a.edges.end(), std::make_move_iterator(edges.begin()), std::make_move_iterator(edges.end()));
    }
  }
  return a;
}

std::vector<EdgeMention> Extractor::extract(const Document& doc, const ActorOptions& options) const {
  return analyse(doc, options, false).edges;
}

}  // namespace relmap
