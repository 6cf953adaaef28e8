#include "modules/projects/routes.hpp"

#include <boost/json.hpp>

#include "core/cursor.hpp"
#include "core/form.hpp"
#include "core/ids.hpp"
#include "core/json_writer.hpp"
#include "core/short_code.hpp"

#include <fmt/format.h>
#include "http/paging.hpp"
#include "http/respond.hpp"
#include "modules/bound.hpp"
#include "modules/projects/commands.hpp"
#include "modules/projects/permissions.hpp"
#include "modules/projects/queries.hpp"

namespace rt::projects {

namespace {

using http::Access;
using http::RequestContext;
using http::Response;

boost::json::value optional_json(std::optional<std::string> const& value)
{
    return value ? boost::json::value(*value) : boost::json::value(nullptr);
}

boost::json::object project_json(ProjectView const& view)
{
    auto const& project = view.project;
    boost::json::array co_leads;
    for (auto const& lead : project.co_leads)
        co_leads.push_back({ { "person_id", lead.person_id }, { "name", lead.name }, { "group", lead.group } });
    return {
        { "id", project.id },
        { "title", project.title },
        { "summary", project.summary },
        { "need", project.need },
        { "population", project.population },
        { "interests", to_json_array(project.interests) },
        { "communities", to_json_array(project.communities) },
        { "stage", project.stage },
        { "charter", { { "required_groups", to_json_array(project.required_groups) }, { "decision_rule", project.decision_rule },
                         { "chair_rotation", project.chair_rotation }, { "co_leads", std::move(co_leads) } } },
        { "missing_groups", to_json_array(view.missing_groups) },
        { "counts", { { "unsent", view.counts.unsent }, { "pending", view.counts.pending }, { "accepted", view.counts.accepted },
                        { "declined", view.counts.declined }, { "members", view.counts.members } } },
        { "can_manage", view.can_manage },
        { "my_groups", to_json_array(view.my_groups) },
        { "facilitating", view.facilitating },
        { "created_at", project.created_at },
        { "updated_at", project.updated_at },
    };
}

boost::json::object invitation_json(Invitation const& invitation)
{
    return {
        { "id", invitation.id },
        { "project_id", invitation.project_id },
        { "project_title", invitation.project_title },
        { "organisation_id", optional_json(invitation.organisation_id) },
        { "person_id", optional_json(invitation.person_id) },
        { "invitee_name", invitation.invitee_name },
        { "group", invitation.group },
        { "status", invitation.status },
        { "matched_on", to_json_array(invitation.matched_on) },
        { "created_at", invitation.created_at },
        { "sent_at", optional_json(invitation.sent_at) },
        { "responded_at", optional_json(invitation.responded_at) },
        { "answered_via", invitation.responded_at ? boost::json::value(invitation.answered_via) : boost::json::value(nullptr) },
        { "answer_note", invitation.answer_note },
        { "responded_by", invitation.responded_by
                ? boost::json::value { { "id", *invitation.responded_by }, { "name", invitation.responded_by_name } }
                : boost::json::value(nullptr) },
        { "short_code", invitation.short_code ? boost::json::value(show_short_code(*invitation.short_code)) : boost::json::value(nullptr) },
        { "reach", invitation.reach.empty() ? boost::json::value(nullptr) : boost::json::value(invitation.reach) },
    };
}

boost::json::object member_json(Member const& member)
{
    boost::json::object object {
        { "id", member.id },
        { "project_id", member.project_id },
        { "person_id", optional_json(member.person_id) },
        { "organisation_id", optional_json(member.organisation_id) },
        { "name", member.name },
        { "group", member.group },
        { "joined_at", member.joined_at },
        { "via", member.via },
    };
    if (member.needs_visible) {
        object["access_needs"] = to_json_array(member.access_needs);
        object["preferred_language"] = member.preferred_language;
    }
    return object;
}

// The timeline is written as text so that lags read as days to one decimal
// (21.0), where Boost.JSON would write doubles in exponent form (2.1E1).
void write_moment(JsonWriter& writer, std::string_view key, std::optional<Moment> const& moment)
{
    writer.key(key);
    if (!moment) {
        writer.null();
        return;
    }
    writer.begin_object();
    writer.key("at");
    writer.string(moment->at);
    writer.key("stage");
    writer.string(moment->stage);
    writer.key("lag_days");
    writer.raw(fmt::format("{:.1f}", moment->lag_days));
    writer.end_object();
}

Response timeline_response(TimelineView const& view)
{
    Response response;
    JsonWriter writer { response.body };
    writer.begin_object();
    writer.key("project_id");
    writer.string(view.project.id);
    writer.key("created_at");
    writer.string(view.project.created_at);
    writer.key("stage");
    writer.string(view.project.stage);
    writer.key("groups");
    writer.begin_array();
    for (auto const& row : view.groups) {
        writer.begin_object();
        writer.key("group");
        writer.string(row.group);
        writer.key("required");
        writer.raw(row.required ? "true" : "false");
        write_moment(writer, "invited", row.invited);
        write_moment(writer, "accepted", row.accepted);
        write_moment(writer, "took_part", row.took_part);
        writer.end_object();
    }
    writer.end_array();
    writer.key("stage_changes");
    writer.begin_array();
    for (auto const& change : view.stage_changes) {
        writer.begin_object();
        for (auto const& [key, value] : { std::pair<std::string_view, std::string const*> { "from", &change.from }, { "to", &change.to },
                 { "at", &change.at }, { "by_name", &change.actor_name }, { "reason", &change.reason } }) {
            writer.key(key);
            writer.string(*value);
        }
        writer.key("override");
        writer.raw(change.override_gate ? "true" : "false");
        writer.key("missing_groups");
        writer.raw(to_json_text(change.missing_groups));
        writer.end_object();
    }
    writer.end_array();
    writer.key("events");
    writer.begin_array();
    for (auto const& event : view.events) {
        writer.begin_object();
        for (auto const& [key, value] : { std::pair<std::string_view, std::string const*> { "at", &event.at }, { "kind", &event.kind },
                 { "group", &event.group }, { "stage", &event.stage }, { "name", &event.subject_name } }) {
            writer.key(key);
            writer.string(*value);
        }
        writer.end_object();
    }
    writer.end_array();
    writer.end_object();
    response.set_header("Content-Type", "application/json");
    return response;
}

// Reads the {id} path parameter, answering 404 for anything that is not an id.
#define RT_REQUIRE_ID(variable)                          \
    auto const& variable = context.parameter("id");      \
    if (auto rejected = http::reject_bad_id(variable))   \
        return *rejected;

Response list_projects_route(Services& services, RequestContext const& context)
{
    return http::list_response(context.request, [&](PageRequest const& page) { return list_projects(services.database, context.signed_in(), page); },
        project_json);
}

Response create_project_route(Services& services, RequestContext const& context)
{
    if (!can_start_project(context.signed_in()))
        return Response::problem(Error::forbidden("Only conveners can start a project."));
    return http::submit<ProjectForm>(
        context.request, 201,
        [&](ProjectForm const& form) {
            return and_then(create_project(services.database, context.signed_in(), form), [&](auto const& created) {
                return get_project(services.database, context.signed_in(), created.id);
            });
        },
        project_json);
}

Response get_project_route(Services& services, RequestContext const& context)
{
    RT_REQUIRE_ID(id);
    return http::respond(get_project(services.database, context.signed_in(), id), 200, project_json);
}

Response update_project_route(Services& services, RequestContext const& context)
{
    RT_REQUIRE_ID(id);
    return http::submit<ProjectUpdateForm>(
        context.request, 200,
        [&](ProjectUpdateForm const& form) {
            return and_then(update_project(services.database, context.signed_in(), id, form), [&](auto const&) {
                return get_project(services.database, context.signed_in(), id);
            });
        },
        project_json);
}

Response move_stage_route(Services& services, RequestContext const& context)
{
    RT_REQUIRE_ID(id);
    return http::submit<StageForm>(
        context.request, 200,
        [&](StageForm const& form) {
            return and_then(move_stage(services.database, context.signed_in(), id, form), [&](auto const&) {
                return get_project(services.database, context.signed_in(), id);
            });
        },
        project_json);
}

Response list_invitations_route(Services& services, RequestContext const& context)
{
    RT_REQUIRE_ID(id);
    return http::list_response(context.request,
        [&](PageRequest const& page) { return list_invitations(services.database, context.signed_in(), id, page); }, invitation_json);
}

Response add_invitation_route(Services& services, RequestContext const& context)
{
    RT_REQUIRE_ID(id);
    return http::submit<InviteeForm>(
        context.request, 201, [&](InviteeForm const& form) { return add_invitation(services.database, context.signed_in(), id, form); },
        invitation_json, InviteeForm::Kind::Invitation);
}

Response remove_invitation_route(Services& services, RequestContext const& context)
{
    RT_REQUIRE_ID(id);
    return http::respond(remove_invitation(services.database, context.signed_in(), id));
}

Response send_invitations_route(Services& services, RequestContext const& context)
{
    RT_REQUIRE_ID(id);
    return http::respond(send_invitations(services.database, context.signed_in(), id), 200,
        [](Sent const& sent) {
            return boost::json::object { { "sent", sent.sent }, { "emailed", sent.emailed }, { "no_email", sent.no_email }, { "no_contact", sent.no_contact } };
        });
}

Response my_invitations_route(Services& services, RequestContext const& context)
{
    return http::list_response(context.request, [&](PageRequest const& page) { return my_invitations(services.database, context.signed_in(), page); },
        invitation_json);
}

Response accept_invitation_route(Services& services, RequestContext const& context)
{
    RT_REQUIRE_ID(id);
    return http::submit<AnswerForm>(
        context.request, 200, [&](AnswerForm const& form) { return accept_invitation(services.database, context.signed_in(), id, form); },
        [](Member const& member) { return member_json(member); });
}

Response invitation_letter_route(Services& services, RequestContext const& context)
{
    RT_REQUIRE_ID(id);
    return http::respond(invitation_letter(services.database, context.signed_in(), id), 200, [&](Letter const& letter) {
        return boost::json::object {
            { "invitation", invitation_json(letter.invitation) },
            { "project_summary", letter.project_summary },
            { "language", letter.language },
            { "convener", { { "name", letter.convener_name }, { "email", optional_json(letter.convener_email) } } },
            { "sign_in_url", services.public_url + "/sign-in" },
        };
    });
}

Response find_invitation_route(Services& services, RequestContext const& context)
{
    return http::respond(find_invitation_by_code(services.database, context.signed_in(), context.request.query_value("code").value_or("")), 200,
        invitation_json);
}

Response decline_invitation_route(Services& services, RequestContext const& context)
{
    RT_REQUIRE_ID(id);
    return http::submit<DeclineForm>(
        context.request, 200, [&](DeclineForm const& form) { return decline_invitation(services.database, context.signed_in(), id, form); },
        invitation_json);
}

Response list_members_route(Services& services, RequestContext const& context)
{
    RT_REQUIRE_ID(id);
    return http::list_response(context.request, [&](PageRequest const& page) { return list_members(services.database, context.signed_in(), id, page); },
        [](Member const& member) { return member_json(member); });
}

Response add_member_route(Services& services, RequestContext const& context)
{
    RT_REQUIRE_ID(id);
    return http::submit<InviteeForm>(
        context.request, 201, [&](InviteeForm const& form) { return add_member(services.database, context.signed_in(), id, form); },
        [](Member const& member) { return member_json(member); }, InviteeForm::Kind::Member);
}

Response set_co_leads_route(Services& services, RequestContext const& context)
{
    RT_REQUIRE_ID(id);
    return http::with_form<CoLeadsForm>(
        context.request,
        [&](CoLeadsForm const& form) {
            auto const& actor = context.signed_in();
            auto changed = set_co_leads(services.database, actor, id, form);
            if (!changed)
                return Response::problem(changed.error());
            return http::respond(get_project(services.database, actor, id), 200, [](ProjectView const& view) { return project_json(view); });
        });
}

Response timeline_route(Services& services, RequestContext const& context)
{
    RT_REQUIRE_ID(id);
    auto timeline = get_timeline(services.database, context.signed_in(), id);
    if (!timeline)
        return Response::problem(timeline.error());
    return timeline_response(*timeline);
}

#undef RT_REQUIRE_ID

}

void register_routes(http::Router& router, Services& services)
{
    router.add({ "GET", "/api/v1/projects", Access::Session, bound(services, list_projects_route),
        { "List projects, newest first", "projects", "", "ProjectList", 200, { "limit", "after" }, { 422 } } });
    router.add({ "POST", "/api/v1/projects", Access::Session, bound(services, create_project_route),
        { "Start a project at the drawing board; invitations are created at once", "projects", "ProjectCreate", "Project", 201, {}, { 403, 422 } } });
    router.add({ "GET", "/api/v1/projects/{id}", Access::Session, bound(services, get_project_route),
        { "One project", "projects", "", "Project", 200, {}, { 404 } } });
    router.add({ "PATCH", "/api/v1/projects/{id}", Access::Session, bound(services, update_project_route),
        { "Change a project's description", "projects", "ProjectUpdate", "Project", 200, {}, { 403, 404, 422 } } });
    router.add({ "POST", "/api/v1/projects/{id}/stage", Access::Session, bound(services, move_stage_route),
        { "Move a project to another stage (the first gate needs every required group)", "projects", "StageMove", "Project", 200, {},
            { 403, 404, 409, 422 } } });
    router.add({ "PUT", "/api/v1/projects/{id}/co-leads", Access::Session, bound(services, set_co_leads_route),
        { "Choose the co-leads from the partners at the table (conveners)", "projects", "CoLeads", "Project", 200, {}, { 403, 404, 409, 422 } } });
    router.add({ "GET", "/api/v1/projects/{id}/invitations", Access::Session, bound(services, list_invitations_route),
        { "A project's invitations", "projects", "", "InvitationList", 200, {}, { 403, 404 } } });
    router.add({ "POST", "/api/v1/projects/{id}/invitations", Access::Session, bound(services, add_invitation_route),
        { "Invite an organisation or a person by hand", "projects", "Invitee", "Invitation", 201, {}, { 403, 404, 409, 422 } } });
    router.add({ "POST", "/api/v1/projects/{id}/invitations/send", Access::Session, bound(services, send_invitations_route),
        { "Send every invitation not yet sent", "projects", "", "Sent", 200, {}, { 403, 404 } } });
    router.add({ "DELETE", "/api/v1/invitations/{id}", Access::Session, bound(services, remove_invitation_route),
        { "Remove an invitation before it is sent", "projects", "", "", 204, {}, { 403, 404, 409 } } });
    router.add({ "GET", "/api/v1/me/invitations", Access::Session, bound(services, my_invitations_route),
        { "Open invitations to me or to an organisation I act for", "projects", "", "InvitationList" } });
    router.add({ "POST", "/api/v1/invitations/{id}/accept", Access::Session, bound(services, accept_invitation_route),
        { "Accept an invitation: the invitee becomes a project member (an organiser answering for someone says how it came)", "projects",
            "Answer", "Member", 200, {}, { 403, 404, 409, 422 } } });
    router.add({ "GET", "/api/v1/invitations/find", Access::Session, bound(services, find_invitation_route),
        { "The invitation with a short code (organisers, taking an answer on the phone)", "projects", "", "Invitation", 200, { "code" },
            { 403, 404, 422 } } });
    router.add({ "GET", "/api/v1/invitations/{id}/letter", Access::Session, bound(services, invitation_letter_route),
        { "A printable invitation letter: the project, the short code and who to answer to (organisers)", "projects", "", "Letter", 200, {},
            { 403, 404, 409 } } });
    router.add({ "POST", "/api/v1/invitations/{id}/decline", Access::Session, bound(services, decline_invitation_route),
        { "Decline an invitation", "projects", "Decline", "Invitation", 200, {}, { 403, 404, 409, 422 } } });
    router.add({ "GET", "/api/v1/projects/{id}/members", Access::Session, bound(services, list_members_route),
        { "A project's members by group", "projects", "", "MemberList", 200, {}, { 404 } } });
    router.add({ "POST", "/api/v1/projects/{id}/members", Access::Session, bound(services, add_member_route),
        { "Add a member directly (invited and accepted now)", "projects", "MemberAdd", "Member", 201, {}, { 403, 404, 409, 422 } } });
    router.add({ "GET", "/api/v1/projects/{id}/timeline", Access::Session, bound(services, timeline_route),
        { "When each group was first invited, accepted and took part", "projects", "", "Timeline", 200, {}, { 404 } } });
}

}
