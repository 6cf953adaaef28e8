// An acknowledged write survives `kill -9`; the audit chain detects tampering.

#include <atomic>
#include <mutex>
#include <thread>

#include <boost/json.hpp>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include "db/database.hpp"
#include "support/api_fixture.hpp"

namespace rt::test {
namespace {

void init_partnership(TestDatabase const& database, std::string const& email)
{
    auto const init = run_roundtable({ "init", "--db", database.url(), "--partnership", "Durability", "--admin-email", email,
        "--admin-name", "Dee Durable", "--password", k_password });
    ASSERT_EQ(init.exit_code, 0) << init.output;
}

TEST(Durability, EveryAcknowledgedWriteSurvivesSigkill)
{
    TestDatabase database;
    init_partnership(database, "durable@example.test");
    auto server = std::make_unique<ServerProcess>(database.url());
    server->start();
    HttpClient convener { server->port() };
    ASSERT_EQ(convener.sign_in("durable@example.test", k_password).status, 200);

    // Four writers add organisations as fast as they can until the server dies.
    std::mutex mutex;
    std::vector<std::string> acknowledged;
    std::atomic<bool> stop { false };
    std::vector<std::thread> writers;
    for (int writer = 0; writer < 4; ++writer) {
        writers.emplace_back([&, writer] {
            auto client = convener;
            for (int i = 0; !stop; ++i) {
                try {
                    auto const response = client.post("/api/v1/organisations",
                        boost::json::value { { "name", "Writer " + std::to_string(writer) + " group " + std::to_string(i) }, { "sector", "vcs" } });
                    if (response.status == 201) {
                        std::scoped_lock lock { mutex };
                        acknowledged.emplace_back(response.json().at("id").as_string());
                    }
                } catch (std::exception const&) {
                    return; // the connection died with the server
                }
            }
        });
    }
    while (true) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        std::scoped_lock lock { mutex };
        if (acknowledged.size() >= 40)
            break;
    }
    server->stop(SIGKILL);
    stop = true;
    for (auto& writer : writers)
        writer.join();

    server = std::make_unique<ServerProcess>(database.url());
    server->start();
    HttpClient after { server->port() };
    ASSERT_EQ(after.sign_in("durable@example.test", k_password).status, 200);
    ASSERT_GE(acknowledged.size(), 40u);
    for (auto const& id : acknowledged)
        EXPECT_EQ(after.get("/api/v1/organisations/" + id).status, 200) << id << " was acknowledged but is gone";
    server->stop();

    auto const verify = run_roundtable({ "audit", "verify", "--db", database.url() });
    EXPECT_EQ(verify.exit_code, 0) << verify.output;
}

std::unique_ptr<soci::session> open_directly(std::string const& url)
{
    if (url.starts_with("sqlite:"))
        return std::make_unique<soci::session>(soci::sqlite3, "db=" + url.substr(7));
    return std::make_unique<soci::session>(soci::postgresql, db::parse_database_url(url)->connect_string);
}

TEST(AuditChain, VerifyFailsAfterAnEntryIsEditedOrDeleted)
{
    TestDatabase database;
    init_partnership(database, "auditor@example.test");
    ServerProcess server { database.url() };
    server.start();
    HttpClient convener { server.port() };
    ASSERT_EQ(convener.sign_in("auditor@example.test", k_password).status, 200);
    for (auto const* name : { "First Audited", "Second Audited", "Third Audited" })
        ASSERT_EQ(convener.post("/api/v1/organisations", boost::json::value { { "name", name }, { "sector", "vcs" } }).status, 201);
    server.stop();

    auto const intact = run_roundtable({ "audit", "verify", "--db", database.url() });
    ASSERT_EQ(intact.exit_code, 0) << intact.output;
    EXPECT_NE(intact.output.find("intact"), std::string::npos);

    auto sql = open_directly(database.url());
    // Someone rewrites history: the second organisation's creation becomes a deletion.
    *sql << "UPDATE audit_log SET action = 'organisation.deleted' WHERE seq = 5";
    auto const edited = run_roundtable({ "audit", "verify", "--db", database.url() });
    EXPECT_EQ(edited.exit_code, 1) << edited.output;
    EXPECT_NE(edited.output.find("entry 5 was changed"), std::string::npos) << edited.output;

    *sql << "UPDATE audit_log SET action = 'organisation.created' WHERE seq = 5";
    ASSERT_EQ(run_roundtable({ "audit", "verify", "--db", database.url() }).exit_code, 0);

    // Deleting the newest entry is caught too: the chain's head no longer matches.
    *sql << "DELETE FROM audit_log WHERE seq = (SELECT MAX(seq) FROM audit_log)";
    auto const truncated = run_roundtable({ "audit", "verify", "--db", database.url() });
    EXPECT_EQ(truncated.exit_code, 1) << truncated.output;
}

TEST(OrganisationList, StoredAndRenderedRowsGiveTheSameJson)
{
    TestDatabase database;
    init_partnership(database, "lister@example.test");
    ServerProcess server { database.url() };
    server.start();
    HttpClient convener { server.port() };
    ASSERT_EQ(convener.sign_in("lister@example.test", k_password).status, 200);
    auto const created = convener.post("/api/v1/organisations",
        boost::json::value { { "name", "Quote \"Club\" \\ Łódź" }, { "sector", "vcs" }, { "interests", { "older-people" } },
            { "description", "Line one.\nLine two\twith a tab." } });
    ASSERT_EQ(created.status, 201);
    auto const stored = convener.get("/api/v1/organisations");
    ASSERT_EQ(stored.status, 200);

    // A row without its stored JSON (as rows from before it was kept) is
    // written from its columns: the list must not change.
    *open_directly(database.url()) << "UPDATE organisations SET rendered_json = ''";
    auto const rendered = convener.get("/api/v1/organisations");
    ASSERT_EQ(rendered.status, 200);
    EXPECT_EQ(rendered.json(), stored.json());
    EXPECT_EQ(items(rendered)[0].at("name"), "Quote \"Club\" \\ Łódź");
    EXPECT_EQ(items(rendered)[0].at("description"), "Line one.\nLine two\twith a tab.");
    EXPECT_EQ(items(rendered)[0], created.json());
    server.stop();
}

}
}
