#include "modules/projects/permissions.hpp"

#include <algorithm>

namespace rt::projects {

bool is_co_lead(Project const& project, std::string_view person_id)
{
    return std::ranges::any_of(project.co_leads, [&](CoLead const& lead) { return lead.person_id == person_id; });
}

bool can_start_project(Actor const& actor)
{
    return actor.is_convener();
}

bool can_manage_project(Actor const& actor, bool is_co_lead)
{
    return actor.is_convener() || is_co_lead;
}

bool can_choose_co_leads(Actor const& actor)
{
    return actor.is_convener();
}

bool can_override_gate(Actor const& actor)
{
    return actor.is_convener();
}

bool can_answer_invitation(Actor const& actor, Invitation const& invitation, std::vector<std::string> const& actor_organisation_ids)
{
    if (actor.is_convener())
        return true;
    if (invitation.person_id)
        return *invitation.person_id == actor.person_id;
    return invitation.organisation_id && std::ranges::find(actor_organisation_ids, *invitation.organisation_id) != actor_organisation_ids.end();
}

bool can_see_member_needs(Actor const& actor, bool is_co_lead)
{
    return actor.is_convener() || is_co_lead;
}

}
