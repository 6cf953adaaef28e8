#include "modules/language/service.hpp"
#include "modules/projects/commands.hpp"

#include <algorithm>

#include "core/form.hpp"
#include "core/ids.hpp"
#include "core/time.hpp"
#include "modules/notifications/commands.hpp"
#include "modules/partnership/queries.hpp"
#include "modules/privacy/audit.hpp"
#include "modules/projects/lifecycle.hpp"
#include "modules/projects/permissions.hpp"
#include "modules/projects/queries.hpp"
#include "modules/projects/store.hpp"

namespace rt::projects {

namespace {

Error project_not_found()
{
    return Error::not_found("There is no such project in this partnership.");
}

// An organisation takes part in its sector's group; community groups with no
// sector of their own are in the voluntary and community sector (DESIGN.md).
std::string group_for_sector(std::string const& sector)
{
    return sector == "other" ? "vcs" : sector;
}

std::optional<std::string> lived_experience_group(std::vector<std::string> const& groups)
{
    for (auto const group : k_lived_experience_groups) {
        if (std::ranges::find(groups, group) != groups.end())
            return std::string { group };
    }
    return std::nullopt;
}

void record_event(soci::session& sql, Project const& project, std::string const& group, std::string const& kind,
    std::string const& subject_id, std::string const& subject_name, std::string const& at)
{
    store::insert_event(sql, project.partnership_id, project.id, { group, kind, project.stage, subject_id, subject_name, at });
}

std::string invitee_name(soci::session& sql, std::string const& partnership_id, Invitation const& invitation)
{
    if (invitation.person_id) {
        auto person = partnership::find_person(sql, partnership_id, *invitation.person_id);
        return person ? person->name : std::string {};
    }
    auto organisation = partnership::find_organisation(sql, partnership_id, invitation.organisation_id.value_or(""));
    return organisation ? organisation->name : std::string {};
}

// "local_authority, service_users_carers" -> "local authority, service users and carers".
std::string readable_groups(std::vector<std::string> const& groups)
{
    std::string text;
    for (std::size_t i = 0; i < groups.size(); ++i)
        text += (i == 0 ? "" : ", ") + partnership::group_in_words(groups[i]);
    return text;
}

// The project, with the actor's right to run it checked.
Result<Project> managed_project(soci::session& sql, Actor const& actor, std::string const& project_id)
{
    auto project = store::find_project(sql, actor.partnership_id, project_id);
    if (!project)
        return std::unexpected(project_not_found());
    if (!can_manage_project(actor, is_co_lead(*project, actor.person_id)))
        return std::unexpected(Error::forbidden("Only conveners and the project's co-leads can do this."));
    return std::move(*project);
}

bool is_member(soci::session& sql, Project const& project, std::string const& person_id)
{
    auto const members = store::list_members(sql, project.partnership_id, project.id);
    return std::ranges::any_of(members, [&](Member const& member) { return member.person_id == person_id && !member.organisation_id; });
}

bool already_involved(soci::session& sql, Project const& project, std::optional<std::string> const& organisation_id,
    std::optional<std::string> const& person_id)
{
    // An organisation is involved through any invitation or membership of its
    // own; a person through one as themselves (not as someone's representative).
    auto const same = [&](auto const& item) {
        if (organisation_id)
            return item.organisation_id == organisation_id;
        return item.person_id == person_id && !item.organisation_id;
    };
    auto const members = store::list_members(sql, project.partnership_id, project.id);
    if (std::ranges::any_of(members, same))
        return true;
    auto const invitations = store::list_invitations(sql, project.partnership_id, project.id);
    return std::ranges::any_of(invitations, [&](Invitation const& invitation) { return invitation.status != "declined" && same(invitation); });
}

}

Result<Project> create_project(db::Database& database, Actor const& actor, ProjectForm const& form)
{
    if (!can_start_project(actor))
        return std::unexpected(Error::forbidden("Only conveners can start a project."));
    return database.write([&](soci::session& sql) -> Result<Project> {
        privacy::lock_for_change(sql, actor.partnership_id);
        auto const time = now_text();
        Project project;
        project.id = new_id();
        project.partnership_id = actor.partnership_id;
        project.title = form.title;
        project.summary = form.summary;
        project.need = form.need;
        project.population = form.population;
        project.interests = form.interests;
        project.communities = form.communities;
        project.required_groups = form.required_groups;
        project.decision_rule = form.decision_rule;
        project.chair_rotation = form.chair_rotation;
        project.co_leads = form.co_leads;
        project.created_by = actor.person_id;
        project.created_at = project.updated_at = time;

        // Each co-lead is a person of this partnership who belongs to the group they lead for.
        for (auto& lead : project.co_leads) {
            auto person = partnership::find_person(sql, actor.partnership_id, lead.person_id);
            if (!person)
                return std::unexpected(Error::invalid_field("charter.co_leads", "Choose co-leads from the people in this partnership."));
            if (std::ranges::find(person->groups, lead.group) == person->groups.end())
                return std::unexpected(Error::invalid_field("charter.co_leads",
                    person->name + " does not take part in that group. Choose a group they belong to."));
            lead.name = person->name;
        }
        store::insert_project(sql, project);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "project.created", "project", project.id });
        if (auto checked = language::record_published(sql, actor, { "project", project.id, "summary", project.summary, project.id }); !checked)
            return std::unexpected(checked.error());

        // Co-leads are at the table from the first minute.
        for (auto const& lead : project.co_leads) {
            Member member { new_id(), actor.partnership_id, project.id, lead.person_id, std::nullopt, lead.group, "co_lead", std::nullopt, time, {}, {}, {} };
            store::insert_member(sql, member);
            record_event(sql, project, lead.group, "joined", lead.person_id, lead.name, time);
        }

        // The drawing-board invitations: everyone whose tags meet the project's.
        std::vector<std::string> tags = project.interests;
        for (auto const& community : project.communities) {
            if (std::ranges::find(tags, community) == tags.end())
                tags.push_back(community);
        }
        for (auto const& match : partnership::organisations_with_tags(database, actor.partnership_id, tags)) {
            Invitation invitation;
            invitation.id = new_id();
            invitation.partnership_id = actor.partnership_id;
            invitation.project_id = project.id;
            invitation.organisation_id = match.id;
            invitation.group = group_for_sector(match.sector);
            invitation.matched_on = match.matched;
            invitation.created_at = time;
            store::insert_invitation(sql, invitation);
            privacy::record(sql, actor.partnership_id, actor.person_id, { "invitation.created", "invitation", invitation.id });
        }
        for (auto const& match : partnership::people_with_interests(database, actor.partnership_id, project.interests)) {
            auto const group = lived_experience_group(match.groups);
            if (!group || is_co_lead(project, match.id))
                continue;
            Invitation invitation;
            invitation.id = new_id();
            invitation.partnership_id = actor.partnership_id;
            invitation.project_id = project.id;
            invitation.person_id = match.id;
            invitation.group = *group;
            invitation.matched_on = match.matched;
            invitation.created_at = time;
            store::insert_invitation(sql, invitation);
            privacy::record(sql, actor.partnership_id, actor.person_id, { "invitation.created", "invitation", invitation.id });
        }
        return project;
    });
}

Result<Project> update_project(db::Database& database, Actor const& actor, std::string const& id, ProjectUpdateForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<Project> {
        privacy::lock_for_change(sql, actor.partnership_id);
        auto project = managed_project(sql, actor, id);
        if (!project)
            return project;
        if (form.title)
            project->title = *form.title;
        if (form.summary)
            project->summary = *form.summary;
        if (form.need)
            project->need = *form.need;
        if (form.population)
            project->population = *form.population;
        project->updated_at = now_text();
        store::update_project(sql, *project);
        privacy::record(sql, actor.partnership_id, actor.person_id,
            { .action = "project.updated", .subject_type = "project", .subject_id = id, .fields = form.present_fields() });
        if (form.summary)
            if (auto checked = language::record_published(sql, actor, { "project", project->id, "summary", project->summary, project->id }); !checked)
                return std::unexpected(checked.error());
        return project;
    });
}

Result<Project> move_stage(db::Database& database, Actor const& actor, std::string const& id, StageForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<Project> {
        privacy::lock_for_change(sql, actor.partnership_id);
        auto project = managed_project(sql, actor, id);
        if (!project)
            return project;
        if (form.override_gate && !can_override_gate(actor))
            return std::unexpected(Error::forbidden("Only a convener can move a project on without every group."));
        if (!is_allowed_move(project->stage, form.to))
            return std::unexpected(Error::invalid_field("to", "A project in " + project->stage + " cannot move to " + form.to + "."));

        std::vector<std::string> missing;
        bool co_leads_missing = false;
        if (project->stage == "discover" && form.to != "closed") {
            std::vector<std::string> accepted;
            for (auto const& member : store::list_members(sql, actor.partnership_id, id))
                accepted.push_back(member.group);
            missing = missing_groups(project->required_groups, accepted);
            co_leads_missing = co_lead_group_count(project->co_leads) < 2;
            // NOTE: the override covers the co-leads too: with only one group at
            // the table, two co-leads from two groups cannot be chosen yet.
            if ((!missing.empty() || co_leads_missing) && !form.override_gate) {
                std::string detail = "The project cannot leave the drawing board yet.";
                if (!missing.empty())
                    detail += " Every group in its charter needs someone at the table: " + readable_groups(missing) + ".";
                if (co_leads_missing)
                    detail += " Choose two co-leads from two different groups among the partners who accepted.";
                Error error = Error::conflict(detail);
                error.code = missing.empty() ? "co_leads_missing" : "groups_missing";
                error.lists["missing_groups"] = missing;
                if (co_leads_missing)
                    error.field_errors["co_leads"] = { "Choose two co-leads from two different groups." };
                return std::unexpected(std::move(error));
            }
        }

        auto const time = now_text();
        StageChange const change { project->stage, form.to, time, actor.person_id, {}, form.reason, form.override_gate && (!missing.empty() || co_leads_missing), missing };
        store::insert_stage_change(sql, actor.partnership_id, id, change);
        project->stage = form.to;
        project->updated_at = time;
        store::update_project(sql, *project);
        privacy::record(sql, actor.partnership_id, actor.person_id,
            { .action = change.override_gate ? "project.stage_overridden" : "project.stage_changed", .subject_type = "project", .subject_id = id,
                .fields = { "stage" } });
        return project;
    });
}

Result<Project> set_co_leads(db::Database& database, Actor const& actor, std::string const& id, CoLeadsForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<Project> {
        privacy::lock_for_change(sql, actor.partnership_id);
        auto project = store::find_project(sql, actor.partnership_id, id);
        if (!project)
            return std::unexpected(project_not_found());
        if (!can_choose_co_leads(actor))
            return std::unexpected(Error::forbidden("Only conveners choose a project's co-leads."));
        if (project->stage == "closed")
            return std::unexpected(Error::conflict("This project is closed."));
        auto leads = form.co_leads;
        for (auto& lead : leads) {
            auto person = partnership::find_person(sql, actor.partnership_id, lead.person_id);
            if (!person)
                return std::unexpected(Error::invalid_field("co_leads", "Choose co-leads from the people in this partnership."));
            auto const groups = member_groups(sql, actor.partnership_id, id, lead.person_id);
            if (std::ranges::find(groups, lead.group) == groups.end())
                return std::unexpected(Error::invalid_field("co_leads",
                    person->name + " is not at the table for that group yet. Choose co-leads from the partners who accepted."));
            lead.name = person->name;
        }
        store::replace_co_leads(sql, actor.partnership_id, id, leads);
        project->co_leads = leads;
        project->updated_at = now_text();
        store::update_project(sql, *project);
        privacy::record(sql, actor.partnership_id, actor.person_id,
            { .action = "project.co_leads_set", .subject_type = "project", .subject_id = id, .fields = { "co_leads" } });
        return std::move(*project);
    });
}

Result<Invitation> add_invitation(db::Database& database, Actor const& actor, std::string const& project_id, InviteeForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<Invitation> {
        privacy::lock_for_change(sql, actor.partnership_id);
        auto project = managed_project(sql, actor, project_id);
        if (!project)
            return std::unexpected(project.error());
        Invitation invitation;
        invitation.id = new_id();
        invitation.partnership_id = actor.partnership_id;
        invitation.project_id = project_id;
        invitation.created_at = now_text();
        if (form.organisation_id) {
            auto organisation = partnership::find_organisation(sql, actor.partnership_id, *form.organisation_id);
            if (!organisation)
                return std::unexpected(Error::invalid_field("organisation_id", "Choose an organisation from this partnership."));
            invitation.organisation_id = organisation->id;
            invitation.group = group_for_sector(organisation->sector);
            // The group decides who is "at the table": only a convener may place
            // an organisation in another group than its sector's.
            if (form.group && *form.group != invitation.group) {
                if (!actor.is_convener())
                    return std::unexpected(Error::invalid_field("group", "An organisation takes part in its own sector's group."));
                invitation.group = *form.group;
            }
            invitation.invitee_name = organisation->name;
        } else {
            auto person = partnership::find_person(sql, actor.partnership_id, *form.person_id);
            if (!person)
                return std::unexpected(Error::invalid_field("person_id", "Choose a person from this partnership."));
            auto group = form.group ? form.group : lived_experience_group(person->groups);
            if (!group && !person->groups.empty())
                group = person->groups.front();
            if (!group || std::ranges::find(person->groups, *group) == person->groups.end())
                return std::unexpected(Error::invalid_field("group", "Choose a group this person takes part in."));
            invitation.person_id = person->id;
            invitation.group = *group;
            invitation.invitee_name = person->name;
        }
        if (already_involved(sql, *project, invitation.organisation_id, invitation.person_id))
            return std::unexpected(Error::conflict("They are already invited to this project or taking part in it."));
        store::insert_invitation(sql, invitation);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "invitation.created", "invitation", invitation.id });
        invitation.project_title = project->title;
        return invitation;
    });
}

Status remove_invitation(db::Database& database, Actor const& actor, std::string const& invitation_id)
{
    return database.write([&](soci::session& sql) -> Status {
        privacy::lock_for_change(sql, actor.partnership_id);
        auto invitation = store::find_invitation(sql, actor.partnership_id, invitation_id);
        if (!invitation)
            return std::unexpected(Error::not_found("There is no such invitation in this partnership."));
        if (auto project = managed_project(sql, actor, invitation->project_id); !project)
            return std::unexpected(project.error());
        if (invitation->sent_at)
            return std::unexpected(Error::conflict("This invitation has been sent, so it stays on the record."));
        store::delete_invitation(sql, actor.partnership_id, invitation_id);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "invitation.removed", "invitation", invitation_id });
        return {};
    });
}

Result<Sent> send_invitations(db::Database& database, Actor const& actor, std::string const& project_id)
{
    return database.write([&](soci::session& sql) -> Result<Sent> {
        privacy::lock_for_change(sql, actor.partnership_id);
        auto project = managed_project(sql, actor, project_id);
        if (!project)
            return std::unexpected(project.error());
        auto const time = now_text();
        Sent sent;
        for (auto const& invitation : store::list_invitations(sql, actor.partnership_id, project_id)) {
            if (invitation.sent_at)
                continue;
            auto const reach = reach_of(sql, actor.partnership_id, invitation);
            ++(reach == "email" ? sent.emailed : reach == "no_email" ? sent.no_email : sent.no_contact);
            store::mark_sent(sql, actor.partnership_id, invitation.id, time);
            record_event(sql, *project, invitation.group, "invited", invitation.person_id.value_or(invitation.organisation_id.value_or("")),
                invitee_name(sql, actor.partnership_id, invitation), time);
            privacy::record(sql, actor.partnership_id, actor.person_id, { "invitation.sent", "invitation", invitation.id });
            // The email goes with the change: queued in this transaction, sent by a worker after it commits.
            notifications::enqueue_invitation(sql, actor.partnership_id, invitation.id, actor.person_id);
            ++sent.sent;
        }
        return sent;
    });
}

namespace {

// Loads an open invitation the actor may answer.
// The audit entry names what an organiser recorded for someone.
std::vector<std::string> answer_fields(store::Answer const& answer)
{
    std::vector<std::string> fields;
    if (answer.via != "online")
        fields.emplace_back("via");
    if (!answer.note.empty())
        fields.emplace_back("note");
    return fields;
}

struct Answerable {
    Invitation invitation;
    Project project;
    store::Answer answer;
};

// The invitation, if the actor may answer it now, with the answer as it will
// be recorded: an organiser answering for someone else says how the answer
// came (paper, phone, in person); the invitee answering themself does not.
Result<Answerable> answerable(soci::session& sql, Actor const& actor, std::string const& invitation_id, std::string const& status,
    std::string const& via, std::string const& note)
{
    auto invitation = store::find_invitation(sql, actor.partnership_id, invitation_id);
    if (!invitation)
        return std::unexpected(Error::not_found("There is no such invitation in this partnership."));
    auto const me = partnership::find_person(sql, actor.partnership_id, actor.person_id);
    auto const my_organisations = me ? me->organisation_ids : std::vector<std::string> {};
    if (!can_answer_invitation(actor, *invitation, my_organisations))
        return std::unexpected(Error::forbidden("This invitation is for someone else."));
    if (!invitation->sent_at)
        return std::unexpected(Error::conflict("This invitation has not been sent yet."));
    if (invitation->status != "pending")
        return std::unexpected(Error::conflict("This invitation has already been answered."));
    auto project = store::find_project(sql, actor.partnership_id, invitation->project_id);
    if (!project)
        return std::unexpected(project_not_found());
    auto const members = store::list_members(sql, actor.partnership_id, project->id);
    bool const already_member = std::ranges::any_of(members, [&](Member const& member) {
        return invitation->organisation_id ? member.organisation_id == invitation->organisation_id
                                           : member.person_id == invitation->person_id && !member.organisation_id;
    });
    if (already_member)
        return std::unexpected(Error::conflict("They are already a member of this project."));
    bool const own = invitation->person_id ? *invitation->person_id == actor.person_id
                                           : invitation->organisation_id && std::ranges::find(my_organisations, *invitation->organisation_id) != my_organisations.end();
    if (!own && via.empty())
        return std::unexpected(Error::invalid_field("via", "Say how the answer reached you: on paper, by phone or in person."));
    if (own && !via.empty())
        return std::unexpected(Error::invalid_field("via", "This is your own invitation: answer it here, without saying how it came."));
    store::Answer answer { status, now_text(), actor.person_id, own ? "online" : via, own ? "" : note };
    return Answerable { std::move(*invitation), std::move(*project), std::move(answer) };
}

}

Result<Member> accept_invitation(db::Database& database, Actor const& actor, std::string const& invitation_id, AnswerForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<Member> {
        privacy::lock_for_change(sql, actor.partnership_id);
        auto found = answerable(sql, actor, invitation_id, "accepted", form.via, form.note);
        if (!found)
            return std::unexpected(found.error());
        auto& [invitation, project, answer] = *found;
        auto const time = answer.at;
        // An organisation's member is the organisation; the person who accepted
        // speaks for it (a convener accepting on its behalf names no one).
        bool const for_self = invitation.person_id.has_value();
        Member member { new_id(), actor.partnership_id, project.id,
            for_self ? invitation.person_id : (actor.is_convener() && !invitation.person_id ? std::nullopt : std::optional<std::string> { actor.person_id }),
            invitation.organisation_id, invitation.group, "invitation", invitation.id, time, {}, {}, {} };
        store::insert_member(sql, member);
        store::set_response(sql, actor.partnership_id, invitation.id, answer);
        member.name = invitee_name(sql, actor.partnership_id, invitation);
        record_event(sql, project, invitation.group, "accepted", invitation.person_id.value_or(invitation.organisation_id.value_or("")), member.name, time);
        privacy::record(sql, actor.partnership_id, actor.person_id,
            { .action = "invitation.accepted", .subject_type = "invitation", .subject_id = invitation.id, .fields = answer_fields(answer) });
        return member;
    });
}

Result<Invitation> decline_invitation(db::Database& database, Actor const& actor, std::string const& invitation_id, DeclineForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<Invitation> {
        privacy::lock_for_change(sql, actor.partnership_id);
        auto found = answerable(sql, actor, invitation_id, "declined", form.via, form.note);
        if (!found)
            return std::unexpected(found.error());
        auto& [invitation, project, answer] = *found;
        auto const time = answer.at;
        store::set_response(sql, actor.partnership_id, invitation.id, answer);
        invitation.status = "declined";
        invitation.responded_at = time;
        invitation.responded_by = answer.by;
        invitation.answered_via = answer.via;
        invitation.answer_note = answer.note;
        invitation.invitee_name = invitee_name(sql, actor.partnership_id, invitation);
        invitation.project_title = project.title;
        record_event(sql, project, invitation.group, "declined", invitation.person_id.value_or(invitation.organisation_id.value_or("")),
            invitation.invitee_name, time);
        privacy::record(sql, actor.partnership_id, actor.person_id,
            { .action = "invitation.declined", .subject_type = "invitation", .subject_id = invitation.id, .fields = [&] {
                 auto fields = answer_fields(answer);
                 if (!form.reason.empty())
                     fields.insert(fields.begin(), "reason");
                 return fields;
             }() });
        return invitation;
    });
}

Result<Member> add_member(db::Database& database, Actor const& actor, std::string const& project_id, InviteeForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<Member> {
        privacy::lock_for_change(sql, actor.partnership_id);
        auto project = managed_project(sql, actor, project_id);
        if (!project)
            return std::unexpected(project.error());
        auto person = partnership::find_person(sql, actor.partnership_id, *form.person_id);
        if (!person)
            return std::unexpected(Error::invalid_field("person_id", "Choose a person from this partnership."));
        if (std::ranges::find(person->groups, *form.group) == person->groups.end())
            return std::unexpected(Error::invalid_field("group", person->name + " does not take part in that group. Choose a group they belong to."));
        if (is_member(sql, *project, person->id))
            return std::unexpected(Error::conflict(person->name + " is already a member of this project."));
        auto const time = now_text();
        // Joining directly answers the person's own open invitation, if any.
        for (auto const& invitation : store::list_invitations(sql, actor.partnership_id, project_id)) {
            if (invitation.person_id != person->id || invitation.organisation_id || invitation.status != "pending")
                continue;
            if (invitation.sent_at)
                store::set_response(sql, actor.partnership_id, invitation.id, { "accepted", time, actor.person_id, "in_person", "" });
            else
                store::delete_invitation(sql, actor.partnership_id, invitation.id);
        }
        Member member { new_id(), actor.partnership_id, project_id, person->id, std::nullopt, *form.group, "direct", std::nullopt, time, person->name, {}, {} };
        store::insert_member(sql, member);
        record_event(sql, *project, member.group, "joined", person->id, person->name, time);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "project.member_added", "project", project_id, std::nullopt, person->id });
        return member;
    });
}

void record_chair(soci::session& sql, std::string const& partnership_id, std::string const& project_id, std::string const& group,
    std::string const& subject_id, std::string const& subject_name, std::string const& at)
{
    auto project = store::find_project(sql, partnership_id, project_id);
    if (!project)
        return;
    record_event(sql, *project, group, "chaired", subject_id, subject_name, at);
}

void record_took_part(soci::session& sql, std::string const& partnership_id, std::string const& project_id, std::string const& group,
    std::string const& subject_id, std::string const& subject_name, std::string const& at)
{
    auto project = store::find_project(sql, partnership_id, project_id);
    if (!project)
        return;
    record_event(sql, *project, group, "took_part", subject_id, subject_name, at);
}

void record_participant(soci::session& sql, std::string const& partnership_id, std::string const& project_id, std::string const& person_id)
{
    store::insert_participant(sql, partnership_id, project_id, person_id);
}

void record_decided(soci::session& sql, std::string const& partnership_id, std::string const& project_id, std::string const& group,
    std::string const& subject_id, std::string const& subject_name, std::string const& at)
{
    auto project = store::find_project(sql, partnership_id, project_id);
    if (!project)
        return;
    record_event(sql, *project, group, "decided", subject_id, subject_name, at);
}

}
