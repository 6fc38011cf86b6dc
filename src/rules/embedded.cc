#include "rules/embedded.h"

namespace relmap {

FileReader default_reader() {
  FileReader disk = disk_reader();
  return [disk](const std::string& path, std::string* content) {
    if (path.rfind("builtin:", 0) != 0) return disk(path, content);
    for (const EmbeddedFile& f : embedded_rule_files())
      if (path == f.path) {
        content->assign(f.content);
        return true;
      }
    return false;
  };
}

}  // namespace relmap
