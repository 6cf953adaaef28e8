#include "core/outbox.hpp"

#include <algorithm>
#include <fmt/chrono.h>
#include <fstream>

#include <sodium.h>

#include "core/ids.hpp"
#include "core/time.hpp"

namespace rt {

// RFC 2047 encoded-word, so a subject outside ASCII survives any mail system.
std::string encoded_header(std::string const& text)
{
    bool const ascii = std::ranges::all_of(text, [](unsigned char c) { return c >= 0x20 && c < 0x7f; });
    if (ascii)
        return text;
    std::string encoded(sodium_base64_encoded_len(text.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(encoded.data(), encoded.size(), reinterpret_cast<unsigned char const*>(text.data()), text.size(),
        sodium_base64_VARIANT_ORIGINAL);
    encoded.resize(encoded.size() - 1); // the terminating NUL
    return "=?UTF-8?B?" + encoded + "?=";
}

// The date as RFC 5322 wants it, in UTC: "Wed, 02 Dec 2026 07:46:39 +0000".
std::string mail_date()
{
    auto const seconds = std::chrono::floor<std::chrono::seconds>(now());
    return fmt::format("{:%a, %d %b %Y %H:%M:%S} +0000", seconds);
}

Result<std::filesystem::path> write_raw_to_outbox(std::filesystem::path const& outbox, std::string const& name, std::string const& raw)
{
    std::error_code error;
    std::filesystem::create_directories(outbox, error);
    auto const final_path = outbox / (name + ".eml");
    auto const partial_path = outbox / ("." + name + ".partial");
    {
        std::ofstream file { partial_path, std::ios::binary };
        file << raw;
        file.flush();
        if (!file)
            return std::unexpected(Error { ErrorKind::Unavailable, "The email could not be written." });
    }
    std::filesystem::rename(partial_path, final_path, error);
    if (error)
        return std::unexpected(Error { ErrorKind::Unavailable, "The email could not be written." });
    return final_path;
}

}
