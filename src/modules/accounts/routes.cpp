#include "modules/accounts/routes.hpp"

#include <fmt/format.h>

#include "http/application.hpp"
#include "http/respond.hpp"
#include "modules/accounts/commands.hpp"
#include "modules/partnership/presenters.hpp"
#include "modules/partnership/queries.hpp"
#include "modules/accounts/queries.hpp"
#include "modules/bound.hpp"
#include "modules/finance/queries.hpp"

namespace rt::accounts {

namespace {

using http::Access;
using http::RequestContext;
using http::Response;

std::string session_cookie(std::string_view token, bool secure)
{
    auto const max_age = std::chrono::duration_cast<std::chrono::seconds>(k_session_absolute_lifetime).count();
    return fmt::format("{}={}; Path=/; HttpOnly; SameSite=Lax; Max-Age={}{}", http::k_session_cookie, token, max_age, secure ? "; Secure" : "");
}

std::string expired_cookie(bool secure)
{
    return fmt::format("{}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{}", http::k_session_cookie, secure ? "; Secure" : "");
}

// The signed-in person, their partnership and the CSRF token for unsafe requests.
Result<boost::json::object> me_json(db::Database& database, Actor const& actor)
{
    return database.read([&](soci::session& sql) -> Result<boost::json::object> {
        auto person = partnership::find_person(sql, actor.partnership_id, actor.person_id);
        auto found_partnership = partnership::find_partnership(sql, actor.partnership_id);
        if (!person || !found_partnership)
            return std::unexpected(Error::unauthenticated());
        // A reset someone asked for, and not yet used: the person is told, in
        // case it was not them who wanted it.
        boost::json::value reset = nullptr;
        if (auto const pending = pending_reset(sql, actor.partnership_id, actor.person_id)) {
            boost::json::value by = nullptr;
            if (pending->requested_by)
                if (auto const asker = partnership::find_person(sql, actor.partnership_id, *pending->requested_by))
                    by = boost::json::object { { "id", asker->id }, { "name", asker->name } };
            reset = boost::json::object { { "requested_at", pending->requested_at }, { "requested_by", std::move(by) } };
        }
        return boost::json::object {
            { "user", partnership::to_json(*person, actor) },
            { "partnership", partnership::to_json(*found_partnership) },
            { "csrf_token", actor.csrf_token },
            { "finance", finance::holds_finance(sql, actor) },
            { "password_reset", std::move(reset) },
        };
    });
}

Response signed_in_response(Services& services, Result<SignedIn> const& signed_in, bool secure)
{
    if (!signed_in)
        return Response::problem(signed_in.error());
    auto me = me_json(services.database, signed_in->actor);
    if (!me)
        return Response::problem(me.error());
    auto response = Response::json(200, *me);
    response.set_header("Set-Cookie", session_cookie(signed_in->session_token, secure));
    return response;
}

Response login_route(Services& services, RequestContext const& context)
{
    return http::with_form<LoginForm>(
        context.request,
        [&](LoginForm const& form) {
            return signed_in_response(services, login(services.database, form, context.request.remote_address), context.request.secure);
        });
}

Response logout_route(Services& services, RequestContext const& context)
{
    auto result = logout(services.database, context.signed_in());
    if (!result)
        return Response::problem(result.error());
    auto response = Response::no_content();
    response.set_header("Set-Cookie", expired_cookie(context.request.secure));
    return response;
}

Response accept_invite_route(Services& services, RequestContext const& context)
{
    return http::with_form<AcceptInviteForm>(
        context.request,
        [&](AcceptInviteForm const& form) {
            return signed_in_response(services, accept_invite(services.database, form), context.request.secure);
        });
}

Response me_route(Services& services, RequestContext const& context)
{
    return http::respond(me_json(services.database, context.signed_in()), 200, [](auto const& me) { return me; });
}

}

void register_routes(http::Router& router, Services& services)
{
    router.add({ "POST", "/api/v1/auth/login", Access::Public, bound(services, login_route),
        { "Sign in with email and password", "auth", "Login", "Me", 200, {}, { 401, 422, 429 } } });
    router.add({ "POST", "/api/v1/auth/logout", Access::Session, bound(services, logout_route),
        { "Sign out: ends the session", "auth", "", "", 204 } });
    router.add({ "POST", "/api/v1/auth/accept-invite", Access::Public, bound(services, accept_invite_route),
        { "Set a password from an invitation and sign in", "auth", "AcceptInvite", "Me", 200, {}, { 422 } } });
    router.add({ "GET", "/api/v1/me", Access::Session, bound(services, me_route),
        { "The signed-in person, their partnership and the CSRF token", "auth", "", "Me" } });
}

}
