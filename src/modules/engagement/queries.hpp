#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/actor.hpp"
#include "core/cursor.hpp"
#include "core/error.hpp"
#include "core/traced.hpp"
#include "db/database.hpp"
#include "modules/engagement/model.hpp"
#include "modules/engagement/store.hpp"

namespace rt::engagement {

struct ActivityView {
    Activity activity;
    long long places_taken { 0 };
    long long waiting { 0 };
    bool can_organise { false };
    std::optional<Signup> mine; // the viewer's own sign-up, if any
};

// Soonest first.
[[nodiscard]] Result<Page<ActivityView>> list_activities(db::Database& database, Actor const& actor, std::string const& project_id,
    PageRequest const& page);
[[nodiscard]] Result<ActivityView> get_activity(db::Database& database, Actor const& actor, std::string const& id);
// Organisers only: who is coming, with their needs.
[[nodiscard]] Result<Page<Signup>> list_signups(db::Database& database, Actor const& actor, std::string const& activity_id, PageRequest const& page);
[[nodiscard]] Result<Plan> get_plan(db::Database& database, Actor const& actor, std::string const& activity_id);
struct MinutesView {
    Minutes minutes;
    bool full { false }; // the organisers see the whole minutes; others the summary and actions
};
[[nodiscard]] Result<std::optional<MinutesView>> get_minutes(db::Database& database, Actor const& actor, std::string const& activity_id);
// The calendar behind a private feed token (no session: the token is the key).
[[nodiscard]] Result<std::string> feed_for_token(db::Database& database, std::string_view token);
// For the notifications module: the activity's calendar file, to attach to
// its emails; nothing when the activity is gone.
[[nodiscard]] std::optional<std::string> calendar_file(soci::session& sql, std::string_view partnership_id, std::string_view activity_id);
[[nodiscard]] Result<std::string> get_calendar(db::Database& database, Actor const& actor, std::string const& activity_id);
[[nodiscard]] Result<Page<store::AttendanceRecord>> list_attendance(db::Database& database, Actor const& actor, std::string const& activity_id,
    PageRequest const& page);

// For the barometer: activities chaired by each group, the access needs and
// interpreter requests of people with a place at the project's activities
// (not cancelled) and how many were met (arranged, or met by the venue).
struct BarometerCounts {
    std::map<std::string, long long> chairs_by_group;
    long long needs_requested { 0 };
    long long needs_met { 0 };
};
[[nodiscard]] BarometerCounts barometer_counts(soci::session& sql, std::string_view partnership_id, std::string_view project_id);

// For the documents module's golden thread: an activity through its
// published minutes (the summary and the actions agreed, which are also the
// substance); nothing when it has no minutes or is not in the partnership.
[[nodiscard]] std::optional<Traced> minutes_traced(soci::session& sql, std::string_view partnership_id, std::string_view activity_id);

// For the contributions module: the project an activity belongs to; nothing
// when there is no such activity in the partnership.
[[nodiscard]] std::optional<std::string> project_of_activity(soci::session& sql, std::string_view partnership_id, std::string_view activity_id);

}
