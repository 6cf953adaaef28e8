#pragma once

#include <string>

#include <boost/json/object.hpp>

#include "core/error.hpp"

namespace rt::accounts {

struct LoginForm {
    std::string email;
    std::string password;
    // Which partnership, when one address has accounts in several with the same password.
    std::string partnership_id;

    [[nodiscard]] static Result<LoginForm> read(boost::json::object const& body);
};

struct AcceptInviteForm {
    std::string token;
    std::string password;

    [[nodiscard]] static Result<AcceptInviteForm> read(boost::json::object const& body);
};

}
