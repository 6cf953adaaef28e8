#pragma once

#include "http/router.hpp"
#include "modules/services.hpp"

namespace rt::surveys {

void register_routes(http::Router& router, Services& services);

}
