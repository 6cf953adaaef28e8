#pragma once

#include <string_view>
#include <vector>

#include "core/actor.hpp"
#include "modules/projects/model.hpp"

// Pure rules; `is_co_lead` and the actor's organisations are looked up by the caller.
namespace rt::projects {

[[nodiscard]] bool is_co_lead(Project const& project, std::string_view person_id);
[[nodiscard]] bool can_start_project(Actor const& actor);
// Conveners and the project's co-leads run it: invitations, members, stages.
[[nodiscard]] bool can_manage_project(Actor const& actor, bool is_co_lead);
// Co-leads are the conveners' choice, among the partners at the table.
[[nodiscard]] bool can_choose_co_leads(Actor const& actor);
// Moving on without every group is a convener's decision, with a reason.
[[nodiscard]] bool can_override_gate(Actor const& actor);
// The invited person, someone acting for the invited organisation, or a convener.
[[nodiscard]] bool can_answer_invitation(Actor const& actor, Invitation const& invitation, std::vector<std::string> const& actor_organisation_ids);
// Access needs and languages of members: those who arrange the meetings.
[[nodiscard]] bool can_see_member_needs(Actor const& actor, bool is_co_lead);

}
