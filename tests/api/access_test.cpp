// Every route that needs a session refuses one without it, and every unsafe
// one refuses a request without the CSRF token: checked over the router's own
// list, so a route added later is covered without a new test.

#include <filesystem>

#include <boost/json.hpp>

#include "db/database.hpp"
#include "http/router.hpp"
#include "modules/registry.hpp"
#include "support/api_fixture.hpp"

namespace rt::test {
namespace {

class AccessApi : public ApiTest {
protected:
    static std::vector<http::Route> registered_routes()
    {
        auto const path = std::filesystem::temp_directory_path() / ("roundtable-access-routes-" + std::to_string(::getpid()) + ".db");
        db::Database database { *db::parse_database_url("sqlite:" + path.string()) };
        Services services { database };
        http::Router router;
        register_all_routes(router, services);
        auto routes = router.routes();
        std::filesystem::remove(path);
        return routes;
    }

    // A real id of partnership A for {id}, so only the session decides the answer.
    static std::string concrete(std::string pattern)
    {
        auto const start = pattern.find("{id}");
        if (start != std::string::npos)
            pattern.replace(start, 4, s_member_a_id);
        return pattern;
    }
};

TEST_F(AccessApi, EverySessionRouteAnswers401WithoutASession)
{
    std::size_t checked = 0;
    for (auto const& route : registered_routes()) {
        if (route.access != http::Access::Session)
            continue;
        auto const response = anonymous().send(route.method, concrete(route.pattern), route.method == "GET" ? "" : "{}");
        EXPECT_EQ(response.status, 401) << route.method << " " << route.pattern;
        EXPECT_EQ(response.header("content-type"), "application/problem+json") << route.pattern;
        ++checked;
    }
    EXPECT_GE(checked, 14u);
}

TEST_F(AccessApi, EveryUnsafeRouteAnswers403WithoutTheCsrfToken)
{
    auto convener = convener_a();
    convener.set_csrf_token(std::nullopt);
    std::size_t checked = 0;
    for (auto const& route : registered_routes()) {
        if (route.access != http::Access::Session || route.method == "GET")
            continue;
        auto const response = convener.send(route.method, concrete(route.pattern), "{}");
        EXPECT_EQ(response.status, 403) << route.method << " " << route.pattern;
        EXPECT_EQ(text(response.json().at("code")), "csrf") << route.pattern;
        ++checked;
    }
    EXPECT_GE(checked, 7u);
    // Nothing above changed anything: the member is still there, unchanged.
    EXPECT_EQ(convener_a().get("/api/v1/people/" + s_member_a_id).json().at("name"), "Mo Member");
}

TEST_F(AccessApi, ReissuingAnInvitationReplacesTheOldLink)
{
    auto convener = convener_a();
    auto const email = unique_email("reinvited");
    auto const created = convener.post("/api/v1/people", boost::json::value { { "name", "Rae Reinvited" }, { "email", email } });
    ASSERT_EQ(created.status, 201);
    auto const id = text(created.json().at("id"));
    auto const first = text(created.json().at("invite_url"));

    EXPECT_EQ(member_a().post("/api/v1/people/" + id + "/invite").status, 403);
    EXPECT_EQ(convener_b().post("/api/v1/people/" + id + "/invite").status, 404);
    auto const reissued = convener.post("/api/v1/people/" + id + "/invite");
    ASSERT_EQ(reissued.status, 201) << reissued.body;
    auto const second = text(reissued.json().at("invite_url"));
    EXPECT_NE(first, second);

    auto token = [](std::string const& url) { return url.substr(url.find('=') + 1); };
    auto newcomer = anonymous();
    auto const old_link = newcomer.post("/api/v1/auth/accept-invite", boost::json::value { { "token", token(first) }, { "password", k_password } });
    EXPECT_EQ(old_link.status, 422) << "the first link stopped working";
    auto const new_link = newcomer.post("/api/v1/auth/accept-invite", boost::json::value { { "token", token(second) }, { "password", k_password } });
    EXPECT_EQ(new_link.status, 200) << new_link.body;

    auto const no_email = convener.post("/api/v1/people", boost::json::value { { "name", "No Email Person" } });
    auto const refused = convener.post("/api/v1/people/" + text(no_email.json().at("id")) + "/invite");
    EXPECT_EQ(refused.status, 422);
    EXPECT_EQ(error_fields(refused), (std::vector<std::string> { "email" }));
}

}
}
