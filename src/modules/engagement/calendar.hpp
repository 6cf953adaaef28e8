#pragma once

#include <set>
#include <string>

#include "modules/engagement/model.hpp"

namespace rt::engagement {

// The activity as an RFC 5545 calendar with one VEVENT, written by libical:
// UID stable across updates, SEQUENCE from the activity, times in its time
// zone (with the VTIMEZONE), LOCATION or URL, and a description that tells
// people what has been arranged. A cancelled activity has STATUS:CANCELLED.
[[nodiscard]] std::string activity_calendar(Activity const& activity, std::set<std::string> const& arranged);

}
