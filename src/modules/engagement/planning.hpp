#pragma once

#include <set>
#include <string>
#include <vector>

#include "core/time.hpp"
#include "modules/engagement/model.hpp"

// The planning view as a pure function of an activity, the people with a
// place and what has been arranged: unit-tested with hand-counted values.
namespace rt::engagement {

// The venue feature that meets a need, if a venue can meet it at all.
[[nodiscard]] std::optional<std::string_view> feature_for_need(std::string_view need);

// The plan's language for a request whose language is missing or not a
// language tag: BCP 47's "undetermined". Such a request still needs an interpreter.
inline constexpr std::string_view k_unknown_language = "und";

// Arrangement keys: a need tag, or "interpreter:LANG" for a spoken-language interpreter.
[[nodiscard]] std::string interpreter_key(std::string_view language);

[[nodiscard]] Plan make_plan(Activity const& activity, std::vector<Signup> const& places, std::set<std::string> const& arranged, TimePoint now_time);

}
