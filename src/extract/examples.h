// Runs the `examples:` of every rule: each sentence through the whole pipeline,
// its edges compared with what the example says it gives.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "extract/extractor.h"

namespace relmap {

struct ExampleFailure {
  std::string rule;
  SourceLocation where;
  std::string says;
  std::vector<std::string> missing;     // listed in gives: but not produced
  std::vector<std::string> unexpected;  // produced (of the rule's relation) but not listed
};

struct ExampleReport {
  std::size_t examples = 0;
  std::vector<ExampleFailure> failures;
};

// "China urged Pakistan" names an edge; either end may be the actor's name or
// its state's name.
// Only the rules for which `wanted` says true are tested.
ExampleReport run_examples(const Extractor& extractor, const std::function<bool(const RuleDef&)>& wanted);

}  // namespace relmap
