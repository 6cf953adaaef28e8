#include "modules/accounts/queries.hpp"

#include "core/crypto.hpp"
#include "core/time.hpp"
#include "modules/accounts/model.hpp"
#include "modules/accounts/store.hpp"

namespace rt::accounts {

std::optional<Actor> authenticate(db::Database& database, std::string_view token)
{
    if (token.empty() || token.size() > 100)
        return std::nullopt;
    auto const token_hash = sha256_hex(token);
    auto const now_time = now();

    auto const found = store::find_session(database, token_hash);
    if (!found)
        return std::nullopt;

    auto const idle_expires = parse_time(found->idle_expires_at);
    auto const absolute_expires = parse_time(found->absolute_expires_at);
    if (!idle_expires || !absolute_expires || *idle_expires <= now_time || *absolute_expires <= now_time)
        return std::nullopt;

    auto const last_seen = parse_time(found->last_seen_at);
    if (!last_seen || *last_seen + k_session_touch_interval < now_time) {
        auto const idle = std::min(now_time + k_session_idle_lifetime, *absolute_expires);
        auto touched = database.write([&](soci::session& sql) -> Status {
            store::touch_session(sql, token_hash, format_time(now_time), format_time(idle));
            return {};
        });
        (void)touched;
    }
    return Actor { found->person_id, found->partnership_id, found->role, token_hash, found->csrf_token };
}

bool has_account(db::Database& database, std::string_view partnership_id, std::string_view person_id)
{
    return database.read([&](soci::session& sql) { return store::has_credentials(sql, partnership_id, person_id); });
}

std::string invite_path(std::string_view token)
{
    return "/accept-invite?token=" + std::string { token };
}

bool has_account(soci::session& sql, std::string_view partnership_id, std::string_view person_id)
{
    return store::has_credentials(sql, partnership_id, person_id);
}

std::optional<std::string> latest_link_issued_at(soci::session& sql, std::string const& partnership_id, std::string const& person_id)
{
    return store::latest_link_issued_at(sql, partnership_id, person_id);
}

std::vector<LinkIssued> invitations_since(soci::session& sql, std::string const& partnership_id, std::string const& since)
{
    return store::links_issued_since(sql, partnership_id, since);
}

std::optional<PendingReset> pending_reset(soci::session& sql, std::string const& partnership_id, std::string const& person_id)
{
    return store::pending_reset(sql, partnership_id, person_id, now_text());
}

}
