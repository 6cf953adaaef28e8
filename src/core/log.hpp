#pragma once

#include <string>
#include <string_view>

namespace rt {

// Log lines are JSON objects; this quotes and escapes a value for one, so a
// request path or an error message cannot break or forge a line.
[[nodiscard]] std::string json_quoted(std::string_view text);

}
