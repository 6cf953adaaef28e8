#pragma once

#include <optional>
#include <string>
#include <vector>

#include <boost/json/object.hpp>

#include "core/error.hpp"
#include "modules/engagement/model.hpp"

namespace rt::engagement {

// A new activity: everything but ids and times of record.
struct Repeat {
    std::string every; // week | month
    int count { 1 };   // meetings in all, the first included
};

struct ActivityForm {
    Activity activity;
    std::optional<Repeat> repeat;

    [[nodiscard]] static Result<ActivityForm> read(boost::json::object const& body);
};

struct SignupForm {
    std::optional<std::string> person_id; // someone else, by an organiser
    std::optional<std::vector<std::string>> access_needs; // default: from the profile
    std::optional<std::string> language;                  // default: from the profile
    bool walk_in { false };

    [[nodiscard]] static Result<SignupForm> read(boost::json::object const& body);
};

struct ArrangedForm {
    std::string need; // a need tag or interpreter:LANG
    bool arranged { true };

    [[nodiscard]] static Result<ArrangedForm> read(boost::json::object const& body);
};

struct AttendanceForm {
    std::string person_id;
    std::optional<std::string> group;
    // Whether the person's employer pays them to be there; when not given,
    // it follows the group (council, health, provider and staff: yes).
    std::optional<bool> paid_by_employer;
    // Before the activity has started only a convener records attendance, and says why.
    std::string early_reason;

    [[nodiscard]] static Result<AttendanceForm> read(boost::json::object const& body);
};

// The register: everyone who was there, recorded together or not at all.
struct RegisterForm {
    std::vector<AttendanceForm> entries;
    std::string early_reason;

    [[nodiscard]] static Result<RegisterForm> read(boost::json::object const& body);
};

struct MinutesForm {
    Minutes minutes;

    [[nodiscard]] static Result<MinutesForm> read(boost::json::object const& body);
};

[[nodiscard]] bool is_time_zone(std::string_view name);

}
