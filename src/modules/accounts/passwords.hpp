#pragma once

#include <string_view>

#include "core/error.hpp"

namespace rt::accounts {

// NCSC guidance: no composition rules (no "one capital, one digit"), a length
// that allows a few words together, and common or guessable passwords refused.
// The guessable ones are found by libpwquality with cracklib's dictionary
// (Debian's cracklib-runtime): dictionary words and their manglings,
// palindromes, runs like "1234567890", and the person's own name or email.
[[nodiscard]] Status check_password_rules(std::string_view password, std::string_view name = {}, std::string_view email = {});

}
