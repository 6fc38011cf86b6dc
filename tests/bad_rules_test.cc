// Every malformed rule file in tests/bad_rules/ must be refused with the exact
// position and message its first line announces:
//   # expect: LINE:COLUMN: message          (in the file itself)
//   # expect: FILE:LINE:COLUMN: message     (in a file it includes)
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>

#include "rules/loader.h"
#include "rules/matcher.h"

namespace relmap {
namespace {

namespace fs = std::filesystem;

struct Expectation {
  std::string file;
  int line = 0, column = 0;
  std::string message;
};

std::vector<fs::path> corpus() {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(fs::path(RELMAP_SOURCE_DIR) / "tests" / "bad_rules"))
    if (e.path().extension() == ".yaml" && e.path().filename().string()[0] != '_') out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

Expectation expectation_of(const fs::path& p) {
  std::ifstream in(p);
  std::string first;
  std::getline(in, first);
  static const std::regex re(R"(# expect: (?:([^:]+):)?(\d+):(\d+): (.*))");
  std::smatch m;
  EXPECT_TRUE(std::regex_match(first, m, re)) << p << ": first line must be '# expect: LINE:COLUMN: message'";
  Expectation e;
  e.file = m[1].matched ? (p.parent_path() / m[1].str()).string() : p.string();
  e.line = std::stoi(m[2]);
  e.column = std::stoi(m[3]);
  e.message = m[4];
  return e;
}

TEST(BadRules, CorpusHasAtLeastFortyFiles) { EXPECT_GE(corpus().size(), 40u); }

TEST(BadRules, EachIsRefusedWithItsPositionAndMessage) {
  for (const fs::path& p : corpus()) {
    SCOPED_TRACE(p.filename().string());
    const Expectation want = expectation_of(p);
    RuleSet rules;
    std::vector<Diagnostic> diags;
    bool ok = load_rule_files({p.string()}, disk_reader(), &rules, &diags);
    if (ok) {
      Matcher m;
      ok = m.build(rules, &diags);
    }
    ASSERT_FALSE(ok);
    ASSERT_FALSE(diags.empty());
    const Diagnostic& got = diags.front();
    EXPECT_EQ(fs::path(got.file).lexically_normal(), fs::path(want.file).lexically_normal());
    EXPECT_EQ(got.line, want.line) << format_diagnostic(got);
    EXPECT_EQ(got.column, want.column) << format_diagnostic(got);
    EXPECT_NE(got.message.find(want.message), std::string::npos) << format_diagnostic(got);
  }
}

TEST(BadRules, AHugeFileReportsTheRightLine) {
  const fs::path p = fs::temp_directory_path() / ("relmap_huge_" + std::to_string(::getpid()) + ".yaml");
  {
    std::ofstream out(p);
    out << "version: 1\nrelations:\n  - { id: met }\nrules:\n";
    for (int i = 0; i < 20000; ++i) out << "  - { id: r" << i << ", relation: met, pattern: \"{source} met" << i << " {target}\" }\n";
    out << "  - { id: bad, relation: nope, pattern: \"{source} met {target}\" }\n";
  }
  RuleSet rules;
  std::vector<Diagnostic> diags;
  EXPECT_FALSE(load_rule_files({p.string()}, disk_reader(), &rules, &diags));
  ASSERT_FALSE(diags.empty());
  EXPECT_EQ(diags.front().line, 20005);
  EXPECT_NE(diags.front().message.find("undefined relation 'nope'"), std::string::npos);
  fs::remove(p);
}

}  // namespace
}  // namespace relmap
