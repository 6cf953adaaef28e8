#pragma once

// What the demo's files share.

#include <chrono>
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
[[nodiscard]] Status seed_demo_living_strategy(db::Database& database, Actor const& convener, std::map<std::string_view, std::string>& people);

}
