#include "modules/documents/thread.hpp"

#include <algorithm>
#include <deque>
#include <functional>

namespace rt::documents {

std::string published_wording(Section const& section)
{
    return section.heading + "\n\n" + section.body;
}

std::pair<std::string, std::string> split_wording(std::string const& wording)
{
    auto const trim = [](std::string text) {
        auto const first = text.find_first_not_of(" \t\r\n");
        if (first == std::string::npos)
            return std::string {};
        return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
    };
    auto const text = trim(wording);
    // A blank line may carry spaces or a carriage return.
    for (std::size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', at + 1)) {
        auto const next = text.find('\n', at + 1);
        if (next == std::string::npos)
            break;
        if (text.find_first_not_of(" \t\r", at + 1) == next)
            return { trim(text.substr(0, at)), trim(text.substr(next + 1)) };
    }
    auto const line_end = text.find('\n');
    if (line_end == std::string::npos)
        return { text, "" };
    return { trim(text.substr(0, line_end)), trim(text.substr(line_end + 1)) };
}

std::vector<Section> in_reading_order(std::vector<Section> sections)
{
    std::map<std::string, std::vector<Section const*>> children; // "" holds the top level
    std::set<std::string> ids;
    for (auto const& section : sections)
        ids.insert(section.id);
    for (auto const& section : sections) {
        // A parent that is not among these sections puts its child at the top.
        auto const parent = section.parent_id && ids.contains(*section.parent_id) ? *section.parent_id : std::string {};
        children[parent].push_back(&section);
    }
    for (auto& [parent, list] : children)
        std::ranges::sort(list, [](Section const* a, Section const* b) { return std::tie(a->position, a->id) < std::tie(b->position, b->id); });
    std::vector<Section> ordered;
    ordered.reserve(sections.size());
    std::set<std::string> placed;
    std::function<void(std::string const&)> place = [&](std::string const& parent) {
        auto found = children.find(parent);
        if (found == children.end())
            return;
        for (auto const* child : found->second) {
            if (!placed.insert(child->id).second)
                continue;
            ordered.push_back(*child);
            place(child->id);
        }
    };
    place({});
    return ordered;
}

std::map<std::string, std::set<std::string>> sections_above(std::vector<Section> const& sections, std::vector<SectionLink> const& links)
{
    std::map<std::string, std::set<std::string>> above;
    std::set<std::string> ids;
    for (auto const& section : sections)
        ids.insert(section.id);
    for (auto const& section : sections) {
        if (section.parent_id && ids.contains(*section.parent_id))
            above[section.id].insert(*section.parent_id);
    }
    for (auto const& link : links) {
        if (link.source_kind == "section" && ids.contains(link.source_id) && link.source_id != link.section_id)
            above[link.section_id].insert(link.source_id);
    }
    return above;
}

Suspicion find_suspicion(std::vector<Section> const& sections, std::vector<SectionLink> const& links, Fingerprints const& now)
{
    Suspicion suspicion;
    std::deque<std::string> rising; // sections whose suspicion climbs to the sections above them
    for (auto const& link : links) {
        auto const current = now.find({ link.source_kind, link.source_id });
        if (current != now.end() && current->second == link.fingerprint)
            continue;
        suspicion.links.insert(link.id);
        suspicion.sections[link.section_id] = SuspectReason::SourceChanged;
        if (link.source_kind != "section")
            rising.push_back(link.section_id);
    }
    auto const above = sections_above(sections, links);
    std::set<std::string> climbed;
    while (!rising.empty()) {
        auto const id = rising.front();
        rising.pop_front();
        if (!climbed.insert(id).second)
            continue; // a cycle of links, or a section reached twice
        auto const found = above.find(id);
        if (found == above.end())
            continue;
        for (auto const& higher : found->second) {
            // A section with a suspect link of its own keeps that, the stronger reason.
            suspicion.sections.try_emplace(higher, SuspectReason::Beneath);
            rising.push_back(higher);
        }
    }
    return suspicion;
}

std::set<std::string> without_community_trace(std::vector<Section> const& sections, std::vector<SectionLink> const& links)
{
    std::map<std::string, std::vector<std::string>> linked_sections; // section -> sections it links to
    std::set<std::string> traced;
    for (auto const& link : links) {
        if (link.source_kind == "section")
            linked_sections[link.section_id].push_back(link.source_id);
        else
            traced.insert(link.section_id);
    }
    // Traced through links: repeat until nothing changes (at most one pass per section).
    for (bool grew = true; grew;) {
        grew = false;
        for (auto const& [section, targets] : linked_sections) {
            if (traced.contains(section))
                continue;
            if (std::ranges::any_of(targets, [&](std::string const& target) { return traced.contains(target); })) {
                traced.insert(section);
                grew = true;
            }
        }
    }
    std::set<std::string> untraced;
    for (auto const& section : sections) {
        if (section.kind != "text" && !traced.contains(section.id))
            untraced.insert(section.id);
    }
    return untraced;
}

Progress roll_up(std::string const& objective_id, std::vector<Section> const& sections, std::vector<SectionLink> const& links)
{
    std::set<std::string> delivering;
    for (auto const& link : links) {
        if (link.source_kind == "section" && link.source_id == objective_id)
            delivering.insert(link.section_id);
    }
    Progress progress;
    for (auto const& section : sections) {
        if (section.kind != "action")
            continue;
        if (section.parent_id != objective_id && !delivering.contains(section.id))
            continue;
        ++progress.actions;
        auto const status = section.status.value_or("not_started");
        if (status == "done")
            ++progress.done;
        else if (status == "dropped")
            ++progress.dropped;
    }
    int const counted = progress.actions - progress.dropped;
    if (counted > 0)
        progress.share = static_cast<double>(progress.done) / counted;
    return progress;
}

}
