#include "modules/initiatives/routes.hpp"

#include <boost/json.hpp>

#include "http/paging.hpp"
#include "http/respond.hpp"
#include "modules/bound.hpp"
#include "modules/initiatives/commands.hpp"
#include "modules/initiatives/forms.hpp"
#include "modules/initiatives/presenters.hpp"
#include "modules/initiatives/queries.hpp"

namespace rt::initiatives {

namespace {

using http::Access;
using http::RequestContext;
using http::Response;
using http::respond;
using http::with_id;

constexpr std::size_t k_photo_limit = 8 * 1024 * 1024;

Response list_route(Services& services, RequestContext const& context)
{
    ListFilter filter;
    auto const flag = [&](std::string_view name) { return context.request.query_value(name).value_or("") == "true"; };
    filter.mine = flag("mine");
    filter.recruiting = flag("recruiting");
    if (auto project = context.request.query_value("project_id"); project && !project->empty()) {
        if (!looks_like_id(*project))
            return Response::problem(Error::invalid_field("project_id", "Choose a project of this partnership."));
        filter.project_id = *project;
    }
    return http::list_response(
        context.request, [&](PageRequest const& page) { return list_initiatives(services.database, context.signed_in(), filter, page); }, initiative_json);
}

Response propose_route(Services& services, RequestContext const& context)
{
    return http::submit<InitiativeForm>(
        context.request, 201,
        [&](InitiativeForm const& form) {
            return and_then(propose(services.database, context.signed_in(), form),
                [&](Initiative const& made) { return get_initiative(services.database, context.signed_in(), made.id); });
        },
        initiative_json);
}

Response get_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) { return respond(get_initiative(services.database, context.signed_in(), id), 200, initiative_json); });
}

Response change_route(Services& services, RequestContext const& context)
{
    return change_for_id<InitiativeChangeForm>(services, context, change_initiative, get_initiative, initiative_json);
}

// A change with nothing in its body, answered with the initiative as it now is.
template<typename Command>
Response act(Services& services, RequestContext const& context, Command command)
{
    return with_id(context, [&](std::string const& id) {
        return respond(and_then(command(services.database, context.signed_in(), id), [&] { return get_initiative(services.database, context.signed_in(), id); }),
            200, initiative_json);
    });
}

Response approve_route(Services& services, RequestContext const& context)
{
    return act(services, context, approve);
}

Response decline_route(Services& services, RequestContext const& context)
{
    return change_for_id<ReasonForm>(services, context, decline, get_initiative, initiative_json);
}

Response close_route(Services& services, RequestContext const& context)
{
    return change_for_id<LearnedForm>(services, context, close, get_initiative, initiative_json);
}

Response reopen_route(Services& services, RequestContext const& context)
{
    return act(services, context, reopen);
}

Response get_settings_route(Services& services, RequestContext const& context)
{
    return respond(approval_setting(services.database, context.signed_in()), 200,
        [](bool required) { return boost::json::object { { "approval_required", required } }; });
}

Response put_settings_route(Services& services, RequestContext const& context)
{
    return http::submit<SettingsForm>(
        context.request, 200,
        [&](SettingsForm const& form) {
            return and_then(save_settings(services.database, context.signed_in(), form), [&] { return approval_setting(services.database, context.signed_in()); });
        },
        [](bool required) { return boost::json::object { { "approval_required", required } }; });
}

Response tasks_route(Services& services, RequestContext const& context)
{
    return list_for_id(services, context, list_tasks, task_json);
}

Response add_task_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) {
        return http::submit<TaskForm>(
            context.request, 201, [&](TaskForm const& form) { return add_task(services.database, context.signed_in(), id, form); }, task_json,
            TaskForm::Purpose::Create);
    });
}

Response change_task_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) {
        return http::submit<TaskForm>(
            context.request, 200, [&](TaskForm const& form) { return change_task(services.database, context.signed_in(), id, form); }, task_json,
            TaskForm::Purpose::Change);
    });
}

Response roles_route(Services& services, RequestContext const& context)
{
    return list_for_id(services, context, list_roles, role_json);
}

Response add_role_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) {
        return http::submit<RoleForm>(
            context.request, 201, [&](RoleForm const& form) { return add_role(services.database, context.signed_in(), id, form); }, role_json);
    });
}

Response volunteer_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& role_id) {
        return http::with_form<VolunteerForm>(context.request, [&](VolunteerForm const& form) {
            return http::respond(volunteer(services.database, context.signed_in(), role_id, form));
        });
    });
}

Response hours_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) {
        return http::submit<HoursForm>(
            context.request, 201, [&](HoursForm const& form) { return log_hours(services.database, context.signed_in(), id, form); }, hours_json);
    });
}

Response helpers_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) {
        return http::submit<HelperForm>(
            context.request, 201, [&](HelperForm const& form) { return add_helper(services.database, context.signed_in(), id, form); }, helper_json);
    });
}

auto const present_budget = [](InitiativeView const& view) {
    return boost::json::object { { "budget_pence", view.budget.budget_pence }, { "committed_pence", view.budget.committed_pence },
        { "spent_pence", view.budget.spent_pence }, { "left_pence", view.budget.budget_pence - view.budget.committed_pence - view.budget.spent_pence },
        { "claims", view.budget.claims } };
};

Response get_budget_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) { return respond(get_initiative(services.database, context.signed_in(), id), 200, present_budget); });
}

Response put_budget_route(Services& services, RequestContext const& context)
{
    return change_for_id<BudgetForm>(services, context, set_budget, get_initiative, present_budget);
}

Response link_activity_route(Services& services, RequestContext const& context)
{
    return change_for_id<ActivityLinkForm>(services, context, link_activity, get_initiative, initiative_json);
}

Response outcome_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) {
        return http::submit<OutcomeForm>(
            context.request, 201, [&](OutcomeForm const& form) { return record_outcome(services.database, context.signed_in(), id, form); }, outcome_json);
    });
}

Response photo_upload_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) {
        return respond(upload_photo(services.database, services.files_dir, context.signed_in(), id, context.request.body), 201, photo_json);
    });
}

Response photo_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) {
        auto const found = get_photo(services.database, services.files_dir, context.signed_in(), id);
        if (!found)
            return Response::problem(found.error());
        auto response = http::file_response(found->path, found->photo.media_type, "The photo's file is missing.");
        if (response.status == 200)
            response.set_header("Cache-Control", "private, max-age=3600");
        return response;
    });
}

Response story_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) {
        return http::submit<StoryForm>(
            context.request, 201, [&](StoryForm const& form) { return add_story(services.database, context.signed_in(), id, form); }, story_json);
    });
}

}

void register_routes(http::Router& router, Services& services)
{
    router.add({ "GET", "/api/v1/initiatives", Access::Session, bound(services, list_route),
        { "Initiatives the actor may see, newest first (mine=true: leads, supports or volunteers; recruiting=true: running with roles; project_id)",
            "initiatives", "", "InitiativeList", 200, { "mine", "recruiting", "project_id", "limit", "after" }, { 422 } } });
    router.add({ "POST", "/api/v1/initiatives", Access::Session, bound(services, propose_route),
        { "Propose an initiative: leads from community groups, staff as supporters", "initiatives", "InitiativeCreate", "Initiative", 201, {},
            { 422 } } });
    router.add({ "GET", "/api/v1/initiative-settings", Access::Session, bound(services, get_settings_route),
        { "Whether initiatives wait for a convener's approval", "initiatives", "", "InitiativeSettings", 200 } });
    router.add({ "PUT", "/api/v1/initiative-settings", Access::Session, bound(services, put_settings_route),
        { "Decide whether initiatives wait for approval (conveners)", "initiatives", "InitiativeSettings", "InitiativeSettings", 200, {}, { 403, 422 } } });
    router.add({ "GET", "/api/v1/initiatives/{id}", Access::Session, bound(services, get_route),
        { "An initiative with its plan, volunteers, hours, budget, outcomes and stories", "initiatives", "", "Initiative", 200, {}, { 404 } } });
    router.add({ "PATCH", "/api/v1/initiatives/{id}", Access::Session, bound(services, change_route),
        { "Change an initiative's title, purpose or who it is for (its leads)", "initiatives", "InitiativeChange", "Initiative", 200, {},
            { 403, 404, 409, 422 } } });
    router.add({ "POST", "/api/v1/initiatives/{id}/approve", Access::Session, bound(services, approve_route),
        { "Approve a proposed initiative (conveners)", "initiatives", "", "Initiative", 200, {}, { 403, 404, 409 } } });
    router.add({ "POST", "/api/v1/initiatives/{id}/decline", Access::Session, bound(services, decline_route),
        { "Turn down a proposed initiative with a reason its proposers read (conveners)", "initiatives", "Reason", "Initiative", 200, {},
            { 403, 404, 409, 422 } } });
    router.add({ "POST", "/api/v1/initiatives/{id}/close", Access::Session, bound(services, close_route),
        { "End an initiative with what was learned (its leads)", "initiatives", "InitiativeClose", "Initiative", 200, {}, { 403, 404, 409, 422 } } });
    router.add({ "POST", "/api/v1/initiatives/{id}/reopen", Access::Session, bound(services, reopen_route),
        { "Start an ended initiative again (its leads)", "initiatives", "", "Initiative", 200, {}, { 403, 404, 409 } } });
    router.add({ "GET", "/api/v1/initiatives/{id}/tasks", Access::Session, bound(services, tasks_route),
        { "An initiative's tasks, oldest first", "initiatives", "", "TaskList", 200, { "limit", "after" }, { 404, 422 } } });
    router.add({ "POST", "/api/v1/initiatives/{id}/tasks", Access::Session, bound(services, add_task_route),
        { "Add a task (its leads)", "initiatives", "TaskCreate", "Task", 201, {}, { 403, 404, 409, 422 } } });
    router.add({ "PATCH", "/api/v1/tasks/{id}", Access::Session, bound(services, change_task_route),
        { "Change a task (its leads), or move on one given to you (its status)", "initiatives", "TaskChange", "Task", 200, {}, { 403, 404, 409, 422 } } });
    router.add({ "GET", "/api/v1/initiatives/{id}/roles", Access::Session, bound(services, roles_route),
        { "The roles volunteers can take, oldest first", "initiatives", "", "RoleList", 200, { "limit", "after" }, { 404, 422 } } });
    router.add({ "POST", "/api/v1/initiatives/{id}/roles", Access::Session, bound(services, add_role_route),
        { "Ask for volunteers in a role (its leads)", "initiatives", "RoleCreate", "VolunteerRole", 201, {}, { 403, 404, 409, 422 } } });
    router.add({ "POST", "/api/v1/roles/{id}/volunteers", Access::Session, bound(services, volunteer_route),
        { "Volunteer in a role (yourself; a lead can add someone)", "initiatives", "VolunteerCreate", "", 204, {}, { 403, 404, 409, 422 } } });
    router.add({ "POST", "/api/v1/initiatives/{id}/hours", Access::Session, bound(services, hours_route),
        { "Log time given (your own; a lead logs anyone's and offline helpers')", "initiatives", "HoursCreate", "Hours", 201, {}, { 403, 404, 422 } } });
    router.add({ "POST", "/api/v1/initiatives/{id}/offline-helpers", Access::Session, bound(services, helpers_route),
        { "Record helpers without an account: a name and how many (its leads)", "initiatives", "HelperCreate", "OfflineHelper", 201, {},
            { 403, 404, 409, 422 } } });
    router.add({ "GET", "/api/v1/initiatives/{id}/budget", Access::Session, bound(services, get_budget_route),
        { "The budget and what its activities' claims have committed and spent", "initiatives", "", "InitiativeBudget", 200, {}, { 404 } } });
    router.add({ "PUT", "/api/v1/initiatives/{id}/budget", Access::Session, bound(services, put_budget_route),
        { "Set the budget (conveners: the partnership's money)", "initiatives", "InitiativeBudgetSet", "InitiativeBudget", 200, {}, { 403, 404, 422 } } });
    router.add({ "POST", "/api/v1/initiatives/{id}/activities", Access::Session, bound(services, link_activity_route),
        { "Link an activity of the project that the initiative runs (its leads): its claims spend the budget", "initiatives", "InitiativeActivity",
            "Initiative", 200, {}, { 403, 404, 409, 422 } } });
    router.add({ "POST", "/api/v1/initiatives/{id}/outcomes", Access::Session, bound(services, outcome_route),
        { "Record what happened: people reached, or a measure's value (its leads)", "initiatives", "OutcomeCreate", "Outcome", 201, {},
            { 403, 404, 422 } } });
    router.add({ "POST", "/api/v1/initiatives/{id}/photos", Access::Session, bound(services, photo_upload_route),
        { "Upload a story's photo (JPEG or PNG, up to 8 MB); its metadata, GPS included, is removed (its leads)", "initiatives", "", "InitiativePhoto",
            201, {}, { 403, 404, 413, 415, 422 } },
        "image/jpeg,image/png", k_photo_limit });
    router.add({ "GET", "/api/v1/initiative-photos/{id}", Access::Session, bound(services, photo_route),
        { "A story's photo, as kept (without metadata)", "initiatives", "", "", 200, {}, { 404 } } });
    router.add({ "POST", "/api/v1/initiatives/{id}/stories", Access::Session, bound(services, story_route),
        { "Add a story, with an uploaded photo and its alt text (its leads)", "initiatives", "StoryCreate", "Story", 201, {}, { 403, 404, 422 } } });
}

}
