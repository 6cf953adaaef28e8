#include "modules/panels/combining.hpp"

#include <algorithm>

namespace rt::panels {

std::vector<CandidateResult> combine_panel(std::vector<Criterion> const& criteria, std::vector<CandidateRef> const& candidates,
    std::vector<PanelScore> const& scores)
{
    double total_weight = 0;
    for (auto const& criterion : criteria)
        total_weight += criterion.weight;
    std::vector<CandidateResult> results;
    for (auto const& candidate : candidates) {
        CandidateResult result { candidate.id, candidate.name, 0, 0, {}, 0 };
        std::map<std::string, std::pair<double, int>> groups; // sum, members
        for (auto const& score : scores) {
            if (score.candidate_id != candidate.id || score.scores.size() != criteria.size() || total_weight == 0)
                continue;
            double weighted = 0;
            for (std::size_t i = 0; i < criteria.size(); ++i)
                weighted += criteria[i].weight * score.scores[i];
            groups[score.group].first += weighted / total_weight;
            ++groups[score.group].second;
            ++result.scorers;
        }
        for (auto const& [group, sum_and_count] : groups) {
            result.by_group[group] = sum_and_count.first / sum_and_count.second;
            result.score += result.by_group[group] / static_cast<double>(groups.size());
        }
        results.push_back(std::move(result));
    }
    std::ranges::stable_sort(results, [](CandidateResult const& a, CandidateResult const& b) { return a.score > b.score + 1e-9; });
    int rank = 0;
    for (auto& result : results)
        result.rank = ++rank;
    return results;
}

}
