#include "modules/engagement/calendar.hpp"

#include <mutex>

#include <libical/ical.h>

#include "core/time.hpp"

namespace rt::engagement {

namespace {

// NOTE: libical loads time zones into a shared cache; one calendar is built at a time.
std::mutex g_libical_mutex;

time_t unix_seconds(std::string const& text)
{
    auto const time = parse_time(text);
    if (!time)
        return 0;
    return static_cast<time_t>(std::chrono::duration_cast<std::chrono::seconds>(time->time_since_epoch()).count());
}

std::string readable(std::string text)
{
    std::ranges::replace(text, '-', ' ');
    return text;
}

std::string description(Activity const& activity, std::set<std::string> const& arranged)
{
    std::string text = activity.purpose;
    if (activity.venue_address && !activity.venue_features.empty()) {
        text += "\n\nAt the venue:";
        for (auto const& feature : activity.venue_features)
            text += " " + readable(feature) + ";";
        text.back() = '.';
    }
    if (!activity.languages.empty()) {
        text += "\nLanguages:";
        for (auto const& language : activity.languages)
            text += " " + language + ",";
        text.back() = '.';
    }
    if (!arranged.empty()) {
        text += "\nArranged for people coming:";
        // NOTE: an interpreter's language could point to one person at a small
        // meeting; the calendar goes to every partner, so it says only that one is there.
        bool interpreting_said = false;
        for (auto const& need : arranged) {
            if (need.starts_with("interpreter:")) {
                if (!interpreting_said)
                    text += " spoken language interpreting,";
                interpreting_said = true;
                continue;
            }
            text += " " + readable(need) + ",";
        }
        text.back() = '.';
    }
    return text;
}

}

std::string step_in_zone(std::string const& utc_time, std::string const& time_zone, std::string const& every, int steps)
{
    std::scoped_lock lock { g_libical_mutex };
    icaltimezone* utc = icaltimezone_get_utc_timezone();
    icaltimezone* zone = icaltimezone_get_builtin_timezone(time_zone.c_str());
    if (!zone)
        zone = utc;
    auto local = icaltime_convert_to_zone(icaltime_from_timet_with_zone(unix_seconds(utc_time), 0, utc), zone);
    if (every == "week") {
        icaltime_adjust(&local, 7 * steps, 0, 0, 0);
    } else {
        int const months = local.month - 1 + steps;
        local.year += months / 12;
        local.month = months % 12 + 1;
        local.day = std::min(local.day, icaltime_days_in_month(local.month, local.year));
    }
    auto const seconds = icaltime_as_timet_with_zone(local, zone);
    return format_time(TimePoint { std::chrono::seconds { seconds } });
}

namespace {

icalcomponent* new_calendar()
{
    icalcomponent* calendar = icalcomponent_new_vcalendar();
    icalcomponent_add_property(calendar, icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar, icalproperty_new_prodid("-//Roundtable//Activities//EN"));
    icalcomponent_add_property(calendar, icalproperty_new_method(ICAL_METHOD_PUBLISH));
    return calendar;
}

// Adds the activity's VEVENT, and its zone's VTIMEZONE once per zone.
void add_event(icalcomponent* calendar, Activity const& activity, std::set<std::string> const& arranged, std::set<std::string>& zones_added)
{
    icaltimezone* utc = icaltimezone_get_utc_timezone();
    icaltimezone* zone = icaltimezone_get_builtin_timezone(activity.timezone.c_str());
    if (zone && !zones_added.contains(activity.timezone)) {
        // Only the zone's rules from about the event on (the form Outlook and
        // others read), not its whole history since 1847, and named by its
        // plain IANA name (TZID:Europe/London) rather than libical's own prefix.
        icalcomponent* rules = icalcomponent_new_clone(icaltimezone_get_component(zone));
        auto const from = icaltime_from_timet_with_zone(unix_seconds(activity.starts_at) - 366 * 86400, 0, utc);
        icaltimezone_truncate_vtimezone(rules, from, icaltime_null_time(), 1);
        if (icalproperty* tzid = icalcomponent_get_first_property(rules, ICAL_TZID_PROPERTY))
            icalproperty_set_tzid(tzid, activity.timezone.c_str());
        icalcomponent_add_component(calendar, rules);
        zones_added.insert(activity.timezone);
    }

    icalcomponent* event = icalcomponent_new_vevent();
    icalcomponent_set_uid(event, (activity.id + "@roundtable").c_str());
    icalcomponent_set_dtstamp(event, icaltime_from_timet_with_zone(unix_seconds(activity.updated_at), 0, utc));
    // Local wall-clock times with TZID, written out by hand: libical's setters
    // marked a zoned local time as UTC here.
    auto add_time = [&](icalproperty* (*make)(icaltimetype), std::string const& at) {
        auto const instant = icaltime_from_timet_with_zone(unix_seconds(at), 0, utc);
        if (!zone) {
            icalcomponent_add_property(event, make(instant));
            return;
        }
        auto local = icaltime_convert_to_zone(instant, zone);
        local.zone = nullptr; // floating, so no Z; the TZID parameter gives its zone
        icalproperty* property = make(local);
        icalproperty_add_parameter(property, icalparameter_new_tzid(activity.timezone.c_str()));
        icalcomponent_add_property(event, property);
    };
    add_time(icalproperty_new_dtstart, activity.starts_at);
    add_time(icalproperty_new_dtend, activity.ends_at);
    icalcomponent_set_sequence(event, static_cast<int>(activity.sequence));
    icalcomponent_set_summary(event, activity.title.c_str());
    icalcomponent_set_description(event, description(activity, arranged).c_str());
    icalcomponent_set_status(event, activity.status == "cancelled" ? ICAL_STATUS_CANCELLED : ICAL_STATUS_CONFIRMED);
    if (activity.venue_address)
        icalcomponent_set_location(event, activity.venue_address->c_str());
    if (activity.online_url)
        icalcomponent_add_property(event, icalproperty_new_url(activity.online_url->c_str()));
    icalcomponent_add_component(calendar, event);
}

std::string finish(icalcomponent* calendar)
{
    char* text = icalcomponent_as_ical_string_r(calendar);
    std::string result { text ? text : "" };
    icalmemory_free_buffer(text);
    icalcomponent_free(calendar);
    return result;
}

}

std::string activity_calendar(Activity const& activity, std::set<std::string> const& arranged)
{
    return feed_calendar({ { activity, arranged } });
}

std::string feed_calendar(std::vector<CalendarEntry> const& entries)
{
    std::scoped_lock lock { g_libical_mutex };
    icalcomponent* calendar = new_calendar();
    std::set<std::string> zones_added;
    for (auto const& entry : entries)
        add_event(calendar, entry.activity, entry.arranged, zones_added);
    return finish(calendar);
}
}
