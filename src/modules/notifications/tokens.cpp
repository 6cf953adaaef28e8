#include "modules/notifications/tokens.hpp"

#include "core/crypto.hpp"

namespace rt::notifications {

namespace {

// The signed text: the three parts, each without a dot (ids and topics have none).
std::string signed_part(UnsubscribeToken const& token)
{
    return token.partnership_id + "." + token.person_id + "." + token.topic;
}

}

std::string unsubscribe_key(std::string_view data_key)
{
    return derive_key(data_key, "unsubscr");
}

std::string sign_in_link_key(std::string_view data_key)
{
    return derive_key(data_key, "signlink");
}

std::string make_unsubscribe_token(UnsubscribeToken const& token, std::string_view key)
{
    auto const text = signed_part(token);
    return text + "." + sign_text(text, key);
}

std::optional<UnsubscribeToken> read_unsubscribe_token(std::string_view text, std::string_view key)
{
    if (text.size() > 300)
        return std::nullopt;
    auto const last = text.rfind('.');
    if (last == std::string_view::npos)
        return std::nullopt;
    auto const body = text.substr(0, last);
    if (!signature_matches(body, text.substr(last + 1), key))
        return std::nullopt;
    auto const first = body.find('.');
    auto const second = first == std::string_view::npos ? first : body.find('.', first + 1);
    if (second == std::string_view::npos || body.find('.', second + 1) != std::string_view::npos)
        return std::nullopt;
    return UnsubscribeToken { std::string { body.substr(0, first) }, std::string { body.substr(first + 1, second - first - 1) },
        std::string { body.substr(second + 1) } };
}

}
