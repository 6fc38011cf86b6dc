// Tokeniser and sentence splitter.
#include <algorithm>
#include <array>
#include <set>
#include <string_view>

#include "text/text.h"
#include "text/utf8.h"

namespace relmap {
namespace {

// Abbreviations whose full stop never ends a sentence.
constexpr std::array<std::string_view, 52> kAbbreviations = {
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "adm", "sgt", "cpl",
    "sen", "rep", "gov", "prof", "st", "jr", "sr", "rev", "hon", "amb", "no", "vol",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "inc", "ltd", "co", "corp", "vs", "etc", "approx", "dept",
    // South Asian, Philippine and military name prefixes: "Md. Touhid Hossain", "Ma. Theresa
    // Lazaro", "Brig. Khan".
    "md", "mohd", "muhd", "ma", "brig", "cdr", "engr", "messrs"};

// A raw token plus what separates it from the one before.
struct RawToken {
  Token token;
  int newlines_before = 0;
};

bool is_abbreviation(const std::string& lower_word) {
  if (lower_word.size() == 1) return true;  // initials: "U.S.", "H.E.", "J. Smith"
  return std::find(kAbbreviations.begin(), kAbbreviations.end(), lower_word) !=
         kAbbreviations.end();
}

bool starts_upper(const std::string& s) {
  if (s.empty()) return false;
  std::size_t len = 0;
  return utf8::is_upper(utf8::decode(s, 0, &len));
}

std::vector<RawToken> tokenize(const std::string& text) {
  std::vector<RawToken> out;
  out.reserve(text.size() / 5 + 1);  // news prose has a token per 5 to 6 bytes
  int newlines = 0;
  std::size_t i = 0;
  const std::size_t n = text.size();
  auto cp_at = [&](std::size_t at, std::size_t* len) {
    if (at >= n) { *len = 0; return std::uint32_t{0}; }
    return utf8::decode(text, at, len);
  };
  while (i < n) {
    std::size_t len = 0;
    const std::uint32_t cp = cp_at(i, &len);
    if (utf8::is_space(cp)) {
      if (cp == '\n') ++newlines;
      else if (cp == '\r' && !(i + 1 < n && text[i + 1] == '\n')) ++newlines;
      i += len;
      continue;
    }
    RawToken raw;
    raw.newlines_before = newlines;
    newlines = 0;
    Token& t = raw.token;
    t.begin = i;
    bool plural_possessive = false;
    if (utf8::is_letter(cp) || utf8::is_digit(cp)) {
      bool all_digits = true;
      std::size_t j = i;
      while (j < n) {
        std::size_t l = 0;
        const std::uint32_t c = cp_at(j, &l);
        if (utf8::is_letter(c) || utf8::is_digit(c)) {
          all_digits = all_digits && utf8::is_digit(c);
          j += l;
          continue;
        }
        std::size_t l2 = 0;
        const std::uint32_t next = cp_at(j + l, &l2);
        // 1,260 and 26.5 stay one number.
        if (all_digits && (c == ',' || c == '.') && utf8::is_digit(next)) { j += l; continue; }
        if (utf8::is_apostrophe(c) && utf8::is_letter(next)) {
          // Possessive 's is its own token; O'Brien and Xi'an stay whole.
          std::size_t l3 = 0;
          const std::uint32_t after = cp_at(j + l + l2, &l3);
          if ((next == 's' || next == 'S') && !utf8::is_letter(after) && !utf8::is_digit(after))
            break;
          j += l;
          continue;
        }
        break;
      }
      t.kind = all_digits ? TokenKind::Number : TokenKind::Word;
      // Keep the full stop of an abbreviation or initial with its word.
      if (t.kind == TokenKind::Word && j < n && text[j] == '.') {
        const std::string word = fold_case(text.substr(i, j - i));
        if (is_abbreviation(word)) ++j;
      }
      t.end = j;
    } else if (utf8::is_apostrophe(cp)) {
      // 's glued to the word before is its own word token; otherwise a quote mark.
      const std::size_t after_quote = i + len;
      std::size_t l = 0, l2 = 0;
      const std::uint32_t next = cp_at(after_quote, &l);
      const std::uint32_t after = cp_at(after_quote + l, &l2);
      const bool glued = out.empty() || out.back().token.end == i;
      if (glued && (next == 's' || next == 'S') && !utf8::is_letter(after) && !utf8::is_digit(after)) {
        t.end = after_quote + l;
        t.kind = TokenKind::Word;
      } else {
        t.end = after_quote;
        t.kind = TokenKind::Punct;
        // "the United States' commitment": a plural possessive reads as 's.
        const std::string& before = out.empty() ? std::string() : out.back().token.text;
        if (glued && before.size() > 2 && before.back() == 's' && next == ' ' && utf8::is_letter(after))
          plural_possessive = true;
      }
    } else {
      t.kind = TokenKind::Punct;
      t.end = i + len;
      // "..." is one token.
      if (cp == '.') while (t.end < n && text[t.end] == '.') ++t.end;
    }
    t.text = text.substr(t.begin, t.end - t.begin);
    t.lower = plural_possessive ? "'s" : fold_case(t.text);
    if (plural_possessive) t.kind = TokenKind::Word;
    t.capitalized = starts_upper(t.text);
    out.push_back(std::move(raw));
    i = t.end;
  }
  return out;
}

bool is_terminal(const std::string& s) {
  if (s.empty() || s.size() > 3) return false;
  return s == "." || s == "!" || s == "?" || s == "..." || s == "\xE3\x80\x82" /* 。 */ ||
         s == "\xEF\xBC\x81" /* ！ */ || s == "\xEF\xBC\x9F" /* ？ */ || s == "\xE2\x80\xA6";
}

bool is_closing(const std::string& s) {
  if (s.empty() || s.size() > 3) return false;
  return s == "\"" || s == "'" || s == ")" || s == "]" || s == "\xE2\x80\x9D" /* ” */ ||
         s == "\xE2\x80\x99" /* ’ */ || s == "\xEF\xBC\x89" /* ） */ || s == "\xE3\x80\x8D";
}

bool opens_sentence(const Token& t) {
  if (t.capitalized || t.kind == TokenKind::Number) return true;
  if (t.kind == TokenKind::Punct) return true;  // quotes, brackets, dashes
  std::size_t len = 0;
  return utf8::decode(t.text, 0, &len) >= 0x80;  // CJK and others have no case
}

// Longest sentence in tokens; a run-on line beyond this is cut so that
// matching stays linear however the input looks.
constexpr std::size_t kMaxSentenceTokens = 250;

void mark_quotes(Sentence* s, bool* open) {
  for (Token& t : s->tokens) {
    if (t.text == "\"") { *open = !*open; continue; }
    if (t.text == "\xE2\x80\x9C") { *open = true; continue; }   // “
    if (t.text == "\xE2\x80\x9D") { *open = false; continue; }  // ”
    t.in_quote = *open;
  }
}

}  // namespace

std::string fold_case(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c >= 'A' && c <= 'Z') { out += static_cast<char>(c - 'A' + 'a'); continue; }
    // "Chișinău" and "Bogotá" find the gazetteer's "Chisinau" and "Bogota".
    if (c == '\xC3' || c == '\xC4' || c == '\xC5' || c == '\xC8') {
      std::size_t len = 0;
      if (const char* base = utf8::latin_base(utf8::decode(s, i, &len))) {
        out += base;
        i += len - 1;
        continue;
      }
    }
    if (c == '\xE2' && i + 2 < s.size() && s[i + 1] == '\x80' && s[i + 2] == '\x99') {
      out += '\'';
      i += 2;
      continue;
    }
    out += c;
  }
  return out;
}

bool is_hedge_verb(const std::string& lower) {
  static const std::set<std::string> kHedgeVerbs = {"said", "says", "described", "describes", "called", "calls",
                                                    "termed", "claimed", "claims", "considers", "considered"};
  return kHedgeVerbs.count(lower) > 0;
}

std::string strip_diacritics(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    std::size_t len = 1;
    const std::uint32_t cp = static_cast<unsigned char>(s[i]) < 0x80 ? 0 : utf8::decode(s, i, &len);
    const char* base = cp ? utf8::latin_base(cp) : nullptr;
    if (!base) {
      out.append(s, i, len);
    } else {
      const std::size_t at = out.size();
      out += base;
      if (utf8::is_upper(cp)) out[at] = static_cast<char>(out[at] - 'a' + 'A');
    }
    i += len - 1;
  }
  return out;
}

std::vector<Token> tokenize_phrase(const std::string& phrase) {
  std::vector<Token> out;
  for (RawToken& r : tokenize(phrase)) {
    // A phrase written "country 's", as the docs show texts split, means "country's".
    if (!out.empty() && r.token.lower == "s" && out.back().lower == "'" && out.back().end == r.token.begin) {
      out.back().text += r.token.text;
      out.back().lower = "'s";
      out.back().kind = TokenKind::Word;
      out.back().end = r.token.end;
      continue;
    }
    out.push_back(std::move(r.token));
  }
  return out;
}

Document make_document(std::string name, std::string bytes, std::vector<Diagnostic>* warnings) {
  Document doc;
  doc.name = std::move(name);
  doc.text = std::move(bytes);
  auto warn = [&](const std::string& msg) {
    if (!warnings) return;
    Diagnostic d;
    d.severity = Severity::Warning;
    d.file = doc.name;
    d.message = msg;
    warnings->push_back(std::move(d));
  };
  {
    std::size_t invalid = 0, nul = 0, i = 0;
    while (i < doc.text.size()) {
      std::size_t len = 0;
      const std::uint32_t cp = utf8::decode(doc.text, i, &len);
      if (cp == utf8::kInvalid) ++invalid;
      if (cp == 0) ++nul;
      i += len;
    }
    if (invalid) warn(std::to_string(invalid) + " bytes of invalid UTF-8 were read as spaces");
    if (nul) warn(std::to_string(nul) + " NUL bytes were read as spaces (a binary file?)");
  }

  std::vector<RawToken> raw = tokenize(doc.text);
  Sentence current;
  std::size_t paragraph = 0;
  bool quote_open = false;
  bool cut_long = false;
  auto flush = [&]() {
    if (current.tokens.empty()) return;
    current.begin = current.tokens.front().begin;
    current.end = current.tokens.back().end;
    current.paragraph = paragraph;
    // A line that ends without a full stop is a headline, also when it ends in a quote
    // mark: 'Beijing warns against "provocations"' (but not '... "a new era."').
    std::size_t last = current.tokens.size() - 1;
    while (last > 0 && is_closing(current.tokens[last].text)) --last;
    current.headline = !is_terminal(current.tokens[last].text) && !is_closing(current.tokens[last].text);
    mark_quotes(&current, &quote_open);
    doc.sentences.push_back(std::move(current));
    current = Sentence{};
  };
  for (std::size_t k = 0; k < raw.size(); ++k) {
    const RawToken& r = raw[k];
    if (r.newlines_before >= 2) {
      flush();
      ++paragraph;
      quote_open = false;
    } else if (r.newlines_before == 1 && !current.tokens.empty()) {
      // A single line break ends a sentence unless the line was wrapped mid-sentence.
      const Token& prev = current.tokens.back();
      const bool wrapped = !is_terminal(prev.text) && !r.token.capitalized &&
                           r.token.kind == TokenKind::Word;
      if (!wrapped) flush();
    }
    current.tokens.push_back(std::move(raw[k].token));
    if (current.tokens.size() >= kMaxSentenceTokens) {
      cut_long = true;
      flush();
      continue;
    }
    if (!is_terminal(current.tokens.back().text)) continue;
    // Closing quotes and brackets right after the full stop belong to this sentence.
    while (k + 1 < raw.size() && raw[k + 1].newlines_before == 0 &&
           raw[k + 1].token.begin == current.tokens.back().end && is_closing(raw[k + 1].token.text)) {
      current.tokens.push_back(std::move(raw[++k].token));
    }
    if (k + 1 >= raw.size() || raw[k + 1].newlines_before > 0 || opens_sentence(raw[k + 1].token))
      flush();
  }
  flush();
  if (cut_long) warn("a sentence longer than 250 tokens was cut into pieces");
  doc.date = find_date(doc);
  return doc;
}

}  // namespace relmap
