// Draws a RelationMap: styles from the relation declarations, node looks by
// actor type, state clusters, a legend and evidence tooltips.
#pragma once
#include <string>
#include <vector>

#include "relmap/graph.h"
#include "relmap/ruleset.h"

namespace relmap {

struct RenderOptions {
  std::string engine = "auto";  // dot, neato, fdp, sfdp, circo, twopi or auto
  bool clusters = true;         // persons and organs inside their state's cluster
  std::string title;
  std::vector<ActorStyleDef> actor_styles;  // from the rule files; a later entry for a type wins
  const std::vector<ActorDef>* gazetteer = nullptr;  // for the aliases in node tooltips; may be null
};

// The engine `auto` picks for a graph of this size: dot while it stays fast,
// then neato, then sfdp.
std::string choose_engine(std::size_t nodes, std::size_t edges);

bool valid_engine(const std::string& engine);

// `format`: "dot" (styled, no positions), "svg". Returns false with a message.
bool render_map(const RelationMap& map, const std::vector<RelationDef>& relations, const RenderOptions& options,
                const std::string& format, std::string* out, std::string* error);

}  // namespace relmap
