#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/actor.hpp"
#include "core/cursor.hpp"
#include "core/error.hpp"
#include "db/database.hpp"
#include "modules/projects/lifecycle.hpp"
#include "modules/projects/model.hpp"

namespace rt::projects {

struct ProjectView {
    Project project; // co-leads with names
    std::vector<std::string> missing_groups;
    InvitationCounts counts;
    bool can_manage { false };
    // On a single project: the groups the viewer proposes and votes for there
    // (their membership's; for an organiser who is not a member, their
    // profile's), and whether they facilitate (an organiser with none).
    std::vector<std::string> my_groups;
    bool facilitating { false };
};

struct TimelineView {
    Project project;
    std::vector<GroupTimeline> groups;
    std::vector<StageChange> stage_changes; // with names
    std::vector<ProjectEvent> events;
};

// Newest first; the cursor holds the last project's (created_at, id).
[[nodiscard]] Result<Page<ProjectView>> list_projects(db::Database& database, Actor const& actor, PageRequest const& page);
[[nodiscard]] Result<ProjectView> get_project(db::Database& database, Actor const& actor, std::string const& id);
// By group, then when invited; without a page, all of them (one page).
// A printable invitation letter for someone Roundtable cannot email: what
// the project is, the invitation's short code to quote, and who to answer to
// (issue 13, item 8). In the invitee's language when it is a person's.
struct Letter {
    Invitation invitation; // with invitee_name and project_title
    std::string project_summary;
    std::string language { "en" };
    std::string convener_name;
    std::optional<std::string> convener_email;
};
[[nodiscard]] Result<Letter> invitation_letter(db::Database& database, Actor const& actor, std::string const& invitation_id);
// The invitation whose short code this is ("k7mq 3xpa" finds K7MQ-3XPA), for
// an organiser taking an answer on the phone; 404 for no such code.
[[nodiscard]] Result<Invitation> find_invitation_by_code(db::Database& database, Actor const& actor, std::string const& typed);

[[nodiscard]] Result<Page<Invitation>> list_invitations(db::Database& database, Actor const& actor, std::string const& project_id,
    std::optional<PageRequest> const& page = std::nullopt);
// Oldest sent first.
[[nodiscard]] Result<Page<Invitation>> my_invitations(db::Database& database, Actor const& actor, PageRequest const& page);
// Access needs and languages filled only for conveners and co-leads.
// By group, then when they joined.
[[nodiscard]] Result<Page<Member>> list_members(db::Database& database, Actor const& actor, std::string const& project_id, PageRequest const& page);
// For modules working inside a project (activities, ...): whether the actor
// runs the project (convener or co-lead); not_found when there is no such project.
[[nodiscard]] Result<bool> can_organise(soci::session& sql, Actor const& actor, std::string_view project_id);

// For the partnership module: an organisation with project history (any
// invitation or membership) must stay, so that the record stays true.
[[nodiscard]] bool organisation_has_project_history(soci::session& sql, std::string_view partnership_id, std::string_view organisation_id);

// Who the actor is in a project: whether they organise it (convener or
// co-lead), and the groups they speak for there: their membership's; for an
// organiser who is not a member, their profile's; none for an organiser
// without a group, who facilitates. not_found for no such project.
struct Standing {
    bool organiser { false };
    std::vector<std::string> groups;
};
[[nodiscard]] Result<Standing> standing_in(soci::session& sql, Actor const& actor, std::string_view project_id);

// The groups a person takes part in within a project: as a member
// themselves, or acting for a member organisation. Empty: not a member.
[[nodiscard]] std::vector<std::string> member_groups(soci::session& sql, std::string_view partnership_id, std::string_view project_id,
    std::string_view person_id);

// The groups someone may speak for in a project: their membership's when
// they are a member, so a group added to their profile afterwards does not
// count there; otherwise their profile's.
[[nodiscard]] std::vector<std::string> groups_in_project(soci::session& sql, std::string_view partnership_id, std::string_view project_id,
    std::string_view person_id, std::vector<std::string> const& profile_groups);

// The project (with its co-leads) inside another module's transaction;
// nothing when it is not in the partnership.
[[nodiscard]] std::optional<Project> find_project(soci::session& sql, std::string_view partnership_id, std::string_view project_id);
// Every project not closed, in every partnership: (partnership id, project id), for jobs.
[[nodiscard]] std::vector<std::pair<std::string, std::string>> open_projects(soci::session& sql);

// For the notifications module: what an invitation email needs, and whom it
// goes to: the invited person, or everyone who acts for the invited
// organisation. Nothing when the invitation is not in the partnership.
struct InvitationMail {
    Invitation invitation;
    std::string project_title;
    std::string project_summary;
    std::string sender_name;
    std::string partnership_name;
    std::string organisation_name; // when an organisation is invited
    struct Recipient {
        std::string person_id;
        std::string name;
        std::optional<std::string> email;
        std::string language;
    };
    std::vector<Recipient> recipients;
};
// How an invitation reaches its invitee (see Invitation::reach).
[[nodiscard]] std::string reach_of(soci::session& sql, std::string_view partnership_id, Invitation const& invitation);
[[nodiscard]] std::optional<InvitationMail> invitation_mail(soci::session& sql, std::string_view partnership_id, std::string_view invitation_id,
    std::string_view sender_id);

// For the barometer: the project (with its co-leads) and each group's first
// invitation, acceptance and involvement, worked out from the earliest event
// of each kind (not every event: a project may have 100,000). Nothing for a
// project not in the partnership.
struct BarometerFacts {
    Project project;
    std::vector<GroupTimeline> groups;
};
[[nodiscard]] std::optional<BarometerFacts> barometer_facts(soci::session& sql, std::string_view partnership_id, std::string_view project_id);
// The project's members, each a person or an organisation (by id), for the barometer.
[[nodiscard]] std::vector<MemberRef> member_refs(soci::session& sql, std::string_view partnership_id, std::string_view project_id);
// Everyone who took part in the project (record_participant), by id.
[[nodiscard]] std::vector<std::string> participants(soci::session& sql, std::string_view partnership_id, std::string_view project_id);

[[nodiscard]] Result<TimelineView> get_timeline(db::Database& database, Actor const& actor, std::string const& project_id);

}
