#include "render/graphviz.h"

#include <cstdio>
#include <cstdlib>
#include <list>
#include <map>
#include <string>

extern "C" {
extern gvplugin_library_t gvplugin_core_LTX_library;
extern gvplugin_library_t gvplugin_dot_layout_LTX_library;
extern gvplugin_library_t gvplugin_neato_layout_LTX_library;
extern gvplugin_library_t gvplugin_pango_LTX_library;
}

namespace relmap::gv {
namespace {

lt_symlist_t kPlugins[] = {
    {"gvplugin_core_LTX_library", &gvplugin_core_LTX_library},
    {"gvplugin_dot_layout_LTX_library", &gvplugin_dot_layout_LTX_library},
    {"gvplugin_neato_layout_LTX_library", &gvplugin_neato_layout_LTX_library},
    {"gvplugin_pango_LTX_library", &gvplugin_pango_LTX_library},  // PNG and PDF through cairo
    {nullptr, nullptr}};

// Object IDs in creation order. cgraph's default IDs are string addresses, and
// it orders subgraphs by ID: with several clusters the layout (and so the SVG)
// then changed from run to run.
struct IdState {
  Agraph_t* graph = nullptr;
  std::map<std::string, IDTYPE> ids;
  std::map<IDTYPE, char*> names;  // cgraph strings: agwrite looks at their header
  IDTYPE next = 0;
};
std::list<IdState> id_states;  // one per open graph

void* id_open(Agraph_t* g, Agdisc_t*) {
  id_states.emplace_back();
  id_states.back().graph = g;
  return &id_states.back();
}

long id_map(void* state, int, char* name, IDTYPE* id, int create) {
  auto* s = static_cast<IdState*>(state);
  if (!name) {  // anonymous objects get odd IDs, named ones even, as in cgraph
    *id = 2 * ++s->next + 1;
    return 1;
  }
  auto it = s->ids.find(name);
  if (it != s->ids.end()) {
    *id = it->second;
    return 1;
  }
  if (!create) return 0;
  *id = 2 * ++s->next;
  s->ids.emplace(name, *id);
  s->names.emplace(*id, agstrdup(s->graph, name));
  return 1;
}

long id_alloc(void* state, int, IDTYPE id) {
  return static_cast<IdState*>(state)->names.count(id) ? 0 : 1;
}

void id_free(void*, int, IDTYPE) {}

char* id_print(void* state, int, IDTYPE id) {
  auto* s = static_cast<IdState*>(state);
  auto it = s->names.find(id);
  return it == s->names.end() ? nullptr : it->second;
}

void id_close(void* state) {
  id_states.remove_if([state](const IdState& s) { return &s == state; });
}

void id_register(void*, int, void*) {}

Agiddisc_t kSequentialIds = {id_open, id_map, id_alloc, id_free, id_print, id_close, id_register};
Agdisc_t kDiscipline = {&AgMemDisc, &kSequentialIds, &AgIoDisc};

}  // namespace

Context::Context() : gvc_(gvContextPlugins(kPlugins, 0)) {
  // Graphviz's warnings ("n out of m exterior labels positioned") are about
  // its own choices, not the user's input: only its errors may reach stderr.
  agseterr(AGERR);
}
Context::~Context() { gvFreeContext(gvc_); }

Context& context() {
  static Context the_context;
  return the_context;
}

bool Context::render(Agraph_t* g, const std::string& engine, const std::string& format, std::string* out,
                     std::string* error) {
  if (gvLayout(gvc_, g, engine.c_str()) != 0) {
    *error = "Graphviz could not lay out the graph with '" + engine + "'";
    return false;
  }
  char* data = nullptr;
  unsigned int length = 0;
  const int rc = gvRenderData(gvc_, g, format.c_str(), &data, &length);
  if (rc == 0 && data) out->assign(data, length);
  if (data) gvFreeRenderData(data);
  gvFreeLayout(gvc_, g);
  if (rc != 0) {
    *error = "Graphviz could not render format '" + format + "'";
    return false;
  }
  return true;
}

GraphPtr open_graph(const std::string& name, bool directed) {
  std::string copy = name;
  return GraphPtr(agopen(copy.data(), directed ? Agdirected : Agundirected, &kDiscipline));
}

void set(void* object, const char* name, const std::string& value) {
  std::string n = name, v = value, empty;
  agsafeset(object, n.data(), v.data(), empty.data());
}

void set_html_label(void* object, const std::string& html) {
  Agraph_t* root = agroot(object);
  std::string copy = html;
  char* s = agstrdup_html(root, copy.data());
  std::string label = "label", empty;
  Agsym_t* sym = agattr(root, AGTYPE(object), label.data(), nullptr);
  if (!sym) sym = agattr(root, AGTYPE(object), label.data(), empty.data());
  agxset(object, sym, s);
  agstrfree(root, s);
}

std::string write_dot(Agraph_t* g) {
  char* buffer = nullptr;
  std::size_t size = 0;
  FILE* f = open_memstream(&buffer, &size);
  if (!f) return "";
  agwrite(g, f);
  std::fclose(f);
  std::string out(buffer, size);
  std::free(buffer);
  return out;
}

}  // namespace relmap::gv
