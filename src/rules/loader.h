// Loads rule files (YAML) into a RuleSet and checks them strictly.
// Promises: every problem found is a Diagnostic with file:line:column, the
// offending line and a hint; nothing is silently overwritten (duplicates are
// errors); includes are resolved relative to the including file.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "relmap/diagnostic.h"
#include "relmap/ruleset.h"

namespace relmap {

// Reads a file by path; returns false when it does not exist or cannot be read.
using FileReader = std::function<bool(const std::string& path, std::string* content)>;

// Reads from the file system.
FileReader disk_reader();

// Loads `paths` (and what they include) into `out`. Returns false when any error
// was found; `diags` then holds every error, not only the first.
bool load_rule_files(const std::vector<std::string>& paths, const FileReader& read,
                     RuleSet* out, std::vector<Diagnostic>* diags);

// Loads one rule file given as text (tests, `explain --rule-text`).
bool load_rule_text(const std::string& name, const std::string& text, RuleSet* out,
                    std::vector<Diagnostic>* diags);

// The source line `line` (1-based) of `text`, without its line break.
std::string line_of(const std::string& text, int line);

}  // namespace relmap
