// RAII over Graphviz's C API (cgraph and gvc): the only place that touches it.
#pragma once
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <memory>
#include <string>

namespace relmap::gv {

struct GraphCloser { void operator()(Agraph_t* g) const { if (g) agclose(g); } };
using GraphPtr = std::unique_ptr<Agraph_t, GraphCloser>;

// A gvc context with the core (SVG, DOT), dot, neato (neato, fdp, sfdp,
// circo, twopi) and pango (PNG, PDF) plugins linked in, so it works whether or not Graphviz's plugin
// configuration is installed.
// Graphviz's plugins keep static state that outlives a context (the pango
// plugin's font cache), so a process must use one context: context() below.
class Context {
 public:
  Context();
  ~Context();
  Context(const Context&) = delete;
  Context& operator=(const Context&) = delete;

  // Lays out `g` with `engine` and renders it in `format`; returns false with a
  // message when Graphviz fails.
  bool render(Agraph_t* g, const std::string& engine, const std::string& format, std::string* out,
              std::string* error);

 private:
  GVC_t* gvc_;
};

// The process-wide context.
Context& context();

GraphPtr open_graph(const std::string& name, bool directed);

// Sets an attribute, declaring it on first use.
void set(void* object, const char* name, const std::string& value);
// Sets an HTML-like label.
void set_html_label(void* object, const std::string& html);

// The graph as DOT text, without layout positions.
std::string write_dot(Agraph_t* g);

}  // namespace relmap::gv
