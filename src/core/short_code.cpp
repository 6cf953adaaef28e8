#include "core/short_code.hpp"

#include <sodium.h>

namespace rt {

namespace {

constexpr std::string_view k_alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr std::size_t k_length = 8;

}

std::string new_short_code()
{
    std::string code;
    code.reserve(k_length);
    for (std::size_t i = 0; i < k_length; ++i)
        code.push_back(k_alphabet[randombytes_uniform(static_cast<std::uint32_t>(k_alphabet.size()))]);
    return code;
}

std::optional<std::string> normalise_short_code(std::string_view typed)
{
    std::string code;
    for (char c : typed) {
        if (c == '-' || c == ' ')
            continue;
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
        if (c == 'O')
            c = '0';
        else if (c == 'I' || c == 'L')
            c = '1';
        if (k_alphabet.find(c) == std::string_view::npos || code.size() == k_length)
            return std::nullopt;
        code.push_back(c);
    }
    if (code.size() != k_length)
        return std::nullopt;
    return code;
}

std::string show_short_code(std::string_view code)
{
    if (code.size() != k_length)
        return std::string { code };
    return std::string { code.substr(0, 4) } + "-" + std::string { code.substr(4) };
}

}
