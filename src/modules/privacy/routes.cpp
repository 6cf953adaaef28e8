#include "modules/privacy/routes.hpp"

#include <charconv>

#include "core/cursor.hpp"
#include "http/paging.hpp"
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
    auto request = http::read_page(context.request);
    if (!request)
        return Response::problem(request.error());
    // The log is ordered by its sequence number, which the cursor holds.
    std::optional<long long> before;
    if (request->after) {
        long long seq = 0;
        auto const& key = request->after->name;
        auto const [end, error] = std::from_chars(key.data(), key.data() + key.size(), seq);
        if (error != std::errc {} || end != key.data() + key.size() || seq < 1)
            return Response::problem(Error::invalid_field("after", std::string { k_stale_cursor }));
        before = seq;
    }
    auto const limit = std::optional<std::size_t> { request->limit };
    auto const page = services.database.read([&](soci::session& sql) { return list_entries(sql, actor.partnership_id, *limit, before); });
    boost::json::array items;
    for (auto const& entry : page.entries)
        items.push_back(to_json(entry));
    return Response::json(200, http::page_json(std::move(items), page.next_cursor));
}

}

void register_routes(http::Router& router, Services& services)
{
    router.add({ "GET", "/api/v1/audit", http::Access::Session,
        [&services](RequestContext const& context) { return list_audit_route(services, context); },
        { "The partnership's audit log, newest first", "privacy", "", "AuditPage", 200, { "limit", "after" }, { 403, 422 } } });
}

}
