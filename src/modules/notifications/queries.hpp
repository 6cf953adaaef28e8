#pragma once

#include <string>

#include "core/actor.hpp"
#include "core/cursor.hpp"
#include "core/error.hpp"
#include "db/database.hpp"
#include "modules/notifications/model.hpp"

namespace rt::notifications {

// The reader's own notifications, newest first.
[[nodiscard]] Result<Page<Notification>> list_notifications(db::Database& database, Actor const& actor, bool unread_only, PageRequest const& page);
[[nodiscard]] Result<long long> unread_count(db::Database& database, Actor const& actor);

// Every topic with how it comes to the reader ("email" unless they chose).
struct Preferences {
    bool has_email { false };
    std::vector<Preference> topics;
};
[[nodiscard]] Result<Preferences> get_preferences(db::Database& database, Actor const& actor);

// What an unsubscribe link would stop, before the click.
struct UnsubscribeView {
    Preference preference;
    std::string partnership_name;
};
[[nodiscard]] Result<UnsubscribeView> read_unsubscribe(db::Database& database, std::string const& token, std::string const& key);

}
