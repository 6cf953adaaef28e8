#pragma once

#include "http/router.hpp"
#include "modules/services.hpp"

namespace rt::initiatives {

void register_routes(http::Router& router, Services& services);

}
