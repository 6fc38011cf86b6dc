// The bytes MPI ranks exchange: a document's result must come back exactly.
#include <gtest/gtest.h>

#include "cli/pipeline.h"

namespace relmap {
namespace {

DocumentResult sample() {
  DocumentResult r;
  r.read = true;
  Diagnostic d;
  d.severity = Severity::Warning;
  d.file = "a:b.txt";
  d.line = 3;
  d.column = 7;
  d.message = "12 bytes of invalid UTF-8\n were read";
  r.warnings.push_back(d);
  r.sentences = 42;
  r.mention_count = 2;
  r.actor_ids = {"CHN", "", "PAK/military"};
  EdgeMention e;
  e.doc = "news/a.txt";
  e.sentence = 5;
  e.start = 100;
  e.end = 180;
  e.text = std::string("China: urged \xff\xfe Pakistan 10:2\n", 31);
  e.source = {"CHN", "China", "state", "China", "CHN"};
  e.target = {"PAK", "Pakistan", "state", "", ""};
  e.relation = "urged";
  e.rule = "urged.call-on";
  e.speaker = "wang-yi";
  r.mentions = {e, e};
  r.mentions[1].date = "2024-03-03";
  r.lines = "{\"doc\":\"x\"}\n";
  return r;
}

TEST(Pipeline, ResultsSurviveTheWireExactly) {
  std::string wire;
  encode_result(9, sample(), &wire);
  encode_result(0, DocumentResult{}, &wire);
  std::size_t pos = 0, index = 99;
  DocumentResult back;
  ASSERT_TRUE(decode_result(wire, &pos, &index, &back));
  EXPECT_EQ(index, 9u);
  const DocumentResult want = sample();
  EXPECT_TRUE(back.read);
  ASSERT_EQ(back.warnings.size(), 1u);
  EXPECT_EQ(back.warnings[0].file, want.warnings[0].file);
  EXPECT_EQ(back.warnings[0].message, want.warnings[0].message);
  EXPECT_EQ(back.warnings[0].line, 3);
  EXPECT_EQ(back.warnings[0].column, 7);
  EXPECT_EQ(back.warnings[0].severity, Severity::Warning);
  EXPECT_EQ(back.sentences, 42u);
  EXPECT_EQ(back.mention_count, 2u);
  EXPECT_EQ(back.actor_ids, want.actor_ids);
  ASSERT_EQ(back.mentions.size(), 2u);
  const EdgeMention& e = back.mentions[0];
  EXPECT_EQ(e.text, want.mentions[0].text);
  EXPECT_EQ(e.start, 100u);
  EXPECT_EQ(e.end, 180u);
  EXPECT_EQ(e.source.country_id, "CHN");
  EXPECT_EQ(e.target.name, "Pakistan");
  EXPECT_EQ(e.speaker, "wang-yi");
  EXPECT_EQ(back.mentions[1].date, "2024-03-03");
  EXPECT_EQ(back.lines, want.lines);
  ASSERT_TRUE(decode_result(wire, &pos, &index, &back));
  EXPECT_EQ(index, 0u);
  EXPECT_FALSE(back.read);
  EXPECT_TRUE(back.mentions.empty());
  EXPECT_EQ(pos, wire.size());
}

TEST(Pipeline, TruncatedOrGarbledBytesAreRejected) {
  std::string wire;
  encode_result(1, sample(), &wire);
  for (std::size_t cut : {std::size_t{0}, std::size_t{3}, wire.size() / 2, wire.size() - 1}) {
    std::size_t pos = 0, index = 0;
    DocumentResult r;
    EXPECT_FALSE(decode_result(wire.substr(0, cut), &pos, &index, &r)) << cut;
  }
  std::size_t pos = 0, index = 0;
  DocumentResult r;
  EXPECT_FALSE(decode_result("1:1:0:x:", &pos, &index, &r));
  pos = 0;
  EXPECT_FALSE(decode_result("99999999999999999999999:", &pos, &index, &r));
}

TEST(Pipeline, WorkerCountDefaultsToTheCores) {
  EXPECT_EQ(worker_count(3), 3u);
  EXPECT_GE(worker_count(0), 1u);
}

}  // namespace
}  // namespace relmap
