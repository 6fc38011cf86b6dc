// Data exports of a RelationMap for other tools: GraphML (Gephi, networkx,
// written by Boost's own writer), JSON nodes and links (d3), CSV edge list.
#pragma once
#include <string>

#include "relmap/graph.h"

namespace relmap {

std::string to_graphml(const RelationMap& map);
std::string to_json(const RelationMap& map);
std::string to_csv(const RelationMap& map);

}  // namespace relmap
