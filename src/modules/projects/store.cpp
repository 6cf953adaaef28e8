#include "modules/projects/store.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "core/form.hpp"
#include "core/ids.hpp"
#include "core/short_code.hpp"
#include "db/database.hpp"

namespace rt::projects::store {

namespace {

constexpr std::string_view k_project_columns = "id, partnership_id, title, summary, need, population, interests, communities, stage, "
                                               "required_groups, decision_rule, chair_rotation, created_by, created_at, updated_at";
constexpr std::string_view k_insert_project = R"(
    INSERT INTO projects (id, partnership_id, title, summary, need, population, interests, communities, stage,
                          required_groups, decision_rule, chair_rotation, created_by, created_at, updated_at)
    VALUES (:id, :partnership_id, :title, :summary, :need, :population, :interests, :communities, :stage,
            :required_groups, :decision_rule, :chair_rotation, :created_by, :created_at, :updated_at))";
constexpr std::string_view k_update_project = R"(
    UPDATE projects SET title = :title, summary = :summary, need = :need, population = :population, stage = :stage, updated_at = :updated_at
    WHERE partnership_id = :partnership_id AND id = :id)";
constexpr std::string_view k_insert_co_lead = R"(
    INSERT INTO project_co_leads (partnership_id, project_id, person_id, stakeholder_group)
    VALUES (:partnership_id, :project_id, :person_id, :stakeholder_group))";
constexpr std::string_view k_co_leads
    = "SELECT person_id, stakeholder_group FROM project_co_leads WHERE partnership_id = :partnership_id AND project_id = :project_id ORDER BY person_id";

constexpr std::string_view k_invitation_columns = "id, partnership_id, project_id, organisation_id, person_id, stakeholder_group, status, "
                                                  "matched_on, created_at, sent_at, responded_at, responded_by, answered_via, answer_note, short_code";
constexpr std::string_view k_insert_invitation = R"(
    INSERT INTO project_invitations (id, partnership_id, project_id, organisation_id, person_id, stakeholder_group, status, matched_on, created_at)
    VALUES (:id, :partnership_id, :project_id, :organisation_id, :person_id, :stakeholder_group, :status, :matched_on, :created_at))";
constexpr std::string_view k_delete_invitation = "DELETE FROM project_invitations WHERE partnership_id = :partnership_id AND id = :id";
constexpr std::string_view k_mark_sent = "UPDATE project_invitations SET sent_at = :at, short_code = :code "
                                         "WHERE partnership_id = :partnership_id AND id = :id AND sent_at IS NULL";
constexpr std::string_view k_code_taken = "SELECT COUNT(*) FROM project_invitations WHERE partnership_id = :partnership_id AND short_code = :code";
constexpr std::string_view k_set_response = R"(
    UPDATE project_invitations SET status = :status, responded_at = :at, responded_by = :by, answered_via = :via, answer_note = :note
    WHERE partnership_id = :partnership_id AND id = :id)";

constexpr std::string_view k_insert_member = R"(
    INSERT INTO project_members (id, partnership_id, project_id, person_id, organisation_id, stakeholder_group, via, invitation_id, joined_at, added_by)
    VALUES (:id, :partnership_id, :project_id, :person_id, :organisation_id, :stakeholder_group, :via, :invitation_id, :joined_at, :added_by))";
constexpr std::string_view k_list_members = R"(
    SELECT id, project_id, person_id, organisation_id, stakeholder_group, via, invitation_id, joined_at
    FROM project_members WHERE partnership_id = :partnership_id AND project_id = :project_id)";

constexpr std::string_view k_insert_stage_change = R"(
    INSERT INTO project_stage_changes (id, partnership_id, project_id, from_stage, to_stage, actor_id, reason, override, missing_groups, at)
    VALUES (:id, :partnership_id, :project_id, :from_stage, :to_stage, :actor_id, :reason, :override, :missing_groups, :at))";
constexpr std::string_view k_list_stage_changes = R"(
    SELECT from_stage, to_stage, at, actor_id, reason, override, missing_groups
    FROM project_stage_changes WHERE partnership_id = :partnership_id AND project_id = :project_id ORDER BY at, id)";

constexpr std::string_view k_insert_event = R"(
    INSERT INTO project_events (id, partnership_id, project_id, stakeholder_group, kind, stage, subject_id, subject_name, at)
    VALUES (:id, :partnership_id, :project_id, :stakeholder_group, :kind, :stage, :subject_id, :subject_name, :at))";
constexpr std::string_view k_list_events = R"(
    SELECT stakeholder_group, kind, stage, subject_id, subject_name, at
    FROM project_events WHERE partnership_id = :partnership_id AND project_id = :project_id ORDER BY at, id)";

Project project_from_row(soci::row const& row)
{
    Project project;
    project.id = db::text_at(row, 0);
    project.partnership_id = db::text_at(row, 1);
    project.title = db::text_at(row, 2);
    project.summary = db::text_at(row, 3);
    project.need = db::text_at(row, 4);
    project.population = db::text_at(row, 5);
    project.interests = from_json_text(db::text_at(row, 6));
    project.communities = from_json_text(db::text_at(row, 7));
    project.stage = db::text_at(row, 8);
    project.required_groups = from_json_text(db::text_at(row, 9));
    project.decision_rule = db::text_at(row, 10);
    project.chair_rotation = db::text_at(row, 11);
    project.created_by = db::text_at(row, 12);
    project.created_at = db::text_at(row, 13);
    project.updated_at = db::text_at(row, 14);
    return project;
}

Invitation invitation_from_row(soci::row const& row)
{
    Invitation invitation;
    invitation.id = db::text_at(row, 0);
    invitation.partnership_id = db::text_at(row, 1);
    invitation.project_id = db::text_at(row, 2);
    invitation.organisation_id = db::optional_text_at(row, 3);
    invitation.person_id = db::optional_text_at(row, 4);
    invitation.group = db::text_at(row, 5);
    invitation.status = db::text_at(row, 6);
    invitation.matched_on = from_json_text(db::text_at(row, 7));
    invitation.created_at = db::text_at(row, 8);
    invitation.sent_at = db::optional_text_at(row, 9);
    invitation.responded_at = db::optional_text_at(row, 10);
    invitation.responded_by = db::optional_text_at(row, 11);
    invitation.answered_via = db::text_at(row, 12);
    if (invitation.answered_via.empty() && invitation.responded_at)
        invitation.answered_via = "online";
    invitation.answer_note = db::text_at(row, 13);
    invitation.short_code = db::optional_text_at(row, 14);
    return invitation;
}

void load_co_leads(soci::session& sql, Project& project)
{
    soci::rowset<soci::row> rows = (sql.prepare << k_co_leads, soci::use(project.partnership_id), soci::use(project.id));
    for (auto const& row : rows)
        project.co_leads.push_back({ db::text_at(row, 0), db::text_at(row, 1), {} });
}

soci::indicator indicator_for(std::optional<std::string> const& value)
{
    return value ? soci::i_ok : soci::i_null;
}

}

void insert_project(soci::session& sql, Project const& project)
{
    auto const interests = to_json_text(project.interests);
    auto const communities = to_json_text(project.communities);
    auto const required = to_json_text(project.required_groups);
    sql << k_insert_project, soci::use(project.id), soci::use(project.partnership_id), soci::use(project.title), soci::use(project.summary),
        soci::use(project.need), soci::use(project.population), soci::use(interests), soci::use(communities), soci::use(project.stage),
        soci::use(required), soci::use(project.decision_rule), soci::use(project.chair_rotation), soci::use(project.created_by),
        soci::use(project.created_at), soci::use(project.updated_at);
    for (auto const& lead : project.co_leads)
        sql << k_insert_co_lead, soci::use(project.partnership_id), soci::use(project.id), soci::use(lead.person_id), soci::use(lead.group);
}

void replace_co_leads(soci::session& sql, std::string const& partnership_id, std::string const& project_id, std::vector<CoLead> const& co_leads)
{
    sql << "DELETE FROM project_co_leads WHERE partnership_id = :partnership_id AND project_id = :project_id", soci::use(partnership_id),
        soci::use(project_id);
    for (auto const& lead : co_leads)
        sql << k_insert_co_lead, soci::use(partnership_id), soci::use(project_id), soci::use(lead.person_id), soci::use(lead.group);
}

void update_project(soci::session& sql, Project const& project)
{
    sql << k_update_project, soci::use(project.title), soci::use(project.summary), soci::use(project.need), soci::use(project.population),
        soci::use(project.stage), soci::use(project.updated_at), soci::use(project.partnership_id), soci::use(project.id);
}

std::optional<Project> find_project(soci::session& sql, std::string_view partnership_id, std::string_view id)
{
    std::string const partnership { partnership_id }, key { id };
    std::string const select = fmt::format("SELECT {} FROM projects WHERE partnership_id = :partnership_id AND id = :id", k_project_columns);
    std::optional<Project> project;
    {
        soci::rowset<soci::row> rows = (sql.prepare << select, soci::use(partnership), soci::use(key));
        for (auto const& row : rows)
            project = project_from_row(row);
    }
    if (project)
        load_co_leads(sql, *project);
    return project;
}

std::vector<Project> list_projects(soci::session& sql, std::string_view partnership_id, PageRequest const& page)
{
    std::string const partnership { partnership_id };
    auto const keys = keyset(page, "created_at", "id", SortOrder::Descending);
    std::string const select
        = fmt::format("SELECT {} FROM projects WHERE partnership_id = :partnership_id AND {} {}", k_project_columns, keys.condition, keys.order_limit);
    std::vector<Project> projects;
    {
        soci::rowset<soci::row> rows = (sql.prepare << select, soci::use(partnership), soci::use(keys.on), soci::use(keys.key),
            soci::use(keys.key), soci::use(keys.id), soci::use(keys.fetch));
        for (auto const& row : rows)
            projects.push_back(project_from_row(row));
    }
    for (auto& project : projects)
        load_co_leads(sql, project);
    return projects;
}

void insert_invitation(soci::session& sql, Invitation const& invitation)
{
    auto const matched = to_json_text(invitation.matched_on);
    auto const organisation = invitation.organisation_id.value_or("");
    auto const person = invitation.person_id.value_or("");
    auto organisation_indicator = indicator_for(invitation.organisation_id);
    auto person_indicator = indicator_for(invitation.person_id);
    sql << k_insert_invitation, soci::use(invitation.id), soci::use(invitation.partnership_id), soci::use(invitation.project_id),
        soci::use(organisation, organisation_indicator), soci::use(person, person_indicator), soci::use(invitation.group),
        soci::use(invitation.status), soci::use(matched), soci::use(invitation.created_at);
}

void delete_invitation(soci::session& sql, std::string_view partnership_id, std::string_view id)
{
    std::string const partnership { partnership_id }, key { id };
    sql << k_delete_invitation, soci::use(partnership), soci::use(key);
}

std::optional<Invitation> find_invitation(soci::session& sql, std::string_view partnership_id, std::string_view id)
{
    std::string const partnership { partnership_id }, key { id };
    std::string const select = fmt::format("SELECT {} FROM project_invitations WHERE partnership_id = :partnership_id AND id = :id", k_invitation_columns);
    soci::rowset<soci::row> rows = (sql.prepare << select, soci::use(partnership), soci::use(key));
    for (auto const& row : rows)
        return invitation_from_row(row);
    return std::nullopt;
}

// Lists by group then time page on one key made of both: the group names
// contain no '|', so the joined text sorts as the pair does.
constexpr std::string_view k_by_group_then_created = "stakeholder_group || '|' || created_at";
constexpr std::string_view k_by_group_then_joined = "stakeholder_group || '|' || joined_at";

std::vector<Invitation> list_invitations(soci::session& sql, std::string_view partnership_id, std::string_view project_id,
    std::optional<PageRequest> const& page)
{
    std::string const partnership { partnership_id }, project { project_id };
    auto const keys = page ? keyset(*page, k_by_group_then_created, "id") : keyset_all(k_by_group_then_created, "id");
    std::string const select = fmt::format(
        "SELECT {} FROM project_invitations WHERE partnership_id = :partnership_id AND project_id = :project_id AND {} {}",
        k_invitation_columns, keys.condition, keys.order_limit);
    std::vector<Invitation> invitations;
    soci::rowset<soci::row> rows = (sql.prepare << select, soci::use(partnership), soci::use(project), soci::use(keys.on),
        soci::use(keys.key), soci::use(keys.key), soci::use(keys.id), soci::use(keys.fetch));
    for (auto const& row : rows)
        invitations.push_back(invitation_from_row(row));
    return invitations;
}

std::string invitation_key(Invitation const& invitation)
{
    return invitation.group + "|" + invitation.created_at;
}

void mark_sent(soci::session& sql, std::string const& partnership_id, std::string const& invitation_id, std::string const& at)
{
    // A fresh code not used in the partnership (40 random bits: a clash is rare, but checked).
    std::string code;
    for (;;) {
        code = new_short_code();
        long long taken = 0;
        sql << k_code_taken, soci::use(partnership_id), soci::use(code), soci::into(taken);
        if (taken == 0)
            break;
    }
    sql << k_mark_sent, soci::use(at), soci::use(code), soci::use(partnership_id), soci::use(invitation_id);
}

void set_response(soci::session& sql, std::string const& partnership_id, std::string const& invitation_id, Answer const& response)
{
    std::string const via = response.via == "online" ? "" : response.via;
    sql << k_set_response, soci::use(response.status), soci::use(response.at), soci::use(response.by), soci::use(via), soci::use(response.note),
        soci::use(partnership_id), soci::use(invitation_id);
}

std::optional<Invitation> find_invitation_by_code(soci::session& sql, std::string_view partnership_id, std::string_view code)
{
    std::string const partnership { partnership_id }, wanted { code };
    std::string const select = fmt::format("SELECT {} FROM project_invitations WHERE partnership_id = :partnership_id AND short_code = :code",
        k_invitation_columns);
    soci::row row;
    sql << select, soci::use(partnership), soci::use(wanted), soci::into(row);
    if (!sql.got_data())
        return std::nullopt;
    return invitation_from_row(row);
}

// NOTE: the organisations a person acts for are the partnership module's
// person_organisations, read in the same statement so invitations to them are
// keyset-paged in SQL with the person's own.
std::vector<Invitation> open_invitations_for(soci::session& sql, std::string_view partnership_id, std::string_view person_id,
    PageRequest const& page)
{
    std::string const partnership { partnership_id }, person { person_id };
    auto const keys = keyset(page, "sent_at", "id");
    std::string const select = fmt::format(
        "SELECT {} FROM project_invitations WHERE partnership_id = :partnership_id AND status = 'pending' AND sent_at IS NOT NULL "
        "AND (person_id = :person_id OR organisation_id IN (SELECT organisation_id FROM person_organisations "
        "WHERE partnership_id = :partnership_again AND person_id = :person_again)) AND {} {}",
        k_invitation_columns, keys.condition, keys.order_limit);
    std::vector<Invitation> invitations;
    soci::rowset<soci::row> rows = (sql.prepare << select, soci::use(partnership), soci::use(person), soci::use(partnership),
        soci::use(person), soci::use(keys.on), soci::use(keys.key), soci::use(keys.key), soci::use(keys.id), soci::use(keys.fetch));
    for (auto const& row : rows)
        invitations.push_back(invitation_from_row(row));
    return invitations;
}

bool organisation_has_history(soci::session& sql, std::string_view partnership_id, std::string_view organisation_id)
{
    std::string const partnership { partnership_id }, organisation { organisation_id };
    int invitations = 0, members = 0;
    sql << "SELECT COUNT(*) FROM project_invitations WHERE partnership_id = :partnership_id AND organisation_id = :organisation_id",
        soci::use(partnership), soci::use(organisation), soci::into(invitations);
    sql << "SELECT COUNT(*) FROM project_members WHERE partnership_id = :partnership_id AND organisation_id = :organisation_id",
        soci::use(partnership), soci::use(organisation), soci::into(members);
    return invitations + members > 0;
}

void insert_member(soci::session& sql, Member const& member)
{
    auto const person = member.person_id.value_or("");
    auto const organisation = member.organisation_id.value_or("");
    auto const invitation = member.invitation_id.value_or("");
    auto person_indicator = indicator_for(member.person_id);
    auto organisation_indicator = indicator_for(member.organisation_id);
    auto invitation_indicator = indicator_for(member.invitation_id);
    std::string const added_by {};
    sql << k_insert_member, soci::use(member.id), soci::use(member.partnership_id), soci::use(member.project_id),
        soci::use(person, person_indicator), soci::use(organisation, organisation_indicator), soci::use(member.group), soci::use(member.via),
        soci::use(invitation, invitation_indicator), soci::use(member.joined_at), soci::use(added_by);
}

std::vector<Member> list_members(soci::session& sql, std::string_view partnership_id, std::string_view project_id,
    std::optional<PageRequest> const& page)
{
    std::string const partnership { partnership_id }, project { project_id };
    auto const keys = page ? keyset(*page, k_by_group_then_joined, "id") : keyset_all(k_by_group_then_joined, "id");
    std::string const select = fmt::format("{} AND {} {}", k_list_members, keys.condition, keys.order_limit);
    std::vector<Member> members;
    soci::rowset<soci::row> rows = (sql.prepare << select, soci::use(partnership), soci::use(project), soci::use(keys.on),
        soci::use(keys.key), soci::use(keys.key), soci::use(keys.id), soci::use(keys.fetch));
    for (auto const& row : rows) {
        Member member;
        member.id = db::text_at(row, 0);
        member.partnership_id = partnership;
        member.project_id = db::text_at(row, 1);
        member.person_id = db::optional_text_at(row, 2);
        member.organisation_id = db::optional_text_at(row, 3);
        member.group = db::text_at(row, 4);
        member.via = db::text_at(row, 5);
        member.invitation_id = db::optional_text_at(row, 6);
        member.joined_at = db::text_at(row, 7);
        members.push_back(std::move(member));
    }
    return members;
}

std::string member_key(Member const& member)
{
    return member.group + "|" + member.joined_at;
}

void insert_stage_change(soci::session& sql, std::string const& partnership_id, std::string const& project_id, StageChange const& change)
{
    auto const id = new_id();
    int const override_gate = change.override_gate ? 1 : 0;
    auto const missing = to_json_text(change.missing_groups);
    sql << k_insert_stage_change, soci::use(id), soci::use(partnership_id), soci::use(project_id), soci::use(change.from), soci::use(change.to),
        soci::use(change.actor_id), soci::use(change.reason), soci::use(override_gate), soci::use(missing), soci::use(change.at);
}

std::vector<StageChange> list_stage_changes(soci::session& sql, std::string_view partnership_id, std::string_view project_id)
{
    std::string const partnership { partnership_id }, project { project_id };
    std::vector<StageChange> changes;
    soci::rowset<soci::row> rows = (sql.prepare << k_list_stage_changes, soci::use(partnership), soci::use(project));
    for (auto const& row : rows) {
        StageChange change;
        change.from = db::text_at(row, 0);
        change.to = db::text_at(row, 1);
        change.at = db::text_at(row, 2);
        change.actor_id = db::text_at(row, 3);
        change.reason = db::text_at(row, 4);
        change.override_gate = db::integer_at(row, 5) != 0;
        change.missing_groups = from_json_text(db::text_at(row, 6));
        changes.push_back(std::move(change));
    }
    return changes;
}

void insert_event(soci::session& sql, std::string const& partnership_id, std::string const& project_id, ProjectEvent const& event)
{
    auto const id = new_id();
    sql << k_insert_event, soci::use(id), soci::use(partnership_id), soci::use(project_id), soci::use(event.group), soci::use(event.kind),
        soci::use(event.stage), soci::use(event.subject_id), soci::use(event.subject_name), soci::use(event.at);
}

std::vector<ProjectEvent> list_events(soci::session& sql, std::string_view partnership_id, std::string_view project_id)
{
    std::string const partnership { partnership_id }, project { project_id };
    std::vector<ProjectEvent> events;
    soci::rowset<soci::row> rows = (sql.prepare << k_list_events, soci::use(partnership), soci::use(project));
    for (auto const& row : rows)
        events.push_back({ db::text_at(row, 0), db::text_at(row, 1), db::text_at(row, 2), db::text_at(row, 3), db::text_at(row, 4), db::text_at(row, 5) });
    return events;
}

std::vector<MemberRef> member_refs(soci::session& sql, std::string_view partnership_id, std::string_view project_id)
{
    std::string const partnership { partnership_id }, project { project_id };
    std::vector<MemberRef> found;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT person_id, organisation_id FROM project_members WHERE partnership_id = :p "
                                                   "AND project_id = :project",
        soci::use(partnership), soci::use(project));
    for (auto const& row : rows)
        found.push_back({ db::optional_text_at(row, 0), db::optional_text_at(row, 1) });
    return found;
}

std::vector<std::string> groups_held(soci::session& sql, std::string_view partnership_id, std::string_view project_id, std::string_view person_id,
    std::vector<std::string> const& organisation_ids)
{
    std::string const partnership { partnership_id }, project { project_id }, person { person_id };
    std::set<std::string> groups;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT stakeholder_group, person_id, organisation_id FROM project_members "
                                                   "WHERE partnership_id = :p AND project_id = :project",
        soci::use(partnership), soci::use(project));
    for (auto const& row : rows) {
        auto const member_person = db::optional_text_at(row, 1);
        auto const member_organisation = db::optional_text_at(row, 2);
        bool const mine = member_person == person
            || (member_organisation && std::ranges::find(organisation_ids, *member_organisation) != organisation_ids.end());
        if (mine)
            groups.insert(db::text_at(row, 0));
    }
    return { groups.begin(), groups.end() };
}

std::vector<std::string> participants(soci::session& sql, std::string_view partnership_id, std::string_view project_id)
{
    std::string const partnership { partnership_id }, project { project_id };
    std::vector<std::string> found;
    soci::rowset<std::string> rows = (sql.prepare << "SELECT person_id FROM project_participants WHERE project_id = :project AND partnership_id = :p",
        soci::use(project), soci::use(partnership));
    for (auto const& id : rows)
        found.push_back(id);
    return found;
}

void insert_participant(soci::session& sql, std::string const& partnership_id, std::string const& project_id, std::string const& person_id)
{
    sql << "INSERT INTO project_participants (partnership_id, project_id, person_id) VALUES (:p, :project, :person) "
           "ON CONFLICT (project_id, person_id) DO NOTHING",
        soci::use(partnership_id), soci::use(project_id), soci::use(person_id);
}

}
