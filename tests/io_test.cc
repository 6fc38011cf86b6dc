// Walking the inputs: the order of the sorted full paths, warnings on the way,
// without listing a whole corpus first.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "cli/io.h"

namespace relmap {
namespace {

namespace fs = std::filesystem;

TEST(InputWalker, GivesTheSortedPathsAndWarnsOnTheWay) {
  const fs::path root = fs::temp_directory_path() / ("relmap_walk_" + std::to_string(::getpid()));
  fs::remove_all(root);
  // "a/" sorts after "a-x/" and "a.txt" as whole paths; per-directory order must agree.
  for (const char* f : {"news/a/b.txt", "news/a-x/c.txt", "news/a.txt", "news/a/z/y.txt", "news/b/notes.md",
                        "news/B.txt", "news/a0.txt"}) {
    fs::create_directories((root / f).parent_path());
    std::ofstream(root / f) << "x";
  }
  fs::create_directories(root / "empty");
  const std::string news = (root / "news").string();
  std::vector<std::string> want;
  for (const auto& e : fs::recursive_directory_iterator(news))
    if (e.path().extension() == ".txt") want.push_back(e.path().string());
  std::sort(want.begin(), want.end());

  std::vector<Diagnostic> warnings;
  InputWalker walker({news, (root / "missing.txt").string(), (root / "empty").string(), "-"});
  std::vector<std::string> got;
  InputFile in;
  while (walker.next(&in, &warnings)) got.push_back(in.path.empty() ? "-" : in.path);
  want.push_back("-");
  EXPECT_EQ(got, want);
  ASSERT_EQ(warnings.size(), 2u);
  EXPECT_NE(warnings[0].message.find("no such file"), std::string::npos);
  EXPECT_NE(warnings[1].message.find("no *.txt"), std::string::npos);
  EXPECT_FALSE(walker.next(&in, &warnings));
  fs::remove_all(root);
}

}  // namespace
}  // namespace relmap
