// Each stage of relmap timed alone with Google Benchmark, on the texts of the
// repository's gold sets; throughput is in bytes of text per second.
//
//   build/bench/relmap_bench                       every stage
//   build/bench/relmap_bench --benchmark_filter=Rules   the rule-count comparison
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "actors/actors.h"
#include "extract/extractor.h"
#include "extract/jsonl.h"
#include "relmap/graph.h"
#include "render/map.h"
#include "rules/embedded.h"
#include "rules/loader.h"
#include "text/text.h"

namespace relmap {
namespace {

struct Corpus {
  std::vector<std::pair<std::string, std::string>> texts;  // name, bytes
  std::size_t bytes = 0;
};

const Corpus& corpus() {
  static const Corpus c = [] {
    Corpus out;
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::recursive_directory_iterator(RELMAP_SOURCE_DIR "/tests/gold"))
      if (e.path().extension() == ".txt") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      std::ifstream in(f, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      out.bytes += ss.str().size();
      out.texts.emplace_back(f.filename().string(), ss.str());
    }
    return out;
  }();
  return c;
}

std::vector<Document> documents() {
  std::vector<Document> docs;
  for (const auto& [name, text] : corpus().texts) docs.push_back(make_document(name, text, nullptr));
  return docs;
}

RuleSet default_rule_set() {
  RuleSet set;
  std::vector<Diagnostic> diags;
  if (!load_rule_files({kDefaultRules}, default_reader(), &set, &diags)) std::abort();
  return set;
}

// The default rules plus `copies` times as many that never apply: the same
// shapes as real rules, anchored on words no text has.
const Extractor& extractor(int copies) {
  static std::map<int, std::unique_ptr<Extractor>> cache;
  auto& ex = cache[copies];
  if (ex) return *ex;
  RuleSet set = default_rule_set();
  const std::size_t real = set.rules.size();
  for (int c = 0; c < copies; ++c)
    for (std::size_t r = 0; r < real; ++r) {
      RuleDef rule = set.rules[r];
      rule.id += "-never-" + std::to_string(c);
      rule.examples.clear();
      rule.unless.clear();
      rule.voice_source = false;
      const std::string verb = "zq" + std::to_string(c) + "x" + std::to_string(r);
      const std::vector<std::string> shapes = {"{source} [" + verb + "] {target}",
                                               "{source} [" + verb + "] (with|to) {target}",
                                               "{source} ... [" + verb + "] ... {target}"};
      rule.patterns = {shapes[r % shapes.size()]};
      rule.pattern_where = {rule.where};
      rule.pattern_quoted = {false};
      set.rules.push_back(std::move(rule));
    }
  ex = std::make_unique<Extractor>();
  std::vector<Diagnostic> diags;
  if (!ex->build(std::move(set), &diags)) std::abort();
  return *ex;
}

void BM_Tokenize(benchmark::State& state) {
  for (auto _ : state)
    for (const auto& [name, text] : corpus().texts) benchmark::DoNotOptimize(make_document(name, text, nullptr));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * corpus().bytes));
}
BENCHMARK(BM_Tokenize);

void BM_FindActors(benchmark::State& state) {
  const Extractor& ex = extractor(0);
  const std::vector<Document> docs = documents();
  for (auto _ : state)
    for (const Document& d : docs) benchmark::DoNotOptimize(find_actors(d, ex.gazetteer(), ActorOptions{}));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * corpus().bytes));
}
BENCHMARK(BM_FindActors);

void BM_MatchRules(benchmark::State& state) {
  const Extractor& ex = extractor(0);
  const std::vector<Document> docs = documents();
  std::vector<DocumentActors> actors;
  for (const Document& d : docs) actors.push_back(find_actors(d, ex.gazetteer(), ActorOptions{}));
  for (auto _ : state)
    for (std::size_t i = 0; i < docs.size(); ++i)
      for (std::size_t s = 0; s < docs[i].sentences.size(); ++s)
        benchmark::DoNotOptimize(ex.matcher().match(docs[i].sentences[s], actors[i].mentions[s], actors[i].actors));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * corpus().bytes));
}
BENCHMARK(BM_MatchRules);

// The whole extraction, text to edge mentions, with 1x and 10x the rules (the
// extra ones never apply): the index by anchor word keeps the second close to the first.
void BM_Rules(benchmark::State& state) {
  const Extractor& ex = extractor(static_cast<int>(state.range(0)) - 1);
  const std::vector<Document> docs = documents();
  for (auto _ : state)
    for (const Document& d : docs) benchmark::DoNotOptimize(ex.extract(d, ActorOptions{}));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * corpus().bytes));
  state.counters["rules"] = static_cast<double>(ex.rules().rules.size());
}
BENCHMARK(BM_Rules)->Arg(1)->Arg(10);

void BM_JsonLines(benchmark::State& state) {
  std::vector<EdgeMention> mentions;
  for (const Document& d : documents())
    for (EdgeMention& e : extractor(0).extract(d, ActorOptions{})) mentions.push_back(std::move(e));
  for (auto _ : state)
    for (const EdgeMention& e : mentions) benchmark::DoNotOptimize(to_json_line(e));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * mentions.size()));
}
BENCHMARK(BM_JsonLines);

// A map of 1,000 actors and 4,000 edges laid out and drawn as SVG with
// --engine auto (the target: under 5 s).
void BM_Layout1000Actors(benchmark::State& state) {
  const RuleSet rules = default_rule_set();
  GraphBuilder builder(rules.relations, GraphOptions{});
  const char* relations[] = {"met", "urged", "supported", "pledged"};
  std::uint32_t seed = 12345;
  auto next = [&seed] { return (seed = seed * 1664525u + 1013904223u) >> 8; };
  for (int i = 0; i < 4000; ++i) {
    EdgeMention e;
    const int a = static_cast<int>(next() % 1000), b = static_cast<int>(next() % 1000);
    if (a == b) continue;
    e.doc = "d" + std::to_string(i % 50);
    e.sentence = static_cast<std::size_t>(i);
    e.text = "Actor " + std::to_string(a) + " and actor " + std::to_string(b) + ".";
    e.source = {"a" + std::to_string(a), "Actor " + std::to_string(a), "state", "", ""};
    e.target = {"a" + std::to_string(b), "Actor " + std::to_string(b), "state", "", ""};
    e.relation = relations[i % 4];
    e.rule = "bench";
    builder.add(e);
  }
  const RelationMap map = builder.finish();
  RenderOptions options;
  for (auto _ : state) {
    std::string svg, error;
    if (!render_map(map, rules.relations, options, "svg", &svg, &error)) state.SkipWithError(error.c_str());
    benchmark::DoNotOptimize(svg);
  }
  state.counters["actors"] = static_cast<double>(boost::num_vertices(map.graph));
  state.counters["edges"] = static_cast<double>(boost::num_edges(map.graph));
}
BENCHMARK(BM_Layout1000Actors)->Unit(benchmark::kMillisecond)->Iterations(2);

}  // namespace
}  // namespace relmap

BENCHMARK_MAIN();
