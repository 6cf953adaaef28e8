#include "http/server.hpp"

#include <atomic>
#include <mutex>
#include <set>
#include <thread>

#include <boost/asio.hpp>
#include <boost/beast.hpp>
#include <boost/url.hpp>
#include <spdlog/spdlog.h>

#include "core/log.hpp"
#include "http/application.hpp"

namespace rt::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;
using namespace std::chrono_literals;

namespace {

constexpr auto k_use_tuple = asio::as_tuple(asio::use_awaitable);

// One open connection, known to the server so that a stop can close it when idle.
struct Connection {
    beast::tcp_stream stream;
    bool handling { false }; // touched only on the connection's strand

    explicit Connection(tcp::socket socket)
        : stream(std::move(socket))
    {
    }
};

class ConnectionRegistry {
public:
    void add(std::shared_ptr<Connection> const& connection)
    {
        std::scoped_lock lock { m_mutex };
        m_connections.insert(connection);
    }
    // Returns true when no connection is left.
    bool remove(std::shared_ptr<Connection> const& connection)
    {
        std::scoped_lock lock { m_mutex };
        m_connections.erase(connection);
        return m_connections.empty();
    }
    bool empty()
    {
        std::scoped_lock lock { m_mutex };
        return m_connections.empty();
    }
    // Closes every connection that is waiting for its next request; those
    // handling one finish it and then close because stopping is set.
    void close_idle()
    {
        std::scoped_lock lock { m_mutex };
        for (auto const& connection : m_connections) {
            asio::post(connection->stream.get_executor(), [connection] {
                if (!connection->handling) {
                    beast::error_code ignored;
                    connection->stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
                    connection->stream.socket().close(ignored);
                }
            });
        }
    }

private:
    std::mutex m_mutex;
    std::set<std::shared_ptr<Connection>> m_connections;
};

struct ServerState {
    ServerOptions const& options;
    RequestHandler handler;
    asio::steady_timer& drain_deadline;
    ConnectionRegistry connections {};
    std::atomic<bool> stopping { false };

    // Once stopping, the last connection to close ends the drain early.
    void connection_closed(std::shared_ptr<Connection> const& connection)
    {
        if (connections.remove(connection) && stopping)
            asio::post(drain_deadline.get_executor(), [this] { drain_deadline.cancel(); });
    }
};

Request to_request(bhttp::request<bhttp::string_body>& message, std::string remote_address)
{
    Request request;
    request.method = std::string { message.method_string() };
    request.remote_address = std::move(remote_address);
    for (auto const& field : message) {
        std::string name { field.name_string() };
        std::ranges::transform(name, name.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        auto& value = request.headers[name];
        value = value.empty() ? std::string { field.value() } : value + ", " + std::string { field.value() };
    }
    request.secure = request.header("x-forwarded-proto") == "https";
    request.body = std::move(message.body());

    auto parsed = boost::urls::parse_origin_form(message.target());
    if (!parsed) {
        request.path = std::string { message.target() };
        return request;
    }
    request.path = parsed->path();
    for (auto const& parameter : parsed->params())
        request.query.emplace(parameter.key, parameter.value);
    return request;
}

bhttp::response<bhttp::string_body> to_message(Response&& response, unsigned version, bool keep_alive, bool head)
{
    bhttp::response<bhttp::string_body> message { static_cast<bhttp::status>(response.status), version };
    message.set(bhttp::field::server, "roundtable");
    for (auto& [name, value] : response.headers)
        message.set(name, value);
    message.body() = std::move(response.body);
    message.keep_alive(keep_alive);
    message.prepare_payload();
    if (head)
        message.body().clear();
    return message;
}

// A streamed body goes out as HTTP/1.1 chunks, one per piece the producer
// gives, so the server holds one piece at a time however large the download.
// Returns the bytes of body sent, or an error when the client went away or
// the producer failed (then the connection is closed mid-body, and the client
// sees an incomplete download rather than a short file that looks whole).
asio::awaitable<std::pair<beast::error_code, std::size_t>> write_streamed(beast::tcp_stream& stream, Response& response, unsigned version,
    bool keep_alive, std::chrono::steady_clock::duration write_timeout)
{
    bhttp::response<bhttp::empty_body> header { static_cast<bhttp::status>(response.status), version };
    header.set(bhttp::field::server, "roundtable");
    for (auto& [name, value] : response.headers)
        header.set(name, value);
    header.keep_alive(keep_alive);
    header.chunked(true);
    bhttp::response_serializer<bhttp::empty_body> serializer { header };
    stream.expires_after(write_timeout);
    auto [header_error, header_bytes] = co_await bhttp::async_write_header(stream, serializer, k_use_tuple);
    (void)header_bytes;
    if (header_error)
        co_return std::pair { header_error, std::size_t { 0 } };
    std::size_t sent = 0;
    for (;;) {
        std::optional<std::string> piece;
        try {
            piece = response.stream();
        } catch (std::exception const& failure) {
            spdlog::error(R"("event":"stream_failed","error":{})", json_quoted(failure.what()));
            co_return std::pair { beast::error_code { asio::error::operation_aborted }, sent };
        }
        if (!piece)
            break;
        if (piece->empty())
            continue; // an empty chunk would end the body
        stream.expires_after(write_timeout);
        auto [chunk_error, chunk_bytes] = co_await asio::async_write(stream, bhttp::make_chunk(asio::buffer(*piece)), k_use_tuple);
        (void)chunk_bytes;
        if (chunk_error)
            co_return std::pair { chunk_error, sent };
        sent += piece->size();
    }
    stream.expires_after(write_timeout);
    auto [last_error, last_bytes] = co_await asio::async_write(stream, bhttp::make_chunk_last(), k_use_tuple);
    (void)last_bytes;
    co_return std::pair { last_error, sent };
}


// An answer sent before the request could be read whole (413, 431): the same
// problem shape and security headers as every other answer.
Response early_problem(ErrorKind kind, std::string_view detail)
{
    auto response = Response::problem({ kind, std::string { detail } });
    add_security_headers(response);
    return response;
}

asio::awaitable<void> serve_connection(ServerState& state, std::shared_ptr<Connection> connection)
{
    auto& stream = connection->stream;
    beast::error_code endpoint_error;
    auto const remote = stream.socket().remote_endpoint(endpoint_error);
    std::string const remote_address = endpoint_error ? "unknown" : remote.address().to_string();
    beast::flat_buffer buffer;

    while (!state.stopping) {
        bhttp::request_parser<bhttp::string_body> parser;
        // The limit depends on the route, known only once the header is read;
        // Beast checks Content-Length against the limit while parsing the
        // header, so the header is read with no limit and checked here.
        parser.body_limit(boost::none);
        parser.header_limit(16 * 1024);
        stream.expires_after(state.options.read_timeout);
        auto [read_error, read_bytes] = co_await bhttp::async_read_header(stream, buffer, parser, k_use_tuple);
        if (!read_error && !parser.is_done()) {
            auto const& header = parser.get();
            std::size_t limit = state.options.body_limit;
            if (state.options.body_limit_for) {
                if (auto const route_limit = state.options.body_limit_for(std::string_view { header.method_string() }, std::string_view { header.target() },
                        std::string_view { header[bhttp::field::cookie] }))
                    limit = route_limit;
            }
            parser.body_limit(limit);
            if (auto const length = parser.content_length(); length && *length > limit) {
                read_error = bhttp::error::body_limit; // answered without reading the body
            } else {
                // curl and others wait for this before sending a large body.
                if (beast::iequals(header[bhttp::field::expect], "100-continue")) {
                    bhttp::response<bhttp::empty_body> go_on { bhttp::status::continue_, header.version() };
                    auto [continue_error, continue_bytes] = co_await bhttp::async_write(stream, go_on, k_use_tuple);
                    (void)continue_error;
                    (void)continue_bytes;
                }
                // A large upload gets time in proportion: at least 128 KB/s.
                stream.expires_after(state.options.read_timeout + std::chrono::seconds(limit / (128 * 1024)));
                std::tie(read_error, read_bytes) = co_await bhttp::async_read(stream, buffer, parser, k_use_tuple);
            }
        }
        (void)read_bytes;

        auto const started = std::chrono::steady_clock::now();
        Response response;
        bool keep_alive = false;
        unsigned version = 11;
        std::string method = "-", path = "-";
        bool head = false;
        if (read_error == bhttp::error::body_limit) {
            response = early_problem(ErrorKind::PayloadTooLarge, "The request body is too large.");
        } else if (read_error == bhttp::error::header_limit) {
            response = early_problem(ErrorKind::HeadersTooLarge, "The request headers are too large.");
        } else if (read_error) {
            break; // closed, timed out or unreadable: nothing to answer
        } else {
            connection->handling = true;
            auto& message = parser.get();
            version = message.version();
            keep_alive = message.keep_alive() && !state.stopping;
            head = message.method() == bhttp::verb::head;
            auto request = to_request(message, remote_address);
            method = request.method;
            path = request.path;
            response = state.handler(request);
        }

        auto const status = response.status;
        // HTTP/1.0 has no chunks, and HEAD has no body: both get the streamed
        // body the plain way (HEAD without producing it).
        if (response.stream && (head || version < 11)) {
            if (!head)
                while (auto piece = response.stream())
                    response.body += *piece;
            response.stream = nullptr;
        }
        beast::error_code write_error;
        std::size_t bytes = 0;
        bool reply_keep_alive = false;
        if (response.stream) {
            reply_keep_alive = keep_alive && !state.stopping;
            std::tie(write_error, bytes) = co_await write_streamed(stream, response, version, reply_keep_alive, state.options.write_timeout);
        } else {
            auto reply = to_message(std::move(response), version, keep_alive && !state.stopping, head);
            bytes = reply.body().size();
            reply_keep_alive = reply.keep_alive();
            stream.expires_after(state.options.write_timeout);
            auto [plain_error, written] = co_await bhttp::async_write(stream, reply, k_use_tuple);
            (void)written;
            write_error = plain_error;
        }
        connection->handling = false;

        auto const elapsed = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
        spdlog::info(R"("event":"request","method":{},"path":{},"status":{},"ms":{:.2f},"bytes":{},"remote":{})",
            json_quoted(method), json_quoted(path), status, elapsed, bytes, json_quoted(remote_address));
        if (write_error || !reply_keep_alive)
            break;
    }

    beast::error_code ignored;
    stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
    state.connection_closed(connection);
}

asio::awaitable<void> accept_connections(ServerState& state, tcp::acceptor& acceptor)
{
    auto executor = co_await asio::this_coro::executor;
    for (;;) {
        auto [error, socket] = co_await acceptor.async_accept(asio::make_strand(executor), k_use_tuple);
        if (error) {
            if (error == asio::error::operation_aborted || !acceptor.is_open())
                co_return;
            spdlog::warn(R"("event":"accept_failed","error":{})", json_quoted(error.message()));
            continue;
        }
        auto connection = std::make_shared<Connection>(std::move(socket));
        state.connections.add(connection);
        auto const connection_executor = connection->stream.get_executor();
        asio::co_spawn(connection_executor, serve_connection(state, connection), [](std::exception_ptr failure) {
            if (!failure)
                return;
            try {
                std::rethrow_exception(failure);
            } catch (std::exception const& error) {
                spdlog::error(R"("event":"connection_failed","error":{})", json_quoted(error.what()));
            }
        });
    }
}

}

void run_server(ServerOptions const& options, RequestHandler handler)
{
    asio::io_context io_context { static_cast<int>(options.threads) };
    asio::steady_timer drain_deadline { io_context };
    ServerState state { options, std::move(handler), drain_deadline };

    tcp::endpoint const endpoint { asio::ip::make_address(options.host), options.port };
    tcp::acceptor acceptor { io_context };
    acceptor.open(endpoint.protocol());
    acceptor.set_option(asio::socket_base::reuse_address(true));
    acceptor.bind(endpoint);
    acceptor.listen(asio::socket_base::max_listen_connections);
    if (options.on_listening)
        options.on_listening(options.host, acceptor.local_endpoint().port());

    asio::co_spawn(acceptor.get_executor(), accept_connections(state, acceptor), asio::detached);

    // Stop: no new connections, close idle ones, let the rest finish their
    // current request. The deadline ends the wait for any that hang; the last
    // connection to close cancels it, and run() returns when nothing is left.
    asio::signal_set signals { io_context, SIGINT, SIGTERM };
    signals.async_wait([&](beast::error_code const& error, int signal_number) {
        if (error)
            return;
        spdlog::info(R"("event":"stopping","signal":{})", signal_number);
        drain_deadline.expires_after(options.drain_timeout);
        drain_deadline.async_wait([&](beast::error_code const& timer_error) {
            if (!timer_error)
                io_context.stop();
        });
        state.stopping = true;
        beast::error_code ignored;
        acceptor.close(ignored);
        state.connections.close_idle();
        if (state.connections.empty())
            drain_deadline.cancel();
    });

    std::vector<std::thread> threads;
    for (std::size_t i = 1; i < options.threads; ++i)
        threads.emplace_back([&] { io_context.run(); });
    io_context.run();
    for (auto& thread : threads)
        thread.join();
    spdlog::info(R"("event":"stopped")");
}

}
