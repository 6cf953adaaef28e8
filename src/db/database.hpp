#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>
#include <string>
#include <string_view>
#include <type_traits>

#include <soci/soci.h>

#include "core/error.hpp"

namespace rt::db {

enum class Dialect { Sqlite, Postgresql };

struct DatabaseUrl {
    Dialect dialect;
    std::string connect_string; // what SOCI's backend takes
    std::string display;        // safe to log: no password
};

// `sqlite:PATH` or `postgresql://USER:PASS@HOST:PORT/DB`.
[[nodiscard]] Result<DatabaseUrl> parse_database_url(std::string_view url);

// Connections to one database: each thread that uses it gets its own, opened
// on first use and kept, so a request never waits on a pool's lock. Every
// connection has the same settings (SQLite: WAL, foreign keys,
// synchronous=FULL, busy timeout). The server's worker threads are fixed, so
// the number of connections is bounded by them.
class Database {
public:
    explicit Database(DatabaseUrl url);
    ~Database();
    Database(Database const&) = delete;
    Database& operator=(Database const&) = delete;

    [[nodiscard]] Dialect dialect() const { return m_url.dialect; }
    [[nodiscard]] DatabaseUrl const& url() const { return m_url; }
    // This thread's connection. Nested read/write calls on one thread share it.
    [[nodiscard]] soci::session& session();

    // Runs `work(session)` in one write transaction. It commits when the work's
    // result holds a value, rolls back when it holds an error or throws. A unique
    // constraint that fails under a race becomes a Conflict error.
    template<typename Work>
    auto write(Work&& work) -> std::invoke_result_t<Work, soci::session&>
    {
        auto& sql = session();
        begin_write(sql);
        try {
            auto result = work(sql);
            if (result)
                sql << "COMMIT";
            else
                sql << "ROLLBACK";
            return result;
        } catch (soci::soci_error const& error) {
            rollback_quietly(sql);
            if (is_unique_violation(error))
                return std::unexpected(Error::conflict("This clashes with something that already exists."));
            throw;
        } catch (...) {
            rollback_quietly(sql);
            throw;
        }
    }

    // Runs `work(session)` outside a write transaction, for reads.
    template<typename Work>
    auto read(Work&& work) -> std::invoke_result_t<Work, soci::session&>
    {
        return work(session());
    }

    // True when a trivial query answers (for GET /ready).
    [[nodiscard]] bool ping();

private:
    void begin_write(soci::session& sql);
    static void rollback_quietly(soci::session& sql);
    [[nodiscard]] bool is_unique_violation(soci::soci_error const& error) const;

    [[nodiscard]] std::unique_ptr<soci::session> open_session() const;

    DatabaseUrl m_url;
    std::uint64_t m_identity; // tells databases apart in each thread's cache
    std::mutex m_mutex;
    std::vector<std::unique_ptr<soci::session>> m_sessions;
};

// Reads an integer column whatever type the backend reports for it
// (SQLite and PostgreSQL differ for counts and BIGINT columns).
[[nodiscard]] long long integer_at(soci::row const& row, std::size_t position);
// Reads a text column; NULL becomes the empty string.
[[nodiscard]] std::string text_at(soci::row const& row, std::size_t position);

// The SQL aggregate that joins strings with a separator.
[[nodiscard]] std::string_view string_aggregate(Dialect dialect);

// Applies every migration not yet applied. Safe to run from several servers at
// once: PostgreSQL takes an advisory lock, SQLite an immediate transaction.
void migrate(Database& database);
[[nodiscard]] int schema_version(Database& database);
[[nodiscard]] int latest_schema_version();

}
