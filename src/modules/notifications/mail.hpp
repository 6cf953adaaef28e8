#pragma once

#include <string>
#include <vector>

#include "core/error.hpp"
#include "modules/notifications/model.hpp"

namespace rt::notifications {

struct Message {
    std::string message_id; // without the angle brackets; the same on every retry
    std::string to_name;
    std::string to_address;
    std::string subject;
    std::string text;
    std::string html;
    std::string language { "en" };
    // Where one click stops this kind of email (RFC 8058), and the page that
    // says so; both empty for security mail.
    std::string unsubscribe_post_url;
    std::string unsubscribe_page_url;
    struct Attachment {
        std::string filename;
        std::string content_type; // text/calendar; method=PUBLISH
        std::string data;
    };
    std::vector<Attachment> attachments;
};

// RFC 5322 with MIME: multipart/alternative, a plain-text part and an HTML
// part, both UTF-8 in base64 (safe through any server), CRLF line ends. With
// attachments (a calendar file) the alternative sits inside multipart/mixed.
// List-Unsubscribe and List-Unsubscribe-Post (one click) unless security mail.
[[nodiscard]] std::string compose(Message const& message, std::string const& from);

// Hands the message to the SMTP server (STARTTLS when it offers it, or TLS
// for smtps://; credentials from the URL), or without one writes it into the
// outbox folder. An error says why, for the job's retry.
[[nodiscard]] Status deliver(MailSettings const& settings, Message const& message);

}
