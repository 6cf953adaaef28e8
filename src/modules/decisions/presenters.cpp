#include "modules/decisions/presenters.hpp"

#include <cmath>

#include <boost/json.hpp>

#include "core/form.hpp"

namespace rt::decisions {

namespace {

double rounded(double value)
{
    return std::round(value * 10000.0) / 10000.0;
}

}

boost::json::object tally_json(CountResult const& result)
{
    boost::json::object counts, positions, totals;
    for (auto const& [group, choices] : result.counts) {
        boost::json::object object;
        for (auto const& [choice, n] : choices)
            object[choice] = n;
        counts[group] = std::move(object);
    }
    for (auto const& [group, choices] : result.group_positions) {
        boost::json::object object;
        for (auto const& [choice, share] : choices)
            object[choice] = rounded(share);
        positions[group] = std::move(object);
    }
    for (auto const& [choice, figure] : result.totals)
        totals[choice] = rounded(figure);
    boost::json::array rounds;
    for (auto const& round : result.rounds) {
        boost::json::object tallies;
        for (auto const& [option, tally] : round.tallies)
            tallies[option] = rounded(tally);
        rounds.push_back({ { "tallies", std::move(tallies) },
            { "eliminated", round.eliminated ? boost::json::value(*round.eliminated) : boost::json::value(nullptr) },
            { "exhausted", rounded(round.exhausted) } });
    }
    return { { "passed", result.passed }, { "result", result.outcome }, { "quorum", result.quorum }, { "voters", result.voters },
        { "missing_groups", to_json_array(result.missing_groups) }, { "counts", std::move(counts) }, { "group_positions", std::move(positions) },
        { "totals", std::move(totals) }, { "rounds", std::move(rounds) }, { "explanation", result.explanation } };
}

boost::json::array objections_json(std::vector<Objection> const& objections)
{
    boost::json::array array;
    for (auto const& objection : objections)
        array.push_back({ { "person", objection.person_id.empty() ? boost::json::value(nullptr)
                                                                  : boost::json::value(boost::json::object { { "id", objection.person_id }, { "name", objection.name } }) },
            { "group", objection.group },
            { "kind", objection.kind }, { "reason", objection.reason }, { "version", objection.version }, { "status", objection.status },
            { "raised_at", objection.raised_at },
            { "resolved_at", objection.resolved_at ? boost::json::value(*objection.resolved_at) : boost::json::value(nullptr) } });
    return array;
}

boost::json::object decision_json(std::string const& id, Proposal const& proposal, CountResult const& result, std::vector<Objection> const& objections,
    std::string const& rationale, Closer const& closer, std::string const& closer_group, std::string const& at)
{
    auto object = tally_json(result);
    object["id"] = id;
    object["proposal_id"] = proposal.id;
    object["project_id"] = proposal.project_id;
    object["title"] = proposal.title;
    object["text"] = proposal.text;
    object["method"] = proposal.method;
    object["weighting"] = proposal.weighting;
    object["options"] = to_json_array(proposal.options);
    object["required_groups"] = to_json_array(proposal.required_groups);
    object["objections"] = objections_json(objections);
    object["rationale"] = rationale;
    object["closed_by"] = { { "id", closer.id }, { "name", closer.name }, { "group", closer_group } };
    object["version"] = proposal.version;
    object["contribution_ids"] = to_json_array(proposal.contribution_ids);
    object["need_ids"] = to_json_array(proposal.need_ids);
    object["created_at"] = at;
    return object;
}

}
