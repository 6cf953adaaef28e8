#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "modules/barometer/model.hpp"

// The barometer's catalogue: every figure with its default threshold (the
// defaults docs/barometer.md lists), the demographic questions and the
// categories a baseline may give.
namespace rt::barometer {

[[nodiscard]] std::span<FigureSpec const> figure_specs();
[[nodiscard]] FigureSpec const* find_spec(std::string_view key);

inline constexpr double k_default_reach_threshold = 0.8;
inline constexpr int k_default_small_number = 5;
inline constexpr int k_least_small_number = 3;

// The threshold in force: the partnership's, else the default.
[[nodiscard]] double threshold_of(Settings const& settings, std::string_view key);
[[nodiscard]] double reach_threshold_of(Settings const& settings);

struct DemographicQuestion {
    std::string_view key;
    std::vector<std::string_view> answers; // besides "prefer_not_to_say"
};
[[nodiscard]] std::span<DemographicQuestion const> demographic_questions();

// "question:answer" for every answer of every question.
[[nodiscard]] std::vector<std::string> categories();
[[nodiscard]] bool is_category(std::string_view category);

// The categories a person's answers place them in ("prefer_not_to_say" and
// unanswered questions place them in none).
[[nodiscard]] std::vector<std::string> categories_of(Demographics const& demographics);

// The shipped wording of the experience questions.
[[nodiscard]] std::string_view default_wording(std::string_view question);

}
