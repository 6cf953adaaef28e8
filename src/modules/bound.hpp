#pragma once

#include "http/router.hpp"
#include "modules/services.hpp"

namespace rt {

// Every module's route handlers have this shape: the services they run with,
// and the request.
using RouteHandler = http::Response (*)(Services&, http::RequestContext const&);

// The router's handler for one of them, bound to the services:
// `router.add({ "GET", path, access, bound(services, get_route), docs })`.
[[nodiscard]] inline http::Handler bound(Services& services, RouteHandler handler)
{
    return [&services, handler](http::RequestContext const& context) { return handler(services, context); };
}

}
