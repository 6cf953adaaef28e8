#pragma once

#include <optional>
#include <set>
#include <string>

#include "core/actor.hpp"
#include "core/cursor.hpp"
#include "core/error.hpp"
#include "db/database.hpp"
#include "modules/partnership/model.hpp"
#include "modules/partnership/store.hpp"

// Read models, for this module's routes and for other modules.
namespace rt::partnership {

struct PartnershipView {
    Partnership partnership;
    PartnershipSummary summary;
};

[[nodiscard]] Result<PartnershipView> get_partnership(db::Database& database, Actor const& actor);
[[nodiscard]] std::optional<Partnership> find_partnership(soci::session& sql, std::string_view partnership_id);

[[nodiscard]] Result<Organisation> get_organisation(db::Database& database, Actor const& actor, std::string const& id);
// Appends the page's items as a JSON array to `out`; returns the next cursor.
[[nodiscard]] Result<std::optional<std::string>> list_organisations_json(db::Database& database, std::string& out, Actor const& actor,
    store::OrganisationFilter const& filter, std::optional<NameCursor> const& after, std::size_t limit);

[[nodiscard]] Result<Person> get_person(db::Database& database, Actor const& actor, std::string const& id);
[[nodiscard]] std::optional<Person> find_person(soci::session& sql, std::string_view partnership_id, std::string_view id);
// The partnership's conveners, by id (for the organisers' digest).
[[nodiscard]] std::vector<std::string> convener_ids(soci::session& sql, std::string_view partnership_id);
// The people no email can reach (no address), by id.
[[nodiscard]] std::set<std::string> people_without_email(soci::session& sql, std::string_view partnership_id);
// The people who act for an organisation (its contacts), by name.
[[nodiscard]] std::vector<Person> organisation_contacts(soci::session& sql, std::string_view partnership_id, std::string_view organisation_id);
// The person's latest group changes, newest first: for conveners and the
// person themself; nullopt for anyone else.
[[nodiscard]] std::optional<std::vector<GroupChange>> group_changes(db::Database& database, Actor const& actor, std::string const& person_id);
[[nodiscard]] Result<Page<Person>> list_people(db::Database& database, Actor const& actor, store::PersonFilter const& filter,
    std::optional<NameCursor> const& after, std::size_t limit);

// For other modules: organisations and people of the partnership.
[[nodiscard]] std::optional<Organisation> find_organisation(soci::session& sql, std::string_view partnership_id, std::string_view id);
[[nodiscard]] std::vector<TagMatch> organisations_with_tags(db::Database& database, std::string_view partnership_id, std::vector<std::string> const& tags);
[[nodiscard]] std::vector<TagMatch> people_with_interests(db::Database& database, std::string_view partnership_id, std::vector<std::string> const& tags);

// For sign-in and sessions (the accounts module).
// Everyone with the address, in every partnership: each partnership keeps its own accounts.
[[nodiscard]] std::vector<LoginIdentity> find_login_identities(soci::session& sql, std::string_view email);
[[nodiscard]] std::optional<Role> find_role(db::Database& database, std::string_view partnership_id, std::string_view person_id);

}
