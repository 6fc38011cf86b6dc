// Runs the `examples:` of every rule: each sentence through the whole pipeline,
// its edges compared with what the example says it gives.
#pragma once
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
ExampleReport run_examples(const Extractor& extractor);

}  // namespace relmap
