#include "modules/engagement/routes.hpp"

#include <boost/json.hpp>

#include "core/form.hpp"
#include "core/ids.hpp"
#include "http/paging.hpp"
#include "http/respond.hpp"
#include "modules/bound.hpp"
#include "modules/engagement/commands.hpp"
#include "modules/engagement/queries.hpp"

namespace rt::engagement {

namespace {

using http::Access;
using http::RequestContext;
using http::Response;

boost::json::object activity_json(ActivityView const& view)
{
    auto const& activity = view.activity;
    boost::json::object object {
        { "id", activity.id },
        { "project_id", activity.project_id },
        { "kind", activity.kind },
        { "title", activity.title },
        { "purpose", activity.purpose },
        { "starts_at", activity.starts_at },
        { "ends_at", activity.ends_at },
        { "timezone", activity.timezone },
        { "capacity", activity.capacity ? boost::json::value(*activity.capacity) : boost::json::value(nullptr) },
        { "languages", to_json_array(activity.languages) },
        { "status", activity.status },
        { "sequence", activity.sequence },
        { "series_id", activity.series_id ? boost::json::value(*activity.series_id) : boost::json::value(nullptr) },
        { "recurrence", activity.recurrence ? boost::json::value(*activity.recurrence) : boost::json::value(nullptr) },
        { "chair", activity.chair_person_id ? boost::json::value(boost::json::object { { "person_id", *activity.chair_person_id },
                                                  { "group", activity.chair_group.value_or("") } })
                                            : boost::json::value(nullptr) },
        { "places_taken", view.places_taken },
        { "waiting", view.waiting },
        { "can_organise", view.can_organise },
        { "created_at", activity.created_at },
        { "updated_at", activity.updated_at },
    };
    if (activity.venue_address)
        object["venue"] = boost::json::object { { "address", *activity.venue_address }, { "features", to_json_array(activity.venue_features) } };
    else
        object["venue"] = nullptr;
    object["online_url"] = activity.online_url ? boost::json::value(*activity.online_url) : boost::json::value(nullptr);
    if (view.mine)
        object["my_signup"] = boost::json::object { { "status", view.mine->status }, { "access_needs", to_json_array(view.mine->access_needs) },
            { "language", view.mine->language } };
    else
        object["my_signup"] = nullptr;
    return object;
}

boost::json::object signup_json(Signup const& signup)
{
    return {
        { "id", signup.id },
        { "activity_id", signup.activity_id },
        { "person_id", signup.person_id },
        { "name", signup.name },
        { "group", signup.group },
        { "status", signup.status },
        { "access_needs", to_json_array(signup.access_needs) },
        { "language", signup.language },
        { "walk_in", signup.walk_in },
        { "created_at", signup.created_at },
    };
}

boost::json::object plan_json(Plan const& plan)
{
    boost::json::array needs, interpreters, gaps;
    for (auto const& line : plan.needs)
        needs.push_back({ { "need", line.need }, { "count", line.count }, { "arranged", line.arranged }, { "met_by_venue", line.met_by_venue } });
    for (auto const& line : plan.interpreters)
        interpreters.push_back({ { "language", line.language }, { "count", line.count }, { "arranged", line.arranged },
            { "key", "interpreter:" + line.language } });
    for (auto const& gap : plan.venue_gaps)
        gaps.push_back({ { "need", gap.need }, { "feature", gap.feature }, { "count", gap.count } });
    return { { "people_coming", plan.people_coming }, { "needs", std::move(needs) }, { "interpreters", std::move(interpreters) },
        { "venue_gaps", std::move(gaps) }, { "flagged", plan.flagged } };
}

Response list_activities_route(Services& services, RequestContext const& context)
{
    auto const& id = context.parameter("id");
    if (auto rejected = http::reject_bad_id(id))
        return *rejected;
    return http::list_response(
        context.request, [&](PageRequest const& page) { return list_activities(services.database, context.signed_in(), id, page); }, activity_json);
}

Response create_activity_route(Services& services, RequestContext const& context)
{
    auto const& id = context.parameter("id");
    if (auto rejected = http::reject_bad_id(id))
        return *rejected;
    return http::submit<ActivityForm>(
        context.request, 201,
        [&](ActivityForm const& form) {
            return and_then(create_activity(services.database, context.signed_in(), id, form), [&](auto const& created) {
                return get_activity(services.database, context.signed_in(), created.id);
            });
        },
        activity_json);
}

Response get_activity_route(Services& services, RequestContext const& context)
{
    auto const& id = context.parameter("id");
    if (auto rejected = http::reject_bad_id(id))
        return *rejected;
    return http::respond(get_activity(services.database, context.signed_in(), id), 200, activity_json);
}

Response update_activity_route(Services& services, RequestContext const& context)
{
    auto const& id = context.parameter("id");
    if (auto rejected = http::reject_bad_id(id))
        return *rejected;
    auto body = http::body_object(context.request);
    if (!body)
        return Response::problem(body.error());
    if (auto updated = update_activity(services.database, context.signed_in(), id, std::move(*body)); !updated)
        return Response::problem(updated.error());
    return http::respond(get_activity(services.database, context.signed_in(), id), 200, activity_json);
}

Response calendar_route(Services& services, RequestContext const& context)
{
    auto const& id = context.parameter("id");
    if (auto rejected = http::reject_bad_id(id))
        return *rejected;
    auto calendar = get_calendar(services.database, context.signed_in(), id);
    if (!calendar)
        return Response::problem(calendar.error());
    Response response;
    response.body = std::move(*calendar);
    response.set_header("Content-Type", "text/calendar; charset=utf-8");
    response.set_header("Content-Disposition", "attachment; filename=\"activity.ics\"");
    return response;
}

boost::json::object minutes_json(Minutes const& minutes, bool full)
{
    boost::json::array actions;
    for (auto const& action : minutes.actions)
        actions.push_back({ { "text", action.text }, { "owner", action.owner }, { "due_on", action.due_on }, { "done", action.done } });
    boost::json::object object { { "summary", minutes.summary }, { "actions", std::move(actions) }, { "updated_at", minutes.updated_at } };
    if (full)
        object["minutes"] = minutes.minutes;
    return object;
}

Response get_minutes_route(Services& services, RequestContext const& context)
{
    auto const& id = context.parameter("id");
    if (auto rejected = http::reject_bad_id(id))
        return *rejected;
    auto minutes = get_minutes(services.database, context.signed_in(), id);
    if (!minutes)
        return Response::problem(minutes.error());
    if (!*minutes)
        return Response::problem(Error::not_found("No minutes have been written for this activity yet."));
    return Response::json(200, minutes_json((*minutes)->minutes, (*minutes)->full));
}

Response save_minutes_route(Services& services, RequestContext const& context)
{
    auto const& id = context.parameter("id");
    if (auto rejected = http::reject_bad_id(id))
        return *rejected;
    return http::submit<MinutesForm>(
        context.request, 200, [&](MinutesForm const& form) { return save_minutes(services.database, context.signed_in(), id, form); },
        [](Minutes const& minutes) { return minutes_json(minutes, true); });
}

Response new_feed_route(Services& services, RequestContext const& context)
{
    return http::respond(new_calendar_feed(services.database, context.signed_in()), 201,
        [](std::string const& token) { return boost::json::object { { "url", "/api/v1/calendar/" + token } }; });
}

Response feed_route(Services& services, RequestContext const& context)
{
    auto calendar = feed_for_token(services.database, context.parameter("token"));
    if (!calendar)
        return Response::problem(calendar.error());
    Response response;
    response.body = std::move(*calendar);
    response.set_header("Content-Type", "text/calendar; charset=utf-8");
    return response;
}

Response sign_up_route(Services& services, RequestContext const& context)
{
    auto const& id = context.parameter("id");
    if (auto rejected = http::reject_bad_id(id))
        return *rejected;
    return http::submit<SignupForm>(
        context.request, 201, [&](SignupForm const& form) { return sign_up(services.database, context.signed_in(), id, form); },
        signup_json);
}

Response cancel_sign_up_route(Services& services, RequestContext const& context)
{
    auto const& id = context.parameter("id");
    if (auto rejected = http::reject_bad_id(id))
        return *rejected;
    auto const person = context.request.query_value("person_id");
    if (person && !looks_like_id(*person))
        return Response::problem(Error::invalid_field("person_id", "Choose a person from the list."));
    return http::respond(cancel_sign_up(services.database, context.signed_in(), id, person));
}

Response list_signups_route(Services& services, RequestContext const& context)
{
    auto const& id = context.parameter("id");
    if (auto rejected = http::reject_bad_id(id))
        return *rejected;
    return http::list_response(
        context.request, [&](PageRequest const& page) { return list_signups(services.database, context.signed_in(), id, page); }, signup_json);
}

Response plan_route(Services& services, RequestContext const& context)
{
    auto const& id = context.parameter("id");
    if (auto rejected = http::reject_bad_id(id))
        return *rejected;
    return http::respond(get_plan(services.database, context.signed_in(), id), 200, plan_json);
}

Response arranged_route(Services& services, RequestContext const& context)
{
    auto const& id = context.parameter("id");
    if (auto rejected = http::reject_bad_id(id))
        return *rejected;
    return http::with_form<ArrangedForm>(
        context.request,
        [&](ArrangedForm const& form) {
            if (auto done = set_arranged(services.database, context.signed_in(), id, form); !done)
                return Response::problem(done.error());
            return plan_route(services, context);
        });
}

Response list_attendance_route(Services& services, RequestContext const& context)
{
    auto const& id = context.parameter("id");
    if (auto rejected = http::reject_bad_id(id))
        return *rejected;
    return http::list_response(
        context.request, [&](PageRequest const& page) { return list_attendance(services.database, context.signed_in(), id, page); },
        [](store::AttendanceRecord const& record) {
            return boost::json::object { { "person_id", record.person_id }, { "group", record.group }, { "recorded_at", record.recorded_at },
                { "paid_by_employer", record.paid_by_employer }, { "early_reason", record.early_reason } };
        });
}

// Records attendance (one person, or the register's many at once) and answers
// 201 with the activity's attendance as it now stands.
template<typename Form, typename Record>
Response record_then_list(Services& services, RequestContext const& context, Record record)
{
    auto const& id = context.parameter("id");
    if (auto rejected = http::reject_bad_id(id))
        return *rejected;
    return http::with_form<Form>(context.request, [&](Form const& form) {
        if (auto done = record(services.database, context.signed_in(), id, form); !done)
            return Response::problem(done.error());
        auto response = list_attendance_route(services, context);
        response.status = response.status == 200 ? 201 : response.status;
        return response;
    });
}

Response record_attendance_route(Services& services, RequestContext const& context)
{
    return record_then_list<AttendanceForm>(services, context, record_attendance);
}

Response record_register_route(Services& services, RequestContext const& context)
{
    return record_then_list<RegisterForm>(services, context, record_register);
}

}

void register_routes(http::Router& router, Services& services)
{
    router.add({ "GET", "/api/v1/projects/{id}/activities", Access::Session, bound(services, list_activities_route),
        { "A project's activities, soonest first", "engagement", "", "ActivityList", 200, {}, { 404 } } });
    router.add({ "POST", "/api/v1/projects/{id}/activities", Access::Session, bound(services, create_activity_route),
        { "Plan an activity (organisers)", "engagement", "ActivityCreate", "Activity", 201, {}, { 403, 404, 422 } } });
    router.add({ "GET", "/api/v1/activities/{id}", Access::Session, bound(services, get_activity_route),
        { "One activity", "engagement", "", "Activity", 200, {}, { 404 } } });
    router.add({ "PATCH", "/api/v1/activities/{id}", Access::Session, bound(services, update_activity_route),
        { "Change or cancel an activity (organisers); raises its sequence", "engagement", "ActivityUpdate", "Activity", 200, {}, { 403, 404, 422 } } });
    router.add({ "GET", "/api/v1/activities/{id}/calendar.ics", Access::Session, bound(services, calendar_route),
        { "The activity as an iCalendar file (RFC 5545)", "engagement", "", "", 200, {}, { 404 } } });
    router.add({ "POST", "/api/v1/me/calendar-feed", Access::Session, bound(services, new_feed_route),
        { "A new private calendar address for my activities (the old one stops working)", "engagement", "", "CalendarFeed", 201 } });
    router.add({ "GET", "/api/v1/calendar/{token}", Access::Public, bound(services, feed_route),
        { "My activities as one iCalendar feed; the private token is the key", "engagement", "", "", 200, {}, { 404 } } });
    router.add({ "GET", "/api/v1/activities/{id}/minutes", Access::Session, bound(services, get_minutes_route),
        { "The published summary and actions (and, for organisers, the full minutes)", "engagement", "", "Minutes", 200, {}, { 404 } } });
    router.add({ "PUT", "/api/v1/activities/{id}/minutes", Access::Session, bound(services, save_minutes_route),
        { "Write the minutes, summary and actions (organisers)", "engagement", "MinutesSave", "Minutes", 200, {}, { 403, 404, 422 } } });
    router.add({ "POST", "/api/v1/activities/{id}/rsvp", Access::Session, bound(services, sign_up_route),
        { "Sign up (yourself, or someone else as an organiser), with access needs", "engagement", "Signup", "SignupResult", 201, {},
            { 403, 404, 409, 422 } } });
    router.add({ "DELETE", "/api/v1/activities/{id}/rsvp", Access::Session, bound(services, cancel_sign_up_route),
        { "Give up a place (?person_id= for organisers); the longest waiting takes it", "engagement", "", "", 204, { "person_id" },
            { 403, 404, 422 } } });
    router.add({ "GET", "/api/v1/activities/{id}/rsvps", Access::Session, bound(services, list_signups_route),
        { "Who is coming, with their needs (organisers)", "engagement", "", "SignupList", 200, {}, { 403, 404 } } });
    router.add({ "GET", "/api/v1/activities/{id}/plan", Access::Session, bound(services, plan_route),
        { "What the activity needs to be accessible (organisers)", "engagement", "", "Plan", 200, {}, { 403, 404 } } });
    router.add({ "POST", "/api/v1/activities/{id}/plan/arranged", Access::Session, bound(services, arranged_route),
        { "Mark a need arranged or not (organisers)", "engagement", "Arranged", "Plan", 200, {}, { 403, 404, 422 } } });
    router.add({ "GET", "/api/v1/activities/{id}/attendance", Access::Session, bound(services, list_attendance_route),
        { "Who attended (organisers)", "engagement", "", "AttendanceList", 200, {}, { 403, 404 } } });
    router.add({ "POST", "/api/v1/activities/{id}/attendance", Access::Session, bound(services, record_attendance_route),
        { "Record that someone attended (feeds the project timeline)", "engagement", "Attendance", "AttendanceList", 201, {},
            { 403, 404, 409, 422 } } });
    router.add({ "POST", "/api/v1/activities/{id}/attendance/register", Access::Session, bound(services, record_register_route),
        { "Record the register: everyone who attended, in one transaction", "engagement", "Register", "AttendanceList", 201, {},
            { 403, 404, 409, 422 } } });
}

}
