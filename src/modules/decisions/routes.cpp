#include "modules/decisions/routes.hpp"

#include <boost/json.hpp>

#include "core/form.hpp"
#include "http/paging.hpp"
#include "http/respond.hpp"
#include "modules/bound.hpp"
#include "modules/decisions/commands.hpp"
#include "modules/decisions/presenters.hpp"
#include "modules/decisions/queries.hpp"

namespace rt::decisions {

namespace {

using http::Access;
using http::RequestContext;
using http::Response;
using http::json_or_problem;
using http::with_id;

boost::json::object vote_json(Proposal const& proposal, Vote const& vote, bool with_person)
{
    auto const& ballot = vote.ballot;
    boost::json::object object { { "group", ballot.group }, { "version", ballot.version }, { "reason", vote.reason }, { "comment", vote.comment },
        { "updated_at", vote.updated_at } };
    if (with_person)
        object["person"] = { { "id", ballot.person_id }, { "name", vote.name } };
    auto const& method = proposal.method;
    if (method == "consent" || method == "consensus" || method == "majority") {
        object["position"] = ballot.position;
    } else if (method == "ranked_choice") {
        boost::json::array ranking;
        for (int const index : ballot.ranking)
            if (index >= 0 && static_cast<std::size_t>(index) < proposal.options.size())
                ranking.emplace_back(proposal.options[static_cast<std::size_t>(index)]);
        object["ranking"] = std::move(ranking);
    } else {
        boost::json::object values;
        auto const& numbers = method == "score" ? ballot.scores : ballot.dots;
        for (std::size_t i = 0; i < proposal.options.size() && i < numbers.size(); ++i)
            values[proposal.options[i]] = numbers[i];
        object[method == "score" ? "scores" : "dots"] = std::move(values);
    }
    return object;
}

boost::json::object proposal_json(ProposalView const& view)
{
    auto const& p = view.proposal;
    boost::json::object object {
        { "id", p.id },
        { "project_id", p.project_id },
        { "title", p.title },
        { "text", p.text },
        { "method", p.method },
        { "weighting", p.weighting },
        { "options", to_json_array(p.options) },
        { "threshold", p.threshold_percent / 100.0 },
        { "dots_per_voter", p.dots_per_voter },
        { "closes_at", p.closes_at },
        { "status", p.status },
        { "version", p.version },
        { "required_groups", to_json_array(p.required_groups) },
        { "contribution_ids", to_json_array(p.contribution_ids) },
        { "need_ids", to_json_array(p.need_ids) },
        { "proposer", { { "id", p.proposer_person_id.value_or("") }, { "name", p.proposer_name }, { "group", p.proposer_group } } },
        { "voters", view.voters },
        { "my_vote", view.my_vote ? boost::json::value(vote_json(p, *view.my_vote, false)) : boost::json::value(nullptr) },
        { "can_close", view.can_close },
        { "can_take_part", view.can_take_part },
        { "decision_id", view.decision_id ? boost::json::value(*view.decision_id) : boost::json::value(nullptr) },
        { "created_at", p.created_at },
        { "updated_at", p.updated_at },
    };
    if (view.tally) {
        boost::json::array votes;
        for (auto const& vote : view.votes)
            votes.push_back(vote_json(p, vote, true));
        object["votes"] = std::move(votes);
        object["votes_shown"] = view.votes_shown;
        object["objections"] = objections_json(view.objections);
        object["tally"] = tally_json(*view.tally);
    }
    return object;
}

boost::json::object comment_json(Comment const& comment)
{
    return { { "id", comment.id }, { "parent_id", comment.parent_id ? boost::json::value(*comment.parent_id) : boost::json::value(nullptr) },
        { "author", { { "id", comment.person_id.value_or("") }, { "name", comment.name } } }, { "group", comment.group }, { "text", comment.text },
        { "created_at", comment.created_at } };
}


Response list_route(Services& services, RequestContext const& context)
{
    return list_for_id(services, context, list_proposals, proposal_json);
}

Response create_route(Services& services, RequestContext const& context)
{
    return create_for_id<ProposalForm>(services, context, create_proposal, get_proposal, proposal_json);
}

Response get_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) {
        return http::respond(get_proposal(services.database, context.signed_in(), id), 200, proposal_json);
    });
}

Response amend_route(Services& services, RequestContext const& context)
{
    return change_for_id<AmendForm>(services, context, amend_proposal, get_proposal, proposal_json);
}

Response vote_route(Services& services, RequestContext const& context)
{
    return change_for_id<VoteForm>(services, context, cast_vote, get_proposal, proposal_json);
}

Response comments_route(Services& services, RequestContext const& context)
{
    return list_for_id(services, context, list_comments, comment_json);
}

Response comment_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) {
        return http::submit<CommentForm>(
            context.request, 201, [&](CommentForm const& form) { return add_comment(services.database, context.signed_in(), id, form); },
            comment_json);
    });
}

Response close_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) {
        return http::with_form<CloseForm>(
            context.request,
            [&](CloseForm const& form) {
                auto closed = close_proposal(services.database, context.signed_in(), id, form);
                if (!closed)
                    return Response::problem(closed.error());
                return http::respond(get_decision(services.database, context.signed_in(), *closed), 201, [](auto const& record) { return record; });
            });
    });
}

Response decision_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) {
        return http::respond(get_decision(services.database, context.signed_in(), id), 200, [](auto const& record) { return record; });
    });
}

}

void register_routes(http::Router& router, Services& services)
{
    router.add({ "GET", "/api/v1/projects/{id}/proposals", Access::Session, bound(services, list_route),
        { "A project's proposals, newest first", "decisions", "", "ProposalList", 200, {}, { 404 } } });
    router.add({ "POST", "/api/v1/projects/{id}/proposals", Access::Session, bound(services, create_route),
        { "Propose something to decide (project members)", "decisions", "ProposalCreate", "Proposal", 201, {}, { 403, 404, 422 } } });
    router.add({ "GET", "/api/v1/proposals/{id}", Access::Session, bound(services, get_route),
        { "A proposal with its votes, objections and the count as it stands", "decisions", "", "Proposal", 200, {}, { 404 } } });
    router.add({ "PATCH", "/api/v1/proposals/{id}", Access::Session, bound(services, amend_route),
        { "Amend a proposal (the proposer or organisers): objections to earlier versions are resolved", "decisions", "ProposalAmend", "Proposal",
            200, {}, { 403, 404, 409, 422 } } });
    router.add({ "POST", "/api/v1/proposals/{id}/votes", Access::Session, bound(services, vote_route),
        { "Vote, or change my vote (project members)", "decisions", "Vote", "Proposal", 200, {}, { 403, 404, 409, 422 } } });
    router.add({ "GET", "/api/v1/proposals/{id}/comments", Access::Session, bound(services, comments_route),
        { "The discussion of a proposal, oldest first", "decisions", "", "CommentList", 200, {}, { 404 } } });
    router.add({ "POST", "/api/v1/proposals/{id}/comments", Access::Session, bound(services, comment_route),
        { "Comment or reply (one level deep)", "decisions", "CommentCreate", "Comment", 201, {}, { 403, 404, 422 } } });
    router.add({ "POST", "/api/v1/proposals/{id}/close", Access::Session, bound(services, close_route),
        { "Close and record the decision (organisers); 409 quorum_missing names the groups", "decisions", "Close", "Decision", 201, {},
            { 403, 404, 409, 422 } } });
    router.add({ "GET", "/api/v1/decisions/{id}", Access::Session, bound(services, decision_route),
        { "A decision record", "decisions", "", "Decision", 200, {}, { 404 } } });
}

}
