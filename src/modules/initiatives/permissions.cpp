#include "modules/initiatives/permissions.hpp"

#include <algorithm>

namespace rt::initiatives {

namespace {

bool has_role(Initiative const& initiative, std::string const& person_id, std::string_view role)
{
    return std::ranges::any_of(initiative.members, [&](Member const& member) { return member.person_id == person_id && member.role == role; });
}

}

bool is_lead(Initiative const& initiative, std::string const& person_id)
{
    return has_role(initiative, person_id, "lead");
}

bool is_supporter(Initiative const& initiative, std::string const& person_id)
{
    return has_role(initiative, person_id, "supporter");
}

bool can_see(Actor const& actor, Initiative const& initiative)
{
    if (initiative.status == "approved" || initiative.status == "closed")
        return true;
    return actor.is_convener() || initiative.proposed_by == actor.person_id || is_lead(initiative, actor.person_id)
        || is_supporter(initiative, actor.person_id);
}

bool can_lead(Actor const& actor, Initiative const& initiative)
{
    return is_lead(initiative, actor.person_id);
}

bool can_decide(Actor const& actor)
{
    return actor.is_convener();
}

bool can_set_budget(Actor const& actor)
{
    return actor.is_convener();
}

bool can_change_task(Actor const& actor, Initiative const& initiative, Task const& task, bool only_status)
{
    if (is_lead(initiative, actor.person_id))
        return true;
    return only_status && task.owner_id == actor.person_id;
}

bool can_log_hours_for(Actor const& actor, Initiative const& initiative, std::optional<std::string> const& person_id)
{
    if (is_lead(initiative, actor.person_id))
        return true;
    return person_id && *person_id == actor.person_id;
}

bool can_see_volunteers(Actor const& actor, Initiative const& initiative)
{
    return actor.is_convener() || is_lead(initiative, actor.person_id) || is_supporter(initiative, actor.person_id);
}

}
