#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "modules/contributions/model.hpp"

// Combining partners' rankings of needs so that every stakeholder group
// weighs the same, however many of its members ranked. Pure; unit-tested.
namespace rt::contributions {

struct PriorityLine {
    std::string need_id;
    std::string title;
    int rank { 0 };
    double score { 0 };
    std::map<std::string, double> by_group;
};

struct GroupRankers {
    std::string group;
    int rankers { 0 };
};

struct Priority {
    std::vector<PriorityLine> order;
    std::vector<GroupRankers> groups; // in the canonical group order
};

// `needs` is every need of the project, oldest first (merged ones included, so
// that rankings naming them count for the need they were merged into).
// With N open needs, place i (1 = first) of a ranking earns N - i + 1 points;
// a group's score is the mean over its rankers; the combined score is the mean
// over the groups that ranked. Ties keep the older need first.
[[nodiscard]] Priority combine_priority(std::vector<Need> const& needs, std::vector<Ranking> const& rankings);

// The open need a (possibly merged) need now lives in, if any.
[[nodiscard]] std::optional<std::string> open_need_for(std::vector<Need> const& needs, std::string const& need_id);

}
