#pragma once

#include <filesystem>

#include <csignal>
#include <string>
#include <vector>

#include <sys/types.h>

namespace rt::test {

// The path of the roundtable binary under test.
[[nodiscard]] std::string roundtable_binary();

struct CommandResult {
    int exit_code { -1 };
    std::string output; // standard output
};

// Runs `roundtable ARGS...` to completion.
[[nodiscard]] CommandResult run_roundtable(std::vector<std::string> const& arguments);

// `roundtable serve` on a free port, as its own process.
class ServerProcess {
public:
    // `extra` goes after the usual arguments; by default the job queue has no
    // worker (--workers 0), so no email leaves a test that does not ask for it.
    explicit ServerProcess(std::string database_url, std::string web_root = {}, std::vector<std::string> extra = { "--workers", "0" });
    ~ServerProcess();
    ServerProcess(ServerProcess const&) = delete;
    ServerProcess& operator=(ServerProcess const&) = delete;

    void start();
    // Sends the signal and waits for the process to end; returns its exit status.
    int stop(int signal_number = SIGTERM);
    [[nodiscard]] unsigned short port() const { return m_port; }
    [[nodiscard]] pid_t pid() const { return m_pid; }
    // The server's --files folder (receipts, and the outbox of emails).
    [[nodiscard]] std::filesystem::path const& files_dir() const { return m_files_dir; }

private:
    std::string m_database_url;
    std::string m_web_root;
    std::vector<std::string> m_extra;
    std::filesystem::path m_files_dir;
    pid_t m_pid { -1 };
    unsigned short m_port { 0 };
};

// A fresh, empty database for one test suite, in the backend named by
// ROUNDTABLE_TEST_DB (sqlite, the default, or postgresql).
class TestDatabase {
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(TestDatabase const&) = delete;
    TestDatabase& operator=(TestDatabase const&) = delete;

    [[nodiscard]] std::string const& url() const { return m_url; }
    [[nodiscard]] bool is_postgresql() const { return m_postgres_name.size() > 0; }

private:
    std::string m_url;
    std::string m_sqlite_path;
    std::string m_postgres_name;
    std::string m_postgres_admin_url;
};

}
