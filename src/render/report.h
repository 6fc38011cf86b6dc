// The HTML report: one self-contained file that works offline, with the map
// (pan with the mouse, zoom with the wheel), the evidence of the edge under the
// pointer, a table of edges with their evidence and the actor ranking.
#pragma once
#include <string>
#include <vector>

#include "graph/stats.h"
#include "relmap/graph.h"
#include "relmap/ruleset.h"

namespace relmap {

// `svg` is the map as render_map drew it. Opening the file with
// "#hover=edgeN" in the address shows that edge's evidence at once.
std::string html_report(const RelationMap& map, const std::string& svg, const GraphStats& stats,
                        const std::vector<RelationDef>& relations, const std::string& title);

}  // namespace relmap
