#include "modules/documents/difference.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <sstream>

#include <dtl/dtl.hpp>

#include "modules/documents/thread.hpp"

namespace rt::documents {

namespace {

std::vector<std::string> words_of(std::string_view text)
{
    std::vector<std::string> words;
    std::istringstream stream { std::string { text } };
    for (std::string word; stream >> word;)
        words.push_back(std::move(word));
    return words;
}

std::vector<WordRun> all_words(std::string_view text, WordChange change)
{
    std::vector<WordRun> runs;
    auto const words = words_of(text);
    if (words.empty())
        return runs;
    WordRun run { change, {} };
    for (auto const& word : words)
        run.text += (run.text.empty() ? "" : " ") + word;
    runs.push_back(std::move(run));
    return runs;
}

std::vector<std::string> other_changes(Section const& before, Section const& after)
{
    std::vector<std::string> changed;
    if (before.kind != after.kind)
        changed.emplace_back("kind");
    if (before.status != after.status)
        changed.emplace_back("status");
    if (before.owner_group != after.owner_group)
        changed.emplace_back("owner_group");
    if (before.due_on != after.due_on)
        changed.emplace_back("due_on");
    if (before.review_on != after.review_on)
        changed.emplace_back("review_on");
    if (before.measure != after.measure)
        changed.emplace_back("measure");
    if (before.parent_id != after.parent_id || before.position != after.position)
        changed.emplace_back("place");
    return changed;
}

}

std::vector<WordRun> difference_in_words(std::string_view before, std::string_view after)
{
    auto const a = words_of(before);
    auto const b = words_of(after);
    dtl::Diff<std::string, std::vector<std::string>> diff { a, b, true };
    diff.compose();
    std::vector<WordRun> runs;
    for (auto const& [word, info] : diff.getSes().getSequence()) {
        auto const change = info.type == dtl::SES_ADD ? WordChange::Added : info.type == dtl::SES_DELETE ? WordChange::Removed : WordChange::Same;
        if (!runs.empty() && runs.back().change == change) {
            runs.back().text += " " + word;
            continue;
        }
        runs.push_back({ change, word });
    }
    return runs;
}

std::vector<SectionDifference> difference_between(std::vector<Section> const& earlier, std::vector<Section> const& later)
{
    auto const before = in_reading_order(earlier);
    auto const after = in_reading_order(later);
    std::map<std::string, Section const*> before_by_id, after_by_id;
    for (auto const& section : before)
        before_by_id[section.id] = &section;
    for (auto const& section : after)
        after_by_id[section.id] = &section;

    // Removed sections, each under the nearest earlier section still there ("" at the start).
    std::map<std::string, std::vector<Section const*>> removed_after;
    std::string last_kept;
    for (auto const& section : before) {
        if (after_by_id.contains(section.id))
            last_kept = section.id;
        else
            removed_after[last_kept].push_back(&section);
    }

    std::vector<SectionDifference> differences;
    auto add_removed = [&](std::string const& after_id) {
        for (auto const* section : removed_after[after_id])
            differences.push_back({ section->id, SectionChange::Removed, section->kind, section->heading, all_words(section->heading, WordChange::Removed),
                all_words(section->body, WordChange::Removed), {} });
    };
    add_removed({});
    for (auto const& section : after) {
        auto const found = before_by_id.find(section.id);
        if (found == before_by_id.end()) {
            differences.push_back({ section.id, SectionChange::Added, section.kind, section.heading, all_words(section.heading, WordChange::Added),
                all_words(section.body, WordChange::Added), {} });
        } else {
            auto const& old = *found->second;
            bool const reworded = old.heading != section.heading || old.body != section.body;
            differences.push_back({ section.id, reworded ? SectionChange::Reworded : SectionChange::Unchanged, section.kind, section.heading,
                difference_in_words(old.heading, section.heading), difference_in_words(old.body, section.body), other_changes(old, section) });
        }
        add_removed(section.id);
    }
    return differences;
}

}
