#include "modules/surveys/csv.hpp"

#include <csv.h>

#include <fmt/format.h>

namespace rt::surveys::csv {

namespace {

struct Reader {
    std::vector<Record> records;
    std::vector<std::string> fields;
    long line { 1 };
    long record_start { 0 }; // 0: between records
};

void on_field(void* data, std::size_t length, void* context)
{
    auto& reader = *static_cast<Reader*>(context);
    reader.fields.emplace_back(static_cast<char const*>(data), length);
}

void on_record(int, void* context)
{
    auto& reader = *static_cast<Reader*>(context);
    reader.records.push_back({ reader.record_start, std::move(reader.fields) });
    reader.fields.clear();
    reader.record_start = 0;
}

bool valid_utf8(std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        auto const c = static_cast<unsigned char>(text[i]);
        std::size_t extra = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : (c >> 3) == 0x1E ? 3 : 4;
        if (extra == 4 || (extra == 1 && c < 0xC2) || i + extra >= text.size())
            return false;
        for (std::size_t k = 1; k <= extra; ++k)
            if ((static_cast<unsigned char>(text[i + k]) >> 6) != 0x2)
                return false;
        i += extra + 1;
    }
    return true;
}

Error file_error(long line, std::string message)
{
    Error error = Error::invalid_field("file", "The file could not be read: see the line named.");
    error.rows.push_back({ line, "", std::move(message) });
    return error;
}

}

Result<std::vector<Record>> read(std::string_view text)
{
    if (text.starts_with(k_byte_order_mark))
        text.remove_prefix(k_byte_order_mark.size());
    csv_parser parser;
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0)
        throw std::bad_alloc();
    Reader reader;
    // Fed one line at a time, so that each record knows the line it starts on
    // (a quoted field may run over several lines).
    std::size_t position = 0;
    while (position < text.size()) {
        auto end = text.find('\n', position);
        end = end == std::string_view::npos ? text.size() : end + 1;
        auto const line = text.substr(position, end - position);
        if (!valid_utf8(line)) {
            csv_free(&parser);
            return std::unexpected(file_error(reader.line, "This line is not UTF-8 text: save the file as \"CSV UTF-8\"."));
        }
        bool const blank = line.find_first_not_of("\r\n") == std::string_view::npos;
        if (reader.record_start == 0 && !blank)
            reader.record_start = reader.line;
        if (csv_parse(&parser, line.data(), line.size(), on_field, on_record, &reader) != line.size()) {
            long const where = reader.record_start ? reader.record_start : reader.line;
            csv_free(&parser);
            return std::unexpected(file_error(where, "The quotes on this row do not match: a field that starts with \" must end with \"."));
        }
        ++reader.line;
        position = end;
    }
    if (csv_fini(&parser, on_field, on_record, &reader) != 0) {
        long const where = reader.record_start ? reader.record_start : reader.line;
        csv_free(&parser);
        return std::unexpected(file_error(where, "A quoted field starting on this row never ends."));
    }
    csv_free(&parser);
    return std::move(reader.records);
}

namespace {

// What a spreadsheet may read as the start of a formula (OWASP's list).
bool starts_formula(char const c)
{
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

}

void append_field(std::string& out, std::string_view field)
{
    bool const formula = !field.empty() && starts_formula(field[0]);
    bool const needs_quotes = formula || field.find_first_of(",\"\r\n") != std::string_view::npos
        || (!field.empty() && (field.front() == ' ' || field.back() == ' ' || field.front() == '\t' || field.back() == '\t'));
    if (!needs_quotes) {
        out += field;
        return;
    }
    out += '"';
    if (formula)
        out += '\'';
    for (char const c : field) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

std::string unguard(std::string field)
{
    if (field.size() >= 2 && field[0] == '\'' && starts_formula(field[1]))
        field.erase(0, 1);
    return field;
}

}
