#pragma once

#include <set>
#include <string>

#include "modules/engagement/model.hpp"

namespace rt::engagement {

// The activity as an RFC 5545 calendar with one VEVENT, written by libical:
// UID stable across updates, SEQUENCE from the activity, times in its time
// zone (with the VTIMEZONE), LOCATION or URL, and a description that tells
// people what has been arranged. A cancelled activity has STATUS:CANCELLED.
// The same wall-clock time `steps` weeks or months later in the time zone
// (14:00 in London stays 14:00 across the clock change), as RFC 3339 UTC.
// A month from 31 January is the last day of February.
[[nodiscard]] std::string step_in_zone(std::string const& utc_time, std::string const& time_zone, std::string const& every, int steps);

[[nodiscard]] std::string activity_calendar(Activity const& activity, std::set<std::string> const& arranged);

// Several activities in one calendar (a person's feed), one VEVENT each.
struct CalendarEntry {
    Activity activity;
    std::set<std::string> arranged;
};
[[nodiscard]] std::string feed_calendar(std::vector<CalendarEntry> const& entries);

}
