#pragma once

#include "http/router.hpp"
#include "modules/services.hpp"

namespace rt::documents {

void register_routes(http::Router& router, Services& services);

}
