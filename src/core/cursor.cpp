#include "core/cursor.hpp"

#include <charconv>
#include <vector>

#include <boost/json.hpp>
#include <sodium.h>

#include "core/ids.hpp"

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
    if (!array[0].is_string() || !array[1].is_string() || !looks_like_id(array[1].get_string()))
        return std::nullopt;
    return NameCursor { std::string { array[0].get_string() }, std::string { array[1].get_string() } };
}

std::optional<std::size_t> parse_limit(std::optional<std::string> const& text)
{
    if (!text)
        return 50;
    std::size_t limit = 0;
    auto const [end, error] = std::from_chars(text->data(), text->data() + text->size(), limit);
    if (error != std::errc {} || end != text->data() + text->size() || limit < 1 || limit > 200)
        return std::nullopt;
    return limit;
}

}
