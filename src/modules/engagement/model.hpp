#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rt::engagement {

inline constexpr std::array<std::string_view, 7> k_kinds { "tea_and_talk", "meeting", "workshop", "forum", "focus_group", "online_discussion", "other" };
inline constexpr std::array<std::string_view, 5> k_venue_features { "step-free", "hearing-loop", "accessible-toilet", "quiet-room", "parking" };

struct Activity {
    std::string id;
    std::string partnership_id;
    std::string project_id;
    std::string kind;
    std::string title;
    std::string purpose;
    std::string starts_at;
    std::string ends_at;
    std::string timezone { "Europe/London" };
    std::optional<std::string> venue_address;
    std::vector<std::string> venue_features;
    std::optional<std::string> online_url;
    std::optional<long long> capacity; // none: no limit
    std::vector<std::string> languages;
    std::optional<std::string> chair_person_id; // who chairs: chairing rotates between groups
    std::optional<std::string> chair_group;
    std::optional<std::string> series_id;  // meetings of one series share it
    std::optional<std::string> recurrence; // the series' RRULE, e.g. FREQ=MONTHLY;COUNT=6
    std::string status { "scheduled" }; // scheduled | cancelled
    long long sequence { 0 };           // raised on every change (for calendar files)
    std::string created_by;
    std::string created_at;
    std::string updated_at;
};

struct Signup {
    std::string id;
    std::string activity_id;
    std::string person_id;
    std::string group;
    std::string status; // place | waiting
    std::vector<std::string> access_needs;
    std::string language;
    bool walk_in { false };
    std::string created_at;
    std::string name; // filled for display
};

struct Action {
    std::string text;
    std::string owner; // a name: the owner may be someone without an account
    std::string due_on; // YYYY-MM-DD
    bool done { false };
};

// What was said and agreed. The summary and actions are published to every
// partner; the full minutes are for the organisers.
struct Minutes {
    std::string minutes; // plain text or Markdown
    std::string summary;
    std::vector<Action> actions;
    std::string updated_at;
};

struct NeedLine {
    std::string need;
    long long count { 0 };
    bool arranged { false };
    bool met_by_venue { false };
};

struct InterpreterLine {
    std::string language;
    long long count { 0 };
    bool arranged { false };
};

struct VenueGap {
    std::string need;
    std::string feature;
    long long count { 0 };
};

// What an activity needs to be accessible to the people coming.
struct Plan {
    long long people_coming { 0 };
    std::vector<NeedLine> needs;
    std::vector<InterpreterLine> interpreters;
    std::vector<VenueGap> venue_gaps;
    bool flagged { false }; // starts within 3 days with something not arranged
};

}
