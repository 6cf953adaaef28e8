#include "http/message.hpp"

#include <algorithm>

#include <boost/json.hpp>

namespace rt::http {

std::string_view Request::header(std::string_view name) const
{
    auto const found = headers.find(std::string { name });
    return found == headers.end() ? std::string_view {} : std::string_view { found->second };
}

std::optional<std::string> Request::cookie(std::string_view name) const
{
    std::string_view rest = header("cookie");
    while (!rest.empty()) {
        auto const end = rest.find(';');
        auto pair = rest.substr(0, end);
        rest = end == std::string_view::npos ? std::string_view {} : rest.substr(end + 1);
        while (!pair.empty() && pair.front() == ' ')
            pair.remove_prefix(1);
        auto const equals = pair.find('=');
        if (equals != std::string_view::npos && pair.substr(0, equals) == name)
            return std::string { pair.substr(equals + 1) };
    }
    return std::nullopt;
}

std::optional<std::string> Request::query_value(std::string_view name) const
{
    auto const found = query.find(std::string { name });
    if (found == query.end())
        return std::nullopt;
    return found->second;
}

bool Request::is_unsafe_method() const
{
    return method != "GET" && method != "HEAD" && method != "OPTIONS";
}

void Response::set_header(std::string name, std::string value)
{
    auto const same_name = [&](auto const& entry) {
        return std::ranges::equal(entry.first, name, [](char a, char b) { return std::tolower(a) == std::tolower(b); });
    };
    if (auto existing = std::ranges::find_if(headers, same_name); existing != headers.end()) {
        existing->second = std::move(value);
        return;
    }
    headers.emplace_back(std::move(name), std::move(value));
}

std::string_view Response::header(std::string_view name) const
{
    for (auto const& [key, value] : headers) {
        if (std::ranges::equal(key, name, [](char a, char b) { return std::tolower(a) == std::tolower(b); }))
            return value;
    }
    return {};
}

Response Response::json(int status, boost::json::value const& body)
{
    Response response;
    response.status = status;
    response.body = boost::json::serialize(body);
    response.set_header("Content-Type", "application/json");
    return response;
}

Response Response::no_content()
{
    Response response;
    response.status = 204;
    return response;
}

int status_for(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::BadRequest:
        return 400;
    case ErrorKind::Unauthenticated:
        return 401;
    case ErrorKind::Forbidden:
    case ErrorKind::CsrfRejected:
        return 403;
    case ErrorKind::NotFound:
        return 404;
    case ErrorKind::Conflict:
        return 409;
    case ErrorKind::Invalid:
        return 422;
    case ErrorKind::RateLimited:
        return 429;
    case ErrorKind::Unavailable:
        return 503;
    case ErrorKind::MethodNotAllowed:
        return 405;
    case ErrorKind::PayloadTooLarge:
        return 413;
    case ErrorKind::UnsupportedMediaType:
        return 415;
    case ErrorKind::HeadersTooLarge:
        return 431;
    case ErrorKind::Internal:
        return 500;
    }
    return 500;
}

namespace {

struct ProblemText {
    std::string_view code;
    std::string_view title;
};

ProblemText problem_text(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::BadRequest:
        return { "bad_request", "The request could not be read" };
    case ErrorKind::Invalid:
        return { "invalid", "Some answers need correcting" };
    case ErrorKind::Unauthenticated:
        return { "unauthenticated", "Sign in required" };
    case ErrorKind::Forbidden:
        return { "forbidden", "Not allowed" };
    case ErrorKind::CsrfRejected:
        return { "csrf", "The security token is missing or wrong" };
    case ErrorKind::NotFound:
        return { "not_found", "Not found" };
    case ErrorKind::Conflict:
        return { "conflict", "This clashes with something that exists" };
    case ErrorKind::RateLimited:
        return { "rate_limited", "Too many attempts" };
    case ErrorKind::Unavailable:
        return { "unavailable", "Service unavailable" };
    case ErrorKind::MethodNotAllowed:
        return { "method_not_allowed", "Method not allowed" };
    case ErrorKind::PayloadTooLarge:
        return { "too_large", "The request is too large" };
    case ErrorKind::UnsupportedMediaType:
        return { "unsupported_media_type", "The body's type is not accepted here" };
    case ErrorKind::HeadersTooLarge:
        return { "headers_too_large", "The request headers are too large" };
    case ErrorKind::Internal:
        return { "internal", "Something went wrong on our side" };
    }
    return { "error", "Something went wrong" };
}

}

Response Response::problem(Error const& error)
{
    auto const text = problem_text(error.kind);
    boost::json::object body;
    body["type"] = "/problems/" + std::string { text.code };
    body["title"] = text.title;
    body["status"] = status_for(error.kind);
    body["detail"] = error.detail;
    body["code"] = error.code.empty() ? std::string { text.code } : error.code;
    for (auto const& [name, values] : error.lists) {
        boost::json::array list;
        for (auto const& value : values)
            list.emplace_back(value);
        body[name] = std::move(list);
    }
    if (!error.rows.empty()) {
        boost::json::array rows;
        for (auto const& row : error.rows)
            rows.push_back({ { "line", row.line }, { "column", row.column }, { "message", row.message } });
        body["rows"] = std::move(rows);
    }
    if (!error.field_errors.empty()) {
        boost::json::object fields;
        for (auto const& [field, messages] : error.field_errors) {
            boost::json::array list;
            for (auto const& message : messages)
                list.emplace_back(message);
            fields[field] = std::move(list);
        }
        body["errors"] = std::move(fields);
    }
    Response response;
    response.status = status_for(error.kind);
    response.body = boost::json::serialize(body);
    response.set_header("Content-Type", "application/problem+json");
    if (error.kind == ErrorKind::RateLimited)
        response.set_header("Retry-After", std::to_string(std::max(1, error.retry_after_seconds)));
    return response;
}

}
