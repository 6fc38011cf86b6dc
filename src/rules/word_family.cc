// English inflections for word families: enough for verbs and plural nouns of
// news prose; irregular forms come from the rule files (word_forms:).
#include <algorithm>

#include "rules/pattern.h"

namespace relmap {
namespace {

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
bool ends_with(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

}  // namespace

std::vector<std::string> word_family(const std::string& word,
                                     const std::map<std::string, std::vector<std::string>>* word_forms) {
  std::vector<std::string> out{word};
  const bool alpha = !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
    return c >= 'a' && c <= 'z';
  });
  if (word_forms) {
    auto it = word_forms->find(word);
    if (it != word_forms->end()) out.insert(out.end(), it->second.begin(), it->second.end());
  }
  if (!alpha || word.size() < 2) return out;
  const char last = word.back();
  const char before = word[word.size() - 2];
  const bool consonant_y = last == 'y' && !is_vowel(before);
  const std::string stem_y = word.substr(0, word.size() - 1);
  // -s
  if (consonant_y) out.push_back(stem_y + "ies");
  else if (ends_with(word, "s") || ends_with(word, "x") || ends_with(word, "z") ||
           ends_with(word, "ch") || ends_with(word, "sh") || ends_with(word, "o"))
    out.push_back(word + "es");
  else out.push_back(word + "s");
  // -ed, -ing
  if (last == 'e') {
    out.push_back(word + "d");
    if (ends_with(word, "ie")) out.push_back(word.substr(0, word.size() - 2) + "ying");
    else if (ends_with(word, "ee") || ends_with(word, "ye") || ends_with(word, "oe")) out.push_back(word + "ing");
    else out.push_back(word.substr(0, word.size() - 1) + "ing");
  } else if (consonant_y) {
    out.push_back(stem_y + "ied");
    out.push_back(word + "ing");
  } else {
    out.push_back(word + "ed");
    out.push_back(word + "ing");
    // commit -> committed: double a final consonant after a single vowel.
    const bool cvc = word.size() >= 3 && !is_vowel(last) && is_vowel(before) &&
                     !is_vowel(word[word.size() - 3]) && last != 'w' && last != 'x' && last != 'y';
    if (cvc) {
      out.push_back(word + last + "ed");
      out.push_back(word + last + "ing");
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace relmap
