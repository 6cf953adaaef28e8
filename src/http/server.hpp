#pragma once

#include <chrono>
#include <functional>
#include <string>

#include "http/message.hpp"

namespace rt::http {

struct ServerOptions {
    std::string host { "127.0.0.1" };
    unsigned short port { 8080 }; // 0: any free port
    std::size_t threads { 4 };
    std::size_t body_limit { 1024 * 1024 };
    // A larger limit for some routes (file imports): asked with the method and
    // target once the headers are read; 0 keeps body_limit.
    std::function<std::size_t(std::string_view method, std::string_view target, std::string_view cookie)> body_limit_for;
    std::chrono::seconds read_timeout { 30 };
    std::chrono::seconds write_timeout { 30 };
    std::chrono::seconds drain_timeout { 20 }; // longest wait for in-flight requests at stop
    // Called once the socket listens, with the port actually bound.
    std::function<void(std::string const& host, unsigned short port)> on_listening;
};

using RequestHandler = std::function<Response(Request const&)>;

// Serves until SIGINT or SIGTERM, then stops accepting, lets in-flight
// requests finish (idle keep-alive connections are closed) and returns.
// The handler may block (database work): it runs on one of `threads` threads.
void run_server(ServerOptions const& options, RequestHandler handler);

}
