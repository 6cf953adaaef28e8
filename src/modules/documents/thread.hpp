#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "modules/documents/model.hpp"

// The golden thread's rules, pure (no database), as docs/documents.md
// describes them: which links and sections are suspect, which sections have
// no community trace, and how an objective's progress rolls up.
namespace rt::documents {

// The sections in reading order: each parent before its children, siblings by
// position (then id, so the order is total).
[[nodiscard]] std::vector<Section> in_reading_order(std::vector<Section> sections);

// The words a section is published, checked and translated as: its heading,
// a blank line, its body.
[[nodiscard]] std::string published_wording(Section const& section);
// A translation of those words back into heading and body: split at the
// first blank line, or else after the first line.
[[nodiscard]] std::pair<std::string, std::string> split_wording(std::string const& wording);

// What each linked source is now, by (source kind, source id): the
// fingerprint of its substance. A source that is gone has no entry.
using Fingerprints = std::map<std::pair<std::string, std::string>, std::string>;

// The sections above a section: its parent in the tree, and the sections it
// links to (an action delivers an objective, an objective serves the vision).
[[nodiscard]] std::map<std::string, std::set<std::string>> sections_above(std::vector<Section> const& sections, std::vector<SectionLink> const& links);

enum class SuspectReason {
    SourceChanged, // one of its own links is suspect
    Beneath,       // a section it rests on is suspect because what people said changed
};

struct Suspicion {
    std::set<std::string> links; // ids of links whose source changed or is gone
    std::map<std::string, SuspectReason> sections;
};

// A link is suspect when its source's fingerprint is no longer the one it
// kept, or the source is gone. Its section is suspect. When the source is
// something people said (not another section), every section above it is
// suspect too, transitively: the words an action rests on changed, so the
// objective it delivers, and the vision that objective serves, need another
// look. A link to a section that was reworded makes only its own section
// suspect: the action must be checked against the objective's new words, and
// nothing above the action has changed.
[[nodiscard]] Suspicion find_suspicion(std::vector<Section> const& sections, std::vector<SectionLink> const& links, Fingerprints const& now);

// Visions, values, objectives and actions with no path to anything people
// said: no link to a contribution, need, decision, survey question or
// activity, directly or through the sections they link to. Text sections are
// never flagged.
[[nodiscard]] std::set<std::string> without_community_trace(std::vector<Section> const& sections, std::vector<SectionLink> const& links);

// An objective's progress from the actions that deliver it (its child actions
// and the actions linked to it): done counts 1, dropped leaves the count, and
// every other status counts 0. share = done / (actions - dropped); none (not
// enough data) when no action is left to count.
struct Progress {
    int actions { 0 };
    int done { 0 };
    int dropped { 0 };
    std::optional<double> share;
};
[[nodiscard]] Progress roll_up(std::string const& objective_id, std::vector<Section> const& sections, std::vector<SectionLink> const& links);

}
