#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <boost/json/value.hpp>

#include "core/error.hpp"

namespace rt::http {

// What module code sees of an HTTP request: no Beast types leave src/http/.
struct Request {
    std::string method;                         // upper case: GET, POST, ...
    std::string path;                           // percent-decoded, without the query
    std::map<std::string, std::string> query;   // decoded parameters
    std::map<std::string, std::string> headers; // names in lower case
    std::string body;
    std::string remote_address;
    bool secure { false }; // reached over TLS (directly or through a proxy that says so)

    [[nodiscard]] std::string_view header(std::string_view name) const;
    [[nodiscard]] std::optional<std::string> cookie(std::string_view name) const;
    [[nodiscard]] std::optional<std::string> query_value(std::string_view name) const;
    [[nodiscard]] bool is_unsafe_method() const;
};

// The next piece of a streamed body, or nullopt when the body is complete.
// It may throw: the server then ends the connection without finishing the
// body, so the client sees the download fail rather than a short file.
using BodyProducer = std::function<std::optional<std::string>()>;

struct Response {
    int status { 200 };
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;
    // Set for large downloads: the body is produced piece by piece while it
    // is sent (chunked transfer encoding) instead of built whole in memory;
    // `body` is then unused.
    BodyProducer stream {};

    void set_header(std::string name, std::string value);
    [[nodiscard]] std::string_view header(std::string_view name) const;

    [[nodiscard]] static Response json(int status, boost::json::value const& body);
    [[nodiscard]] static Response no_content();
    // RFC 9457 problem details for one of the closed set of errors.
    [[nodiscard]] static Response problem(Error const& error);
};

[[nodiscard]] int status_for(ErrorKind kind);

}
