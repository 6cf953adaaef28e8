#include "modules/notifications/mail.hpp"

#include <cstring>

#include <curl/curl.h>
#include <sodium.h>

#include "core/ids.hpp"
#include "core/outbox.hpp"

namespace rt::notifications {

namespace {

std::string base64_lines(std::string const& text)
{
    std::string encoded(sodium_base64_encoded_len(text.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(encoded.data(), encoded.size(), reinterpret_cast<unsigned char const*>(text.data()), text.size(), sodium_base64_VARIANT_ORIGINAL);
    encoded.resize(encoded.size() - 1);
    std::string lines;
    for (std::size_t i = 0; i < encoded.size(); i += 76)
        lines += encoded.substr(i, 76) + "\r\n";
    return lines;
}

// "Roundtable <mail@example.org>" -> "mail@example.org".
std::string address_of(std::string const& from)
{
    auto const open = from.find('<');
    auto const close = from.find('>', open);
    return open == std::string::npos || close == std::string::npos ? from : from.substr(open + 1, close - open - 1);
}

struct Upload {
    std::string const* data;
    std::size_t offset { 0 };
};

std::size_t read_upload(char* buffer, std::size_t size, std::size_t count, void* user)
{
    auto* upload = static_cast<Upload*>(user);
    auto const left = upload->data->size() - upload->offset;
    auto const n = std::min(left, size * count);
    std::memcpy(buffer, upload->data->data() + upload->offset, n);
    upload->offset += n;
    return n;
}

Status send_smtp(MailSettings const& settings, Message const& message, std::string const& raw)
{
    CURL* curl = curl_easy_init();
    if (!curl)
        return std::unexpected(Error { ErrorKind::Unavailable, "libcurl could not start." });
    std::string const from = "<" + address_of(settings.from) + ">";
    std::string const to = "<" + message.to_address + ">";
    curl_slist* recipients = curl_slist_append(nullptr, to.c_str());
    Upload upload { &raw };
    char error_text[CURL_ERROR_SIZE] = { 0 };
    curl_easy_setopt(curl, CURLOPT_URL, settings.smtp_url.c_str());
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.c_str());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, read_upload);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    // smtp:// upgrades with STARTTLS when the server offers it; smtps:// is TLS from the start.
    curl_easy_setopt(curl, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_TRY));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 10L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 60L);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error_text);
    auto const result = curl_easy_perform(curl);
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);
    if (result != CURLE_OK)
        return std::unexpected(Error { ErrorKind::Unavailable, std::string { "SMTP: " } + (error_text[0] ? error_text : curl_easy_strerror(result)) });
    return {};
}

}

std::string compose(Message const& message, std::string const& from)
{
    std::string const boundary = "=_rt_" + new_id();
    std::string raw;
    raw += "From: " + from + "\r\n";
    raw += "To: " + encoded_header(message.to_name) + " <" + message.to_address + ">\r\n";
    raw += "Subject: " + encoded_header(message.subject) + "\r\n";
    raw += "Date: " + mail_date() + "\r\n";
    raw += "Message-ID: <" + message.message_id + ">\r\n";
    raw += "Content-Language: " + message.language + "\r\n";
    if (!message.unsubscribe_post_url.empty()) {
        raw += "List-Unsubscribe: <" + message.unsubscribe_post_url + ">, <" + message.unsubscribe_page_url + ">\r\n";
        raw += "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n";
    }
    raw += "MIME-Version: 1.0\r\n";
    std::string alternative = "--" + boundary + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + base64_lines(message.text);
    alternative += "--" + boundary + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" + base64_lines(message.html);
    alternative += "--" + boundary + "--\r\n";
    if (message.attachments.empty()) {
        raw += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n\r\n" + alternative;
        return raw;
    }
    std::string const outer = boundary + "_mixed";
    raw += "Content-Type: multipart/mixed; boundary=\"" + outer + "\"\r\n\r\n";
    raw += "--" + outer + "\r\nContent-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n\r\n" + alternative;
    for (auto const& attachment : message.attachments) {
        raw += "--" + outer + "\r\nContent-Type: " + attachment.content_type + "; charset=utf-8; name=\"" + attachment.filename + "\"\r\n";
        raw += "Content-Disposition: attachment; filename=\"" + attachment.filename + "\"\r\nContent-Transfer-Encoding: base64\r\n\r\n";
        raw += base64_lines(attachment.data);
    }
    raw += "--" + outer + "--\r\n";
    return raw;
}

Status deliver(MailSettings const& settings, Message const& message)
{
    auto const header_safe = [](std::string const& value) { return value.find_first_of("\r\n<>") == std::string::npos; };
    if (!header_safe(message.to_address) || message.to_address.find('@') == std::string::npos)
        return std::unexpected(Error::invalid_field("email", "This email address cannot be written to."));
    auto const raw = compose(message, settings.from);
    if (settings.smtp_url.empty()) {
        // The file is named by the Message-ID, so a message written twice is one file.
        auto name = message.message_id.substr(0, message.message_id.find('@'));
        auto written = write_raw_to_outbox(settings.outbox, name, raw);
        if (!written)
            return std::unexpected(written.error());
        return {};
    }
    return send_smtp(settings, message, raw);
}

}
