#pragma once

#include <string>

#include "core/actor.hpp"
#include "modules/initiatives/model.hpp"

// Pure rules, no database. The leads decide; supporters help; conveners
// approve or turn down, and set the budget, the partnership's money.
namespace rt::initiatives {

[[nodiscard]] bool is_lead(Initiative const& initiative, std::string const& person_id);
[[nodiscard]] bool is_supporter(Initiative const& initiative, std::string const& person_id);
// A proposed or declined initiative is for its people and the conveners;
// an approved or closed one, for every member.
[[nodiscard]] bool can_see(Actor const& actor, Initiative const& initiative);
// Its words, tasks, roles, offline helpers, outcomes, stories and closing: the leads.
[[nodiscard]] bool can_lead(Actor const& actor, Initiative const& initiative);
[[nodiscard]] bool can_decide(Actor const& actor);
[[nodiscard]] bool can_set_budget(Actor const& actor);
// A task: the leads change all of it; the person it was given to moves its status.
[[nodiscard]] bool can_change_task(Actor const& actor, Initiative const& initiative, Task const& task, bool only_status);
// Hours: a volunteer logs their own; a lead logs anyone's, and offline helpers'.
[[nodiscard]] bool can_log_hours_for(Actor const& actor, Initiative const& initiative, std::optional<std::string> const& person_id);
// Who volunteers and their access needs: the initiative's people and the conveners.
[[nodiscard]] bool can_see_volunteers(Actor const& actor, Initiative const& initiative);

}
