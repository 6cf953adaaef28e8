#include "modules/accounts/queries.hpp"

#include "core/crypto.hpp"
#include "core/time.hpp"
#include "modules/accounts/model.hpp"
#include "modules/accounts/store.hpp"
#include "modules/partnership/queries.hpp"

namespace rt::accounts {

std::optional<Actor> authenticate(db::Database& database, std::string_view token)
{
    if (token.empty() || token.size() > 100)
        return std::nullopt;
    auto const token_hash = sha256_hex(token);
    auto const now_time = now();

    struct Found {
        SessionRecord session;
        Role role;
    };
    auto const found = [&]() -> std::optional<Found> {
        auto session = store::find_session(database, token_hash);
        if (!session)
            return std::nullopt;
        auto const role = partnership::find_role(database, session->partnership_id, session->person_id);
        if (!role)
            return std::nullopt;
        return Found { std::move(*session), *role };
    }();
    if (!found)
        return std::nullopt;

    auto const idle_expires = parse_time(found->session.idle_expires_at);
    auto const absolute_expires = parse_time(found->session.absolute_expires_at);
    if (!idle_expires || !absolute_expires || *idle_expires <= now_time || *absolute_expires <= now_time)
        return std::nullopt;

    auto const last_seen = parse_time(found->session.last_seen_at);
    if (!last_seen || *last_seen + k_session_touch_interval < now_time) {
        auto const idle = std::min(now_time + k_session_idle_lifetime, *absolute_expires);
        auto touched = database.write([&](soci::session& sql) -> Status {
            store::touch_session(sql, token_hash, format_time(now_time), format_time(idle));
            return {};
        });
        (void)touched;
    }
    return Actor { found->session.person_id, found->session.partnership_id, found->role, token_hash, found->session.csrf_token };
}

bool has_account(db::Database& database, std::string_view partnership_id, std::string_view person_id)
{
    return database.read([&](soci::session& sql) { return store::has_credentials(sql, partnership_id, person_id); });
}

std::string invite_path(std::string_view token)
{
    return "/accept-invite?token=" + std::string { token };
}

}
