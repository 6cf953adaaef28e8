// The readability engine against sentences counted by hand
// (tests/unit/readability_cases*.hpp, written from docs/readability.md).

#include <cmath>

#include <gtest/gtest.h>

#include "modules/language/readability.hpp"
#include "readability_cases.hpp"
#include "readability_cases_pl.hpp"

namespace rt::language {
namespace {

std::string per_word(Analysis const& analysis)
{
    std::string out;
    for (auto const& token : analysis.tokens)
        out += analysis.utf8(token.begin, token.end) + "(" + std::to_string(token.syllables) + ") ";
    return out;
}

TEST(Readability, EnglishCountsMatchTheHandCounts)
{
    for (auto const& example : test::count_cases) {
        auto const analysis = analyse(example.text, "en-GB");
        auto const scores = score(analysis);
        EXPECT_EQ(scores.sentences, static_cast<std::size_t>(example.sentences)) << example.text;
        EXPECT_EQ(scores.words, static_cast<std::size_t>(example.words)) << example.text << "\n  " << per_word(analysis);
        EXPECT_EQ(scores.syllables, static_cast<std::size_t>(example.syllables)) << example.text << "\n  " << per_word(analysis);
    }
}

TEST(Readability, FleschScoresMatchTheHandArithmetic)
{
    for (auto const& example : test::flesch_cases) {
        auto const scores = score(analyse(example.text, "en"));
        EXPECT_EQ(scores.sentences, static_cast<std::size_t>(example.sentences)) << example.text;
        EXPECT_EQ(scores.words, static_cast<std::size_t>(example.words)) << example.text;
        EXPECT_EQ(scores.syllables, static_cast<std::size_t>(example.syllables)) << example.text;
        ASSERT_TRUE(scores.reading_ease && scores.grade);
        EXPECT_NEAR(*scores.reading_ease, example.reading_ease, 0.005) << example.text;
        EXPECT_NEAR(*scores.grade, example.grade, 0.005) << example.text;
    }
}

TEST(Readability, PolishCountsMatchTheHandCounts)
{
    for (auto const& example : test::count_cases_pl) {
        auto const analysis = analyse(example.text, "pl");
        auto const scores = score(analysis);
        EXPECT_EQ(scores.sentences, static_cast<std::size_t>(example.sentences)) << example.text;
        EXPECT_EQ(scores.words, static_cast<std::size_t>(example.words)) << example.text << "\n  " << per_word(analysis);
        EXPECT_EQ(scores.syllables, static_cast<std::size_t>(example.syllables)) << example.text << "\n  " << per_word(analysis);
    }
}

TEST(Readability, PisarekIsWorkedOutFromSentenceLengthAndHardWords)
{
    // 2 sentences, 10 words; hard words (4+ syllables): "poniedziałku" (4) and
    // "informacyjne" (5): PHW = 20. ASL = 5.
    // Pisarek = 0.5 * sqrt(5^2 + 20^2) = 0.5 * sqrt(425) = 10.3078; linear = 5/3 + 20/3 + 1 = 9.3333.
    auto const scores = score(analyse("Spotkanie jest w poniedziałku rano. Mamy ulotki informacyjne dla was.", "pl"));
    ASSERT_EQ(scores.words, 10u);
    ASSERT_EQ(scores.long_words, 2u);
    ASSERT_TRUE(scores.pisarek && scores.pisarek_linear);
    EXPECT_NEAR(*scores.pisarek, 10.3078, 0.0001);
    EXPECT_NEAR(*scores.pisarek_linear, 9.3333, 0.0001);
}

TEST(Readability, OffsetsCountCodePoints)
{
    // "🙂 " is one code point (two UTF-16 units); "Zażółć" is six.
    auto const analysis = analyse("🙂 Zażółć tea.", "en");
    ASSERT_EQ(analysis.tokens.size(), 2u);
    auto const first = analysis.span(analysis.tokens[0].begin, analysis.tokens[0].end);
    EXPECT_EQ(first.offset, 2u);
    EXPECT_EQ(first.length, 6u);
    EXPECT_EQ(analysis.span(analysis.tokens[1].begin, analysis.tokens[1].end).offset, 9u);
}

TEST(Readability, ArabicLongWordsLeaveOutTheArticle)
{
    // والمستشفيات (and the hospitals): و + ال + مستشفيات (8 letters) -> long.
    // المركز (the centre): ال + مركز (4 letters) -> not long. Two sentences: ؟ ends one.
    auto const analysis = analyse("والمستشفيات قريبة؟ المركز مفتوح.", "ar");
    auto const scores = score(analysis);
    EXPECT_EQ(scores.sentences, 2u);
    EXPECT_EQ(scores.words, 4u);
    EXPECT_EQ(scores.long_words, 1u);
    EXPECT_FALSE(scores.reading_ease.has_value());
}

TEST(Readability, PassiveHintsPointAtBePlusParticiple)
{
    auto const hints = passive_hints(analyse("The plan was agreed. We agreed it. It will be quickly reviewed and was not given out.", "en"));
    ASSERT_EQ(hints.size(), 3u);
    EXPECT_EQ(hints[0].text, "was agreed");
    EXPECT_EQ(hints[0].span.offset, 9u);
    EXPECT_EQ(hints[1].text, "be quickly reviewed");
    EXPECT_EQ(hints[2].text, "was not given");
}

}
}
