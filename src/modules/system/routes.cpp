#include "modules/system/routes.hpp"

#include <boost/json.hpp>

namespace rt::system {

void register_routes(http::Router& router, Services& services)
{
    router.add({ "GET", "/health", http::Access::Public,
        [](http::RequestContext const&) { return http::Response::json(200, boost::json::object { { "status", "ok" } }); },
        { "Liveness: the process answers", "system", "", "Health" } });
    router.add({ "GET", "/ready", http::Access::Public,
        [&services](http::RequestContext const&) {
            if (!services.database.ping())
                return http::Response::problem({ ErrorKind::Unavailable, "The database cannot be reached." });
            return http::Response::json(200, boost::json::object { { "status", "ready" } });
        },
        { "Readiness: the database answers", "system", "", "Health", 200, {}, { 503 } } });
    // Built on each request from the routes registered: small, and always true.
    router.add({ "GET", "/api/v1/openapi.json", http::Access::Public,
        [&router](http::RequestContext const&) {
            http::Response response;
            response.body = boost::json::serialize(openapi_document(router));
            response.set_header("Content-Type", "application/json");
            response.set_header("Cache-Control", "no-cache");
            return response;
        },
        { "This OpenAPI 3.1 document", "system", "", "OpenApi" } });
}

}
