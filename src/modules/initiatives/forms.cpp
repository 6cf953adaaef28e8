#include "modules/initiatives/forms.hpp"

#include <cmath>

#include <boost/json.hpp>

#include "core/form.hpp"
#include "core/ids.hpp"
#include "core/time.hpp"
#include "modules/partnership/model.hpp"

namespace rt::initiatives {

namespace {

constexpr TextRule k_title_rule { .presence = Presence::Required, .min_length = 1, .max_length = 200 };
constexpr TextRule k_purpose_rule { .presence = Presence::Required, .min_length = 1, .max_length = 5000, .lines = TextRule::Lines::Multiple };
constexpr TextRule k_for_whom_rule { .presence = Presence::Required, .min_length = 1, .max_length = 500 };

std::optional<std::string> optional_id(FormReader& reader, std::string_view field, std::string message)
{
    auto id = reader.text(field, { .presence = Presence::Optional, .max_length = 36 });
    if (id && !looks_like_id(*id)) {
        reader.add_error(field, std::move(message));
        return std::nullopt;
    }
    return id;
}

bool is_date(std::string const& text)
{
    return text.size() == 10 && parse_time(text + "T00:00:00Z").has_value();
}

// [{person_id, group}], each person once.
std::vector<PersonInGroup> people_in_groups(FormReader& reader, boost::json::object const& body, std::string_view field, std::size_t most)
{
    std::vector<PersonInGroup> people;
    auto const* value = body.if_contains(field);
    if (!value)
        return people;
    if (!value->is_array() || value->as_array().size() > most) {
        reader.add_error(field, "Give up to " + std::to_string(most) + " people, each with person_id and group.");
        return people;
    }
    for (auto const& item : value->as_array()) {
        auto const* object = item.if_object();
        auto const* id = object ? object->if_contains("person_id") : nullptr;
        auto const* group = object ? object->if_contains("group") : nullptr;
        if (!id || !id->is_string() || !looks_like_id(id->as_string()) || !group || !group->is_string()) {
            reader.add_error(field, "Give each person as {person_id, group}.");
            return {};
        }
        std::string const group_name { group->as_string() };
        if (std::ranges::find(partnership::k_groups, group_name) == partnership::k_groups.end()) {
            reader.add_error(field, "“" + group_name + "” is not one of the partnership's groups.");
            return {};
        }
        std::string const person { id->as_string() };
        if (std::ranges::any_of(people, [&](PersonInGroup const& p) { return p.person_id == person; })) {
            reader.add_error(field, "Each person is named once.");
            return {};
        }
        people.push_back({ person, group_name });
    }
    return people;
}

}

Result<InitiativeForm> InitiativeForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "title", "purpose", "for_whom", "leads", "supporters", "project_id", "section_id" });
    InitiativeForm form;
    form.title = reader.text("title", k_title_rule).value_or("");
    form.purpose = reader.text("purpose", k_purpose_rule).value_or("");
    form.for_whom = reader.text("for_whom", k_for_whom_rule).value_or("");
    form.leads = people_in_groups(reader, body, "leads", 10);
    if (form.leads.empty() && !reader.errors().contains("leads"))
        reader.add_error("leads", "Name at least one lead: someone from service users and carers, residents, or the voluntary and community sector.");
    for (auto const& lead : form.leads)
        if (!is_leading_group(lead.group)) {
            reader.add_error("leads", "Leads come from service users and carers, residents, or the voluntary and community sector. "
                                      "Staff and officers join as supporters.");
            break;
        }
    form.supporters = people_in_groups(reader, body, "supporters", 10);
    for (auto const& supporter : form.supporters)
        if (std::ranges::any_of(form.leads, [&](PersonInGroup const& lead) { return lead.person_id == supporter.person_id; })) {
            reader.add_error("supporters", "Someone who leads is not also a supporter.");
            break;
        }
    form.project_id = optional_id(reader, "project_id", "Choose a project of this partnership.");
    form.section_id = optional_id(reader, "section_id", "Choose an objective of a living document.");
    return finish(reader, std::move(form));
}

Result<InitiativeChangeForm> InitiativeChangeForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "title", "purpose", "for_whom" });
    InitiativeChangeForm form;
    auto optional = [](TextRule rule) {
        rule.presence = Presence::Optional;
        return rule;
    };
    form.title = reader.text("title", optional(k_title_rule));
    form.purpose = reader.text("purpose", optional(k_purpose_rule));
    form.for_whom = reader.text("for_whom", optional(k_for_whom_rule));
    return finish(reader, std::move(form));
}

Result<ReasonForm> ReasonForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "reason" });
    ReasonForm form;
    form.reason = reader.text("reason", { .presence = Presence::Required, .min_length = 1, .max_length = 2000, .lines = TextRule::Lines::Multiple })
                      .value_or("");
    return finish(reader, std::move(form));
}

Result<LearnedForm> LearnedForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "learned" });
    LearnedForm form;
    form.learned = reader.text("learned", { .presence = Presence::Required, .min_length = 1, .max_length = 5000, .lines = TextRule::Lines::Multiple })
                       .value_or("");
    return finish(reader, std::move(form));
}

Result<SettingsForm> SettingsForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "approval_required" });
    SettingsForm form;
    form.approval_required = reader.boolean("approval_required", Presence::Required).value_or(true);
    return finish(reader, std::move(form));
}

Result<TaskForm> TaskForm::read(boost::json::object const& body, Purpose purpose)
{
    FormReader reader { body };
    reader.reject_unknown({ "title", "milestone", "owner_id", "due_on", "status" });
    bool const creating = purpose == Purpose::Create;
    TaskForm form;
    auto title_rule = k_title_rule;
    if (!creating)
        title_rule.presence = Presence::Optional;
    form.title = reader.text("title", title_rule);
    form.milestone = reader.text("milestone", { .presence = Presence::Optional, .max_length = 100 });
    if (auto const* owner = body.if_contains("owner_id")) {
        if (owner->is_null())
            form.owner_id = std::optional<std::string> {};
        else if (auto id = optional_id(reader, "owner_id", "Choose who has the task."))
            form.owner_id = *id;
    }
    if (auto const* due = body.if_contains("due_on")) {
        if (due->is_null())
            form.due_on = std::optional<std::string> {};
        else if (!due->is_string() || !is_date(std::string { due->as_string() }))
            reader.add_error("due_on", "Enter a date like 2027-03-31.");
        else
            form.due_on = std::string { due->as_string() };
    }
    form.status = reader.choice("status", k_task_statuses, Presence::Optional);
    return finish(reader, std::move(form));
}

Result<RoleForm> RoleForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "title", "description" });
    RoleForm form;
    form.title = reader.text("title", { .presence = Presence::Required, .min_length = 1, .max_length = 100 }).value_or("");
    form.description = reader.text("description", { .presence = Presence::Optional, .max_length = 1000, .lines = TextRule::Lines::Multiple }).value_or("");
    return finish(reader, std::move(form));
}

Result<VolunteerForm> VolunteerForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "person_id" });
    VolunteerForm form;
    form.person_id = optional_id(reader, "person_id", "Choose someone in this partnership.");
    return finish(reader, std::move(form));
}

Result<HoursForm> HoursForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "person_id", "helper_id", "role_id", "minutes", "on" });
    HoursForm form;
    form.person_id = optional_id(reader, "person_id", "Choose a volunteer.");
    form.helper_id = optional_id(reader, "helper_id", "Choose offline helpers this initiative recorded.");
    if (form.person_id && form.helper_id)
        reader.add_error("helper_id", "Give a volunteer or offline helpers, not both.");
    form.role_id = reader.text("role_id", { .presence = Presence::Required, .max_length = 36 }).value_or("");
    if (!form.role_id.empty() && !looks_like_id(form.role_id))
        reader.add_error("role_id", "Choose a role of this initiative.");
    auto const* minutes = body.if_contains("minutes");
    if (!minutes || !minutes->is_int64() || minutes->get_int64() < 1 || minutes->get_int64() > 24 * 60)
        reader.add_error("minutes", "Give the time as whole minutes, from 1 to 1440 (a day).");
    else
        form.minutes = minutes->get_int64();
    form.on = reader.text("on", { .presence = Presence::Required, .min_length = 10, .max_length = 10 }).value_or("");
    if (!form.on.empty() && !is_date(form.on))
        reader.add_error("on", "Enter a date like 2027-03-31.");
    else if (!form.on.empty() && form.on > now_text().substr(0, 10))
        reader.add_error("on", "Log time that has been given: the date cannot be in the future.");
    return finish(reader, std::move(form));
}

Result<HelperForm> HelperForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "name", "count", "role_id" });
    HelperForm form;
    form.name = reader.text("name", { .presence = Presence::Required, .min_length = 1, .max_length = 100 }).value_or("");
    if (auto const* count = body.if_contains("count")) {
        if (!count->is_int64() || count->get_int64() < 1 || count->get_int64() > 100)
            reader.add_error("count", "Give how many people, from 1 to 100.");
        else
            form.count = static_cast<int>(count->get_int64());
    }
    form.role_id = optional_id(reader, "role_id", "Choose a role of this initiative.");
    return finish(reader, std::move(form));
}

Result<BudgetForm> BudgetForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "budget_pence" });
    BudgetForm form;
    auto const* pence = body.if_contains("budget_pence");
    if (!pence || !pence->is_int64() || pence->get_int64() < 0 || pence->get_int64() > 100'000'000)
        reader.add_error("budget_pence", "Give the budget in pence, from 0 to 100000000 (£1,000,000).");
    else
        form.budget_pence = pence->get_int64();
    return finish(reader, std::move(form));
}

Result<OutcomeForm> OutcomeForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "measure", "value", "note" });
    OutcomeForm form;
    form.measure = reader.text("measure", { .presence = Presence::Required, .min_length = 1, .max_length = 100 }).value_or("");
    auto const* value = body.if_contains("value");
    double number = -1;
    if (value && value->is_int64())
        number = static_cast<double>(value->get_int64());
    else if (value && value->is_double())
        number = value->get_double();
    // Counts and measures, to two decimal places; never a negative number.
    if (!std::isfinite(number) || number < 0 || number > 1e9 || std::abs(number * 100 - std::round(number * 100)) > 1e-6)
        reader.add_error("value", "Give a number from 0, with at most two decimal places.");
    else
        form.hundredths = static_cast<long long>(std::llround(number * 100));
    form.note = reader.text("note", { .presence = Presence::Optional, .max_length = 1000, .lines = TextRule::Lines::Multiple }).value_or("");
    return finish(reader, std::move(form));
}

Result<StoryForm> StoryForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "text", "photo_id", "alt" });
    StoryForm form;
    form.text = reader.text("text", { .presence = Presence::Required, .min_length = 1, .max_length = 2000, .lines = TextRule::Lines::Multiple }).value_or("");
    form.photo_id = optional_id(reader, "photo_id", "Upload the photo first, then give its id.");
    form.alt = reader.text("alt", { .presence = Presence::Optional, .max_length = 300 }).value_or("");
    if (form.photo_id && form.alt.empty())
        reader.add_error("alt", "Say what the photo shows, for people who cannot see it.");
    if (!form.photo_id && !form.alt.empty())
        reader.add_error("alt", "Alt text goes with a photo: upload one, or leave this empty.");
    return finish(reader, std::move(form));
}

Result<ActivityLinkForm> ActivityLinkForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "activity_id" });
    ActivityLinkForm form;
    form.activity_id = reader.text("activity_id", { .presence = Presence::Required, .max_length = 36 }).value_or("");
    if (!form.activity_id.empty() && !looks_like_id(form.activity_id))
        reader.add_error("activity_id", "Choose an activity of the initiative's project.");
    return finish(reader, std::move(form));
}

}
