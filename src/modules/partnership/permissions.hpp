#pragma once

#include <string_view>

#include "core/actor.hpp"
#include "modules/partnership/forms.hpp"

// Pure rules, no database: every query already limits the actor to their own
// partnership, so these only decide what a role may do inside it.
namespace rt::partnership {

[[nodiscard]] bool can_view_partnership(Actor const& actor);
[[nodiscard]] bool can_change_partnership(Actor const& actor);
[[nodiscard]] bool can_manage_organisations(Actor const& actor);
[[nodiscard]] bool can_add_people(Actor const& actor);
[[nodiscard]] bool can_edit_person(Actor const& actor, std::string_view person_id, PersonForm const& form);
// Email and access needs: the person themself and conveners, who arrange support.
[[nodiscard]] bool can_see_personal_data(Actor const& actor, std::string_view person_id);

}
