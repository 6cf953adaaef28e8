// Health, readiness, the OpenAPI document, the HTTP layer's limits, static
// files for the web app, and a graceful stop.

#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <thread>

#include <boost/json.hpp>
#include <sys/wait.h>

#include "db/database.hpp"
#include "http/router.hpp"
#include "modules/registry.hpp"
#include "support/api_fixture.hpp"

namespace rt::test {
namespace {

class SystemApi : public ApiTest {
};

TEST_F(SystemApi, HealthAndReadyAnswerJson)
{
    auto client = anonymous();
    auto const health = client.get("/health");
    EXPECT_EQ(health.status, 200);
    EXPECT_EQ(health.json(), (boost::json::object { { "status", "ok" } }));
    EXPECT_EQ(health.header("content-type"), "application/json");
    EXPECT_EQ(health.header("x-content-type-options"), "nosniff");
    EXPECT_NE(health.header("content-security-policy").find("default-src 'self'"), std::string::npos);
    auto const ready = client.get("/ready");
    EXPECT_EQ(ready.status, 200);
    EXPECT_EQ(ready.json().at("status"), "ready");
}

TEST_F(SystemApi, UnknownAddressesAndMethodsAreProblems)
{
    auto client = anonymous();
    auto const missing = client.get("/api/v1/no-such-thing");
    EXPECT_EQ(missing.status, 404);
    EXPECT_EQ(missing.header("content-type"), "application/problem+json");
    auto const method = client.send("PUT", "/health", "");
    EXPECT_EQ(method.status, 405);
    EXPECT_EQ(method.header("allow"), "GET");
}

TEST_F(SystemApi, TheOpenApiDocumentDescribesEveryRoute)
{
    auto const response = anonymous().get("/api/v1/openapi.json");
    ASSERT_EQ(response.status, 200);
    auto const document = response.json().as_object();
    EXPECT_EQ(document.at("openapi"), "3.1.0");
    auto const& paths = document.at("paths").as_object();
    auto const& schemas = document.at("components").at("schemas").as_object();

    // The routes the server registers, built here the same way the server does.
    auto const database_path = std::filesystem::temp_directory_path() / "roundtable-openapi-routes.db";
    db::Database database { *db::parse_database_url("sqlite:" + database_path.string()) };
    Services services { database };
    http::Router router;
    register_all_routes(router, services);

    std::size_t operations = 0;
    for (auto const& route : router.routes()) {
        std::string method = route.method;
        std::ranges::transform(method, method.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        auto const* item = paths.if_contains(route.pattern);
        ASSERT_NE(item, nullptr) << route.pattern << " is not in the OpenAPI document";
        auto const* operation = item->as_object().if_contains(method);
        ASSERT_NE(operation, nullptr) << route.method << " " << route.pattern << " is not in the OpenAPI document";
        EXPECT_FALSE(operation->at("summary").as_string().empty()) << route.pattern;
        auto const& responses = operation->at("responses").as_object();
        EXPECT_TRUE(responses.contains(std::to_string(route.docs.success_status))) << route.pattern;
        if (route.access == http::Access::Session)
            EXPECT_TRUE(responses.contains("401")) << route.pattern;
        ++operations;
    }
    std::size_t documented = 0;
    for (auto const& path : paths)
        documented += path.value().as_object().size();
    EXPECT_EQ(documented, operations) << "the document lists a route the server does not have";

    // Every $ref points at a schema that exists.
    std::function<void(boost::json::value const&)> check_refs = [&](boost::json::value const& value) {
        if (value.is_object()) {
            for (auto const& entry : value.as_object()) {
                if (entry.key() == "$ref") {
                    std::string const reference { entry.value().as_string() };
                    auto const name = reference.substr(reference.rfind('/') + 1);
                    EXPECT_TRUE(schemas.contains(name)) << reference;
                } else {
                    check_refs(entry.value());
                }
            }
        } else if (value.is_array()) {
            for (auto const& item : value.as_array())
                check_refs(item);
        }
    };
    check_refs(document);
    std::filesystem::remove(database_path);
}

// The web app's types are generated from a snapshot of the served document
// (web/src/api/openapi.json, see web/README.md), so a change to the document
// fails here until the snapshot and the types are made again.
TEST_F(SystemApi, TheServedDocumentIsTheWebAppsSnapshot)
{
    auto const response = anonymous().get("/api/v1/openapi.json");
    ASSERT_EQ(response.status, 200);
    auto const path = std::filesystem::path { RT_WEB_SOURCE } / "src" / "api" / "openapi.json";
    std::ifstream file { path };
    ASSERT_TRUE(file.is_open()) << "cannot read " << path;
    std::string const text { std::istreambuf_iterator<char> { file }, std::istreambuf_iterator<char> {} };
    auto const snapshot = boost::json::parse(text);
    auto const served = response.json();
    if (served == snapshot)
        return;

    // Name the paths and schemas that differ, so the failure says where to look.
    std::vector<std::string> changed;
    auto compare = [&](std::string const& where, boost::json::value const* left, boost::json::value const* right) {
        if (!left || !right || !left->is_object() || !right->is_object()) {
            changed.push_back(where);
            return;
        }
        for (auto const& [key, value] : left->as_object())
            if (auto const* other = right->as_object().if_contains(key); !other || *other != value)
                changed.push_back(where + "/" + std::string { key });
        for (auto const& [key, value] : right->as_object())
            if (!left->as_object().contains(key))
                changed.push_back(where + "/" + std::string { key });
    };
    compare("paths", served.as_object().if_contains("paths"), snapshot.as_object().if_contains("paths"));
    auto const schemas = [](boost::json::value const& document) -> boost::json::value const* {
        auto const* components = document.as_object().if_contains("components");
        return components && components->is_object() ? components->as_object().if_contains("schemas") : nullptr;
    };
    compare("components/schemas", schemas(served), schemas(snapshot));
    std::string listed;
    for (auto const& name : changed)
        listed += "\n  " + name;
    ADD_FAILURE() << "the served OpenAPI document is not " << path << "; it differs in:" << (listed.empty() ? "\n  (elsewhere)" : listed)
                  << "\nIn web/: ROUNDTABLE_BIN=<this build's roundtable> npm run api:snapshot, then commit openapi.json and openapi.d.ts";
}

TEST_F(SystemApi, BodiesOverTheLimitAreRefused)
{
    auto convener = convener_a();
    std::string const huge = "{\"name\":\"" + std::string(2 * 1024 * 1024, 'a') + "\",\"sector\":\"vcs\"}";
    auto const response = convener.post("/api/v1/organisations", huge);
    EXPECT_EQ(response.status, 413);
    EXPECT_TRUE(convener.get("/api/v1/organisations?q=aaaaaaaa").json().at("items").as_array().empty());
}

TEST_F(SystemApi, MalformedRequestLinesGetNoCrash)
{
    auto const reply = raw_exchange(s_server->port(), "GARBAGE\r\n\r\n");
    (void)reply;
    EXPECT_EQ(anonymous().get("/health").status, 200) << "the server is still up";
}

TEST(StaticFiles, ServesTheWebAppWithCachingAndFallback)
{
    TestDatabase database;
    auto const root = std::filesystem::temp_directory_path() / ("roundtable-web-" + std::to_string(::getpid()));
    std::filesystem::create_directories(root / "assets");
    std::ofstream(root / "index.html") << "<!doctype html><title>Roundtable</title>";
    std::ofstream(root / "assets" / "app-3f2a1b.js") << "console.log('hi')";
    std::ofstream(root / "favicon.svg") << "<svg xmlns='http://www.w3.org/2000/svg'/>";
    std::ofstream(root.parent_path() / "secret.txt") << "not for the web";

    ServerProcess server { database.url(), root.string() };
    server.start();
    HttpClient client { server.port() };

    auto const asset = client.get("/assets/app-3f2a1b.js");
    EXPECT_EQ(asset.status, 200);
    EXPECT_EQ(asset.header("content-type"), "text/javascript; charset=utf-8");
    EXPECT_EQ(asset.header("cache-control"), "public, max-age=31536000, immutable");

    auto const index = client.get("/");
    EXPECT_EQ(index.status, 200);
    EXPECT_EQ(index.header("cache-control"), "no-cache");

    // A route of the web app gets index.html; a missing file does not.
    auto const deep_link = client.get("/organisations/01a20382-2fe3-7f53-aa59-0cd573b8a04f/edit");
    EXPECT_EQ(deep_link.status, 200);
    EXPECT_EQ(deep_link.body, index.body);
    EXPECT_EQ(client.get("/assets/missing-123.js").status, 404);
    EXPECT_EQ(client.get("/favicon.ico").status, 404);
    EXPECT_EQ(client.get("/favicon.svg").header("content-type"), "image/svg+xml");

    auto const climbing = raw_exchange(server.port(), "GET /../secret.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    EXPECT_EQ(climbing.find("not for the web"), std::string::npos);
    auto const encoded = client.get("/%2e%2e/secret.txt");
    EXPECT_EQ(encoded.body.find("not for the web"), std::string::npos);

    server.stop();
    std::filesystem::remove_all(root);
    std::filesystem::remove(root.parent_path() / "secret.txt");
}

TEST(GracefulStop, InFlightRequestsFinish)
{
    TestDatabase database;
    auto const init = run_roundtable({ "init", "--db", database.url(), "--partnership", "Stop Test", "--admin-email",
        "stop.test@example.test", "--admin-name", "Stop Tester", "--password", k_password });
    ASSERT_EQ(init.exit_code, 0);
    ServerProcess server { database.url() };
    server.start();

    // A sign-in takes a noticeable time (argon2id); the stop arrives while it runs.
    HttpResponse response;
    std::string failure;
    std::thread request { [&] {
        try {
            HttpClient client { server.port() };
            response = client.sign_in("stop.test@example.test", k_password);
        } catch (std::exception const& error) {
            failure = error.what(); // reported below rather than ending the run
        }
    } };
    // Long enough for the connection to be made on a busy machine, shorter
    // than an argon2id verification.
    std::this_thread::sleep_for(std::chrono::milliseconds(60));
    int const status = server.stop(SIGTERM);
    request.join();
    EXPECT_EQ(failure, "");
    EXPECT_EQ(response.status, 200) << "the request in flight was answered";
    EXPECT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0);
}

}
}
