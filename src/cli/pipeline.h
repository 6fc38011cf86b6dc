// The extraction loop of the commands that read many documents (run, extract,
// graph, stats, diff). Promises: documents are read and extracted on `threads`
// worker threads and, when started by mpirun, across MPI ranks, yet `each` sees
// them on the calling thread in input order, so that every output is the same
// byte for byte however the work was spread. Memory stays bounded by a window
// of documents in flight, not by the corpus (under MPI, by one round of
// documents from every rank).
#pragma once
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "relmap/diagnostic.h"
#include "relmap/edge.h"

namespace relmap {

// What one document gives.
struct DocumentResult {
  bool read = false;                  // false: it could not be read (see warnings)
  std::vector<Diagnostic> warnings;   // printed in input order
  std::size_t sentences = 0;
  std::vector<std::string> actor_ids;  // every actor the document names
  std::size_t mention_count = 0;
  std::vector<EdgeMention> mentions;  // empty unless PipelineOptions::keep_mentions
  std::string lines;                  // the mentions, formatted by PipelineOptions::format
};

enum class LineFormat { None, Jsonl, Tsv };

struct PipelineOptions {
  unsigned threads = 0;  // 0: one per core (one per rank under mpirun)
  LineFormat format = LineFormat::None;
  // False when the formatted lines are all the caller needs: fewer allocations
  // cross from the workers to the calling thread, where freeing them is slow.
  bool keep_mentions = true;
  ActorOptions actors;
  std::function<bool()> stop;  // checked between documents; true ends the loop early
};

// Extracts every input of `paths` (files, directories, -) and calls `each` per
// document in order. Returns kOk-style 0, or 1 when no document could be read.
// On an MPI rank other than the root it never returns: the rank sends its
// results to the root and exits.
int extract_documents(const std::vector<std::string>& paths, const Extractor& ex, const PipelineOptions& o,
                      const std::function<void(DocumentResult&)>& each);

// The worker count `threads` stands for (0: the default).
unsigned worker_count(unsigned threads);

// The exact bytes of a result and back, for sending it between MPI ranks.
void encode_result(std::size_t index, const DocumentResult& r, std::string* out);
bool decode_result(const std::string& in, std::size_t* pos, std::size_t* index, DocumentResult* r);

}  // namespace relmap
