#include "modules/partnership/permissions.hpp"

namespace rt::partnership {

bool can_view_partnership(Actor const&)
{
    return true;
}

bool can_change_partnership(Actor const& actor)
{
    return actor.is_convener();
}

bool can_manage_organisations(Actor const& actor)
{
    return actor.is_convener();
}

bool can_add_people(Actor const& actor)
{
    return actor.is_convener();
}

bool can_edit_person(Actor const& actor, std::string_view person_id, PersonForm const& form)
{
    if (actor.is_convener())
        return true;
    return actor.person_id == person_id && !form.touches_convener_fields();
}

bool can_see_personal_data(Actor const& actor, std::string_view person_id)
{
    return actor.is_convener() || actor.person_id == person_id;
}

}
