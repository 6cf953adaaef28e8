#include "modules/barometer/settings.hpp"

#include <algorithm>

namespace rt::barometer {

namespace {

// Each default is a judgement a partnership may change, written down in
// docs/barometer.md. Shares and ratios run 0 to 1; days up to a year.
constexpr std::array<FigureSpec, 19> k_specs { {
    { "earliest_stage", "invited_early", "share", AlertWhen::Below, 0.8, 1 },
    { "invitation_lag_days", "invited_early", "days", AlertWhen::Above, 14, 365 },
    { "participation_lag_days", "invited_early", "days", AlertWhen::Above, 28, 365 },
    { "voice_balance", "marginal", "ratio", AlertWhen::Below, 0.7, 1 },
    { "influence_balance", "marginal", "ratio", AlertWhen::Below, 0.7, 1 },
    { "vcs_share", "marginal", "share", AlertWhen::Below, 0.15, 1 },
    { "initiative_balance", "equal_partner", "ratio", AlertWhen::Below, 0.6, 1 },
    { "decision_weight_balance", "equal_partner", "ratio", AlertWhen::Below, 0.7, 1 },
    { "community_delivery_share", "equal_partner", "share", AlertWhen::Below, 0.3, 1 },
    { "quorum_rate", "top_down", "share", AlertWhen::Below, 0.8, 1 },
    { "closed_without_groups", "top_down", "count", AlertWhen::Above, 0, 10000 },
    { "plain_language", "language", "share", AlertWhen::Below, 0.8, 1 },
    { "translation_coverage", "language", "share", AlertWhen::Below, 0.8, 1 },
    { "easy_read_coverage", "language", "share", AlertWhen::Below, 0.5, 1 },
    { "access_met", "language", "share", AlertWhen::Below, 0.9, 1 },
    { "unreachable", "language", "count", AlertWhen::Above, 0, 10000 },
    { "median_days_to_payment", "resources", "days", AlertWhen::Above, 14, 365 },
    { "attended_not_offered", "resources", "count", AlertWhen::Above, 0, 10000 },
    { "spend_by_group", "resources", "pence", std::nullopt, 0, 0 },
} };

std::array<DemographicQuestion, 4> const k_demographics { {
    { "age", { "16_24", "25_44", "45_64", "65_74", "75_plus" } },
    { "disability", { "yes", "no" } },
    { "carer", { "yes", "no" } },
    // The 2021 census's five high-level ethnic groups for England and Wales.
    { "ethnicity", { "asian", "black", "mixed", "white", "other" } },
} };

}

std::span<FigureSpec const> figure_specs()
{
    return k_specs;
}

FigureSpec const* find_spec(std::string_view key)
{
    auto const found = std::ranges::find(k_specs, key, &FigureSpec::key);
    return found == k_specs.end() ? nullptr : &*found;
}

double threshold_of(Settings const& settings, std::string_view key)
{
    if (auto const found = settings.thresholds.find(std::string { key }); found != settings.thresholds.end())
        return found->second;
    auto const* spec = find_spec(key);
    return spec ? spec->default_threshold : 0;
}

double reach_threshold_of(Settings const& settings)
{
    return settings.reach_threshold.value_or(k_default_reach_threshold);
}

std::span<DemographicQuestion const> demographic_questions()
{
    return k_demographics;
}

std::vector<std::string> categories()
{
    std::vector<std::string> all;
    for (auto const& question : k_demographics)
        for (auto const answer : question.answers)
            all.push_back(std::string { question.key } + ":" + std::string { answer });
    return all;
}

bool is_category(std::string_view category)
{
    auto const all = categories();
    return std::ranges::find(all, category) != all.end();
}

std::vector<std::string> categories_of(Demographics const& demographics)
{
    std::vector<std::string> found;
    auto add = [&](std::string_view question, std::optional<std::string> const& answer) {
        if (answer && *answer != "prefer_not_to_say")
            found.push_back(std::string { question } + ":" + *answer);
    };
    add("age", demographics.age);
    add("disability", demographics.disability);
    add("carer", demographics.carer);
    add("ethnicity", demographics.ethnicity);
    return found;
}

std::string_view default_wording(std::string_view question)
{
    if (question == "involved_early")
        return "I was involved early enough.";
    if (question == "listened_to")
        return "My views were listened to.";
    if (question == "understood")
        return "I understood what was said.";
    if (question == "practical_support")
        return "I had the practical support I needed.";
    if (question == "decided_together")
        return "Decisions were made together.";
    return "";
}

}
