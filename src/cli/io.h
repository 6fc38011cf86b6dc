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

// Expands PATHs: a file, a directory (every *.txt below it, sorted) or "-".
// Missing paths become warnings.
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
