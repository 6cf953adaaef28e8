#include "modules/engagement/store.hpp"

#include <boost/json.hpp>
#include <fmt/format.h>

#include "core/form.hpp"
#include "db/database.hpp"

namespace rt::engagement::store {

namespace {

constexpr std::string_view k_activity_columns = "id, partnership_id, project_id, kind, title, purpose, starts_at, ends_at, timezone, "
                                                "venue_address, venue_features, online_url, capacity, languages, status, sequence, "
                                                "created_by, created_at, updated_at, series_id, recurrence, chair_person_id, chair_group";
constexpr std::string_view k_insert_activity = R"(
    INSERT INTO activities (id, partnership_id, project_id, kind, title, purpose, starts_at, ends_at, timezone, venue_address,
                            venue_features, online_url, capacity, languages, status, sequence, created_by, created_at, updated_at,
                            series_id, recurrence, chair_person_id, chair_group)
    VALUES (:id, :partnership_id, :project_id, :kind, :title, :purpose, :starts_at, :ends_at, :timezone, :venue_address,
            :venue_features, :online_url, :capacity, :languages, :status, :sequence, :created_by, :created_at, :updated_at,
            :series_id, :recurrence, :chair_person_id, :chair_group))";
constexpr std::string_view k_insert_signup = R"(
    INSERT INTO activity_signups (id, partnership_id, activity_id, person_id, stakeholder_group, status, access_needs, language, walk_in,
                                  signed_up_by, created_at)
    VALUES (:id, :partnership_id, :activity_id, :person_id, :stakeholder_group, :status, :access_needs, :language, :walk_in,
            :signed_up_by, :created_at))";
constexpr std::string_view k_list_signups = R"(
    SELECT id, activity_id, person_id, stakeholder_group, status, access_needs, language, walk_in, created_at
    FROM activity_signups WHERE partnership_id = :partnership_id AND activity_id = :activity_id)";

Activity activity_from_row(soci::row const& row)
{
    Activity activity;
    activity.id = db::text_at(row, 0);
    activity.partnership_id = db::text_at(row, 1);
    activity.project_id = db::text_at(row, 2);
    activity.kind = db::text_at(row, 3);
    activity.title = db::text_at(row, 4);
    activity.purpose = db::text_at(row, 5);
    activity.starts_at = db::text_at(row, 6);
    activity.ends_at = db::text_at(row, 7);
    activity.timezone = db::text_at(row, 8);
    activity.venue_address = db::optional_text_at(row, 9);
    activity.venue_features = from_json_text(db::text_at(row, 10));
    activity.online_url = db::optional_text_at(row, 11);
    if (row.get_indicator(12) != soci::i_null)
        activity.capacity = db::integer_at(row, 12);
    activity.languages = from_json_text(db::text_at(row, 13));
    activity.status = db::text_at(row, 14);
    activity.sequence = db::integer_at(row, 15);
    activity.created_by = db::text_at(row, 16);
    activity.created_at = db::text_at(row, 17);
    activity.updated_at = db::text_at(row, 18);
    activity.series_id = db::optional_text_at(row, 19);
    activity.recurrence = db::optional_text_at(row, 20);
    activity.chair_person_id = db::optional_text_at(row, 21);
    activity.chair_group = db::optional_text_at(row, 22);
    return activity;
}

}

void insert_activity(soci::session& sql, Activity const& activity)
{
    auto const features = to_json_text(activity.venue_features);
    auto const languages = to_json_text(activity.languages);
    db::Nullable address { activity.venue_address }, url { activity.online_url }, series { activity.series_id }, recurrence { activity.recurrence },
        chair { activity.chair_person_id }, chair_group { activity.chair_group };
    db::Nullable<long long> capacity { activity.capacity };
    sql << k_insert_activity, soci::use(activity.id), soci::use(activity.partnership_id), soci::use(activity.project_id), soci::use(activity.kind),
        soci::use(activity.title), soci::use(activity.purpose), soci::use(activity.starts_at), soci::use(activity.ends_at),
        soci::use(activity.timezone), soci::use(address.value, address.indicator), soci::use(features), soci::use(url.value, url.indicator),
        soci::use(capacity.value, capacity.indicator), soci::use(languages), soci::use(activity.status), soci::use(activity.sequence),
        soci::use(activity.created_by), soci::use(activity.created_at), soci::use(activity.updated_at),
        soci::use(series.value, series.indicator), soci::use(recurrence.value, recurrence.indicator), soci::use(chair.value, chair.indicator),
        soci::use(chair_group.value, chair_group.indicator);
}

void update_activity(soci::session& sql, Activity const& activity)
{
    auto const features = to_json_text(activity.venue_features);
    auto const languages = to_json_text(activity.languages);
    db::Nullable address { activity.venue_address }, url { activity.online_url }, chair { activity.chair_person_id }, chair_group { activity.chair_group };
    db::Nullable<long long> capacity { activity.capacity };
    sql << "UPDATE activities SET kind = :kind, title = :title, purpose = :purpose, starts_at = :starts_at, ends_at = :ends_at, "
           "timezone = :timezone, venue_address = :venue_address, venue_features = :venue_features, online_url = :online_url, "
           "capacity = :capacity, languages = :languages, status = :status, sequence = :sequence, updated_at = :updated_at, "
           "chair_person_id = :chair_person_id, chair_group = :chair_group "
           "WHERE partnership_id = :partnership_id AND id = :id",
        soci::use(activity.kind), soci::use(activity.title), soci::use(activity.purpose), soci::use(activity.starts_at),
        soci::use(activity.ends_at), soci::use(activity.timezone), soci::use(address.value, address.indicator), soci::use(features),
        soci::use(url.value, url.indicator), soci::use(capacity.value, capacity.indicator), soci::use(languages), soci::use(activity.status),
        soci::use(activity.sequence), soci::use(activity.updated_at), soci::use(chair.value, chair.indicator),
        soci::use(chair_group.value, chair_group.indicator), soci::use(activity.partnership_id), soci::use(activity.id);
}

std::optional<Activity> find_activity(soci::session& sql, std::string_view partnership_id, std::string_view id)
{
    std::string const partnership { partnership_id }, key { id };
    std::string const select = fmt::format("SELECT {} FROM activities WHERE partnership_id = :partnership_id AND id = :id", k_activity_columns);
    soci::rowset<soci::row> rows = (sql.prepare << select, soci::use(partnership), soci::use(key));
    for (auto const& row : rows)
        return activity_from_row(row);
    return std::nullopt;
}

std::vector<Activity> list_activities(soci::session& sql, std::string_view partnership_id, std::string_view project_id, PageRequest const& page)
{
    std::string const partnership { partnership_id }, project { project_id };
    auto const keys = keyset(page, "starts_at", "id");
    std::string const select = fmt::format("SELECT {} FROM activities WHERE partnership_id = :partnership_id AND project_id = :project_id AND {} {}",
        k_activity_columns, keys.condition, keys.order_limit);
    std::vector<Activity> activities;
    soci::rowset<soci::row> rows = (sql.prepare << select, soci::use(partnership), soci::use(project), soci::use(keys.on), soci::use(keys.key),
        soci::use(keys.key), soci::use(keys.id), soci::use(keys.fetch));
    for (auto const& row : rows)
        activities.push_back(activity_from_row(row));
    return activities;
}

void insert_signup(soci::session& sql, std::string const& partnership_id, Signup const& signup, std::string const& signed_up_by)
{
    auto const needs = to_json_text(signup.access_needs);
    int const walk_in = signup.walk_in ? 1 : 0;
    sql << k_insert_signup, soci::use(signup.id), soci::use(partnership_id), soci::use(signup.activity_id), soci::use(signup.person_id),
        soci::use(signup.group), soci::use(signup.status), soci::use(needs), soci::use(signup.language), soci::use(walk_in),
        soci::use(signed_up_by), soci::use(signup.created_at);
}

void delete_signup(soci::session& sql, std::string const& partnership_id, std::string const& signup_id)
{
    sql << "DELETE FROM activity_signups WHERE partnership_id = :partnership_id AND id = :id", soci::use(partnership_id), soci::use(signup_id);
}

void set_signup_status(soci::session& sql, std::string const& partnership_id, std::string const& signup_id, std::string const& status)
{
    sql << "UPDATE activity_signups SET status = :status WHERE partnership_id = :partnership_id AND id = :id", soci::use(status),
        soci::use(partnership_id), soci::use(signup_id);
}

std::vector<Signup> list_signups(soci::session& sql, std::string_view partnership_id, std::string_view activity_id,
    std::optional<PageRequest> const& page)
{
    std::string const partnership { partnership_id }, activity { activity_id };
    auto const keys = page ? keyset(*page, "created_at", "id") : keyset_all("created_at", "id");
    std::string const select = fmt::format("{} AND {} {}", k_list_signups, keys.condition, keys.order_limit);
    std::vector<Signup> signups;
    soci::rowset<soci::row> rows = (sql.prepare << select, soci::use(partnership), soci::use(activity), soci::use(keys.on), soci::use(keys.key),
        soci::use(keys.key), soci::use(keys.id), soci::use(keys.fetch));
    for (auto const& row : rows) {
        Signup signup;
        signup.id = db::text_at(row, 0);
        signup.activity_id = db::text_at(row, 1);
        signup.person_id = db::text_at(row, 2);
        signup.group = db::text_at(row, 3);
        signup.status = db::text_at(row, 4);
        signup.access_needs = from_json_text(db::text_at(row, 5));
        signup.language = db::text_at(row, 6);
        signup.walk_in = db::integer_at(row, 7) != 0;
        signup.created_at = db::text_at(row, 8);
        signups.push_back(std::move(signup));
    }
    return signups;
}

std::vector<Activity> held_activities(soci::session& sql, std::string_view partnership_id, std::string_view project_id)
{
    std::string const partnership { partnership_id }, project { project_id };
    std::string const select = fmt::format("SELECT {} FROM activities WHERE partnership_id = :partnership_id AND project_id = :project_id "
                                           "AND status <> 'cancelled' ORDER BY starts_at, id",
        k_activity_columns);
    std::vector<Activity> activities;
    soci::rowset<soci::row> rows = (sql.prepare << select, soci::use(partnership), soci::use(project));
    for (auto const& row : rows)
        activities.push_back(activity_from_row(row));
    return activities;
}

std::map<std::string, std::set<std::string>> arranged_by_activity(soci::session& sql, std::string_view partnership_id, std::string_view project_id)
{
    std::string const partnership { partnership_id }, project { project_id };
    std::map<std::string, std::set<std::string>> arranged;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT r.activity_id, r.need FROM activity_arrangements r JOIN activities a ON a.id = r.activity_id "
                                                   "WHERE a.partnership_id = :p AND a.project_id = :project",
        soci::use(partnership), soci::use(project));
    for (auto const& row : rows)
        arranged[db::text_at(row, 0)].insert(db::text_at(row, 1));
    return arranged;
}

std::map<std::string, std::vector<Signup>> places_by_activity(soci::session& sql, std::string_view partnership_id, std::string_view project_id)
{
    std::string const partnership { partnership_id }, project { project_id };
    std::map<std::string, std::vector<Signup>> places;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT s.activity_id, s.access_needs, s.language FROM activity_signups s "
                                                   "JOIN activities a ON a.id = s.activity_id WHERE a.partnership_id = :p AND a.project_id = :project "
                                                   "AND s.status = 'place'",
        soci::use(partnership), soci::use(project));
    for (auto const& row : rows) {
        Signup signup;
        signup.activity_id = db::text_at(row, 0);
        signup.status = "place";
        signup.access_needs = from_json_text(db::text_at(row, 1));
        signup.language = db::text_at(row, 2);
        places[signup.activity_id].push_back(std::move(signup));
    }
    return places;
}

void set_arranged(soci::session& sql, std::string const& partnership_id, std::string const& activity_id, std::string const& need,
    std::string const& by, std::string const& at)
{
    unset_arranged(sql, partnership_id, activity_id, need);
    sql << "INSERT INTO activity_arrangements (partnership_id, activity_id, need, arranged_by, arranged_at) "
           "VALUES (:partnership_id, :activity_id, :need, :arranged_by, :arranged_at)",
        soci::use(partnership_id), soci::use(activity_id), soci::use(need), soci::use(by), soci::use(at);
}

void unset_arranged(soci::session& sql, std::string const& partnership_id, std::string const& activity_id, std::string const& need)
{
    sql << "DELETE FROM activity_arrangements WHERE partnership_id = :partnership_id AND activity_id = :activity_id AND need = :need",
        soci::use(partnership_id), soci::use(activity_id), soci::use(need);
}

std::set<std::string> arranged_needs(soci::session& sql, std::string_view partnership_id, std::string_view activity_id)
{
    std::string const partnership { partnership_id }, activity { activity_id };
    std::set<std::string> needs;
    soci::rowset<std::string> rows = (sql.prepare << "SELECT need FROM activity_arrangements WHERE partnership_id = :partnership_id "
                                                     "AND activity_id = :activity_id",
        soci::use(partnership), soci::use(activity));
    for (auto const& need : rows)
        needs.insert(need);
    return needs;
}

namespace {

std::string actions_json(std::vector<Action> const& actions)
{
    boost::json::array array;
    for (auto const& action : actions)
        array.push_back({ { "text", action.text }, { "owner", action.owner }, { "due_on", action.due_on }, { "done", action.done } });
    return boost::json::serialize(array);
}

std::vector<Action> actions_from(std::string const& text)
{
    std::vector<Action> actions;
    boost::system::error_code error;
    auto const parsed = boost::json::parse(text, error);
    if (error || !parsed.is_array())
        return actions;
    for (auto const& entry : parsed.get_array()) {
        auto const& object = entry.as_object();
        actions.push_back({ std::string { object.at("text").as_string() }, std::string { object.at("owner").as_string() },
            std::string { object.at("due_on").as_string() }, object.at("done").as_bool() });
    }
    return actions;
}

}

void save_minutes(soci::session& sql, std::string const& partnership_id, std::string const& activity_id, Minutes const& minutes,
    std::string const& by)
{
    auto const actions = actions_json(minutes.actions);
    sql << "DELETE FROM activity_minutes WHERE partnership_id = :partnership_id AND activity_id = :activity_id", soci::use(partnership_id),
        soci::use(activity_id);
    sql << "INSERT INTO activity_minutes (activity_id, partnership_id, minutes, summary, actions, updated_by, updated_at) "
           "VALUES (:activity_id, :partnership_id, :minutes, :summary, :actions, :updated_by, :updated_at)",
        soci::use(activity_id), soci::use(partnership_id), soci::use(minutes.minutes), soci::use(minutes.summary), soci::use(actions),
        soci::use(by), soci::use(minutes.updated_at);
}

std::optional<Minutes> find_minutes(soci::session& sql, std::string_view partnership_id, std::string_view activity_id)
{
    std::string const partnership { partnership_id }, activity { activity_id };
    Minutes minutes;
    std::string actions;
    sql << "SELECT minutes, summary, actions, updated_at FROM activity_minutes WHERE partnership_id = :partnership_id AND activity_id = :activity_id",
        soci::use(partnership), soci::use(activity), soci::into(minutes.minutes), soci::into(minutes.summary), soci::into(actions),
        soci::into(minutes.updated_at);
    if (!sql.got_data())
        return std::nullopt;
    minutes.actions = actions_from(actions);
    return minutes;
}

void replace_feed(soci::session& sql, std::string const& partnership_id, std::string const& person_id, std::string const& token_hash,
    std::string const& at)
{
    sql << "DELETE FROM calendar_feeds WHERE partnership_id = :partnership_id AND person_id = :person_id", soci::use(partnership_id),
        soci::use(person_id);
    sql << "INSERT INTO calendar_feeds (token_hash, partnership_id, person_id, created_at) VALUES (:token_hash, :partnership_id, :person_id, :at)",
        soci::use(token_hash), soci::use(partnership_id), soci::use(person_id), soci::use(at);
}

std::optional<FeedOwner> find_feed(soci::session& sql, std::string_view token_hash)
{
    std::string const key { token_hash };
    FeedOwner owner;
    sql << "SELECT partnership_id, person_id FROM calendar_feeds WHERE token_hash = :token_hash", soci::use(key), soci::into(owner.partnership_id),
        soci::into(owner.person_id);
    if (!sql.got_data())
        return std::nullopt;
    return owner;
}

std::vector<Activity> activities_of(soci::session& sql, std::string_view partnership_id, std::string_view person_id)
{
    std::string const partnership { partnership_id }, person { person_id };
    std::string const select = fmt::format("SELECT {} FROM activities WHERE partnership_id = :partnership_id AND id IN "
                                           "(SELECT activity_id FROM activity_signups WHERE partnership_id = :partnership_id_again "
                                           "AND person_id = :person_id) ORDER BY starts_at, id",
        k_activity_columns);
    std::vector<Activity> activities;
    soci::rowset<soci::row> rows = (sql.prepare << select, soci::use(partnership), soci::use(partnership), soci::use(person));
    for (auto const& row : rows)
        activities.push_back(activity_from_row(row));
    return activities;
}

void insert_attendance(soci::session& sql, std::string const& partnership_id, std::string const& activity_id, AttendanceRecord const& record,
    std::string const& by)
{
    int const paid_by_employer = record.paid_by_employer ? 1 : 0;
    sql << "INSERT INTO activity_attendance (partnership_id, activity_id, person_id, stakeholder_group, recorded_by, recorded_at, paid_by_employer, "
           "early_reason) VALUES (:partnership_id, :activity_id, :person_id, :stakeholder_group, :recorded_by, :recorded_at, :paid_by_employer, "
           ":early_reason)",
        soci::use(partnership_id), soci::use(activity_id), soci::use(record.person_id), soci::use(record.group), soci::use(by),
        soci::use(record.recorded_at), soci::use(paid_by_employer), soci::use(record.early_reason);
}

std::vector<AttendanceRecord> list_attendance(soci::session& sql, std::string_view partnership_id, std::string_view activity_id,
    std::optional<PageRequest> const& page)
{
    std::string const partnership { partnership_id }, activity { activity_id };
    auto const keys = page ? keyset(*page, "recorded_at", "person_id") : keyset_all("recorded_at", "person_id");
    std::vector<AttendanceRecord> records;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT person_id, stakeholder_group, recorded_at, paid_by_employer, early_reason FROM activity_attendance "
                                                   "WHERE partnership_id = :partnership_id AND activity_id = :activity_id AND "
                                                       + keys.condition + " " + keys.order_limit,
        soci::use(partnership), soci::use(activity), soci::use(keys.on), soci::use(keys.key), soci::use(keys.key), soci::use(keys.id),
        soci::use(keys.fetch));
    for (auto const& row : rows)
        records.push_back({ db::text_at(row, 0), db::text_at(row, 1), db::text_at(row, 2), db::integer_at(row, 3) != 0, db::text_at(row, 4) });
    return records;
}

}
