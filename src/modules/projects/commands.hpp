#pragma once

#include <string>

#include <soci/soci.h>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "db/database.hpp"
#include "modules/projects/forms.hpp"
#include "modules/projects/model.hpp"

namespace rt::projects {

// Creates the project at the drawing board and, in the same transaction,
// invitations to every organisation and lived-experience participant whose
// tags match (not sent until the convener has reviewed them).
[[nodiscard]] Result<Project> create_project(db::Database& database, Actor const& actor, ProjectForm const& form);
[[nodiscard]] Result<Project> update_project(db::Database& database, Actor const& actor, std::string const& id, ProjectUpdateForm const& form);
// Leaving discover needs an accepted member of every required group and two
// co-leads from two groups, or a convener's override with a reason.
[[nodiscard]] Result<Project> move_stage(db::Database& database, Actor const& actor, std::string const& id, StageForm const& form);

// The charter's first step (conveners): co-leads chosen from the people
// already at the table, each for a group they take part in within the project.
[[nodiscard]] Result<Project> set_co_leads(db::Database& database, Actor const& actor, std::string const& id, CoLeadsForm const& form);

[[nodiscard]] Result<Invitation> add_invitation(db::Database& database, Actor const& actor, std::string const& project_id, InviteeForm const& form);
[[nodiscard]] Status remove_invitation(db::Database& database, Actor const& actor, std::string const& invitation_id);
// What sending did: how many invitations were sent, and of them how many
// went by email, need a letter (nobody with an address) or have nobody to
// reach (an organisation with no contact person yet).
struct Sent {
    long long sent { 0 };
    long long emailed { 0 };
    long long no_email { 0 };
    long long no_contact { 0 };
};
[[nodiscard]] Result<Sent> send_invitations(db::Database& database, Actor const& actor, std::string const& project_id);
[[nodiscard]] Result<Member> accept_invitation(db::Database& database, Actor const& actor, std::string const& invitation_id, AnswerForm const& form = {});
[[nodiscard]] Result<Invitation> decline_invitation(db::Database& database, Actor const& actor, std::string const& invitation_id, DeclineForm const& form);
// Someone who joined at a meeting, say: invited and accepted at this moment.
[[nodiscard]] Result<Member> add_member(db::Database& database, Actor const& actor, std::string const& project_id, InviteeForm const& form);

// The shared way for other modules (activities, contributions, decisions) to
// put "this group took part" on a project's timeline, inside their transaction.
// The same, for "this person chaired a meeting for their group" (chairing
// rotates between groups; the timeline and, later, the barometer show it).
void record_chair(soci::session& sql, std::string const& partnership_id, std::string const& project_id, std::string const& group,
    std::string const& subject_id, std::string const& subject_name, std::string const& at);

// "The partners decided": a closed proposal, with the closer's group.
void record_decided(soci::session& sql, std::string const& partnership_id, std::string const& project_id, std::string const& group,
    std::string const& subject_id, std::string const& subject_name, std::string const& at);

void record_took_part(soci::session& sql, std::string const& partnership_id, std::string const& project_id, std::string const& group,
    std::string const& subject_id, std::string const& subject_name, std::string const& at);

// Inside the caller's transaction: the person took part in the project (they
// attended, said something under their own name, or voted). Kept once per
// person, for the barometer's reach.
void record_participant(soci::session& sql, std::string const& partnership_id, std::string const& project_id, std::string const& person_id);

}
