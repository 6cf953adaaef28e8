#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <soci/soci.h>

#include "db/database.hpp"
#include "modules/accounts/model.hpp"

namespace rt::accounts::store {

[[nodiscard]] std::optional<std::string> find_password_hash(soci::session& sql, std::string_view person_id);
void upsert_password_hash(soci::session& sql, std::string const& partnership_id, std::string const& person_id, std::string const& hash, std::string const& time);
[[nodiscard]] bool has_credentials(soci::session& sql, std::string_view partnership_id, std::string_view person_id);

void insert_session(soci::session& sql, std::string const& token_hash, SessionRecord const& session, std::string const& created_at);
[[nodiscard]] std::optional<SessionRecord> find_session(db::Database& database, std::string_view token_hash);
void set_role(soci::session& sql, std::string const& partnership_id, std::string const& person_id, Role role);
void touch_session(soci::session& sql, std::string const& token_hash, std::string const& last_seen_at, std::string const& idle_expires_at);
void delete_session(soci::session& sql, std::string const& token_hash);
void delete_sessions_of(soci::session& sql, std::string const& person_id);
void delete_expired_sessions(soci::session& sql, std::string const& now);

struct NewInvite {
    std::string partnership_id;
    std::string person_id;
    std::string issued_by;
    LinkKind kind { LinkKind::Account };
    std::string created_at;
    std::string expires_at;
};
void insert_invite(soci::session& sql, std::string const& token_hash, NewInvite const& invite);
void retire_invites(soci::session& sql, std::string const& person_id, std::string const& time);
struct InviteRecord {
    std::string partnership_id;
    std::string person_id;
    std::string expires_at;
    bool used { false };
    LinkKind kind { LinkKind::Account };
};
// When the person was last sent a sign-in link of either kind.
[[nodiscard]] std::optional<std::string> latest_link_issued_at(soci::session& sql, std::string const& partnership_id, std::string const& person_id);
// Account invitations issued since a time: who invited whom.
[[nodiscard]] std::vector<LinkIssued> links_issued_since(soci::session& sql, std::string const& partnership_id, std::string const& since);
[[nodiscard]] std::optional<PendingReset> pending_reset(soci::session& sql, std::string const& partnership_id, std::string const& person_id,
    std::string const& now);
[[nodiscard]] std::optional<InviteRecord> find_invite(soci::session& sql, std::string_view token_hash);
void mark_invite_used(soci::session& sql, std::string const& token_hash, std::string const& time);

[[nodiscard]] ThrottleState find_throttle(soci::session& sql, std::string_view key);
void save_throttle(soci::session& sql, std::string const& key, ThrottleState const& state);
void clear_throttle(soci::session& sql, std::string const& key);

}
