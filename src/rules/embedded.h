// The default rule files, compiled into the binary (see cmake/embed_rules.cmake).
// Their paths start with "builtin:rules/", e.g. "builtin:rules/default.yaml".
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "rules/loader.h"

namespace relmap {

struct EmbeddedFile {
  const char* path;
  std::string_view content;
};

const std::vector<EmbeddedFile>& embedded_rule_files();

// The entry point of the default rules.
constexpr const char* kDefaultRules = "builtin:rules/default.yaml";

// Reads "builtin:" paths from the embedded files and others from disk.
FileReader default_reader();

}  // namespace relmap
