#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <soci/soci.h>

#include "core/cursor.hpp"
#include "modules/engagement/model.hpp"

namespace rt::engagement::store {

void insert_activity(soci::session& sql, Activity const& activity);
void update_activity(soci::session& sql, Activity const& activity);
[[nodiscard]] std::optional<Activity> find_activity(soci::session& sql, std::string_view partnership_id, std::string_view id);
// Soonest first: one keyset page (limit + 1 rows) on (starts_at, id).
[[nodiscard]] std::vector<Activity> list_activities(soci::session& sql, std::string_view partnership_id, std::string_view project_id,
    PageRequest const& page);

void insert_signup(soci::session& sql, std::string const& partnership_id, Signup const& signup, std::string const& signed_up_by);
void delete_signup(soci::session& sql, std::string const& partnership_id, std::string const& signup_id);
void set_signup_status(soci::session& sql, std::string const& partnership_id, std::string const& signup_id, std::string const& status);
// In the order people signed up; with a page, that keyset page (limit + 1 rows) on (created_at, id).
[[nodiscard]] std::vector<Signup> list_signups(soci::session& sql, std::string_view partnership_id, std::string_view activity_id,
    std::optional<PageRequest> const& page = std::nullopt);

void set_arranged(soci::session& sql, std::string const& partnership_id, std::string const& activity_id, std::string const& need,
    std::string const& by, std::string const& at);
void unset_arranged(soci::session& sql, std::string const& partnership_id, std::string const& activity_id, std::string const& need);
[[nodiscard]] std::set<std::string> arranged_needs(soci::session& sql, std::string_view partnership_id, std::string_view activity_id);
// The project's activities that are not cancelled, soonest first, and what
// has been arranged for each (by activity id): for the barometer, in one query each.
[[nodiscard]] std::vector<Activity> held_activities(soci::session& sql, std::string_view partnership_id, std::string_view project_id);
[[nodiscard]] std::map<std::string, std::set<std::string>> arranged_by_activity(soci::session& sql, std::string_view partnership_id,
    std::string_view project_id);
// The sign-ups with a place at the project's activities, by activity: only
// what planning reads (needs and language), in one query.
[[nodiscard]] std::map<std::string, std::vector<Signup>> places_by_activity(soci::session& sql, std::string_view partnership_id,
    std::string_view project_id);

void save_minutes(soci::session& sql, std::string const& partnership_id, std::string const& activity_id, Minutes const& minutes,
    std::string const& by);
[[nodiscard]] std::optional<Minutes> find_minutes(soci::session& sql, std::string_view partnership_id, std::string_view activity_id);

// Personal calendar feeds: only a hash of the token is kept.
void replace_feed(soci::session& sql, std::string const& partnership_id, std::string const& person_id, std::string const& token_hash,
    std::string const& at);
struct FeedOwner {
    std::string partnership_id;
    std::string person_id;
};
[[nodiscard]] std::optional<FeedOwner> find_feed(soci::session& sql, std::string_view token_hash);
// The activities a person has signed up for, soonest first.
[[nodiscard]] std::vector<Activity> activities_of(soci::session& sql, std::string_view partnership_id, std::string_view person_id);

struct AttendanceRecord {
    std::string person_id;
    std::string group;
    std::string recorded_at;
    bool paid_by_employer { false };
    std::string early_reason; // a convener's reason for recording before the start
};
void insert_attendance(soci::session& sql, std::string const& partnership_id, std::string const& activity_id, AttendanceRecord const& record,
    std::string const& by);
// In the order recorded; with a page, that keyset page (limit + 1 rows) on (recorded_at, person_id).
[[nodiscard]] std::vector<AttendanceRecord> list_attendance(soci::session& sql, std::string_view partnership_id, std::string_view activity_id,
    std::optional<PageRequest> const& page = std::nullopt);

}
