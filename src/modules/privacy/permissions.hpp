#pragma once

#include "core/actor.hpp"

namespace rt::privacy {

// The audit log shows who did what: for conveners, who answer for the partnership.
[[nodiscard]] inline bool can_read_audit(Actor const& actor)
{
    return actor.is_convener();
}

}
