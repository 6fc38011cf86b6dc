// The edge-mention JSON Lines format (the contract in docs/cli.md).
#pragma once
#include <string>

#include "relmap/edge.h"

namespace relmap {

// One line of JSON, without the line break. Keys keep the documented order.
std::string to_json_line(const EdgeMention& e);

// Parses one line; on failure returns false with a message.
bool parse_json_line(const std::string& line, EdgeMention* out, std::string* error);

// Tab-separated: doc, sentence, source, relation, target, rule, text.
std::string to_tsv_line(const EdgeMention& e);

}  // namespace relmap
