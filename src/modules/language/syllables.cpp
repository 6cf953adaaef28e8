#include "modules/language/syllables.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>

namespace rt::language {

namespace {

bool is_vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

// Words whose spelling misleads the rules below, with their syllables as a
// dictionary divides them (British English).
std::unordered_map<std::string_view, int> const& exceptions()
{
    static std::unordered_map<std::string_view, int> const table {
        { "area", 3 }, { "areas", 3 }, { "idea", 3 }, { "ideas", 3 }, { "create", 2 }, { "created", 3 }, { "creates", 2 },
        { "creating", 3 }, { "creative", 3 }, { "react", 2 }, { "reacted", 3 }, { "real", 1 }, { "really", 2 },
        { "business", 2 }, { "businesses", 3 }, { "wednesday", 2 }, { "poem", 2 }, { "poems", 2 }, { "poet", 2 }, { "poets", 2 },
        { "naive", 2 }, { "quiet", 2 }, { "quietly", 3 }, { "diet", 2 }, { "science", 2 }, { "client", 2 }, { "clients", 2 },
        { "video", 3 }, { "videos", 3 }, { "radio", 3 }, { "stadium", 3 }, { "museum", 3 }, { "coordinator", 5 },
        { "coordinate", 4 }, { "cooperate", 4 }, { "cooperation", 5 }, { "being", 2 }, { "seeing", 2 }, { "doing", 2 },
        { "going", 2 }, { "everyone", 3 }, { "everything", 3 }, { "someone", 2 }, { "somewhere", 2 }, { "something", 2 },
        { "whole", 1 }, { "come", 1 }, { "some", 1 }, { "done", 1 }, { "gone", 1 }, { "one", 1 }, { "once", 1 }, { "give", 1 },
        { "have", 1 }, { "live", 1 }, { "love", 1 }, { "move", 1 }, { "were", 1 }, { "there", 1 }, { "where", 1 }, { "here", 1 },
        { "the", 1 }, { "be", 1 }, { "he", 1 }, { "she", 1 }, { "we", 1 }, { "me", 1 }, { "age", 1 }, { "ages", 2 },
        { "people", 2 }, { "every", 3 }, { "hour", 1 }, { "hours", 1 }, { "our", 1 }, { "fire", 1 }, { "tired", 1 },
        { "diabetes", 4 }, { "dementia", 3 }, { "various", 3 }, { "opinion", 3 }, { "easier", 3 }, { "lively", 2 },
        { "gentle", 2 }, { "little", 2 }, { "useful", 2 }, { "used", 1 }, { "biggest", 2 }, { "pharmacy", 3 },
        { "toilets", 2 }, { "toilet", 2 }, { "suitable", 3 }, { "nobody", 3 }, { "tuesday", 2 }, { "surgery", 3 },
        { "exercise", 3 }, { "quarterly", 3 }, { "reablement", 4 }, { "recreate", 3 }, { "preview", 2 }, { "review", 2 },
        { "reviewed", 2 }, { "reviews", 2 }, { "unsafe", 2 }, { "safer", 2 }, { "entrance", 2 }, { "welcome", 2 },
        { "welcomed", 2 }, { "course", 1 }, { "courses", 2 }, { "sure", 1 }, { "whose", 1 }, { "those", 1 }, { "these", 1 },
        { "lunch", 1 }, { "via", 2 }, { "deliverables", 5 }, { "stakeholder", 3 }, { "maybe", 2 }, { "whereas", 2 },
        { "language", 2 }, { "languages", 3 }, { "guarantee", 3 }, { "liaise", 2 }, { "liaison", 3 }, { "genuine", 3 },
        { "ensure", 2 }, { "insure", 2 }, { "measure", 2 }, { "pleasure", 2 }, { "leisure", 2 }, { "future", 2 },
        { "nature", 2 }, { "picture", 2 }, { "culture", 2 }, { "structure", 2 }, { "procedure", 3 }, { "questionnaire", 3 },
        { "ahmed", 2 }, { "mohammed", 3 }, { "household", 2 }, { "framework", 2 }, { "homework", 2 }, { "lifetime", 2 },
        { "someday", 2 }, { "sometimes", 2 }, { "wheelchair", 2 }, { "timetable", 3 }, { "statement", 2 }, { "element", 3 },
        { "elements", 3 }, { "does", 1 }, { "doesn", 1 }, { "goes", 1 }, { "shoes", 1 }, { "toes", 1 }, { "hoped", 1 },
    };
    return table;
}

// The rules: vowel groups, a silent final e, -ed and -es that add no
// syllable, vowel pairs that are two syllables, a u after q that is no vowel.
int by_rules(std::string_view word)
{
    if (word.empty())
        return 0;
    int count = 0;
    bool previous_vowel = false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        char const c = word[i];
        bool vowel = is_vowel(c);
        if (c == 'y' && i == 0)
            vowel = false; // you, year
        if (c == 'u' && i > 0 && word[i - 1] == 'q')
            vowel = false; // quiet, quarter: the u is a w sound
        if (vowel && previous_vowel && i > 0) {
            // Pairs said as two syllables: ia, io, iu, ua, uo, eo (not after
            // c, t, s, x, g, where -cia, -tion, -sion, -gion are one).
            char const p = word[i - 1];
            bool const split = (p == 'i' && (c == 'a' || c == 'o' || c == 'u')) || (p == 'u' && (c == 'a' || c == 'o'))
                || (p == 'e' && c == 'o' && i + 1 < word.size() && word[i + 1] != 'u');
            char const before = i >= 2 ? word[i - 2] : ' ';
            bool const softened = p == 'i' && (before == 'c' || before == 't' || before == 's' || before == 'x' || before == 'g');
            bool const after_q = p == 'u' && i >= 2 && word[i - 2] == 'q';
            if (split && !softened && !after_q)
                ++count;
        } else if (vowel && !previous_vowel) {
            ++count;
        }
        previous_vowel = vowel;
    }
    auto const n = word.size();
    auto consonant_at = [&](std::size_t index) { return index < n && !is_vowel(word[index]); };
    bool const syllabic_ending = (word.ends_with("le") || word.ends_with("re")) && consonant_at(n - 3);
    if (n >= 3 && word.ends_with("e") && consonant_at(n - 2) && !syllabic_ending)
        --count; // silent final e: care, fire, one (but table, simple, centre)
    else if (n >= 4 && word.ends_with("ed") && word[n - 3] != 't' && word[n - 3] != 'd' && consonant_at(n - 3))
        --count; // liked, shared (but wanted, needed)
    else if (n >= 4 && word.ends_with("es") && consonant_at(n - 3)) {
        char const c = word[n - 3];
        bool const sibilant = c == 's' || c == 'x' || c == 'z' || c == 'c' || c == 'g' || (c == 'h' && (word[n - 4] == 'c' || word[n - 4] == 's'));
        bool const le = c == 'l' && n >= 5 && consonant_at(n - 4);
        if (!sibilant && !le)
            --count; // notes, times (but places, changes, tables)
    }
    return std::max(count, 1);
}

struct Suffix {
    std::string_view text;
    int syllables;
};

// Suffixes whose own syllables are counted apart, so that the stem keeps its
// silent e: statement, careful, homeless, lonely.
constexpr std::array<Suffix, 9> k_suffixes { { { "fully", 2 }, { "ments", 1 }, { "ment", 1 }, { "ness", 1 }, { "less", 1 },
    { "ful", 1 }, { "ly", 1 }, { "s", 0 }, { "d", 0 } } };

}

int english_syllables(std::string_view word)
{
    if (word.empty())
        return 0;
    auto const& table = exceptions();
    if (auto const found = table.find(word); found != table.end())
        return found->second;
    for (auto const& suffix : k_suffixes) {
        if (word.size() < suffix.text.size() + 3 || !word.ends_with(suffix.text))
            continue;
        auto const stem = word.substr(0, word.size() - suffix.text.size());
        // A plural or past form of an exception counts as its stem.
        if (auto const found = table.find(stem); found != table.end())
            return found->second + suffix.syllables;
        if (suffix.text == "s" || suffix.text == "d")
            continue;
        if (suffix.text == "ly" && (stem.ends_with("l") || stem.ends_with("b") || !stem.ends_with("e")))
            continue; // family, possibly, early: the rules see these right
        return by_rules(stem) + suffix.syllables;
    }
    return by_rules(word);
}

int polish_syllables(std::string_view word)
{
    // Decode to code points; vowels are a e i o u y and ą ę ó (either case).
    auto vowel = [](char32_t c) {
        switch (c) {
        case U'a': case U'e': case U'i': case U'o': case U'u': case U'y': case U'ą': case U'ę': case U'ó':
        case U'A': case U'E': case U'I': case U'O': case U'U': case U'Y': case U'Ą': case U'Ę': case U'Ó':
            return true;
        default:
            return false;
        }
    };
    std::u32string letters;
    for (std::size_t i = 0; i < word.size();) {
        auto const c = static_cast<unsigned char>(word[i]);
        char32_t point = c;
        std::size_t length = 1;
        if (c >= 0xF0 && i + 3 < word.size()) {
            point = ((c & 0x07u) << 18) | ((word[i + 1] & 0x3Fu) << 12) | ((word[i + 2] & 0x3Fu) << 6) | (word[i + 3] & 0x3Fu);
            length = 4;
        } else if (c >= 0xE0 && i + 2 < word.size()) {
            point = ((c & 0x0Fu) << 12) | ((word[i + 1] & 0x3Fu) << 6) | (word[i + 2] & 0x3Fu);
            length = 3;
        } else if (c >= 0xC0 && i + 1 < word.size()) {
            point = ((c & 0x1Fu) << 6) | (word[i + 1] & 0x3Fu);
            length = 2;
        }
        letters.push_back(point);
        i += length;
    }
    int count = 0;
    for (std::size_t i = 0; i < letters.size(); ++i) {
        if (!vowel(letters[i]))
            continue;
        bool const softening_i = (letters[i] == U'i' || letters[i] == U'I') && i + 1 < letters.size() && vowel(letters[i + 1]);
        if (!softening_i)
            ++count;
    }
    return count;
}

}
