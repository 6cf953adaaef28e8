#pragma once

#include <filesystem>
#include <string>

#include "core/error.hpp"

namespace rt {

// Without an SMTP server, messages are written as RFC 5322 files into the
// outbox folder (`outbox/` in the files directory), one file a message, for
// an operator's mail system to pick up and for tests to read.

// RFC 2047 encoded-word for a header outside ASCII; ASCII text unchanged.
[[nodiscard]] std::string encoded_header(std::string const& text);
// The date as RFC 5322 wants it, in UTC: "Wed, 02 Dec 2026 07:46:39 +0000".
[[nodiscard]] std::string mail_date();
// A whole message already in RFC 5322 form, written as `name`.eml whole or
// not at all (a temporary file, then a rename), so a reader never sees half a
// message. Returns the file written.
[[nodiscard]] Result<std::filesystem::path> write_raw_to_outbox(std::filesystem::path const& outbox, std::string const& name, std::string const& raw);

}
