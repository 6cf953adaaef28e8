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

Result<std::filesystem::path> write_to_outbox(std::filesystem::path const& outbox, OutgoingMail const& mail)
{
    auto const header_safe = [](std::string const& value) { return value.find_first_of("\r\n") == std::string::npos; };
    if (!header_safe(mail.to) || !header_safe(mail.subject))
        return std::unexpected(Error::invalid_field("email", "An email address cannot contain a line break."));
    std::error_code error;
    std::filesystem::create_directories(outbox, error);
    auto const id = new_id();
    auto const final_path = outbox / (id + ".eml");
    auto const partial_path = outbox / ("." + id + ".partial");
    {
        std::ofstream file { partial_path, std::ios::binary };
        file << "From: Roundtable <no-reply@roundtable.invalid>\r\n"
             << "To: <" << mail.to << ">\r\n"
             << "Subject: " << encoded_header(mail.subject) << "\r\n"
             << "Date: " << mail_date() << "\r\n"
             << "Message-ID: <" << id << "@roundtable.invalid>\r\n"
             << "MIME-Version: 1.0\r\n"
             << "Content-Type: text/plain; charset=utf-8\r\n"
             << "Content-Transfer-Encoding: 8bit\r\n"
             << "\r\n";
        // Bare line feeds become CRLF, as the message format requires.
        for (char const c : mail.text) {
            if (c == '\n')
                file << "\r\n";
            else if (c != '\r')
                file << c;
        }
        file << "\r\n";
        file.flush();
        if (!file)
            return std::unexpected(Error { ErrorKind::Unavailable, "The email could not be written. Try again." });
    }
    std::filesystem::rename(partial_path, final_path, error);
    if (error)
        return std::unexpected(Error { ErrorKind::Unavailable, "The email could not be written. Try again." });
    return final_path;
}

}
