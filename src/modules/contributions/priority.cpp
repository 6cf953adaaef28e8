#include "modules/contributions/priority.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include "modules/partnership/model.hpp"

namespace rt::contributions {

std::optional<std::string> open_need_for(std::vector<Need> const& needs, std::string const& need_id)
{
    std::string current = need_id;
    // Merges form chains (A into B, later B into C); a bound guards against a cycle.
    for (std::size_t step = 0; step <= needs.size(); ++step) {
        auto const found = std::ranges::find(needs, current, &Need::id);
        if (found == needs.end())
            return std::nullopt;
        if (found->status == "open")
            return current;
        if (!found->merged_into)
            return std::nullopt;
        current = *found->merged_into;
    }
    return std::nullopt;
}

Priority combine_priority(std::vector<Need> const& needs, std::vector<Ranking> const& rankings)
{
    std::vector<Need const*> open;
    for (auto const& need : needs)
        if (need.status == "open")
            open.push_back(&need);
    auto const n = static_cast<double>(open.size());

    // group -> need -> summed points; group -> number of rankers
    std::map<std::string, std::map<std::string, double>> sums;
    std::map<std::string, int> rankers;
    for (auto const& ranking : rankings) {
        std::set<std::string> seen;
        double place = 0;
        auto& group_sums = sums[ranking.group];
        ++rankers[ranking.group];
        for (auto const& id : ranking.need_ids) {
            auto const resolved = open_need_for(needs, id);
            if (!resolved || !seen.insert(*resolved).second)
                continue;
            group_sums[*resolved] += n - place;
            ++place;
        }
    }

    Priority priority;
    for (auto const group : partnership::k_groups) {
        if (auto const found = rankers.find(std::string { group }); found != rankers.end())
            priority.groups.push_back({ found->first, found->second });
    }
    auto const group_count = static_cast<double>(rankers.size());
    for (auto const* need : open) {
        PriorityLine line { need->id, need->title, 0, 0, {} };
        for (auto const& [group, count] : rankers) {
            double const group_score = sums[group][need->id] / count;
            line.by_group[group] = group_score;
            line.score += group_score;
        }
        if (group_count > 0)
            line.score /= group_count;
        priority.order.push_back(std::move(line));
    }
    // Stable, so needs with the same score keep their age order.
    std::ranges::stable_sort(priority.order, [](PriorityLine const& a, PriorityLine const& b) { return a.score > b.score + 1e-9; });
    int rank = 0;
    for (auto& line : priority.order)
        line.rank = ++rank;
    return priority;
}

}
