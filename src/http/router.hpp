#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/actor.hpp"
#include "http/message.hpp"

namespace rt::http {

using PathParameters = std::map<std::string, std::string, std::less<>>;

struct RequestContext {
    Request const& request;
    PathParameters const& parameters;
    std::optional<Actor> actor; // set for every route with Access::Session

    [[nodiscard]] std::string const& parameter(std::string_view name) const;
    [[nodiscard]] Actor const& signed_in() const { return *actor; }
};

using Handler = std::function<Response(RequestContext const&)>;

enum class Access {
    Public,  // no session needed (health, sign-in)
    Session, // a valid session; unsafe methods also need the CSRF token
};

// What the OpenAPI document says of a route, next to the route itself.
struct RouteDocs {
    std::string summary;
    std::string tag;
    std::string request_schema;        // a components/schemas name, or empty
    std::string response_schema;       // a components/schemas name, or empty
    int success_status { 200 };
    std::vector<std::string> query_parameters {};
    std::vector<int> error_statuses {}; // beyond those implied by Access
};

struct Route {
    std::string method;
    std::string pattern; // /api/v1/organisations/{id}
    Access access;
    Handler handler;
    RouteDocs docs;
    std::string body_type {};    // the request body's media type; empty: application/json
    std::size_t body_limit { 0 }; // the largest body accepted; 0: the server's default
};

struct RouteMatch {
    Route const* route { nullptr };
    PathParameters parameters;
    std::vector<std::string> allowed_methods; // when the path matched but the method did not
};

class Router {
public:
    void add(Route route);
    [[nodiscard]] RouteMatch match(std::string_view method, std::string_view path) const;
    [[nodiscard]] std::vector<Route> const& routes() const { return m_routes; }

private:
    std::vector<Route> m_routes;
};

}
