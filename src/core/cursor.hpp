#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace rt {

// Keyset pagination: a list ordered by (name, id) continues after the last
// row shown. The cursor is opaque to clients (URL-safe base64 of JSON).
struct NameCursor {
    std::string name;
    std::string id;
};

[[nodiscard]] std::string encode_cursor(NameCursor const& cursor);
[[nodiscard]] std::optional<NameCursor> decode_cursor(std::string_view text);

// `?limit=`: default 50, at most 200. Nullopt when it is not a number in 1..200.
[[nodiscard]] std::optional<std::size_t> parse_limit(std::optional<std::string> const& text);

}
