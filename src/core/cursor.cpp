#include "core/cursor.hpp"

#include <charconv>
#include <limits>
#include <vector>

#include <boost/json.hpp>
#include <fmt/format.h>
#include <sodium.h>


namespace rt {

std::string encode_cursor(NameCursor const& cursor)
{
    auto const json = boost::json::serialize(boost::json::array { cursor.name, cursor.id });
    std::string text(sodium_base64_encoded_len(json.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
    sodium_bin2base64(text.data(), text.size(), reinterpret_cast<unsigned char const*>(json.data()), json.size(),
        sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    text.resize(text.find('\0'));
    return text;
}

std::optional<NameCursor> decode_cursor(std::string_view text)
{
    if (text.empty() || text.size() > 2048)
        return std::nullopt;
    std::vector<unsigned char> bytes(text.size());
    std::size_t length = 0;
    if (sodium_base642bin(bytes.data(), bytes.size(), text.data(), text.size(), nullptr, &length, nullptr,
            sodium_base64_VARIANT_URLSAFE_NO_PADDING)
        != 0)
        return std::nullopt;
    boost::system::error_code error;
    auto const value = boost::json::parse(std::string_view { reinterpret_cast<char const*>(bytes.data()), length }, error);
    if (error || !value.is_array() || value.get_array().size() != 2)
        return std::nullopt;
    auto const& array = value.get_array();
    // The tie-breaker is an id, or for the glossary a term; never more than a line.
    if (!array[0].is_string() || !array[1].is_string() || array[1].get_string().empty() || array[1].get_string().size() > 200)
        return std::nullopt;
    return NameCursor { std::string { array[0].get_string() }, std::string { array[1].get_string() } };
}

std::optional<std::size_t> parse_limit(std::optional<std::string> const& text)
{
    if (!text)
        return k_default_page_size;
    std::size_t limit = 0;
    auto const [end, error] = std::from_chars(text->data(), text->data() + text->size(), limit);
    if (error != std::errc {} || end != text->data() + text->size() || limit < 1 || limit > k_max_page_size)
        return std::nullopt;
    return limit;
}

namespace {

Keyset keyset_sql(std::string_view key_column, std::string_view id_column, SortOrder order)
{
    auto const beyond = order == SortOrder::Ascending ? ">" : "<";
    auto const direction = order == SortOrder::Ascending ? "" : " DESC";
    Keyset keyset;
    keyset.condition = fmt::format("(:after_on = '' OR {0} {2} :after_key OR ({0} = :after_key_again AND {1} {2} :after_id))", key_column,
        id_column, beyond);
    keyset.order_limit = fmt::format("ORDER BY {0}{2}, {1}{2} LIMIT :fetch", key_column, id_column, direction);
    return keyset;
}

}

Keyset keyset(PageRequest const& page, std::string_view key_column, std::string_view id_column, SortOrder order)
{
    auto keyset = keyset_sql(key_column, id_column, order);
    if (page.after) {
        keyset.on = "on";
        keyset.key = page.after->name;
        keyset.id = page.after->id;
    }
    keyset.fetch = static_cast<long long>(page.limit) + 1;
    return keyset;
}

Keyset keyset_all(std::string_view key_column, std::string_view id_column, SortOrder order)
{
    auto keyset = keyset_sql(key_column, id_column, order);
    keyset.fetch = std::numeric_limits<long long>::max();
    return keyset;
}

}
