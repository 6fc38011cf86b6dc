#include "graph/export.h"

#include <boost/graph/graphml.hpp>
#include <boost/property_map/dynamic_property_map.hpp>
#include <nlohmann/json.hpp>

#include <sstream>

namespace relmap {
namespace {

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string join_docs(const std::vector<std::string>& docs) {
  std::string out;
  for (const std::string& d : docs) out += (out.empty() ? "" : ";") + d;
  return out;
}

}  // namespace

std::string to_graphml(const RelationMap& map) {
  // A copy with plain attributes, because GraphML wants one value per key.
  RelationGraph g = map.graph;
  std::vector<std::string> docs(boost::num_edges(g)), first(boost::num_edges(g)), last(boost::num_edges(g));
  boost::dynamic_properties dp;
  dp.property("label", boost::get(&GraphNode::name, g));
  dp.property("type", boost::get(&GraphNode::type, g));
  dp.property("country", boost::get(&GraphNode::country, g));
  dp.property("mentions", boost::get(&GraphNode::mentions, g));
  dp.property("relation", boost::get(&GraphEdge::relation, g));
  dp.property("weight", boost::get(&GraphEdge::weight, g));
  dp.property("directed", boost::get(&GraphEdge::directed, g));
  dp.property("first_date", boost::get(&GraphEdge::first_date, g));
  dp.property("last_date", boost::get(&GraphEdge::last_date, g));
  std::ostringstream out;
  boost::write_graphml(out, g, boost::get(&GraphNode::id, g), dp, false);
  return out.str();
}

std::string to_json(const RelationMap& map) {
  const RelationGraph& g = map.graph;
  nlohmann::ordered_json j;
  j["nodes"] = nlohmann::ordered_json::array();
  for (auto [it, end] = boost::vertices(g); it != end; ++it) {
    const GraphNode& n = g[*it];
    j["nodes"].push_back({{"id", n.id}, {"name", n.name}, {"type", n.type}, {"country", n.country},
                          {"mentions", n.mentions}});
  }
  j["links"] = nlohmann::ordered_json::array();
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    const GraphEdge& e = g[*it];
    nlohmann::ordered_json l;
    l["source"] = g[boost::source(*it, g)].id;
    l["target"] = g[boost::target(*it, g)].id;
    l["relation"] = e.relation;
    l["directed"] = e.directed;
    l["weight"] = e.weight;
    l["first_date"] = e.first_date.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(e.first_date);
    l["last_date"] = e.last_date.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(e.last_date);
    l["document_count"] = e.documents;
    l["documents"] = e.docs;
    l["evidence"] = nlohmann::ordered_json::array();
    for (const Evidence& ev : e.evidence)
      l["evidence"].push_back({{"doc", ev.doc}, {"sentence", ev.sentence}, {"start", ev.start}, {"end", ev.end},
                               {"text", ev.text}, {"rule", ev.rule}});
    j["links"].push_back(l);
  }
  return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string to_csv(const RelationMap& map) {
  const RelationGraph& g = map.graph;
  std::string out = "source,source_name,relation,target,target_name,weight,directed,first_date,last_date,document_count,documents\n";
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    const GraphEdge& e = g[*it];
    const GraphNode& s = g[boost::source(*it, g)];
    const GraphNode& t = g[boost::target(*it, g)];
    out += csv_field(s.id) + "," + csv_field(s.name) + "," + csv_field(e.relation) + "," + csv_field(t.id) + "," +
           csv_field(t.name) + "," + std::to_string(e.weight) + "," + (e.directed ? "true" : "false") + "," +
           e.first_date + "," + e.last_date + "," + std::to_string(e.documents) + "," + csv_field(join_docs(e.docs)) +
           "\n";
  }
  return out;
}

}  // namespace relmap
