// Measures extraction against hand-annotated gold files (format: docs/eval.md).
// A mention counts when its relation and both ends, rolled up to their states,
// match a gold line for the same sentence.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "extract/extractor.h"

namespace relmap {

// One edge as the evaluation compares it.
struct EvalEdge {
  std::string doc;
  std::size_t sentence = 0;
  std::string source, relation, target;  // state-level names (or the actor's own name)
  std::string text;                      // the sentence, for reports
  std::string where;                     // gold file:line, or the rule id
};

struct Counts {
  std::size_t gold = 0, predicted = 0, correct = 0;
  double precision() const { return predicted ? static_cast<double>(correct) / predicted : 1.0; }
  double recall() const { return gold ? static_cast<double>(correct) / gold : 1.0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

struct EvalReport {
  std::map<std::string, Counts> by_relation;
  Counts overall;
  std::vector<EvalEdge> missed;  // in gold, not produced
  std::vector<EvalEdge> wrong;   // produced, not in gold
  std::size_t documents = 0;
};

// Evaluates every gold file; errors in a gold file (unreadable document,
// evidence not found, unknown relation) go to `diags` and make it return false.
bool evaluate(const std::vector<std::string>& gold_files, const Extractor& extractor, EvalReport* report,
              std::vector<Diagnostic>* diags);

}  // namespace relmap
