#include "modules/resources/permissions.hpp"

namespace rt::resources {

bool can_set_policy(Actor const& actor)
{
    return actor.is_convener();
}

bool can_set_budget(Actor const& actor)
{
    return actor.is_convener();
}

bool can_claim_for(Actor const& actor, std::string_view person_id)
{
    return person_id == actor.person_id || actor.is_convener();
}

bool can_claim_early(Actor const& actor)
{
    return actor.is_convener();
}

bool can_claim_more_than_the_activity(Actor const& actor)
{
    return actor.is_convener();
}

bool can_see_claim(Actor const& actor, std::string_view claimant_id, bool finance)
{
    return finance || claimant_id == actor.person_id;
}

bool can_see_receipt(Actor const& actor, std::string_view uploaded_by, std::string_view claimant_id, bool finance)
{
    return finance || uploaded_by == actor.person_id || (!claimant_id.empty() && claimant_id == actor.person_id);
}

bool can_see_unpaid(bool organiser, bool finance)
{
    return organiser || finance;
}

bool can_answer_offer(Actor const& actor, std::string_view person_id)
{
    return person_id == actor.person_id || actor.is_convener();
}

}
