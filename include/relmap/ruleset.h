// RuleSet: everything the YAML rule files declare, as plain data.
// The loader (rules/loader.h) fills it and checks it; the actors stage reads the
// gazetteer part, the matcher compiles the rules part.
#pragma once
#include <map>
#include <string>
#include <vector>

namespace relmap {

// Where something was written, so that errors point at the user's line.
struct SourceLocation {
  std::string file;
  int line = 0;
  int column = 0;
};

// A relation of the vocabulary ("met", "urged") and how diagrams draw it.
struct RelationDef {
  std::string id;
  std::string label;
  bool directed = true;
  std::string color = "#555555";
  std::string style = "solid";  // solid | dashed | dotted | bold
  SourceLocation where;
};

enum class ActorType { State, Person, Organization, Group };

// How diagrams draw the actors of one type.
struct ActorStyleDef {
  std::string type;                 // state | person | organization | group
  std::string shape = "box";        // a Graphviz node shape
  std::string color = "#ffffff";    // fill colour
  std::string style = "filled";     // Graphviz node style, e.g. "rounded,filled"
  SourceLocation where;
};
const char* to_string(ActorType t);
bool parse_actor_type(const std::string& s, ActorType* out);

// A period during which a person belongs to a state (an office holder changes).
struct Affiliation {
  std::string actor;  // the state or organisation id
  std::string from;   // YYYY-MM-DD or empty
  std::string to;     // YYYY-MM-DD or empty
};

// One actor of the gazetteer.
struct ActorDef {
  std::string id;
  std::string name;                 // canonical name
  ActorType type = ActorType::State;
  std::vector<std::string> aliases;         // matched case-insensitively
  std::vector<std::string> exact_aliases;   // matched with their case ("US", "WHO")
  std::vector<std::string> demonyms;        // "Chinese", "Pakistani"
  std::vector<std::string> capitals;        // "Beijing" stands for China
  std::vector<std::string> places;          // "Karachi", "Gaza City": where things happen, never a party
  std::vector<std::string> shared_names;    // another actor's names that stand for this one in a story
                                            // naming it more ("Brussels" in a story of Belgium)
  std::vector<std::string> titles;          // "Foreign Minister" before a person's name
  std::string belongs_to;                   // state of a person, organ or group
  std::vector<Affiliation> affiliations;    // dated belongs_to, newest wins
  SourceLocation where;
};

// An organ kind: "the Pakistani military", "Pakistan's foreign ministry".
// A demonym or state name followed by one of `words` makes an organ actor of
// that state with id "<state>/<id>".
struct OrganDef {
  std::string id;
  std::string name;                 // "armed forces"
  std::vector<std::string> words;   // "military", "army", "armed forces"
  SourceLocation where;
};

// An example inside a rule: a sentence and the edges it must give.
struct RuleExample {
  std::string says;
  std::vector<std::string> gives;   // "China urged Pakistan" (canonical names)
  SourceLocation where;
};

// One rule: a token pattern with actor slots that gives a relation.
struct RuleDef {
  std::string id;
  std::string relation;
  std::vector<std::string> patterns;
  std::vector<SourceLocation> pattern_where;  // one per pattern
  std::vector<bool> pattern_quoted;           // written as a quoted YAML scalar
  int priority = 0;
  std::vector<std::string> unless;            // patterns that block this rule
  std::string when_negated;                   // relation when negated; empty: no edge
  bool voice_source = false;                  // `source: voice`: the side speaking outside quotations
  std::vector<RuleExample> examples;
  SourceLocation where;
};

// Everything the rule files declare.
struct RuleSet {
  std::vector<std::string> files;  // every file loaded, includes too, in order
  std::vector<RelationDef> relations;      // with every relation_styles: entry applied
  std::vector<ActorStyleDef> actor_styles;
  std::vector<ActorDef> actors;
  std::vector<OrganDef> organs;
  std::vector<std::string> titles;          // generic titles: "President", "Gen."
  // Offices only one state has ("Secretary of State" is American): state id -> titles.
  std::map<std::string, std::vector<std::string>> state_titles;
  std::map<std::string, SourceLocation> state_titles_where;  // where each state id was written
  std::vector<std::string> state_nouns;     // "side", "government": demonym + noun = the state
  std::vector<std::string> state_objects;   // "strikes", "position": demonym + noun is about the state
  std::vector<std::string> speech_verbs;    // "said", "told": who speaks a quotation
  std::map<std::string, std::vector<std::string>> word_lists;  // words: name -> phrases
  std::map<std::string, std::vector<std::string>> word_forms;  // irregular: meet -> [met]
  std::vector<std::string> negations;       // patterns that block any rule's edge
  std::vector<RuleDef> rules;

  const RelationDef* relation(const std::string& id) const;
  const ActorDef* actor(const std::string& id) const;
};

}  // namespace relmap
