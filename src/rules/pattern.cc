// Parser for the token pattern language (see pattern.h for the syntax).
#include "rules/pattern.h"

#include <algorithm>
#include <set>
#include <cctype>

#include "text/text.h"

namespace relmap {
namespace {

bool is_special(char c) {
  return c == '[' || c == ']' || c == '(' || c == ')' || c == '{' || c == '}' || c == '|' ||
         c == '?' || c == '*' || c == '!' || c == '@';
}

class Parser {
 public:
  Parser(const std::string& text, const PatternContext& ctx) : s_(text), ctx_(ctx) {}

  bool parse(CompiledPattern* out) {
    out->text = s_;
    bool has_required = false;
    int slots = 0;
    bool has_source = false, has_target = false, has_parties = false;
    skip_space();
    if (i_ >= s_.size()) return fail("the pattern is empty", "write the words that state the relation, e.g. \"{source} [urge] {target}\"");
    while (skip_space(), i_ < s_.size()) {
      PatternElement e;
      if (!element(&e)) return false;
      if (e.kind == ElementKind::Slot) {
        ++slots;
        if (e.role != "other") {
          bool* seen = e.role == "source" ? &has_source : e.role == "target" ? &has_target : &has_parties;
          if (*seen) return fail_at(e.column, "slot {" + e.role + "} appears twice", "each role is bound once per pattern");
          *seen = true;
        }
      }
      if (e.kind == ElementKind::Words && !e.optional) has_required = true;
      out->elements.push_back(std::move(e));
    }
    if (!has_required)
      return fail_at(0, "the pattern has no required word, so it would match anywhere",
                     "add at least one word that is not optional, e.g. the verb");
    if (ctx_.slots_allowed && ctx_.voice_source) {
      if (!has_target || has_source || has_parties)
        return fail_at(0, "a rule with source: voice needs {target} and no {source} or {parties}",
                       "for example \"{target} (should|must)\"");
    } else if (ctx_.slots_allowed) {
      const bool pair = has_source && has_target && !has_parties;
      const bool group = has_parties && !has_source && !has_target;
      if (!pair && !group)
        return fail_at(0, "a rule pattern needs {source} and {target}, or {parties}",
                       "for example \"{source} [urge] {target} to\" or \"{parties} [agree]\"");
    }
    // Index the rule by its rarest required word, so that it is tried only in
    // sentences that have it: the element whose first words are fewest and least
    // common ("urge" and its forms, not the "to" after it).
    const PatternElement* best = nullptr;
    for (const PatternElement& e : out->elements) {
      if (e.kind != ElementKind::Words || e.optional) continue;
      if (!best || commonness(e) < commonness(*best)) best = &e;
    }
    for (const Phrase& p : best->phrases)
      out->anchor.insert(out->anchor.end(), p.front().forms.begin(), p.front().forms.end());
    std::sort(out->anchor.begin(), out->anchor.end());
    out->anchor.erase(std::unique(out->anchor.begin(), out->anchor.end()), out->anchor.end());
    return true;
  }

  std::string error, hint;
  int offset = 0;

 private:
  // How often an element's first words occur in news prose, roughly: a frequent
  // function word counts as many rare words.
  static std::size_t commonness(const PatternElement& e) {
    std::size_t n = 0;
    for (const Phrase& p : e.phrases)
      for (const std::string& f : p.front().forms) n += is_frequent_word(f) ? 100 : 1;
    return n;
  }

  bool fail(const std::string& msg, const std::string& h) { return fail_at(static_cast<int>(i_), msg, h); }
  bool fail_at(int at, const std::string& msg, const std::string& h) {
    error = msg;
    hint = h;
    offset = at;
    return false;
  }

  void skip_space() {
    while (i_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[i_]))) ++i_;
  }

  std::string word() {
    const std::size_t start = i_;
    while (i_ < s_.size() && !std::isspace(static_cast<unsigned char>(s_[i_])) && !is_special(s_[i_])) {
      if (s_.compare(i_, 3, "...") == 0 && i_ > start) break;
      ++i_;
    }
    return s_.substr(start, i_ - start);
  }

  // A phrase of words: each word becomes one or more token tests.
  bool phrase(const std::string& words, bool family, int at, Phrase* out) {
    for (const Token& t : tokenize_phrase(words)) {
      TokenTest test;
      test.forms = family ? word_family(t.lower, ctx_.word_forms) : std::vector<std::string>{t.lower};
      std::sort(test.forms.begin(), test.forms.end());
      out->push_back(std::move(test));
    }
    if (out->empty()) return fail_at(at, "'" + words + "' has no word in it", "");
    return true;
  }

  bool alternatives(char close, bool family, PatternElement* e) {
    const int open_at = static_cast<int>(i_);
    ++i_;  // the opening bracket
    std::string current;
    int current_at = static_cast<int>(i_);
    auto finish = [&]() {
      Phrase p;
      const std::string trimmed = trim(current);
      if (trimmed.empty()) return fail_at(current_at, "empty alternative", "remove the extra '|' or write a word");
      // "(of ...4)?" would look for the word "...4": an alternative holds words only.
      if (trimmed.find("...") != std::string::npos || trimmed.find('{') != std::string::npos)
        return fail_at(current_at, "an alternative holds words only, not gaps or slots",
                       "write the optional part as a second pattern");
      if (!phrase(trimmed, family, current_at, &p)) return false;
      e->phrases.push_back(std::move(p));
      current.clear();
      current_at = static_cast<int>(i_) + 1;
      return true;
    };
    while (true) {
      if (i_ >= s_.size())
        return fail_at(open_at, std::string("'") + s_[static_cast<std::size_t>(open_at)] + "' is never closed",
                       std::string("add '") + close + "'");
      const char c = s_[i_];
      if (c == close) { if (!finish()) return false; ++i_; break; }
      if (c == '|') { if (!finish()) return false; ++i_; continue; }
      if (is_special(c)) return fail(std::string("'") + c + "' cannot stand inside a list of words",
                                     "a list holds words separated by '|'");
      current += c;
      ++i_;
    }
    return true;
  }

  static std::string trim(const std::string& s) {
    std::size_t a = 0, b = s.size();
    while (a < b && std::isspace(static_cast<unsigned char>(s[a]))) ++a;
    while (b > a && std::isspace(static_cast<unsigned char>(s[b - 1]))) --b;
    return s.substr(a, b - a);
  }

  bool slot(PatternElement* e) {
    const int open_at = static_cast<int>(i_);
    const std::size_t close = s_.find('}', i_);
    if (close == std::string::npos) return fail("'{' is never closed", "write a slot as {source}, {target}, {parties} or {other}");
    std::string inside = trim(s_.substr(i_ + 1, close - i_ - 1));
    i_ = close + 1;
    std::string types;
    const std::size_t colon = inside.find(':');
    if (colon != std::string::npos) {
      types = trim(inside.substr(colon + 1));
      inside = trim(inside.substr(0, colon));
    }
    if (inside != "source" && inside != "target" && inside != "parties" && inside != "other")
      return fail_at(open_at + 1, "unknown slot '{" + inside + "}'", "slots are {source}, {target}, {parties} and {other}");
    if (!ctx_.slots_allowed)
      return fail_at(open_at, "slots cannot stand in negations or unless patterns", "write only words here");
    e->kind = ElementKind::Slot;
    e->role = inside;
    e->is_source = inside == "source";
    e->is_target = inside == "target";
    e->is_parties = inside == "parties";
    std::size_t start = 0;
    while (!types.empty() && start <= types.size()) {
      const std::size_t bar = types.find('|', start);
      const std::string name = trim(types.substr(start, bar == std::string::npos ? std::string::npos : bar - start));
      ActorType t;
      if (!parse_actor_type(name, &t))
        return fail_at(open_at, "unknown actor type '" + name + "' in slot", "use state, person, organization or group");
      e->types.push_back(t);
      if (bar == std::string::npos) break;
      start = bar + 1;
    }
    return true;
  }

  bool element(PatternElement* e) {
    e->column = static_cast<int>(i_);
    const char c = s_[i_];
    if (c == '!') {
      ++i_;
      if (i_ >= s_.size() || std::isspace(static_cast<unsigned char>(s_[i_])))
        return fail("'!' must be followed by what must not come next", "for example !only or !(not|never)");
      // "!!x" would only recurse (a fuzzer found "!!!...!" overflowing the stack).
      if (s_[i_] == '!') return fail("'!' cannot follow '!'", "write a single ! before the words");
      PatternElement inner;
      if (!element(&inner)) return false;
      if (inner.kind != ElementKind::Words || inner.optional)
        return fail_at(e->column, "'!' can only check words", "write !word, ![word] or !(a|b)");
      e->kind = ElementKind::Guard;
      e->phrases = std::move(inner.phrases);
      return true;
    }
    if (s_.compare(i_, 3, "...") == 0) {
      i_ += 3;
      e->kind = ElementKind::Gap;
      // In a word-only pattern "...*" passes actors too: "thanked Albanese for" is
      // context, while "the RSF shelled" must stay no "the ... shelling".
      if (i_ < s_.size() && s_[i_] == '*') { e->cross_clauses = true; e->over_actors = !ctx_.slots_allowed; ++i_; }
      if (i_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[i_]))) {
        int n = 0;
        while (i_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[i_])) && n < 1000) n = n * 10 + (s_[i_++] - '0');
        if (n < 1 || n > 30) return fail_at(e->column, "a gap skips 1 to 30 tokens", "write ... or ...12");
        e->max_gap = n;
      }
      return true;
    }
    if (c == '[') {
      if (!alternatives(']', true, e)) return false;
    } else if (c == '(') {
      if (!alternatives(')', false, e)) return false;
    } else if (c == '{') {
      return slot(e);
    } else if (c == '@') {
      ++i_;
      const std::string name = word();
      if (name.empty()) return fail_at(e->column, "'@' must be followed by a word list name", "for example @negation");
      const auto* lists = ctx_.word_lists;
      auto it = lists ? lists->find(name) : decltype(lists->end()){};
      if (!lists || it == lists->end()) {
        std::string known;
        if (lists) for (const auto& [k, v] : *lists) known += (known.empty() ? "" : ", ") + k;
        return fail_at(e->column, "unknown word list '@" + name + "'",
                       known.empty() ? "declare it under words:" : "declared lists: " + known);
      }
      for (const std::string& ph : it->second) {
        Phrase p;
        if (!phrase(ph, false, e->column, &p)) return false;
        e->phrases.push_back(std::move(p));
      }
      if (e->phrases.empty()) return fail_at(e->column, "word list '@" + name + "' is empty", "");
    } else if (c == ']' || c == ')' || c == '}' || c == '|' || c == '?' || c == '*') {
      return fail(std::string("unexpected '") + c + "'", c == '|' ? "alternatives go inside [ ] or ( )" : "");
    } else {
      const std::string w = word();
      Phrase p;
      if (!phrase(w, false, e->column, &p)) return false;
      e->phrases.push_back(std::move(p));
    }
    std::stable_sort(e->phrases.begin(), e->phrases.end(),
                     [](const Phrase& a, const Phrase& b) { return a.size() > b.size(); });
    if (i_ < s_.size() && s_[i_] == '?') { e->optional = true; ++i_; }
    else if (i_ < s_.size() && s_[i_] == '*') { e->optional = true; e->repeat = true; ++i_; }
    return true;
  }

  const std::string& s_;
  const PatternContext& ctx_;
  std::size_t i_ = 0;
};

}  // namespace

bool TokenTest::accepts(const std::string& lower) const {
  return std::binary_search(forms.begin(), forms.end(), lower);
}

bool is_frequent_word(const std::string& lower) {
  static const std::set<std::string> kFrequent = {
      "'", "'s", "-", ",", "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "can", "could", "each", "for",
      "from", "had", "has", "have", "he", "her", "his", "in", "is", "it", "its", "not", "of", "on", "one", "or",
      "said", "says", "she", "that", "the", "their", "them", "they", "this", "to", "was", "we", "were", "which",
      "who", "will", "with", "would"};
  return kFrequent.count(lower) > 0;
}

bool TokenTest::accepts(std::uint32_t id) const {
  return id != Vocabulary::kOther && std::binary_search(ids.begin(), ids.end(), id);
}

std::uint32_t Vocabulary::add(const std::string& lower) {
  return ids_.emplace(lower, static_cast<std::uint32_t>(ids_.size() + 1)).first->second;
}

void Vocabulary::intern(CompiledPattern* p) {
  for (PatternElement& e : p->elements) {
    e.first_ids.clear();
    for (Phrase& ph : e.phrases) {
      for (TokenTest& t : ph) {
        t.ids.clear();
        for (const std::string& f : t.forms) t.ids.push_back(add(f));
        std::sort(t.ids.begin(), t.ids.end());
      }
      e.first_ids.insert(e.first_ids.end(), ph.front().ids.begin(), ph.front().ids.end());
    }
    std::sort(e.first_ids.begin(), e.first_ids.end());
    e.first_ids.erase(std::unique(e.first_ids.begin(), e.first_ids.end()), e.first_ids.end());
  }
}

bool compile_pattern(const std::string& text, const PatternContext& ctx, CompiledPattern* out,
                     std::string* error, std::string* hint, int* offset) {
  *out = CompiledPattern{};
  Parser p(text, ctx);
  if (p.parse(out)) return true;
  *error = p.error;
  *hint = p.hint;
  *offset = p.offset;
  return false;
}

}  // namespace relmap
