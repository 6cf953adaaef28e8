#include "modules/panels/permissions.hpp"

namespace rt::panels {

bool can_set_up_panels(Actor const& actor)
{
    return actor.is_convener();
}

bool can_see_panel(Actor const& actor, bool sits_on_it)
{
    return sits_on_it || actor.is_convener();
}

bool can_add_candidates(Actor const& actor)
{
    return actor.is_convener();
}

bool can_judge(bool sits_on_it)
{
    return sits_on_it;
}

}
