#include "modules/accounts/forms.hpp"

#include "core/form.hpp"
#include "modules/accounts/commands.hpp"

namespace rt::accounts {

Result<LoginForm> LoginForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "email", "password", "partnership_id" });
    auto partnership_id = reader.text("partnership_id", { .presence = Presence::Optional, .max_length = 64 });
    auto email = reader.text("email", { .presence = Presence::Required, .max_length = 254 });
    // Passwords are taken exactly as typed: no trimming of spaces.
    std::optional<std::string> password;
    if (auto const* value = body.if_contains("password"); value && value->is_string() && !value->get_string().empty())
        password = std::string { value->get_string() };
    else
        reader.add_error("password", "Enter your password.");
    if (password && password->size() > 1024) {
        reader.add_error("password", "Must be 1024 characters or fewer.");
        password.reset();
    }
    if (!reader.ok())
        return std::unexpected(Error::invalid(reader.errors()));
    LoginForm form { std::move(*email), std::move(*password), partnership_id.value_or("") };
    std::ranges::transform(form.email, form.email.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return form;
}

Result<AcceptInviteForm> AcceptInviteForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "token", "password" });
    auto token = reader.text("token", { .presence = Presence::Required, .max_length = 200 });
    std::optional<std::string> password;
    if (auto const* value = body.if_contains("password"); value && value->is_string())
        password = std::string { value->get_string() };
    if (!password) {
        reader.add_error("password", "Enter a password.");
    } else if (auto rules = check_password_rules(*password); !rules) {
        for (auto const& message : rules.error().field_errors.at("password"))
            reader.add_error("password", message);
        password.reset();
    }
    if (!reader.ok())
        return std::unexpected(Error::invalid(reader.errors()));
    return AcceptInviteForm { std::move(*token), std::move(*password) };
}

}
