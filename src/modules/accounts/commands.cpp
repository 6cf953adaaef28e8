#include "modules/accounts/commands.hpp"

#include "core/crypto.hpp"
#include "core/form.hpp"
#include "core/time.hpp"
#include "modules/accounts/queries.hpp"
#include "modules/accounts/store.hpp"
#include "modules/partnership/queries.hpp"
#include "modules/privacy/audit.hpp"

namespace rt::accounts {

namespace {

std::string account_key(std::string_view email)
{
    return "account:" + std::string { email };
}

std::string address_key(std::string_view address)
{
    return "address:" + std::string { address };
}

// Seconds until the key may try again, or 0 when it may try now.
int seconds_blocked(ThrottleState const& state, int limit, TimePoint now_time)
{
    if (state.failures < limit)
        return 0;
    auto const started = parse_time(state.window_started_at);
    if (!started)
        return 0;
    auto const remaining = std::chrono::duration_cast<std::chrono::seconds>(*started + k_throttle_window - now_time).count();
    return remaining > 0 ? static_cast<int>(remaining) : 0;
}

void count_failure(soci::session& sql, std::string const& key, TimePoint now_time)
{
    auto state = store::find_throttle(sql, key);
    auto const started = parse_time(state.window_started_at);
    if (!started || *started + k_throttle_window <= now_time)
        state = { 0, format_time(now_time) };
    ++state.failures;
    store::save_throttle(sql, key, state);
}

// Verifying against this when the email is unknown makes both failures cost
// the same argon2id work, so timing does not reveal which emails exist.
std::string const& decoy_hash()
{
    static std::string const hash = hash_password("decoy password that matches nobody");
    return hash;
}

Error wrong_credentials()
{
    return { ErrorKind::Unauthenticated, "The email address or password is not right." };
}

SignedIn start_session(soci::session& sql, std::string const& partnership_id, std::string const& person_id, Role role)
{
    auto const now_time = now();
    auto const token = random_token(32); // 256 bits
    SessionRecord session {
        .person_id = person_id,
        .partnership_id = partnership_id,
        .role = role,
        .csrf_token = random_token(32),
        .last_seen_at = format_time(now_time),
        .idle_expires_at = format_time(now_time + k_session_idle_lifetime),
        .absolute_expires_at = format_time(now_time + k_session_absolute_lifetime),
    };
    auto const token_hash = sha256_hex(token);
    store::delete_expired_sessions(sql, session.last_seen_at);
    store::insert_session(sql, token_hash, session, session.last_seen_at);
    // The session's id in the log is a hash of its hash: nothing in the log can sign anyone in.
    privacy::record(sql, partnership_id, person_id, { "session.started", "session", sha256_hex(token_hash).substr(0, 32) });
    return SignedIn { token, Actor { person_id, partnership_id, role, token_hash, session.csrf_token } };
}

}

std::string hash_for_storage(std::string_view password)
{
    return hash_password(password);
}

void store_password_hash(soci::session& sql, std::string const& partnership_id, std::string const& person_id, std::string const& hash)
{
    store::upsert_password_hash(sql, partnership_id, person_id, hash, now_text());
}

Result<SignedIn> login(db::Database& database, LoginForm const& form, std::string_view remote_address)
{
    auto const now_time = now();
    auto const by_account = account_key(form.email);
    auto const by_address = address_key(remote_address);

    struct Candidate {
        partnership::LoginIdentity identity;
        std::string hash;
    };
    struct Found {
        int blocked_seconds { 0 };
        std::vector<Candidate> candidates;
    };
    auto const found = database.read([&](soci::session& sql) {
        Found result;
        result.blocked_seconds = std::max(seconds_blocked(store::find_throttle(sql, by_account), k_failures_per_account, now_time),
            seconds_blocked(store::find_throttle(sql, by_address), k_failures_per_address, now_time));
        if (result.blocked_seconds > 0)
            return result;
        // Each partnership keeps its own accounts, so one address may have several.
        for (auto& identity : partnership::find_login_identities(sql, form.email)) {
            if (!form.partnership_id.empty() && identity.partnership_id != form.partnership_id)
                continue;
            if (auto hash = store::find_password_hash(sql, identity.person_id))
                result.candidates.push_back({ std::move(identity), std::move(*hash) });
        }
        return result;
    });
    if (found.blocked_seconds > 0)
        return std::unexpected(Error::rate_limited(found.blocked_seconds));

    std::vector<partnership::LoginIdentity> matches;
    if (found.candidates.empty())
        (void)verify_password(decoy_hash(), form.password);
    for (auto const& candidate : found.candidates)
        if (verify_password(candidate.hash, form.password))
            matches.push_back(candidate.identity);
    if (matches.empty()) {
        auto counted = database.write([&](soci::session& sql) -> Status {
            count_failure(sql, by_account, now_time);
            count_failure(sql, by_address, now_time);
            return {};
        });
        if (!counted)
            return std::unexpected(counted.error());
        return std::unexpected(wrong_credentials());
    }
    if (matches.size() > 1) {
        // Only someone who knows the password of each account learns they exist.
        auto error = Error::conflict("This email address and password open accounts in more than one partnership. Choose which one.");
        error.code = "choose_partnership";
        for (auto const& match : matches)
            error.lists["partnership_ids"].push_back(match.partnership_id);
        return std::unexpected(error);
    }

    auto const& chosen = matches.front();
    return database.write([&](soci::session& sql) -> Result<SignedIn> {
        store::clear_throttle(sql, by_account);
        return start_session(sql, chosen.partnership_id, chosen.person_id, chosen.role);
    });
}

Status logout(db::Database& database, Actor const& actor)
{
    return database.write([&](soci::session& sql) -> Status {
        store::delete_session(sql, actor.session_token_hash);
        privacy::record(sql, actor.partnership_id, actor.person_id,
            { "session.ended", "session", sha256_hex(actor.session_token_hash).substr(0, 32) });
        return {};
    });
}

Result<SignedIn> accept_invite(db::Database& database, AcceptInviteForm const& form)
{
    auto const token_hash = sha256_hex(form.token);
    auto const usable = [&](std::optional<store::InviteRecord> const& invite) {
        auto const expires = invite ? parse_time(invite->expires_at) : std::nullopt;
        return invite && !invite->used && expires && *expires > now();
    };
    auto const invalid = [] {
        return Error::invalid_field("token", "This invitation link is not valid or has expired. Ask your convener for a new one.");
    };
    // The token is checked before the costly hashing, so junk tokens cost little.
    if (!usable(database.read([&](soci::session& sql) { return store::find_invite(sql, token_hash); })))
        return std::unexpected(invalid());
    auto const password_hash = hash_password(form.password);
    return database.write([&](soci::session& sql) -> Result<SignedIn> {
        auto const invite = store::find_invite(sql, token_hash);
        if (!usable(invite))
            return std::unexpected(invalid());
        auto const role = partnership::find_role(database, invite->partnership_id, invite->person_id);
        if (!role)
            return std::unexpected(Error::invalid_field("token", "This invitation link is not valid or has expired. Ask your convener for a new one."));
        auto const time = now_text();
        store::mark_invite_used(sql, token_hash, time);
        store::upsert_password_hash(sql, invite->partnership_id, invite->person_id, password_hash, time);
        // A new password ends every other session of the person.
        store::delete_sessions_of(sql, invite->person_id);
        privacy::record(sql, invite->partnership_id, invite->person_id, { "invite.accepted", "person", invite->person_id });
        return start_session(sql, invite->partnership_id, invite->person_id, *role);
    });
}

void set_role_in_sessions(soci::session& sql, std::string const& partnership_id, std::string const& person_id, Role role)
{
    store::set_role(sql, partnership_id, person_id, role);
}

void retire_invites(soci::session& sql, std::string const& person_id)
{
    store::retire_invites(sql, person_id, now_text());
}

std::string issue_invite(soci::session& sql, Actor const& actor, std::string const& person_id)
{
    auto const token = random_token(32);
    auto const now_time = now();
    auto const time = format_time(now_time);
    store::retire_invites(sql, person_id, time);
    store::insert_invite(sql, sha256_hex(token),
        { actor.partnership_id, person_id, actor.person_id, LinkKind::Account, time, format_time(now_time + k_invite_lifetime) });
    privacy::record(sql, actor.partnership_id, actor.person_id, { "invite.issued", "person", person_id });
    return token;
}

std::string issue_password_reset(soci::session& sql, Actor const& actor, std::string const& person_id)
{
    auto const token = random_token(32);
    auto const now_time = now();
    auto const time = format_time(now_time);
    // Earlier links stop working; the person's sessions and password stay as
    // they are until the person uses this link.
    store::retire_invites(sql, person_id, time);
    store::insert_invite(sql, sha256_hex(token),
        { actor.partnership_id, person_id, actor.person_id, LinkKind::PasswordReset, time, format_time(now_time + k_invite_lifetime) });
    privacy::record(sql, actor.partnership_id, actor.person_id, { "password_reset.requested", "person", person_id });
    return token;
}

}
