#pragma once

#include <stop_token>
#include <string_view>

#include <soci/soci.h>

#include "core/error.hpp"
#include "db/database.hpp"
#include "modules/notifications/model.hpp"

namespace rt::notifications {

// Called inside the transaction that sends a project's invitation: the email
// to the invited person (or to each contact of the invited organisation) is
// queued with it, so a change rolled back sends nothing.
void enqueue_invitation(soci::session& sql, std::string_view partnership_id, std::string_view invitation_id, std::string_view sender_id);

// Runs the next job that is due; false when there was none. A job that fails
// is tried again later, backing off (with jitter) up to 12 attempts, then
// recorded as failed with its error.
[[nodiscard]] Result<bool> run_next_job(db::Database& database, MailSettings const& settings);

// The worker loop of `serve --workers N` and `roundtable worker`: jobs as they
// become due, until asked to stop.
void work(db::Database& database, MailSettings const& settings, std::stop_token stop);

inline constexpr long long k_most_attempts = 12;

}
