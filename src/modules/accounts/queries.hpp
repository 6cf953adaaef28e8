#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/actor.hpp"
#include "db/database.hpp"

namespace rt::accounts {

// The actor behind a session cookie's token, or nothing when the session is
// unknown or expired. Extends the idle expiry (at most every few minutes).
[[nodiscard]] std::optional<Actor> authenticate(db::Database& database, std::string_view token);

[[nodiscard]] bool has_account(db::Database& database, std::string_view partnership_id, std::string_view person_id);

// The web app's page for an invitation, relative to the site.
[[nodiscard]] std::string invite_path(std::string_view token);

}
