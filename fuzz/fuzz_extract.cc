// libFuzzer target: any bytes as a document go through the whole extraction
// with the default rules; every offset must point inside the document.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "extract/extractor.h"
#include "extract/jsonl.h"
#include "rules/embedded.h"
#include "text/text.h"

namespace {
const relmap::Extractor& extractor() {
  static relmap::Extractor ex;
  static bool built = [] {
    relmap::RuleSet rules;
    std::vector<relmap::Diagnostic> diags;
    return relmap::load_rule_files({relmap::kDefaultRules}, relmap::default_reader(), &rules, &diags) &&
           ex.build(std::move(rules), &diags);
  }();
  if (!built) std::abort();
  return ex;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  const relmap::Document doc = relmap::make_document("fuzz.txt", text, nullptr);
  for (const relmap::Sentence& s : doc.sentences)
    for (const relmap::Token& t : s.tokens)
      if (t.end > text.size() || t.begin >= t.end || text.compare(t.begin, t.end - t.begin, t.text) != 0) std::abort();
  for (const relmap::EdgeMention& e : extractor().extract(doc, relmap::ActorOptions{})) {
    if (e.end > text.size() || e.start > e.end) std::abort();
    (void)relmap::to_json_line(e);
  }
  return 0;
}
