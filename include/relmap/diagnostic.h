// Diagnostic: the one way an error or warning travels from a stage to the CLI.
// Stages never print; they fill Diagnostics and the CLI decides how to show them
// and which exit status follows.
#pragma once
#include <string>
#include <vector>

namespace relmap {

enum class Severity { Error, Warning };

// One problem found in a file: where it is, what is wrong, how to fix it.
struct Diagnostic {
  Severity severity = Severity::Error;
  std::string file;      // as the user named it; empty when not about a file
  int line = 0;          // 1-based; 0 when unknown
  int column = 0;        // 1-based; 0 when unknown
  std::string message;   // what is wrong, one line
  std::string hint;      // how to fix it, may be empty
  std::string source_line;  // the offending line of the file, for the caret
};

// "file:line:column: error: message" followed by the source line, a caret under
// the column and the hint, each on its own line.
std::string format_diagnostic(const Diagnostic& d);

bool has_errors(const std::vector<Diagnostic>& ds);

}  // namespace relmap
