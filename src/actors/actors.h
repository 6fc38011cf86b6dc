// The actors stage: finds who each sentence names and resolves references.
// Promises: mentions are token spans of their sentence, in order, never
// overlapping; every actor id a mention names is in DocumentActors::actors; a
// reference that cannot be resolved keeps an empty actor list (it never guesses
// an actor outside the document, the gazetteer or the options).
#pragma once
#include <string>

#include "actors/gazetteer.h"
#include "relmap/actor.h"
#include "relmap/document.h"

namespace relmap {

struct ActorOptions {
  std::string speaker;  // actor id that "we" means outside quotations (op-eds); empty: infer
};

DocumentActors find_actors(const Document& doc, const Gazetteer& gazetteer, const ActorOptions& options);

}  // namespace relmap
