#include "modules/surveys/csv.hpp"

#include <csv.h>
#include <unicode/utf8.h>

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

// Well-formed UTF-8 as RFC 3629 has it (ICU's strict reader): no overlong
// forms, no surrogates, nothing past U+10FFFF. Anything else would be stored
// and then refused by the JSON reader on every later read of the survey.
bool valid_utf8(std::string_view text)
{
    auto const* bytes = reinterpret_cast<uint8_t const*>(text.data());
    auto const length = static_cast<int32_t>(text.size());
    int32_t i = 0;
    while (i < length) {
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        if (c < 0)
            return false;
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

// A formula character after any number of leading quotes ('=, ''=, ...): the
// shape a guard gives, so such a field gets one more quote on the way out and
// loses one on the way in, and every answer survives the round trip.
bool formula_after_quotes(std::string_view field)
{
    auto const quotes = field.find_first_not_of('\'');
    return quotes != std::string_view::npos && quotes > 0 && starts_formula(field[quotes]);
}

}

void append_field(std::string& out, std::string_view field)
{
    // A field that already looks guarded ('=...) gets a guard of its own, so reading it back gives it unchanged.
    bool const formula = !field.empty() && (starts_formula(field[0]) || formula_after_quotes(field));
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
    if (formula_after_quotes(field))
        field.erase(0, 1);
    return field;
}

}
