#include "modules/initiatives/commands.hpp"

#include <algorithm>
#include <fstream>

#include "core/ids.hpp"
#include "core/time.hpp"
#include "modules/documents/queries.hpp"
#include "modules/engagement/queries.hpp"
#include "modules/initiatives/permissions.hpp"
#include "modules/initiatives/photos.hpp"
#include "modules/initiatives/queries.hpp"
#include "modules/initiatives/store.hpp"
#include "modules/language/service.hpp"
#include "modules/partnership/queries.hpp"
#include "modules/privacy/audit.hpp"
#include "modules/projects/queries.hpp"

namespace rt::initiatives {

namespace {

Error not_found()
{
    return Error::not_found("There is no such initiative in this partnership.");
}

// The initiative, if the actor may see it (another partnership's, or one not theirs to see: 404).
Result<Initiative> seen(soci::session& sql, Actor const& actor, std::string const& id)
{
    auto initiative = store::find_initiative(sql, actor.partnership_id, id);
    if (!initiative || !can_see(actor, *initiative))
        return std::unexpected(not_found());
    return std::move(*initiative);
}

// Seen, and led by the actor, and still running (not declined or closed).
Result<Initiative> led(soci::session& sql, Actor const& actor, std::string const& id, std::string_view what)
{
    auto initiative = seen(sql, actor, id);
    if (!initiative)
        return initiative;
    if (!can_lead(actor, *initiative))
        return std::unexpected(Error::forbidden("Only the initiative's leads " + std::string { what } + ". Supporters help; the leads decide."));
    if (initiative->status == "declined" || initiative->status == "closed")
        return std::unexpected(Error::conflict("This initiative is " + initiative->status + "."));
    return initiative;
}

void touch(soci::session& sql, Initiative& initiative)
{
    initiative.updated_at = now_text();
    store::update_initiative(sql, initiative);
}

// Each person is in this partnership and in the group they are named for.
Status check_people(soci::session& sql, Actor const& actor, std::vector<PersonInGroup> const& people, std::string const& field)
{
    for (auto const& named : people) {
        auto const person = partnership::find_person(sql, actor.partnership_id, named.person_id);
        if (!person)
            return std::unexpected(Error::invalid_field(field, "Choose people of this partnership."));
        if (std::ranges::find(person->groups, named.group) == person->groups.end())
            return std::unexpected(Error::invalid_field(field, person->name + " is not in the group " + partnership::group_in_words(named.group) + "."));
    }
    return {};
}

bool takes_part(Initiative const& initiative, std::vector<Role> const& roles, std::string const& person_id)
{
    if (is_lead(initiative, person_id) || is_supporter(initiative, person_id))
        return true;
    return std::ranges::any_of(roles, [&](Role const& role) { return std::ranges::find(role.volunteer_ids, person_id) != role.volunteer_ids.end(); });
}

}

Result<Initiative> propose(db::Database& database, Actor const& actor, InitiativeForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<Initiative> {
        if (auto checked = check_people(sql, actor, form.leads, "leads"); !checked)
            return std::unexpected(checked.error());
        if (auto checked = check_people(sql, actor, form.supporters, "supporters"); !checked)
            return std::unexpected(checked.error());
        if (form.project_id && !projects::find_project(sql, actor.partnership_id, *form.project_id))
            return std::unexpected(Error::invalid_field("project_id", "Choose a project of this partnership."));
        if (form.section_id && !documents::section_heading(sql, actor.partnership_id, *form.section_id))
            return std::unexpected(Error::invalid_field("section_id", "Choose an objective of one of this partnership's documents."));
        Initiative initiative;
        initiative.id = new_id();
        initiative.partnership_id = actor.partnership_id;
        initiative.project_id = form.project_id;
        initiative.section_id = form.section_id;
        initiative.title = form.title;
        initiative.purpose = form.purpose;
        initiative.for_whom = form.for_whom;
        initiative.status = store::approval_required(sql, actor.partnership_id) ? "proposed" : "approved";
        initiative.proposed_by = actor.person_id;
        initiative.created_at = now_text();
        initiative.updated_at = initiative.created_at;
        for (auto const& lead : form.leads)
            initiative.members.push_back({ lead.person_id, "lead", lead.group, "" });
        for (auto const& supporter : form.supporters)
            initiative.members.push_back({ supporter.person_id, "supporter", supporter.group, "" });
        store::insert_initiative(sql, initiative);
        // Its purpose is published words: checked for plain language, and translated and put into Easy Read as others are.
        if (auto checked = language::record_published(sql, actor, { "initiative", initiative.id, "purpose", initiative.purpose, initiative.project_id });
            !checked)
            return std::unexpected(checked.error());
        privacy::record(sql, actor.partnership_id, actor.person_id, { "initiative.proposed", "initiative", initiative.id });
        return initiative;
    });
}

Status change_initiative(db::Database& database, Actor const& actor, std::string const& id, InitiativeChangeForm const& form)
{
    return database.write([&](soci::session& sql) -> Status {
        auto initiative = led(sql, actor, id, "change its words");
        if (!initiative)
            return std::unexpected(initiative.error());
        std::vector<std::string> fields;
        auto change = [&](std::optional<std::string> const& value, std::string& field, std::string name) {
            if (value && *value != field) {
                field = *value;
                fields.push_back(std::move(name));
            }
        };
        change(form.title, initiative->title, "title");
        change(form.purpose, initiative->purpose, "purpose");
        change(form.for_whom, initiative->for_whom, "for_whom");
        touch(sql, *initiative);
        if (form.purpose)
            if (auto checked = language::record_published(sql, actor, { "initiative", id, "purpose", initiative->purpose, initiative->project_id }); !checked)
                return std::unexpected(checked.error());
        privacy::record(sql, actor.partnership_id, actor.person_id, { "initiative.changed", "initiative", id, std::nullopt, std::nullopt, std::move(fields) });
        return {};
    });
}

namespace {

Status decide(db::Database& database, Actor const& actor, std::string const& id, std::string const& status, std::string const& reason)
{
    return database.write([&](soci::session& sql) -> Status {
        auto initiative = seen(sql, actor, id);
        if (!initiative)
            return std::unexpected(initiative.error());
        if (!can_decide(actor))
            return std::unexpected(Error::forbidden("Only conveners approve or turn down an initiative."));
        if (initiative->status != "proposed")
            return std::unexpected(Error::conflict("This initiative is " + initiative->status + " already."));
        initiative->status = status;
        initiative->decline_reason = reason;
        initiative->decided_by = actor.person_id;
        initiative->decided_at = now_text();
        touch(sql, *initiative);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "initiative." + status, "initiative", id });
        return {};
    });
}

}

Status approve(db::Database& database, Actor const& actor, std::string const& id)
{
    return decide(database, actor, id, "approved", "");
}

Status decline(db::Database& database, Actor const& actor, std::string const& id, ReasonForm const& form)
{
    return decide(database, actor, id, "declined", form.reason);
}

Status close(db::Database& database, Actor const& actor, std::string const& id, LearnedForm const& form)
{
    return database.write([&](soci::session& sql) -> Status {
        auto initiative = led(sql, actor, id, "end it");
        if (!initiative)
            return std::unexpected(initiative.error());
        if (initiative->status != "approved")
            return std::unexpected(Error::conflict("An initiative ends once it has been approved and run."));
        initiative->status = "closed";
        initiative->learned = form.learned;
        initiative->closed_at = now_text();
        touch(sql, *initiative);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "initiative.closed", "initiative", id });
        return {};
    });
}

Status reopen(db::Database& database, Actor const& actor, std::string const& id)
{
    return database.write([&](soci::session& sql) -> Status {
        auto initiative = seen(sql, actor, id);
        if (!initiative)
            return std::unexpected(initiative.error());
        if (!can_lead(actor, *initiative))
            return std::unexpected(Error::forbidden("Only the initiative's leads start it again."));
        if (initiative->status != "closed")
            return std::unexpected(Error::conflict("Only an initiative that has ended starts again."));
        initiative->status = "approved";
        initiative->closed_at = std::nullopt;
        touch(sql, *initiative);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "initiative.reopened", "initiative", id });
        return {};
    });
}

Status save_settings(db::Database& database, Actor const& actor, SettingsForm const& form)
{
    return database.write([&](soci::session& sql) -> Status {
        if (!actor.is_convener())
            return std::unexpected(Error::forbidden("Only conveners decide whether initiatives need approval."));
        store::save_approval_required(sql, actor.partnership_id, form.approval_required);
        privacy::record(sql, actor.partnership_id, actor.person_id,
            { "initiative.settings_changed", "partnership", actor.partnership_id, std::nullopt, std::nullopt, { "approval_required" } });
        return {};
    });
}

namespace {

// The person a task is given to must take part in the initiative.
Status check_owner(soci::session& sql, Initiative const& initiative, std::optional<std::string> const& owner)
{
    if (owner && !takes_part(initiative, store::roles_of(sql, initiative.id), *owner))
        return std::unexpected(Error::invalid_field("owner_id", "Give the task to a lead, a supporter or a volunteer of this initiative."));
    return {};
}

}

Result<Task> add_task(db::Database& database, Actor const& actor, std::string const& initiative_id, TaskForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<Task> {
        auto initiative = led(sql, actor, initiative_id, "plan its tasks");
        if (!initiative)
            return std::unexpected(initiative.error());
        auto const owner = form.owner_id.value_or(std::nullopt);
        if (auto checked = check_owner(sql, *initiative, owner); !checked)
            return std::unexpected(checked.error());
        Task task;
        task.id = new_id();
        task.initiative_id = initiative_id;
        task.title = form.title.value_or("");
        task.milestone = form.milestone.value_or("");
        task.owner_id = owner;
        task.due_on = form.due_on.value_or(std::nullopt);
        task.status = form.status.value_or("to_do");
        task.created_by = actor.person_id;
        task.created_at = now_text();
        task.updated_at = task.created_at;
        store::insert_task(sql, actor.partnership_id, task);
        touch(sql, *initiative);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "initiative.task_added", "initiative", initiative_id, std::nullopt, task.id });
        return *store::find_task(sql, actor.partnership_id, task.id);
    });
}

Result<Task> change_task(db::Database& database, Actor const& actor, std::string const& task_id, TaskForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<Task> {
        auto task = store::find_task(sql, actor.partnership_id, task_id);
        if (!task)
            return std::unexpected(Error::not_found("There is no such task in this partnership."));
        auto initiative = seen(sql, actor, task->initiative_id);
        if (!initiative)
            return std::unexpected(Error::not_found("There is no such task in this partnership."));
        if (!can_change_task(actor, *initiative, *task, form.only_status()))
            return std::unexpected(Error::forbidden(task->owner_id == actor.person_id
                    ? "You can move this task on (its status); the leads change the rest."
                    : "Only the initiative's leads change its tasks, and the person a task is given to moves it on."));
        if (initiative->status == "declined" || initiative->status == "closed")
            return std::unexpected(Error::conflict("This initiative is " + initiative->status + "."));
        if (form.owner_id)
            if (auto checked = check_owner(sql, *initiative, *form.owner_id); !checked)
                return std::unexpected(checked.error());
        std::vector<std::string> fields;
        if (form.title && *form.title != task->title) {
            task->title = *form.title;
            fields.emplace_back("title");
        }
        if (form.milestone && *form.milestone != task->milestone) {
            task->milestone = *form.milestone;
            fields.emplace_back("milestone");
        }
        if (form.owner_id && *form.owner_id != task->owner_id) {
            task->owner_id = *form.owner_id;
            fields.emplace_back("owner_id");
        }
        if (form.due_on && *form.due_on != task->due_on) {
            task->due_on = *form.due_on;
            fields.emplace_back("due_on");
        }
        if (form.status && *form.status != task->status) {
            task->status = *form.status;
            fields.emplace_back("status");
        }
        task->updated_at = now_text();
        store::update_task(sql, *task);
        privacy::record(sql, actor.partnership_id, actor.person_id,
            { "initiative.task_changed", "initiative", initiative->id, std::nullopt, task->id, std::move(fields) });
        return *store::find_task(sql, actor.partnership_id, task_id);
    });
}

Result<Role> add_role(db::Database& database, Actor const& actor, std::string const& initiative_id, RoleForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<Role> {
        auto initiative = led(sql, actor, initiative_id, "ask for volunteers");
        if (!initiative)
            return std::unexpected(initiative.error());
        Role role { new_id(), initiative_id, form.title, form.description, now_text(), {} };
        store::insert_role(sql, actor.partnership_id, role);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "initiative.role_added", "initiative", initiative_id, std::nullopt, role.id });
        return role;
    });
}

Status volunteer(db::Database& database, Actor const& actor, std::string const& role_id, VolunteerForm const& form)
{
    return database.write([&](soci::session& sql) -> Status {
        auto role = store::find_role(sql, actor.partnership_id, role_id);
        if (!role)
            return std::unexpected(Error::not_found("There is no such role in this partnership."));
        auto initiative = seen(sql, actor, role->initiative_id);
        if (!initiative)
            return std::unexpected(Error::not_found("There is no such role in this partnership."));
        if (initiative->status != "approved")
            return std::unexpected(Error::conflict("Volunteers join an initiative that is running."));
        auto const person_id = form.person_id.value_or(actor.person_id);
        if (person_id != actor.person_id && !can_lead(actor, *initiative))
            return std::unexpected(Error::forbidden("You volunteer for yourself; the leads can add someone else."));
        if (!partnership::find_person(sql, actor.partnership_id, person_id))
            return std::unexpected(Error::invalid_field("person_id", "Choose someone in this partnership."));
        if (!store::insert_volunteer(sql, actor.partnership_id, *role, person_id, now_text()))
            return std::unexpected(Error::conflict("They volunteer in this role already."));
        privacy::record(sql, actor.partnership_id, actor.person_id, { "initiative.volunteered", "initiative", initiative->id, std::nullopt, role->id });
        return {};
    });
}

Result<Hours> log_hours(db::Database& database, Actor const& actor, std::string const& initiative_id, HoursForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<Hours> {
        auto initiative = seen(sql, actor, initiative_id);
        if (!initiative)
            return std::unexpected(initiative.error());
        auto const person_id = form.helper_id ? std::nullopt : std::optional<std::string> { form.person_id.value_or(actor.person_id) };
        if (!can_log_hours_for(actor, *initiative, person_id))
            return std::unexpected(Error::forbidden(form.helper_id ? "Only the leads log offline helpers' time." : "You log your own time; the leads can log anyone's."));
        auto const role = store::find_role(sql, actor.partnership_id, form.role_id);
        if (!role || role->initiative_id != initiative_id)
            return std::unexpected(Error::invalid_field("role_id", "Choose a role of this initiative."));
        if (person_id && !takes_part(*initiative, { *role }, *person_id))
            return std::unexpected(Error::invalid_field("person_id", "Log time for someone who volunteers in this role, a lead or a supporter."));
        if (form.helper_id) {
            auto const helpers = store::helpers_of(sql, initiative_id);
            if (std::ranges::none_of(helpers, [&](OfflineHelper const& helper) { return helper.id == *form.helper_id; }))
                return std::unexpected(Error::invalid_field("helper_id", "Choose offline helpers this initiative recorded."));
        }
        Hours hours { new_id(), initiative_id, form.role_id, person_id, form.helper_id, form.minutes, form.on, actor.person_id, now_text() };
        store::insert_hours(sql, actor.partnership_id, hours);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "initiative.hours_logged", "initiative", initiative_id, std::nullopt, hours.id });
        return hours;
    });
}

Result<OfflineHelper> add_helper(db::Database& database, Actor const& actor, std::string const& initiative_id, HelperForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<OfflineHelper> {
        auto initiative = led(sql, actor, initiative_id, "record offline helpers");
        if (!initiative)
            return std::unexpected(initiative.error());
        if (form.role_id) {
            auto const role = store::find_role(sql, actor.partnership_id, *form.role_id);
            if (!role || role->initiative_id != initiative_id)
                return std::unexpected(Error::invalid_field("role_id", "Choose a role of this initiative."));
        }
        OfflineHelper helper { new_id(), initiative_id, form.name, form.count, form.role_id, actor.person_id, now_text() };
        store::insert_helper(sql, actor.partnership_id, helper);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "initiative.helper_added", "initiative", initiative_id, std::nullopt, helper.id });
        return helper;
    });
}

Status set_budget(db::Database& database, Actor const& actor, std::string const& initiative_id, BudgetForm const& form)
{
    return database.write([&](soci::session& sql) -> Status {
        auto initiative = seen(sql, actor, initiative_id);
        if (!initiative)
            return std::unexpected(initiative.error());
        if (!can_set_budget(actor))
            return std::unexpected(Error::forbidden("Only conveners set an initiative's budget: it is the partnership's money."));
        initiative->budget_pence = form.budget_pence;
        touch(sql, *initiative);
        privacy::record(sql, actor.partnership_id, actor.person_id,
            { "initiative.budget_set", "initiative", initiative_id, std::nullopt, std::nullopt, { "budget_pence" } });
        return {};
    });
}

Status link_activity(db::Database& database, Actor const& actor, std::string const& initiative_id, ActivityLinkForm const& form)
{
    return database.write([&](soci::session& sql) -> Status {
        auto initiative = led(sql, actor, initiative_id, "link its activities");
        if (!initiative)
            return std::unexpected(initiative.error());
        auto const project = engagement::project_of_activity(sql, actor.partnership_id, form.activity_id);
        if (!project || !initiative->project_id || *project != *initiative->project_id)
            return std::unexpected(Error::invalid_field("activity_id", "Choose an activity of the initiative's project."));
        if (!store::insert_activity(sql, actor.partnership_id, initiative_id, form.activity_id))
            return std::unexpected(Error::conflict("This activity is linked already."));
        privacy::record(sql, actor.partnership_id, actor.person_id,
            { "initiative.activity_linked", "initiative", initiative_id, std::nullopt, form.activity_id });
        return {};
    });
}

Result<Outcome> record_outcome(db::Database& database, Actor const& actor, std::string const& initiative_id, OutcomeForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<Outcome> {
        auto initiative = seen(sql, actor, initiative_id);
        if (!initiative)
            return std::unexpected(initiative.error());
        if (!can_lead(actor, *initiative))
            return std::unexpected(Error::forbidden("Only the initiative's leads record what happened."));
        Outcome outcome { new_id(), initiative_id, form.measure, form.hundredths, form.note, actor.person_id, now_text() };
        store::insert_outcome(sql, actor.partnership_id, outcome);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "initiative.outcome_recorded", "initiative", initiative_id, std::nullopt, outcome.id });
        return outcome;
    });
}

Result<Photo> upload_photo(db::Database& database, std::filesystem::path const& files_dir, Actor const& actor, std::string const& initiative_id,
    std::string_view bytes)
{
    auto const clean = without_metadata(bytes);
    if (!clean)
        return std::unexpected(Error::invalid_field("photo", "Upload a JPEG or PNG photo."));
    Photo photo { new_id(), initiative_id, clean->media_type, static_cast<long long>(clean->bytes.size()), actor.person_id, now_text() };
    auto const path = photo_path(files_dir, actor.partnership_id, photo.id);
    auto result = database.write([&](soci::session& sql) -> Result<Photo> {
        auto initiative = seen(sql, actor, initiative_id);
        if (!initiative)
            return std::unexpected(initiative.error());
        if (!can_lead(actor, *initiative))
            return std::unexpected(Error::forbidden("Only the initiative's leads add its stories and photos."));
        std::filesystem::create_directories(path.parent_path());
        std::ofstream file { path, std::ios::binary };
        file.write(clean->bytes.data(), static_cast<std::streamsize>(clean->bytes.size()));
        file.close();
        if (!file)
            return std::unexpected(Error { ErrorKind::Unavailable, "The photo could not be stored. Try again." });
        store::insert_photo(sql, actor.partnership_id, photo);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "initiative.photo_uploaded", "initiative", initiative_id, std::nullopt, photo.id });
        return photo;
    });
    // Nothing half-kept: a photo whose row was not written goes.
    if (!result) {
        std::error_code ignored;
        std::filesystem::remove(path, ignored);
    }
    return result;
}

Result<Story> add_story(db::Database& database, Actor const& actor, std::string const& initiative_id, StoryForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<Story> {
        auto initiative = seen(sql, actor, initiative_id);
        if (!initiative)
            return std::unexpected(initiative.error());
        if (!can_lead(actor, *initiative))
            return std::unexpected(Error::forbidden("Only the initiative's leads add its stories."));
        if (form.photo_id) {
            auto const photo = store::find_photo(sql, actor.partnership_id, *form.photo_id);
            if (!photo || photo->initiative_id != initiative_id)
                return std::unexpected(Error::invalid_field("photo_id", "Upload the photo to this initiative first."));
        }
        Story story { new_id(), initiative_id, form.text, form.photo_id, form.alt, actor.person_id, now_text() };
        // Published to every member: checked for plain language like other published words.
        if (auto checked = language::record_published(sql, actor, { "initiative_story", story.id, "text", story.text, initiative->project_id }); !checked)
            return std::unexpected(checked.error());
        store::insert_story(sql, actor.partnership_id, story);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "initiative.story_added", "initiative", initiative_id, std::nullopt, story.id });
        return story;
    });
}

}
