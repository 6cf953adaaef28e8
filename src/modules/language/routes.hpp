#pragma once

#include "http/router.hpp"
#include "modules/services.hpp"

namespace rt::language {

void register_routes(http::Router& router, Services& services);
// Translations and Easy Read versions (versions.cpp).
void register_version_routes(http::Router& router, Services& services);

}
