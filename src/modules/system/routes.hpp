#pragma once

#include <boost/json/object.hpp>

#include "http/router.hpp"
#include "modules/services.hpp"

namespace rt::system {

// GET /health, GET /ready and GET /api/v1/openapi.json.
void register_routes(http::Router& router, Services& services);

// The OpenAPI 3.1 document for every route registered on the router.
[[nodiscard]] boost::json::object openapi_document(http::Router const& router);

}
