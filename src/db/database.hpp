#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>

#include <soci/soci.h>

#include "core/error.hpp"

// SOCI declares SQLite's API in this namespace; only db/ uses it.
namespace sqlite_api {
struct sqlite3_stmt;
}

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

    // A connection and the statements compiled on it (SQLite only; see Query).
    struct CachedStatement {
        sqlite_api::sqlite3_stmt* statement { nullptr };
        bool in_use { false };
    };
    // Looks statements up by string_view without building a std::string.
    struct SqlHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view sql) const { return std::hash<std::string_view> {}(sql); }
    };
    struct Connection {
        std::unique_ptr<soci::session> session;
        std::unordered_map<std::string, CachedStatement, SqlHash, std::equal_to<>> statements;
        bool read_scope_open { false };
        ~Connection();
    };
    [[nodiscard]] Connection& connection();

    // Runs `work(session)` in one write transaction. It commits when the work's
    // result holds a value, rolls back when it holds an error or throws. A unique
    // constraint that fails under a race becomes a Conflict error.
    template<typename Work>
    auto write(Work&& work) -> std::invoke_result_t<Work, soci::session&>
    {
        auto& sql = session();
        end_read_scope();
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

    // See ReadScope.
    void begin_read_scope();
    void end_read_scope();

private:
    void begin_write(soci::session& sql);
    static void rollback_quietly(soci::session& sql);
    [[nodiscard]] bool is_unique_violation(soci::soci_error const& error) const;

    [[nodiscard]] std::unique_ptr<soci::session> open_session() const;

    DatabaseUrl m_url;
    std::uint64_t m_identity; // tells databases apart in each thread's cache
    std::mutex m_mutex;
    std::vector<std::unique_ptr<Connection>> m_connections;
};

// On SQLite, every statement outside a transaction takes and drops a read
// lock (three system calls). A ReadScope around one request's work makes its
// reads share one read transaction, which also gives them one consistent
// snapshot. A write inside ends the scope first. On PostgreSQL it does nothing.
class ReadScope {
public:
    explicit ReadScope(Database& database);
    ~ReadScope();
    ReadScope(ReadScope const&) = delete;
    ReadScope& operator=(ReadScope const&) = delete;

private:
    Database& m_database;
    bool m_owner { false };
};

// An optional value as SOCI binds it: the value (or an empty one) with an
// indicator that makes the column NULL when there is none. It must outlive the
// statement: `db::Nullable chair { activity.chair_person_id };` then
// `soci::use(chair.value, chair.indicator)`.
template<typename T>
struct Nullable {
    explicit Nullable(std::optional<T> const& optional)
        : value(optional.value_or(T {}))
        , indicator(optional ? soci::i_ok : soci::i_null)
    {
    }
    T value;
    soci::indicator indicator;
};

// Reads an integer column whatever type the backend reports for it
// (SQLite and PostgreSQL differ for counts and BIGINT columns).
[[nodiscard]] long long integer_at(soci::row const& row, std::size_t position);
// Reads a text column; NULL becomes the empty string.
[[nodiscard]] std::string text_at(soci::row const& row, std::size_t position);

// Reads a text column that may be NULL.
[[nodiscard]] std::optional<std::string> optional_text_at(soci::row const& row, std::size_t position);

// The SQL aggregate that joins strings with a separator.
[[nodiscard]] std::string_view string_aggregate(Dialect dialect);

// Applies every migration not yet applied. Safe to run from several servers at
// once: PostgreSQL takes an advisory lock, SQLite an immediate transaction.
void migrate(Database& database);
[[nodiscard]] int schema_version(Database& database);
[[nodiscard]] int latest_schema_version();

// Inside the caller's transaction: the counts the modules keep as things
// happen (contribution_tallies, project_participants) worked out again from
// the rows, as migration 33 first did; for data written around the modules,
// such as the barometer benchmark's seeding.
void recount_kept_counts(soci::session& sql);

}
