#include "render/map.h"

#include <cmath>
#include <map>
#include <set>

#include "render/graphviz.h"

namespace relmap {
namespace {

struct NodeLook {
  std::string shape;
  std::string fill;
  std::string style;
};

// The look of an actor type: the last matching actor_styles entry, else a
// built-in default (rules/style.yaml restates these).
NodeLook look_of(const std::string& type, const std::vector<ActorStyleDef>& styles) {
  for (auto it = styles.rbegin(); it != styles.rend(); ++it)
    if (it->type == type) return {it->shape, it->color, it->style};
  if (type == "state") return {"box", "#dbe9f6", "rounded,filled"};
  if (type == "person") return {"ellipse", "#fff4cc", "filled"};
  if (type == "organization") return {"box", "#e3f1df", "filled"};
  return {"hexagon", "#f8d9d4", "filled"};  // group
}

std::string escape_html(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '"') out += "&quot;";
    else out += c;
  }
  return out;
}

std::string shorten(const std::string& s, std::size_t max) {
  if (s.size() <= max) return s;
  std::size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // keep UTF-8 whole
  return s.substr(0, cut) + "...";
}

std::string edge_tooltip(const GraphEdge& e, const std::string& label, const std::string& from,
                         const std::string& to) {
  std::string t = from + (e.directed ? " -> " : " - ") + to + ": " + label + " x" + std::to_string(e.weight);
  if (!e.first_date.empty())
    t += " (" + e.first_date + (e.last_date != e.first_date ? " to " + e.last_date : "") + ")";
  t += ", " + std::to_string(e.documents) + (e.documents == 1 ? " document" : " documents");
  std::size_t shown = 0;
  for (const Evidence& ev : e.evidence) {
    if (shown++ == 3) break;
    t += "\n- " + shorten(ev.text, 300) + " [" + ev.doc + "]";
  }
  return t;
}

}  // namespace

std::string choose_engine(std::size_t nodes, std::size_t edges) {
  if (nodes <= 120 && edges <= 300) return "dot";
  if (nodes <= 300) return "neato";
  return "sfdp";
}

bool valid_engine(const std::string& engine) {
  static const std::set<std::string> kEngines = {"auto", "dot", "neato", "fdp", "sfdp", "circo", "twopi"};
  return kEngines.count(engine) > 0;
}

bool render_map(const RelationMap& map, const std::vector<RelationDef>& relations, const RenderOptions& options,
                const std::string& format, std::string* out, std::string* error) {
  const RelationGraph& g = map.graph;
  std::map<std::string, const RelationDef*> style;
  for (const RelationDef& r : relations) style[r.id] = &r;

  const std::string engine = options.engine == "auto"
                                 ? choose_engine(boost::num_vertices(g), boost::num_edges(g))
                                 : options.engine;
  // Past what dot handles quickly, what costs minutes is routing curved edges
  // and placing thousands of labels: draw straight edges, keep labels in tooltips.
  const bool large = boost::num_vertices(g) > 120 || boost::num_edges(g) > 300;
  gv::GraphPtr graph = gv::open_graph("relmap", true);
  Agraph_t* root = graph.get();
  gv::set(root, "fontname", "Helvetica");
  gv::set(root, "rankdir", "LR");
  gv::set(root, "overlap", large ? "prism" : "false");
  gv::set(root, "splines", large ? "false" : "true");
  gv::set(root, "nodesep", "0.35");
  gv::set(root, "outputorder", "edgesfirst");
  gv::set(root, "forcelabels", "false");  // drop edge labels that would overlap; tooltips keep them
  if (!options.title.empty()) {
    gv::set(root, "label", options.title);
    gv::set(root, "labelloc", "t");
    gv::set(root, "fontsize", "18");
  }

  // Degree per vertex for node tooltips.
  std::vector<std::size_t> degree(boost::num_vertices(g), 0);
  for (auto [ei, ee] = boost::edges(g); ei != ee; ++ei) {
    ++degree[boost::source(*ei, g)];
    ++degree[boost::target(*ei, g)];
  }

  // Clusters: one per state that has persons or organs drawn with it.
  std::map<std::string, Agraph_t*> clusters;
  if (options.clusters) {
    std::set<std::string> owners;
    for (auto [vi, ve] = boost::vertices(g); vi != ve; ++vi) {
      const GraphNode& n = g[*vi];
      if (n.type != "state" && !n.country_id.empty() && n.country_id != n.id) owners.insert(n.country_id);
    }
    for (const std::string& c : owners) {
      std::string name = "cluster_" + c;
      Agraph_t* sub = agsubg(root, name.data(), 1);
      gv::set(sub, "style", "rounded,dashed");
      gv::set(sub, "color", "#9aa9b8");
      gv::set(sub, "label", "");
      clusters[c] = sub;
    }
  }

  std::map<std::string, std::string> aliases;  // actor id -> "also: ..." line
  if (options.gazetteer)
    for (const ActorDef& a : *options.gazetteer) {
      std::string line;
      for (const auto* list : {&a.aliases, &a.exact_aliases, &a.demonyms, &a.capitals})
        for (const std::string& s : *list) line += (line.empty() ? "" : ", ") + s;
      if (!line.empty()) aliases[a.id] = "\nalso: " + shorten(line, 200);
    }
  std::vector<Agnode_t*> nodes(boost::num_vertices(g), nullptr);
  for (auto [vi, ve] = boost::vertices(g); vi != ve; ++vi) {
    const GraphNode& n = g[*vi];
    Agraph_t* home = root;
    const std::string owner = n.type == "state" ? n.id : n.country_id;
    auto c = clusters.find(owner);
    if (c != clusters.end()) home = c->second;
    std::string id = n.id;
    Agnode_t* node = agnode(home, id.data(), 1);
    nodes[*vi] = node;
    const NodeLook look = look_of(n.type, options.actor_styles);
    gv::set(node, "label", n.name);
    gv::set(node, "shape", look.shape);
    gv::set(node, "style", look.style);
    gv::set(node, "fillcolor", look.fill);
    gv::set(node, "fontname", "Helvetica");
    gv::set(node, "tooltip", n.name + " (" + n.type + (n.country.empty() || n.country == n.name ? "" : ", " + n.country) +
                                 ")\ndegree " + std::to_string(degree[*vi]) + ", " + std::to_string(n.mentions) +
                                 " mentions" + (aliases.count(n.id) ? aliases[n.id] : ""));
  }

  std::set<std::string> used;
  std::size_t edge_no = 0;
  for (auto [ei, ee] = boost::edges(g); ei != ee; ++ei) {
    const GraphEdge& e = g[*ei];
    used.insert(e.relation);
    const RelationDef* r = style.count(e.relation) ? style[e.relation] : nullptr;
    const std::string label = r ? r->label : e.relation;
    std::string name = "e" + std::to_string(edge_no++);
    Agedge_t* edge = agedge(root, nodes[boost::source(*ei, g)], nodes[boost::target(*ei, g)], name.data(), 1);
    gv::set(edge, "color", r ? r->color : "#555555");
    gv::set(edge, "fontcolor", r ? r->color : "#555555");
    gv::set(edge, "style", r ? r->style : "solid");
    gv::set(edge, "penwidth", std::to_string(1 + static_cast<int>(std::log2(static_cast<double>(e.weight)))));
    if (!large) gv::set(edge, "xlabel", e.weight > 1 ? label + " x" + std::to_string(e.weight) : label);
    gv::set(edge, "fontsize", "10");
    gv::set(edge, "fontname", "Helvetica");
    if (!e.directed) gv::set(edge, "dir", "none");
    const std::string tip = edge_tooltip(e, label, g[boost::source(*ei, g)].name, g[boost::target(*ei, g)].name);
    gv::set(edge, "tooltip", tip);
    gv::set(edge, "labeltooltip", tip);
  }

  // Legend: the relations drawn and the node types.
  if (!used.empty()) {
    std::string html = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\"><TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>";
    for (const RelationDef& r : relations) {
      if (!used.count(r.id)) continue;
      const char* line = r.style == "dashed" ? "- - -" : r.style == "dotted" ? "· · · ·" : "━━━";
      html += "<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"" + escape_html(r.color) + "\">" + line + (r.directed ? " ▶" : "") +
              "</FONT></TD><TD ALIGN=\"LEFT\">" + escape_html(r.label) + "</TD></TR>";
    }
    for (const char* type : {"state", "person", "organization", "group"}) {
      const NodeLook look = look_of(type, options.actor_styles);
      html += "<TR><TD BGCOLOR=\"" + escape_html(look.fill) + "\" BORDER=\"1\"> </TD><TD ALIGN=\"LEFT\">" + type +
              "</TD></TR>";
    }
    html += "</TABLE>";
    std::string name = "cluster_legend";
    Agraph_t* legend_box = agsubg(root, name.data(), 1);
    gv::set(legend_box, "style", "rounded");
    gv::set(legend_box, "color", "#cccccc");
    gv::set(legend_box, "label", "");
    std::string legend_name = "legend";
    Agnode_t* legend = agnode(legend_box, legend_name.data(), 1);
    gv::set(legend, "shape", "plaintext");
    gv::set(legend, "style", "");
    gv::set(legend, "fillcolor", "");
    gv::set(legend, "tooltip", "Legend");
    gv::set(legend, "fontname", "Helvetica");
    gv::set(legend, "fontsize", "11");
    gv::set_html_label(legend, html);
  }

  if (format == "dot") {
    *out = gv::write_dot(root);
    return true;
  }
  return gv::context().render(root, engine, format, out, error);
}

}  // namespace relmap
