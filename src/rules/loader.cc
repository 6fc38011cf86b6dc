#include "rules/loader.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

namespace relmap {
namespace {

int edit_distance(const std::string& a, const std::string& b) {
  std::vector<int> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    int diag = row[0];
    row[0] = static_cast<int>(i);
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const int up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

std::string did_you_mean(const std::string& word, const std::vector<std::string>& choices) {
  std::string best;
  int best_distance = 3;
  for (const std::string& c : choices) {
    const int d = edit_distance(word, c);
    if (d < best_distance) { best_distance = d; best = c; }
  }
  return best.empty() ? "" : "did you mean '" + best + "'?";
}

std::string join(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& s : v) out += (out.empty() ? "" : ", ") + s;
  return out;
}

const std::vector<std::string> kTopKeys = {"version", "include", "relations", "actors", "organs",
                                           "titles", "state_titles", "state_nouns", "state_objects", "speech_verbs", "words",
                                           "word_forms", "negations", "rules", "disable", "actor_styles", "relation_styles"};
const std::vector<std::string> kRelationKeys = {"id", "label", "directed", "color", "style"};
const std::vector<std::string> kActorKeys = {"id", "name", "type", "aliases", "exact_aliases",
                                             "demonyms", "capitals", "places", "titles", "belongs_to",
                                             "affiliations", "shared_names"};
const std::vector<std::string> kAffiliationKeys = {"actor", "from", "to"};
const std::vector<std::string> kOrganKeys = {"id", "name", "words"};
const std::vector<std::string> kRuleKeys = {"id", "relation", "pattern", "patterns", "priority",
                                            "unless", "when_negated", "examples", "source"};
const std::vector<std::string> kExampleKeys = {"says", "gives"};
const std::vector<std::string> kStyles = {"solid", "dashed", "dotted", "bold"};
const std::vector<std::string> kActorStyleKeys = {"type", "shape", "color", "style"};
const std::vector<std::string> kRelationStyleKeys = {"relation", "label", "color", "style"};
const std::vector<std::string> kShapes = {"box", "rect", "rectangle", "square", "ellipse", "oval", "circle", "doublecircle",
                                          "hexagon", "octagon", "diamond", "triangle", "invtriangle", "house",
                                          "invhouse", "parallelogram", "trapezium", "pentagon", "septagon", "cylinder",
                                          "note", "tab", "folder", "box3d", "component", "plaintext", "plain", "star",
                                          "egg", "underline"};
const std::vector<std::string> kNodeStyles = {"filled", "rounded", "dashed", "dotted", "solid", "bold", "striped",
                                              "wedged", "diagonals", "invis"};
const std::vector<std::string> kActorTypes = {"state", "person", "organization", "group"};

class Loader {
 public:
  Loader(const FileReader& read, RuleSet* out, std::vector<Diagnostic>* diags)
      : read_(read), out_(out), diags_(diags) {}

  void load_path(const std::string& path, const SourceLocation* from) {
    const std::string key = std::filesystem::path(path).lexically_normal().string();
    if (std::find(stack_.begin(), stack_.end(), key) != stack_.end()) {
      std::string chain;
      for (const std::string& s : stack_) chain += s + " -> ";
      error_at(*from, "include cycle: " + chain + key, "remove one of these includes");
      return;
    }
    if (loaded_.count(key)) return;  // included twice through different files: load once
    std::string text;
    if (!read_(key, &text)) {
      if (from) error_at(*from, "cannot read included file '" + key + "'",
                         "include paths are relative to the file that includes them");
      else error_at(SourceLocation{key, 0, 0}, "cannot read rule file '" + key + "'", "");
      return;
    }
    loaded_.insert(key);
    load_text(key, text);
  }

  void load_text(const std::string& file, const std::string& text) {
    texts_[file] = text;
    out_->files.push_back(file);
    if (check_tabs(file, text)) return;
    YAML::Node root;
    try {
      root = YAML::Load(text);
    } catch (const YAML::ParserException& e) {
      error(file, e.mark.line + 1, e.mark.column + 1, "YAML syntax: " + e.msg,
            "check the indentation and quoting on this line or the one before");
      return;
    }
    if (!root || root.IsNull()) return;  // an empty file declares nothing
    if (!root.IsMap()) {
      error(file, root, "a rule file must be a mapping of keys (version, include, rules, ...)", "");
      return;
    }
    check_keys(file, root, kTopKeys, "top-level key");
    if (root["version"]) {
      const YAML::Node v = root["version"];
      if (!v.IsScalar() || v.Scalar() != "1")
        error(file, v, "unsupported version '" + scalar_text(v) + "'", "this relmap reads version: 1");
    }
    stack_.push_back(file);
    if (const YAML::Node inc = root["include"]) {
      for (const auto& [path, node] : strings(file, inc, "include")) {
        const std::filesystem::path base = std::filesystem::path(file).parent_path();
        const SourceLocation at = where(file, node);
        const bool builtin = path.rfind("builtin:", 0) == 0;
        load_path(builtin ? path : (base / path).string(), &at);
      }
    }
    stack_.pop_back();
    if (const YAML::Node n = root["relations"]) load_relations(file, n);
    if (const YAML::Node n = root["actor_styles"]) load_actor_styles(file, n);
    if (const YAML::Node n = root["relation_styles"]) load_relation_styles(file, n);
    if (const YAML::Node n = root["actors"]) load_actors(file, n);
    if (const YAML::Node n = root["organs"]) load_organs(file, n);
    append_strings(file, root["titles"], "titles", &out_->titles);
    append_strings(file, root["state_nouns"], "state_nouns", &out_->state_nouns);
    append_strings(file, root["state_objects"], "state_objects", &out_->state_objects);
    append_strings(file, root["speech_verbs"], "speech_verbs", &out_->speech_verbs);
    append_strings(file, root["negations"], "negations", &out_->negations);
    load_word_map(file, root["words"], "words", &out_->word_lists);
    if (const YAML::Node titles = root["state_titles"]) {
      load_word_map(file, titles, "state_titles", &out_->state_titles);
      if (titles.IsMap())
        for (auto it = titles.begin(); it != titles.end(); ++it)
          out_->state_titles_where[scalar_text(it->first)] = where(file, it->first);
    }
    load_word_map(file, root["word_forms"], "word_forms", &out_->word_forms);
    if (const YAML::Node n = root["rules"]) load_rules(file, n);
    for (auto& [id, node] : strings(file, root["disable"], "disable")) disabled_.push_back({id, where(file, node)});
  }

  // Checks that need every file: references and duplicates; then drops the
  // rules that a `disable:` names.
  void check_references() {
    check_definitions();
    for (const RelationStyle& st : relation_styles_) {
      auto it = std::find_if(out_->relations.begin(), out_->relations.end(),
                             [&](const RelationDef& r) { return r.id == st.relation; });
      if (it == out_->relations.end()) {
        std::vector<std::string> ids;
        for (const RelationDef& r : out_->relations) ids.push_back(r.id);
        error_at(st.where, "relation_styles names undefined relation '" + st.relation + "'", did_you_mean(st.relation, ids));
        continue;
      }
      if (!st.label.empty()) it->label = st.label;
      if (!st.color.empty()) it->color = st.color;
      if (!st.style.empty()) it->style = st.style;
    }
    for (const auto& disabled : disabled_) {
      const std::string& id = disabled.first;
      const SourceLocation& at = disabled.second;
      auto it = std::find_if(out_->rules.begin(), out_->rules.end(), [&](const RuleDef& r) { return r.id == id; });
      if (it == out_->rules.end()) {
        std::vector<std::string> ids;
        for (const RuleDef& r : out_->rules) ids.push_back(r.id);
        error_at(at, "disable names unknown rule '" + id + "'", did_you_mean(id, ids));
        continue;
      }
      out_->rules.erase(it);
    }
  }

 private:
  void check_definitions() {
    std::map<std::string, const RelationDef*> relations;
    for (const RelationDef& r : out_->relations) {
      auto [it, fresh] = relations.emplace(r.id, &r);
      if (!fresh) duplicate(r.where, "relation", r.id, it->second->where);
    }
    std::map<std::string, const ActorDef*> actors;
    for (const ActorDef& a : out_->actors) {
      auto [it, fresh] = actors.emplace(a.id, &a);
      if (!fresh) duplicate(a.where, "actor", a.id, it->second->where);
    }
    std::map<std::string, const OrganDef*> organs;
    for (const OrganDef& o : out_->organs) {
      auto [it, fresh] = organs.emplace(o.id, &o);
      if (!fresh) duplicate(o.where, "organ", o.id, it->second->where);
    }
    std::vector<std::string> relation_ids, actor_ids;
    for (const auto& [id, r] : relations) relation_ids.push_back(id);
    for (const auto& [id, a] : actors) actor_ids.push_back(id);
    for (const ActorDef& a : out_->actors) {
      std::vector<std::string> refs;
      if (!a.belongs_to.empty()) refs.push_back(a.belongs_to);
      for (const Affiliation& f : a.affiliations) refs.push_back(f.actor);
      for (const std::string& ref : refs)
        if (!actors.count(ref))
          error_at(a.where, "actor '" + a.id + "' belongs to undefined actor '" + ref + "'",
                   did_you_mean(ref, actor_ids));
    }
    // A shared name must be another actor's: "Brussels" is the EU's, shared with Belgium.
    auto lower = [](std::string s) {
      for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      return s;
    };
    std::set<std::string> owned;
    for (const ActorDef& a : out_->actors) {
      owned.insert(lower(a.name));
      for (const auto* names : {&a.aliases, &a.exact_aliases, &a.demonyms, &a.capitals, &a.places})
        for (const std::string& n : *names) owned.insert(lower(n));
    }
    for (const ActorDef& a : out_->actors)
      for (const std::string& n : a.shared_names)
        if (!owned.count(lower(n)))
          error_at(a.where, "actor '" + a.id + "' shares the name '" + n + "', which no actor has",
                   "shared_names lists another actor's name, alias, demonym or capital");
    for (const auto& [state, at] : out_->state_titles_where)
      if (!actors.count(state))
        error_at(at, "state_titles names undefined actor '" + state + "'", did_you_mean(state, actor_ids));
    std::map<std::string, const RuleDef*> rules;
    for (const RuleDef& r : out_->rules) {
      auto [it, fresh] = rules.emplace(r.id, &r);
      if (!fresh) duplicate(r.where, "rule", r.id, it->second->where);
      if (!r.relation.empty() && !relations.count(r.relation))
        error_at(r.where, "rule '" + r.id + "' uses undefined relation '" + r.relation + "'",
                 join_hint(did_you_mean(r.relation, relation_ids),
                           "declare it under relations: or use one of: " + join(relation_ids)));
      if (!r.when_negated.empty() && r.when_negated != "none" && !relations.count(r.when_negated))
        error_at(r.where, "rule '" + r.id + "': when_negated names undefined relation '" +
                              r.when_negated + "'", did_you_mean(r.when_negated, relation_ids));
    }
  }

  static std::string join_hint(const std::string& a, const std::string& b) {
    return a.empty() ? b : a;
  }

  void duplicate(const SourceLocation& at, const std::string& what, const std::string& id,
                 const SourceLocation& first) {
    error_at(at, "duplicate " + what + " id '" + id + "'",
             "first defined at " + first.file + ":" + std::to_string(first.line) +
                 "; rename one or remove it");
  }

  // yaml-cpp rejects tabs with a terse message; say plainly what is wrong.
  bool check_tabs(const std::string& file, const std::string& text) {
    int line = 1;
    bool at_indent = true;
    int column = 1;
    for (char c : text) {
      if (c == '\n') { ++line; at_indent = true; column = 1; continue; }
      if (at_indent && c == '\t') {
        error(file, line, column, "tab character in indentation",
              "YAML indents with spaces only; replace the tab with spaces");
        return true;
      }
      if (c != ' ') at_indent = false;
      ++column;
    }
    return false;
  }

  SourceLocation where(const std::string& file, const YAML::Node& n) const {
    const YAML::Mark m = n.Mark();
    return SourceLocation{file, m.line + 1, m.column + 1};
  }

  void error(const std::string& file, int line, int column, const std::string& msg,
             const std::string& hint) {
    Diagnostic d;
    d.file = file;
    d.line = line;
    d.column = column;
    d.message = msg;
    d.hint = hint;
    auto it = texts_.find(file);
    if (it != texts_.end() && line > 0) d.source_line = line_of(it->second, line);
    diags_->push_back(std::move(d));
  }
  void error(const std::string& file, const YAML::Node& n, const std::string& msg,
             const std::string& hint) {
    const SourceLocation at = where(file, n);
    error(file, at.line, at.column, msg, hint);
  }
  void error_at(const SourceLocation& at, const std::string& msg, const std::string& hint) {
    error(at.file, at.line, at.column, msg, hint);
  }

  static std::string scalar_text(const YAML::Node& n) { return n.IsScalar() ? n.Scalar() : "?"; }

  static std::string node_kind(const YAML::Node& n) {
    if (n.IsMap()) return "a mapping";
    if (n.IsSequence()) return "a list";
    if (n.IsNull()) return "nothing";
    return "'" + n.Scalar() + "'";
  }

  void check_keys(const std::string& file, const YAML::Node& map,
                  const std::vector<std::string>& allowed, const std::string& what) {
    std::set<std::string> seen;
    for (auto it = map.begin(); it != map.end(); ++it) {
      const std::string key = it->first.IsScalar() ? it->first.Scalar() : "";
      if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
        const std::string guess = did_you_mean(key, allowed);
        error(file, it->first, "unknown " + what + " '" + key + "'",
              guess.empty() ? "allowed here: " + join(allowed) : guess);
      } else if (!seen.insert(key).second) {
        error(file, it->first, "key '" + key + "' is given twice", "keep one of them");
      }
    }
  }

  bool get_string(const std::string& file, const YAML::Node& map, const char* key,
                  std::string* out, bool required, const std::string& owner) {
    const YAML::Node n = map[key];
    if (!n) {
      if (required) error(file, map, owner + " has no '" + key + "'", std::string("add ") + key + ": ...");
      return false;
    }
    if (!n.IsScalar() || n.Scalar().empty()) {
      error(file, n, std::string("'") + key + "' must be a non-empty text, not " + node_kind(n), "");
      return false;
    }
    *out = n.Scalar();
    return true;
  }

  // A string or a list of strings, each with its node (for positions).
  std::vector<std::pair<std::string, YAML::Node>> strings(const std::string& file,
                                                          const YAML::Node& n,
                                                          const std::string& key) {
    std::vector<std::pair<std::string, YAML::Node>> out;
    if (!n || n.IsNull()) return out;
    if (n.IsScalar()) { out.emplace_back(n.Scalar(), n); return out; }
    if (!n.IsSequence()) {
      error(file, n, "'" + key + "' must be a text or a list of texts, not " + node_kind(n), "");
      return out;
    }
    for (const YAML::Node& item : n) {
      if (!item.IsScalar() || item.Scalar().empty()) {
        error(file, item, "each entry of '" + key + "' must be a non-empty text, not " + node_kind(item), "");
        continue;
      }
      out.emplace_back(item.Scalar(), item);
    }
    return out;
  }

  void append_strings(const std::string& file, const YAML::Node& n, const std::string& key,
                      std::vector<std::string>* out) {
    for (auto& [s, node] : strings(file, n, key)) out->push_back(s);
  }

  void load_word_map(const std::string& file, const YAML::Node& n, const std::string& key,
                     std::map<std::string, std::vector<std::string>>* out) {
    if (!n) return;
    if (!n.IsMap()) {
      error(file, n, "'" + key + "' must be a mapping of name: [words], not " + node_kind(n), "");
      return;
    }
    for (auto it = n.begin(); it != n.end(); ++it) {
      const std::string name = scalar_text(it->first);
      auto& list = (*out)[name];
      for (auto& [s, node] : strings(file, it->second, key + "." + name)) list.push_back(s);
    }
  }

  template <typename F>
  void each_entry(const std::string& file, const YAML::Node& n, const std::string& key, F f) {
    if (!n.IsSequence()) {
      error(file, n, "'" + key + "' must be a list (entries start with '- '), not " + node_kind(n), "");
      return;
    }
    for (const YAML::Node& item : n) {
      if (!item.IsMap()) {
        error(file, item, "each entry of '" + key + "' must be a mapping of keys, not " + node_kind(item), "");
        continue;
      }
      f(item);
    }
  }

  void load_relations(const std::string& file, const YAML::Node& n) {
    each_entry(file, n, "relations", [&](const YAML::Node& m) {
      check_keys(file, m, kRelationKeys, "relation key");
      RelationDef r;
      r.where = where(file, m);
      if (!get_string(file, m, "id", &r.id, true, "relation")) return;
      r.label = r.id;
      get_string(file, m, "label", &r.label, false, "relation");
      if (const YAML::Node d = m["directed"]) {
        if (!d.IsScalar() || (d.Scalar() != "true" && d.Scalar() != "false"))
          error(file, d, "'directed' must be true or false, not " + node_kind(d), "");
        else r.directed = d.Scalar() == "true";
      }
      if (get_string(file, m, "color", &r.color, false, "relation")) valid_color(file, m["color"], r.color);
      if (get_string(file, m, "style", &r.style, false, "relation") &&
          std::find(kStyles.begin(), kStyles.end(), r.style) == kStyles.end())
        error(file, m["style"], "unknown style '" + r.style + "'",
              join_hint(did_you_mean(r.style, kStyles), "use one of: " + join(kStyles)));
      out_->relations.push_back(std::move(r));
    });
  }

  bool valid_color(const std::string& file, const YAML::Node& node, const std::string& color) {
    static const std::regex pattern(R"(#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?|[a-z]+[0-9]*)");
    if (std::regex_match(color, pattern)) return true;
    error(file, node, "'" + color + "' is not a colour", "use #RRGGBB or a Graphviz colour name such as steelblue");
    return false;
  }

  void load_actor_styles(const std::string& file, const YAML::Node& n) {
    each_entry(file, n, "actor_styles", [&](const YAML::Node& m) {
      check_keys(file, m, kActorStyleKeys, "actor style key");
      ActorStyleDef a;
      a.where = where(file, m);
      if (!get_string(file, m, "type", &a.type, true, "actor style")) return;
      if (std::find(kActorTypes.begin(), kActorTypes.end(), a.type) == kActorTypes.end())
        error(file, m["type"], "unknown actor type '" + a.type + "'",
              join_hint(did_you_mean(a.type, kActorTypes), "use state, person, organization or group"));
      if (get_string(file, m, "shape", &a.shape, false, "actor style") &&
          std::find(kShapes.begin(), kShapes.end(), a.shape) == kShapes.end())
        error(file, m["shape"], "unknown shape '" + a.shape + "'",
              join_hint(did_you_mean(a.shape, kShapes), "use a Graphviz shape such as box, ellipse or hexagon"));
      if (get_string(file, m, "color", &a.color, false, "actor style")) valid_color(file, m["color"], a.color);
      if (get_string(file, m, "style", &a.style, false, "actor style")) {
        std::stringstream parts(a.style);
        std::string part;
        while (std::getline(parts, part, ','))
          if (std::find(kNodeStyles.begin(), kNodeStyles.end(), part) == kNodeStyles.end())
            error(file, m["style"], "unknown node style '" + part + "'",
                  join_hint(did_you_mean(part, kNodeStyles), "combine filled, rounded, dashed, bold ... with commas"));
      }
      out_->actor_styles.push_back(std::move(a));
    });
  }

  // A restyling of a declared relation; applied once every file is read.
  struct RelationStyle {
    std::string relation, label, color, style;
    SourceLocation where;
  };

  void load_relation_styles(const std::string& file, const YAML::Node& n) {
    each_entry(file, n, "relation_styles", [&](const YAML::Node& m) {
      check_keys(file, m, kRelationStyleKeys, "relation style key");
      RelationStyle r;
      r.where = where(file, m);
      if (!get_string(file, m, "relation", &r.relation, true, "relation style")) return;
      get_string(file, m, "label", &r.label, false, "relation style");
      if (get_string(file, m, "color", &r.color, false, "relation style")) valid_color(file, m["color"], r.color);
      if (get_string(file, m, "style", &r.style, false, "relation style") &&
          std::find(kStyles.begin(), kStyles.end(), r.style) == kStyles.end())
        error(file, m["style"], "unknown style '" + r.style + "'",
              join_hint(did_you_mean(r.style, kStyles), "use one of: " + join(kStyles)));
      relation_styles_.push_back(std::move(r));
    });
  }

  void load_actors(const std::string& file, const YAML::Node& n) {
    each_entry(file, n, "actors", [&](const YAML::Node& m) {
      check_keys(file, m, kActorKeys, "actor key");
      ActorDef a;
      a.where = where(file, m);
      if (!get_string(file, m, "id", &a.id, true, "actor")) return;
      if (!get_string(file, m, "name", &a.name, true, "actor")) a.name = a.id;
      std::string type = "state";
      if (get_string(file, m, "type", &type, false, "actor") && !parse_actor_type(type, &a.type))
        error(file, m["type"], "unknown actor type '" + type + "'",
              join_hint(did_you_mean(type, {"state", "person", "organization", "group"}),
                        "use state, person, organization or group"));
      append_strings(file, m["aliases"], "aliases", &a.aliases);
      append_strings(file, m["exact_aliases"], "exact_aliases", &a.exact_aliases);
      append_strings(file, m["demonyms"], "demonyms", &a.demonyms);
      append_strings(file, m["capitals"], "capitals", &a.capitals);
      append_strings(file, m["places"], "places", &a.places);
      append_strings(file, m["shared_names"], "shared_names", &a.shared_names);
      append_strings(file, m["titles"], "titles", &a.titles);
      get_string(file, m, "belongs_to", &a.belongs_to, false, "actor");
      if (const YAML::Node aff = m["affiliations"]) {
        each_entry(file, aff, "affiliations", [&](const YAML::Node& f) {
          check_keys(file, f, kAffiliationKeys, "affiliation key");
          Affiliation af;
          if (!get_string(file, f, "actor", &af.actor, true, "affiliation")) return;
          static const std::regex date(R"(\d{4}-\d{2}-\d{2})");
          for (auto [key, dst] : {std::pair{"from", &af.from}, std::pair{"to", &af.to}})
            if (get_string(file, f, key, dst, false, "affiliation") && !std::regex_match(*dst, date))
              error(file, f[key], "'" + *dst + "' is not a date", "write dates as YYYY-MM-DD");
          a.affiliations.push_back(std::move(af));
        });
      }
      if (a.type == ActorType::Person && a.belongs_to.empty() && a.affiliations.empty())
        error(file, m, "person '" + a.id + "' belongs to no state",
              "add belongs_to: <state id> so that the person's edges roll up");
      out_->actors.push_back(std::move(a));
    });
  }

  void load_organs(const std::string& file, const YAML::Node& n) {
    each_entry(file, n, "organs", [&](const YAML::Node& m) {
      check_keys(file, m, kOrganKeys, "organ key");
      OrganDef o;
      o.where = where(file, m);
      if (!get_string(file, m, "id", &o.id, true, "organ")) return;
      if (!get_string(file, m, "name", &o.name, true, "organ")) o.name = o.id;
      append_strings(file, m["words"], "words", &o.words);
      if (o.words.empty()) error(file, m, "organ '" + o.id + "' has no words", "add words: [army, military]");
      out_->organs.push_back(std::move(o));
    });
  }

  void load_rules(const std::string& file, const YAML::Node& n) {
    each_entry(file, n, "rules", [&](const YAML::Node& m) {
      check_keys(file, m, kRuleKeys, "rule key");
      RuleDef r;
      r.where = where(file, m);
      if (!get_string(file, m, "id", &r.id, true, "rule")) return;
      get_string(file, m, "relation", &r.relation, true, "rule '" + r.id + "'");
      for (const char* key : {"pattern", "patterns"}) {
        for (auto& [p, node] : strings(file, m[key], key)) {
          r.patterns.push_back(p);
          r.pattern_where.push_back(where(file, node));
          r.pattern_quoted.push_back(node.Tag() == "!");
        }
      }
      if (r.patterns.empty())
        error(file, m, "rule '" + r.id + "' has no pattern", "add pattern: \"{source} [verb] {target}\"");
      if (const YAML::Node p = m["priority"]) {
        try {
          r.priority = p.as<int>();
        } catch (const YAML::Exception&) {
          error(file, p, "'priority' must be a whole number, not " + node_kind(p), "");
        }
      }
      append_strings(file, m["unless"], "unless", &r.unless);
      get_string(file, m, "when_negated", &r.when_negated, false, "rule");
      std::string source;
      if (get_string(file, m, "source", &source, false, "rule")) {
        if (source == "voice") r.voice_source = true;
        else error(file, m["source"], "unknown source '" + source + "'",
                   "the only one is 'voice': the author, labelled speaker or quotation's speaker");
      }
      if (const YAML::Node ex = m["examples"]) {
        each_entry(file, ex, "examples", [&](const YAML::Node& e) {
          check_keys(file, e, kExampleKeys, "example key");
          RuleExample x;
          x.where = where(file, e);
          if (!get_string(file, e, "says", &x.says, true, "example")) return;
          if (!e["gives"]) {
            error(file, e, "example has no 'gives'", "add gives: [Source relation Target] or gives: []");
            return;
          }
          append_strings(file, e["gives"], "gives", &x.gives);
          r.examples.push_back(std::move(x));
        });
      }
      out_->rules.push_back(std::move(r));
    });
  }

  const FileReader& read_;
  RuleSet* out_;
  std::vector<Diagnostic>* diags_;
  std::vector<std::string> stack_;
  std::set<std::string> loaded_;
  std::map<std::string, std::string> texts_;
  std::vector<std::pair<std::string, SourceLocation>> disabled_;
  std::vector<RelationStyle> relation_styles_;
};

}  // namespace

std::string line_of(const std::string& text, int line) {
  std::istringstream in(text);
  std::string s;
  for (int i = 1; std::getline(in, s); ++i)
    if (i == line) {
      if (!s.empty() && s.back() == '\r') s.pop_back();
      return s;
    }
  return "";
}

FileReader disk_reader() {
  return [](const std::string& path, std::string* content) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) return false;
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream ss;
    ss << in.rdbuf();
    *content = ss.str();
    return true;
  };
}

bool load_rule_files(const std::vector<std::string>& paths, const FileReader& read, RuleSet* out,
                     std::vector<Diagnostic>* diags) {
  const std::size_t before = diags->size();
  Loader loader(read, out, diags);
  for (const std::string& p : paths) loader.load_path(p, nullptr);
  loader.check_references();
  return !has_errors(std::vector<Diagnostic>(diags->begin() + static_cast<long>(before), diags->end()));
}

bool load_rule_text(const std::string& name, const std::string& text, RuleSet* out,
                    std::vector<Diagnostic>* diags) {
  const std::size_t before = diags->size();
  FileReader none = [](const std::string&, std::string*) { return false; };
  Loader loader(none, out, diags);
  loader.load_text(name, text);
  loader.check_references();
  return !has_errors(std::vector<Diagnostic>(diags->begin() + static_cast<long>(before), diags->end()));
}

}  // namespace relmap
