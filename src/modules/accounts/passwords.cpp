#include "modules/accounts/passwords.hpp"

#include <mutex>
#include <string>

#include <pwquality.h>

#include "core/form.hpp"

namespace rt::accounts {

namespace {

// The web app shows these in the reader's language, matched word for word
// (web/tests/unit/shipped-texts.test.mjs reads them from here).
constexpr std::string_view k_too_short = "Must be at least 10 characters. A few words together are easy to remember.";
constexpr std::string_view k_too_long = "Must be 256 characters or fewer.";
constexpr std::string_view k_guessable = "This password is too easy to guess. Try a few words together that "
                                         "mean something to you but not to others.";

// Whether libpwquality refuses the password. Only its dictionary and
// "too simple" checks are used: the length rule is ours (in characters, not
// bytes), and it is not asked for character classes.
bool guessable(std::string const& password, std::string const& user)
{
    // NOTE: cracklib keeps the dictionary it opened in static state, so one
    // check runs at a time; a check takes well under a millisecond.
    static std::mutex mutex;
    std::scoped_lock lock { mutex };
    static pwquality_settings_t* const settings = [] {
        auto* made = pwquality_default_settings();
        pwquality_set_int_value(made, PWQ_SETTING_MIN_LENGTH, 6);
        pwquality_set_int_value(made, PWQ_SETTING_MIN_CLASS, 0);
        pwquality_set_int_value(made, PWQ_SETTING_DICT_CHECK, 1);
        pwquality_set_int_value(made, PWQ_SETTING_USER_CHECK, 1);
        return made;
    }();
    // No detail is asked for: for a dictionary refusal it is cracklib's own
    // static text, which must not be freed, and the message is ours anyway.
    int const score = pwquality_check(settings, password.c_str(), nullptr, user.empty() ? nullptr : user.c_str(), nullptr);
    return score < 0;
}

}

Status check_password_rules(std::string_view password, std::string_view name, std::string_view email)
{
    auto const length = code_point_count(password);
    if (length < 10)
        return std::unexpected(Error::invalid_field("password", std::string { k_too_short }));
    if (length > 256)
        return std::unexpected(Error::invalid_field("password", std::string { k_too_long }));
    // The email's name part is what someone might reuse ("grace.mensah").
    std::string user { email.substr(0, email.find('@')) };
    if (user.empty())
        user = name;
    if (password.find('\0') != std::string_view::npos || guessable(std::string { password }, user))
        return std::unexpected(Error::invalid_field("password", std::string { k_guessable }));
    return {};
}

}
