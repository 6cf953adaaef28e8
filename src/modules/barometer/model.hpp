#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "modules/barometer/figures.hpp"

namespace rt::barometer {

inline constexpr std::array<std::string_view, 6> k_barriers { "invited_early", "marginal", "equal_partner", "top_down", "language", "resources" };

// The ladder of co-production, lowest rung first (rated 1 to 7).
inline constexpr std::array<std::string_view, 7> k_rungs { "coercion", "educating", "informing", "consulting", "engaging", "co_designing",
    "co_producing" };

// The partners' experience questionnaire, answered 1 to 5.
inline constexpr std::array<std::string_view, 5> k_questions { "involved_early", "listened_to", "understood", "practical_support",
    "decided_together" };

// The groups whose ratings are compared in the ladder's gap.
inline constexpr std::array<std::string_view, 2> k_statutory_groups { "local_authority", "health" };
inline constexpr std::array<std::string_view, 3> k_community_groups { "vcs", "service_users_carers", "residents" };

// One figure in the catalogue: where it sits, its unit, which way it alerts
// and its default threshold (none: it never alerts).
struct FigureSpec {
    std::string_view key;
    std::string_view barrier;
    std::string_view unit;
    std::optional<AlertWhen> when;
    double default_threshold;
    double max_threshold;
};

struct Settings {
    int small_number { 5 };
    std::map<std::string, double> thresholds; // only those a convener changed
    std::optional<double> reach_threshold;
    std::map<std::string, double> baseline; // category -> share of the population
    std::map<std::string, std::string> experience_wording;
    std::string updated_by;
    std::string updated_at;
};

struct Demographics {
    std::optional<std::string> age;
    std::optional<std::string> disability;
    std::optional<std::string> carer;
    std::optional<std::string> ethnicity;
};

struct LadderRating {
    std::string person_id;
    std::string group;
    std::string stage;
    int rung { 0 }; // 1..7
    std::string comment;
    std::string updated_at;
};

// An anonymous answer: the group and stage, never the person.
struct ExperienceAnswer {
    std::string group;
    std::string stage;
    std::map<std::string, int> answers; // question -> 1..5
};

struct Note {
    std::string id;
    std::string project_id;
    std::string figure;
    std::string text;
    std::string person_id;
    std::string group;
    std::string created_at;
    std::string author_name; // filled for display
};

struct SnapshotPoint {
    std::string day;
    std::optional<double> value;
    std::string state;
};

}
