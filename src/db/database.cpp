#include "db/database.hpp"
#include "db/query.hpp"

#include <atomic>

#include <boost/url/parse.hpp>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

namespace rt::db {

Result<DatabaseUrl> parse_database_url(std::string_view url)
{
    constexpr std::string_view sqlite_prefix = "sqlite:";
    if (url.starts_with(sqlite_prefix)) {
        auto const path = url.substr(sqlite_prefix.size());
        if (path.empty() || path.find_first_of(" \"'") != std::string_view::npos)
            return std::unexpected(Error::invalid_field("db", "Give a SQLite file path without spaces or quotes, like sqlite:roundtable.db."));
        return DatabaseUrl { Dialect::Sqlite, "db=" + std::string { path } + " timeout=10", std::string { url } };
    }
    if (url.starts_with("postgresql://") || url.starts_with("postgres://")) {
        // NOTE: SOCI reads "postgresql://" as its own backend prefix, so the URL
        // is turned into libpq's keyword=value form here.
        auto parsed = boost::urls::parse_uri(url);
        if (!parsed || parsed->encoded_host().empty())
            return std::unexpected(Error::invalid_field("db", "Use postgresql://USER:PASS@HOST:PORT/DB."));
        auto const quote = [](std::string_view value) {
            std::string quoted = "'";
            for (char const c : value) {
                if (c == '\\' || c == '\'')
                    quoted.push_back('\\');
                quoted.push_back(c);
            }
            return quoted + "'";
        };
        std::string database_name = parsed->path();
        if (database_name.starts_with('/'))
            database_name.erase(0, 1);
        std::string connect = "host=" + quote(parsed->host());
        if (parsed->has_port())
            connect += " port=" + quote(parsed->port());
        if (parsed->has_userinfo()) {
            connect += " user=" + quote(parsed->user());
            if (parsed->has_password())
                connect += " password=" + quote(parsed->password());
        }
        if (!database_name.empty())
            connect += " dbname=" + quote(database_name);
        std::string display { url };
        if (parsed->has_password()) {
            auto const at = display.find('@');
            auto const colon = display.find(':', display.find("//") + 2);
            display.replace(colon + 1, at - colon - 1, "***");
        }
        return DatabaseUrl { Dialect::Postgresql, connect, display };
    }
    return std::unexpected(Error::invalid_field("db", "Use sqlite:PATH or postgresql://USER:PASS@HOST:PORT/DB."));
}

namespace {

std::atomic<std::uint64_t> g_next_identity { 1 };

// Must run before SQLite initialises itself (at the first connection).
void configure_sqlite_once()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Each connection is used by one thread only (see session()), so
        // SQLite's per-connection mutexes are not needed; and its memory
        // statistics take a global mutex on every allocation, which made
        // worker threads queue on each other.
        // NOTE: SOCI's header puts SQLite's API in the sqlite_api namespace.
        sqlite_api::sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
        sqlite_api::sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    });
}

}

Database::Database(DatabaseUrl url)
    : m_url(std::move(url))
    , m_identity(g_next_identity++)
{
    if (m_url.dialect == Dialect::Sqlite)
        configure_sqlite_once();
    // Open one connection now, so a wrong URL fails at start, not at the first request.
    (void)session();
}

std::unique_ptr<soci::session> Database::open_session() const
{
    auto session = std::make_unique<soci::session>();
    if (m_url.dialect == Dialect::Sqlite) {
        session->open(soci::sqlite3, m_url.connect_string);
        // WAL lets readers run while one writer commits; FULL makes every
        // acknowledged commit survive a crash or power cut.
        *session << "PRAGMA journal_mode = WAL";
        *session << "PRAGMA synchronous = FULL";
        *session << "PRAGMA foreign_keys = ON";
        *session << "PRAGMA busy_timeout = 10000";
        // Reads of large projects (the barometer counts 100,000 contributions)
        // go through the memory map instead of copying every page, with a page
        // cache of 32 MiB per connection instead of SQLite's 2 MiB.
        *session << "PRAGMA mmap_size = 268435456";
        *session << "PRAGMA cache_size = -32768";
    } else {
        session->open(soci::postgresql, m_url.connect_string);
        *session << "SET client_min_messages TO WARNING";
    }
    return session;
}

Database::Connection::~Connection()
{
    // Statements first: SQLite will not close a connection that still has some.
    for (auto& [sql, cached] : statements)
        sqlite_api::sqlite3_finalize(cached.statement);
}

Database::Connection& Database::connection()
{
    // NOTE: keyed by identity, not address: a later Database may reuse the address.
    thread_local std::vector<std::pair<std::uint64_t, Connection*>> mine;
    for (auto const& [identity, connection] : mine) {
        if (identity == m_identity)
            return *connection;
    }
    auto opened = std::make_unique<Connection>();
    opened->session = open_session();
    auto* connection = opened.get();
    {
        std::scoped_lock lock { m_mutex };
        m_connections.push_back(std::move(opened));
    }
    mine.emplace_back(m_identity, connection);
    return *connection;
}

soci::session& Database::session()
{
    return *connection().session;
}

Database::~Database() = default;

void Database::begin_read_scope()
{
    if (m_url.dialect != Dialect::Sqlite)
        return;
    auto& current = connection();
    if (current.read_scope_open)
        return;
    // Deferred: the read lock is taken by the first statement that reads.
    Query { *this, "BEGIN" }.run();
    current.read_scope_open = true;
}

void Database::end_read_scope()
{
    if (m_url.dialect != Dialect::Sqlite)
        return;
    auto& current = connection();
    if (!current.read_scope_open)
        return;
    current.read_scope_open = false;
    Query { *this, "COMMIT" }.run();
}

ReadScope::ReadScope(Database& database)
    : m_database(database)
{
    if (database.dialect() != Dialect::Sqlite || database.connection().read_scope_open)
        return;
    database.begin_read_scope();
    m_owner = true;
}

ReadScope::~ReadScope()
{
    if (!m_owner)
        return;
    try {
        m_database.end_read_scope();
    } catch (...) {
        // Ending a read-only transaction cannot lose data; the connection
        // stays usable because the next BEGIN fails loudly if it is not.
    }
}

void Database::begin_write(soci::session& sql)
{
    // NOTE: SQLite's plain BEGIN takes the write lock only at the first write,
    // and a reader upgrading to a writer gets SQLITE_BUSY without waiting.
    // IMMEDIATE takes it at once, so concurrent writers queue on busy_timeout.
    if (m_url.dialect == Dialect::Sqlite)
        sql << "BEGIN IMMEDIATE";
    else
        sql << "BEGIN";
}

void Database::rollback_quietly(soci::session& sql)
{
    try {
        sql << "ROLLBACK";
    } catch (...) {
        // The connection may already have ended the transaction.
    }
}

bool Database::is_unique_violation(soci::soci_error const& error) const
{
    std::string_view const message = error.what();
    if (m_url.dialect == Dialect::Sqlite)
        return message.find("UNIQUE constraint failed") != std::string_view::npos;
    return message.find("duplicate key value") != std::string_view::npos;
}

bool Database::ping()
{
    try {
        int one = 0;
        session() << "SELECT 1", soci::into(one);
        return one == 1;
    } catch (...) {
        return false;
    }
}

long long integer_at(soci::row const& row, std::size_t position)
{
    if (row.get_indicator(position) == soci::i_null)
        return 0;
    switch (row.get_properties(position).get_data_type()) {
    case soci::dt_integer:
        return row.get<int>(position);
    case soci::dt_long_long:
        return row.get<long long>(position);
    case soci::dt_unsigned_long_long:
        return static_cast<long long>(row.get<unsigned long long>(position));
    case soci::dt_double:
        return static_cast<long long>(row.get<double>(position));
    case soci::dt_string:
        return std::stoll(row.get<std::string>(position));
    default:
        throw soci::soci_error("column is not an integer");
    }
}

std::string text_at(soci::row const& row, std::size_t position)
{
    if (row.get_indicator(position) == soci::i_null)
        return {};
    return row.get<std::string>(position);
}

std::optional<std::string> optional_text_at(soci::row const& row, std::size_t position)
{
    if (row.get_indicator(position) == soci::i_null)
        return std::nullopt;
    return row.get<std::string>(position);
}

std::string_view string_aggregate(Dialect dialect)
{
    return dialect == Dialect::Sqlite ? "group_concat" : "string_agg";
}

}
