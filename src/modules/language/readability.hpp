#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The readability engine: words (ICU word boundaries), sentences, syllables
// and the scores of docs/readability.md. Pure; unit-tested with hand counts.
namespace rt::language {

// Offsets and lengths count Unicode code points of the submitted text.
struct Span {
    std::size_t offset { 0 };
    std::size_t length { 0 };
};

enum class TokenKind { Word, Number, Acronym, Abbreviation };

struct Token {
    std::size_t begin { 0 }; // UTF-16 units into the text
    std::size_t end { 0 };
    TokenKind kind { TokenKind::Word };
    int syllables { 0 };
    std::size_t sentence { 0 };
};

// A word as ICU finds it, before hyphenated words are joined: what the
// glossary matches against ("hard-to-reach" is three of these).
// What is known of an English word however often it appears: kept per
// thread, so that a long text works each word out once.
struct WordInfo {
    std::string lowercase; // ASCII, with ’ as '
    int syllables { 0 };
    std::string stem;      // Snowball English
};

struct Piece {
    std::size_t begin { 0 };
    std::size_t end { 0 };
    // For English words written in ASCII; null otherwise. Valid until the
    // next analyse() on this thread (which may trim the cache).
    WordInfo const* info { nullptr };
};

struct SentenceSpan {
    std::size_t begin { 0 }; // UTF-16 units
    std::size_t end { 0 };
    std::size_t first_token { 0 };
    std::size_t token_count { 0 };
    int syllables { 0 };
};

struct Analysis {
    std::string language; // en, pl, ar, or another BCP 47 primary tag
    std::vector<Token> tokens;
    std::vector<Piece> pieces;
    std::vector<SentenceSpan> sentences;
    std::u16string text; // the text in UTF-16, for the glossary's look-arounds

    [[nodiscard]] Span span(std::size_t begin, std::size_t end) const;
    [[nodiscard]] std::string utf8(std::size_t begin, std::size_t end) const;
    [[nodiscard]] std::u16string_view view(std::size_t begin, std::size_t end) const
    {
        return std::u16string_view { text }.substr(begin, end - begin);
    }

    std::vector<std::size_t> utf16_to_code_point; // empty when identical
};

// Splits and counts. `locale` is a BCP 47 tag; its primary language picks the
// syllable rules (English and Polish) and the long-word rule.
[[nodiscard]] Analysis analyse(std::string_view utf8, std::string_view locale);

// Lowercase ASCII of a word with ’ read as ', or "" when it has other
// characters (the caller then takes the slower Unicode path).
[[nodiscard]] std::string ascii_lowercase(std::u16string_view word);

struct Scores {
    std::size_t sentences { 0 };
    std::size_t words { 0 };
    std::size_t syllables { 0 };
    std::optional<double> reading_ease; // Flesch (English)
    std::optional<double> grade;        // Flesch-Kincaid (English)
    std::optional<double> pisarek;      // Polish, nonlinear form
    std::optional<double> pisarek_linear;
    std::size_t long_words { 0 };
    double average_sentence_length { 0 };
};

[[nodiscard]] Scores score(Analysis const& analysis);
[[nodiscard]] double flesch_reading_ease(double words, double sentences, double syllables);
[[nodiscard]] double flesch_kincaid_grade(double words, double sentences, double syllables);
[[nodiscard]] bool is_long_word(Analysis const& analysis, Token const& token);

struct PassiveHint {
    Span span;
    std::string text;
};
[[nodiscard]] std::vector<PassiveHint> passive_hints(Analysis const& analysis);

}
