#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/actor.hpp"
#include "db/database.hpp"
#include "modules/accounts/model.hpp"

namespace rt::accounts {

// The actor behind a session cookie's token, or nothing when the session is
// unknown or expired. Extends the idle expiry (at most every few minutes).
[[nodiscard]] std::optional<Actor> authenticate(db::Database& database, std::string_view token);

[[nodiscard]] bool has_account(db::Database& database, std::string_view partnership_id, std::string_view person_id);

[[nodiscard]] bool has_account(soci::session& sql, std::string_view partnership_id, std::string_view person_id);

// For the finance controls: when the person was last sent a sign-in link
// (an account invitation or a reset), and who invited whom since a time.
[[nodiscard]] std::optional<std::string> latest_link_issued_at(soci::session& sql, std::string const& partnership_id, std::string const& person_id);
[[nodiscard]] std::vector<LinkIssued> invitations_since(soci::session& sql, std::string const& partnership_id, std::string const& since);

// A reset link asked for and not used yet, which the person is told of.
[[nodiscard]] std::optional<PendingReset> pending_reset(soci::session& sql, std::string const& partnership_id, std::string const& person_id);

// The web app's page for an invitation, relative to the site.
[[nodiscard]] std::string invite_path(std::string_view token);

}
