#include "db/query.hpp"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

namespace rt::db {

class Query::Backend {
public:
    virtual ~Backend() = default;
    virtual void bind_text(std::string_view value) = 0;
    virtual void bind_integer(long long value) = 0;
    virtual void bind_null() = 0;
    virtual bool next() = 0;
    // Runs a statement whose rows, if any, nobody reads (an INSERT, an UPDATE).
    virtual void run()
    {
        while (next()) {
        }
    }
    virtual bool is_null(int column) const = 0;
    virtual std::string text(int column) const = 0;
    virtual std::string_view view(int column) const = 0;
    virtual long long integer(int column) const = 0;
};

namespace {

using sqlite_api::sqlite3;
using sqlite_api::sqlite3_stmt;

[[noreturn]] void throw_sqlite(sqlite3* connection, std::string_view sql)
{
    throw soci::soci_error(std::string { sqlite_api::sqlite3_errmsg(connection) } + " in: " + std::string { sql.substr(0, 200) });
}

class SqliteBackend final : public Query::Backend {
public:
    // `cached` is null for a statement compiled for this query alone.
    SqliteBackend(sqlite3* connection, sqlite3_stmt* statement, Database::CachedStatement* cached, std::string_view sql)
        : m_connection(connection)
        , m_statement(statement)
        , m_cached(cached)
        , m_sql(sql)
    {
    }
    ~SqliteBackend() override
    {
        if (!m_cached) {
            sqlite_api::sqlite3_finalize(m_statement);
            return;
        }
        // Back to its unused state for the next Query of the same SQL.
        sqlite_api::sqlite3_reset(m_statement);
        sqlite_api::sqlite3_clear_bindings(m_statement);
        m_cached->in_use = false;
    }

    void bind_text(std::string_view value) override
    {
        // -1 is SQLITE_TRANSIENT (SQLite copies the text), spelled out because
        // the macro does not see SOCI's namespace.
        check(sqlite_api::sqlite3_bind_text(m_statement, ++m_position, value.data(), static_cast<int>(value.size()), reinterpret_cast<sqlite_api::sqlite3_destructor_type>(-1)));
    }
    void bind_integer(long long value) override { check(sqlite_api::sqlite3_bind_int64(m_statement, ++m_position, value)); }
    void bind_null() override { check(sqlite_api::sqlite3_bind_null(m_statement, ++m_position)); }

    bool next() override
    {
        int const status = sqlite_api::sqlite3_step(m_statement);
        if (status == SQLITE_ROW)
            return true;
        if (status == SQLITE_DONE)
            return false;
        throw_sqlite(m_connection, m_sql);
    }
    bool is_null(int column) const override { return sqlite_api::sqlite3_column_type(m_statement, column) == SQLITE_NULL; }
    std::string text(int column) const override
    {
        auto const* data = sqlite_api::sqlite3_column_text(m_statement, column);
        if (!data)
            return {};
        return { reinterpret_cast<char const*>(data), static_cast<std::size_t>(sqlite_api::sqlite3_column_bytes(m_statement, column)) };
    }
    std::string_view view(int column) const override
    {
        auto const* data = sqlite_api::sqlite3_column_text(m_statement, column);
        if (!data)
            return {};
        return { reinterpret_cast<char const*>(data), static_cast<std::size_t>(sqlite_api::sqlite3_column_bytes(m_statement, column)) };
    }
    long long integer(int column) const override { return sqlite_api::sqlite3_column_int64(m_statement, column); }

private:
    void check(int status) const
    {
        if (status != SQLITE_OK)
            throw_sqlite(m_connection, m_sql);
    }

    sqlite3* m_connection;
    sqlite3_stmt* m_statement;
    Database::CachedStatement* m_cached;
    std::string_view m_sql;
    int m_position { 0 };
};

// PostgreSQL: a SOCI statement with as many parameters as were bound.
class SociBackend final : public Query::Backend {
public:
    SociBackend(soci::session& session, std::string_view sql)
        : m_session(session)
        , m_sql(sql)
    {
    }

    void bind_text(std::string_view value) override { m_values.push_back({ std::string { value }, soci::i_ok }); }
    void bind_integer(long long value) override { m_values.push_back({ std::to_string(value), soci::i_ok }); }
    void bind_null() override { m_values.push_back({ {}, soci::i_null }); }

    bool next() override
    {
        if (!m_statement) {
            m_statement = std::make_unique<soci::statement>(m_session);
            for (auto& value : m_values)
                m_statement->exchange(soci::use(value.text, value.indicator));
            m_statement->exchange(soci::into(m_row));
            m_statement->alloc();
            m_statement->prepare(m_sql);
            m_statement->define_and_bind();
            m_statement->execute(false);
        }
        return m_statement->fetch();
    }
    // Without a row to read into: SOCI's PostgreSQL backend spends CPU time
    // fetching a result-less INSERT into a row (2,345 imported responses took
    // minutes), so a statement run for its effect is executed once, as it is.
    void run() override
    {
        soci::statement statement(m_session);
        for (auto& value : m_values)
            statement.exchange(soci::use(value.text, value.indicator));
        statement.alloc();
        statement.prepare(m_sql);
        statement.define_and_bind();
        statement.execute(true);
    }
    bool is_null(int column) const override { return m_row.get_indicator(static_cast<std::size_t>(column)) == soci::i_null; }
    std::string text(int column) const override { return text_at(m_row, static_cast<std::size_t>(column)); }
    std::string_view view(int column) const override
    {
        auto const position = static_cast<std::size_t>(column);
        if (m_views.size() <= position)
            m_views.resize(position + 1);
        m_views[position] = text(column);
        return m_views[position];
    }
    long long integer(int column) const override { return integer_at(m_row, static_cast<std::size_t>(column)); }

private:
    mutable std::vector<std::string> m_views; // what view() handed out for the current row
    struct Value {
        std::string text;
        soci::indicator indicator;
    };
    soci::session& m_session;
    std::string m_sql;
    std::vector<Value> m_values; // NOTE: SOCI binds by reference; reserve-free growth is safe because binding happens at first next()
    soci::row m_row;
    std::unique_ptr<soci::statement> m_statement;
};

}

Query::Query(Database& database, std::string_view sql)
{
    if (database.dialect() == Dialect::Sqlite) {
        auto& connection = database.connection();
        auto* sqlite = static_cast<soci::sqlite3_session_backend*>(connection.session->get_backend())->conn_;
        auto compile = [&](unsigned flags) {
            sqlite3_stmt* statement = nullptr;
            if (sqlite_api::sqlite3_prepare_v3(sqlite, sql.data(), static_cast<int>(sql.size()), flags, &statement, nullptr) != SQLITE_OK)
                throw_sqlite(sqlite, sql);
            return statement;
        };
        auto found = connection.statements.find(sql);
        if (found == connection.statements.end())
            found = connection.statements.emplace(std::string { sql }, Database::CachedStatement {}).first;
        auto& cached = found->second;
        // The same SQL may run again while an earlier Query of it is still
        // reading rows: that one gets a statement of its own.
        if (cached.in_use) {
            m_backend = std::make_unique<SqliteBackend>(sqlite, compile(0), nullptr, sql);
            return;
        }
        if (!cached.statement)
            cached.statement = compile(SQLITE_PREPARE_PERSISTENT);
        cached.in_use = true;
        m_backend = std::make_unique<SqliteBackend>(sqlite, cached.statement, &cached, sql);
        return;
    }
    m_backend = std::make_unique<SociBackend>(database.session(), sql);
}

Query::~Query() = default;

Query& Query::bind(std::string_view value)
{
    m_backend->bind_text(value);
    return *this;
}

Query& Query::bind(long long value)
{
    m_backend->bind_integer(value);
    return *this;
}

Query& Query::bind_optional(std::optional<std::string> const& value)
{
    if (value)
        m_backend->bind_text(*value);
    else
        m_backend->bind_null();
    return *this;
}

bool Query::next()
{
    return m_backend->next();
}

void Query::run()
{
    m_backend->run();
}

bool Query::is_null(int column) const
{
    return m_backend->is_null(column);
}

std::string Query::text(int column) const
{
    return m_backend->text(column);
}

std::string_view Query::view(int column) const
{
    return m_backend->view(column);
}

long long Query::integer(int column) const
{
    return m_backend->integer(column);
}

}
