#include "text/utf8.h"

namespace relmap::utf8 {

std::uint32_t decode_multibyte(const std::string& s, std::size_t i, std::size_t* len) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  *len = 1;
  int extra = 0;
  std::uint32_t cp = 0;
  if ((b0 & 0xE0) == 0xC0) { extra = 1; cp = b0 & 0x1F; }
  else if ((b0 & 0xF0) == 0xE0) { extra = 2; cp = b0 & 0x0F; }
  else if ((b0 & 0xF8) == 0xF0) { extra = 3; cp = b0 & 0x07; }
  else return kInvalid;
  if (i + extra >= s.size()) return kInvalid;
  for (int k = 1; k <= extra; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return kInvalid;
    cp = (cp << 6) | (b & 0x3F);
  }
  // Overlong forms and surrogates are invalid too.
  if ((extra == 1 && cp < 0x80) || (extra == 2 && cp < 0x800) ||
      (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
    return kInvalid;
  *len = static_cast<std::size_t>(extra) + 1;
  return cp;
}

bool is_space_beyond_ascii(std::uint32_t cp) {
  return cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F ||
         cp == 0x205F || cp == 0x3000 || cp == 0xFEFF || cp == kInvalid;
}

bool is_letter_beyond_ascii(std::uint32_t cp) {
  if (cp == kInvalid || is_space(cp)) return false;
  if (cp >= 0xA1 && cp <= 0xBF) return false;            // Latin-1 punctuation and signs
  if (cp == 0xD7 || cp == 0xF7) return false;
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;        // punctuation, symbols, arrows
  if (cp >= 0x3000 && cp <= 0x303F) return false;        // CJK punctuation and brackets
  if (cp >= 0xFF00 && cp <= 0xFF0F) return false;        // fullwidth punctuation
  if (cp >= 0xFF1A && cp <= 0xFF20) return false;
  if (cp >= 0xFF3B && cp <= 0xFF40) return false;
  if (cp >= 0xFF5B && cp <= 0xFF65) return false;
  if (cp >= 0xFE30 && cp <= 0xFE4F) return false;        // CJK compatibility forms
  if (cp >= 0x1F000) return false;                       // emoji and pictographs
  return true;
}

bool is_upper_beyond_ascii(std::uint32_t cp) {
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return true;
  // Latin Extended-A and -B pair capitals with small letters, mostly capital
  // first; three runs put the capital on the odd code point ("Ł", "Ž", "Ǎ").
  if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E) || (cp >= 0x1CD && cp <= 0x1DC))
    return cp % 2 == 1;
  if (cp == 0x178) return true;                          // Ÿ
  if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177)) return cp % 2 == 0;
  if (cp >= 0x200 && cp <= 0x233) return cp % 2 == 0;   // Romanian "Ș", "Ț"
  if (cp == 0x386 || (cp >= 0x388 && cp <= 0x38F) || (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2)) return true;  // Greek
  if (cp >= 0x400 && cp <= 0x42F) return true;           // Cyrillic
  return false;
}

const char* latin_base(std::uint32_t cp) {
  // U+00C0 to U+00FF; "" keeps the code point (the signs x and /, thorn).
  static const char* const kLatin1[64] = {
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
      "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "",  "ss",
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
      "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "",  "y"};
  // U+0100 to U+017F, by the first code point of each base letter's run.
  struct Run { std::uint32_t first; const char* base; };
  static const Run kExtendedA[] = {
      {0x100, "a"}, {0x106, "c"}, {0x10E, "d"}, {0x112, "e"}, {0x11C, "g"}, {0x124, "h"}, {0x128, "i"},
      {0x132, ""},  {0x134, "j"}, {0x136, "k"}, {0x139, "l"}, {0x143, "n"}, {0x14C, "o"}, {0x152, "oe"},
      {0x154, "r"}, {0x15A, "s"}, {0x162, "t"}, {0x168, "u"}, {0x174, "w"}, {0x176, "y"}, {0x179, "z"},
      {0x17F, "s"}};
  if (cp >= 0xC0 && cp <= 0xFF) {
    const char* base = kLatin1[cp - 0xC0];
    return *base ? base : nullptr;
  }
  if (cp >= 0x100 && cp <= 0x17F) {
    const char* base = nullptr;
    for (const Run& r : kExtendedA)
      if (cp >= r.first) base = r.base;
    return base && *base ? base : nullptr;
  }
  if (cp == 0x218 || cp == 0x219) return "s";  // Romanian comma below
  if (cp == 0x21A || cp == 0x21B) return "t";
  return nullptr;
}

}  // namespace relmap::utf8
