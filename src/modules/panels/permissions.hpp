#pragma once

#include "core/actor.hpp"

// Pure rules, no database: whether the actor sits on the panel is looked up
// by the caller. A panel and its candidates are private to its members and
// the conveners; to anyone else it does not exist.
namespace rt::panels {

[[nodiscard]] bool can_set_up_panels(Actor const& actor);
[[nodiscard]] bool can_see_panel(Actor const& actor, bool sits_on_it);
[[nodiscard]] bool can_add_candidates(Actor const& actor);
// Scoring and declaring a conflict: the panel's members only (a convener
// who does not sit on it sees it, and does not judge).
[[nodiscard]] bool can_judge(bool sits_on_it);

}
