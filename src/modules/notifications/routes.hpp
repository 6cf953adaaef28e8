#pragma once

#include "http/router.hpp"
#include "modules/services.hpp"

namespace rt::notifications {

// The one place the notifications module is wired to HTTP.
void register_routes(http::Router& router, Services& services);

}
