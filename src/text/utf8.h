// Small UTF-8 helpers for the tokenizer: decode one code point, classify it.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>

namespace relmap::utf8 {

constexpr std::uint32_t kInvalid = 0xFFFFFFFF;

// Decodes the code point at s[i]; sets *len to its byte length (1 for an invalid
// byte, whose code point is kInvalid).
std::uint32_t decode(const std::string& s, std::size_t i, std::size_t* len);

bool is_space(std::uint32_t cp);
bool is_letter(std::uint32_t cp);     // ASCII letters and non-punctuation beyond ASCII
bool is_digit(std::uint32_t cp);
bool is_apostrophe(std::uint32_t cp);  // ' and U+2019
bool is_upper(std::uint32_t cp);       // ASCII and Latin-1/Latin Extended capitals

}  // namespace relmap::utf8
