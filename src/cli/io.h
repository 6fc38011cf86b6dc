// Reading the user's documents and writing outputs safely.
#pragma once
#include <fstream>
#include <string>
#include <vector>

#include "relmap/diagnostic.h"

namespace relmap {

// One input document: its name as the user gave it and its bytes.
struct InputFile {
  std::string name;
  std::string path;  // empty for standard input
};

// The inputs of PATHs one at a time: a file, a directory (every *.txt below
// it, in the order of their sorted paths) or "-". Missing paths and empty
// directories become warnings. Only the directories being walked are held,
// so a corpus of millions of files is never listed in memory.
class InputWalker {
 public:
  explicit InputWalker(std::vector<std::string> paths) : paths_(std::move(paths)) {}
  // The next input, after appending to `warnings` what was found on the way;
  // false when there is none left.
  bool next(InputFile* out, std::vector<Diagnostic>* warnings);

 private:
  struct Directory {
    std::vector<std::pair<std::string, bool>> entries;  // sort key, is a directory
    std::size_t next = 0;
    std::string path;
  };
  void enter(const std::string& dir, std::vector<Diagnostic>* warnings);

  std::vector<std::string> paths_;
  std::size_t next_path_ = 0;
  std::vector<Directory> open_;     // the directories being walked, outermost first
  std::string walking_;             // the PATH argument being walked
  std::size_t found_ = 0;           // files found under it
};

// Every input of PATHs at once (small input sets: --watch, explain, actors).
std::vector<InputFile> expand_inputs(const std::vector<std::string>& paths, std::vector<Diagnostic>* warnings);

// Reads one input; false with a warning when it cannot be read.
bool read_input(const InputFile& in, std::string* bytes, std::vector<Diagnostic>* warnings);

// Writes `content` to `path` through a temporary file renamed into place, so a
// failure never leaves a half-written file where a good one was.
bool write_file_atomic(const std::string& path, const std::string& content, std::string* error);

// A file written in pieces into a temporary beside `path`; commit() renames it
// into place. Destroyed without commit(), it removes the temporary.
class AtomicFile {
 public:
  explicit AtomicFile(std::string path);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  bool ok() const { return static_cast<bool>(out_); }
  std::ostream& stream() { return out_; }
  bool commit(std::string* error);

 private:
  std::string path_, temp_;
  std::ofstream out_;
  bool committed_ = false;
};

}  // namespace relmap
