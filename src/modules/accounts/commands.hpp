#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include <soci/soci.h>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "db/database.hpp"
#include "modules/accounts/forms.hpp"
#include "modules/accounts/model.hpp"
#include "modules/accounts/passwords.hpp"

namespace rt::accounts {

// Signs in with email and password. Unknown email and wrong password give the
// same answer in about the same time; repeated failures per account and per
// address are throttled (429 with Retry-After).
[[nodiscard]] Result<SignedIn> login(db::Database& database, LoginForm const& form, std::string_view remote_address);
[[nodiscard]] Status logout(db::Database& database, Actor const& actor);
// Sets the password from a one-time invitation and signs the person in.
[[nodiscard]] Result<SignedIn> accept_invite(db::Database& database, AcceptInviteForm const& form);

// Inside the caller's transaction: a new single-use invitation for the
// person (earlier unused ones stop working). Returns the token to put in a link.
[[nodiscard]] std::string issue_invite(soci::session& sql, Actor const& actor, std::string const& person_id);

// Inside the caller's transaction: for a person who already has a password,
// a new sign-in link is a reset. Returns the token for the link, which the
// caller emails only to the person, never showing it to the convener who
// asked, so nobody can take over another's account.
[[nodiscard]] std::string issue_password_reset(soci::session& sql, Actor const& actor, std::string const& person_id);

// Inside the caller's transaction: a person's role changed, and their open
// sessions carry it (so a check needs one query, not two).
void set_role_in_sessions(soci::session& sql, std::string const& partnership_id, std::string const& person_id, Role role);

// Inside the caller's transaction: the person's unused invitations stop working.
void retire_invites(soci::session& sql, std::string const& person_id);

[[nodiscard]] std::string hash_for_storage(std::string_view password);
void store_password_hash(soci::session& sql, std::string const& partnership_id, std::string const& person_id, std::string const& hash);

}
