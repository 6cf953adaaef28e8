#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "db/database.hpp"

namespace rt::db {

// One SQL statement with positional parameters (written as :name in the SQL,
// bound in the order they appear) and its rows.
//
// On SQLite the compiled statement is kept per connection and reused, because
// compiling costs more than running the small queries this application makes;
// on PostgreSQL it goes through SOCI. Use it for statements on hot paths.
class Query {
public:
    Query(Database& database, std::string_view sql);
    ~Query();
    Query(Query const&) = delete;
    Query& operator=(Query const&) = delete;

    Query& bind(std::string_view value);
    Query& bind(long long value);
    Query& bind_optional(std::optional<std::string> const& value); // nullopt binds NULL

    // Runs the statement at the first call; true while there is a row to read.
    [[nodiscard]] bool next();
    // Runs a statement that returns no rows.
    void run();

    [[nodiscard]] bool is_null(int column) const;
    [[nodiscard]] std::string text(int column) const; // NULL reads as ""
    // The text without a copy; valid until the next call to next().
    [[nodiscard]] std::string_view view(int column) const;
    [[nodiscard]] long long integer(int column) const;

    class Backend;

private:
    std::unique_ptr<Backend> m_backend;
};

}
