#include "render/report.h"

#include <fmt/core.h>

#include <map>

namespace relmap {
namespace {

std::string escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

const char* kStyle = R"(
body { font-family: Helvetica, Arial, sans-serif; margin: 1.5em; color: #222; }
h1 { font-size: 1.4em; margin-bottom: 0.2em; }
#summary { color: #555; margin-top: 0; }
#map-box { border: 1px solid #ccc; border-radius: 6px; height: 70vh; overflow: hidden; cursor: grab; position: relative; }
#map-box svg { width: 100%; height: 100%; }
#evidence { min-height: 3.5em; padding: 0.6em 0.8em; margin: 0.8em 0; background: #f6f8fa; border-radius: 6px; white-space: pre-wrap; }
table { border-collapse: collapse; margin-bottom: 2em; font-size: 0.9em; }
th, td { border-bottom: 1px solid #e5e5e5; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
td.num { text-align: right; }
.doc { color: #777; font-size: 0.85em; }
)";

// Pan, zoom and the evidence panel; no library, works offline.
const char* kScript = R"(
(function () {
  var box = document.getElementById('map-box');
  var svg = box.querySelector('svg');
  var panel = document.getElementById('evidence');
  if (!svg) return;
  var vb = svg.viewBox.baseVal;
  var view = { x: vb.x, y: vb.y, w: vb.width, h: vb.height };
  function apply() { svg.setAttribute('viewBox', view.x + ' ' + view.y + ' ' + view.w + ' ' + view.h); }
  box.addEventListener('wheel', function (e) {
    e.preventDefault();
    var f = e.deltaY < 0 ? 0.85 : 1 / 0.85;
    var r = svg.getBoundingClientRect();
    var px = view.x + (e.clientX - r.left) / r.width * view.w;
    var py = view.y + (e.clientY - r.top) / r.height * view.h;
    view.x = px - (px - view.x) * f; view.y = py - (py - view.y) * f;
    view.w *= f; view.h *= f; apply();
  }, { passive: false });
  var drag = null;
  box.addEventListener('mousedown', function (e) { drag = { x: e.clientX, y: e.clientY }; box.style.cursor = 'grabbing'; });
  window.addEventListener('mouseup', function () { drag = null; box.style.cursor = 'grab'; });
  window.addEventListener('mousemove', function (e) {
    if (!drag) return;
    var r = svg.getBoundingClientRect();
    view.x -= (e.clientX - drag.x) / r.width * view.w;
    view.y -= (e.clientY - drag.y) / r.height * view.h;
    drag = { x: e.clientX, y: e.clientY }; apply();
  });
  function titleOf(g) {
    var a = g.querySelector('a');
    return a ? (a.getAttribute('xlink:title') || a.getAttributeNS('http://www.w3.org/1999/xlink', 'title') || '') : '';
  }
  var edges = svg.querySelectorAll('g.edge');
  for (var i = 0; i < edges.length; i++) {
    edges[i].addEventListener('mouseover', function () { panel.textContent = titleOf(this); panel.className = 'shown'; });
  }
  var m = /^#hover=(.+)$/.exec(window.location.hash);
  if (m) {
    var target = document.getElementById(decodeURIComponent(m[1]));
    if (target) target.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
  }
})();
)";

}  // namespace

std::string html_report(const RelationMap& map, const std::string& svg, const GraphStats& stats,
                        const std::vector<RelationDef>& relations, const std::string& title) {
  std::map<std::string, std::string> labels;
  for (const RelationDef& r : relations) labels[r.id] = r.label;
  const RelationGraph& g = map.graph;
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(title) +
                    "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n";
  out += "<h1>" + escape(title) + "</h1>\n";
  out += fmt::format("<p id=\"summary\">{} actors, {} edges from {} edge mentions. Drag to pan, wheel to zoom, "
                     "point at an edge to read its evidence.</p>\n",
                     stats.nodes, stats.edges, stats.mentions);
  const std::size_t at = svg.find("<svg");
  out += "<div id=\"map-box\">\n" + (at == std::string::npos ? std::string() : svg.substr(at)) + "</div>\n";
  out += "<div id=\"evidence\">Point at an edge of the map to read its evidence here.</div>\n";

  out += "<h2>Edges</h2>\n<table id=\"edges\">\n<tr><th>source</th><th>relation</th><th>target</th><th>mentions</th>"
         "<th>dates</th><th>evidence</th></tr>\n";
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    const GraphEdge& e = g[*it];
    std::string evidence;
    std::size_t shown = 0;
    for (const Evidence& ev : e.evidence) {
      if (shown++ == 3) break;
      evidence += "<div>" + escape(ev.text) + " <span class=\"doc\">[" + escape(ev.doc) + ", sentence " +
                  std::to_string(ev.sentence) + "]</span></div>";
    }
    const std::string dates =
        e.first_date.empty() ? "" : e.first_date + (e.last_date != e.first_date ? " to " + e.last_date : "");
    const auto label = labels.find(e.relation);
    out += "<tr><td>" + escape(g[boost::source(*it, g)].name) + "</td><td>" +
           escape(label != labels.end() ? label->second : e.relation) + "</td><td>" +
           escape(g[boost::target(*it, g)].name) + "</td><td class=\"num\">" + std::to_string(e.weight) + "</td><td>" +
           escape(dates) + "</td><td>" + evidence + "</td></tr>\n";
  }
  out += "</table>\n";

  out += "<h2>Actors</h2>\n<table id=\"actors\">\n<tr><th>rank</th><th>actor</th><th>type</th><th>state</th>"
         "<th>degree</th><th>mentions</th><th>betweenness</th><th>PageRank</th></tr>\n";
  std::size_t rank = 0;
  for (const ActorStats& a : stats.actors) {
    out += fmt::format("<tr><td class=\"num\">{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td>"
                       "<td class=\"num\">{}</td><td class=\"num\">{:.2f}</td><td class=\"num\">{:.4f}</td></tr>\n",
                       ++rank, escape(a.name), escape(a.type), escape(a.country), a.degree, a.weighted_degree,
                       a.betweenness, a.pagerank);
  }
  out += "</table>\n<script>" + std::string(kScript) + "</script>\n</body>\n</html>\n";
  return out;
}

}  // namespace relmap
