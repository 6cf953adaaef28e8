#include "support/server_process.hpp"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>

#include "core/crypto.hpp"
#include "db/database.hpp"

extern char** environ;

namespace rt::test {

namespace {

std::string environment(char const* name, std::string fallback = {})
{
    char const* value = std::getenv(name);
    return value && *value ? std::string { value } : fallback;
}

std::string shell_quote(std::string const& text)
{
    std::string quoted = "'";
    for (char const c : text)
        quoted += c == '\'' ? std::string { "'\\''" } : std::string { c };
    return quoted + "'";
}

std::string lowercase_token()
{
    std::string token;
    for (char const c : random_token(9)) {
        if (std::isalnum(static_cast<unsigned char>(c)))
            token.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    return token;
}

}

std::string roundtable_binary()
{
    return environment("ROUNDTABLE_BIN", RT_DEFAULT_BINARY);
}

CommandResult run_roundtable(std::vector<std::string> const& arguments)
{
    std::string command = shell_quote(roundtable_binary());
    for (auto const& argument : arguments)
        command += " " + shell_quote(argument);
    command += " 2>&1"; // what a person at the terminal reads, errors included
    CommandResult result;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe)
        throw std::runtime_error("could not run " + command);
    std::array<char, 4096> buffer {};
    while (auto const count = std::fread(buffer.data(), 1, buffer.size(), pipe))
        result.output.append(buffer.data(), count);
    int const status = pclose(pipe);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

ServerProcess::ServerProcess(std::string database_url, std::string web_root, std::vector<std::string> extra)
    : m_database_url(std::move(database_url))
    , m_web_root(std::move(web_root))
    , m_extra(std::move(extra))
{
}

ServerProcess::~ServerProcess()
{
    if (m_pid > 0)
        stop(SIGKILL);
}

namespace {
int s_servers_started = 0;
}

void ServerProcess::start()
{
    int output[2];
    if (pipe(output) != 0)
        throw std::runtime_error("pipe failed");

    auto const binary = roundtable_binary();
    auto const log_path = std::filesystem::temp_directory_path() / ("roundtable-test-" + std::to_string(getpid()) + ".log");
    // One folder per server (kept across a restart of the same server object).
    if (m_files_dir.empty())
        m_files_dir = std::filesystem::temp_directory_path() / ("roundtable-files-" + std::to_string(getpid()) + "-" + std::to_string(++s_servers_started));
    std::vector<std::string> arguments { binary, "serve", "--db", m_database_url, "--listen", "127.0.0.1:0", "--threads", "4", "--files",
        m_files_dir.string() };
    if (!m_web_root.empty()) {
        arguments.emplace_back("--web");
        arguments.push_back(m_web_root);
    }
    arguments.insert(arguments.end(), m_extra.begin(), m_extra.end());
    std::vector<char*> argv;
    for (auto& argument : arguments)
        argv.push_back(argument.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, output[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, output[0]);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, log_path.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    int const spawned = posix_spawn(&m_pid, binary.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(output[1]);
    if (spawned != 0) {
        close(output[0]);
        throw std::runtime_error("could not start " + binary);
    }

    // The first line says where it listens: "roundtable listening on http://127.0.0.1:PORT".
    std::string line;
    char c = 0;
    while (read(output[0], &c, 1) == 1 && c != '\n')
        line.push_back(c);
    close(output[0]);
    auto const colon = line.rfind(':');
    if (line.find("listening on") == std::string::npos || colon == std::string::npos)
        throw std::runtime_error("the server did not start (see " + log_path.string() + "): " + line);
    m_port = static_cast<unsigned short>(std::stoi(line.substr(colon + 1)));
}

int ServerProcess::stop(int signal_number)
{
    if (m_pid <= 0)
        return -1;
    kill(m_pid, signal_number);
    int status = 0;
    waitpid(m_pid, &status, 0);
    m_pid = -1;
    return status;
}

TestDatabase::TestDatabase()
{
    auto const backend = environment("ROUNDTABLE_TEST_DB", "sqlite");
    if (backend == "sqlite") {
        m_sqlite_path = (std::filesystem::temp_directory_path() / ("roundtable-test-" + lowercase_token() + ".db")).string();
        m_url = "sqlite:" + m_sqlite_path;
        return;
    }
    if (backend != "postgresql")
        throw std::runtime_error("ROUNDTABLE_TEST_DB must be sqlite or postgresql");
    m_postgres_admin_url = environment("ROUNDTABLE_TEST_POSTGRES");
    if (m_postgres_admin_url.empty())
        throw std::runtime_error("ROUNDTABLE_TEST_POSTGRES is not set: run the tests with `make test`, which starts PostgreSQL");
    m_postgres_name = "rt_test_" + lowercase_token();
    soci::session admin { soci::postgresql, db::parse_database_url(m_postgres_admin_url)->connect_string };
    admin << "CREATE DATABASE " + m_postgres_name; // a generated name, not input
    auto const slash = m_postgres_admin_url.rfind('/');
    m_url = m_postgres_admin_url.substr(0, slash + 1) + m_postgres_name;
}

TestDatabase::~TestDatabase()
{
    try {
        if (!m_sqlite_path.empty()) {
            for (auto const* suffix : { "", "-wal", "-shm" })
                std::filesystem::remove(m_sqlite_path + suffix);
        }
        if (!m_postgres_name.empty()) {
            soci::session admin { soci::postgresql, db::parse_database_url(m_postgres_admin_url)->connect_string };
            admin << "DROP DATABASE IF EXISTS " + m_postgres_name + " WITH (FORCE)";
        }
    } catch (...) {
        // Leftovers in /tmp or an unused test database harm nothing.
    }
}

}
