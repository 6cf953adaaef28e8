#include "support/api_fixture.hpp"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <map>
#include <thread>

#include <boost/json.hpp>

#include "core/crypto.hpp"
#include "core/time.hpp"
#include "db/database.hpp"
#include "support/mail_server.hpp"

namespace rt::test {

std::unique_ptr<TestDatabase> ApiTest::s_database;
std::unique_ptr<ServerProcess> ApiTest::s_server;
std::string ApiTest::s_member_a_id;
std::string ApiTest::s_convener_a_id;
std::string ApiTest::s_convener_a_email;
std::string ApiTest::s_member_a_email;
std::string ApiTest::s_convener_b_email;

std::string ApiTest::unique_email(std::string const& name)
{
    static std::atomic<int> counter { 0 };
    static std::string const run = [] {
        std::string token;
        for (char const c : random_token(6))
            if (std::isalnum(static_cast<unsigned char>(c)))
                token.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
        return token;
    }();
    return name + "." + std::to_string(++counter) + "." + run + "@example.test";
}

void ApiTest::SetUpTestSuite()
{
    initialise_crypto();
    s_database = std::make_unique<TestDatabase>();
    s_convener_a_email = unique_email("convener-a");
    s_convener_b_email = unique_email("convener-b");
    s_member_a_email = unique_email("member-a");

    auto const init_a = run_roundtable({ "init", "--db", s_database->url(), "--partnership", "Partnership A", "--admin-email",
        s_convener_a_email, "--admin-name", "Ada Convener", "--password", k_password });
    ASSERT_EQ(init_a.exit_code, 0) << init_a.output;
    // init can be run again on the same database to add another partnership.
    auto const init_b = run_roundtable({ "init", "--db", s_database->url(), "--partnership", "Partnership B", "--admin-email",
        s_convener_b_email, "--admin-name", "Ben Convener", "--password", k_password });
    ASSERT_EQ(init_b.exit_code, 0) << init_b.output;

    s_server = std::make_unique<ServerProcess>(s_database->url(), std::string {}, s_server_arguments);
    s_server->start();

    // The member joins the way people do: a convener adds them, they accept the invitation.
    auto convener = convener_a();
    s_convener_a_id = std::string { convener.get("/api/v1/me").json().at("user").at("id").as_string() };
    auto const created = convener.post("/api/v1/people",
        boost::json::value { { "name", "Mo Member" }, { "email", s_member_a_email }, { "groups", { "residents" } },
            { "access_needs", { "large-print" } } });
    ASSERT_EQ(created.status, 201) << created.body;
    s_member_a_id = std::string { created.json().at("id").as_string() };
    std::string const invite_url { created.json().at("invite_url").as_string() };
    auto const token = invite_url.substr(invite_url.find("token=") + 6);
    auto member = anonymous();
    auto const accepted = member.post("/api/v1/auth/accept-invite", boost::json::value { { "token", token }, { "password", k_password } });
    ASSERT_EQ(accepted.status, 200) << accepted.body;
}

void ApiTest::TearDownTestSuite()
{
    if (s_server)
        s_server->stop();
    s_server.reset();
    s_database.reset();
}

HttpClient ApiTest::signed_in(std::string const& email)
{
    HttpClient client { s_server->port() };
    auto const response = client.sign_in(email, k_password);
    EXPECT_EQ(response.status, 200) << response.body;
    return client;
}

// Each sign-in costs an argon2id verification, so each person signs in once
// per suite and tests get a copy of that session. A test that signs out uses
// its own fresh session instead.
HttpClient ApiTest::cached_session(std::string const& email)
{
    static std::map<std::pair<unsigned short, std::string>, HttpClient> sessions;
    auto const key = std::pair { s_server->port(), email };
    auto found = sessions.find(key);
    if (found == sessions.end())
        found = sessions.emplace(key, signed_in(email)).first;
    return found->second;
}

HttpClient ApiTest::convener_a()
{
    return cached_session(s_convener_a_email);
}

HttpClient ApiTest::member_a()
{
    return cached_session(s_member_a_email);
}

HttpClient ApiTest::convener_b()
{
    return cached_session(s_convener_b_email);
}

HttpClient ApiTest::fresh_session(std::string const& email)
{
    return signed_in(email);
}

std::string ApiTest::organisation_of_sector(std::string const& sector)
{
    static std::map<std::pair<unsigned short, std::string>, std::string> made;
    auto const key = std::pair { s_server->port(), sector };
    if (auto found = made.find(key); found != made.end())
        return found->second;
    auto const created = convener_a().post("/api/v1/organisations",
        boost::json::value { { "name", "Test " + sector + " organisation" }, { "sector", sector } });
    EXPECT_EQ(created.status, 201) << created.body;
    return made[key] = std::string { created.json().at("id").as_string() };
}

namespace {

bool is_sector_group(std::string const& group)
{
    return group == "local_authority" || group == "health" || group == "vcs" || group == "provider";
}

}

ApiTest::NewPerson ApiTest::convener_with_session(std::string const& name)
{
    auto const created = convener_a().post("/api/v1/people",
        boost::json::value { { "name", name }, { "email", unique_email("convener") }, { "role", "convener" } });
    EXPECT_EQ(created.status, 201) << created.body;
    std::string const url { created.json().at("invite_url").as_string() };
    auto client = anonymous();
    auto const accepted = client.post("/api/v1/auth/accept-invite",
        boost::json::value { { "token", url.substr(url.find("token=") + 6) }, { "password", k_password } });
    EXPECT_EQ(accepted.status, 200) << accepted.body;
    client.set_csrf_token(std::string { accepted.json().at("csrf_token").as_string() });
    return { std::string { created.json().at("id").as_string() }, client };
}

void ApiTest::backdate_sign_in_links(int days)
{
    auto url = db::parse_database_url(s_database->url());
    ASSERT_TRUE(url.has_value());
    db::Database database { *url };
    auto const partnership_id = std::string { convener_a().get("/api/v1/me").json().at("partnership").at("id").as_string() };
    auto const done = database.write([&](soci::session& sql) -> Status {
        std::vector<std::pair<std::string, std::string>> links;
        soci::rowset<soci::row> rows = (sql.prepare << "SELECT token_hash, created_at FROM invites WHERE partnership_id = :p", soci::use(partnership_id));
        for (auto const& row : rows)
            links.emplace_back(row.get<std::string>(0), row.get<std::string>(1));
        for (auto const& [token_hash, created_at] : links) {
            auto const earlier = format_time(*parse_time(created_at) - std::chrono::days { days });
            sql << "UPDATE invites SET created_at = :at WHERE token_hash = :t", soci::use(earlier), soci::use(token_hash);
        }
        return {};
    });
    ASSERT_TRUE(done.has_value());
}

std::vector<boost::json::object> ApiTest::outbox_mail_to(std::string const& address, std::size_t count)
{
    auto const outbox = s_server->files_dir() / "outbox";
    std::vector<boost::json::object> found;
    for (int attempt = 0; attempt < 50; ++attempt) {
        std::vector<std::filesystem::path> files;
        if (std::filesystem::exists(outbox))
            for (auto const& entry : std::filesystem::directory_iterator { outbox })
                if (entry.path().extension() == ".eml")
                    files.push_back(entry.path());
        // Named by Message-ID, "<kind>-<UUIDv7>": within a kind, the order they were queued in.
        std::ranges::sort(files);
        found.clear();
        for (auto const& file : files) {
            auto mail = boost::json::parse(run_command(std::string { "/usr/bin/python3 " } + RT_TEST_TOOLS + "/read_notice.py " + file.string())).as_object();
            if (mail.at("to").as_string() == address)
                found.push_back(std::move(mail));
        }
        if (found.size() >= count)
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds { 200 });
    }
    return found;
}

std::string ApiTest::sign_in_token(boost::json::object const& mail)
{
    auto const text = std::string { mail.at("text").as_string() };
    constexpr std::string_view marker = "/accept-invite?token=";
    auto const at = text.find(marker);
    if (at == std::string::npos)
        return "";
    auto const start = at + marker.size();
    return text.substr(start, text.find_first_of("\r\n", start) - start);
}

void ApiTest::give_finance(std::string const& person_id, HttpClient asker, HttpClient confirmer)
{
    auto const asked = asker.post("/api/v1/people/" + person_id + "/finance", boost::json::value { { "finance", true } });
    ASSERT_EQ(asked.status, 202) << asked.body;
    auto const confirmed = confirmer.post("/api/v1/finance-requests/" + std::string { asked.json().at("id").as_string() } + "/confirm");
    ASSERT_EQ(confirmed.status, 200) << confirmed.body;
}

ApiTest::NewPerson ApiTest::person_with_session(std::string const& name, std::string const& group)
{
    boost::json::object body { { "name", name }, { "email", unique_email("person") }, { "groups", { group } } };
    if (is_sector_group(group))
        body["organisation_ids"] = boost::json::array { boost::json::value(organisation_of_sector(group)) };
    auto const created = convener_a().post("/api/v1/people", body);
    EXPECT_EQ(created.status, 201) << created.body;
    std::string const url { created.json().at("invite_url").as_string() };
    auto client = anonymous();
    auto const accepted = client.post("/api/v1/auth/accept-invite",
        boost::json::value { { "token", url.substr(url.find("token=") + 6) }, { "password", k_password } });
    EXPECT_EQ(accepted.status, 200) << accepted.body;
    client.set_csrf_token(std::string { accepted.json().at("csrf_token").as_string() });
    return { std::string { created.json().at("id").as_string() }, client };
}

HttpClient ApiTest::anonymous()
{
    return HttpClient { s_server->port() };
}

std::vector<std::string> error_fields(HttpResponse const& response)
{
    std::vector<std::string> fields;
    auto const body = response.json();
    if (auto const* errors = body.as_object().if_contains("errors")) {
        for (auto const& entry : errors->as_object())
            fields.emplace_back(entry.key());
    }
    return fields;
}

}
