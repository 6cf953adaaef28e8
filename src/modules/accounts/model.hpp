#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "core/actor.hpp"

namespace rt::accounts {

// Sessions end after two idle hours, and twelve hours after sign-in at most.
inline constexpr std::chrono::hours k_session_idle_lifetime { 2 };
inline constexpr std::chrono::hours k_session_absolute_lifetime { 12 };
// last_seen is written at most this often, so reads stay reads.
inline constexpr std::chrono::minutes k_session_touch_interval { 5 };

inline constexpr std::chrono::days k_invite_lifetime { 7 };

// Failed sign-ins allowed in one window before answering 429.
inline constexpr int k_failures_per_account = 5;
inline constexpr int k_failures_per_address = 30;
inline constexpr std::chrono::minutes k_throttle_window { 15 };

struct SignedIn {
    std::string session_token; // goes in the cookie, never stored
    Actor actor;
};

struct SessionRecord {
    std::string person_id;
    std::string partnership_id;
    Role role { Role::Member }; // kept equal to the person's role by set_role_in_sessions
    std::string csrf_token;
    std::string last_seen_at;
    std::string idle_expires_at;
    std::string absolute_expires_at;
};

// A sign-in link sets a first password (an account invitation, whose link the
// convener may hand over) or replaces one the person has (a reset, whose link
// goes only to the person's own email address).
enum class LinkKind { Account, PasswordReset };

// One account invitation: `issued_by` invited `person_id`.
struct LinkIssued {
    std::string issued_by;
    std::string person_id;
};

// A reset asked for and not yet used: the person is told when they sign in.
struct PendingReset {
    std::string requested_at;
    std::optional<std::string> requested_by;
};

struct ThrottleState {
    int failures { 0 };
    std::string window_started_at;
};

}
