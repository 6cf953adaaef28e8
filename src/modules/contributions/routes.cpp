#include "modules/contributions/routes.hpp"

#include <boost/json.hpp>

#include "core/form.hpp"
#include "http/paging.hpp"
#include "http/respond.hpp"
#include "modules/bound.hpp"
#include "modules/contributions/commands.hpp"
#include "modules/contributions/presenters.hpp"
#include "modules/contributions/queries.hpp"
#include "modules/partnership/model.hpp"

namespace rt::contributions {

namespace {

using http::Access;
using http::RequestContext;
using http::Response;
using http::json_or_problem;
using http::with_id;

boost::json::object need_json(NeedView const& view)
{
    auto const& need = view.need;
    boost::json::array evidence;
    for (auto const& [group, count] : view.evidence_by_group)
        evidence.push_back({ { "group", group }, { "count", count } });
    return {
        { "id", need.id },
        { "project_id", need.project_id },
        { "title", need.title },
        { "description", need.description },
        { "communities", to_json_array(need.communities) },
        { "status", need.status },
        { "merged_into", need.merged_into ? boost::json::value(*need.merged_into) : boost::json::value(nullptr) },
        { "contribution_ids", to_json_array(need.contribution_ids) },
        { "evidence", std::move(evidence) },
        { "rank", view.rank ? boost::json::value(*view.rank) : boost::json::value(nullptr) },
        { "score", view.score ? boost::json::value(rounded(*view.score)) : boost::json::value(nullptr) },
        { "created_at", need.created_at },
    };
}

boost::json::object priority_json(Priority const& priority)
{
    boost::json::array order, groups;
    for (auto const& line : priority.order) {
        boost::json::object by_group;
        for (auto const& [group, score] : line.by_group)
            by_group[group] = rounded(score);
        order.push_back({ { "need_id", line.need_id }, { "title", line.title }, { "rank", line.rank }, { "score", rounded(line.score) },
            { "by_group", std::move(by_group) } });
    }
    for (auto const& group : priority.groups)
        groups.push_back({ { "group", group.group }, { "rankers", group.rankers } });
    return { { "order", std::move(order) }, { "groups", std::move(groups) } };
}

// The filters a list accepts; a bad value is a 422 naming it.
Result<store::ContributionFilter> read_filter(http::Request const& request)
{
    store::ContributionFilter filter;
    FieldErrors errors;
    auto check = [&](std::string_view name, auto const& allowed, std::optional<std::string>& into) {
        auto value = request.query_value(name);
        if (!value || value->empty())
            return;
        if (std::ranges::find(allowed, *value) == allowed.end())
            errors[std::string { name }].push_back("Choose one of the listed values.");
        else
            into = *value;
    };
    check("status", k_statuses, filter.status);
    check("kind", k_kinds, filter.kind);
    check("group", partnership::k_groups, filter.group);
    if (!errors.empty())
        return std::unexpected(Error::invalid(std::move(errors)));
    return filter;
}


Response list_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) {
        auto filter = read_filter(context.request);
        if (!filter)
            return Response::problem(filter.error());
        auto const& viewer = context.signed_in().person_id;
        return http::list_response(
            context.request, [&](PageRequest const& page) { return list_contributions(services.database, context.signed_in(), id, *filter, page); },
            [&](Contribution const& contribution) { return contribution_json(contribution, viewer); });
    });
}

Response create_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) {
        auto const& viewer = context.signed_in().person_id;
        return http::submit<ContributionForm>(
            context.request, 201, [&](ContributionForm const& form) { return create_contribution(services.database, context.signed_in(), id, form); },
            [&](Contribution const& contribution) { return contribution_json(contribution, viewer); });
    });
}

Response get_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) {
        auto const& viewer = context.signed_in().person_id;
        return http::respond(get_contribution(services.database, context.signed_in(), id), 200,
            [&](ContributionDetail const& detail) { return detail_json(detail, viewer); });
    });
}

Response correct_route(Services& services, RequestContext const& context)
{
    auto const& viewer = context.signed_in().person_id;
    return change_for_id<CorrectionForm>(services, context, correct_contribution, get_contribution,
        [&](ContributionDetail const& detail) { return detail_json(detail, viewer); });
}

Response respond_route(Services& services, RequestContext const& context)
{
    auto const& viewer = context.signed_in().person_id;
    return change_for_id<ResponseForm>(services, context, contributions::respond, get_contribution,
        [&](ContributionDetail const& detail) { return detail_json(detail, viewer); });
}

Response shaped_route(Services& services, RequestContext const& context)
{
    return list_for_id(services, context, get_shaped, shaped_json);
}

Response project_said_did_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) {
        auto const& viewer = context.signed_in().person_id;
        return http::respond(project_you_said_we_did(services.database, context.signed_in(), id), 200, [&](auto const& groups) {
            boost::json::array array;
            for (auto const& group : groups) {
                boost::json::array items;
                for (auto const& detail : group.items)
                    items.push_back(detail_json(detail, viewer));
                array.push_back({ { "status", group.status }, { "items", std::move(items) } });
            }
            return boost::json::object { { "groups", std::move(array) } };
        });
    });
}

Response my_said_did_route(Services& services, RequestContext const& context)
{
    auto const& viewer = context.signed_in().person_id;
    return http::list_response(context.request, [&](PageRequest const& page) { return my_you_said_we_did(services.database, context.signed_in(), page); },
        [&](ContributionDetail const& detail) { return detail_json(detail, viewer); });
}

Response list_needs_route(Services& services, RequestContext const& context)
{
    return list_for_id(services, context, list_needs, need_json);
}

Response create_need_route(Services& services, RequestContext const& context)
{
    return create_for_id<NeedForm>(services, context, create_need, get_need, need_json);
}

template<typename Form, typename Command>
Response change_need(Services& services, RequestContext const& context, Command command)
{
    return with_id(context, [&](std::string const& id) {
        return http::submit<Form>(
            context.request, 200,
            [&](Form const& form) {
                return and_then(command(services.database, context.signed_in(), id, form), [&](Need const& need) {
                    return get_need(services.database, context.signed_in(), need.id);
                });
            },
            need_json);
    });
}

Response update_need_route(Services& services, RequestContext const& context)
{
    return change_need<NeedUpdateForm>(services, context, update_need);
}

Response evidence_route(Services& services, RequestContext const& context)
{
    return change_need<EvidenceForm>(services, context, add_evidence);
}

Response merge_route(Services& services, RequestContext const& context)
{
    return change_need<MergeForm>(services, context, merge_need);
}

Response ranking_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) {
        return http::submit<RankingForm>(
            context.request, 200, [&](RankingForm const& form) { return save_ranking(services.database, context.signed_in(), id, form); }, priority_json);
    });
}

Response priority_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) {
        return http::respond(get_priority(services.database, context.signed_in(), id), 200, priority_json);
    });
}

}

void register_routes(http::Router& router, Services& services)
{
    router.add({ "GET", "/api/v1/projects/{id}/contributions", Access::Session, bound(services, list_route),
        { "A project's contributions, newest first (anonymous ones without their author)", "contributions", "", "ContributionList", 200,
            { "status", "kind", "group" }, { 404, 422 } } });
    router.add({ "POST", "/api/v1/projects/{id}/contributions", Access::Session, bound(services, create_route),
        { "Say something to a project: a need, idea, concern, experience, question or feedback", "contributions", "ContributionCreate",
            "Contribution", 201, {}, { 403, 404, 422 } } });
    router.add({ "GET", "/api/v1/contributions/{id}", Access::Session, bound(services, get_route),
        { "One contribution with its history, the needs it evidences and what it shaped", "contributions", "", "ContributionDetail", 200, {},
            { 404 } } });
    router.add({ "PATCH", "/api/v1/contributions/{id}", Access::Session, bound(services, correct_route),
        { "Correct the words of a contribution (its author, or the organiser who wrote it down); links from living documents become suspect",
            "contributions", "ContributionCorrection", "ContributionDetail", 200, {}, { 403, 404, 422 } } });
    router.add({ "POST", "/api/v1/contributions/{id}/response", Access::Session, bound(services, respond_route),
        { "Answer a contribution: considered, adopted, partly adopted or not adopted (with why)", "contributions", "ContributionResponse",
            "ContributionDetail", 200, {}, { 403, 404, 422 } } });
    router.add({ "GET", "/api/v1/contributions/{id}/shaped", Access::Session, bound(services, shaped_route),
        { "What this contribution shaped: needs, decisions, document sections", "contributions", "", "ShapedList", 200, {}, { 404 } } });
    router.add({ "GET", "/api/v1/projects/{id}/you-said-we-did", Access::Session, bound(services, project_said_did_route),
        { "Every contribution to the project with its answer, grouped by status", "contributions", "", "YouSaidWeDid", 200, {}, { 404 } } });
    router.add({ "GET", "/api/v1/me/you-said-we-did", Access::Session, bound(services, my_said_did_route),
        { "Everything I said, what became of it and what it shaped", "contributions", "", "ContributionDetailList", 200 } });
    router.add({ "GET", "/api/v1/projects/{id}/needs", Access::Session, bound(services, list_needs_route),
        { "The needs register, in combined priority order", "contributions", "", "NeedList", 200, {}, { 404 } } });
    router.add({ "POST", "/api/v1/projects/{id}/needs", Access::Session, bound(services, create_need_route),
        { "Add a need, with the contributions that evidence it (organisers)", "contributions", "NeedCreate", "Need", 201, {},
            { 403, 404, 422 } } });
    router.add({ "PATCH", "/api/v1/needs/{id}", Access::Session, bound(services, update_need_route),
        { "Change a need's title, description or communities (organisers)", "contributions", "NeedUpdate", "Need", 200, {}, { 403, 404, 422 } } });
    router.add({ "POST", "/api/v1/needs/{id}/evidence", Access::Session, bound(services, evidence_route),
        { "Add contributions as evidence of a need (organisers)", "contributions", "Evidence", "Need", 200, {}, { 403, 404, 409, 422 } } });
    router.add({ "POST", "/api/v1/needs/{id}/merge", Access::Session, bound(services, merge_route),
        { "Merge a need into another, keeping all the evidence (organisers)", "contributions", "Merge", "Need", 200, {},
            { 403, 404, 409, 422 } } });
    router.add({ "PUT", "/api/v1/projects/{id}/needs/ranking", Access::Session, bound(services, ranking_route),
        { "My order of the needs, for one of my groups", "contributions", "Ranking", "Priority", 200, {}, { 404, 422 } } });
    router.add({ "GET", "/api/v1/projects/{id}/needs/priority", Access::Session, bound(services, priority_route),
        { "The combined priority: every group weighs the same", "contributions", "", "Priority", 200, {}, { 404 } } });
}

}
