#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string_view>

#include "http/router.hpp"

namespace rt::http {

// Turns a session cookie's token into the signed-in actor, or nothing.
using Authenticator = std::function<std::optional<Actor>(std::string_view token)>;

inline constexpr std::string_view k_session_cookie = "rt_session";

// The headers every answer carries, also those sent before a request is read.
void add_security_headers(Response& response);

struct ApplicationOptions {
    std::optional<std::filesystem::path> web_root; // the built web app; none: API only
};

// The whole request pipeline as a pure function from request to response:
// security headers, routing, authentication, CSRF, errors as problem details,
// and the web app's static files with an index.html fallback for its routes.
class Application {
public:
    Application(Router const& router, Authenticator authenticate, ApplicationOptions options);

    [[nodiscard]] Response handle(Request const& request) const;
    // The body limit of the route a request goes to (0: the server's default),
    // asked once the headers are read and before the body is.
    // The larger limit is given only to a signed-in session (checked from
    // the Cookie header), so nobody can make the server hold a large body
    // before being refused.
    [[nodiscard]] std::size_t body_limit_for(std::string_view method, std::string_view target, std::string_view cookie_header) const;

private:
    [[nodiscard]] Response handle_api(Request const& request) const;
    [[nodiscard]] Response handle_static(Request const& request) const;

    Router const& m_router;
    Authenticator m_authenticate;
    ApplicationOptions m_options;
};

}
