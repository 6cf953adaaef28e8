#include "core/form.hpp"
#include "core/language_tag.hpp"

#include <algorithm>
#include <fmt/format.h>

#include <boost/json.hpp>

#include "core/ids.hpp"

namespace rt {

namespace {

std::string_view trim(std::string_view text)
{
    auto const is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!text.empty() && is_space(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && is_space(text.back()))
        text.remove_suffix(1);
    return text;
}

bool has_control_characters(std::string_view text, TextRule::Lines lines)
{
    return std::ranges::any_of(text, [lines](char c) {
        auto const byte = static_cast<unsigned char>(c);
        if (byte == '\n' || byte == '\t' || byte == '\r')
            return lines == TextRule::Lines::Single;
        return byte < 0x20 || byte == 0x7F;
    });
}

}

FormReader::FormReader(boost::json::object const& body)
    : m_body(body)
{
}

bool FormReader::has(std::string_view field) const
{
    return m_body.contains(field);
}

boost::json::value const* FormReader::find(std::string_view field) const
{
    return m_body.if_contains(field);
}

void FormReader::add_error(std::string_view field, std::string message)
{
    m_errors[std::string { field }].push_back(std::move(message));
}

std::optional<std::string> FormReader::text(std::string_view field, TextRule rule)
{
    auto const* value = find(field);
    if (!value || value->is_null()) {
        if (rule.presence == Presence::Required)
            add_error(field, "Enter this.");
        return std::nullopt;
    }
    if (!value->is_string()) {
        add_error(field, "Must be text.");
        return std::nullopt;
    }
    auto const trimmed = trim(value->get_string());
    if (has_control_characters(trimmed, rule.lines)) {
        add_error(field, rule.lines == TextRule::Lines::Single ? "Must be on one line." : "Contains characters that are not allowed.");
        return std::nullopt;
    }
    auto const length = code_point_count(trimmed);
    if (length == 0 && rule.presence == Presence::Required) {
        add_error(field, "Enter this.");
        return std::nullopt;
    }
    if (length < rule.min_length) {
        add_error(field, fmt::format("Must be at least {} characters.", rule.min_length));
        return std::nullopt;
    }
    if (length > rule.max_length) {
        add_error(field, fmt::format("Must be {} characters or fewer.", rule.max_length));
        return std::nullopt;
    }
    return std::string { trimmed };
}

std::optional<std::string> FormReader::choice(std::string_view field, std::span<std::string_view const> allowed, Presence presence)
{
    auto const* value = find(field);
    if (!value || value->is_null()) {
        if (presence == Presence::Required)
            add_error(field, "Choose one.");
        return std::nullopt;
    }
    if (!value->is_string() || std::ranges::find(allowed, std::string_view { value->get_string() }) == allowed.end()) {
        add_error(field, "Choose one of the options given.");
        return std::nullopt;
    }
    return std::string { value->get_string() };
}

std::optional<bool> FormReader::boolean(std::string_view field, Presence presence)
{
    auto const* value = find(field);
    if (!value || value->is_null()) {
        if (presence == Presence::Required)
            add_error(field, "Choose yes or no.");
        return std::nullopt;
    }
    if (!value->is_bool()) {
        add_error(field, "Must be true or false.");
        return std::nullopt;
    }
    return value->get_bool();
}

std::optional<std::vector<std::string>> FormReader::string_list(std::string_view field, std::size_t max_count)
{
    auto const* value = find(field);
    if (!value || value->is_null())
        return std::nullopt;
    if (!value->is_array()) {
        add_error(field, "Must be a list.");
        return std::nullopt;
    }
    auto const& array = value->get_array();
    if (array.size() > max_count) {
        add_error(field, fmt::format("Must have {} items or fewer.", max_count));
        return std::nullopt;
    }
    std::vector<std::string> items;
    for (auto const& item : array) {
        if (!item.is_string()) {
            add_error(field, "Every item must be text.");
            return std::nullopt;
        }
        std::string text { item.get_string() };
        if (std::ranges::find(items, text) == items.end())
            items.push_back(std::move(text));
    }
    return items;
}

namespace {

constexpr std::string_view k_language_message = "Choose a language from the list, or give a BCP 47 language tag such as ti or pt-BR.";

}

std::optional<std::string> FormReader::language(std::string_view field, Presence presence)
{
    auto const text = this->text(field, { .presence = presence, .max_length = 35 });
    if (!text)
        return std::nullopt;
    auto canonical = canonical_language_tag(*text);
    if (!canonical)
        add_error(field, std::string { k_language_message });
    return canonical;
}

std::optional<std::vector<std::string>> FormReader::languages(std::string_view field, std::size_t max_count)
{
    auto items = string_list(field, max_count);
    if (!items)
        return std::nullopt;
    std::vector<std::string> canonical_items;
    for (auto const& item : *items) {
        auto canonical = canonical_language_tag(item);
        if (!canonical) {
            add_error(field, std::string { k_language_message });
            return std::nullopt;
        }
        if (std::ranges::find(canonical_items, *canonical) == canonical_items.end())
            canonical_items.push_back(std::move(*canonical));
    }
    return canonical_items;
}

std::optional<std::vector<std::string>> FormReader::tags(std::string_view field, std::size_t max_count)
{
    auto items = string_list(field, max_count);
    if (!items)
        return std::nullopt;
    for (auto const& item : *items) {
        if (!is_tag(item)) {
            add_error(field, fmt::format("\"{}\" must use lowercase letters, numbers and hyphens, like older-people.",
                                 item.substr(0, 40)));
            return std::nullopt;
        }
    }
    return items;
}

std::optional<std::vector<std::string>> FormReader::choices(std::string_view field, std::span<std::string_view const> allowed)
{
    auto items = string_list(field, allowed.size());
    if (!items)
        return std::nullopt;
    for (auto const& item : *items) {
        if (std::ranges::find(allowed, std::string_view { item }) == allowed.end()) {
            add_error(field, "Choose from the options given.");
            return std::nullopt;
        }
    }
    return items;
}

std::optional<std::vector<std::string>> FormReader::ids(std::string_view field, std::size_t max_count)
{
    auto items = string_list(field, max_count);
    if (!items)
        return std::nullopt;
    if (!std::ranges::all_of(*items, [](auto const& item) { return looks_like_id(item); })) {
        add_error(field, "Contains an id that is not valid.");
        return std::nullopt;
    }
    return items;
}

std::optional<std::string> FormReader::email(std::string_view field, Presence presence)
{
    auto text_value = text(field, { .presence = presence, .max_length = 254 });
    if (!text_value || text_value->empty())
        return text_value;
    // A deliberately loose check: one @, something either side, a dot in the
    // domain, no spaces. Delivery is the real test of an address.
    auto const at = text_value->find('@');
    bool const valid = at != std::string::npos && at > 0 && text_value->find('@', at + 1) == std::string::npos
        && text_value->find('.', at) != std::string::npos && text_value->back() != '.'
        && text_value->find(' ') == std::string::npos;
    if (!valid) {
        add_error(field, "Enter an email address in the correct format, like name@example.com.");
        return std::nullopt;
    }
    std::ranges::transform(*text_value, text_value->begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text_value;
}

void FormReader::reject_unknown(std::initializer_list<std::string_view> known)
{
    for (auto const& entry : m_body) {
        if (std::ranges::find(known, std::string_view { entry.key() }) == known.end())
            add_error(entry.key(), "This field is not recognised.");
    }
}

Result<boost::json::object> parse_json_object(std::string_view body)
{
    boost::system::error_code error;
    auto value = boost::json::parse(body, error);
    if (error)
        return std::unexpected(Error::bad_request("The request body is not valid JSON."));
    if (!value.is_object())
        return std::unexpected(Error::bad_request("The request body must be a JSON object."));
    return std::move(value.get_object());
}

std::size_t code_point_count(std::string_view utf8)
{
    // Continuation bytes are 10xxxxxx; everything else starts a code point.
    return static_cast<std::size_t>(std::ranges::count_if(utf8, [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

bool is_tag(std::string_view text)
{
    if (text.empty() || text.size() > 40 || text.front() == '-' || text.back() == '-')
        return false;
    char previous = '\0';
    for (char const c : text) {
        bool const allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        if (!allowed || (c == '-' && previous == '-'))
            return false;
        previous = c;
    }
    return true;
}

boost::json::array to_json_array(std::vector<std::string> const& values, boost::json::storage_ptr storage)
{
    boost::json::array array(std::move(storage));
    array.reserve(values.size());
    for (auto const& value : values)
        array.emplace_back(value);
    return array;
}

std::string to_json_text(std::vector<std::string> const& values)
{
    return boost::json::serialize(to_json_array(values));
}

std::vector<std::string> from_json_text(std::string_view text)
{
    std::vector<std::string> values;
    // These lists are short and read for every row of a list, so the parse
    // tree lives in a buffer on the stack rather than on the heap.
    unsigned char buffer[2048];
    boost::json::monotonic_resource resource { buffer, sizeof buffer };
    boost::system::error_code error;
    auto const parsed = boost::json::parse(text, error, &resource);
    if (error || !parsed.is_array())
        return values;
    for (auto const& item : parsed.get_array()) {
        if (item.is_string())
            values.emplace_back(item.get_string());
    }
    return values;
}

}
