#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <soci/soci.h>

#include "core/cursor.hpp"
#include "modules/projects/model.hpp"

// SQL for projects. Every statement names the partnership.
namespace rt::projects::store {

void insert_project(soci::session& sql, Project const& project);
void update_project(soci::session& sql, Project const& project);
[[nodiscard]] std::optional<Project> find_project(soci::session& sql, std::string_view partnership_id, std::string_view id);
// Newest first: one keyset page (limit + 1 rows) on (created_at, id).
[[nodiscard]] std::vector<Project> list_projects(soci::session& sql, std::string_view partnership_id, PageRequest const& page);

// The project's co-leads become exactly these.
void replace_co_leads(soci::session& sql, std::string const& partnership_id, std::string const& project_id, std::vector<CoLead> const& co_leads);

void insert_invitation(soci::session& sql, Invitation const& invitation);
void delete_invitation(soci::session& sql, std::string_view partnership_id, std::string_view id);
[[nodiscard]] std::optional<Invitation> find_invitation(soci::session& sql, std::string_view partnership_id, std::string_view id);
// By group, then when invited. With a page: that keyset page (limit + 1
// rows, the key is invitation_key()); without: every invitation.
[[nodiscard]] std::vector<Invitation> list_invitations(soci::session& sql, std::string_view partnership_id, std::string_view project_id,
    std::optional<PageRequest> const& page = std::nullopt);
[[nodiscard]] std::string invitation_key(Invitation const& invitation);
void mark_sent(soci::session& sql, std::string const& partnership_id, std::string const& invitation_id, std::string const& at);
// An answer to an invitation: who recorded it, and how it reached us.
struct Answer {
    std::string status; // accepted | declined
    std::string at;
    std::string by;
    std::string via { "online" }; // online | paper | phone | in_person
    std::string note;
};
void set_response(soci::session& sql, std::string const& partnership_id, std::string const& invitation_id, Answer const& answer);
// The invitation with this (normalised) short code, if any.
[[nodiscard]] std::optional<Invitation> find_invitation_by_code(soci::session& sql, std::string_view partnership_id, std::string_view code);
// Sent, unanswered invitations to the person or to an organisation they act
// for, oldest sent first: one keyset page (limit + 1 rows) on (sent_at, id).
[[nodiscard]] std::vector<Invitation> open_invitations_for(soci::session& sql, std::string_view partnership_id, std::string_view person_id,
    PageRequest const& page);

[[nodiscard]] bool organisation_has_history(soci::session& sql, std::string_view partnership_id, std::string_view organisation_id);

void insert_member(soci::session& sql, Member const& member);
// By group, then when they joined. With a page: that keyset page (limit + 1
// rows, the key is member_key()); without: every member.
[[nodiscard]] std::vector<Member> list_members(soci::session& sql, std::string_view partnership_id, std::string_view project_id,
    std::optional<PageRequest> const& page = std::nullopt);
[[nodiscard]] std::string member_key(Member const& member);

void insert_stage_change(soci::session& sql, std::string const& partnership_id, std::string const& project_id, StageChange const& change);
[[nodiscard]] std::vector<StageChange> list_stage_changes(soci::session& sql, std::string_view partnership_id, std::string_view project_id);

void insert_event(soci::session& sql, std::string const& partnership_id, std::string const& project_id, ProjectEvent const& event);
[[nodiscard]] std::vector<ProjectEvent> list_events(soci::session& sql, std::string_view partnership_id, std::string_view project_id);

[[nodiscard]] std::vector<MemberRef> member_refs(soci::session& sql, std::string_view partnership_id, std::string_view project_id);
// The groups of the project's memberships held by the person or by one of
// these organisations, in order, each once.
[[nodiscard]] std::vector<std::string> groups_held(soci::session& sql, std::string_view partnership_id, std::string_view project_id,
    std::string_view person_id, std::vector<std::string> const& organisation_ids);
[[nodiscard]] std::vector<std::string> participants(soci::session& sql, std::string_view partnership_id, std::string_view project_id);
void insert_participant(soci::session& sql, std::string const& partnership_id, std::string const& project_id, std::string const& person_id);

}
