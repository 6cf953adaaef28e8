#include "modules/projects/queries.hpp"

#include <algorithm>
#include <map>

#include "core/short_code.hpp"
#include "core/time.hpp"
#include "modules/initiatives/queries.hpp"
#include "modules/partnership/queries.hpp"
#include "modules/projects/permissions.hpp"
#include "modules/projects/store.hpp"

namespace rt::projects {

namespace {

Error project_not_found()
{
    return Error::not_found("There is no such project in this partnership.");
}

// Names of people and organisations, each looked up once per request.
class Names {
public:
    Names(soci::session& sql, std::string partnership_id)
        : m_sql(sql)
        , m_partnership_id(std::move(partnership_id))
    {
    }
    std::string const& person(std::string const& id)
    {
        auto [entry, inserted] = m_people.try_emplace(id);
        if (inserted) {
            auto found = partnership::find_person(m_sql, m_partnership_id, id);
            entry->second = found ? found->name : std::string {};
        }
        return entry->second;
    }
    std::string const& organisation(std::string const& id)
    {
        auto [entry, inserted] = m_organisations.try_emplace(id);
        if (inserted) {
            auto found = partnership::find_organisation(m_sql, m_partnership_id, id);
            entry->second = found ? found->name : std::string {};
        }
        return entry->second;
    }
    std::string const& of(Invitation const& invitation)
    {
        return invitation.person_id ? person(*invitation.person_id) : organisation(invitation.organisation_id.value_or(""));
    }

private:
    soci::session& m_sql;
    std::string m_partnership_id;
    std::map<std::string, std::string> m_people;
    std::map<std::string, std::string> m_organisations;
};

ProjectView view_of(soci::session& sql, Actor const& actor, Project project, Names& names)
{
    ProjectView view;
    for (auto& lead : project.co_leads)
        lead.name = names.person(lead.person_id);
    auto const members = store::list_members(sql, actor.partnership_id, project.id);
    std::vector<std::string> accepted;
    for (auto const& member : members)
        accepted.push_back(member.group);
    view.missing_groups = missing_groups(project.required_groups, accepted);
    view.counts.members = static_cast<long long>(members.size());
    for (auto const& invitation : store::list_invitations(sql, actor.partnership_id, project.id)) {
        if (!invitation.sent_at)
            ++view.counts.unsent;
        else if (invitation.status == "pending")
            ++view.counts.pending;
        else if (invitation.status == "accepted")
            ++view.counts.accepted;
        else
            ++view.counts.declined;
    }
    view.can_manage = can_manage_project(actor, is_co_lead(project, actor.person_id));
    view.project = std::move(project);
    return view;
}

}

Result<Page<ProjectView>> list_projects(db::Database& database, Actor const& actor, PageRequest const& request)
{
    return database.read([&](soci::session& sql) -> Result<Page<ProjectView>> {
        Names names { sql, actor.partnership_id };
        auto projects = finish_page(store::list_projects(sql, actor.partnership_id, request), request.limit,
            [](Project const& project) { return NameCursor { project.created_at, project.id }; });
        Page<ProjectView> page { {}, std::move(projects.next_cursor) };
        for (auto& project : projects.items)
            page.items.push_back(view_of(sql, actor, std::move(project), names));
        return page;
    });
}

Result<ProjectView> get_project(db::Database& database, Actor const& actor, std::string const& id)
{
    return database.read([&](soci::session& sql) -> Result<ProjectView> {
        auto project = store::find_project(sql, actor.partnership_id, id);
        if (!project)
            return std::unexpected(project_not_found());
        Names names { sql, actor.partnership_id };
        auto view = view_of(sql, actor, std::move(*project), names);
        auto standing = standing_in(sql, actor, id);
        if (!standing)
            return std::unexpected(standing.error());
        view.my_groups = std::move(standing->groups);
        view.facilitating = standing->organiser && view.my_groups.empty();
        return view;
    });
}

namespace {

// The invitation and its project, for one of the project's organisers.
Result<std::pair<Invitation, Project>> organised_invitation(soci::session& sql, Actor const& actor, std::optional<Invitation> invitation)
{
    if (!invitation)
        return std::unexpected(Error::not_found("There is no such invitation in this partnership."));
    auto project = store::find_project(sql, actor.partnership_id, invitation->project_id);
    if (!project)
        return std::unexpected(project_not_found());
    if (!can_manage_project(actor, is_co_lead(*project, actor.person_id)))
        return std::unexpected(Error::forbidden("Only conveners and the project's co-leads can see its invitations."));
    Names names { sql, actor.partnership_id };
    invitation->invitee_name = names.of(*invitation);
    invitation->project_title = project->title;
    if (invitation->responded_by)
        invitation->responded_by_name = names.person(*invitation->responded_by);
    return std::pair { std::move(*invitation), std::move(*project) };
}

}

Result<Letter> invitation_letter(db::Database& database, Actor const& actor, std::string const& invitation_id)
{
    return database.read([&](soci::session& sql) -> Result<Letter> {
        auto found = organised_invitation(sql, actor, store::find_invitation(sql, actor.partnership_id, invitation_id));
        if (!found)
            return std::unexpected(found.error());
        auto& [invitation, project] = *found;
        if (!invitation.sent_at) {
            auto error = Error::conflict("Send the invitation first: the letter carries the code it is given when it is sent.");
            error.code = "not_sent";
            return std::unexpected(std::move(error));
        }
        Letter letter;
        letter.project_summary = project.summary;
        if (invitation.person_id) {
            if (auto const person = partnership::find_person(sql, actor.partnership_id, *invitation.person_id))
                letter.language = person->preferred_language;
        }
        if (auto const convener = partnership::find_person(sql, actor.partnership_id, actor.person_id)) {
            letter.convener_name = convener->name;
            letter.convener_email = convener->email;
        }
        letter.invitation = std::move(invitation);
        return letter;
    });
}

Result<Invitation> find_invitation_by_code(db::Database& database, Actor const& actor, std::string const& typed)
{
    auto const code = normalise_short_code(typed);
    if (!code)
        return std::unexpected(Error::invalid_field("code", "Enter the 8 letters and numbers of the code, for example K7MQ-3XPA."));
    return database.read([&](soci::session& sql) -> Result<Invitation> {
        auto found = organised_invitation(sql, actor, store::find_invitation_by_code(sql, actor.partnership_id, *code));
        if (!found)
            return std::unexpected(found.error().kind == ErrorKind::NotFound ? Error::not_found("No invitation in this partnership has that code.")
                                                                             : found.error());
        return std::move(found->first);
    });
}

Result<Page<Invitation>> list_invitations(db::Database& database, Actor const& actor, std::string const& project_id,
    std::optional<PageRequest> const& request)
{
    return database.read([&](soci::session& sql) -> Result<Page<Invitation>> {
        auto project = store::find_project(sql, actor.partnership_id, project_id);
        if (!project)
            return std::unexpected(project_not_found());
        if (!can_manage_project(actor, is_co_lead(*project, actor.person_id)))
            return std::unexpected(Error::forbidden("Only conveners and the project's co-leads can see all its invitations."));
        Names names { sql, actor.partnership_id };
        auto rows = store::list_invitations(sql, actor.partnership_id, project_id, request);
        auto page = request ? finish_page(std::move(rows), request->limit,
                                  [](Invitation const& invitation) { return NameCursor { store::invitation_key(invitation), invitation.id }; })
                            : Page<Invitation> { std::move(rows), std::nullopt };
        for (auto& invitation : page.items) {
            invitation.invitee_name = names.of(invitation);
            invitation.project_title = project->title;
            invitation.reach = reach_of(sql, actor.partnership_id, invitation);
            if (invitation.responded_by)
                invitation.responded_by_name = names.person(*invitation.responded_by);
        }
        return page;
    });
}

Result<Page<Invitation>> my_invitations(db::Database& database, Actor const& actor, PageRequest const& request)
{
    return database.read([&](soci::session& sql) -> Result<Page<Invitation>> {
        auto page = finish_page(store::open_invitations_for(sql, actor.partnership_id, actor.person_id, request), request.limit,
            [](Invitation const& invitation) { return NameCursor { invitation.sent_at.value_or(""), invitation.id }; });
        Names names { sql, actor.partnership_id };
        for (auto& invitation : page.items) {
            invitation.invitee_name = names.of(invitation);
            auto project = store::find_project(sql, actor.partnership_id, invitation.project_id);
            invitation.project_title = project ? project->title : std::string {};
        }
        return page;
    });
}

Result<Page<Member>> list_members(db::Database& database, Actor const& actor, std::string const& project_id, PageRequest const& request)
{
    return database.read([&](soci::session& sql) -> Result<Page<Member>> {
        auto project = store::find_project(sql, actor.partnership_id, project_id);
        if (!project)
            return std::unexpected(project_not_found());
        bool const needs_visible = can_see_member_needs(actor, is_co_lead(*project, actor.person_id));
        Names names { sql, actor.partnership_id };
        auto page = finish_page(store::list_members(sql, actor.partnership_id, project_id, request), request.limit,
            [](Member const& member) { return NameCursor { store::member_key(member), member.id }; });
        for (auto& member : page.items) {
            if (member.organisation_id) {
                member.name = names.organisation(*member.organisation_id);
                continue; // an organisation's needs are its people's, recorded with them
            }
            auto person = partnership::find_person(sql, actor.partnership_id, member.person_id.value_or(""));
            if (!person)
                continue;
            member.name = person->name;
            if (needs_visible) {
                member.needs_visible = true;
                member.access_needs = person->access_needs;
                member.preferred_language = person->preferred_language;
            }
        }
        return page;
    });
}

Result<Standing> standing_in(soci::session& sql, Actor const& actor, std::string_view project_id)
{
    auto organiser = can_organise(sql, actor, project_id);
    if (!organiser)
        return std::unexpected(organiser.error());
    Standing standing { *organiser, member_groups(sql, actor.partnership_id, project_id, actor.person_id) };
    if (standing.groups.empty() && standing.organiser) {
        if (auto const person = partnership::find_person(sql, actor.partnership_id, actor.person_id))
            standing.groups = person->groups;
    }
    return standing;
}

Result<bool> can_organise(soci::session& sql, Actor const& actor, std::string_view project_id)
{
    auto project = store::find_project(sql, actor.partnership_id, project_id);
    if (!project)
        return std::unexpected(project_not_found());
    return can_manage_project(actor, is_co_lead(*project, actor.person_id));
}

bool organisation_has_project_history(soci::session& sql, std::string_view partnership_id, std::string_view organisation_id)
{
    return store::organisation_has_history(sql, partnership_id, organisation_id);
}

std::string reach_of(soci::session& sql, std::string_view partnership_id, Invitation const& invitation)
{
    std::vector<partnership::Person> invitees;
    if (invitation.person_id) {
        if (auto person = partnership::find_person(sql, partnership_id, *invitation.person_id))
            invitees.push_back(std::move(*person));
    } else if (invitation.organisation_id) {
        invitees = partnership::organisation_contacts(sql, partnership_id, *invitation.organisation_id);
    }
    if (invitees.empty())
        return "no_contact";
    bool const emailed = std::ranges::any_of(invitees, [](partnership::Person const& person) { return person.email && !person.email->empty(); });
    return emailed ? "email" : "no_email";
}

std::optional<InvitationMail> invitation_mail(soci::session& sql, std::string_view partnership_id, std::string_view invitation_id,
    std::string_view sender_id)
{
    auto invitation = store::find_invitation(sql, partnership_id, invitation_id);
    if (!invitation)
        return std::nullopt;
    auto const project = store::find_project(sql, partnership_id, invitation->project_id);
    if (!project)
        return std::nullopt;
    InvitationMail mail;
    mail.project_title = project->title;
    mail.project_summary = project->summary;
    if (auto const sender = partnership::find_person(sql, partnership_id, sender_id))
        mail.sender_name = sender->name;
    if (auto const partnership = partnership::find_partnership(sql, partnership_id))
        mail.partnership_name = partnership->name;
    auto add = [&](partnership::Person const& person) {
        mail.recipients.push_back({ person.id, person.name, person.email, person.preferred_language });
    };
    if (invitation->person_id) {
        if (auto const person = partnership::find_person(sql, partnership_id, *invitation->person_id))
            add(*person);
    } else if (invitation->organisation_id) {
        if (auto const organisation = partnership::find_organisation(sql, partnership_id, *invitation->organisation_id))
            mail.organisation_name = organisation->name;
        for (auto const& person : partnership::organisation_contacts(sql, partnership_id, *invitation->organisation_id))
            add(person);
    }
    mail.invitation = std::move(*invitation);
    return mail;
}

std::optional<Project> find_project(soci::session& sql, std::string_view partnership_id, std::string_view project_id)
{
    return store::find_project(sql, partnership_id, project_id);
}

std::vector<std::pair<std::string, std::string>> open_projects(soci::session& sql)
{
    std::vector<std::pair<std::string, std::string>> found;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT partnership_id, id FROM projects WHERE stage <> 'closed' ORDER BY partnership_id, id");
    for (auto const& row : rows)
        found.emplace_back(db::text_at(row, 0), db::text_at(row, 1));
    return found;
}

std::optional<BarometerFacts> barometer_facts(soci::session& sql, std::string_view partnership_id, std::string_view project_id)
{
    auto project = store::find_project(sql, partnership_id, project_id);
    if (!project)
        return std::nullopt;
    auto const created = parse_time(project->created_at);
    if (!created)
        return std::nullopt;
    std::string const partnership { partnership_id }, id { project_id };
    // The earliest event of each kind per group, with the stage the project
    // was in then: one index lookup each (project_events_first).
    std::vector<ProjectEvent> firsts;
    for (auto const group : partnership::k_groups) {
        std::string const group_text { group };
        for (std::string const kind : { "invited", "accepted", "joined", "took_part" }) {
            soci::rowset<soci::row> rows = (sql.prepare << "SELECT at, stage FROM project_events WHERE partnership_id = :p AND project_id = :project "
                                                           "AND stakeholder_group = :g AND kind = :k ORDER BY at LIMIT 1",
                soci::use(partnership), soci::use(id), soci::use(group_text), soci::use(kind));
            for (auto const& row : rows)
                firsts.push_back({ group_text, kind, db::text_at(row, 1), "", "", db::text_at(row, 0) });
        }
    }
    auto groups = compute_timeline(*created, project->required_groups, firsts);
    return BarometerFacts { std::move(*project), std::move(groups) };
}

std::vector<MemberRef> member_refs(soci::session& sql, std::string_view partnership_id, std::string_view project_id)
{
    return store::member_refs(sql, partnership_id, project_id);
}

std::vector<std::string> participants(soci::session& sql, std::string_view partnership_id, std::string_view project_id)
{
    return store::participants(sql, partnership_id, project_id);
}

Result<TimelineView> get_timeline(db::Database& database, Actor const& actor, std::string const& project_id)
{
    return database.read([&](soci::session& sql) -> Result<TimelineView> {
        auto project = store::find_project(sql, actor.partnership_id, project_id);
        if (!project)
            return std::unexpected(project_not_found());
        auto const created = parse_time(project->created_at);
        if (!created)
            return std::unexpected(Error::not_found());
        TimelineView view;
        view.events = store::list_events(sql, actor.partnership_id, project_id);
        view.groups = compute_timeline(*created, project->required_groups, view.events);
        // Delivery by community groups: each initiative of the project that ran, credited to its leads' groups.
        for (auto const& led : initiatives::led_initiatives(sql, actor.partnership_id, project_id))
            for (auto const& group : led.lead_groups)
                view.events.push_back({ group, "led_initiative", project->stage, led.id, led.title, led.started_at });
        std::ranges::stable_sort(view.events, [](ProjectEvent const& a, ProjectEvent const& b) { return a.at < b.at; });
        Names names { sql, actor.partnership_id };
        view.stage_changes = store::list_stage_changes(sql, actor.partnership_id, project_id);
        for (auto& change : view.stage_changes)
            change.actor_name = names.person(change.actor_id);
        view.project = std::move(*project);
        return view;
    });
}

std::vector<std::string> member_groups(soci::session& sql, std::string_view partnership_id, std::string_view project_id, std::string_view person_id)
{
    auto const person = partnership::find_person(sql, partnership_id, person_id);
    return store::groups_held(sql, partnership_id, project_id, person_id, person ? person->organisation_ids : std::vector<std::string> {});
}

std::vector<std::string> groups_in_project(soci::session& sql, std::string_view partnership_id, std::string_view project_id,
    std::string_view person_id, std::vector<std::string> const& profile_groups)
{
    auto groups = member_groups(sql, partnership_id, project_id, person_id);
    if (groups.empty())
        return profile_groups;
    return groups;
}

}
