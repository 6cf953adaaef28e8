#include "modules/projects/lifecycle.hpp"

#include <algorithm>
#include <cmath>

#include "modules/partnership/model.hpp"

namespace rt::projects {

bool is_allowed_move(std::string_view from, std::string_view to)
{
    if (from == to || from == "closed")
        return false;
    if (to == "closed")
        return true;
    return (from == "discover" && to == "design") || (from == "design" && to == "deliver") || (from == "deliver" && to == "review")
        || (from == "review" && to == "design");
}

std::vector<std::string> missing_groups(std::vector<std::string> const& required, std::vector<std::string> const& accepted_groups)
{
    std::vector<std::string> missing;
    for (auto const& group : required) {
        if (std::ranges::find(accepted_groups, group) == accepted_groups.end())
            missing.push_back(group);
    }
    return missing;
}

std::size_t co_lead_group_count(std::vector<CoLead> const& co_leads)
{
    std::vector<std::string> groups;
    for (auto const& lead : co_leads) {
        if (std::ranges::find(groups, lead.group) == groups.end())
            groups.push_back(lead.group);
    }
    return groups.size();
}

double lag_in_days(TimePoint from, TimePoint to)
{
    auto const milliseconds = std::chrono::duration_cast<std::chrono::milliseconds>(to - from).count();
    return std::round(static_cast<double>(milliseconds) / 86'400'000.0 * 10.0) / 10.0;
}

std::vector<GroupTimeline> compute_timeline(TimePoint created_at, std::vector<std::string> const& required_groups,
    std::vector<ProjectEvent> const& events)
{
    std::vector<GroupTimeline> rows;
    for (auto const group : partnership::k_groups) {
        GroupTimeline row;
        row.group = std::string { group };
        row.required = std::ranges::find(required_groups, row.group) != required_groups.end();
        rows.push_back(std::move(row));
    }

    // Keeps the earliest moment: events may arrive in any order.
    auto keep_first = [&](std::optional<Moment>& slot, ProjectEvent const& event, TimePoint at) {
        if (slot && slot->at <= event.at)
            return;
        slot = Moment { event.at, event.stage, lag_in_days(created_at, at) };
    };
    for (auto const& event : events) {
        auto const at = parse_time(event.at);
        auto row = std::ranges::find(rows, event.group, &GroupTimeline::group);
        if (!at || row == rows.end())
            continue;
        if (event.kind == "invited" || event.kind == "joined")
            keep_first(row->invited, event, *at);
        if (event.kind == "accepted" || event.kind == "joined")
            keep_first(row->accepted, event, *at);
        if (event.kind == "took_part")
            keep_first(row->took_part, event, *at);
    }
    return rows;
}

std::string default_group(std::vector<std::string> const& groups)
{
    for (auto const group : k_lived_experience_groups) {
        if (std::ranges::find(groups, group) != groups.end())
            return std::string { group };
    }
    return groups.empty() ? std::string { "residents" } : groups.front();
}

}
