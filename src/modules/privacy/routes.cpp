#include "modules/privacy/routes.hpp"

#include <charconv>

#include "core/cursor.hpp"
#include "http/respond.hpp"
#include "modules/privacy/audit.hpp"
#include "modules/privacy/permissions.hpp"

namespace rt::privacy {

namespace {

using http::RequestContext;
using http::Response;

Response list_audit_route(Services& services, RequestContext const& context)
{
    auto const& actor = context.signed_in();
    if (!can_read_audit(actor))
        return Response::problem(Error::forbidden("Only conveners can read the audit log."));
    auto const limit = parse_limit(context.request.query_value("limit"));
    std::optional<long long> before;
    if (auto const after = context.request.query_value("after"); after && !after->empty()) {
        long long seq = 0;
        auto const [end, error] = std::from_chars(after->data(), after->data() + after->size(), seq);
        if (error != std::errc {} || end != after->data() + after->size() || seq < 1)
            return Response::problem(Error::invalid_field("after", "This page link is not valid. Start again from the first page."));
        before = seq;
    }
    if (!limit)
        return Response::problem(Error::invalid_field("limit", "Must be a whole number from 1 to 200."));
    auto const page = services.database.read([&](soci::session& sql) { return list_entries(sql, actor.partnership_id, *limit, before); });
    boost::json::array items;
    for (auto const& entry : page.entries)
        items.push_back(to_json(entry));
    return Response::json(200,
        boost::json::object { { "items", std::move(items) }, { "next_cursor", page.next_cursor ? boost::json::value(*page.next_cursor) : nullptr } });
}

}

void register_routes(http::Router& router, Services& services)
{
    router.add({ "GET", "/api/v1/audit", http::Access::Session,
        [&services](RequestContext const& context) { return list_audit_route(services, context); },
        { "The partnership's audit log, newest first", "privacy", "", "AuditPage", 200, { "limit", "after" }, { 403, 422 } } });
}

}
