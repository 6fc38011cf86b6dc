#include "cli/pipeline.h"


#include <condition_variable>
#include <cstdlib>
#include <iostream>
#include <map>
#include <mutex>
#include <thread>


#include "cli/common.h"
#include "cli/io.h"
#include "cli/mpi.h"
#include "extract/jsonl.h"
#include "text/text.h"

namespace relmap {
namespace {

// One input as the walker gave it, with the warnings met on the way to it
// (a missing path, an empty directory); the last item may carry only those.
struct Item {
  InputFile file;
  bool has_file = false;
  std::vector<Diagnostic> found;
};
using ItemSource = std::function<bool(Item*)>;

DocumentResult extract_one(Item& item, const Extractor& ex, const PipelineOptions& o) {
  DocumentResult r;
  r.warnings = std::move(item.found);
  if (!item.has_file) return r;
  std::string bytes;
  if (!read_input(item.file, &bytes, &r.warnings)) return r;
  r.read = true;
  const Document doc = make_document(item.file.name, std::move(bytes), &r.warnings);
  DocumentAnalysis a = ex.analyse(doc, o.actors, false);
  r.sentences = doc.sentences.size();
  for (const auto& [id, actor] : a.actors.actors) r.actor_ids.push_back(id);
  r.mention_count = a.edges.size();
  if (o.format != LineFormat::None)
    for (const EdgeMention& e : a.edges) {
      r.lines += o.format == LineFormat::Jsonl ? to_json_line(e) : to_tsv_line(e);
      r.lines += '\n';
    }
  if (o.keep_mentions) r.mentions = std::move(a.edges);
  return r;
}

// The walker's inputs as items; warnings left after the last file make one more item.
ItemSource walk(const std::vector<std::string>& paths) {
  auto walker = std::make_shared<InputWalker>(paths);
  auto finished = std::make_shared<bool>(false);
  return [walker, finished](Item* item) {
    if (*finished) return false;
    *item = Item{};
    item->has_file = walker->next(&item->file, &item->found);
    if (!item->has_file) *finished = true;
    return item->has_file || !item->found.empty();
  };
}

// Runs `work` on each item of `source` with `threads` workers and hands the
// results to `consume` on this thread, in the order of `source`. Workers take
// items in batches, so that threads meet once per batch, not once per (often
// small) document, and stay at most a window of batches ahead of `consume`,
// which bounds memory.
void ordered_parallel(const ItemSource& source, unsigned threads,
                      const std::function<DocumentResult(Item&)>& work, const std::function<bool()>& stop,
                      const std::function<void(DocumentResult&)>& consume) {
  Item item;
  if (threads <= 1) {
    while (!(stop && stop()) && source(&item)) {
      DocumentResult r = work(item);
      consume(r);
    }
    return;
  }
  constexpr std::size_t kBatch = 16;
  const std::size_t window = 4 * static_cast<std::size_t>(threads);
  std::mutex mu;
  std::condition_variable ready, room;
  std::map<std::size_t, std::vector<DocumentResult>> done;  // by batch
  std::size_t next = 0, consumed = 0, batches = 0;
  bool exhausted = false, halt = false;
  auto worker = [&] {
    for (;;) {
      std::vector<Item> items;
      std::size_t b;
      {
        std::unique_lock<std::mutex> lock(mu);
        room.wait(lock, [&] { return halt || exhausted || next < consumed + window; });
        if (halt || exhausted) return;
        while (items.size() < kBatch && source(&item)) items.push_back(std::move(item));
        if (items.empty()) {
          exhausted = true;
          batches = next;
          ready.notify_all();
          room.notify_all();
          return;
        }
        b = next++;
      }
      std::vector<DocumentResult> results;
      for (Item& it : items) {
        if (stop && stop()) break;
        results.push_back(work(it));
      }
      {
        std::lock_guard<std::mutex> lock(mu);
        done.emplace(b, std::move(results));
      }
      ready.notify_all();
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads; ++t) pool.emplace_back(worker);
  for (std::size_t b = 0;; ++b) {
    std::vector<DocumentResult> results;
    {
      std::unique_lock<std::mutex> lock(mu);
      ready.wait(lock, [&] { return done.count(b) > 0 || (exhausted && b >= batches); });
      if (!done.count(b)) break;
      results = std::move(done[b]);
      done.erase(b);
      consumed = b + 1;
    }
    room.notify_all();
    bool stopped = false;
    for (DocumentResult& r : results) {
      if (stop && stop()) {
        stopped = true;
        break;
      }
      consume(r);
    }
    if (stopped || (stop && stop())) break;
  }
  {
    std::lock_guard<std::mutex> lock(mu);
    halt = true;
  }
  room.notify_all();
  for (std::thread& t : pool) t.join();
}

// --- the bytes sent between ranks: length-prefixed fields ---------------------

void put_number(std::size_t n, std::string* out) {
  out->append(std::to_string(n));
  out->push_back(':');
}
void put(const std::string& s, std::string* out) {
  put_number(s.size(), out);
  out->append(s);
}
bool get_number(const std::string& in, std::size_t* pos, std::size_t* n) {
  const std::size_t colon = in.find(':', *pos);
  if (colon == std::string::npos || colon == *pos || colon - *pos > 19) return false;
  char* end = nullptr;
  *n = std::strtoull(in.c_str() + *pos, &end, 10);
  if (end != in.c_str() + colon) return false;
  *pos = colon + 1;
  return true;
}
bool get(const std::string& in, std::size_t* pos, std::string* s) {
  std::size_t n = 0;
  if (!get_number(in, pos, &n) || n > in.size() - *pos) return false;
  s->assign(in, *pos, n);
  *pos += n;
  return true;
}

void put_actor(const ActorRef& a, std::string* out) {
  for (const std::string* f : {&a.id, &a.name, &a.type, &a.country, &a.country_id}) put(*f, out);
}
bool get_actor(const std::string& in, std::size_t* pos, ActorRef* a) {
  for (std::string* f : {&a->id, &a->name, &a->type, &a->country, &a->country_id})
    if (!get(in, pos, f)) return false;
  return true;
}

}  // namespace

void encode_result(std::size_t index, const DocumentResult& r, std::string* out) {
  put_number(index, out);
  put_number(r.read ? 1 : 0, out);
  put_number(r.warnings.size(), out);
  for (const Diagnostic& d : r.warnings) {
    put_number(d.severity == Severity::Error ? 0 : 1, out);
    put_number(static_cast<std::size_t>(d.line), out);
    put_number(static_cast<std::size_t>(d.column), out);
    for (const std::string* f : {&d.file, &d.message, &d.hint, &d.source_line}) put(*f, out);
  }
  put_number(r.sentences, out);
  put_number(r.mention_count, out);
  put_number(r.actor_ids.size(), out);
  for (const std::string& id : r.actor_ids) put(id, out);
  put_number(r.mentions.size(), out);
  for (const EdgeMention& e : r.mentions) {
    put(e.doc, out);
    put_number(e.sentence, out);
    put_number(e.start, out);
    put_number(e.end, out);
    put(e.text, out);
    put_actor(e.source, out);
    put(e.relation, out);
    put_actor(e.target, out);
    for (const std::string* f : {&e.rule, &e.date, &e.speaker}) put(*f, out);
  }
  put(r.lines, out);
}

bool decode_result(const std::string& in, std::size_t* pos, std::size_t* index, DocumentResult* r) {
  *r = DocumentResult{};
  std::size_t n = 0, count = 0;
  if (!get_number(in, pos, index) || !get_number(in, pos, &n)) return false;
  r->read = n != 0;
  if (!get_number(in, pos, &count)) return false;
  for (std::size_t i = 0; i < count; ++i) {
    Diagnostic d;
    std::size_t severity = 0, line = 0, column = 0;
    if (!get_number(in, pos, &severity) || !get_number(in, pos, &line) || !get_number(in, pos, &column)) return false;
    d.severity = severity == 0 ? Severity::Error : Severity::Warning;
    d.line = static_cast<int>(line);
    d.column = static_cast<int>(column);
    for (std::string* f : {&d.file, &d.message, &d.hint, &d.source_line})
      if (!get(in, pos, f)) return false;
    r->warnings.push_back(std::move(d));
  }
  if (!get_number(in, pos, &r->sentences) || !get_number(in, pos, &r->mention_count) ||
      !get_number(in, pos, &count))
    return false;
  r->actor_ids.resize(count);
  for (std::string& id : r->actor_ids)
    if (!get(in, pos, &id)) return false;
  if (!get_number(in, pos, &count)) return false;
  r->mentions.resize(count);
  for (EdgeMention& e : r->mentions) {
    if (!get(in, pos, &e.doc) || !get_number(in, pos, &e.sentence) || !get_number(in, pos, &e.start) ||
        !get_number(in, pos, &e.end) || !get(in, pos, &e.text) || !get_actor(in, pos, &e.source) ||
        !get(in, pos, &e.relation) || !get_actor(in, pos, &e.target))
      return false;
    for (std::string* f : {&e.rule, &e.date, &e.speaker})
      if (!get(in, pos, f)) return false;
  }
  return get(in, pos, &r->lines);
}

unsigned worker_count(unsigned threads) {
  if (threads > 0) return threads;
  if (mpi::size() > 1) return 1;
  const unsigned cores = std::thread::hardware_concurrency();
  return cores > 0 ? cores : 1;
}

// Under MPI, how many documents each rank extracts between two meetings at the
// root: enough to keep the ranks busy, few enough to bound the root's memory.
constexpr std::size_t kDocumentsPerRankAndRound = 512;

int extract_documents(const std::vector<std::string>& paths, const Extractor& ex, const PipelineOptions& o,
                      const std::function<void(DocumentResult&)>& each) {
  const int rank = mpi::rank(), ranks = mpi::size();
  const unsigned threads = worker_count(o.threads);
  auto work = [&](Item& item) { return extract_one(item, ex, o); };
  std::size_t read = 0;
  auto take = [&](DocumentResult& r) {
    print_diagnostics(r.warnings);
    if (!r.read) return;
    ++read;
    each(r);
  };

  if (ranks > 1) {
    // Rounds of documents: in each, every rank extracts its share (standard
    // input and the walker's warnings stay with the root, which alone reads
    // standard input), the shares meet at the root and are consumed in input
    // order. The root holds one round, not the corpus. Every rank walks the
    // same inputs in the same order, so all agree on the rounds.
    const ItemSource source = walk(paths);
    const std::size_t per_round = kDocumentsPerRankAndRound * static_cast<std::size_t>(ranks);
    std::size_t index = 0;
    for (;;) {
      std::vector<std::pair<std::size_t, Item>> mine;
      std::size_t in_round = 0;
      Item item;
      while (in_round < per_round && source(&item)) {
        const bool root_only = !item.has_file || item.file.path.empty();
        const int owner = root_only ? 0 : static_cast<int>(index % static_cast<std::size_t>(ranks));
        if (owner == rank) mine.emplace_back(index, std::move(item));
        ++index;
        ++in_round;
      }
      if (in_round == 0) break;
      std::size_t k = 0, consumed = 0;
      std::string wire;
      ordered_parallel(
          [&](Item* out) {
            if (k == mine.size()) return false;
            *out = std::move(mine[k++].second);
            return true;
          },
          threads, work, nullptr,
          [&](DocumentResult& r) { encode_result(mine[consumed++].first, r, &wire); });
      const std::vector<std::string> shares = mpi::gather_at_root(wire);
      if (rank != 0) continue;
      std::map<std::size_t, DocumentResult> merged;
      for (const std::string& share : shares) {
        std::size_t pos = 0, at = 0;
        DocumentResult r;
        while (pos < share.size()) {
          if (!decode_result(share, &pos, &at, &r)) {
            std::cerr << "relmap: a rank sent results that cannot be read\n";
            return kFailure;
          }
          merged.emplace(at, std::move(r));
        }
      }
      for (auto& [at, r] : merged) take(r);
    }
    if (rank != 0) mpi::finish_worker();
  } else {
    ProgressLine progress(paths);
    ordered_parallel(walk(paths), threads, work, o.stop, [&](DocumentResult& r) {
      take(r);
      progress.tick();
    });
  }
  return documents_read(read);
}

}  // namespace relmap
