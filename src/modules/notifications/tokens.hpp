#pragma once

#include <optional>
#include <string>
#include <string_view>

// The token in an email's unsubscribe link: whose emails, on which topic,
// signed with the server's key, so the link works without signing in and
// cannot be made for anyone else. It carries no email address.
namespace rt::notifications {

struct UnsubscribeToken {
    std::string partnership_id;
    std::string person_id;
    std::string topic;
};

// The signing key, derived from the 32-byte data key.
[[nodiscard]] std::string unsubscribe_key(std::string_view data_key);

// The key that seals a sign-in link while its email waits in the job queue,
// derived from the data key, so the database alone holds no working link.
[[nodiscard]] std::string sign_in_link_key(std::string_view data_key);

[[nodiscard]] std::string make_unsubscribe_token(UnsubscribeToken const& token, std::string_view key);
// Nothing when the token was changed, cut short or signed with another key.
[[nodiscard]] std::optional<UnsubscribeToken> read_unsubscribe_token(std::string_view text, std::string_view key);

}
