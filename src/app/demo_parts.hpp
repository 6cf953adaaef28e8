#pragma once

// What the demo's files share.

#include <chrono>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "core/time.hpp"
#include "db/database.hpp"

namespace rt::app {

// Runs a step of the demo's history as if it happened `days` (and hours) ago.
template<typename Step>
auto days_ago(double days, Step step)
{
    auto const offset = std::chrono::milliseconds { static_cast<long long>(days * 86'400'000) };
    ClockOverride const clock { now() - offset };
    return step();
}

// Meadowbank Care's living strategy (demo_strategy.cpp); `people` maps demo names to ids.
[[nodiscard]] Status seed_demo_living_strategy(db::Database& database, Actor const& convener, std::map<std::string_view, std::string>& people,
    std::filesystem::path const& files_dir);
// Its customers' "Hug in a mug" in that project (demo_initiative.cpp); photos and receipts go under `files_dir`.
[[nodiscard]] Status seed_demo_hug_in_a_mug(db::Database& database, Actor const& convener, std::map<std::string_view, std::string>& people,
    std::string const& project_id, std::filesystem::path const& files_dir);

}
