#include "core/time.hpp"

#include <charconv>
#include <fmt/format.h>

namespace rt {

namespace {

thread_local std::optional<TimePoint> t_fixed_now;

}

TimePoint now()
{
    if (t_fixed_now)
        return *t_fixed_now;
    return std::chrono::time_point_cast<std::chrono::milliseconds>(Clock::now());
}

ClockOverride::ClockOverride(TimePoint time)
    : m_previous(t_fixed_now)
{
    t_fixed_now = time;
}

ClockOverride::~ClockOverride()
{
    t_fixed_now = m_previous;
}

std::string format_time(TimePoint time)
{
    auto const days = std::chrono::floor<std::chrono::days>(time);
    std::chrono::year_month_day const date { days };
    std::chrono::hh_mm_ss const clock { time - days };
    return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z",
        static_cast<int>(date.year()), static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
        clock.hours().count(), clock.minutes().count(), clock.seconds().count(), clock.subseconds().count());
}

std::string now_text()
{
    return format_time(now());
}

namespace {

bool read_number(std::string_view text, std::size_t position, std::size_t digits, int& out)
{
    if (position + digits > text.size())
        return false;
    auto const* first = text.data() + position;
    auto const [end, error] = std::from_chars(first, first + digits, out);
    return error == std::errc {} && end == first + digits;
}

}

std::optional<TimePoint> parse_time(std::string_view text)
{
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (text.size() < 20 || text[4] != '-' || text[7] != '-' || (text[10] != 'T' && text[10] != 't')
        || text[13] != ':' || text[16] != ':')
        return std::nullopt;
    if (!read_number(text, 0, 4, year) || !read_number(text, 5, 2, month) || !read_number(text, 8, 2, day)
        || !read_number(text, 11, 2, hour) || !read_number(text, 14, 2, minute) || !read_number(text, 17, 2, second))
        return std::nullopt;

    std::size_t position = 19;
    int milliseconds = 0;
    if (position < text.size() && text[position] == '.') {
        ++position;
        int digits = 0;
        while (position < text.size() && text[position] >= '0' && text[position] <= '9') {
            if (digits < 3)
                milliseconds = milliseconds * 10 + (text[position] - '0');
            ++digits;
            ++position;
        }
        if (digits == 0)
            return std::nullopt;
        for (int i = digits; i < 3; ++i)
            milliseconds *= 10;
    }

    int offset_minutes = 0;
    if (position >= text.size())
        return std::nullopt;
    if (text[position] == 'Z' || text[position] == 'z') {
        ++position;
    } else if (text[position] == '+' || text[position] == '-') {
        int offset_hours = 0, offset_mins = 0;
        if (position + 6 != text.size() || text[position + 3] != ':' || !read_number(text, position + 1, 2, offset_hours)
            || !read_number(text, position + 4, 2, offset_mins) || offset_hours > 23 || offset_mins > 59)
            return std::nullopt;
        offset_minutes = (offset_hours * 60 + offset_mins) * (text[position] == '-' ? -1 : 1);
        position += 6;
    } else {
        return std::nullopt;
    }
    if (position != text.size())
        return std::nullopt;

    std::chrono::year_month_day const date { std::chrono::year { year }, std::chrono::month { static_cast<unsigned>(month) },
        std::chrono::day { static_cast<unsigned>(day) } };
    if (!date.ok() || hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    auto const since_midnight = std::chrono::hours { hour } + std::chrono::minutes { minute } + std::chrono::seconds { second }
        + std::chrono::milliseconds { milliseconds } - std::chrono::minutes { offset_minutes };
    return TimePoint { std::chrono::sys_days { date }.time_since_epoch() + since_midnight };
}

}
