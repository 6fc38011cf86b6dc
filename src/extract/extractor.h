// The extract stage: a Document in, EdgeMentions with provenance out.
// It wires the actors stage and the matcher over each sentence and turns every
// surviving rule match into one edge per (source actor, target actor) pair.
#pragma once
#include <memory>
#include <vector>

#include "actors/actors.h"
#include "actors/gazetteer.h"
#include "relmap/diagnostic.h"
#include "relmap/document.h"
#include "relmap/edge.h"
#include "relmap/ruleset.h"
#include "rules/matcher.h"

namespace relmap {

// Everything relmap found in one document, for `explain` and `actors`.
struct DocumentAnalysis {
  DocumentActors actors;
  std::vector<std::vector<RuleMatch>> matches;  // per sentence
  std::vector<std::vector<RuleTrace>> traces;   // per sentence, when asked for
  std::vector<EdgeMention> edges;
};

class Extractor {
 public:
  Extractor() = default;
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  // Takes the rule set, builds the gazetteer and compiles the rules.
  bool build(RuleSet rules, std::vector<Diagnostic>* diags);

  std::vector<EdgeMention> extract(const Document& doc, const ActorOptions& options) const;
  DocumentAnalysis analyse(const Document& doc, const ActorOptions& options, bool trace) const;

  const RuleSet& rules() const { return *rules_; }
  const Gazetteer& gazetteer() const { return *gazetteer_; }
  const Matcher& matcher() const { return *matcher_; }

 private:
  std::unique_ptr<RuleSet> rules_;
  std::unique_ptr<Gazetteer> gazetteer_;
  std::unique_ptr<Matcher> matcher_;
};

// The edges one rule match gives.
std::vector<EdgeMention> edges_of(const Document& doc, std::size_t sentence, const RuleMatch& match,
                                  const DocumentActors& actors, const RuleSet& rules);

}  // namespace relmap
