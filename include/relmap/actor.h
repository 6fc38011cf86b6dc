// Actor and ActorMention: what the actors stage finds in a document.
#pragma once
#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "relmap/ruleset.h"

namespace relmap {

// An actor as the graph sees it: from the gazetteer, or discovered in a text
// (a titled person, an organ of a state).
struct Actor {
  std::string id;
  std::string name;
  ActorType type = ActorType::State;
  std::string country;  // state id it rolls up to; itself for states and groups
  std::vector<std::string> aliases;
};

// How a mention was tied to its actor; `relmap actors` shows it.
enum class Resolution {
  Name,        // canonical name or alias
  Title,       // title + known name ("President Xi")
  NewPerson,   // titled person found in the text
  Surname,     // surname of a person named earlier in the document
  Demonym,     // "the Chinese side", "Pakistani nationals"
  Capital,     // "Beijing" for China
  Place,       // "Karachi" for Pakistan: a place only, it never acts
  Organ,       // "the Pakistani military"
  Pronoun,     // he, his, they, them
  BothSides,   // "the two sides", "both countries"
  We,          // we, our, us: the speaker's or author's side
  Addressee,   // you, your in a transcript: the side the labelled speaker talks to
  Act,         // "the move", "the strikes": whoever did the act (resolved by the extract stage)
};
const char* to_string(Resolution r);

// One place a sentence names one or more actors.
struct ActorMention {
  std::size_t first = 0;   // first token index in the sentence
  std::size_t last = 0;    // one past the last token
  std::vector<std::string> actors;  // resolved actor ids (several for "the two sides")
  Resolution how = Resolution::Name;
  bool inert = false;      // a place ("in Beijing") or a modifier ("China-Pakistan ties"): never fills a slot
  bool object_only = false;  // "Belarusian territory": may be acted on, never acts
  std::string speaker;     // for "we": the person whose side it is, when known
};

// The actors of one document: mentions per sentence and every actor they name.
struct DocumentActors {
  std::vector<std::vector<ActorMention>> mentions;  // indexed by sentence
  std::map<std::string, Actor> actors;             // every actor named, by id
  // Per sentence, who speaks outside quotations: a transcript's labelled speaker or
  // an op-ed's author (a person or their side); "" in reported news.
  std::vector<std::string> voices;
  // Per sentence, who speaks its quotation, when the text says so ("... must keep its
  // word," Georgiev said); "" otherwise.
  std::vector<std::string> quote_speakers;
  // A joint statement's signatories ("We, the Prime Ministers of Australia, Canada and New
  // Zealand"), who together speak every sentence no single voice holds.
  std::vector<std::string> voice_group;
};

}  // namespace relmap
