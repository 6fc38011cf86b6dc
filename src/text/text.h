// The text stage: bytes -> Document (sentences, tokens with byte offsets, date).
// Promises: every Token and Sentence offset points into Document::text at the
// bytes it names; invalid UTF-8, a BOM, CR/CRLF, NUL bytes and overlong lines are
// tolerated (reported through `warnings`), never fatal.
#pragma once
#include <string>
#include <vector>

#include "relmap/diagnostic.h"
#include "relmap/document.h"

namespace relmap {

// Splits `bytes` into sentences and tokens and finds the document's date.
Document make_document(std::string name, std::string bytes,
                       std::vector<Diagnostic>* warnings);

// Tokenises one phrase the way documents are tokenised (used for aliases,
// titles and pattern literals so that both sides agree).
std::vector<Token> tokenize_phrase(const std::string& phrase);

// The date a document states in its first lines (dateline, "date 2025-02-21",
// "March 3, 2024"), as YYYY-MM-DD; empty when there is none.
std::string find_date(const Document& doc);

// ASCII lower case, with curly apostrophes folded to ' and Latin letters'
// diacritics dropped ("Bogotá" -> "bogota").
std::string fold_case(const std::string& s);
// The same letters without their diacritics, case kept: "Chișinău" -> "Chisinau".
std::string strip_diacritics(const std::string& s);

// Whether a folded word is a verb by which a writer keeps a claim at a distance,
// after "what" and its speaker: "struck what it said were bases", "what Islamabad
// described as hideouts".
bool is_hedge_verb(const std::string& lower);

}  // namespace relmap
