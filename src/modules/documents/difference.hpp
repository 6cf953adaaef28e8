#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "modules/documents/model.hpp"

// The readable difference between two versions of a document, section by
// section, with the words that changed marked. Pure: no database.
namespace rt::documents {

enum class WordChange { Same, Added, Removed };

// A run of words with the same change, joined by single spaces.
struct WordRun {
    WordChange change { WordChange::Same };
    std::string text;
};

// The words of `after` against `before` (split at white space): the shortest
// edit script (Myers' algorithm, from dtl), removed words before added ones
// where a run was replaced.
[[nodiscard]] std::vector<WordRun> difference_in_words(std::string_view before, std::string_view after);

enum class SectionChange { Unchanged, Added, Removed, Reworded };

struct SectionDifference {
    std::string section_id;
    SectionChange change { SectionChange::Unchanged };
    std::string kind;
    std::string heading; // as it is in the later version (the earlier for a removed section)
    std::vector<WordRun> heading_words;
    std::vector<WordRun> body_words;
    // Other things that changed: "kind", "status", "owner_group", "due_on", "review_on", "measure", "place".
    std::vector<std::string> also_changed;
};

// Sections are matched by id. The later version's reading order, with each
// removed section after the one it followed in the earlier version. A section
// is reworded when its heading or body differ.
[[nodiscard]] std::vector<SectionDifference> difference_between(std::vector<Section> const& earlier, std::vector<Section> const& later);

}
