#pragma once

#include <stop_token>
#include <string_view>

#include <soci/soci.h>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "db/database.hpp"
#include "modules/notifications/model.hpp"

namespace rt::notifications {

// Tells a person, inside the caller's transaction (a change rolled back tells
// nobody): a notification in the app, and by the person's choice for its
// topic an email at once (queued here), a place in their digest, or nothing
// more. A notice whose key the person already has is not added again.
void notify(soci::session& sql, std::string_view partnership_id, Notice const& notice);

// A job that runs at `at` (RFC 3339), as for a reminder; once per key.
void schedule(soci::session& sql, std::string_view partnership_id, std::string_view kind, std::string const& key, std::string const& payload,
    std::string const& at);

// Called inside the transaction that sends a project's invitation: the
// invited person (or each contact of the invited organisation) is notified,
// so the email goes with the change.
void enqueue_invitation(soci::session& sql, std::string_view partnership_id, std::string_view invitation_id, std::string_view sender_id);

// Inside the caller's transaction: an email with a sign-in link (`link`,
// the whole address) to the person, from `sender_name`. The job keeps the
// link sealed with `link_key` and forgets it once the email is sent.
void enqueue_security_mail(soci::session& sql, std::string_view partnership_id, std::string const& person_id, SecurityMail kind,
    std::string const& link, std::string const& sender_name, std::string_view link_key);

// The reader's own notifications.
[[nodiscard]] Result<Notification> mark_read(db::Database& database, Actor const& actor, std::string const& id);
[[nodiscard]] Result<long long> mark_all_read(db::Database& database, Actor const& actor);

// Changes the topics given (delivery: email, daily, weekly or in_app), in one
// transaction; 422 `preferences.<topic>` for an unknown topic or delivery.
[[nodiscard]] Status set_preferences(db::Database& database, Actor const& actor, std::vector<Preference> const& changes);

// One click from an email, without signing in: that topic comes in the app
// only from now on ("digest" stops every digest). 400 `token` for a link that
// is not Roundtable's.
[[nodiscard]] Result<Preference> unsubscribe(db::Database& database, std::string const& token, std::string const& key);

// Queues one digest email for each person with notices waiting for a
// `period` (daily, weekly) digest. `run` names the run: a run already taken
// (by this or another server) does nothing. The count of digests queued.
[[nodiscard]] Result<long long> queue_digests(db::Database& database, std::string const& period, std::string const& run);

// Runs the next job that is due; false when there was none. A job that fails
// is tried again later, backing off (with jitter) up to 12 attempts, then
// recorded as failed with its error.
[[nodiscard]] Result<bool> run_next_job(db::Database& database, MailSettings const& settings);

// The worker loop of `serve --workers N` and `roundtable worker`: jobs as they
// become due, until asked to stop.
void work(db::Database& database, MailSettings const& settings, std::stop_token stop);

inline constexpr long long k_most_attempts = 12;

}
