#include "modules/engagement/planning.hpp"

#include <algorithm>
#include <map>

#include "core/language_tag.hpp"

namespace rt::engagement {

namespace {

constexpr std::string_view k_spoken_interpreter = "spoken-language-interpreter";
constexpr auto k_flag_window = std::chrono::hours { 72 };

}

std::optional<std::string_view> feature_for_need(std::string_view need)
{
    if (need == "step-free-access")
        return "step-free";
    if (need == "hearing-loop")
        return "hearing-loop";
    if (need == "quiet-room")
        return "quiet-room";
    if (need == "accessible-toilet")
        return "accessible-toilet";
    return std::nullopt;
}

std::string interpreter_key(std::string_view language)
{
    return "interpreter:" + std::string { language };
}

Plan make_plan(Activity const& activity, std::vector<Signup> const& places, std::set<std::string> const& arranged, TimePoint now_time)
{
    Plan plan;
    plan.people_coming = static_cast<long long>(places.size());
    std::map<std::string, long long> needs;
    std::map<std::string, long long> interpreters;
    for (auto const& signup : places) {
        for (auto const& need : signup.access_needs) {
            if (need != k_spoken_interpreter) {
                ++needs[need];
                continue;
            }
            // Every request is counted: one in a language we cannot read (left
            // empty, or stored before tags were checked) is an interpreter to
            // find for an undetermined language, never dropped. No interpreter
            // is needed when the activity runs in the person's language (`pt`
            // serves `pt-BR`).
            auto const canonical = canonical_language_tag(signup.language);
            if (!canonical) {
                ++interpreters[std::string { k_unknown_language }];
                continue;
            }
            bool const runs_in_it = std::ranges::any_of(activity.languages, [&](std::string const& offered) {
                auto const offered_canonical = canonical_language_tag(offered);
                return offered_canonical && language_covers(*offered_canonical, *canonical);
            });
            if (!runs_in_it)
                ++interpreters[*canonical];
        }
    }
    bool const at_venue = activity.venue_address.has_value();
    bool anything_open = false;
    for (auto const& [need, count] : needs) {
        NeedLine line { need, count, arranged.contains(need), false };
        auto const feature = feature_for_need(need);
        if (at_venue && feature) {
            line.met_by_venue = std::ranges::find(activity.venue_features, *feature) != activity.venue_features.end();
            if (!line.met_by_venue)
                plan.venue_gaps.push_back({ need, std::string { *feature }, count });
        }
        anything_open = anything_open || (!line.arranged && !line.met_by_venue);
        plan.needs.push_back(std::move(line));
    }
    for (auto const& [language, count] : interpreters) {
        InterpreterLine line { language, count, arranged.contains(interpreter_key(language)) };
        anything_open = anything_open || !line.arranged;
        plan.interpreters.push_back(std::move(line));
    }
    auto const starts = parse_time(activity.starts_at);
    plan.flagged = anything_open && starts && *starts > now_time && *starts - now_time < k_flag_window && activity.status != "cancelled";
    return plan;
}

}
