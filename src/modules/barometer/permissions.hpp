#pragma once

#include "core/actor.hpp"

// Who may do what with the barometer: pure rules, unit-tested.
namespace rt::barometer {

// Thresholds, the baseline and the wording are the conveners' to set.
[[nodiscard]] bool can_change_settings(Actor const& actor);

// Rating the ladder and answering the experience questions: the project's
// members (as themselves or for a member organisation), while it is open.
[[nodiscard]] bool can_rate(bool is_member, bool project_closed);

// Ladder comments, without names, are for the project's members and
// organisers, and only once enough people rated that none stands out.
[[nodiscard]] bool can_read_comments(bool is_member, bool is_organiser, bool enough_respondents);

}
