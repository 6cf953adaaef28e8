#pragma once

#include <string_view>

// Syllable counts by spelling rules, with a list of exceptions for the words
// the rules get wrong (docs/readability.md). Pure; unit-tested against
// hand-counted sentences.
namespace rt::language {

// `word` is one lowercase English word without apostrophes or hyphens.
[[nodiscard]] int english_syllables(std::string_view word);

// Polish: vowel nuclei (a ą e ę i o ó u y), an `i` before another vowel not
// counted. `word` is UTF-8, any case.
[[nodiscard]] int polish_syllables(std::string_view word);

}
