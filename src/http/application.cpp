#include "http/application.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <spdlog/spdlog.h>

#include "core/crypto.hpp"
#include "core/log.hpp"

namespace rt::http {

namespace {

constexpr std::string_view k_content_security_policy
    = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; "
      "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

}

void add_security_headers(Response& response)
{
    response.set_header("Content-Security-Policy", std::string { k_content_security_policy });
    response.set_header("X-Content-Type-Options", "nosniff");
    response.set_header("Referrer-Policy", "same-origin");
    response.set_header("X-Frame-Options", "DENY");
    response.set_header("Cross-Origin-Opener-Policy", "same-origin");
    response.set_header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
}

namespace {

// The paths the router answers; everything else is the web app's files.
// (/public/ holds pages served whole by the server, for readers without an
// account or without JavaScript: a living document made public.)
bool is_api_path(std::string_view path)
{
    return path.starts_with("/api/") || path == "/api" || path == "/health" || path == "/ready" || path.starts_with("/public/");
}

// The media type without parameters, lowercased: "text/csv; charset=utf-8" -> "text/csv".
std::string media_type(std::string_view content_type)
{
    auto base = content_type.substr(0, content_type.find(';'));
    while (!base.empty() && base.back() == ' ')
        base.remove_suffix(1);
    std::string lowered;
    for (char const c : base)
        lowered.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    return lowered;
}

bool is_json(std::string_view content_type)
{
    auto const base = media_type(content_type);
    return base == "application/json" || base == "application/merge-patch+json";
}

std::string_view content_type_for(std::filesystem::path const& path)
{
    auto const extension = path.extension().string();
    if (extension == ".html")
        return "text/html; charset=utf-8";
    if (extension == ".js" || extension == ".mjs")
        return "text/javascript; charset=utf-8";
    if (extension == ".css")
        return "text/css; charset=utf-8";
    if (extension == ".json")
        return "application/json";
    if (extension == ".svg")
        return "image/svg+xml";
    if (extension == ".png")
        return "image/png";
    if (extension == ".ico")
        return "image/x-icon";
    if (extension == ".woff2")
        return "font/woff2";
    if (extension == ".txt")
        return "text/plain; charset=utf-8";
    return "application/octet-stream";
}

std::optional<std::string> read_file(std::filesystem::path const& path)
{
    std::ifstream file { path, std::ios::binary };
    if (!file)
        return std::nullopt;
    std::ostringstream contents;
    contents << file.rdbuf();
    return contents.str();
}

Response plain_not_found()
{
    Response response;
    response.status = 404;
    response.body = "Not found\n";
    response.set_header("Content-Type", "text/plain; charset=utf-8");
    return response;
}

}

Application::Application(Router const& router, Authenticator authenticate, ApplicationOptions options)
    : m_router(router)
    , m_authenticate(std::move(authenticate))
    , m_options(std::move(options))
{
}

Response Application::handle(Request const& request) const
{
    Response response;
    try {
        response = is_api_path(request.path) ? handle_api(request) : handle_static(request);
    } catch (std::exception const& error) {
        spdlog::error(R"("event":"unhandled","method":{},"path":{},"error":{})", json_quoted(request.method),
            json_quoted(request.path), json_quoted(error.what()));
        response = Response::problem({ ErrorKind::Internal, "Something went wrong on our side. Try again later." });
    }
    add_security_headers(response);
    return response;
}

std::size_t Application::body_limit_for(std::string_view method, std::string_view target, std::string_view cookie_header) const
{
    auto const path = target.substr(0, target.find('?'));
    if (!is_api_path(path))
        return 0;
    auto const match = m_router.match(method, path);
    if (!match.route || match.route->body_limit == 0)
        return 0;
    if (match.route->access == Access::Session) {
        Request request;
        request.headers["cookie"] = std::string { cookie_header };
        auto const token = request.cookie(k_session_cookie);
        if (!token || !m_authenticate(*token))
            return 0;
    }
    return match.route->body_limit;
}

Response Application::handle_api(Request const& request) const
{
    auto match = m_router.match(request.method, request.path);
    if (!match.route) {
        if (match.allowed_methods.empty())
            return Response::problem(Error::not_found("There is no such address in the API."));
        auto response = Response::problem({ ErrorKind::MethodNotAllowed, "This address does not accept that method." });
        std::string allow;
        for (auto const& method : match.allowed_methods)
            allow += (allow.empty() ? "" : ", ") + method;
        response.set_header("Allow", allow);
        return response;
    }
    auto const& route = *match.route;

    RequestContext context { request, match.parameters, std::nullopt };
    if (route.access == Access::Session) {
        auto const token = request.cookie(k_session_cookie);
        if (token)
            context.actor = m_authenticate(*token);
        if (!context.actor)
            return Response::problem(Error::unauthenticated());
        if (request.is_unsafe_method()) {
            auto const sent = request.header("x-csrf-token");
            if (sent.empty() || !constant_time_equal(sent, context.actor->csrf_token))
                return Response::problem({ ErrorKind::CsrfRejected, "Reload the page and try again." });
        }
    }
    // A route may take other media types than JSON, listed with commas.
    auto const sent_type = media_type(request.header("content-type"));
    bool body_type_ok = route.body_type.empty() && is_json(request.header("content-type"));
    for (std::size_t start = 0; !route.body_type.empty() && start <= route.body_type.size();) {
        auto const end = std::min(route.body_type.find(',', start), route.body_type.size());
        body_type_ok = body_type_ok || route.body_type.substr(start, end - start) == sent_type;
        start = end + 1;
    }
    if (request.is_unsafe_method() && !request.body.empty() && !body_type_ok) {
        return Response::problem({ ErrorKind::UnsupportedMediaType,
            "Send the body as " + (route.body_type.empty() ? std::string { "application/json" } : route.body_type) + "." });
    }

    auto response = route.handler(context);
    if (response.header("Cache-Control").empty())
        response.set_header("Cache-Control", "no-store");
    return response;
}

Response Application::handle_static(Request const& request) const
{
    if (!m_options.web_root) {
        auto response = plain_not_found();
        response.body = "Not found. This server was started without the web app: build it (make web) and start the server with --web web/dist.\n";
        return response;
    }
    if (request.method != "GET" && request.method != "HEAD") {
        auto response = plain_not_found();
        response.status = 405;
        response.set_header("Allow", "GET, HEAD");
        return response;
    }

    // A decoded NUL or other control character ("/assets/index.js%00.html")
    // names no file: the file system would stop at the NUL and serve a file
    // under a type taken from the rest of the name.
    bool const control = std::ranges::any_of(request.path, [](unsigned char c) { return c < 0x20 || c == 0x7f; });
    if (control)
        return plain_not_found();

    auto const& root = *m_options.web_root;
    // Reject any path that could climb out of the web root.
    auto const relative = std::filesystem::path { request.path }.relative_path().lexically_normal();
    bool const escapes = !relative.empty() && relative.begin()->string() == "..";
    bool const hidden = request.path.find("/.") != std::string::npos;
    if (!escapes && !hidden && !relative.empty()) {
        auto const candidate = root / relative;
        std::error_code error;
        if (std::filesystem::is_regular_file(candidate, error)) {
            auto contents = read_file(candidate);
            if (!contents)
                return plain_not_found();
            Response response;
            response.body = std::move(*contents);
            response.set_header("Content-Type", std::string { content_type_for(candidate) });
            // Vite puts content hashes in the names under /assets/, so they never change.
            response.set_header("Cache-Control",
                request.path.starts_with("/assets/") ? "public, max-age=31536000, immutable" : "no-cache");
            return response;
        }
    }

    // A path with a file extension is a missing file; anything else is a
    // route of the web app, which index.html handles (it shows its own 404).
    if (relative.has_extension() || request.path.starts_with("/assets/"))
        return plain_not_found();
    auto index = read_file(root / "index.html");
    if (!index)
        return plain_not_found();
    Response response;
    response.body = std::move(*index);
    response.set_header("Content-Type", "text/html; charset=utf-8");
    response.set_header("Cache-Control", "no-cache");
    return response;
}

}
