#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

// RFC 4180 files: reading with libcsv (quotes, doubled quotes and line breaks
// inside fields), writing by hand (it is only quoting).
namespace rt::surveys::csv {

struct Record {
    long line { 0 }; // the line of the file the record starts on (1 = first)
    std::vector<std::string> fields;
};

// Every record, empty lines skipped. A leading UTF-8 byte order mark is
// dropped. Broken quoting or bad UTF-8 is an error whose `rows` name the line.
[[nodiscard]] Result<std::vector<Record>> read(std::string_view text);

// One field, quoted when it holds a comma, quote, line break or surrounding
// space. A field a spreadsheet would run as a formula (= + - @ first) gets a
// leading apostrophe, which `unguard` removes again on import.
void append_field(std::string& out, std::string_view field);
[[nodiscard]] std::string unguard(std::string field);

inline constexpr std::string_view k_byte_order_mark = "\xEF\xBB\xBF";

}
