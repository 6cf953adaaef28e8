#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/time.hpp"
#include "modules/projects/model.hpp"

// Pure rules of a project's life: which moves are allowed, who is missing at
// the first gate, and the timeline's figures. No database; unit-tested.
namespace rt::projects {

// discover -> design -> deliver -> review -> design (again) or closed; any stage -> closed.
[[nodiscard]] bool is_allowed_move(std::string_view from, std::string_view to);

// Required groups with no accepted member, in the order of the charter.
[[nodiscard]] std::vector<std::string> missing_groups(std::vector<std::string> const& required, std::vector<std::string> const& accepted_groups);

// How many different stakeholder groups the co-leads come from. Leaving
// discover needs two: no one sector leads alone.
[[nodiscard]] std::size_t co_lead_group_count(std::vector<CoLead> const& co_leads);

struct Moment {
    std::string at;
    std::string stage;
    double lag_days { 0 }; // since the project was created, to one decimal
};

struct GroupTimeline {
    std::string group;
    bool required { false };
    std::optional<Moment> invited;   // first invitation sent (or joined directly)
    std::optional<Moment> accepted;  // first acceptance (or joined directly)
    std::optional<Moment> took_part; // first attendance, contribution or vote
};

// One row per stakeholder group (all seven, in the canonical order): the
// first moment of each kind, or nothing when it has not happened.
[[nodiscard]] std::vector<GroupTimeline> compute_timeline(TimePoint created_at, std::vector<std::string> const& required_groups,
    std::vector<ProjectEvent> const& events);

// The group a person speaks for when they do not say: their lived-experience
// group if they have one, otherwise their first; nobody recorded: a resident.
[[nodiscard]] std::string default_group(std::vector<std::string> const& groups);

[[nodiscard]] double lag_in_days(TimePoint from, TimePoint to);

}
