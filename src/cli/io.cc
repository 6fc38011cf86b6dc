#include "cli/io.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace relmap {
namespace fs = std::filesystem;

namespace {
Diagnostic warning(const std::string& file, const std::string& msg) {
  Diagnostic d;
  d.severity = Severity::Warning;
  d.file = file;
  d.message = msg;
  return d;
}
}  // namespace

void InputWalker::enter(const std::string& dir, std::vector<Diagnostic>* warnings) {
  Directory d;
  d.path = dir;
  std::error_code ec;
  for (auto it = fs::directory_iterator(dir, fs::directory_options::skip_permission_denied, ec);
       !ec && it != fs::directory_iterator(); it.increment(ec)) {
    std::error_code type_ec;
    const bool is_dir = it->is_directory(type_ec) && !it->is_symlink(type_ec);
    const std::string name = it->path().filename().string();
    if (is_dir) {
      // Sorted as "name/", entries come in the order of the sorted full paths.
      d.entries.emplace_back(name + "/", true);
    } else if (it->is_regular_file(type_ec) && it->path().extension() == ".txt") {
      d.entries.emplace_back(name, false);
    }
  }
  if (ec) warnings->push_back(warning(walking_, "could not walk the whole directory: " + ec.message()));
  std::sort(d.entries.begin(), d.entries.end());
  open_.push_back(std::move(d));
}

bool InputWalker::next(InputFile* out, std::vector<Diagnostic>* warnings) {
  for (;;) {
    while (!open_.empty()) {
      Directory& d = open_.back();
      if (d.next == d.entries.size()) {
        open_.pop_back();
        continue;
      }
      const auto& [key, is_dir] = d.entries[d.next++];
      const std::string path = (fs::path(d.path) / (is_dir ? key.substr(0, key.size() - 1) : key)).string();
      if (is_dir) {
        enter(path, warnings);
        continue;
      }
      ++found_;
      *out = InputFile{path, path};
      return true;
    }
    if (!walking_.empty() && found_ == 0) warnings->push_back(warning(walking_, "directory holds no *.txt files"));
    walking_.clear();
    if (next_path_ == paths_.size()) return false;
    const std::string& p = paths_[next_path_++];
    if (p == "-") {
      *out = InputFile{"-", ""};
      return true;
    }
    std::error_code ec;
    const fs::file_status st = fs::status(p, ec);
    if (ec || !fs::exists(st)) {
      warnings->push_back(warning(p, "no such file or directory"));
      continue;
    }
    if (!fs::is_directory(st)) {
      *out = InputFile{p, p};
      return true;
    }
    walking_ = p;
    found_ = 0;
    enter(p, warnings);
  }
}

std::vector<InputFile> expand_inputs(const std::vector<std::string>& paths, std::vector<Diagnostic>* warnings) {
  std::vector<InputFile> out;
  InputWalker walker(paths);
  InputFile in;
  while (walker.next(&in, warnings)) out.push_back(in);
  return out;
}

bool read_input(const InputFile& in, std::string* bytes, std::vector<Diagnostic>* warnings) {
  std::ostringstream ss;
  if (in.path.empty()) {
    ss << std::cin.rdbuf();
    *bytes = ss.str();
    return true;
  }
  std::ifstream f(in.path, std::ios::binary);
  if (!f) {
    warnings->push_back(warning(in.name, std::string("cannot read: ") + std::strerror(errno)));
    return false;
  }
  ss << f.rdbuf();
  if (f.bad()) {
    warnings->push_back(warning(in.name, "read error"));
    return false;
  }
  *bytes = ss.str();
  return true;
}

namespace {
std::string temp_name(const fs::path& target) {
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  return (dir / ("." + target.filename().string() + ".tmp" + std::to_string(::getpid()))).string();
}
}  // namespace

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
  const fs::path target(path_);
  std::error_code ec;
  if (target.has_parent_path()) fs::create_directories(target.parent_path(), ec);
  temp_ = temp_name(target);
  out_.open(temp_, std::ios::binary | std::ios::trunc);
}

AtomicFile::~AtomicFile() {
  if (committed_) return;
  out_.close();
  std::error_code ec;
  fs::remove(temp_, ec);
}

bool AtomicFile::commit(std::string* error) {
  out_.flush();
  if (!out_) {
    *error = "cannot write " + path_ + ": " + std::strerror(errno);
    return false;
  }
  out_.close();
  std::error_code ec;
  fs::rename(temp_, path_, ec);
  if (ec) {
    *error = "cannot write " + path_ + ": " + ec.message();
    return false;
  }
  committed_ = true;
  return true;
}

bool write_file_atomic(const std::string& path, const std::string& content, std::string* error) {
  AtomicFile f(path);
  if (!f.ok()) {
    *error = "cannot write " + path + ": " + std::strerror(errno);
    return false;
  }
  f.stream() << content;
  return f.commit(error);
}

}  // namespace relmap
