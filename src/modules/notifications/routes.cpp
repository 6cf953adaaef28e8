#include "modules/notifications/routes.hpp"

#include <boost/json.hpp>

#include "http/paging.hpp"
#include "http/respond.hpp"
#include "modules/bound.hpp"
#include "modules/notifications/commands.hpp"
#include "modules/notifications/forms.hpp"
#include "modules/notifications/queries.hpp"
#include "modules/notifications/tokens.hpp"

namespace rt::notifications {

namespace {

using http::Access;
using http::RequestContext;
using http::Response;

boost::json::object notification_json(Notification const& notification)
{
    auto params = boost::json::parse(notification.params);
    return { { "id", notification.id }, { "kind", notification.kind }, { "topic", topic_of(notification.kind) }, { "params", std::move(params) },
        { "path", notification.path }, { "created_at", notification.created_at },
        { "read_at", notification.read_at ? boost::json::value(*notification.read_at) : boost::json::value(nullptr) } };
}

boost::json::object preferences_json(Preferences const& preferences)
{
    boost::json::array items;
    for (auto const& topic : preferences.topics)
        items.push_back({ { "topic", topic.topic }, { "delivery", topic.delivery }, { "can_change", true } });
    items.push_back({ { "topic", "security" }, { "delivery", "email" }, { "can_change", false } });
    return { { "has_email", preferences.has_email }, { "topics", std::move(items) } };
}

std::string signing_key(Services const& services)
{
    return services.data_key.size() == 32 ? unsubscribe_key(services.data_key) : std::string {};
}

Response list_route(Services& services, RequestContext const& context)
{
    auto const unread = context.request.query_value("unread");
    if (unread && *unread != "true" && *unread != "false")
        return Response::problem(Error::invalid_field("unread", "Use unread=true, or leave it out."));
    return http::list_response(
        context.request, [&](PageRequest const& page) { return list_notifications(services.database, context.signed_in(), unread == "true", page); },
        notification_json);
}

Response count_route(Services& services, RequestContext const& context)
{
    return http::respond(unread_count(services.database, context.signed_in()), 200, [](long long n) { return boost::json::object { { "unread", n } }; });
}

Response read_route(Services& services, RequestContext const& context)
{
    return http::with_id(context, [&](std::string const& id) {
        return http::respond(mark_read(services.database, context.signed_in(), id), 200, notification_json);
    });
}

Response read_all_route(Services& services, RequestContext const& context)
{
    return http::respond(mark_all_read(services.database, context.signed_in()), 200, [](long long n) { return boost::json::object { { "read", n } }; });
}

Response get_preferences_route(Services& services, RequestContext const& context)
{
    return http::respond(get_preferences(services.database, context.signed_in()), 200, preferences_json);
}

Response put_preferences_route(Services& services, RequestContext const& context)
{
    return http::with_form<PreferencesForm>(
        context.request,
        [&](PreferencesForm const& form) {
            if (auto changed = set_preferences(services.database, context.signed_in(), form.changes); !changed)
                return Response::problem(changed.error());
            return get_preferences_route(services, context);
        });
}

Response read_unsubscribe_route(Services& services, RequestContext const& context)
{
    auto const view = read_unsubscribe(services.database, context.request.query_value("token").value_or(""), signing_key(services));
    return http::respond(view, 200, [](UnsubscribeView const& found) {
        return boost::json::object { { "topic", found.preference.topic }, { "delivery", found.preference.delivery },
            { "partnership_name", found.partnership_name } };
    });
}

// No session and no CSRF token: a mail client posts here on one click
// (RFC 8058); the signed token is the permission.
Response unsubscribe_route(Services& services, RequestContext const& context)
{
    auto const done = unsubscribe(services.database, context.request.query_value("token").value_or(""), signing_key(services));
    return http::respond(done, 200, [](Preference const& preference) {
        return boost::json::object { { "topic", preference.topic }, { "delivery", preference.delivery } };
    });
}

}

void register_routes(http::Router& router, Services& services)
{
    router.add({ "GET", "/api/v1/notifications", Access::Session, bound(services, list_route),
        { "Your notifications, newest first", "notifications", "", "NotificationList", 200, { "limit", "after", "unread" }, { 422 } } });
    router.add({ "GET", "/api/v1/notifications/unread-count", Access::Session, bound(services, count_route),
        { "How many of your notifications are unread", "notifications", "", "UnreadCount", 200 } });
    router.add({ "POST", "/api/v1/notifications/{id}/read", Access::Session, bound(services, read_route),
        { "Mark one of your notifications read", "notifications", "", "Notification", 200, {}, { 404 } } });
    router.add({ "POST", "/api/v1/notifications/read-all", Access::Session, bound(services, read_all_route),
        { "Mark all your notifications read", "notifications", "", "ReadCount", 200 } });
    router.add({ "GET", "/api/v1/notification-preferences", Access::Session, bound(services, get_preferences_route),
        { "How each kind of message reaches you", "notifications", "", "NotificationPreferences", 200 } });
    router.add({ "PUT", "/api/v1/notification-preferences", Access::Session, bound(services, put_preferences_route),
        { "Choose how each kind of message reaches you", "notifications", "NotificationPreferencesUpdate", "NotificationPreferences", 200, {}, { 422 } } });
    router.add({ "GET", "/api/v1/unsubscribe", Access::Public, bound(services, read_unsubscribe_route),
        { "What an email's unsubscribe link stops (no sign-in: the signed token)", "notifications", "", "Unsubscribe", 200, { "token" }, { 422 } } });
    router.add({ "POST", "/api/v1/unsubscribe", Access::Public, bound(services, unsubscribe_route),
        { "Stop a kind of email in one click (RFC 8058; no sign-in: the signed token)", "notifications", "", "Unsubscribe", 200, { "token" }, { 422 } },
        "application/x-www-form-urlencoded,application/json" });
}

}
