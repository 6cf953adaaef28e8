#include "modules/barometer/commands.hpp"

#include "core/ids.hpp"
#include "core/time.hpp"
#include "modules/barometer/permissions.hpp"
#include "modules/barometer/queries.hpp"
#include "modules/barometer/store.hpp"
#include "modules/partnership/queries.hpp"
#include "modules/privacy/audit.hpp"
#include "modules/projects/lifecycle.hpp"
#include "modules/projects/queries.hpp"

namespace rt::barometer {

namespace {

Error project_not_found()
{
    return Error::not_found("There is no such project in this partnership.");
}

// The project, and the group the actor takes part in there; refused for
// anyone not a member and for a closed project.
Result<std::pair<projects::Project, std::string>> member_of(soci::session& sql, Actor const& actor, std::string const& project_id)
{
    auto project = projects::find_project(sql, actor.partnership_id, project_id);
    if (!project)
        return std::unexpected(project_not_found());
    auto const groups = projects::member_groups(sql, actor.partnership_id, project_id, actor.person_id);
    if (!can_rate(!groups.empty(), false)) {
        auto error = Error::forbidden("Only the project's members rate it and answer its questions: accept an invitation to the project first.");
        error.code = "not_member";
        return std::unexpected(error);
    }
    if (!can_rate(true, project->stage == "closed"))
        return std::unexpected(Error::conflict("This project is closed."));
    return std::pair { std::move(*project), projects::default_group(groups) };
}

}

Status rate_ladder(db::Database& database, Actor const& actor, std::string const& project_id, LadderForm const& form)
{
    return database.write([&](soci::session& sql) -> Status {
        auto member = member_of(sql, actor, project_id);
        if (!member)
            return std::unexpected(member.error());
        auto const& [project, group] = *member;
        store::save_rating(sql, actor.partnership_id, project.id, { actor.person_id, group, project.stage, form.rung, form.comment, now_text() });
        // The audit says that a rating was made, not which rung: nobody's rating is shown to anyone else.
        privacy::record(sql, actor.partnership_id, actor.person_id, { "barometer.ladder_rated", "project", project.id });
        return {};
    });
}

Status answer_experience(db::Database& database, Actor const& actor, std::string const& project_id, ExperienceForm const& form)
{
    return database.write([&](soci::session& sql) -> Status {
        auto member = member_of(sql, actor, project_id);
        if (!member)
            return std::unexpected(member.error());
        auto const& [project, group] = *member;
        if (store::has_answered(sql, project.id, project.stage, actor.person_id)) {
            auto error = Error::conflict("You have already answered for this stage of the project. You can answer again at its next stage.");
            error.code = "already_answered";
            return std::unexpected(error);
        }
        store::save_answer(sql, actor.partnership_id, project.id, actor.person_id, { group, project.stage, form.answers });
        privacy::record(sql, actor.partnership_id, actor.person_id, { "barometer.experience_answered", "project", project.id });
        return {};
    });
}

Result<Settings> change_settings(db::Database& database, Actor const& actor, SettingsForm const& form)
{
    if (!can_change_settings(actor))
        return std::unexpected(Error::forbidden("Only conveners change the barometer's settings."));
    return database.write([&](soci::session& sql) -> Result<Settings> {
        auto settings = store::load_settings(sql, actor.partnership_id);
        form.apply_to(settings);
        settings.updated_by = actor.person_id;
        settings.updated_at = now_text();
        store::save_settings(sql, actor.partnership_id, settings);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "barometer.settings_changed", "partnership", actor.partnership_id });
        return settings;
    });
}

Result<Note> add_note(db::Database& database, Actor const& actor, std::string const& project_id, NoteForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<Note> {
        auto const project = projects::find_project(sql, actor.partnership_id, project_id);
        if (!project)
            return std::unexpected(project_not_found());
        auto groups = projects::member_groups(sql, actor.partnership_id, project_id, actor.person_id);
        auto const person = partnership::find_person(sql, actor.partnership_id, actor.person_id);
        if (groups.empty() && person)
            groups = person->groups;
        Note note { new_id(), project->id, form.figure, form.text, actor.person_id, groups.empty() ? "" : projects::default_group(groups), now_text(),
            person ? person->name : "" };
        store::insert_note(sql, actor.partnership_id, note);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "barometer.note_added", "project", project->id, std::nullopt, note.id });
        return note;
    });
}

Result<Demographics> set_demographics(db::Database& database, Actor const& actor, DemographicsForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<Demographics> {
        store::save_demographics(sql, actor.partnership_id, actor.person_id, form.demographics);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "person.demographics_changed", "person", actor.person_id });
        return form.demographics;
    });
}

Result<long long> take_snapshots(db::Database& database, std::string const& day)
{
    auto const open = database.read([](soci::session& sql) -> Result<std::vector<std::pair<std::string, std::string>>> { return projects::open_projects(sql); });
    if (!open)
        return std::unexpected(open.error());
    long long taken = 0;
    for (auto const& [partnership_id, project_id] : *open) {
        // One transaction per project, so one project's failure leaves the others' snapshots.
        auto const written = database.write([&](soci::session& sql) -> Result<bool> {
            if (store::has_snapshot(sql, project_id, day))
                return false;
            auto const figures = snapshot_figures(sql, partnership_id, project_id);
            if (!figures)
                return false;
            store::insert_snapshot(sql, partnership_id, project_id, day, *figures);
            return true;
        });
        if (!written)
            return std::unexpected(written.error());
        taken += *written ? 1 : 0;
    }
    return taken;
}

}
