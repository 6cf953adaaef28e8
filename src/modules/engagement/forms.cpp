#include "modules/engagement/forms.hpp"

#include <filesystem>

#include "core/form.hpp"
#include "core/ids.hpp"
#include "core/language_tag.hpp"
#include "core/time.hpp"
#include "modules/engagement/planning.hpp"
#include "modules/partnership/forms.hpp"
#include "modules/partnership/model.hpp"

namespace rt::engagement {

namespace {


}

bool is_time_zone(std::string_view name)
{
    // An IANA name as the system's tz database has it (Europe/London).
    if (name.empty() || name.size() > 64 || name.find("..") != std::string_view::npos || name.front() == '/')
        return false;
    for (char const c : name) {
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '/' && c != '_' && c != '-' && c != '+')
            return false;
    }
    std::error_code error;
    return std::filesystem::is_regular_file(std::filesystem::path { "/usr/share/zoneinfo" } / std::string { name }, error);
}

Result<ActivityForm> ActivityForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "kind", "title", "purpose", "starts_at", "ends_at", "timezone", "venue", "online_url", "capacity", "languages", "repeat", "chair" });
    ActivityForm form;
    auto& activity = form.activity;
    activity.kind = reader.choice("kind", k_kinds, Presence::Required).value_or("");
    activity.title = reader.text("title", { .presence = Presence::Required, .min_length = 1, .max_length = 200 }).value_or("");
    activity.purpose = reader.text("purpose", { .presence = Presence::Required, .min_length = 1, .max_length = 2000, .lines = TextRule::Lines::Multiple })
                           .value_or("");
    auto const starts = reader.text("starts_at", { .presence = Presence::Required, .max_length = 40 });
    auto const ends = reader.text("ends_at", { .presence = Presence::Required, .max_length = 40 });
    auto const start_time = starts ? parse_time(*starts) : std::nullopt;
    auto const end_time = ends ? parse_time(*ends) : std::nullopt;
    if (starts && !start_time)
        reader.add_error("starts_at", "Enter a date and time like 2026-12-01T14:00:00Z.");
    if (ends && !end_time)
        reader.add_error("ends_at", "Enter a date and time like 2026-12-01T16:00:00Z.");
    if (start_time && end_time && *end_time <= *start_time)
        reader.add_error("ends_at", "The end must be after the start.");
    if (start_time && end_time && *end_time - *start_time > std::chrono::hours { 24 })
        reader.add_error("ends_at", "An activity lasts a day at most. For a series, add each meeting.");
    if (start_time)
        activity.starts_at = format_time(*start_time);
    if (end_time)
        activity.ends_at = format_time(*end_time);
    activity.timezone = reader.text("timezone", { .max_length = 64 }).value_or("Europe/London");
    if (!is_time_zone(activity.timezone))
        reader.add_error("timezone", "Choose a time zone like Europe/London.");

    auto const* venue = body.if_contains("venue");
    activity.online_url = reader.text("online_url", { .max_length = 500 });
    if (activity.online_url && activity.online_url->empty())
        activity.online_url.reset();
    if (activity.online_url && !activity.online_url->starts_with("https://") && !activity.online_url->starts_with("http://"))
        reader.add_error("online_url", "Enter a web address starting with https://.");
    if (venue && !venue->is_null()) {
        if (!venue->is_object()) {
            reader.add_error("venue", "Give the venue's address and access features.");
        } else {
            FormReader venue_reader { venue->get_object() };
            venue_reader.reject_unknown({ "address", "features" });
            activity.venue_address = venue_reader.text("address", { .presence = Presence::Required, .min_length = 1, .max_length = 500,
                .lines = TextRule::Lines::Multiple });
            activity.venue_features = venue_reader.choices("features", k_venue_features).value_or(std::vector<std::string> {});
            for (auto const& [field, messages] : venue_reader.errors())
                for (auto const& message : messages)
                    reader.add_error("venue." + field, message);
        }
    }
    bool const has_venue = venue && !venue->is_null();
    if (has_venue == activity.online_url.has_value())
        reader.add_error("venue", "Give either a venue or an online link.");

    if (auto const* capacity = body.if_contains("capacity"); capacity && !capacity->is_null()) {
        if (!capacity->is_int64() || capacity->get_int64() < 1 || capacity->get_int64() > 10000)
            reader.add_error("capacity", "Enter a whole number of places from 1 to 10000, or leave it empty for no limit.");
        else
            activity.capacity = capacity->get_int64();
    }
    if (auto const* chair = body.if_contains("chair"); chair && !chair->is_null()) {
        auto const* person = chair->is_object() ? chair->get_object().if_contains("person_id") : nullptr;
        auto const* group = chair->is_object() ? chair->get_object().if_contains("group") : nullptr;
        // The group may be left out: it is then the chair's only group (see resolve_chair).
        bool const group_given = group && !group->is_null();
        if (!person || !person->is_string() || !looks_like_id(person->get_string())
            || (group_given
                && (!group->is_string()
                    || std::ranges::find(partnership::k_groups, std::string_view { group->get_string() }) == partnership::k_groups.end())))
            reader.add_error("chair", "Choose who chairs and the group they chair for.");
        else {
            activity.chair_person_id = std::string { person->get_string() };
            if (group_given)
                activity.chair_group = std::string { group->get_string() };
        }
    }
    if (auto const* repeat = body.if_contains("repeat"); repeat && !repeat->is_null()) {
        auto const* every = repeat->is_object() ? repeat->get_object().if_contains("every") : nullptr;
        auto const* count = repeat->is_object() ? repeat->get_object().if_contains("count") : nullptr;
        bool const valid = every && every->is_string() && (every->get_string() == "week" || every->get_string() == "month") && count
            && count->is_int64() && count->get_int64() >= 2 && count->get_int64() <= 24;
        if (!valid)
            reader.add_error("repeat", "Say how often (every week or every month) and how many meetings, from 2 to 24.");
        else
            form.repeat = Repeat { std::string { every->get_string() }, static_cast<int>(count->get_int64()) };
    }
    // Language tags are not kebab-case tags (pt-BR, zh-Hant): checked by ICU and made canonical.
    activity.languages = reader.languages("languages", 10).value_or(std::vector<std::string> { "en" });
    if (activity.languages.empty())
        activity.languages = { "en" };
    return finish(reader, form);
}

Result<SignupForm> SignupForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "person_id", "access_needs", "language", "walk_in" });
    SignupForm form;
    form.person_id = reader.text("person_id", { .max_length = 36 });
    if (form.person_id && !looks_like_id(*form.person_id)) {
        reader.add_error("person_id", "Choose a person from the list.");
        form.person_id.reset();
    }
    form.access_needs = reader.tags("access_needs");
    form.language = reader.language("language", Presence::Optional);
    form.walk_in = reader.boolean("walk_in", Presence::Optional).value_or(form.walk_in);
    return finish(reader, form);
}

Result<ArrangedForm> ArrangedForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "need", "arranged" });
    ArrangedForm form;
    form.need = reader.text("need", { .presence = Presence::Required, .min_length = 1, .max_length = 60 }).value_or("");
    // `interpreter:und` is the plan's line for people whose language is not known.
    bool const interpreter = form.need.starts_with("interpreter:")
        && (form.need == interpreter_key(k_unknown_language) || canonical_language_tag(std::string_view { form.need }.substr(12)) == form.need.substr(12));
    if (!form.need.empty() && !interpreter && !is_tag(form.need))
        reader.add_error("need", "Choose a need from the plan.");
    form.arranged = reader.boolean("arranged", Presence::Optional).value_or(form.arranged);
    return finish(reader, form);
}

Result<MinutesForm> MinutesForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "minutes", "summary", "actions" });
    MinutesForm form;
    form.minutes.minutes = reader.text("minutes", { .presence = Presence::Optional, .max_length = 50000, .lines = TextRule::Lines::Multiple }).value_or("");
    form.minutes.summary = reader.text("summary", { .presence = Presence::Required, .min_length = 1, .max_length = 3000, .lines = TextRule::Lines::Multiple })
                               .value_or("");
    if (auto const* actions = body.if_contains("actions"); actions && !actions->is_null()) {
        if (!actions->is_array() || actions->get_array().size() > 100) {
            reader.add_error("actions", "Give the actions as a list of up to 100.");
        } else {
            std::size_t index = 0;
            for (auto const& entry : actions->get_array()) {
                auto const field = "actions[" + std::to_string(index++) + "]";
                if (!entry.is_object()) {
                    reader.add_error(field, "Each action needs what is to be done, who does it and by when.");
                    continue;
                }
                FormReader action_reader { entry.get_object() };
                action_reader.reject_unknown({ "text", "owner", "due_on", "done" });
                Action action;
                action.text = action_reader.text("text", { .presence = Presence::Required, .min_length = 1, .max_length = 500 }).value_or("");
                action.owner = action_reader.text("owner", { .presence = Presence::Required, .min_length = 1, .max_length = 200 }).value_or("");
                action.due_on = action_reader.text("due_on", { .presence = Presence::Required, .max_length = 10 }).value_or("");
                if (!action.due_on.empty() && !parse_time(action.due_on + "T00:00:00Z"))
                    action_reader.add_error("due_on", "Enter a date like 2026-12-31.");
                if (auto const* done = entry.get_object().if_contains("done"); done && done->is_bool())
                    action.done = done->get_bool();
                for (auto const& [name, messages] : action_reader.errors())
                    for (auto const& message : messages)
                        reader.add_error(field + "." + name, message);
                form.minutes.actions.push_back(std::move(action));
            }
        }
    }
    return finish(reader, form);
}

namespace {

// One person's line of attendance; the register reads several with a prefix
// (entries[3].group) so each error names its line.
AttendanceForm read_attendance(FormReader& reader)
{
    AttendanceForm form;
    form.person_id = reader.text("person_id", { .presence = Presence::Required, .max_length = 36 }).value_or("");
    if (!form.person_id.empty() && !looks_like_id(form.person_id))
        reader.add_error("person_id", "Choose a person from the list.");
    form.group = reader.choice("group", partnership::k_groups, Presence::Optional);
    form.paid_by_employer = reader.boolean("paid_by_employer", Presence::Optional);
    return form;
}

std::string read_early_reason(FormReader& reader)
{
    return reader.text("early_reason", { .presence = Presence::Optional, .max_length = 1000, .lines = TextRule::Lines::Multiple }).value_or("");
}

}

Result<AttendanceForm> AttendanceForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "person_id", "group", "paid_by_employer", "early_reason" });
    auto form = read_attendance(reader);
    form.early_reason = read_early_reason(reader);
    return finish(reader, form);
}

Result<RegisterForm> RegisterForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "entries", "early_reason" });
    RegisterForm form;
    form.early_reason = read_early_reason(reader);
    auto const* entries = body.if_contains("entries");
    if (!entries || !entries->is_array() || entries->get_array().empty()) {
        reader.add_error("entries", "Tick at least one person who was there.");
        return finish(reader, form);
    }
    if (entries->get_array().size() > 500) {
        reader.add_error("entries", "Record up to 500 people at a time.");
        return finish(reader, form);
    }
    std::size_t index = 0;
    for (auto const& entry : entries->get_array()) {
        auto const field = "entries[" + std::to_string(index++) + "]";
        if (!entry.is_object()) {
            reader.add_error(field, "Each line needs a person.");
            continue;
        }
        FormReader line { entry.get_object() };
        line.reject_unknown({ "person_id", "group", "paid_by_employer" });
        auto attendance = read_attendance(line);
        for (auto const& [name, messages] : line.errors())
            for (auto const& message : messages)
                reader.add_error(field + "." + name, message);
        for (std::size_t earlier = 0; earlier < form.entries.size(); ++earlier) {
            if (!attendance.person_id.empty() && form.entries[earlier].person_id == attendance.person_id)
                reader.add_error(field + ".person_id", "This person is on the register twice.");
        }
        form.entries.push_back(std::move(attendance));
    }
    return finish(reader, form);
}

}
