#pragma once

#include <optional>
#include <string_view>

#include <boost/json/object.hpp>

#include "core/actor.hpp"
#include "db/database.hpp"
#include "modules/privacy/model.hpp"

namespace rt::privacy {

// Appends one entry to the partnership's audit chain, inside the caller's
// transaction, so the entry exists exactly when the change does.
void record(soci::session& sql, std::string_view partnership_id, std::optional<std::string_view> actor_id, AuditEvent const& event);

// Takes the partnership's audit-chain lock now, inside the caller's
// transaction (a row lock in PostgreSQL; SQLite's writers are already one at a
// time). A command that reads state and then changes it calls this first, so
// two concurrent requests cannot both act on the same "before".
void lock_for_change(soci::session& sql, std::string_view partnership_id);

// How many entries the partnership's audit chain holds: it grows with every
// state change, so a figure computed at one length is still true while the
// length is unchanged (the barometer's cache relies on it).
[[nodiscard]] long long chain_length(soci::session& sql, std::string_view partnership_id);

// Recomputes every partnership's chain and reports each break: an edited
// entry, a deleted one, or a chain whose end does not match the head.
[[nodiscard]] VerifyReport verify(db::Database& database);

// The hash of an entry given the hash before it; exposed for tests.
[[nodiscard]] std::string entry_hash(AuditEntry const& entry);

struct AuditPage {
    std::vector<AuditEntry> entries;
    std::optional<std::string> next_cursor;
};

// Newest first; `after` is the cursor from the previous page.
[[nodiscard]] AuditPage list_entries(soci::session& sql, std::string_view partnership_id, std::size_t limit, std::optional<long long> before_seq);

[[nodiscard]] boost::json::object to_json(AuditEntry const& entry);

}
