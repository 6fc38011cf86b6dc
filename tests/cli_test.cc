// End to end: the built relmap binary run as a user runs it.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/wait.h>

#include <chrono>
#include <csignal>
#include <thread>

namespace {

namespace fs = std::filesystem;

struct Result {
  int status = -1;
  std::string out;
};

// Runs `args` through the shell with stdout captured and stderr written to `err`.
Result run_with(const std::string& args, const fs::path& err) {
  Result r;
  const std::string cmd = std::string(RELMAP_BINARY) + " " + args + " 2>" + err.string();
  FILE* p = popen(cmd.c_str(), "r");
  char buf[4096];
  std::size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  const int status = pclose(p);
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

class Cli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("relmap_cli_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "in");
    write("in/a.txt",
          "BEIJING, March 3, 2024 -- Chinese Foreign Minister Wang Yi met Pakistani Foreign Minister Ishaq Dar.\n\n"
          "China urged Pakistan to protect Chinese workers.\n");
  }
  void TearDown() override { fs::remove_all(dir_); }
  void write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name, std::ios::binary) << text;
  }
  std::string path(const std::string& name) { return (dir_ / name).string(); }
  // Tests run in parallel: each keeps its own stderr file.
  Result run(const std::string& args) { return run_with(args, dir_ / "stderr.txt"); }
  std::string stderr_text() {
    std::ifstream in(dir_ / "stderr.txt");
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }
  fs::path dir_;
};

TEST_F(Cli, ExtractPrintsTheJsonlContract) {
  const Result r = run("extract " + path("in/a.txt"));
  ASSERT_EQ(r.status, 0) << stderr_text();
  std::istringstream lines(r.out);
  std::string line;
  std::vector<nlohmann::json> records;
  while (std::getline(lines, line)) records.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(records.size(), 2u);
  const auto& met = records[0];
  EXPECT_EQ(met["doc"], path("in/a.txt"));
  EXPECT_EQ(met["sentence"], 0);
  EXPECT_EQ(met["relation"], "met");
  EXPECT_EQ(met["source"]["name"], "Wang Yi");
  EXPECT_EQ(met["source"]["type"], "person");
  EXPECT_EQ(met["source"]["country"], "China");
  EXPECT_EQ(met["target"]["name"], "Ishaq Dar");
  EXPECT_EQ(met["target"]["country"], "Pakistan");
  EXPECT_EQ(met["rule"], "met.meet");
  EXPECT_EQ(met["date"], "2024-03-03");
  const auto& urged = records[1];
  EXPECT_EQ(urged["relation"], "urged");
  EXPECT_EQ(urged["source"]["id"], "CHN");
  EXPECT_EQ(urged["target"]["id"], "PAK");
  // The evidence text is exactly the document's bytes at [start, end).
  std::ifstream in(path("in/a.txt"));
  std::string doc((std::istreambuf_iterator<char>(in)), {});
  EXPECT_EQ(doc.substr(urged["start"].get<std::size_t>(),
                       urged["end"].get<std::size_t>() - urged["start"].get<std::size_t>()),
            urged["text"].get<std::string>());
}

TEST_F(Cli, RunWritesAWellFormedMapThatNamesTheActors) {
  const Result r = run("run " + path("in") + " -o " + path("out"));
  ASSERT_EQ(r.status, 0) << stderr_text();
  EXPECT_NE(stderr_text().find("1 documents, 2 sentences"), std::string::npos) << stderr_text();
  for (const char* f : {"out/map.svg", "out/map.dot", "out/edges.jsonl"}) EXPECT_TRUE(fs::exists(path(f))) << f;
  EXPECT_EQ(std::system(("xmllint --noout " + path("out/map.svg")).c_str()), 0);
  std::ifstream svg(path("out/map.svg"));
  std::string text((std::istreambuf_iterator<char>(svg)), {});
  for (const char* name : {"Wang Yi", "Ishaq Dar", "China", "Pakistan", "Legend"})
    EXPECT_NE(text.find(name), std::string::npos) << name;
  // Same input, byte-identical outputs.
  const std::string first = text;
  ASSERT_EQ(run("run " + path("in") + " -o " + path("out")).status, 0);
  std::ifstream again(path("out/map.svg"));
  EXPECT_EQ(std::string((std::istreambuf_iterator<char>(again)), {}), first);
}

TEST_F(Cli, GraphRedrawsFilteredJsonl) {
  ASSERT_EQ(run("extract " + path("in") + " > " + path("edges.jsonl")).status, 0);
  const Result dot = run("graph " + path("edges.jsonl") + " --format dot --level state");
  ASSERT_EQ(dot.status, 0) << stderr_text();
  EXPECT_NE(dot.out.find("digraph relmap"), std::string::npos);
  EXPECT_NE(dot.out.find("CHN"), std::string::npos);
  EXPECT_EQ(dot.out.find("wang-yi"), std::string::npos);  // the person rolled up to China
}

TEST_F(Cli, BadRulesExitTwoAndTouchNoOutput) {
  write("bad.yaml", "version: 1\nrules:\n  - id: x\n    relation: nope\n    pattern: \"{source} met {target}\"\n");
  ASSERT_EQ(run("run " + path("in") + " -o " + path("out")).status, 0);
  const auto before = fs::last_write_time(path("out/map.svg"));
  const Result r = run("run " + path("in") + " -o " + path("out") + " --rules " + path("bad.yaml"));
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(stderr_text().find("bad.yaml:3:5: error: rule 'x' uses undefined relation 'nope'"), std::string::npos)
      << stderr_text();
  EXPECT_EQ(fs::last_write_time(path("out/map.svg")), before);
  EXPECT_EQ(run("rules check " + path("bad.yaml")).status, 2);
}

TEST_F(Cli, ExtraRulesAddToTheDefaults) {
  write("extra.yaml",
        "version: 1\nrelations:\n  - { id: warned, color: \"#ff0000\" }\nrules:\n"
        "  - { id: warned.x, relation: warned, pattern: \"{source} [caution] {target}\" }\n");
  write("in/b.txt", "India cautioned Pakistan.\n");
  const Result r = run("extract " + path("in/b.txt") + " --rules " + path("extra.yaml"));
  ASSERT_EQ(r.status, 0) << stderr_text();
  EXPECT_NE(r.out.find("\"relation\":\"warned\""), std::string::npos);
  const Result only = run("extract " + path("in/b.txt") + " --no-default-rules --rules " + path("extra.yaml"));
  EXPECT_EQ(only.out, "");  // no gazetteer without the defaults: no actors, no edges
}

TEST_F(Cli, MissingAndBinaryInputsWarnAndTheRestIsProcessed) {
  write("in/binary.txt", std::string("\x00\x01\xff\xfe garbage", 13));
  const Result r = run("extract " + path("in") + " " + path("nope.txt"));
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(stderr_text().find("nope.txt: warning: no such file or directory"), std::string::npos) << stderr_text();
  EXPECT_NE(stderr_text().find("binary.txt: warning:"), std::string::npos) << stderr_text();
  EXPECT_NE(r.out.find("\"urged\""), std::string::npos);
  EXPECT_EQ(run("extract " + path("nope.txt")).status, 1);
}

TEST_F(Cli, EvalScoresAGoldFileAndRefusesADocumentGivenForOne) {
  write("in/a.gold.tsv", "# source\trelation\ttarget\tevidence\n"
                         "China\turged\tPakistan\tChina urged Pakistan to protect Chinese workers\n"
                         "China\tmet\tPakistan\tWang Yi met Pakistani Foreign Minister Ishaq Dar\n");
  const Result ok = run("eval " + path("in/a.gold.tsv"));
  EXPECT_EQ(ok.status, 0) << stderr_text();
  EXPECT_NE(ok.out.find("overall"), std::string::npos) << ok.out;
  EXPECT_EQ(run("eval " + path("in/a.gold.tsv") + " --min-recall 1.01").status, 1);
  EXPECT_EQ(run("eval " + path("in/a.txt")).status, 2);
  EXPECT_NE(stderr_text().find("not a gold file"), std::string::npos) << stderr_text();
}

TEST_F(Cli, EvalComparesGoldEndsByTheActorTheyName) {
  // "Beijing" and "Islamabad" are China's and Pakistan's; "Wakanda" is no one's.
  write("in/a.gold.tsv", "# source\trelation\ttarget\tevidence\n"
                         "Beijing\turged\tIslamabad\tChina urged Pakistan to protect Chinese workers\n"
                         "Wakanda\tmet\tPakistan\tWang Yi met Pakistani Foreign Minister Ishaq Dar\n");
  const Result r = run("eval " + path("in/a.gold.tsv") + " --list");
  EXPECT_EQ(r.status, 0) << stderr_text();
  EXPECT_EQ(r.out.find("missed  China urged Pakistan"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("missed  Wakanda met Pakistan"), std::string::npos) << r.out;
  EXPECT_NE(stderr_text().find("no actor of the rules is named 'Wakanda'"), std::string::npos) << stderr_text();
}

TEST_F(Cli, HelpVersionAndBadArguments) {
  EXPECT_EQ(run("--version").status, 0);
  const Result help = run("run --help");
  EXPECT_EQ(help.status, 0);
  EXPECT_NE(help.out.find("Examples:"), std::string::npos);
  EXPECT_EQ(run("run").status, 2);
  EXPECT_EQ(run("run " + path("in") + " --level planet").status, 2);
}

TEST_F(Cli, RulesTestRunsTheExamples) {
  write("ex.yaml",
        "version: 1\nrules:\n  - id: u\n    relation: urged\n    pattern: \"{source} [nag] {target}\"\n"
        "    examples:\n      - { says: \"China nagged Pakistan.\", gives: [China urged Pakistan] }\n"
        "      - { says: \"China nagged India.\", gives: [China urged Pakistan] }\n");
  const Result r = run("rules test " + path("ex.yaml") + " --with-defaults");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("1 passed, 1 failed"), std::string::npos) << r.out;
  EXPECT_NE(stderr_text().find("ex.yaml:8: rule 'u' example fails"), std::string::npos) << stderr_text();
}

}  // namespace

namespace {

TEST_F(Cli, StatsAndExportsFromTextsAndJsonl) {
  const Result table = run("stats " + path("in") + " --level state");
  ASSERT_EQ(table.status, 0) << stderr_text();
  EXPECT_NE(table.out.find("China"), std::string::npos);
  EXPECT_NE(table.out.find("betweenness"), std::string::npos);
  ASSERT_EQ(run("extract " + path("in") + " > " + path("e.jsonl")).status, 0);
  const Result json = run("stats " + path("e.jsonl") + " --format json");
  ASSERT_EQ(json.status, 0);
  EXPECT_EQ(nlohmann::json::parse(json.out)["edges"], 2);
  const Result graphml = run("graph " + path("e.jsonl") + " --format graphml --relation urged");
  ASSERT_EQ(graphml.status, 0);
  EXPECT_NE(graphml.out.find("<graphml"), std::string::npos);
  EXPECT_EQ(graphml.out.find(">met<"), std::string::npos);
  EXPECT_EQ(run("graph " + path("e.jsonl") + " --format bmp").status, 2);
}

}  // namespace

namespace {

TEST_F(Cli, EveryMalformedRuleFileExitsTwoAndWritesNothing) {
  std::size_t tried = 0;
  for (const auto& e : fs::directory_iterator(fs::path(RELMAP_SOURCE_DIR) / "tests" / "bad_rules")) {
    if (e.path().filename().string()[0] == '_') continue;
    ++tried;
    const Result r = run("run " + path("in") + " -o " + path("never") + " --rules " + e.path().string());
    EXPECT_EQ(r.status, 2) << e.path();
    EXPECT_FALSE(fs::exists(path("never"))) << e.path();
    EXPECT_NE(stderr_text().find(e.path().filename().string()), std::string::npos) << stderr_text();
  }
  EXPECT_GE(tried, 40u);
}

}  // namespace

namespace {

TEST_F(Cli, DiffBetweenRunsAndBetweenRuleSets) {
  write("off.yaml", "version: 1\ndisable: [urged.call-on]\n");
  ASSERT_EQ(run("extract " + path("in") + " > " + path("old.jsonl")).status, 0);
  ASSERT_EQ(run("extract " + path("in") + " --rules " + path("off.yaml") + " > " + path("new.jsonl")).status, 0);
  const Result files = run("diff " + path("old.jsonl") + " " + path("new.jsonl"));
  ASSERT_EQ(files.status, 0) << stderr_text();
  EXPECT_NE(files.out.find("- China urged Pakistan"), std::string::npos) << files.out;
  EXPECT_NE(files.out.find("rule urged.call-on"), std::string::npos);
  EXPECT_NE(files.out.find("China urged Pakistan to protect Chinese workers."), std::string::npos);
  EXPECT_NE(stderr_text().find("0 gained, 1 lost, 1 unchanged"), std::string::npos) << stderr_text();
  const Result rules = run("diff --rules-old " + path("off.yaml") + " " + path("in") + " --format jsonl");
  ASSERT_EQ(rules.status, 0) << stderr_text();
  const nlohmann::json line = nlohmann::json::parse(rules.out.substr(0, rules.out.find('\n')));
  EXPECT_EQ(line["change"], "gained");
  EXPECT_EQ(line["edge"]["rule"], "urged.call-on");
  EXPECT_EQ(run("diff " + path("old.jsonl")).status, 2);
}

TEST_F(Cli, ExplainSaysWhyAndAsJson) {
  const Result text = run("explain --text \"China never urged Pakistan to act.\"");
  ASSERT_EQ(text.status, 0);
  EXPECT_NE(text.out.find("BLOCKED by negation: never"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("urged.call-on"), std::string::npos);
  const Result json = run("explain " + path("in/a.txt") + " --sentence 1 --format json");
  ASSERT_EQ(json.status, 0);
  const nlohmann::json j = nlohmann::json::parse(json.out);
  EXPECT_EQ(j["sentence"], 1);
  EXPECT_EQ(j["edges"][0]["relation"], "urged");
  EXPECT_EQ(j["actors"][0]["actors"][0], "CHN");
  bool matched = false;
  for (const auto& r : j["rules"]) matched = matched || (r["rule"] == "urged.call-on" && r["matched"] == true);
  EXPECT_TRUE(matched);
}

// Waits up to fifteen seconds for `done` (sanitizer builds are slow).
template <typename F>
bool eventually(F done) {
  for (int i = 0; i < 150; ++i) {
    if (done()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return false;
}

std::size_t lines_in(const std::string& file) {
  std::ifstream in(file);
  std::size_t n = 0;
  std::string line;
  while (std::getline(in, line)) ++n;
  return n;
}

TEST_F(Cli, WatchRerunsOnChangesAndKeepsGoodOutputsOnBrokenRules) {
  write("mine.yaml", "version: 1\n");
  const std::string pid_file = path("pid");
  ASSERT_EQ(std::system((std::string(RELMAP_BINARY) + " run " + path("in") + " -o " + path("out") + " --rules " +
                         path("mine.yaml") + " --watch 2>" + path("watch.log") + " & echo $! > " + pid_file)
                            .c_str()),
            0);
  // The watcher must not outlive the test, whatever fails.
  struct Stopper {
    std::string pid_file;
    ~Stopper() {
      std::ifstream in(pid_file);
      int pid = 0;
      if (in >> pid && pid > 0) ::kill(pid, SIGKILL);
    }
  } stopper{pid_file};
  ASSERT_TRUE(eventually([&] { return lines_in(path("out/edges.jsonl")) == 2; }));
  write("mine.yaml", "version: 1\ndisable: [urged.call-on]\n");
  EXPECT_TRUE(eventually([&] { return lines_in(path("out/edges.jsonl")) == 1; }));
  write("mine.yaml", "version: 1\ndisable: [urged.cal-on]\n");  // broken
  EXPECT_TRUE(eventually([&] {
    std::ifstream log(path("watch.log"));
    std::string text((std::istreambuf_iterator<char>(log)), {});
    return text.find("mine.yaml:2:11: error: disable names unknown rule 'urged.cal-on'") != std::string::npos;
  }));
  EXPECT_EQ(lines_in(path("out/edges.jsonl")), 1u);  // the last good outputs stay
  write("in/b.txt", "India urged Nepal to act.\n");
  write("mine.yaml", "version: 1\n");
  EXPECT_TRUE(eventually([&] { return lines_in(path("out/edges.jsonl")) == 3; }));
  std::ifstream pid_in(pid_file);
  int pid = 0;
  pid_in >> pid;
  ASSERT_GT(pid, 0);
  ::kill(pid, SIGINT);
}

}  // namespace

std::string file_text(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Worker threads finish documents in any order; the outputs must not show it.
TEST_F(Cli, ThreadCountNeverChangesTheOutput) {
  const std::string corpus = std::string(RELMAP_SOURCE_DIR) + "/tests/gold";
  const Result one = run("extract --threads 1 " + corpus);
  ASSERT_EQ(one.status, 0) << stderr_text();
  EXPECT_GT(std::count(one.out.begin(), one.out.end(), '\n'), 100);
  for (const char* threads : {"2", "3", "7"}) {
    const Result many = run(std::string("extract --threads ") + threads + " " + corpus);
    ASSERT_EQ(many.status, 0);
    EXPECT_EQ(many.out, one.out) << threads << " threads";
  }
  ASSERT_EQ(run("run --threads 1 " + corpus + " -o " + path("one")).status, 0);
  ASSERT_EQ(run("run --threads 3 " + corpus + " -o " + path("three")).status, 0);
  for (const char* f : {"edges.jsonl", "map.dot", "map.svg"})
    EXPECT_EQ(file_text(dir_ / "one" / f), file_text(dir_ / "three" / f)) << f;
  // A missing file among many is still a warning, reported once, in order.
  const Result missing = run("extract --threads 2 " + path("in/a.txt") + " " + path("nope.txt") + " " + path("in/a.txt"));
  EXPECT_EQ(missing.status, 0);
  EXPECT_NE(stderr_text().find("nope.txt"), std::string::npos);
  EXPECT_EQ(run("extract --threads 2 " + path("nope.txt")).status, 1);
  EXPECT_EQ(run("extract --threads -1 " + path("in/a.txt")).status, 2);
}
