// Small UTF-8 helpers for the tokenizer: decode one code point, classify it.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>

namespace relmap::utf8 {

constexpr std::uint32_t kInvalid = 0xFFFFFFFF;

// The multi-byte halves of the functions below; ASCII, most of any text, is
// handled inline.
std::uint32_t decode_multibyte(const std::string& s, std::size_t i, std::size_t* len);
bool is_space_beyond_ascii(std::uint32_t cp);
bool is_letter_beyond_ascii(std::uint32_t cp);
bool is_upper_beyond_ascii(std::uint32_t cp);
// The plain small letters a Latin letter with a diacritic folds to ("Ș" -> "s",
// "ß" -> "ss"), or nullptr for any other code point.
const char* latin_base(std::uint32_t cp);

// Decodes the code point at s[i]; sets *len to its byte length (1 for an invalid
// byte, whose code point is kInvalid).
inline std::uint32_t decode(const std::string& s, std::size_t i, std::size_t* len) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) {
    *len = 1;
    return b;
  }
  return decode_multibyte(s, i, len);
}

inline bool is_space(std::uint32_t cp) {
  if (cp < 0x80) return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' || cp == 0;
  return is_space_beyond_ascii(cp);
}
// ASCII letters and non-punctuation beyond ASCII
inline bool is_letter(std::uint32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  return is_letter_beyond_ascii(cp);
}
inline bool is_digit(std::uint32_t cp) { return cp >= '0' && cp <= '9'; }
inline bool is_apostrophe(std::uint32_t cp) { return cp == '\'' || cp == 0x2019; }  // ' and U+2019
// ASCII and Latin-1/Latin Extended capitals
inline bool is_upper(std::uint32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return is_upper_beyond_ascii(cp);
}

}  // namespace relmap::utf8
