#pragma once

#include <string>

namespace rt {

enum class Role { Convener, Member };

// The signed-in person making a request, as the session established it.
struct Actor {
    std::string person_id;
    std::string partnership_id;
    Role role { Role::Member };
    std::string session_token_hash;
    std::string csrf_token;

    [[nodiscard]] bool is_convener() const { return role == Role::Convener; }
};

[[nodiscard]] inline std::string_view role_name(Role role)
{
    return role == Role::Convener ? "convener" : "member";
}

}
