#include "modules/accounts/store.hpp"

#include "db/query.hpp"

namespace rt::accounts::store {

namespace {

constexpr std::string_view k_find_password_hash = "SELECT password_hash FROM credentials WHERE person_id = :person_id";
constexpr std::string_view k_upsert_password_hash = R"(
    INSERT INTO credentials (person_id, partnership_id, password_hash, updated_at)
    VALUES (:person_id, :partnership_id, :hash, :updated_at)
    ON CONFLICT (person_id) DO UPDATE SET password_hash = excluded.password_hash, updated_at = excluded.updated_at)";
constexpr std::string_view k_has_credentials
    = "SELECT COUNT(*) FROM credentials WHERE partnership_id = :partnership_id AND person_id = :person_id";

constexpr std::string_view k_insert_session = R"(
    INSERT INTO sessions (token_hash, partnership_id, person_id, role, csrf_token, created_at, last_seen_at, idle_expires_at, absolute_expires_at)
    VALUES (:token_hash, :partnership_id, :person_id, :role, :csrf_token, :created_at, :last_seen_at, :idle_expires_at, :absolute_expires_at))";
constexpr std::string_view k_find_session = R"(
    SELECT person_id, partnership_id, role, csrf_token, last_seen_at, idle_expires_at, absolute_expires_at
    FROM sessions WHERE token_hash = :token_hash)";
constexpr std::string_view k_set_role = "UPDATE sessions SET role = :role WHERE partnership_id = :partnership_id AND person_id = :person_id";
constexpr std::string_view k_touch_session
    = "UPDATE sessions SET last_seen_at = :last_seen_at, idle_expires_at = :idle_expires_at WHERE token_hash = :token_hash";
constexpr std::string_view k_delete_session = "DELETE FROM sessions WHERE token_hash = :token_hash";
constexpr std::string_view k_delete_expired_sessions
    = "DELETE FROM sessions WHERE idle_expires_at < :now OR absolute_expires_at < :now_again";

constexpr std::string_view k_insert_invite = R"(
    INSERT INTO invites (token_hash, partnership_id, person_id, created_at, expires_at, issued_by, kind)
    VALUES (:token_hash, :partnership_id, :person_id, :created_at, :expires_at, :issued_by, :kind))";
constexpr std::string_view k_retire_invites = "UPDATE invites SET used_at = :time WHERE person_id = :person_id AND used_at IS NULL";
constexpr std::string_view k_find_invite
    = "SELECT partnership_id, person_id, expires_at, used_at, kind FROM invites WHERE token_hash = :token_hash";
constexpr std::string_view k_latest_link = "SELECT MAX(created_at) FROM invites WHERE partnership_id = :p AND person_id = :person";
constexpr std::string_view k_links_issued_since = R"(
    SELECT issued_by, person_id FROM invites
    WHERE partnership_id = :p AND kind = 'account' AND issued_by IS NOT NULL AND created_at >= :since)";
constexpr std::string_view k_pending_reset = R"(
    SELECT created_at, issued_by FROM invites
    WHERE partnership_id = :p AND person_id = :person AND kind = 'password_reset' AND used_at IS NULL AND expires_at > :now
    ORDER BY created_at DESC)";
constexpr std::string_view k_mark_invite_used = "UPDATE invites SET used_at = :time WHERE token_hash = :token_hash";

constexpr std::string_view k_find_throttle = "SELECT failures, window_started_at FROM login_throttle WHERE throttle_key = :key";
constexpr std::string_view k_save_throttle = R"(
    INSERT INTO login_throttle (throttle_key, failures, window_started_at) VALUES (:key, :failures, :window_started_at)
    ON CONFLICT (throttle_key) DO UPDATE SET failures = excluded.failures, window_started_at = excluded.window_started_at)";
constexpr std::string_view k_clear_throttle = "DELETE FROM login_throttle WHERE throttle_key = :key";

}

std::optional<std::string> find_password_hash(soci::session& sql, std::string_view person_id)
{
    std::string const key { person_id };
    std::string hash;
    sql << k_find_password_hash, soci::use(key), soci::into(hash);
    if (!sql.got_data())
        return std::nullopt;
    return hash;
}

void upsert_password_hash(soci::session& sql, std::string const& partnership_id, std::string const& person_id, std::string const& hash, std::string const& time)
{
    sql << k_upsert_password_hash, soci::use(person_id), soci::use(partnership_id), soci::use(hash), soci::use(time);
}

bool has_credentials(soci::session& sql, std::string_view partnership_id, std::string_view person_id)
{
    std::string const partnership { partnership_id }, person { person_id };
    int count = 0;
    sql << k_has_credentials, soci::use(partnership), soci::use(person), soci::into(count);
    return count > 0;
}

void insert_session(soci::session& sql, std::string const& token_hash, SessionRecord const& session, std::string const& created_at)
{
    std::string const role { role_name(session.role) };
    sql << k_insert_session, soci::use(token_hash), soci::use(session.partnership_id), soci::use(session.person_id), soci::use(role),
        soci::use(session.csrf_token), soci::use(created_at), soci::use(session.last_seen_at), soci::use(session.idle_expires_at),
        soci::use(session.absolute_expires_at);
}

std::optional<SessionRecord> find_session(db::Database& database, std::string_view token_hash)
{
    db::Query query { database, k_find_session };
    query.bind(token_hash);
    if (!query.next())
        return std::nullopt;
    return SessionRecord {
        .person_id = query.text(0),
        .partnership_id = query.text(1),
        .role = query.view(2) == "convener" ? Role::Convener : Role::Member,
        .csrf_token = query.text(3),
        .last_seen_at = query.text(4),
        .idle_expires_at = query.text(5),
        .absolute_expires_at = query.text(6),
    };
}

void set_role(soci::session& sql, std::string const& partnership_id, std::string const& person_id, Role role)
{
    std::string const name { role_name(role) };
    sql << k_set_role, soci::use(name), soci::use(partnership_id), soci::use(person_id);
}

void touch_session(soci::session& sql, std::string const& token_hash, std::string const& last_seen_at, std::string const& idle_expires_at)
{
    sql << k_touch_session, soci::use(last_seen_at), soci::use(idle_expires_at), soci::use(token_hash);
}

void delete_session(soci::session& sql, std::string const& token_hash)
{
    sql << k_delete_session, soci::use(token_hash);
}

void delete_sessions_of(soci::session& sql, std::string const& person_id)
{
    sql << "DELETE FROM sessions WHERE person_id = :person_id", soci::use(person_id);
}

void delete_expired_sessions(soci::session& sql, std::string const& now)
{
    sql << k_delete_expired_sessions, soci::use(now), soci::use(now);
}

void insert_invite(soci::session& sql, std::string const& token_hash, NewInvite const& invite)
{
    std::string const kind { invite.kind == LinkKind::PasswordReset ? "password_reset" : "account" };
    sql << k_insert_invite, soci::use(token_hash), soci::use(invite.partnership_id), soci::use(invite.person_id), soci::use(invite.created_at),
        soci::use(invite.expires_at), soci::use(invite.issued_by), soci::use(kind);
}

std::optional<std::string> latest_link_issued_at(soci::session& sql, std::string const& partnership_id, std::string const& person_id)
{
    std::string at;
    soci::indicator indicator = soci::i_null;
    sql << k_latest_link, soci::use(partnership_id), soci::use(person_id), soci::into(at, indicator);
    if (indicator != soci::i_ok)
        return std::nullopt;
    return at;
}

std::vector<LinkIssued> links_issued_since(soci::session& sql, std::string const& partnership_id, std::string const& since)
{
    std::vector<LinkIssued> links;
    soci::rowset<soci::row> rows = (sql.prepare << k_links_issued_since, soci::use(partnership_id), soci::use(since));
    for (auto const& row : rows)
        links.push_back({ row.get<std::string>(0), row.get<std::string>(1) });
    return links;
}

std::optional<PendingReset> pending_reset(soci::session& sql, std::string const& partnership_id, std::string const& person_id, std::string const& now)
{
    soci::rowset<soci::row> rows = (sql.prepare << k_pending_reset, soci::use(partnership_id), soci::use(person_id), soci::use(now));
    for (auto const& row : rows) {
        PendingReset reset;
        reset.requested_at = row.get<std::string>(0);
        if (row.get_indicator(1) == soci::i_ok)
            reset.requested_by = row.get<std::string>(1);
        return reset;
    }
    return std::nullopt;
}

void retire_invites(soci::session& sql, std::string const& person_id, std::string const& time)
{
    sql << k_retire_invites, soci::use(time), soci::use(person_id);
}

std::optional<InviteRecord> find_invite(soci::session& sql, std::string_view token_hash)
{
    std::string const key { token_hash };
    InviteRecord invite;
    std::string used_at;
    soci::indicator used_indicator = soci::i_ok;
    std::string kind;
    sql << k_find_invite, soci::use(key), soci::into(invite.partnership_id), soci::into(invite.person_id), soci::into(invite.expires_at),
        soci::into(used_at, used_indicator), soci::into(kind);
    if (!sql.got_data())
        return std::nullopt;
    invite.used = used_indicator != soci::i_null;
    invite.kind = kind == "password_reset" ? LinkKind::PasswordReset : LinkKind::Account;
    return invite;
}

void mark_invite_used(soci::session& sql, std::string const& token_hash, std::string const& time)
{
    sql << k_mark_invite_used, soci::use(time), soci::use(token_hash);
}

ThrottleState find_throttle(soci::session& sql, std::string_view key)
{
    std::string const throttle_key { key };
    ThrottleState state;
    sql << k_find_throttle, soci::use(throttle_key), soci::into(state.failures), soci::into(state.window_started_at);
    if (!sql.got_data())
        return {};
    return state;
}

void save_throttle(soci::session& sql, std::string const& key, ThrottleState const& state)
{
    sql << k_save_throttle, soci::use(key), soci::use(state.failures), soci::use(state.window_started_at);
}

void clear_throttle(soci::session& sql, std::string const& key)
{
    sql << k_clear_throttle, soci::use(key);
}

}
