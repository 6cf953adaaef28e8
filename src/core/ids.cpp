#include "core/ids.hpp"

#include <array>
#include <chrono>
#include <cstdint>

#include <sodium.h>

namespace rt {

namespace {

std::string format_uuid(std::array<std::uint8_t, 16> const& bytes)
{
    static constexpr char k_hex[] = "0123456789abcdef";
    std::string text;
    text.reserve(36);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            text.push_back('-');
        text.push_back(k_hex[bytes[i] >> 4]);
        text.push_back(k_hex[bytes[i] & 0x0F]);
    }
    return text;
}

}

std::string new_random_id()
{
    std::array<std::uint8_t, 16> bytes {};
    randombytes_buf(bytes.data(), bytes.size());
    bytes[6] = static_cast<std::uint8_t>((bytes[6] & 0x0F) | 0x40); // version 4
    bytes[8] = static_cast<std::uint8_t>((bytes[8] & 0x3F) | 0x80); // RFC 9562 variant
    return format_uuid(bytes);
}

std::string new_id()
{
    std::array<std::uint8_t, 16> bytes {};
    randombytes_buf(bytes.data(), bytes.size());

    auto const milliseconds = static_cast<std::uint64_t>(
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch()).count());
    for (int i = 0; i < 6; ++i)
        bytes[i] = static_cast<std::uint8_t>(milliseconds >> (8 * (5 - i)));
    bytes[6] = static_cast<std::uint8_t>((bytes[6] & 0x0F) | 0x70); // version 7
    bytes[8] = static_cast<std::uint8_t>((bytes[8] & 0x3F) | 0x80); // RFC 9562 variant
    return format_uuid(bytes);
}

bool looks_like_id(std::string_view text)
{
    if (text.size() != 36)
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char const c = text[i];
        bool const dash_position = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash_position != (c == '-'))
            return false;
        if (!dash_position && !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

}
