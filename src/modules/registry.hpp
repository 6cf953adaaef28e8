#pragma once

#include "http/router.hpp"
#include "modules/services.hpp"

namespace rt {

// Every module's routes, in one place: the server and the tests use this.
void register_all_routes(http::Router& router, Services& services);

}
