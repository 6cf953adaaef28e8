#pragma once

#include "core/actor.hpp"
#include "modules/contributions/model.hpp"

// Pure rules, no database.
namespace rt::contributions {

// A contribution's words are its author's: they may correct them, and so
// may the organiser who wrote them down for someone (at a meeting, on the
// phone). Nobody else rewords what someone said.
[[nodiscard]] bool can_correct_contribution(Actor const& actor, Contribution const& contribution);

}
