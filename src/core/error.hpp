#pragma once

#include <expected>
#include <map>
#include <string>
#include <vector>

namespace rt {

// Field name -> plain-English messages, in the order they were found.
using FieldErrors = std::map<std::string, std::vector<std::string>>;

// The closed set of ways a command can fail. src/http/problem.cpp maps each to
// one HTTP status; nothing else decides statuses.
enum class ErrorKind {
    BadRequest,      // the body is not JSON at all
    Invalid,         // the body is JSON but a field is wrong
    Unauthenticated, // no valid session
    Forbidden,       // signed in, but not allowed
    CsrfRejected,    // unsafe method without the session's CSRF token
    NotFound,        // no such thing in the caller's partnership
    Conflict,        // clashes with existing state (an email in use)
    RateLimited,     // too many attempts; retry_after_seconds says when
    Unavailable,     // the database cannot be reached
    MethodNotAllowed,     // the address exists but not for this method (405)
    PayloadTooLarge,      // the body is over the route's limit (413)
    UnsupportedMediaType, // the body is not of a type the route takes (415)
    HeadersTooLarge,      // the request headers are over the limit (431)
    Internal,             // a fault on our side (500)
};

// One bad row of an uploaded file (a CSV import): its line in the file, the
// column's heading, and what is wrong.
struct RowProblem {
    long line { 0 };
    std::string column;
    std::string message;
};

struct Error {
    ErrorKind kind;
    std::string detail;
    FieldErrors field_errors {};
    int retry_after_seconds { 0 };
    // RFC 9457 extension members: a more precise code than the kind's, and
    // lists a client can act on (e.g. missing_groups).
    std::string code {};
    std::map<std::string, std::vector<std::string>> lists {};
    std::vector<RowProblem> rows {};

    static Error invalid(FieldErrors errors)
    {
        return { ErrorKind::Invalid, "Some answers need correcting.", std::move(errors) };
    }
    static Error invalid_field(std::string field, std::string message)
    {
        return invalid({ { std::move(field), { std::move(message) } } });
    }
    static Error bad_request(std::string detail) { return { ErrorKind::BadRequest, std::move(detail) }; }
    static Error unauthenticated() { return { ErrorKind::Unauthenticated, "Sign in to continue." }; }
    static Error forbidden(std::string detail = "You do not have permission to do this.")
    {
        return { ErrorKind::Forbidden, std::move(detail) };
    }
    static Error not_found(std::string detail = "We could not find that.") { return { ErrorKind::NotFound, std::move(detail) }; }
    static Error conflict(std::string detail, FieldErrors errors = {})
    {
        return { ErrorKind::Conflict, std::move(detail), std::move(errors) };
    }
    static Error rate_limited(int retry_after_seconds)
    {
        return { ErrorKind::RateLimited, "Too many attempts. Wait a few minutes, then try again.", {}, retry_after_seconds };
    }
};

template<typename T>
using Result = std::expected<T, Error>;

// For commands that return nothing on success.
using Status = std::expected<void, Error>;

// `next(value)` once `done` has succeeded, else `done`'s error: a command
// followed by a fresh read of what it made. (std::expected's own and_then is
// missing from this standard library.)
template<typename T, typename Next>
[[nodiscard]] auto and_then(Result<T> const& done, Next&& next) -> decltype(next(*done))
{
    if (!done)
        return std::unexpected(done.error());
    return next(*done);
}

template<typename Next>
[[nodiscard]] auto and_then(Status const& done, Next&& next) -> decltype(next())
{
    if (!done)
        return std::unexpected(done.error());
    return next();
}

}
