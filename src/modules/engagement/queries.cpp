#include "modules/engagement/queries.hpp"

#include <algorithm>

#include "core/crypto.hpp"
#include "modules/engagement/calendar.hpp"
#include "modules/engagement/planning.hpp"
#include "modules/partnership/queries.hpp"
#include "modules/projects/queries.hpp"

namespace rt::engagement {

namespace {

ActivityView view_of(soci::session& sql, Activity activity, bool organiser, std::string_view viewer_id)
{
    ActivityView view;
    for (auto const& signup : store::list_signups(sql, activity.partnership_id, activity.id)) {
        if (signup.person_id == viewer_id)
            view.mine = signup;
        if (signup.status == "place")
            ++view.places_taken;
        else
            ++view.waiting;
    }
    view.can_organise = organiser;
    view.activity = std::move(activity);
    return view;
}

Result<std::pair<Activity, bool>> load(soci::session& sql, Actor const& actor, std::string const& activity_id)
{
    auto activity = store::find_activity(sql, actor.partnership_id, activity_id);
    if (!activity)
        return std::unexpected(Error::not_found("There is no such activity in this partnership."));
    auto organiser = projects::can_organise(sql, actor, activity->project_id);
    if (!organiser)
        return std::unexpected(organiser.error());
    return std::pair { std::move(*activity), *organiser };
}

Error organisers_only()
{
    return Error::forbidden("Only conveners and the project's co-leads see who is coming and what they need.");
}

}

Result<Page<ActivityView>> list_activities(db::Database& database, Actor const& actor, std::string const& project_id, PageRequest const& request)
{
    return database.read([&](soci::session& sql) -> Result<Page<ActivityView>> {
        auto organiser = projects::can_organise(sql, actor, project_id);
        if (!organiser)
            return std::unexpected(organiser.error());
        auto activities = finish_page(store::list_activities(sql, actor.partnership_id, project_id, request), request.limit,
            [](Activity const& activity) { return NameCursor { activity.starts_at, activity.id }; });
        Page<ActivityView> page { {}, std::move(activities.next_cursor) };
        for (auto& activity : activities.items)
            page.items.push_back(view_of(sql, std::move(activity), *organiser, actor.person_id));
        return page;
    });
}

Result<ActivityView> get_activity(db::Database& database, Actor const& actor, std::string const& id)
{
    return database.read([&](soci::session& sql) -> Result<ActivityView> {
        auto loaded = load(sql, actor, id);
        if (!loaded)
            return std::unexpected(loaded.error());
        return view_of(sql, std::move(loaded->first), loaded->second, actor.person_id);
    });
}

Result<Page<Signup>> list_signups(db::Database& database, Actor const& actor, std::string const& activity_id, PageRequest const& request)
{
    return database.read([&](soci::session& sql) -> Result<Page<Signup>> {
        auto loaded = load(sql, actor, activity_id);
        if (!loaded)
            return std::unexpected(loaded.error());
        if (!loaded->second)
            return std::unexpected(organisers_only());
        auto page = finish_page(store::list_signups(sql, actor.partnership_id, activity_id, request), request.limit,
            [](Signup const& signup) { return NameCursor { signup.created_at, signup.id }; });
        for (auto& signup : page.items) {
            auto person = partnership::find_person(sql, actor.partnership_id, signup.person_id);
            signup.name = person ? person->name : std::string {};
        }
        return page;
    });
}

Result<Plan> get_plan(db::Database& database, Actor const& actor, std::string const& activity_id)
{
    return database.read([&](soci::session& sql) -> Result<Plan> {
        auto loaded = load(sql, actor, activity_id);
        if (!loaded)
            return std::unexpected(loaded.error());
        if (!loaded->second)
            return std::unexpected(organisers_only());
        auto signups = store::list_signups(sql, actor.partnership_id, activity_id);
        std::erase_if(signups, [](Signup const& signup) { return signup.status != "place"; });
        return make_plan(loaded->first, signups, store::arranged_needs(sql, actor.partnership_id, activity_id), now());
    });
}

Result<std::optional<MinutesView>> get_minutes(db::Database& database, Actor const& actor, std::string const& activity_id)
{
    return database.read([&](soci::session& sql) -> Result<std::optional<MinutesView>> {
        auto loaded = load(sql, actor, activity_id);
        if (!loaded)
            return std::unexpected(loaded.error());
        auto minutes = store::find_minutes(sql, actor.partnership_id, activity_id);
        if (!minutes)
            return std::optional<MinutesView> {};
        if (!loaded->second)
            minutes->minutes.clear();
        return std::optional<MinutesView> { MinutesView { std::move(*minutes), loaded->second } };
    });
}

Result<std::string> feed_for_token(db::Database& database, std::string_view token)
{
    if (token.empty() || token.size() > 100)
        return std::unexpected(Error::not_found());
    return database.read([&](soci::session& sql) -> Result<std::string> {
        auto const owner = store::find_feed(sql, sha256_hex(token));
        if (!owner)
            return std::unexpected(Error::not_found("This calendar address is not in use. Make a new one from your profile."));
        std::vector<CalendarEntry> entries;
        for (auto& activity : store::activities_of(sql, owner->partnership_id, owner->person_id)) {
            auto arranged = store::arranged_needs(sql, owner->partnership_id, activity.id);
            entries.push_back({ std::move(activity), std::move(arranged) });
        }
        return feed_calendar(entries);
    });
}

std::optional<std::string> calendar_file(soci::session& sql, std::string_view partnership_id, std::string_view activity_id)
{
    auto const activity = store::find_activity(sql, partnership_id, activity_id);
    if (!activity)
        return std::nullopt;
    return activity_calendar(*activity, store::arranged_needs(sql, partnership_id, activity_id));
}

Result<std::string> get_calendar(db::Database& database, Actor const& actor, std::string const& activity_id)
{
    return database.read([&](soci::session& sql) -> Result<std::string> {
        auto loaded = load(sql, actor, activity_id);
        if (!loaded)
            return std::unexpected(loaded.error());
        return activity_calendar(loaded->first, store::arranged_needs(sql, actor.partnership_id, activity_id));
    });
}

Result<Page<store::AttendanceRecord>> list_attendance(db::Database& database, Actor const& actor, std::string const& activity_id,
    PageRequest const& request)
{
    return database.read([&](soci::session& sql) -> Result<Page<store::AttendanceRecord>> {
        auto loaded = load(sql, actor, activity_id);
        if (!loaded)
            return std::unexpected(loaded.error());
        if (!loaded->second)
            return std::unexpected(organisers_only());
        return finish_page(store::list_attendance(sql, actor.partnership_id, activity_id, request), request.limit,
            [](store::AttendanceRecord const& record) { return NameCursor { record.recorded_at, record.person_id }; });
    });
}

BarometerCounts barometer_counts(soci::session& sql, std::string_view partnership_id, std::string_view project_id)
{
    BarometerCounts counts;
    auto const now_time = now();
    // Three queries for the whole project, however many activities it has.
    auto const places = store::places_by_activity(sql, partnership_id, project_id);
    auto const arranged = store::arranged_by_activity(sql, partnership_id, project_id);
    std::vector<Signup> const no_places;
    std::set<std::string> const nothing_arranged;
    for (auto const& activity : store::held_activities(sql, partnership_id, project_id)) {
        if (activity.chair_group)
            ++counts.chairs_by_group[*activity.chair_group];
        auto const with_place = places.find(activity.id);
        auto const done = arranged.find(activity.id);
        auto const plan = make_plan(activity, with_place == places.end() ? no_places : with_place->second,
            done == arranged.end() ? nothing_arranged : done->second, now_time);
        for (auto const& line : plan.needs) {
            counts.needs_requested += line.count;
            if (line.arranged || line.met_by_venue)
                counts.needs_met += line.count;
        }
        for (auto const& line : plan.interpreters) {
            counts.needs_requested += line.count;
            if (line.arranged)
                counts.needs_met += line.count;
        }
    }
    return counts;
}

std::optional<Traced> minutes_traced(soci::session& sql, std::string_view partnership_id, std::string_view activity_id)
{
    auto const activity = store::find_activity(sql, partnership_id, activity_id);
    if (!activity)
        return std::nullopt;
    auto const minutes = store::find_minutes(sql, partnership_id, activity_id);
    if (!minutes)
        return std::nullopt;
    auto substance = minutes->summary;
    for (auto const& action : minutes->actions)
        substance += "\n" + action.text;
    return Traced { activity->project_id, activity->title, minutes->summary, "", activity->starts_at, std::move(substance) };
}

std::optional<std::string> project_of_activity(soci::session& sql, std::string_view partnership_id, std::string_view activity_id)
{
    auto const activity = store::find_activity(sql, partnership_id, activity_id);
    if (!activity)
        return std::nullopt;
    return activity->project_id;
}

}
