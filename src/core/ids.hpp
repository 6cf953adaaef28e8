#pragma once

#include <string>
#include <string_view>

namespace rt {

// A new UUIDv7 (RFC 9562): 48 bits of Unix time in milliseconds, then random bits.
// Ids sort by creation time, which keeps database indexes compact.
[[nodiscard]] std::string new_id();

// A new UUIDv4: random only. For records whose order of creation must not be
// readable from their id (anonymous survey responses).
[[nodiscard]] std::string new_random_id();

// True for a lowercase, hyphenated UUID string; used to reject junk ids early.
[[nodiscard]] bool looks_like_id(std::string_view text);

}
