#pragma once

#include "http/router.hpp"
#include "modules/services.hpp"

namespace rt::barometer {

// The one place the barometer module is wired to HTTP.
void register_routes(http::Router& router, Services& services);

}
