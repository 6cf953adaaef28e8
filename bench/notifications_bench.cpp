// Notifications (issue 15): 10,000 emails enqueued (each a notice in the
// app and an email job, written in one transaction as a change would write
// them) and then delivered by the job queue's workers to a real SMTP server
// (aiosmtpd, started by bench/notifications.sh), on SQLite or PostgreSQL.
// Usage: rt_notifications_bench DATABASE-URL|sqlite SMTP-URL [workers]; prints one JSON line.

#include <chrono>
#include <filesystem>
#include <iostream>
#include <thread>
#include <vector>

#include <curl/curl.h>

#include "core/crypto.hpp"
#include "core/ids.hpp"
#include "core/time.hpp"
#include "db/database.hpp"
#include "modules/notifications/commands.hpp"
#include "modules/notifications/tokens.hpp"

namespace {

constexpr int k_emails = 10000;
constexpr int k_people = 100;

long long count_left(rt::db::Database& database)
{
    auto const left = database.read([&](soci::session& sql) -> rt::Result<long long> {
        long long n = 0;
        sql << "SELECT COUNT(*) FROM jobs WHERE status IN ('queued', 'running')", soci::into(n);
        return n;
    });
    return left ? *left : -1;
}

}

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::cerr << "usage: rt_notifications_bench DATABASE-URL|sqlite SMTP-URL [workers]\n";
        return 2;
    }
    std::string url_text = argv[1];
    std::string const smtp = argv[2];
    int const workers = argc > 3 ? std::stoi(argv[3]) : 2;
    rt::initialise_crypto();
    curl_global_init(CURL_GLOBAL_DEFAULT);
    std::filesystem::path path;
    if (url_text == "sqlite") {
        path = std::filesystem::temp_directory_path() / ("rt-notifications-bench-" + rt::new_id() + ".db");
        url_text = "sqlite:" + path.string();
    }
    auto url = rt::db::parse_database_url(url_text);
    if (!url) {
        std::cerr << "bad database url\n";
        return 2;
    }
    rt::db::Database database { *url };
    rt::db::migrate(database);

    auto const partnership = rt::new_id();
    auto const now = rt::now_text();
    std::vector<std::string> people;
    auto const seeded = database.write([&](soci::session& sql) -> rt::Status {
        sql << "INSERT INTO partnerships (id, name, colour, created_at, updated_at) VALUES (:id, 'Bench', '#1d70b8', :a, :b)", soci::use(partnership),
            soci::use(now), soci::use(now);
        for (int i = 0; i < k_people; ++i) {
            auto const id = rt::new_id();
            auto const email = "person" + std::to_string(i) + "@bench.example";
            auto const language = i % 3 == 0 ? "pl" : i % 3 == 1 ? "ar" : "en";
            sql << "INSERT INTO people (id, partnership_id, name, email_address, role, stakeholder_groups, interests, preferred_language, access_needs, "
                   "created_at, updated_at) VALUES (:id, :p, :name, :email, 'member', '[\"residents\"]', '[]', :language, '[]', :a, :b)",
                soci::use(id), soci::use(partnership), soci::use("Person " + std::to_string(i)), soci::use(email), soci::use(std::string { language }),
                soci::use(now), soci::use(now);
            people.push_back(id);
        }
        return {};
    });
    if (!seeded)
        return 1;

    // Enqueue: 10,000 notices in one transaction, as one large change would.
    auto const enqueue_start = std::chrono::steady_clock::now();
    auto const enqueued = database.write([&](soci::session& sql) -> rt::Status {
        for (int i = 0; i < k_emails; ++i)
            rt::notifications::notify(sql, partnership,
                { people[static_cast<std::size_t>(i % k_people)], "claim_decided",
                    R"({"claim_id":"bench","status":"paid","reason":"","amount_pence":)" + std::to_string(1000 + i) + "}", "/payments",
                    "bench-" + std::to_string(i) });
        return {};
    });
    if (!enqueued)
        return 1;
    double const enqueue_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - enqueue_start).count();

    // Deliver: the workers as `serve --workers N` runs them, until the queue is empty.
    rt::notifications::MailSettings const settings { smtp, "Bench <bench@localhost>", "", "http://127.0.0.1:8080",
        rt::notifications::unsubscribe_key(rt::new_data_key()) };
    auto const deliver_start = std::chrono::steady_clock::now();
    {
        std::vector<std::jthread> threads;
        for (int i = 0; i < workers; ++i)
            threads.emplace_back([&](std::stop_token stop) { rt::notifications::work(database, settings, stop); });
        // At most ten minutes: a mail server that refuses everything would otherwise keep the jobs retrying for an hour.
        while (count_left(database) > 0 && std::chrono::steady_clock::now() - deliver_start < std::chrono::minutes { 10 })
            std::this_thread::sleep_for(std::chrono::milliseconds { 50 });
    }
    double const deliver_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - deliver_start).count();
    auto const failed = database.read([&](soci::session& sql) -> rt::Result<long long> {
        long long n = 0;
        sql << "SELECT COUNT(*) FROM jobs WHERE status <> 'done'", soci::into(n);
        return n;
    });
    std::cout << "{\"emails\":" << k_emails << ",\"workers\":" << workers << ",\"enqueue_per_second\":" << k_emails / enqueue_seconds
              << ",\"deliver_per_second\":" << k_emails / deliver_seconds << ",\"deliver_seconds\":" << deliver_seconds
              << ",\"not_done\":" << (failed ? *failed : -1) << "}" << std::endl;
    if (!path.empty())
        std::filesystem::remove(path);
    return failed && *failed == 0 ? 0 : 1;
}
