#include "support/http_client.hpp"

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/json.hpp>

namespace rt::test {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = boost::beast::http;

boost::json::value HttpResponse::json() const
{
    return boost::json::parse(body);
}

std::string HttpResponse::header(std::string const& name) const
{
    auto const found = headers.find(name);
    return found == headers.end() ? std::string {} : found->second;
}

HttpClient::HttpClient(unsigned short port)
    : m_port(port)
{
}

HttpResponse HttpClient::get(std::string const& target)
{
    return send("GET", target, "");
}

HttpResponse HttpClient::post(std::string const& target, std::string const& body)
{
    return send("POST", target, body);
}

HttpResponse HttpClient::post(std::string const& target, boost::json::value const& body)
{
    return send("POST", target, boost::json::serialize(body));
}

HttpResponse HttpClient::patch(std::string const& target, boost::json::value const& body)
{
    return send("PATCH", target, boost::json::serialize(body));
}

HttpResponse HttpClient::del(std::string const& target)
{
    return send("DELETE", target, "");
}

HttpResponse HttpClient::send(std::string const& method, std::string const& target, std::string const& body,
    std::map<std::string, std::string> const& extra_headers)
{
    asio::io_context io_context;
    asio::ip::tcp::resolver resolver { io_context };
    beast::tcp_stream stream { io_context };
    stream.connect(resolver.resolve("127.0.0.1", std::to_string(m_port)));

    http::request<http::string_body> request { http::string_to_verb(method), target, 11 };
    request.set(http::field::host, "127.0.0.1");
    if (!body.empty())
        request.set(http::field::content_type, "application/json");
    if (m_session_cookie)
        request.set(http::field::cookie, "rt_session=" + *m_session_cookie);
    if (m_csrf_token)
        request.set("X-CSRF-Token", *m_csrf_token);
    for (auto const& [name, value] : extra_headers)
        request.set(name, value);
    request.body() = body;
    request.prepare_payload();
    // A server may answer early and close (413 for a body over the limit)
    // while the body is still being sent: read its answer all the same.
    beast::error_code write_error;
    http::write(stream, request, write_error);

    beast::flat_buffer buffer;
    http::response_parser<http::string_body> parser;
    parser.body_limit(64 * 1024 * 1024);
    http::read(stream, buffer, parser);
    auto& message = parser.get();

    HttpResponse response;
    response.status = static_cast<int>(message.result_int());
    for (auto const& field : message) {
        std::string name { field.name_string() };
        std::ranges::transform(name, name.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        response.headers[name] = std::string { field.value() };
    }
    response.body = std::move(message.body());
    beast::error_code ignored;
    stream.socket().shutdown(asio::ip::tcp::socket::shutdown_both, ignored);

    // Keep the session the server sets, and forget it when it is cleared.
    auto const cookie = response.header("set-cookie");
    if (cookie.starts_with("rt_session=")) {
        auto value = cookie.substr(11, cookie.find(';') - 11);
        m_session_cookie = value.empty() ? std::nullopt : std::optional<std::string> { value };
    }
    return response;
}

HttpResponse HttpClient::sign_in(std::string const& email, std::string const& password)
{
    auto response = post("/api/v1/auth/login", boost::json::value { { "email", email }, { "password", password } });
    if (response.status == 200)
        m_csrf_token = std::string { response.json().at("csrf_token").as_string() };
    return response;
}

std::string raw_exchange(unsigned short port, std::string const& bytes)
{
    asio::io_context io_context;
    asio::ip::tcp::socket socket { io_context };
    socket.connect({ asio::ip::make_address("127.0.0.1"), port });
    asio::write(socket, asio::buffer(bytes));
    std::string reply;
    beast::error_code error;
    std::array<char, 4096> chunk {};
    // Read until the server closes or sends a complete small answer.
    for (;;) {
        auto const count = socket.read_some(asio::buffer(chunk), error);
        reply.append(chunk.data(), count);
        if (error || reply.find("\r\n\r\n") != std::string::npos)
            break;
    }
    return reply;
}

}
