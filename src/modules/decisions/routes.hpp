#pragma once

#include "http/router.hpp"
#include "modules/services.hpp"

namespace rt::decisions {

void register_routes(http::Router& router, Services& services);
// Panels live in the same module (panels.cpp).
void register_panel_routes(http::Router& router, Services& services);

}
