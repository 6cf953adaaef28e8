// The request pipeline without a network: routing, problem responses, CSRF.

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include "http/application.hpp"
#include "http/router.hpp"

namespace rt::http {
namespace {

Response echo_id(RequestContext const& context)
{
    return Response::json(200, boost::json::object { { "id", context.parameter("id") } });
}

TEST(Router, MatchesPathParametersAndReportsAllowedMethods)
{
    Router router;
    router.add({ "GET", "/api/v1/things/{id}", Access::Public, echo_id, {} });
    router.add({ "PATCH", "/api/v1/things/{id}", Access::Public, echo_id, {} });
    auto const match = router.match("GET", "/api/v1/things/abc");
    ASSERT_NE(match.route, nullptr);
    EXPECT_EQ(match.parameters.at("id"), "abc");
    EXPECT_EQ(router.match("GET", "/api/v1/things").route, nullptr);
    EXPECT_EQ(router.match("GET", "/api/v1/things/abc/more").route, nullptr);
    auto const wrong_method = router.match("DELETE", "/api/v1/things/abc");
    EXPECT_EQ(wrong_method.route, nullptr);
    EXPECT_EQ(wrong_method.allowed_methods, (std::vector<std::string> { "GET", "PATCH" }));
    EXPECT_THROW(router.add({ "GET", "/api/v1/things/{id}", Access::Public, echo_id, {} }), std::logic_error);
}

TEST(Problems, EveryErrorKindHasItsStatus)
{
    EXPECT_EQ(status_for(ErrorKind::BadRequest), 400);
    EXPECT_EQ(status_for(ErrorKind::Unauthenticated), 401);
    EXPECT_EQ(status_for(ErrorKind::Forbidden), 403);
    EXPECT_EQ(status_for(ErrorKind::CsrfRejected), 403);
    EXPECT_EQ(status_for(ErrorKind::NotFound), 404);
    EXPECT_EQ(status_for(ErrorKind::Conflict), 409);
    EXPECT_EQ(status_for(ErrorKind::Invalid), 422);
    EXPECT_EQ(status_for(ErrorKind::RateLimited), 429);
    EXPECT_EQ(status_for(ErrorKind::Unavailable), 503);

    auto const response = Response::problem(Error::invalid({ { "name", { "Enter this." } } }));
    EXPECT_EQ(response.status, 422);
    EXPECT_EQ(response.header("content-type"), "application/problem+json");
    auto const body = boost::json::parse(response.body);
    EXPECT_EQ(body.at("status"), 422);
    EXPECT_EQ(body.at("errors").at("name"), (boost::json::array { "Enter this." }));

    auto const limited = Response::problem(Error::rate_limited(0));
    EXPECT_EQ(limited.header("retry-after"), "1") << "never tell a client to retry after 0 seconds";
}

class PipelineTest : public ::testing::Test {
protected:
    PipelineTest()
    {
        m_router.add({ "POST", "/api/v1/things/{id}", Access::Session, echo_id, {} });
    }

    Response send(std::string cookie, std::string csrf, std::string body = "{}", std::string content_type = "application/json")
    {
        Application application { m_router,
            [](std::string_view token) -> std::optional<Actor> {
                if (token != "good-token")
                    return std::nullopt;
                return Actor { "person", "partnership", Role::Member, "hash", "the-csrf-token" };
            },
            {} };
        Request request;
        request.method = "POST";
        request.path = "/api/v1/things/42";
        request.body = std::move(body);
        if (!cookie.empty())
            request.headers["cookie"] = "theme=dark; rt_session=" + cookie;
        if (!csrf.empty())
            request.headers["x-csrf-token"] = csrf;
        request.headers["content-type"] = content_type;
        return application.handle(request);
    }

private:
    Router m_router;
};

TEST_F(PipelineTest, SessionAndCsrfAreCheckedBeforeTheHandler)
{
    EXPECT_EQ(send("", "").status, 401);
    EXPECT_EQ(send("bad-token", "the-csrf-token").status, 401);
    EXPECT_EQ(send("good-token", "").status, 403);
    EXPECT_EQ(send("good-token", "the-csrf-tokeN").status, 403);
    EXPECT_EQ(send("good-token", "the-csrf-token", "x", "text/plain").status, 415);
    auto const ok = send("good-token", "the-csrf-token");
    EXPECT_EQ(ok.status, 200);
    EXPECT_EQ(boost::json::parse(ok.body).at("id"), "42");
    EXPECT_EQ(ok.header("cache-control"), "no-store");
    EXPECT_FALSE(ok.header("content-security-policy").empty());
}

}
}
