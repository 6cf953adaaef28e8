#pragma once

#include <string_view>

#include "core/actor.hpp"

// Pure rules, no database. Whether someone holds the finance role, or
// organises a project, is looked up by the caller and passed in; the finance
// controls on deciding a claim (never one's own, a second pair of eyes) are
// the finance module's.
namespace rt::resources {

[[nodiscard]] bool can_set_policy(Actor const& actor);
[[nodiscard]] bool can_set_budget(Actor const& actor);
// A claim for someone else's time: conveners record those (a carer who
// gave a paper form).
[[nodiscard]] bool can_claim_for(Actor const& actor, std::string_view person_id);
// Before an activity starts there is nothing to claim for: only a convener
// records a claim early, giving a reason.
[[nodiscard]] bool can_claim_early(Actor const& actor);
// Above the activity's length (preparation, travel time): conveners only.
[[nodiscard]] bool can_claim_more_than_the_activity(Actor const& actor);
// A claim, and its amounts, are seen by the claimant and finance.
[[nodiscard]] bool can_see_claim(Actor const& actor, std::string_view claimant_id, bool finance);
// A receipt: whoever uploaded it, the claimant it went with, and finance.
[[nodiscard]] bool can_see_receipt(Actor const& actor, std::string_view uploaded_by, std::string_view claimant_id, bool finance);
// Who has not been paid for a project: its organisers and finance.
[[nodiscard]] bool can_see_unpaid(bool organiser, bool finance);
// An offer of payment is answered by the person, or by a convener for them.
[[nodiscard]] bool can_answer_offer(Actor const& actor, std::string_view person_id);

}
