// libFuzzer target: any text as a token pattern compiles or reports an error
// with an offset inside the text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "rules/pattern.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  static const std::map<std::string, std::vector<std::string>> lists = {{"aux", {"has", "will be"}}};
  static const std::map<std::string, std::vector<std::string>> forms = {{"meet", {"met"}}};
  for (bool slots : {true, false}) {
    relmap::PatternContext ctx{&lists, &forms, slots};
    relmap::CompiledPattern p;
    std::string error, hint;
    int offset = -1;
    if (!relmap::compile_pattern(text, ctx, &p, &error, &hint, &offset)) {
      if (offset < 0 || static_cast<std::size_t>(offset) > text.size()) std::abort();
    }
  }
  return 0;
}
