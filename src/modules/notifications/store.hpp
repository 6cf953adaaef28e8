#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <soci/soci.h>

#include "db/database.hpp"
#include "modules/notifications/model.hpp"

namespace rt::notifications::store {

// Inside the caller's transaction, so a change rolled back enqueues nothing.
// A second job with the same idempotency key is not added.
void enqueue(soci::session& sql, std::string_view partnership_id, std::string_view kind, std::string_view idempotency_key, std::string const& payload);

// Takes the next job that is due (or whose worker's lease ran out) and leases
// it to this worker: on PostgreSQL with FOR UPDATE SKIP LOCKED, so several
// servers share the queue; on SQLite with UPDATE ... RETURNING, one writer at a time.
[[nodiscard]] std::optional<Job> claim(soci::session& sql, db::Dialect dialect, std::string const& now, std::string const& lease_until);
void finish(soci::session& sql, std::string const& id, std::string const& at);
void retry_later(soci::session& sql, std::string const& id, std::string const& run_after, std::string const& error);
void give_up(soci::session& sql, std::string const& id, std::string const& at, std::string const& error);

// The messages already handed to the mail server, by Message-ID, so a job run
// again after a crash or a partial failure does not send them twice.
[[nodiscard]] bool was_sent(soci::session& sql, std::string const& message_id);
void record_sent(soci::session& sql, std::string_view partnership_id, std::string const& message_id, std::string const& job_id, std::string const& at);

// For operators: newest first.
[[nodiscard]] std::vector<Job> list(soci::session& sql, std::optional<std::string> const& status, std::size_t limit);
[[nodiscard]] bool requeue(soci::session& sql, std::string const& id, std::string const& at);

}
