#pragma once

#include <string>

#include "core/cursor.hpp"
#include "core/error.hpp"
#include "http/paging.hpp"
#include "http/respond.hpp"
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

// The three handler bodies most modules share for a path's {id} (a malformed
// id answers 404 before anything runs). Each is given the module's own query
// or command, called as `(database, actor, id, ...)`.

// GET …/{id}/things: one page of `list(database, actor, id, page)`.
template<typename List, typename Present>
[[nodiscard]] http::Response list_for_id(Services& services, http::RequestContext const& context, List&& list, Present&& present)
{
    return http::with_id(context, [&](std::string const& id) {
        return http::list_response(
            context.request, [&](PageRequest const& page) { return list(services.database, context.signed_in(), id, page); }, present);
    });
}

// POST …/{id}/things: the body as `Form`, then `create(database, actor, id,
// form)`, answered 201 with the fresh `read(database, actor, made.id)`.
template<typename Form, typename Create, typename Read, typename Present>
[[nodiscard]] http::Response create_for_id(Services& services, http::RequestContext const& context, Create&& create, Read&& read, Present&& present)
{
    return http::with_id(context, [&](std::string const& id) {
        return http::submit<Form>(
            context.request, 201,
            [&](Form const& form) {
                return and_then(create(services.database, context.signed_in(), id, form),
                    [&](auto const& made) { return read(services.database, context.signed_in(), made.id); });
            },
            present);
    });
}

// POST or PATCH …/{id}: the body as `Form`, then `change(database, actor, id,
// form)`, answered 200 with the thing as it now is, `read(database, actor, id)`.
template<typename Form, typename Change, typename Read, typename Present>
[[nodiscard]] http::Response change_for_id(Services& services, http::RequestContext const& context, Change&& change, Read&& read, Present&& present)
{
    return http::with_id(context, [&](std::string const& id) {
        return http::submit<Form>(
            context.request, 200,
            [&](Form const& form) {
                return and_then(change(services.database, context.signed_in(), id, form),
                    [&](auto const&... /* what the change answered */) { return read(services.database, context.signed_in(), id); });
            },
            present);
    });
}

}
