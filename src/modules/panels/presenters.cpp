#include "modules/panels/presenters.hpp"

#include <cmath>

#include <boost/json.hpp>

namespace rt::panels {

namespace {

// Scores to three decimals, as they are shown.
double rounded(double value)
{
    return std::round(value * 1000) / 1000;
}

}

boost::json::object panel_json(PanelView const& view)
{
    auto const& panel = view.panel;
    boost::json::array criteria, members;
    for (auto const& criterion : panel.criteria)
        criteria.push_back({ { "id", criterion.id }, { "name", criterion.name }, { "weight", criterion.weight } });
    for (auto const& member : view.members)
        members.push_back({ { "person_id", member.person_id }, { "name", member.name }, { "group", member.group } });
    boost::json::object object { { "id", panel.id }, { "title", panel.title }, { "purpose", panel.purpose }, { "kind", panel.kind },
        { "project_id", panel.project_id ? boost::json::value(*panel.project_id) : boost::json::value(nullptr) }, { "criteria", std::move(criteria) },
        { "members", std::move(members) }, { "i_sit_on_it", view.sits_on_it }, { "created_at", panel.created_at } };
    if (!view.detail)
        return object;
    boost::json::array candidates, my_conflicts;
    for (auto const& candidate : view.detail->candidates)
        candidates.push_back(candidate_json(candidate));
    for (auto const& candidate : view.detail->my_conflicts)
        my_conflicts.emplace_back(candidate);
    boost::json::object my_scores;
    for (auto const& [candidate, by_criterion] : view.detail->my_scores) {
        boost::json::object scores;
        for (auto const& [criterion, score] : by_criterion)
            scores[criterion] = score;
        my_scores[candidate] = std::move(scores);
    }
    object["candidates"] = std::move(candidates);
    object["my_conflicts"] = std::move(my_conflicts);
    object["my_scores"] = std::move(my_scores);
    return object;
}

boost::json::object candidate_json(Candidate const& candidate)
{
    return { { "id", candidate.id }, { "name", candidate.name }, { "details", candidate.details }, { "created_at", candidate.created_at } };
}

boost::json::object conflict_json(Conflict const& conflict)
{
    return { { "candidate_id", conflict.candidate_id }, { "reason", conflict.reason }, { "declared_at", conflict.declared_at } };
}

boost::json::object scored_json(Scored const& scored)
{
    boost::json::object scores;
    for (auto const& [criterion, score] : scored.by_criterion)
        scores[criterion] = score;
    return { { "candidate_id", scored.candidate_id }, { "scores", std::move(scores) }, { "updated_at", scored.updated_at } };
}

boost::json::object results_json(Results const& results)
{
    boost::json::array rows, groups;
    for (auto const& line : results.candidates) {
        boost::json::object by_group;
        for (auto const& [group, score] : line.by_group)
            by_group[group] = rounded(score);
        rows.push_back({ { "candidate_id", line.candidate_id }, { "name", line.name }, { "score", rounded(line.score) }, { "rank", line.rank },
            { "by_group", std::move(by_group) }, { "scorers", line.scorers } });
    }
    for (auto const& [group, count] : results.members_by_group)
        groups.push_back({ { "group", group }, { "members", count } });
    return { { "candidates", std::move(rows) }, { "groups", std::move(groups) } };
}

}
