// Document, Sentence, Token: what the text stage gives every later stage.
// All offsets are byte offsets into Document::text, which holds the file's bytes
// exactly as read (a byte-order mark, CR or invalid UTF-8 included), so that an
// offset always points at the same bytes a user sees in the file.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace relmap {

enum class TokenKind { Word, Number, Punct };

// One token of a sentence.
struct Token {
  std::string text;    // the bytes of the token as in the document
  std::string lower;   // ASCII-lowercased, curly apostrophes folded to '
  std::size_t begin = 0;  // byte offset in the document
  std::size_t end = 0;    // one past the last byte
  TokenKind kind = TokenKind::Word;
  bool capitalized = false;  // starts with an upper-case letter
  bool in_quote = false;     // inside a quotation
};

// A sentence and its tokens.
struct Sentence {
  std::size_t begin = 0;  // byte offset of the first character
  std::size_t end = 0;    // one past the last byte
  std::size_t paragraph = 0;  // index of the paragraph (blank-line separated)
  bool headline = false;      // ends with no full stop, question mark or closing quote: a headline
  std::vector<Token> tokens;
};

// A document split into sentences, with its date when it states one.
struct Document {
  std::string name;  // as given on the command line, or "-"
  std::string text;  // the raw bytes
  std::string date;  // YYYY-MM-DD, or empty when the document gives none
  std::vector<Sentence> sentences;

  std::string sentence_text(const Sentence& s) const {
    return text.substr(s.begin, s.end - s.begin);
  }
};

}  // namespace relmap
