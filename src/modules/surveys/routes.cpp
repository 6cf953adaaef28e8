#include "modules/surveys/routes.hpp"

#include <boost/json.hpp>

#include "core/form.hpp"
#include "http/paging.hpp"
#include "http/respond.hpp"
#include "modules/bound.hpp"
#include "modules/contributions/presenters.hpp"
#include "modules/contributions/queries.hpp"
#include "modules/partnership/model.hpp"
#include "modules/surveys/commands.hpp"
#include "modules/surveys/queries.hpp"

namespace rt::surveys {

namespace {

using http::Access;
using http::RequestContext;
using http::Response;
using http::json_or_problem;
using http::with_id;

constexpr std::size_t k_import_limit = 64 * 1024 * 1024;

boost::json::object survey_json(SurveyView const& view)
{
    auto object = survey_values(view.survey);
    object["id"] = view.survey.id;
    object["project_id"] = view.survey.project_id;
    object["responses"] = view.responses;
    object["status"] = view.status;
    object["can_organise"] = view.can_organise;
    object["my_response"] = view.my_response;
    object["created_at"] = view.survey.created_at;
    return object;
}

boost::json::object response_json(SurveyResponse const& response)
{
    boost::json::value respondent = nullptr;
    if (response.respondent_person_id)
        respondent = boost::json::object { { "id", *response.respondent_person_id }, { "name", response.respondent_name } };
    return { { "id", response.id }, { "group", response.group }, { "respondent", std::move(respondent) }, { "answers", response.answers },
        { "source", response.source }, { "created_at", response.created_at } };
}

boost::json::object results_json(Results const& results)
{
    boost::json::object by_group;
    for (auto const& [group, count] : results.by_group)
        by_group[group] = count;
    boost::json::array questions;
    for (auto const& result : results.questions) {
        boost::json::object object { { "question_id", result.question.id }, { "kind", result.question.kind }, { "text", result.question.text },
            { "answered", result.answered } };
        if (!result.counts.empty()) {
            boost::json::object counts;
            for (auto const& [option, count] : result.counts)
                counts[option] = count;
            object["counts"] = std::move(counts);
        }
        if (result.mean)
            object["mean"] = contributions::rounded(*result.mean);
        if (!result.mean_rank.empty()) {
            boost::json::object ranks;
            for (auto const& [option, rank] : result.mean_rank)
                ranks[option] = contributions::rounded(rank);
            object["mean_rank"] = std::move(ranks);
        }
        questions.push_back(std::move(object));
    }
    return { { "responses", results.responses }, { "by_group", std::move(by_group) }, { "questions", std::move(questions) } };
}


Response list_route(Services& services, RequestContext const& context)
{
    return list_for_id(services, context, list_surveys, survey_json);
}

Response create_route(Services& services, RequestContext const& context)
{
    return create_for_id<SurveyForm>(services, context, create_survey, get_survey, survey_json);
}

Response get_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) {
        return http::respond(get_survey(services.database, context.signed_in(), id), 200, survey_json);
    });
}

Response update_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) {
        auto body = http::body_object(context.request);
        if (!body)
            return Response::problem(body.error());
        if (auto updated = update_survey(services.database, context.signed_in(), id, std::move(*body)); !updated)
            return Response::problem(updated.error());
        return http::respond(get_survey(services.database, context.signed_in(), id), 200, survey_json);
    });
}

Response answer_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) {
        return http::submit<AnswerForm>(
            context.request, 201, [&](AnswerForm const& form) { return answer_survey(services.database, context.signed_in(), id, form); },
            [](Answered const& answered) { return boost::json::object { { "id", answered.id }, { "group", answered.group } }; });
    });
}

Response responses_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) {
        return http::list_response(
            context.request,
            [&](PageRequest const& page) -> Result<Page<SurveyResponse>> {
                auto view = list_responses(services.database, context.signed_in(), id, page);
                if (!view)
                    return std::unexpected(view.error());
                return std::move(view->responses);
            },
            response_json);
    });
}

Response results_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) {
        return http::respond(get_results(services.database, context.signed_in(), id), 200, results_json);
    });
}

Response export_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) {
        auto csv = export_csv(services.database, context.signed_in(), id);
        if (!csv)
            return Response::problem(csv.error());
        Response response;
        response.stream = std::move(*csv);
        response.set_header("Content-Type", "text/csv; charset=utf-8");
        response.set_header("Content-Disposition", "attachment; filename=\"survey-responses.csv\"");
        return response;
    });
}

Response import_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) {
        std::optional<std::string> group;
        if (auto value = context.request.query_value("group"); value && !value->empty()) {
            if (std::ranges::find(partnership::k_groups, *value) == partnership::k_groups.end())
                return Response::problem(Error::invalid_field("group", "Choose one of the stakeholder groups."));
            group = *value;
        }
        return http::respond(import_responses(services.database, context.signed_in(), id, context.request.body, group), 201,
            [](ImportReport const& report) {
                return boost::json::object { { "imported", report.imported }, { "unknown_columns", to_json_array(report.unknown_columns) },
                    { "ignored_columns", to_json_array(report.ignored_columns) } };
            });
    });
}

Response convert_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) {
        auto const& response_id = context.parameter("response_id");
        if (auto rejected = http::reject_bad_id(response_id))
            return *rejected;
        return http::with_form<ConvertForm>(
            context.request,
            [&](ConvertForm const& form) {
                auto created = answer_to_contribution(services.database, context.signed_in(), id, response_id, form);
                if (!created)
                    return Response::problem(created.error());
                auto const& viewer = context.signed_in().person_id;
                return http::respond(contributions::get_contribution(services.database, context.signed_in(), created->id), 201,
                    [&](contributions::ContributionDetail const& detail) { return contributions::detail_json(detail, viewer); });
            });
    });
}

}

void register_routes(http::Router& router, Services& services)
{
    router.add({ "GET", "/api/v1/projects/{id}/surveys", Access::Session, bound(services, list_route),
        { "A project's surveys, newest first", "surveys", "", "SurveyList", 200, {}, { 404 } } });
    router.add({ "POST", "/api/v1/projects/{id}/surveys", Access::Session, bound(services, create_route),
        { "Create a survey (organisers)", "surveys", "SurveyCreate", "Survey", 201, {}, { 403, 404, 422 } } });
    router.add({ "GET", "/api/v1/surveys/{id}", Access::Session, bound(services, get_route), { "One survey", "surveys", "", "Survey", 200, {}, { 404 } } });
    router.add({ "PATCH", "/api/v1/surveys/{id}", Access::Session, bound(services, update_route),
        { "Change a survey (organisers); questions are fixed once answered", "surveys", "SurveyUpdate", "Survey", 200, {},
            { 403, 404, 409, 422 } } });
    router.add({ "POST", "/api/v1/surveys/{id}/responses", Access::Session, bound(services, answer_route),
        { "Answer a survey (once)", "surveys", "SurveyAnswer", "SurveyAnswered", 201, {}, { 404, 409, 422 } } });
    router.add({ "GET", "/api/v1/surveys/{id}/responses", Access::Session, bound(services, responses_route),
        { "Every response (organisers); no names in anonymous surveys", "surveys", "", "SurveyResponseList", 200, {}, { 403, 404 } } });
    router.add({ "GET", "/api/v1/surveys/{id}/results", Access::Session, bound(services, results_route),
        { "Counts and means per question", "surveys", "", "SurveyResults", 200, {}, { 404 } } });
    router.add({ "GET", "/api/v1/surveys/{id}/responses.csv", Access::Session, bound(services, export_route),
        { "The responses as CSV (RFC 4180, UTF-8 with BOM) for spreadsheets (organisers)", "surveys", "", "", 200, {}, { 403, 404 } } });
    router.add({ "POST", "/api/v1/surveys/{id}/responses/import", Access::Session, bound(services, import_route),
        { "Import responses from a CSV file (organisers); all rows or none", "surveys", "", "SurveyImport", 201, { "group" },
            { 403, 404, 413, 415, 422 } },
        "text/csv", k_import_limit });
    router.add({ "POST", "/api/v1/surveys/{id}/responses/{response_id}/contribution", Access::Session, bound(services, convert_route),
        { "Turn a free-text answer into a contribution (organisers)", "surveys", "SurveyConvert", "ContributionDetail", 201, {},
            { 403, 404, 409, 422 } } });
}

}
