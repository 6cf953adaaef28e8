#include "modules/contributions/permissions.hpp"

namespace rt::contributions {

bool can_correct_contribution(Actor const& actor, Contribution const& contribution)
{
    if (contribution.author_person_id && *contribution.author_person_id == actor.person_id)
        return true;
    return contribution.recorded_by && *contribution.recorded_by == actor.person_id;
}

}
