#pragma once

#include "http/router.hpp"
#include "modules/services.hpp"

namespace rt::partnership {

// The one place the partnership module is wired to HTTP.
void register_routes(http::Router& router, Services& services);

}
