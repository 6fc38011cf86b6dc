// Finds the date a document states in its first lines.
#include <cstdio>
#include <regex>

#include "text/text.h"

namespace relmap {
namespace {

int month_number(const std::string& name) {
  static const char* kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                  "jul", "aug", "sep", "oct", "nov", "dec"};
  const std::string lower = fold_case(name.substr(0, 3));
  for (int m = 0; m < 12; ++m)
    if (lower == kMonths[m]) return m + 1;
  return 0;
}

std::string ymd(int y, int m, int d) {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

// Every form below has a four-digit year: most lines have none and need no regex.
bool has_year(const std::string& line) {
  int run = 0;
  for (char c : line) {
    run = c >= '0' && c <= '9' ? run + 1 : 0;
    if (run == 4) return true;
  }
  return false;
}

std::string date_in(const std::string& line) {
  if (!has_year(line)) return "";
  static const std::regex iso(R"((\d{4})-(\d{1,2})-(\d{1,2}))");
  static const std::regex mdy(
      R"(\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4}))");
  static const std::regex dmy(
      R"(\b(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+(\d{4}))");
  static const std::regex cjk(R"((\d{4})\xE5\xB9\xB4(\d{1,2})\xE6\x9C\x88(\d{1,2})\xE6\x97\xA5)");
  std::smatch m;
  if (std::regex_search(line, m, iso)) return ymd(std::stoi(m[1]), std::stoi(m[2]), std::stoi(m[3]));
  if (std::regex_search(line, m, mdy)) return ymd(std::stoi(m[3]), month_number(m[1]), std::stoi(m[2]));
  if (std::regex_search(line, m, dmy)) return ymd(std::stoi(m[3]), month_number(m[2]), std::stoi(m[1]));
  if (std::regex_search(line, m, cjk)) return ymd(std::stoi(m[1]), std::stoi(m[2]), std::stoi(m[3]));
  return "";
}

}  // namespace

std::string find_date(const Document& doc) {
  // A dateline or date line stands in the first few sentences; later dates in
  // the body are about events, not the document.
  const std::size_t limit = std::min<std::size_t>(doc.sentences.size(), 4);
  for (std::size_t i = 0; i < limit; ++i) {
    const Sentence& s = doc.sentences[i];
    const std::string head = doc.text.substr(s.begin, std::min<std::size_t>(s.end - s.begin, 300));
    const std::string found = date_in(head);
    if (!found.empty()) return found;
  }
  return "";
}

}  // namespace relmap
