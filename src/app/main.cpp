// The roundtable command: serve, migrate, init, demo, audit verify and barometer snapshot.

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <condition_variable>
#include <mutex>
#include <stop_token>
#include <thread>

#include <CLI/CLI.hpp>
#include <curl/curl.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include "app/demo.hpp"
#include "core/crypto.hpp"
#include "core/log.hpp"
#include "core/time.hpp"
#include "db/database.hpp"
#include "http/application.hpp"
#include "http/server.hpp"
#include "modules/barometer/commands.hpp"
#include "modules/notifications/commands.hpp"
#include "modules/notifications/store.hpp"
#include "modules/notifications/tokens.hpp"
#include "modules/accounts/queries.hpp"
#include "modules/partnership/commands.hpp"
#include "modules/privacy/audit.hpp"
#include "modules/registry.hpp"

namespace {

using namespace rt;

constexpr int k_exit_failure = 1;
constexpr int k_exit_usage = 2;

// Logs are JSON lines on standard error; standard output is for what the
// command was asked to print.
void configure_logging()
{
    auto logger = spdlog::stderr_logger_mt("roundtable");
    logger->set_pattern(R"({"time":"%Y-%m-%dT%H:%M:%S.%eZ","level":"%l",%v})", spdlog::pattern_time_type::utc);
    spdlog::set_default_logger(logger);
}

void print_error(Error const& error)
{
    std::cerr << "error: " << error.detail << '\n';
    for (auto const& [field, messages] : error.field_errors) {
        for (auto const& message : messages)
            std::cerr << "  " << field << ": " << message << '\n';
    }
}

std::unique_ptr<db::Database> open_database(std::string const& url)
{
    auto parsed = db::parse_database_url(url);
    if (!parsed) {
        print_error(parsed.error());
        return nullptr;
    }
    auto database = std::make_unique<db::Database>(std::move(*parsed));
    db::migrate(*database);
    return database;
}

struct ServeOptions {
    std::string database_url { "sqlite:roundtable.db" };
    std::string listen { "127.0.0.1:8080" };
    std::string web_root;
    std::string public_url;
    std::string files_dir; // default: beside a SQLite database, or ./roundtable-files
    std::size_t threads { 0 };
    std::string smtp_url;
    std::string mail_from { "Roundtable <roundtable@localhost>" };
    std::size_t workers { 1 };
};

// Mail settings from the options, ROUNDTABLE_SMTP_URL when --smtp is not given.
// The unsubscribe links are signed with a key derived from the data key, so
// every server and worker sharing the key signs alike.
notifications::MailSettings mail_settings(std::string smtp_url, std::string const& from, std::filesystem::path const& files_dir,
    std::string const& public_url, std::string const& data_key)
{
    if (smtp_url.empty())
        if (char const* url = std::getenv("ROUNDTABLE_SMTP_URL"); url)
            smtp_url = url;
    return { smtp_url, from, (files_dir / "outbox").string(), public_url, notifications::unsubscribe_key(data_key),
        notifications::sign_in_link_key(data_key) };
}

// The 32-byte key that seals personal data: ROUNDTABLE_DATA_KEY (64 hex
// digits), or a key file in the files directory, made on first start (0600).
// Where uploaded files live: as given, or beside a SQLite database, or ./roundtable-files.
std::filesystem::path files_dir_for(std::string const& given, std::string const& database_url)
{
    if (!given.empty())
        return given;
    if (database_url.starts_with("sqlite:"))
        return database_url.substr(7) + ".files";
    return "roundtable-files";
}

std::optional<std::string> data_key(std::filesystem::path const& files_dir)
{
    if (char const* hex = std::getenv("ROUNDTABLE_DATA_KEY"); hex && *hex) {
        std::string key;
        std::string_view text { hex };
        for (std::size_t i = 0; i + 1 < text.size() && text.size() == 64; i += 2)
            key.push_back(static_cast<char>(std::stoi(std::string { text.substr(i, 2) }, nullptr, 16)));
        if (key.size() != 32) {
            std::cerr << "error: ROUNDTABLE_DATA_KEY must be 64 hex digits (32 bytes)\n";
            return std::nullopt;
        }
        return key;
    }
    auto const path = files_dir / "data.key";
    if (std::filesystem::exists(path)) {
        std::ifstream file { path, std::ios::binary };
        std::string key((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
        if (key.size() != 32) {
            std::cerr << "error: " << path << " is not a 32-byte key\n";
            return std::nullopt;
        }
        return key;
    }
    auto key = new_data_key();
    {
        std::ofstream file { path, std::ios::binary };
        file.write(key.data(), static_cast<std::streamsize>(key.size()));
    }
    std::filesystem::permissions(path, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    return key;
}

// Today's barometer snapshots (issue 14): taken as the server starts and
// checked every hour; a day already taken is left alone.
void snapshot_job(db::Database& database, std::stop_token stop)
{
    std::mutex mutex;
    std::condition_variable_any wake;
    while (!stop.stop_requested()) {
        auto const taken = barometer::take_snapshots(database, now_text().substr(0, 10));
        if (taken)
            spdlog::info(R"("event":"barometer_snapshots","taken":{})", *taken);
        else
            spdlog::error(R"("event":"barometer_snapshots_failed","error":{})", json_quoted(taken.error().detail));
        std::unique_lock lock { mutex };
        wake.wait_for(lock, stop, std::chrono::hours { 1 }, [] { return false; });
    }
}

// Digests: the daily one from 07:00 UTC, the weekly one on Mondays; each run
// is taken once, by whichever server checks first.
void digest_job(db::Database& database, std::stop_token stop)
{
    std::mutex mutex;
    std::condition_variable_any wake;
    while (!stop.stop_requested()) {
        auto const time = now();
        auto const day = format_time(time).substr(0, 10);
        auto const hour = std::stoi(format_time(time).substr(11, 2));
        auto const weekday = std::chrono::weekday { std::chrono::floor<std::chrono::days>(time) };
        if (hour >= 7) {
            for (auto const* period : { "daily", "weekly" }) {
                if (std::string_view { period } == "weekly" && weekday != std::chrono::Monday)
                    continue;
                auto const queued = notifications::queue_digests(database, period, day);
                if (!queued)
                    spdlog::error(R"("event":"digests_failed","error":{})", json_quoted(queued.error().detail));
                else if (*queued > 0)
                    spdlog::info(R"("event":"digests_queued","period":{},"count":{})", json_quoted(period), *queued);
            }
        }
        std::unique_lock lock { mutex };
        wake.wait_for(lock, stop, std::chrono::minutes { 15 }, [] { return false; });
    }
}

int digest_now(std::string const& database_url, std::string const& period)
{
    auto database = open_database(database_url);
    if (!database)
        return k_exit_usage;
    // A run by hand is its own run: it does not stop the day's scheduled one.
    auto const queued = notifications::queue_digests(*database, period, "by-hand-" + now_text());
    if (!queued) {
        print_error(queued.error());
        return k_exit_failure;
    }
    std::cout << "Queued " << *queued << " " << period << " digests.\n";
    return 0;
}

int snapshot(std::string const& database_url, std::string day)
{
    auto database = open_database(database_url);
    if (!database)
        return k_exit_usage;
    if (day.empty())
        day = now_text().substr(0, 10);
    if (day.size() != 10 || !parse_time(day + "T00:00:00Z")) {
        std::cerr << "error: --day must be a date like 2026-12-01\n";
        return k_exit_usage;
    }
    auto const taken = barometer::take_snapshots(*database, day);
    if (!taken) {
        print_error(taken.error());
        return k_exit_failure;
    }
    std::cout << "Took " << *taken << " barometer snapshots for " << day << ".\n";
    return 0;
}

int serve(ServeOptions const& options)
{
    auto const colon = options.listen.rfind(':');
    if (colon == std::string::npos) {
        std::cerr << "error: --listen must be HOST:PORT, like 127.0.0.1:8080\n";
        return k_exit_usage;
    }
    http::ServerOptions server;
    server.host = options.listen.substr(0, colon);
    try {
        auto const port = std::stoi(options.listen.substr(colon + 1));
        if (port < 0 || port > 65535)
            throw std::out_of_range("port");
        server.port = static_cast<unsigned short>(port);
    } catch (std::exception const&) {
        std::cerr << "error: the port in --listen must be a number from 0 to 65535\n";
        return k_exit_usage;
    }
    // Database calls block their thread, so there are more threads than cores.
    server.threads = options.threads ? options.threads : std::max<std::size_t>(4, 2 * std::thread::hardware_concurrency());

    auto database = open_database(options.database_url);
    if (!database)
        return k_exit_usage;

    std::optional<std::filesystem::path> web_root;
    if (options.web_root.empty()) {
        // Without --web, the app built beside this checkout is served when it is
        // there (web/dist from where the server runs), so `/` is not a bare 404.
        std::filesystem::path const built { "web/dist" };
        std::error_code error;
        if (std::filesystem::is_regular_file(built / "index.html", error))
            web_root = std::filesystem::absolute(built);
    } else {
        if (!std::filesystem::is_regular_file(std::filesystem::path { options.web_root } / "index.html")) {
            std::cerr << "error: --web " << options.web_root << " has no index.html (build the web app with `make web`)\n";
            return k_exit_usage;
        }
        web_root = std::filesystem::absolute(options.web_root);
    }

    auto const files_dir = files_dir_for(options.files_dir, options.database_url);
    std::filesystem::create_directories(files_dir);
    std::filesystem::permissions(files_dir, std::filesystem::perms::owner_all);
    auto key = data_key(files_dir);
    if (!key)
        return k_exit_usage;

    Services services { *database, std::filesystem::absolute(files_dir), *key };
    http::Router router;
    register_all_routes(router, services);
    http::Application application { router,
        [&database](std::string_view token) { return accounts::authenticate(*database, token); }, { web_root } };

    server.body_limit_for = [&application, &database](std::string_view method, std::string_view target, std::string_view cookie) {
        db::ReadScope scope { *database }; // the session check reads the database
        return application.body_limit_for(method, target, cookie);
    };
    std::vector<std::jthread> workers;
    server.on_listening = [&](std::string const& host, unsigned short port) {
        services.public_url = options.public_url.empty() ? "http://" + host + ":" + std::to_string(port) : options.public_url;
        while (services.public_url.ends_with('/'))
            services.public_url.pop_back();
        // The job queue's workers start once the site's address (for links in emails) is known.
        auto const mail = mail_settings(options.smtp_url, options.mail_from, services.files_dir, services.public_url, services.data_key);
        for (std::size_t i = 0; i < options.workers; ++i)
            workers.emplace_back([&database, mail](std::stop_token stop) { notifications::work(*database, mail, stop); });
        std::cout << "roundtable listening on http://" << host << ':' << port << std::endl;
        spdlog::info(R"("event":"listening","host":{},"port":{},"database":{},"threads":{})", json_quoted(host), port,
            json_quoted(database->url().display), server.threads);
    };
    std::jthread snapshots { [&database](std::stop_token stop) { snapshot_job(*database, stop); } };
    std::jthread digests { [&database](std::stop_token stop) { digest_job(*database, stop); } };
    http::run_server(server, [&](http::Request const& request) {
        std::optional<db::ReadScope> scope;
        try {
            scope.emplace(*database);
        } catch (std::exception const& error) {
            spdlog::error(R"("event":"read_scope_failed","error":{})", json_quoted(error.what()));
            return http::Response::problem({ ErrorKind::Unavailable, "The database is not answering. Try again in a moment." });
        }
        return application.handle(request);
    });
    return 0;
}

int init(std::string const& database_url, partnership::NewPartnership const& request)
{
    auto database = open_database(database_url);
    if (!database)
        return k_exit_usage;
    auto created = partnership::create_partnership(*database, request);
    if (!created) {
        print_error(created.error());
        return k_exit_failure;
    }
    std::cout << "Created the partnership \"" << created->partnership.name << "\" (" << created->partnership.id << ")\n"
              << "Convener: " << created->convener.name << " <" << *created->convener.email << ">\n";
    if (created->convener.groups.empty())
        std::cout << "They facilitate, without a stakeholder group: to propose and vote as a partner, "
                     "give them a group or an organisation on their person page.\n";
    return 0;
}

int demo(std::string const& database_url, std::string const& password, std::string const& given_files_dir)
{
    auto database = open_database(database_url);
    if (!database)
        return k_exit_usage;
    auto const files_dir = files_dir_for(given_files_dir, database_url);
    std::filesystem::create_directories(files_dir);
    std::filesystem::permissions(files_dir, std::filesystem::perms::owner_all);
    auto seeded = app::seed_demo(*database, password, files_dir);
    if (!seeded) {
        print_error(seeded.error());
        return k_exit_failure;
    }
    std::cout << "Created the demo partnership \"" << seeded->partnership_name << "\".\n"
              << "Every demo account's password is: " << password << "\n\n";
    for (auto const& account : seeded->accounts)
        std::cout << "  " << account.email << "  " << account.name << " (" << account.description << ")\n";
    return 0;
}

int verify_audit(std::string const& database_url)
{
    auto database = open_database(database_url);
    if (!database)
        return k_exit_usage;
    auto const report = privacy::verify(*database);
    if (!report.ok()) {
        std::cout << "The audit log has been tampered with:\n";
        for (auto const& problem : report.problems)
            std::cout << "  " << problem << '\n';
        return k_exit_failure;
    }
    std::cout << "The audit log is intact: " << report.entries << " entries in " << report.partnerships << " partnerships.\n";
    return 0;
}

}

int main(int argc, char** argv)
{
    initialise_crypto();
    configure_logging();

    CLI::App cli { "Roundtable: co-producing public services as equal partners" };
    cli.require_subcommand(1);
    std::string const default_database = "sqlite:roundtable.db";

    ServeOptions serve_options;
    auto* serve_command = cli.add_subcommand("serve", "Serve the API and the web app");
    serve_command->add_option("--db", serve_options.database_url, "sqlite:PATH or postgresql://USER:PASS@HOST:PORT/DB")->capture_default_str();
    serve_command->add_option("--listen", serve_options.listen, "HOST:PORT (port 0: any free port)")->capture_default_str();
    serve_command->add_option("--web", serve_options.web_root, "The built web app (web/dist; default: web/dist when it is there)");
    serve_command->add_option("--public-url", serve_options.public_url, "The site's address for links in emails (default: the --listen address)");
    serve_command->add_option("--files", serve_options.files_dir, "Where uploaded receipts and the data key are kept (default: beside the SQLite file)");
    serve_command->add_option("--threads", serve_options.threads, "Worker threads (default: twice the cores, at least 4)");
    serve_command->add_option("--smtp", serve_options.smtp_url,
        "The mail server, like smtp://user:pass@host:587 (default: ROUNDTABLE_SMTP_URL; without one, emails go to the outbox folder in --files)");
    serve_command->add_option("--mail-from", serve_options.mail_from, "The sender of emails")->capture_default_str();
    serve_command->add_option("--workers", serve_options.workers, "Job workers (emails) inside this server; 0 leaves jobs to `roundtable worker`")
        ->capture_default_str();

    std::string migrate_database;
    auto* migrate_command = cli.add_subcommand("migrate", "Apply the database migrations");
    migrate_command->add_option("--db", migrate_database, "Database URL")->required();

    std::string init_database;
    partnership::NewPartnership init_request;
    auto* init_command = cli.add_subcommand("init", "Create a partnership and its first convener (can be run again to add more)");
    init_command->add_option("--db", init_database, "Database URL")->required();
    init_command->add_option("--partnership", init_request.name, "The partnership's name")->required();
    init_command->add_option("--admin-email", init_request.admin_email, "The convener's email")->required();
    init_command->add_option("--admin-name", init_request.admin_name, "The convener's name")->required();
    init_command->add_option("--password", init_request.admin_password, "The convener's password (default: read from standard input)");
    init_command->add_option("--group", init_request.admin_groups,
        "A lived-experience group the convener belongs to: service_users_carers, residents or staff (repeat for more)");
    init_command->add_option("--organisation", init_request.organisation_name, "An organisation the convener acts for (needs --sector)");
    init_command->add_option("--sector", init_request.organisation_sector, "The organisation's sector: local_authority, health, vcs or provider");
    init_command->add_option("--language", init_request.admin_language,
        "The convener's language as a BCP 47 tag, like ar, pl or ti (default: en); the pages after sign-in and emails use it");

    std::string demo_database;
    std::string demo_password = "roundtable-demo";
    auto* demo_command = cli.add_subcommand("demo", "Seed the demo partnership and print its accounts");
    demo_command->add_option("--db", demo_database, "Database URL")->required();
    demo_command->add_option("--password", demo_password, "The password for every demo account")->capture_default_str();
    std::string demo_files;
    demo_command->add_option("--files-dir", demo_files, "Where the demo's photos and receipts go (default: as serve finds them)");

    std::string audit_database;
    auto* audit_command = cli.add_subcommand("audit", "Check the audit log");
    audit_command->require_subcommand(1);
    auto* verify_command = audit_command->add_subcommand("verify", "Check the audit log's hash chain");
    verify_command->add_option("--db", audit_database, "Database URL")->required();

    std::string worker_database, worker_files, worker_public_url;
    ServeOptions worker_options;
    auto* worker_command = cli.add_subcommand("worker", "Run the job queue's worker (emails) as a process of its own");
    worker_command->add_option("--db", worker_database, "Database URL")->required();
    worker_command->add_option("--files", worker_files, "The files folder (its outbox/ is used without SMTP)")->required();
    worker_command->add_option("--public-url", worker_public_url, "The site's address for links in emails")->required();
    worker_command->add_option("--smtp", worker_options.smtp_url, "The mail server (default: ROUNDTABLE_SMTP_URL)");
    worker_command->add_option("--mail-from", worker_options.mail_from, "The sender of emails")->capture_default_str();

    std::string digest_database, digest_period { "daily" };
    auto* notifications_command = cli.add_subcommand("notifications", "Notifications, for operators");
    notifications_command->require_subcommand(1);
    auto* digest_command = notifications_command->add_subcommand("digest", "Queue the digest emails now (serve does this each morning)");
    digest_command->add_option("--db", digest_database, "Database URL")->required();
    digest_command->add_option("--period", digest_period, "daily or weekly")->check(CLI::IsMember({ "daily", "weekly" }))->capture_default_str();

    std::string jobs_database, jobs_status, retry_id;
    auto* jobs_command = cli.add_subcommand("jobs", "The job queue, for operators");
    jobs_command->require_subcommand(1);
    auto* jobs_list = jobs_command->add_subcommand("list", "The newest 50 jobs");
    jobs_list->add_option("--db", jobs_database, "Database URL")->required();
    jobs_list->add_option("--status", jobs_status, "queued, running, done or failed");
    auto* jobs_retry = jobs_command->add_subcommand("retry", "Queue a failed job again");
    jobs_retry->add_option("--db", jobs_database, "Database URL")->required();
    jobs_retry->add_option("id", retry_id, "The job's id")->required();

    std::string snapshot_database, snapshot_day;
    auto* barometer_command = cli.add_subcommand("barometer", "The co-production barometer");
    barometer_command->require_subcommand(1);
    auto* snapshot_command = barometer_command->add_subcommand("snapshot",
        "Take today's snapshot of every open project's figures now (serve takes one each day by itself)");
    snapshot_command->add_option("--db", snapshot_database, "Database URL")->required();
    snapshot_command->add_option("--day", snapshot_day, "Record the snapshot under this day (YYYY-MM-DD); the figures are always today's");

    CLI11_PARSE(cli, argc, argv);
    curl_global_init(CURL_GLOBAL_DEFAULT);

    try {
        if (*serve_command)
            return serve(serve_options);
        if (*migrate_command) {
            auto database = open_database(migrate_database);
            if (!database)
                return k_exit_usage;
            std::cout << "The database is at schema version " << db::schema_version(*database) << ".\n";
            return 0;
        }
        if (*init_command) {
            if (init_request.admin_password.empty()) {
                std::cerr << "Password for " << init_request.admin_email << ": ";
                std::getline(std::cin, init_request.admin_password);
            }
            return init(init_database, init_request);
        }
        if (*demo_command)
            return demo(demo_database, demo_password, demo_files);
        if (*verify_command)
            return verify_audit(audit_database);
        if (*snapshot_command)
            return snapshot(snapshot_database, snapshot_day);
        if (*digest_command)
            return digest_now(digest_database, digest_period);
        if (*worker_command) {
            auto database = open_database(worker_database);
            if (!database)
                return k_exit_usage;
            std::filesystem::create_directories(worker_files);
            auto const key = data_key(worker_files);
            if (!key)
                return k_exit_usage;
            auto const mail = mail_settings(worker_options.smtp_url, worker_options.mail_from, worker_files, worker_public_url, *key);
            std::stop_source stop;
            static std::stop_source* running = &stop;
            std::signal(SIGTERM, [](int) { running->request_stop(); });
            std::signal(SIGINT, [](int) { running->request_stop(); });
            notifications::work(*database, mail, stop.get_token());
            return 0;
        }
        if (*jobs_list || *jobs_retry) {
            auto database = open_database(jobs_database);
            if (!database)
                return k_exit_usage;
            if (*jobs_retry) {
                auto const requeued = database->write([&](soci::session& sql) -> Result<bool> { return notifications::store::requeue(sql, retry_id, now_text()); });
                if (!requeued || !*requeued) {
                    std::cerr << "error: no failed job has that id\n";
                    return k_exit_failure;
                }
                std::cout << "Queued again: " << retry_id << "\n";
                return 0;
            }
            auto const jobs = database->read([&](soci::session& sql) -> Result<std::vector<notifications::Job>> {
                return notifications::store::list(sql, jobs_status.empty() ? std::nullopt : std::optional<std::string> { jobs_status }, 50);
            });
            if (!jobs) {
                print_error(jobs.error());
                return k_exit_failure;
            }
            for (auto const& job : *jobs)
                std::cout << job.id << "  " << job.status << "  " << job.kind << "  attempts " << job.attempts << "  " << job.created_at
                          << (job.last_error.empty() ? "" : "  " + job.last_error) << "\n";
            return 0;
        }
    } catch (std::exception const& error) {
        std::cerr << "error: " << error.what() << '\n';
        return k_exit_failure;
    }
    return k_exit_usage;
}
