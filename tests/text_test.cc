#include <gtest/gtest.h>

#include "text/text.h"

namespace relmap {
namespace {

std::vector<std::string> words(const Sentence& s) {
  std::vector<std::string> out;
  for (const Token& t : s.tokens) out.push_back(t.text);
  return out;
}

TEST(Text, SplitsSentencesAndKeepsOffsets) {
  const std::string text = "China urged Pakistan to act. Gen. Mirza agreed! \xE2\x80\x9CWe thank you,\xE2\x80\x9D he said.";
  Document d = make_document("t", text, nullptr);
  ASSERT_EQ(d.sentences.size(), 3u);
  EXPECT_EQ(d.sentence_text(d.sentences[0]), "China urged Pakistan to act.");
  EXPECT_EQ(d.sentence_text(d.sentences[1]), "Gen. Mirza agreed!");
  for (const Sentence& s : d.sentences)
    for (const Token& t : s.tokens) EXPECT_EQ(text.substr(t.begin, t.end - t.begin), t.text);
}

TEST(Text, PossessiveIsItsOwnTokenWithStraightAndCurlyApostrophes) {
  Document d = make_document("t", "Pakistan's army and China\xE2\x80\x99s side.", nullptr);
  ASSERT_EQ(d.sentences.size(), 1u);
  EXPECT_EQ(words(d.sentences[0]),
            (std::vector<std::string>{"Pakistan", "'s", "army", "and", "China", "\xE2\x80\x99s", "side", "."}));
  EXPECT_EQ(d.sentences[0].tokens[5].lower, "'s");
}

TEST(Text, HyphensSplitAndAbbreviationsStay) {
  Document d = make_document("t", "The China-Pakistan corridor and the U.S. embassy.", nullptr);
  ASSERT_EQ(d.sentences.size(), 1u);
  EXPECT_EQ(words(d.sentences[0]), (std::vector<std::string>{"The", "China", "-", "Pakistan", "corridor", "and",
                                                             "the", "U.", "S.", "embassy", "."}));
}

TEST(Text, NamePrefixesDoNotEndSentences) {
  Document d = make_document("t", "He met Adviser Md. Touhid Hossain, Brig. Ali Khan and Secretary Ma. Theresa Lazaro. "
                                  "They spoke.", nullptr);
  ASSERT_EQ(d.sentences.size(), 2u);
  EXPECT_EQ(d.sentence_text(d.sentences[1]), "They spoke.");
}

TEST(Text, PluralPossessiveReadsAsApostropheS) {
  Document d = make_document("t", "The United States' commitment to the Philippines' defence. 'Talks with the US' ended.", nullptr);
  ASSERT_EQ(d.sentences.size(), 2u);
  const auto& t = d.sentences[0].tokens;
  EXPECT_EQ(t[3].text, "'");
  EXPECT_EQ(t[3].lower, "'s");
  EXPECT_EQ(t[8].lower, "'s");
  // A closing quote after a capital S is a quote mark.
  EXPECT_EQ(d.sentences[1].tokens[5].lower, "'");
}

TEST(Text, APhraseReadsASeparateApostropheSAsPossessive) {
  const std::vector<Token> split = tokenize_phrase("country 's keenness");
  const std::vector<Token> glued = tokenize_phrase("country's keenness");
  ASSERT_EQ(split.size(), 3u);
  ASSERT_EQ(glued.size(), 3u);
  EXPECT_EQ(split[1].lower, "'s");
  EXPECT_EQ(glued[1].lower, "'s");
}

TEST(Text, QuotesAreMarked) {
  Document d = make_document("t", "\"We hope,\" Qin said.", nullptr);
  ASSERT_EQ(d.sentences.size(), 1u);
  const auto& t = d.sentences[0].tokens;
  EXPECT_TRUE(t[1].in_quote);   // We
  EXPECT_FALSE(t[5].in_quote);  // Qin
}

TEST(Text, LineBreaksEndHeadlinesButNotWrappedLines) {
  Document d = make_document("t", "China urges Pakistan\n\nThe minister met\nhis counterpart today.", nullptr);
  ASSERT_EQ(d.sentences.size(), 2u);
  EXPECT_EQ(d.sentence_text(d.sentences[0]), "China urges Pakistan");
  EXPECT_EQ(d.sentences[1].paragraph, 1u);
}

// A line with no full stop is a headline, even when it ends in a quote mark.
TEST(Text, HeadlinesMayEndInAQuotation) {
  Document d = make_document(
      "t", "Beijing warns against \"provocations\"\n\nHe called it \"a new era.\"\n\nIt was \"historic\".", nullptr);
  ASSERT_EQ(d.sentences.size(), 3u);
  EXPECT_TRUE(d.sentences[0].headline);
  EXPECT_FALSE(d.sentences[1].headline);
  EXPECT_FALSE(d.sentences[2].headline);
}

TEST(Text, FindsDates) {
  EXPECT_EQ(make_document("t", " date 2025-02-21 China-Pakistan ties\n\nBody.", nullptr).date, "2025-02-21");
  EXPECT_EQ(make_document("t", "BEIJING, March 3, 2024 -- Talks were held.", nullptr).date, "2024-03-03");
  EXPECT_EQ(make_document("t", "Published 5 June 2023\nText.", nullptr).date, "2023-06-05");
  EXPECT_EQ(make_document("t", "No date here.", nullptr).date, "");
}

TEST(Text, BadBytesNeverBreakOffsets) {
  std::string text = "\xEF\xBB\xBF" "China\r\nmet \xFF\xFE Pakistan.\0 End.";
  text += std::string("\0x", 2);
  std::vector<Diagnostic> warnings;
  Document d = make_document("bad.txt", text, &warnings);
  EXPECT_FALSE(warnings.empty());
  EXPECT_EQ(warnings[0].file, "bad.txt");
  for (const Sentence& s : d.sentences)
    for (const Token& t : s.tokens) EXPECT_EQ(text.substr(t.begin, t.end - t.begin), t.text);
}

TEST(Text, OverlongSentencesAreCut) {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "word ";
  Document d = make_document("t", text, nullptr);
  EXPECT_GE(d.sentences.size(), 4u);
  for (const Sentence& s : d.sentences) EXPECT_LE(s.tokens.size(), 250u);
}

TEST(Text, CapitalsBeyondAsciiStartNames) {
  // Romanian, Polish, Czech, Greek and Cyrillic capitals; their small letters are not.
  Document d = make_document("t", "\u021Aoiu \u0141ukasz \u017Dilina \u0218tefan \u0394\u03AD\u03BD \u041B\u0430\u0432 "
                                  "\u021Boiu \u0142ukasz \u017Eilina \u00E9t\u00E9", nullptr);
  ASSERT_EQ(d.sentences.size(), 1u);
  const std::vector<Token>& t = d.sentences[0].tokens;
  ASSERT_EQ(t.size(), 10u);
  for (std::size_t i = 0; i < 6; ++i) EXPECT_TRUE(t[i].capitalized) << t[i].text;
  for (std::size_t i = 6; i < 10; ++i) EXPECT_FALSE(t[i].capitalized) << t[i].text;
}

TEST(Text, FoldingDropsLatinDiacritics) {
  EXPECT_EQ(fold_case("Chi\u0219in\u0103u"), "chisinau");
  EXPECT_EQ(fold_case("Bogot\u00E1"), "bogota");
  EXPECT_EQ(fold_case("\u0141\u00F3d\u017A"), "lodz");
  EXPECT_EQ(fold_case("Stra\u00DFe"), "strasse");
  EXPECT_EQ(fold_case("\u0394\u03AD\u03BD"), "\u0394\u03AD\u03BD");  // Greek is left as it is
  // The gazetteer's "Chisinau" is found in text that writes the diacritics.
  Document d = make_document("t", "Romania will assist Chi\u0219in\u0103u.", nullptr);
  EXPECT_EQ(d.sentences[0].tokens[3].lower, "chisinau");
}

}  // namespace
}  // namespace relmap

namespace relmap {
namespace {

TEST(Text, ATenMegabyteLineWithNoFullStop) {
  std::string text;
  text.reserve(10u << 20);
  while (text.size() < (10u << 20)) text += "talks ";
  std::vector<Diagnostic> warnings;
  const Document d = make_document("huge.txt", text, &warnings);
  ASSERT_FALSE(d.sentences.empty());
  EXPECT_EQ(d.sentences.back().end, text.size() - 1);  // the last token ends at the last letter
  ASSERT_FALSE(warnings.empty());
  EXPECT_EQ(warnings[0].file, "huge.txt");
}

TEST(Text, EmptyAndWhitespaceDocumentsHaveNoSentences) {
  EXPECT_TRUE(make_document("e", "", nullptr).sentences.empty());
  EXPECT_TRUE(make_document("w", " \n\r\n\t ", nullptr).sentences.empty());
}

}  // namespace
}  // namespace relmap
