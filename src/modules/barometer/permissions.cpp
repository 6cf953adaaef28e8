#include "modules/barometer/permissions.hpp"

namespace rt::barometer {

bool can_change_settings(Actor const& actor)
{
    return actor.is_convener();
}

bool can_rate(bool is_member, bool project_closed)
{
    return is_member && !project_closed;
}

bool can_read_comments(bool is_member, bool is_organiser, bool enough_respondents)
{
    return (is_member || is_organiser) && enough_respondents;
}

}
