#include "modules/finance/routes.hpp"

#include "core/cursor.hpp"
#include "core/ids.hpp"
#include "http/respond.hpp"
#include "modules/bound.hpp"
#include "modules/finance/commands.hpp"
#include "modules/finance/queries.hpp"

namespace rt::finance {

namespace {

using http::Access;
using http::RequestContext;
using http::Response;

Response present_request(Services& services, Result<FinanceRequest> const& result, int status)
{
    if (!result)
        return Response::problem(result.error());
    return Response::json(status, services.database.read([&](soci::session& sql) { return request_json(sql, *result); }));
}

Response change_route(Services& services, RequestContext const& context)
{
    return http::with_id(context, [&](std::string const& person_id) {
        return http::with_form<ChangeForm>(
            context.request,
            [&](ChangeForm const& form) {
                // 202: asked for, and done only when a second convener confirms.
                return present_request(services, request_change(services.database, context.signed_in(), person_id, form), 202);
            });
    });
}

Response confirm_route(Services& services, RequestContext const& context)
{
    return http::with_id(context, [&](std::string const& id) { return present_request(services, confirm_request(services.database, context.signed_in(), id), 200); });
}

Response cancel_route(Services& services, RequestContext const& context)
{
    return http::with_id(context, [&](std::string const& id) { return present_request(services, cancel_request(services.database, context.signed_in(), id), 200); });
}

Response controls_route(Services& services, RequestContext const& context)
{
    auto const limit = parse_limit(context.request.query_value("limit"));
    if (!limit)
        return Response::problem(Error::invalid_field("limit", "Must be a whole number from 1 to 200."));
    std::optional<std::string> before;
    if (auto const after = context.request.query_value("after"); after && !after->empty()) {
        if (!looks_like_id(*after))
            return Response::problem(Error::invalid_field("after", "This page link is not valid. Start again from the first page."));
        before = *after;
    }
    return http::json_or_problem(controls_json(services.database, context.signed_in(), before, *limit), 200);
}

}

void register_routes(http::Router& router, Services& services)
{
    router.add({ "POST", "/api/v1/people/{id}/finance", Access::Session, bound(services, change_route),
        { "Ask for a convener's finance role to be given or taken away; a second convener confirms (conveners)", "finance", "FinanceChange",
            "FinanceRequest", 202, {}, { 403, 404, 409, 422 } } });
    router.add({ "POST", "/api/v1/finance-requests/{id}/confirm", Access::Session, bound(services, confirm_route),
        { "Confirm a change to the finance role: not the convener who asked, nor the person it is about (conveners)", "finance", "",
            "FinanceRequest", 200, {}, { 403, 404, 409 } } });
    router.add({ "POST", "/api/v1/finance-requests/{id}/cancel", Access::Session, bound(services, cancel_route),
        { "Turn down or withdraw a change to the finance role (conveners)", "finance", "", "FinanceRequest", 200, {}, { 403, 404, 409 } } });
    router.add({ "GET", "/api/v1/finance-controls", Access::Session, bound(services, controls_route),
        { "Who holds the finance role, changes waiting to be confirmed, and every grant, removal and refusal (conveners)", "finance", "",
            "FinanceControls", 200, { "limit", "after" }, { 403, 422 } } });
}

}
