#pragma once

#include <map>
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
// `run_after` (RFC 3339) holds a job back until then, as for a reminder.
void enqueue(soci::session& sql, std::string_view partnership_id, std::string_view kind, std::string_view idempotency_key, std::string const& payload,
    std::optional<std::string> const& run_after = std::nullopt);

// Takes the next job that is due (or whose worker's lease ran out) and leases
// it to this worker: on PostgreSQL with FOR UPDATE SKIP LOCKED, so several
// servers share the queue; on SQLite with UPDATE ... RETURNING, one writer at a time.
[[nodiscard]] std::optional<Job> claim(soci::session& sql, db::Dialect dialect, std::string const& now, std::string const& lease_until);
// A running job's worker is alive: its lease runs on.
void renew_lease(soci::session& sql, std::string const& id, std::string const& lease_until);
void finish(soci::session& sql, std::string const& id, std::string const& at);
// A job's payload from now on (a sent security email's, without its link).
void set_payload(soci::session& sql, std::string const& id, std::string const& payload);
void retry_later(soci::session& sql, std::string const& id, std::string const& run_after, std::string const& error);
void give_up(soci::session& sql, std::string const& id, std::string const& at, std::string const& error);

// The messages already handed to the mail server, by Message-ID, so a job run
// again after a crash or a partial failure does not send them twice.
[[nodiscard]] bool was_sent(soci::session& sql, std::string const& message_id);
void record_sent(soci::session& sql, std::string_view partnership_id, std::string const& message_id, std::string const& job_id, std::string const& at);

// In-app notifications. Adding one with a key the person already has adds nothing (false).
[[nodiscard]] bool insert_notification(soci::session& sql, Notification const& notification, std::string_view topic, std::string const& key);
[[nodiscard]] std::optional<Notification> find_notification(soci::session& sql, std::string_view partnership_id, std::string const& id);
// The person's own, newest first, after the cursor (created_at, id) when given.
[[nodiscard]] std::vector<Notification> list_notifications(soci::session& sql, std::string_view partnership_id, std::string_view person_id,
    bool unread_only, std::optional<std::pair<std::string, std::string>> const& after, std::size_t limit);
[[nodiscard]] long long unread_count(soci::session& sql, std::string_view partnership_id, std::string_view person_id);
[[nodiscard]] bool mark_read(soci::session& sql, std::string_view partnership_id, std::string_view person_id, std::string const& id, std::string const& at);
[[nodiscard]] long long mark_all_read(soci::session& sql, std::string_view partnership_id, std::string_view person_id, std::string const& at);
void set_email_state(soci::session& sql, std::string const& id, std::string_view state);

// How the person wants each topic's emails: only the topics they changed.
[[nodiscard]] std::map<std::string, std::string> preferences(soci::session& sql, std::string_view partnership_id, std::string_view person_id);
void set_preference(soci::session& sql, std::string_view partnership_id, std::string_view person_id, std::string const& topic,
    std::string const& delivery, std::string const& at);

// The notifications waiting for a digest of `period` (daily or weekly), by
// person: (partnership, person) -> notification ids, oldest first. A topic
// changed back to "email" since is sent with the daily digest.
[[nodiscard]] std::map<std::pair<std::string, std::string>, std::vector<std::string>> waiting_for_digest(soci::session& sql, std::string const& period);
// True for the one caller that takes the period's run of the day.
[[nodiscard]] bool take_digest_run(soci::session& sql, std::string const& period, std::string const& day, std::string const& at);

// For operators: newest first.
[[nodiscard]] std::vector<Job> list(soci::session& sql, std::optional<std::string> const& status, std::size_t limit);
[[nodiscard]] bool requeue(soci::session& sql, std::string const& id, std::string const& at);

}
