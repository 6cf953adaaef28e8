#pragma once

#include <string>
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
};

struct TimelineView {
    Project project;
    std::vector<GroupTimeline> groups;
    std::vector<StageChange> stage_changes; // with names
    std::vector<ProjectEvent> events;
};

struct ProjectPage {
    std::vector<ProjectView> items;
    std::optional<std::string> next_cursor;
};
// Newest first; the cursor holds the last project's (created_at, id).
[[nodiscard]] Result<ProjectPage> list_projects(db::Database& database, Actor const& actor, std::size_t limit, std::optional<NameCursor> const& after);
[[nodiscard]] Result<ProjectView> get_project(db::Database& database, Actor const& actor, std::string const& id);
[[nodiscard]] Result<std::vector<Invitation>> list_invitations(db::Database& database, Actor const& actor, std::string const& project_id);
[[nodiscard]] Result<std::vector<Invitation>> my_invitations(db::Database& database, Actor const& actor);
// Access needs and languages filled only for conveners and co-leads.
[[nodiscard]] Result<std::vector<Member>> list_members(db::Database& database, Actor const& actor, std::string const& project_id);
// For modules working inside a project (activities, ...): whether the actor
// runs the project (convener or co-lead); not_found when there is no such project.
[[nodiscard]] Result<bool> can_organise(soci::session& sql, Actor const& actor, std::string_view project_id);

// For the partnership module: an organisation with project history (any
// invitation or membership) must stay, so that the record stays true.
[[nodiscard]] bool organisation_has_project_history(soci::session& sql, std::string_view partnership_id, std::string_view organisation_id);

// The groups a person takes part in within a project: as a member
// themselves, or acting for a member organisation. Empty: not a member.
[[nodiscard]] std::vector<std::string> member_groups(soci::session& sql, std::string_view partnership_id, std::string_view project_id,
    std::string_view person_id);

// The groups someone may speak for in a project: their membership's when
// they are a member, so a group added to their profile afterwards does not
// count there; otherwise their profile's.
[[nodiscard]] std::vector<std::string> groups_in_project(soci::session& sql, std::string_view partnership_id, std::string_view project_id,
    std::string_view person_id, std::vector<std::string> const& profile_groups);

[[nodiscard]] Result<TimelineView> get_timeline(db::Database& database, Actor const& actor, std::string const& project_id);

}
