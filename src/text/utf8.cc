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
  // Latin Extended-A alternates upper/lower case on even/odd code points.
  if (cp >= 0x100 && cp <= 0x17F) return cp % 2 == 0;
  return false;
}

}  // namespace relmap::utf8
