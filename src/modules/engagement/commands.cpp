#include "modules/language/service.hpp"
#include "modules/engagement/commands.hpp"

#include <algorithm>

#include <boost/json.hpp>

#include "core/crypto.hpp"
#include "core/form.hpp"
#include "core/ids.hpp"
#include "core/time.hpp"
#include "modules/engagement/calendar.hpp"
#include "modules/engagement/store.hpp"

#include <fmt/format.h>
#include "modules/notifications/commands.hpp"
#include "modules/partnership/queries.hpp"
#include "modules/privacy/audit.hpp"
#include "modules/projects/commands.hpp"
#include "modules/projects/lifecycle.hpp"
#include "modules/projects/model.hpp"
#include "modules/projects/queries.hpp"
#include "modules/resources/commands.hpp"
#include "modules/resources/queries.hpp"

namespace rt::engagement {

namespace {

Error activity_not_found()
{
    return Error::not_found("There is no such activity in this partnership.");
}

// The activity, and whether the actor organises it.
Result<std::pair<Activity, bool>> load(soci::session& sql, Actor const& actor, std::string const& activity_id)
{
    auto activity = store::find_activity(sql, actor.partnership_id, activity_id);
    if (!activity)
        return std::unexpected(activity_not_found());
    auto organiser = projects::can_organise(sql, actor, activity->project_id);
    if (!organiser)
        return std::unexpected(organiser.error());
    return std::pair { std::move(*activity), *organiser };
}

// The chair is a person of the partnership who belongs to the group they chair
// for. When no group is given it is inferred from a person with only one.
Status resolve_chair(soci::session& sql, Actor const& actor, Activity& activity)
{
    if (!activity.chair_person_id)
        return {};
    auto person = partnership::find_person(sql, actor.partnership_id, *activity.chair_person_id);
    if (!person)
        return std::unexpected(Error::invalid_field("chair", "Choose a chair from this partnership, in a group they belong to."));
    if (!activity.chair_group) {
        if (person->groups.size() != 1)
            return std::unexpected(Error::invalid_field("chair.group",
                person->groups.empty() ? person->name + " has no group yet: add the group they take part in first."
                                       : "Choose which of " + person->name + "'s groups they chair for."));
        activity.chair_group = person->groups.front();
    }
    if (std::ranges::find(person->groups, *activity.chair_group) == person->groups.end())
        return std::unexpected(Error::invalid_field("chair", "Choose a chair from this partnership, in a group they belong to."));
    return {};
}

std::string chair_name(soci::session& sql, Actor const& actor, std::string const& person_id)
{
    auto person = partnership::find_person(sql, actor.partnership_id, person_id);
    return person ? person->name : std::string {};
}

// The activity's current values in the shape of a request body.
boost::json::object current_values(Activity const& activity)
{
    boost::json::object object { { "kind", activity.kind }, { "title", activity.title }, { "purpose", activity.purpose },
        { "starts_at", activity.starts_at }, { "ends_at", activity.ends_at }, { "timezone", activity.timezone },
        { "languages", to_json_array(activity.languages) } };
    if (activity.venue_address)
        object["venue"] = boost::json::object { { "address", *activity.venue_address }, { "features", to_json_array(activity.venue_features) } };
    if (activity.online_url)
        object["online_url"] = *activity.online_url;
    if (activity.capacity)
        object["capacity"] = *activity.capacity;
    if (activity.chair_person_id)
        object["chair"] = boost::json::object { { "person_id", *activity.chair_person_id }, { "group", activity.chair_group.value_or("") } };
    return object;
}

// What an activity's notices say: its title, time and place, and whether the
// person is waiting for a place.
std::string notice_params(Activity const& activity, bool waiting)
{
    auto const place = activity.venue_address.value_or("");
    return boost::json::serialize(boost::json::object { { "activity_id", activity.id }, { "activity_title", activity.title },
        { "starts_at", activity.starts_at }, { "time_zone", activity.timezone }, { "place", place }, { "waiting", waiting } });
}

void tell(soci::session& sql, Activity const& activity, std::string const& person_id, std::string const& kind, bool waiting, std::string const& key)
{
    notifications::notify(sql, activity.partnership_id, { person_id, kind, notice_params(activity, waiting), "/activities/" + activity.id, key });
}

// The reminder two days before, for someone with a place; none when that is
// already past. Keyed by the start, so a moved activity gets a new one.
void schedule_reminder(soci::session& sql, Activity const& activity, std::string const& person_id)
{
    auto const starts = parse_time(activity.starts_at);
    if (!starts)
        return;
    auto const at = *starts - std::chrono::hours { 48 };
    if (at <= now())
        return;
    notifications::schedule(sql, activity.partnership_id, "activity_reminder", "activity_reminder:" + activity.id + ":" + person_id + ":" + activity.starts_at,
        boost::json::serialize(boost::json::object { { "activity_id", activity.id }, { "person_id", person_id }, { "starts_at", activity.starts_at } }),
        format_time(at));
}

// Gives free places to those waiting, longest first (sign-up order). Walk-ins
// may have taken the room past the capacity, so places are counted, not assumed.
void offer_free_places(soci::session& sql, Actor const& actor, Activity const& activity)
{
    auto const signups = store::list_signups(sql, actor.partnership_id, activity.id);
    auto places = std::ranges::count_if(signups, [](Signup const& signup) { return signup.status == "place"; });
    for (auto const& signup : signups) {
        if (signup.status != "waiting" || (activity.capacity && places >= *activity.capacity))
            continue;
        store::set_signup_status(sql, actor.partnership_id, signup.id, "place");
        privacy::record(sql, actor.partnership_id, actor.person_id, { "activity.place_offered", "activity", activity.id, std::nullopt, signup.id });
        tell(sql, activity, signup.person_id, "waiting_list_place", false, "waiting_list_place:" + signup.id);
        schedule_reminder(sql, activity, signup.person_id);
        ++places;
    }
}

Error organisers_only()
{
    return Error::forbidden("Only conveners and the project's co-leads organise its activities.");
}

}

Result<Activity> create_activity(db::Database& database, Actor const& actor, std::string const& project_id, ActivityForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<Activity> {
        auto organiser = projects::can_organise(sql, actor, project_id);
        if (!organiser)
            return std::unexpected(organiser.error());
        if (!*organiser)
            return std::unexpected(organisers_only());
        auto first = form.activity;
        if (auto checked = resolve_chair(sql, actor, first); !checked)
            return std::unexpected(checked.error());
        first.partnership_id = actor.partnership_id;
        first.project_id = project_id;
        first.created_by = actor.person_id;
        first.created_at = first.updated_at = now_text();
        int const meetings = form.repeat ? form.repeat->count : 1;
        if (form.repeat) {
            first.series_id = new_id();
            first.recurrence = fmt::format("FREQ={};COUNT={}", form.repeat->every == "week" ? "WEEKLY" : "MONTHLY", meetings);
        }
        // A series is one record per meeting, each its own activity.
        for (int meeting = 0; meeting < meetings; ++meeting) {
            auto activity = first;
            activity.id = new_id();
            if (meeting > 0) {
                activity.starts_at = step_in_zone(first.starts_at, first.timezone, form.repeat->every, meeting);
                activity.ends_at = step_in_zone(first.ends_at, first.timezone, form.repeat->every, meeting);
            }
            store::insert_activity(sql, activity);
            if (auto checked = language::record_published(sql, actor, { "activity", activity.id, "purpose", activity.purpose, project_id }); !checked)
                return std::unexpected(checked.error());
            if (activity.chair_person_id)
                projects::record_chair(sql, actor.partnership_id, project_id, *activity.chair_group, *activity.chair_person_id,
                    chair_name(sql, actor, *activity.chair_person_id), activity.starts_at);
            privacy::record(sql, actor.partnership_id, actor.person_id, { "activity.created", "activity", activity.id });
            if (meeting == 0)
                first.id = activity.id;
        }
        return first;
    });
}

Result<Signup> sign_up(db::Database& database, Actor const& actor, std::string const& activity_id, SignupForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<Signup> {
        // Serialises sign-ups in the partnership, so the count of places is true.
        privacy::lock_for_change(sql, actor.partnership_id);
        auto loaded = load(sql, actor, activity_id);
        if (!loaded)
            return std::unexpected(loaded.error());
        auto const& [activity, organiser] = *loaded;
        bool const for_someone_else = form.person_id && *form.person_id != actor.person_id;
        if ((for_someone_else || form.walk_in) && !organiser)
            return std::unexpected(Error::forbidden("Only the organisers can sign other people up or record walk-ins."));
        if (activity.status == "cancelled")
            return std::unexpected(Error::conflict("This activity has been cancelled."));
        auto person = partnership::find_person(sql, actor.partnership_id, form.person_id.value_or(actor.person_id));
        if (!person)
            return std::unexpected(Error::invalid_field("person_id", "Choose a person from this partnership."));

        auto const signups = store::list_signups(sql, actor.partnership_id, activity_id);
        if (std::ranges::any_of(signups, [&](Signup const& signup) { return signup.person_id == person->id; }))
            return std::unexpected(Error::conflict(person->name + " is already signed up."));
        auto const places = std::ranges::count_if(signups, [](Signup const& signup) { return signup.status == "place"; });

        Signup signup;
        signup.id = new_id();
        signup.activity_id = activity_id;
        signup.person_id = person->id;
        signup.group = projects::default_group(person->groups);
        signup.access_needs = form.access_needs.value_or(person->access_needs);
        signup.language = form.language.value_or(person->preferred_language);
        signup.walk_in = form.walk_in;
        signup.status = form.walk_in || !activity.capacity || places < *activity.capacity ? "place" : "waiting";
        signup.created_at = now_text();
        signup.name = person->name;
        store::insert_signup(sql, actor.partnership_id, signup, actor.person_id);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "activity.signed_up", "activity", activity_id, std::nullopt, signup.id });
        // A walk-in is there already: no confirmation, no reminder.
        if (!form.walk_in) {
            tell(sql, activity, signup.person_id, "activity_confirmation", signup.status == "waiting", "activity_confirmation:" + signup.id);
            if (signup.status == "place")
                schedule_reminder(sql, activity, signup.person_id);
        }
        return signup;
    });
}

Result<Activity> update_activity(db::Database& database, Actor const& actor, std::string const& activity_id, boost::json::object change)
{
    return database.write([&](soci::session& sql) -> Result<Activity> {
        privacy::lock_for_change(sql, actor.partnership_id);
        auto loaded = load(sql, actor, activity_id);
        if (!loaded)
            return std::unexpected(loaded.error());
        if (!loaded->second)
            return std::unexpected(organisers_only());
        auto const& current = loaded->first;
        if (change.contains("repeat"))
            return std::unexpected(Error::invalid_field("repeat", "A series is set when it is planned; change each meeting on its own."));
        std::optional<std::string> status;
        if (auto const* value = change.if_contains("status")) {
            if (!value->is_string() || (value->get_string() != "cancelled" && value->get_string() != "scheduled"))
                return std::unexpected(Error::invalid_field("status", "Choose scheduled or cancelled."));
            status = std::string { value->get_string() };
            change.erase("status");
        }
        auto merged = current_values(current);
        for (auto const& entry : change) {
            // Moving between a venue and online replaces the other.
            if (entry.key() == "venue" && !entry.value().is_null())
                merged.erase("online_url");
            if (entry.key() == "online_url" && !entry.value().is_null())
                merged.erase("venue");
            merged[entry.key()] = entry.value();
        }
        auto form = ActivityForm::read(merged);
        if (!form)
            return std::unexpected(form.error());
        // A chair who has since left their group does not block other changes.
        bool chair_changed = form->activity.chair_person_id != current.chair_person_id || form->activity.chair_group != current.chair_group;
        if (chair_changed) {
            if (auto checked = resolve_chair(sql, actor, form->activity); !checked)
                return std::unexpected(checked.error());
            // A chair named again without a group may turn out to be the same one.
            chair_changed = form->activity.chair_person_id != current.chair_person_id || form->activity.chair_group != current.chair_group;
        }
        Activity activity = form->activity;
        activity.id = current.id;
        activity.partnership_id = current.partnership_id;
        activity.project_id = current.project_id;
        activity.series_id = current.series_id;
        activity.recurrence = current.recurrence;
        activity.status = status.value_or(current.status);
        activity.sequence = current.sequence + 1;
        activity.created_by = current.created_by;
        activity.created_at = current.created_at;
        activity.updated_at = now_text();
        store::update_activity(sql, activity);
        if (activity.purpose != current.purpose)
            if (auto checked = language::record_published(sql, actor, { "activity", activity.id, "purpose", activity.purpose, activity.project_id });
                !checked)
                return std::unexpected(checked.error());
        if (activity.chair_person_id && chair_changed)
            projects::record_chair(sql, actor.partnership_id, activity.project_id, *activity.chair_group, *activity.chair_person_id,
                chair_name(sql, actor, *activity.chair_person_id), activity.starts_at);
        offer_free_places(sql, actor, activity);
        privacy::record(sql, actor.partnership_id, actor.person_id,
            { activity.status == "cancelled" && current.status != "cancelled" ? "activity.cancelled" : "activity.updated", "activity", activity.id });
        // Those signed up hear of a new time or place, or of the cancellation,
        // with the calendar file at the new sequence. Other changes (the
        // purpose, the chair) do not need an email.
        bool const cancelled = activity.status == "cancelled" && current.status != "cancelled";
        bool const moved = activity.starts_at != current.starts_at || activity.ends_at != current.ends_at
            || activity.venue_address != current.venue_address || activity.online_url != current.online_url;
        if (cancelled || (moved && activity.status != "cancelled"))
            for (auto const& signup : store::list_signups(sql, actor.partnership_id, activity.id)) {
                tell(sql, activity, signup.person_id, cancelled ? "activity_cancelled" : "activity_changed", signup.status == "waiting",
                    "activity_change:" + activity.id + ":" + std::to_string(activity.sequence));
                if (!cancelled && signup.status == "place" && activity.starts_at != current.starts_at)
                    schedule_reminder(sql, activity, signup.person_id);
            }
        return activity;
    });
}

Status cancel_sign_up(db::Database& database, Actor const& actor, std::string const& activity_id, std::optional<std::string> const& person_id)
{
    return database.write([&](soci::session& sql) -> Status {
        privacy::lock_for_change(sql, actor.partnership_id);
        auto loaded = load(sql, actor, activity_id);
        if (!loaded)
            return std::unexpected(loaded.error());
        auto const who = person_id.value_or(actor.person_id);
        if (who != actor.person_id && !loaded->second)
            return std::unexpected(organisers_only());
        auto const signups = store::list_signups(sql, actor.partnership_id, activity_id);
        auto const mine = std::ranges::find(signups, who, &Signup::person_id);
        if (mine == signups.end())
            return std::unexpected(Error::not_found("There is no sign-up to cancel."));
        store::delete_signup(sql, actor.partnership_id, mine->id);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "activity.sign_up_cancelled", "activity", activity_id, mine->id, std::nullopt });
        offer_free_places(sql, actor, loaded->first);
        return {};
    });
}

Result<Minutes> save_minutes(db::Database& database, Actor const& actor, std::string const& activity_id, MinutesForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<Minutes> {
        privacy::lock_for_change(sql, actor.partnership_id);
        auto loaded = load(sql, actor, activity_id);
        if (!loaded)
            return std::unexpected(loaded.error());
        if (!loaded->second)
            return std::unexpected(organisers_only());
        auto minutes = form.minutes;
        minutes.updated_at = now_text();
        store::save_minutes(sql, actor.partnership_id, activity_id, minutes, actor.person_id);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "activity.minutes_saved", "activity", activity_id });
        // The actions are published with the summary: checked with it, and counted in its figures.
        language::Published published { "minutes", activity_id, "summary", minutes.summary, loaded->first.project_id };
        for (std::size_t index = 0; index < minutes.actions.size(); ++index)
            published.checked_with.emplace_back("actions[" + std::to_string(index) + "].text", minutes.actions[index].text);
        if (auto checked = language::record_published(sql, actor, published); !checked)
            return std::unexpected(checked.error());
        return minutes;
    });
}

Result<std::string> new_calendar_feed(db::Database& database, Actor const& actor)
{
    auto const token = random_token(32);
    return database.write([&](soci::session& sql) -> Result<std::string> {
        privacy::lock_for_change(sql, actor.partnership_id);
        store::replace_feed(sql, actor.partnership_id, actor.person_id, sha256_hex(token), now_text());
        privacy::record(sql, actor.partnership_id, actor.person_id, { "calendar_feed.created", "person", actor.person_id });
        return token;
    });
}

Status set_arranged(db::Database& database, Actor const& actor, std::string const& activity_id, ArrangedForm const& form)
{
    return database.write([&](soci::session& sql) -> Status {
        privacy::lock_for_change(sql, actor.partnership_id);
        auto loaded = load(sql, actor, activity_id);
        if (!loaded)
            return std::unexpected(loaded.error());
        if (!loaded->second)
            return std::unexpected(organisers_only());
        if (form.arranged)
            store::set_arranged(sql, actor.partnership_id, activity_id, form.need, actor.person_id, now_text());
        else
            store::unset_arranged(sql, actor.partnership_id, activity_id, form.need);
        privacy::record(sql, actor.partnership_id, actor.person_id,
            { .action = form.arranged ? "activity.need_arranged" : "activity.need_unarranged", .subject_type = "activity", .subject_id = activity_id,
                .fields = { form.need } });
        return {};
    });
}

namespace {

// Attendance (and claims) are for what has happened. Before the start only a
// convener records it, with a reason that is kept with the record and audited
// (someone who has to leave before a late start, say).
Status check_started(Actor const& actor, Activity const& activity, std::string const& early_reason)
{
    auto const starts = parse_time(activity.starts_at);
    if (!starts || *starts <= now())
        return {};
    if (early_reason.empty()) {
        Error error = Error::conflict("This activity has not started yet, so nobody can be recorded as attending. "
                                      "A convener can record it early by giving a reason.");
        error.code = "not_started";
        return std::unexpected(std::move(error));
    }
    if (!actor.is_convener())
        return std::unexpected(Error::forbidden("Only a convener can record attendance before an activity starts."));
    return {};
}

// One person's attendance, inside the caller's transaction. `field` prefixes
// the names in errors ("entries[3]." on the register, "" alone).
Status record_one(soci::session& sql, Actor const& actor, Activity const& activity, AttendanceForm const& form,
    std::vector<store::AttendanceRecord> const& attended, std::string const& early_reason, std::string const& field)
{
    auto person = partnership::find_person(sql, actor.partnership_id, form.person_id);
    if (!person)
        return std::unexpected(Error::invalid_field(field + "person_id", "Choose a person from this partnership."));
    if (std::ranges::any_of(attended, [&](auto const& record) { return record.person_id == person->id; })) {
        if (field.empty())
            return std::unexpected(Error::conflict(person->name + " is already recorded as attending."));
        return std::unexpected(Error::invalid_field(field + "person_id", person->name + " is already recorded as attending."));
    }
    auto const groups = projects::groups_in_project(sql, actor.partnership_id, activity.project_id, person->id, person->groups);
    if (groups.empty())
        return std::unexpected(
            Error::invalid_field(field + "group", person->name + " has no group in their profile yet: add the group they take part in first."));
    auto group = form.group.value_or(projects::default_group(groups));
    if (form.group && std::ranges::find(groups, *form.group) == groups.end())
        return std::unexpected(Error::invalid_field(field + "group", person->name + " does not take part in that group in this project."));
    auto const time = now_text();
    bool const paid_by_employer = form.paid_by_employer.value_or(resources::employer_paid(group));
    store::insert_attendance(sql, actor.partnership_id, activity.id, { person->id, group, time, paid_by_employer, early_reason }, actor.person_id);
    projects::record_took_part(sql, actor.partnership_id, activity.project_id, group, person->id, person->name, time);
    projects::record_participant(sql, actor.partnership_id, activity.project_id, person->id);
    privacy::record(sql, actor.partnership_id, actor.person_id,
        { .action = early_reason.empty() ? "activity.attended" : "activity.attended_early", .subject_type = "activity", .subject_id = activity.id,
            .after_id = person->id, .fields = early_reason.empty() ? std::vector<std::string> {} : std::vector<std::string> { "early_reason" } });
    if (!paid_by_employer)
        resources::offer_payment(sql, actor, activity.project_id, activity.id, person->id);
    return {};
}

// The activity, checked as one whose attendance the actor may record now.
Result<Activity> recordable(soci::session& sql, Actor const& actor, std::string const& activity_id, std::string const& early_reason)
{
    auto loaded = load(sql, actor, activity_id);
    if (!loaded)
        return std::unexpected(loaded.error());
    auto& [activity, organiser] = *loaded;
    if (!organiser)
        return std::unexpected(organisers_only());
    if (activity.status == "cancelled")
        return std::unexpected(Error::conflict("This activity was cancelled, so nobody attended it."));
    if (auto started = check_started(actor, activity, early_reason); !started)
        return std::unexpected(started.error());
    return std::move(activity);
}

}

Status record_attendance(db::Database& database, Actor const& actor, std::string const& activity_id, AttendanceForm const& form)
{
    return database.write([&](soci::session& sql) -> Status {
        privacy::lock_for_change(sql, actor.partnership_id);
        auto activity = recordable(sql, actor, activity_id, form.early_reason);
        if (!activity)
            return std::unexpected(activity.error());
        auto const attended = store::list_attendance(sql, actor.partnership_id, activity_id);
        return record_one(sql, actor, *activity, form, attended, form.early_reason, "");
    });
}

Status record_register(db::Database& database, Actor const& actor, std::string const& activity_id, RegisterForm const& form)
{
    return database.write([&](soci::session& sql) -> Status {
        privacy::lock_for_change(sql, actor.partnership_id);
        auto activity = recordable(sql, actor, activity_id, form.early_reason);
        if (!activity)
            return std::unexpected(activity.error());
        auto const attended = store::list_attendance(sql, actor.partnership_id, activity_id);
        // Every line is checked before the transaction commits: an error in any
        // one rolls back the lines written before it.
        FieldErrors errors;
        for (std::size_t index = 0; index < form.entries.size(); ++index) {
            auto done = record_one(sql, actor, *activity, form.entries[index], attended, form.early_reason,
                "entries[" + std::to_string(index) + "].");
            if (!done) {
                if (done.error().kind != ErrorKind::Invalid)
                    return done;
                for (auto const& [name, messages] : done.error().field_errors)
                    errors[name] = messages;
            }
        }
        if (!errors.empty())
            return std::unexpected(Error::invalid(std::move(errors)));
        return {};
    });
}

void remind(soci::session& sql, std::string_view partnership_id, std::string const& activity_id, std::string const& person_id,
    std::string const& starts_at)
{
    auto const activity = store::find_activity(sql, partnership_id, activity_id);
    if (!activity || activity->status == "cancelled" || activity->starts_at != starts_at)
        return;
    auto const signups = store::list_signups(sql, partnership_id, activity_id);
    auto const mine = std::ranges::find(signups, person_id, &Signup::person_id);
    if (mine == signups.end() || mine->status != "place")
        return;
    tell(sql, *activity, person_id, "activity_reminder", false, "activity_reminder:" + activity_id + ":" + starts_at);
}

}
