#pragma once

#include <map>
#include <optional>
#include <string>

#include <boost/json/value.hpp>

namespace rt::test {

struct HttpResponse {
    int status { 0 };
    std::map<std::string, std::string> headers; // names in lower case
    std::string body;

    [[nodiscard]] boost::json::value json() const;
    [[nodiscard]] std::string header(std::string const& name) const;
};

// A small HTTP/1.1 client with a cookie jar and the CSRF header, like a browser
// session of one person. One connection per request keeps it simple.
class HttpClient {
public:
    explicit HttpClient(unsigned short port);

    HttpResponse get(std::string const& target);
    HttpResponse post(std::string const& target, std::string const& body = "");
    HttpResponse post(std::string const& target, boost::json::value const& body);
    HttpResponse patch(std::string const& target, boost::json::value const& body);
    HttpResponse del(std::string const& target);
    HttpResponse send(std::string const& method, std::string const& target, std::string const& body,
        std::map<std::string, std::string> const& extra_headers = {});

    // Signs in and keeps the session cookie and CSRF token.
    HttpResponse sign_in(std::string const& email, std::string const& password);

    void set_csrf_token(std::optional<std::string> token) { m_csrf_token = std::move(token); }
    [[nodiscard]] std::optional<std::string> const& csrf_token() const { return m_csrf_token; }
    void set_session_cookie(std::optional<std::string> cookie) { m_session_cookie = std::move(cookie); }
    [[nodiscard]] std::optional<std::string> const& session_cookie() const { return m_session_cookie; }

private:
    unsigned short m_port;
    std::optional<std::string> m_session_cookie;
    std::optional<std::string> m_csrf_token;
};

// Raw bytes over a socket, for what a well-behaved client would never send.
std::string raw_exchange(unsigned short port, std::string const& bytes);

}
