// libFuzzer target: any bytes as a rule file must load or be refused with
// diagnostics, never crash.
#include <cstddef>
#include <cstdint>
#include <string>

#include "rules/loader.h"
#include "rules/matcher.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  relmap::RuleSet rules;
  std::vector<relmap::Diagnostic> diags;
  if (relmap::load_rule_text("fuzz.yaml", text, &rules, &diags)) {
    relmap::Matcher matcher;
    matcher.build(rules, &diags);
  }
  for (const relmap::Diagnostic& d : diags) (void)relmap::format_diagnostic(d);
  return 0;
}
