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

std::vector<InputFile> expand_inputs(const std::vector<std::string>& paths, std::vector<Diagnostic>* warnings) {
  std::vector<InputFile> out;
  for (const std::string& p : paths) {
    if (p == "-") {
      out.push_back({"-", ""});
      continue;
    }
    std::error_code ec;
    const fs::file_status st = fs::status(p, ec);
    if (ec || !fs::exists(st)) {
      warnings->push_back(warning(p, "no such file or directory"));
      continue;
    }
    if (fs::is_directory(st)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec) && it->path().extension() == ".txt") found.push_back(it->path().string());
      }
      if (ec) warnings->push_back(warning(p, "could not walk the whole directory: " + ec.message()));
      std::sort(found.begin(), found.end());
      if (found.empty()) warnings->push_back(warning(p, "directory holds no *.txt files"));
      for (const std::string& f : found) out.push_back({f, f});
      continue;
    }
    out.push_back({p, p});
  }
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
