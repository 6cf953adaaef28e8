#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace rt {

using Clock = std::chrono::system_clock;
using TimePoint = std::chrono::time_point<Clock, std::chrono::milliseconds>;

[[nodiscard]] TimePoint now();

// While one lives, now() on this thread answers the given time: for seeding
// demo history (a project started weeks ago) through the ordinary commands.
class ClockOverride {
public:
    explicit ClockOverride(TimePoint time);
    ~ClockOverride();
    ClockOverride(ClockOverride const&) = delete;
    ClockOverride& operator=(ClockOverride const&) = delete;

private:
    std::optional<TimePoint> m_previous;
};

// RFC 3339 in UTC with milliseconds, e.g. 2026-11-22T13:34:23.123Z. Fixed width,
// so the stored text sorts in time order in SQLite and PostgreSQL alike.
[[nodiscard]] std::string format_time(TimePoint time);
[[nodiscard]] std::string now_text();

// Accepts RFC 3339 with Z or an offset, with or without fractional seconds.
[[nodiscard]] std::optional<TimePoint> parse_time(std::string_view text);

}
