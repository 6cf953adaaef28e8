#pragma once

#include <filesystem>
#include <string>

#include "core/error.hpp"

namespace rt {

// An email to one person. Until the notifications module sends mail over
// SMTP, messages are written as RFC 5322 files into the outbox folder
// (`outbox/` in the files directory), one file a message, for an operator's
// mail system to pick up and for tests to read.
struct OutgoingMail {
    std::string to;
    std::string subject;
    std::string text; // plain text, UTF-8
};

// Writes the message whole or not at all (a temporary file, then a rename),
// so a reader never sees half a message. Returns the file written.
[[nodiscard]] Result<std::filesystem::path> write_to_outbox(std::filesystem::path const& outbox, OutgoingMail const& mail);

}
