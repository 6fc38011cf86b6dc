// EdgeMention: one relation stated in one sentence, with its provenance.
// It is the contract of the JSON Lines output (see docs/cli.md).
#pragma once
#include <cstddef>
#include <string>

namespace relmap {

// An end of an edge, as the JSONL shows it.
struct ActorRef {
  std::string id;
  std::string name;
  std::string type;     // state | person | organization | group
  std::string country;     // name of the state it belongs to (a state or group: itself); may be empty
  std::string country_id;  // id of that state
};

// One edge said in one sentence.
struct EdgeMention {
  std::string doc;
  std::size_t sentence = 0;
  std::size_t start = 0;   // byte offset of the sentence
  std::size_t end = 0;
  std::string text;        // the sentence as in the document
  ActorRef source;
  std::string relation;
  ActorRef target;
  std::string rule;
  std::string date;        // YYYY-MM-DD or empty
  std::string speaker;     // person who said it when the source is their side; may be empty
};

}  // namespace relmap
