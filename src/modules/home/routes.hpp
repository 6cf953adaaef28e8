#pragma once

#include "http/router.hpp"
#include "modules/services.hpp"

namespace rt::home {

// The one place the home module is wired to HTTP.
void register_routes(http::Router& router, Services& services);

}
