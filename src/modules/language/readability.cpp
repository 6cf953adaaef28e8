#include "modules/language/readability.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>
#include <stdexcept>
#include <unordered_map>

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/ustring.h>

#include "modules/language/glossary.hpp"
#include "modules/language/syllables.hpp"

namespace rt::language {

namespace {

// Creating an ICU break iterator loads its rules; each thread keeps one.
icu::BreakIterator& word_iterator()
{
    thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> created { icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status) };
        if (U_FAILURE(status) || !created)
            throw std::runtime_error("ICU word break iterator unavailable");
        return created;
    }();
    return *iterator;
}

std::string to_utf8(std::u16string const& text, std::size_t begin, std::size_t end)
{
    std::string out;
    icu::UnicodeString(false, reinterpret_cast<UChar const*>(text.data()) + begin, static_cast<int32_t>(end - begin)).toUTF8String(out);
    return out;
}

std::string primary_language(std::string_view locale)
{
    std::string language;
    for (char c : locale.substr(0, locale.find_first_of("-_")))
        language.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    return language.empty() ? "en" : language;
}

bool is_terminator(char16_t c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u'\u2026' || c == u'\u061F';
}

bool is_closer(char16_t c)
{
    return c == u'"' || c == u'\'' || c == u'\u201D' || c == u'\u2019' || c == u')' || c == u']' || c == u'\u00BB' || c == u'\u201C';
}

bool is_hyphen(char16_t c)
{
    return c == u'-' || c == u'\u2010' || c == u'\u2011';
}

struct Abbreviation {
    std::u16string_view text;
    int syllables;
};

constexpr std::array<Abbreviation, 11> k_abbreviations { { { u"Dr", 2 }, { u"Mr", 2 }, { u"Mrs", 2 }, { u"Ms", 1 }, { u"St", 1 },
    { u"e.g", 2 }, { u"i.e", 2 }, { u"etc", 4 }, { u"vs", 2 }, { u"approx", 4 }, { u"No", 2 } } };

std::optional<int> abbreviation_syllables(std::u16string_view word)
{
    for (auto const& abbreviation : k_abbreviations) {
        if (word == abbreviation.text)
            return abbreviation.syllables;
        // "E.g." and "Etc." at the start of a sentence.
        if (word.size() == abbreviation.text.size() && !word.empty() && abbreviation.text[0] >= u'a' && abbreviation.text[0] <= u'z'
            && word[0] == abbreviation.text[0] - u'a' + u'A' && word.substr(1) == abbreviation.text.substr(1))
            return abbreviation.syllables;
    }
    return std::nullopt;
}

// A vowel in English spelling, accented letters included (café, naïve).
char english_letter(char16_t c)
{
    if (c >= u'A' && c <= u'Z')
        return static_cast<char>(c - u'A' + 'a');
    if (c < 0x80)
        return static_cast<char>(c);
    switch (c) {
    case u'à': case u'á': case u'â': case u'ä': return 'a';
    case u'é': case u'è': case u'ê': case u'ë': return 'e';
    case u'í': case u'ì': case u'î': case u'ï': return 'i';
    case u'ó': case u'ò': case u'ô': case u'ö': return 'o';
    case u'ú': case u'ù': case u'û': case u'ü': return 'u';
    default: return 'x';
    }
}

bool is_apostrophe(char16_t c)
{
    return c == u'\'' || c == u'\u2019';
}

// Syllables of one English word as written (apostrophes allowed).
int english_word_syllables(std::u16string_view word)
{
    std::string base, suffix;
    bool after_apostrophe = false;
    for (char16_t const c : word) {
        if (is_apostrophe(c)) {
            after_apostrophe = true;
            continue;
        }
        (after_apostrophe ? suffix : base).push_back(english_letter(c));
    }
    // couldn't, isn't: a syllable for n't after a consonant (not don't, can't).
    if (suffix == "t" && base.size() >= 3 && base.back() == 'n') {
        auto const stem = std::string_view { base }.substr(0, base.size() - 1);
        char const last = stem.back();
        bool const vowel = last == 'a' || last == 'e' || last == 'i' || last == 'o' || last == 'u' || last == 'y';
        if (!vowel)
            return english_syllables(stem) + 1;
        return english_syllables(base + suffix);
    }
    if (suffix == "s" || suffix.empty())
        return english_syllables(base + suffix);
    return english_syllables(base); // I'm, we'd, they've, we'll, you're
}

int letters_in(std::u16string_view word)
{
    return static_cast<int>(std::ranges::count_if(word, [](char16_t c) { return u_isalpha(c); }));
}

bool is_acronym(std::u16string_view word)
{
    // A plural is still the abbreviation: KPIs, GPs, ICBs.
    if (word.size() > 2 && word.back() == u's')
        word.remove_suffix(1);
    int upper = 0;
    for (char16_t const c : word) {
        if (c < 0x80) { // most words: no call into ICU
            if (c >= u'a' && c <= u'z')
                return false;
            upper += c >= u'A' && c <= u'Z';
            continue;
        }
        if (u_islower(c))
            return false;
        if (u_isupper(c))
            ++upper;
    }
    return upper >= 2;
}

int acronym_syllables(std::u16string_view word)
{
    // The plural's s adds no syllable: "KPIs" is said kay-pee-eyes.
    if (word.size() > 2 && word.back() == u's')
        word.remove_suffix(1);
    int count = 0;
    for (char16_t const c : word) {
        if (c == u'W')
            count += 3;
        else if (u_isalnum(c))
            ++count;
    }
    return count;
}

int digits_in(std::u16string_view word)
{
    return static_cast<int>(std::ranges::count_if(word, [](char16_t c) { return u_isdigit(c); }));
}

// Arabic letters that make a word long: no diacritics, no tatweel, no
// leading definite article (also after و ف ب ك).
int arabic_letters(std::u16string_view word)
{
    std::u16string letters;
    for (char16_t const c : word) {
        bool const diacritic = (c >= 0x064B && c <= 0x065F) || c == 0x0670;
        if (!diacritic && c != 0x0640 && u_isalpha(c))
            letters.push_back(c);
    }
    std::u16string_view view { letters };
    if (view.size() > 3 && (view[0] == u'و' || view[0] == u'ف' || view[0] == u'ب' || view[0] == u'ك') && view.substr(1, 2) == u"ال")
        view.remove_prefix(3);
    else if (view.size() > 2 && view.substr(0, 2) == u"ال")
        view.remove_prefix(2);
    return static_cast<int>(view.size());
}

}

std::string Analysis::utf8(std::size_t begin, std::size_t end) const
{
    return to_utf8(text, begin, end);
}

namespace {

// Lowercase ASCII into `out` (’ read as '); false for other characters.
bool ascii_lowercase_into(std::u16string_view word, std::string& out)
{
    out.resize(word.size());
    for (std::size_t i = 0; i < word.size(); ++i) {
        char16_t const c = word[i];
        if (c == u'\u2019')
            out[i] = '\'';
        else if (c >= 0x80)
            return false;
        else
            out[i] = c >= u'A' && c <= u'Z' ? static_cast<char>(c - u'A' + 'a') : static_cast<char>(c);
    }
    return true;
}

}

std::string ascii_lowercase(std::u16string_view word)
{
    std::string out;
    return ascii_lowercase_into(word, out) ? out : std::string {};
}

Span Analysis::span(std::size_t begin, std::size_t end) const
{
    if (utf16_to_code_point.empty())
        return { begin, end - begin };
    return { utf16_to_code_point[begin], utf16_to_code_point[end] - utf16_to_code_point[begin] };
}

Analysis analyse(std::string_view utf8, std::string_view locale)
{
    Analysis analysis;
    analysis.language = primary_language(locale);
    // UTF-16 straight into the analysis; ICU reads it through an alias.
    {
        analysis.text.resize(utf8.size());
        int32_t length = 0;
        UErrorCode status = U_ZERO_ERROR;
        u_strFromUTF8WithSub(reinterpret_cast<UChar*>(analysis.text.data()), static_cast<int32_t>(analysis.text.size()), &length, utf8.data(),
            static_cast<int32_t>(utf8.size()), 0xFFFD, nullptr, &status);
        if (U_FAILURE(status))
            throw std::runtime_error("text could not be read as UTF-8");
        analysis.text.resize(static_cast<std::size_t>(length));
    }
    icu::UnicodeString const unicode { false, reinterpret_cast<UChar const*>(analysis.text.data()), static_cast<int32_t>(analysis.text.size()) };
    auto const& text = analysis.text;
    if (std::ranges::any_of(text, [](char16_t c) { return c >= 0xD800 && c <= 0xDFFF; })) {
        analysis.utf16_to_code_point.resize(text.size() + 1);
        std::size_t point = 0;
        for (std::size_t i = 0; i < text.size(); ++i) {
            analysis.utf16_to_code_point[i] = point;
            if (!(text[i] >= 0xDC00 && text[i] <= 0xDFFF))
                ++point;
        }
        analysis.utf16_to_code_point[text.size()] = point;
    }

    // 1. Words as ICU's word boundaries find them.
    auto& iterator = word_iterator();
    iterator.setText(unicode);
    struct Raw {
        std::size_t begin, end;
        bool number;
    };
    std::vector<Raw> raw;
    raw.reserve(text.size() / 5);
    auto view_of = [&](Raw const& piece) { return std::u16string_view { text }.substr(piece.begin, piece.end - piece.begin); };
    for (int32_t start = iterator.first(), end = iterator.next(); end != icu::BreakIterator::DONE; start = end, end = iterator.next()) {
        auto const status = iterator.getRuleStatus();
        if (status >= UBRK_WORD_NUMBER)
            raw.push_back({ static_cast<std::size_t>(start), static_cast<std::size_t>(end), status < UBRK_WORD_LETTER });
    }
    analysis.pieces.reserve(raw.size());
    thread_local std::unordered_map<std::string, WordInfo> known;
    if (known.size() > 200000)
        known.clear();
    bool const english_text = analysis.language == "en";
    std::string lowered;
    for (auto const& piece : raw) {
        WordInfo const* info = nullptr;
        if (english_text && !piece.number) {
            if (ascii_lowercase_into(view_of(piece), lowered) && !lowered.empty()) {
                auto found = known.find(lowered);
                if (found == known.end()) {
                    WordInfo fresh { lowered, english_word_syllables(view_of(piece)), stem(lowered) };
                    found = known.emplace(lowered, std::move(fresh)).first;
                }
                info = &found->second;
            }
        }
        analysis.pieces.push_back({ piece.begin, piece.end, info });
    }
    analysis.tokens.reserve(raw.size());

    // 2. Join hyphenated words and A&E, then give each word its kind and syllables.
    std::u16string_view const view { text };
    bool const english = analysis.language == "en";
    bool const polish = analysis.language == "pl";
    auto part_syllables = [&](std::size_t index) {
        auto const& part = raw[index];
        auto const word = view.substr(part.begin, part.end - part.begin);
        if (part.number)
            return digits_in(word);
        if (is_acronym(word))
            return acronym_syllables(word);
        if (english)
            return analysis.pieces[index].info ? analysis.pieces[index].info->syllables : english_word_syllables(word);
        if (polish)
            return polish_syllables(to_utf8(text, part.begin, part.end));
        return 0;
    };
    for (std::size_t i = 0; i < raw.size();) {
        std::size_t j = i;
        int syllables = part_syllables(i);
        while (j + 1 < raw.size() && raw[j].end + 1 == raw[j + 1].begin) {
            char16_t const joiner = text[raw[j].end];
            bool const joins_acronym = joiner == u'&' && u_isupper(text[raw[j].end - 1]) && u_isupper(text[raw[j + 1].begin]);
            if (!is_hyphen(joiner) && !joins_acronym)
                break;
            ++j;
            syllables += part_syllables(j);
        }
        Token token;
        token.begin = raw[i].begin;
        token.end = raw[j].end;
        auto const word = view.substr(token.begin, token.end - token.begin);
        if (j == i && raw[i].number) {
            token.kind = TokenKind::Number;
        } else if (is_acronym(word)) {
            token.kind = TokenKind::Acronym;
            syllables = acronym_syllables(word);
        } else if (j == i && token.end < text.size() && text[token.end] == u'.') {
            if (auto const fixed = abbreviation_syllables(word)) {
                // "No." is an abbreviation only before a number.
                bool number_follows = false;
                if (word == u"No") {
                    std::size_t next = token.end + 1;
                    while (next < text.size() && (text[next] == u' ' || text[next] == u'\u00A0'))
                        ++next;
                    number_follows = next < text.size() && u_isdigit(text[next]);
                }
                if (word != u"No" || number_follows) {
                    token.kind = TokenKind::Abbreviation;
                    syllables = *fixed;
                }
            }
        }
        token.syllables = syllables;
        analysis.tokens.push_back(std::move(token));
        i = j + 1;
    }

    // 3. Sentences end at . ! ? (a run is one end) outside words and
    // abbreviations, and at a blank line.
    auto breaks_between = [&](std::size_t from, std::size_t to, bool skip_dot) {
        std::size_t position = from;
        if (skip_dot && position < to && text[position] == u'.')
            ++position;
        for (; position < to; ++position) {
            char16_t const c = text[position];
            if (is_terminator(c))
                return true;
            if (c == u'\n') {
                std::size_t next = position + 1;
                while (next < to && (text[next] == u' ' || text[next] == u'\t' || text[next] == u'\r'))
                    ++next;
                if (next < to && text[next] == u'\n')
                    return true;
            }
        }
        return false;
    };
    auto& tokens = analysis.tokens;
    auto end_of_sentence = [&](std::size_t last) {
        std::size_t end = tokens[last].end;
        if (tokens[last].kind == TokenKind::Abbreviation)
            ++end;
        while (end < text.size() && (is_terminator(text[end]) || is_closer(text[end])))
            ++end;
        return end;
    };
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        bool const starts = i == 0 || breaks_between(tokens[i - 1].end, tokens[i].begin, tokens[i - 1].kind == TokenKind::Abbreviation);
        if (starts) {
            if (!analysis.sentences.empty()) {
                auto& previous = analysis.sentences.back();
                previous.end = end_of_sentence(i - 1);
            }
            analysis.sentences.push_back({ tokens[i].begin, tokens[i].end, i, 0, 0 });
        }
        auto& sentence = analysis.sentences.back();
        tokens[i].sentence = analysis.sentences.size() - 1;
        ++sentence.token_count;
        sentence.syllables += tokens[i].syllables;
    }
    if (!analysis.sentences.empty())
        analysis.sentences.back().end = end_of_sentence(tokens.size() - 1);
    return analysis;
}

double flesch_reading_ease(double words, double sentences, double syllables)
{
    return 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words);
}

double flesch_kincaid_grade(double words, double sentences, double syllables)
{
    return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}

namespace {

enum class Script { English, Polish, Arabic, Other };

Script script_of(Analysis const& analysis)
{
    if (analysis.language == "en")
        return Script::English;
    if (analysis.language == "pl")
        return Script::Polish;
    return analysis.language == "ar" ? Script::Arabic : Script::Other;
}

bool is_long(Analysis const& analysis, Script script, Token const& token)
{
    if (token.kind != TokenKind::Word)
        return false;
    switch (script) {
    case Script::English:
        return token.syllables >= 3;
    case Script::Polish:
        return token.syllables >= 4;
    case Script::Arabic:
        return arabic_letters(analysis.view(token.begin, token.end)) > 6;
    case Script::Other:
        return letters_in(analysis.view(token.begin, token.end)) > 6; // LIX's long word
    }
    return false;
}

}

bool is_long_word(Analysis const& analysis, Token const& token)
{
    return is_long(analysis, script_of(analysis), token);
}

Scores score(Analysis const& analysis)
{
    Scores scores;
    scores.sentences = analysis.sentences.size();
    scores.words = analysis.tokens.size();
    auto const script = script_of(analysis);
    for (auto const& token : analysis.tokens) {
        scores.syllables += static_cast<std::size_t>(token.syllables);
        if (is_long(analysis, script, token))
            ++scores.long_words;
    }
    if (scores.words == 0)
        return scores;
    auto const words = static_cast<double>(scores.words), sentences = static_cast<double>(scores.sentences);
    scores.average_sentence_length = words / sentences;
    if (analysis.language == "en") {
        scores.reading_ease = flesch_reading_ease(words, sentences, static_cast<double>(scores.syllables));
        scores.grade = flesch_kincaid_grade(words, sentences, static_cast<double>(scores.syllables));
    } else if (analysis.language == "pl") {
        double const hard = 100.0 * static_cast<double>(scores.long_words) / words;
        scores.pisarek = 0.5 * std::sqrt(scores.average_sentence_length * scores.average_sentence_length + hard * hard);
        scores.pisarek_linear = scores.average_sentence_length / 3.0 + hard / 3.0 + 1.0;
    }
    return scores;
}

std::vector<PassiveHint> passive_hints(Analysis const& analysis)
{
    static constexpr std::array<std::string_view, 13> k_be { "am", "is", "are", "was", "were", "be", "been", "being", "get", "gets", "got",
        "gotten", "getting" };
    static constexpr std::array<std::string_view, 40> k_irregular { "made", "done", "given", "taken", "seen", "held", "paid", "sent", "told",
        "known", "shown", "written", "built", "kept", "brought", "bought", "found", "left", "met", "run", "set", "put", "cut", "led", "heard",
        "chosen", "spent", "sold", "won", "lost", "made", "read", "said", "thought", "taught", "caught", "understood", "begun", "driven",
        "forgotten" };
    std::vector<PassiveHint> hints;
    if (analysis.language != "en")
        return hints;
    auto const& tokens = analysis.tokens;
    // Lowercase into a small buffer: the words compared are short.
    auto lower = [&](Token const& token) {
        auto const word = analysis.view(token.begin, token.end);
        std::string out;
        if (word.size() > 15)
            return word.ends_with(u"ed") ? std::string { "long-ed" } : out;
        for (char16_t const c : word) {
            if (c >= 0x80)
                return std::string {};
            out.push_back(c >= u'A' && c <= u'Z' ? static_cast<char>(c - u'A' + 'a') : static_cast<char>(c));
        }
        return out;
    };
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
        auto const length = tokens[i].end - tokens[i].begin;
        if (length < 2 || length > 7 || std::ranges::find(k_be, lower(tokens[i])) == k_be.end())
            continue;
        std::size_t next = i + 1;
        // One word may come between: "was not decided", "will be quickly reviewed".
        auto const between = lower(tokens[next]);
        if ((between == "not" || between.ends_with("ly")) && next + 1 < tokens.size() && tokens[next + 1].sentence == tokens[i].sentence)
            ++next;
        if (tokens[next].sentence != tokens[i].sentence || tokens[next].kind != TokenKind::Word)
            continue;
        auto const word = lower(tokens[next]);
        bool const participle = (word.size() > 4 && word.ends_with("ed")) || std::ranges::find(k_irregular, word) != k_irregular.end();
        if (!participle)
            continue;
        hints.push_back({ analysis.span(tokens[i].begin, tokens[next].end), to_utf8(analysis.text, tokens[i].begin, tokens[next].end) });
        i = next;
    }
    return hints;
}

}
