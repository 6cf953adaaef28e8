#pragma once

#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/storage_ptr.hpp>

#include "core/error.hpp"

namespace rt {

enum class Presence { Required, Optional };

struct TextRule {
    Presence presence { Presence::Optional };
    std::size_t min_length { 0 };   // in Unicode code points, after trimming
    std::size_t max_length { 200 }; // in Unicode code points
    enum class Lines { Single, Multiple } lines { Lines::Single };
};

// Reads typed fields out of a JSON request body and collects every problem
// under its field name, so that one response can list them all. A reader
// returns nullopt when the field is absent or wrong; call errors() at the end.
class FormReader {
public:
    explicit FormReader(boost::json::object const& body);

    [[nodiscard]] bool has(std::string_view field) const;

    std::optional<std::string> text(std::string_view field, TextRule rule);
    std::optional<std::string> choice(std::string_view field, std::span<std::string_view const> allowed, Presence);
    std::optional<bool> boolean(std::string_view field, Presence);
    // Lowercase kebab-case tags (`older-people`), de-duplicated in order.
    std::optional<std::vector<std::string>> tags(std::string_view field, std::size_t max_count = 30);
    std::optional<std::vector<std::string>> choices(std::string_view field, std::span<std::string_view const> allowed);
    std::optional<std::vector<std::string>> ids(std::string_view field, std::size_t max_count = 50);
    std::optional<std::string> email(std::string_view field, Presence);
    // BCP 47 language tags checked by ICU and given back canonical (core/language_tag.hpp).
    std::optional<std::string> language(std::string_view field, Presence);
    std::optional<std::vector<std::string>> languages(std::string_view field, std::size_t max_count);

    // Every field not named here is reported as unknown: a typo in a client
    // should fail loudly rather than be ignored.
    void reject_unknown(std::initializer_list<std::string_view> known);

    void add_error(std::string_view field, std::string message);
    [[nodiscard]] bool ok() const { return m_errors.empty(); }
    [[nodiscard]] FieldErrors const& errors() const { return m_errors; }

private:
    boost::json::value const* find(std::string_view field) const;
    std::optional<std::vector<std::string>> string_list(std::string_view field, std::size_t max_count);

    boost::json::object const& m_body;
    FieldErrors m_errors;
};

// The form, or a 422 with every field the reader found wrong.
template<typename Form>
[[nodiscard]] Result<Form> finish(FormReader const& reader, Form form)
{
    if (!reader.ok())
        return std::unexpected(Error::invalid(reader.errors()));
    return form;
}

// Parses a request body that must be one JSON object.
[[nodiscard]] Result<boost::json::object> parse_json_object(std::string_view body);

[[nodiscard]] std::size_t code_point_count(std::string_view utf8);
[[nodiscard]] bool is_tag(std::string_view text);

// Lists stored as JSON text in one column.
[[nodiscard]] std::string to_json_text(std::vector<std::string> const& values);
[[nodiscard]] std::vector<std::string> from_json_text(std::string_view text);
[[nodiscard]] boost::json::array to_json_array(std::vector<std::string> const& values, boost::json::storage_ptr storage = {});

}
