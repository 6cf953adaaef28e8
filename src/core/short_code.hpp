#pragma once

#include <optional>
#include <string>
#include <string_view>

// Short codes people read aloud or type from paper: 8 characters of
// Crockford's base32 (digits and letters without I, L, O and U, so nothing
// is mistaken for 1 or 0), shown as two groups of four: "K7MQ-3XPA".
namespace rt {

[[nodiscard]] std::string new_short_code();
// The code as stored, from what someone typed or said: case, spaces and
// dashes do not matter, and O, I and L read as 0, 1 and 1. Nullopt when it
// is not 8 such characters.
[[nodiscard]] std::optional<std::string> normalise_short_code(std::string_view typed);
// "K7MQ3XPA" as "K7MQ-3XPA".
[[nodiscard]] std::string show_short_code(std::string_view code);

}
