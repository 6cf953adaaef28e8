#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>

#include <soci/soci.h>

#include "core/cursor.hpp"
#include "db/database.hpp"
#include "modules/partnership/model.hpp"

// SQL for partnerships, organisations and people. Every statement names the
// partnership, so a row of another partnership is never read or changed.
namespace rt::partnership::store {

void insert_partnership(soci::session& sql, Partnership const& partnership);
void update_partnership(soci::session& sql, Partnership const& partnership);
[[nodiscard]] std::optional<Partnership> find_partnership(soci::session& sql, std::string_view id);
[[nodiscard]] PartnershipSummary summarise(soci::session& sql, std::string_view partnership_id);

struct OrganisationFilter {
    std::string sector;   // empty: any
    std::string interest; // empty: any
    std::string text;     // empty: any; matched anywhere in the name
};

void insert_organisation(soci::session& sql, Organisation const& organisation);
void update_organisation(soci::session& sql, Organisation const& organisation);
void delete_organisation(soci::session& sql, std::string_view partnership_id, std::string_view id);
[[nodiscard]] std::optional<Organisation> find_organisation(soci::session& sql, std::string_view partnership_id, std::string_view id);
// The list's read model is its JSON: appends a JSON array of organisations to
// `out`, written straight from the rows (the hottest read of the partnership
// module, and the fields of to_json(Organisation)). Returns the next page's cursor.
[[nodiscard]] std::optional<std::string> list_organisations_json(db::Database& database, std::string& out,
    std::string_view partnership_id, OrganisationFilter const& filter, std::optional<NameCursor> const& after, std::size_t limit);

// Every organisation's id and name, to find one of the same name.
[[nodiscard]] std::vector<std::pair<std::string, std::string>> organisation_names(soci::session& sql, std::string_view partnership_id);
[[nodiscard]] long long count_organisations(soci::session& sql, std::string_view partnership_id, std::vector<std::string> const& ids);

struct PersonFilter {
    std::string group;
    std::string organisation_id;
    std::string text;
};

// Organisations with any of the tags among their interests or communities.
[[nodiscard]] std::vector<TagMatch> organisations_with_tags(db::Database& database, std::string_view partnership_id, std::vector<std::string> const& tags);
// People who opted in to any of the tags as an interest.
[[nodiscard]] std::vector<TagMatch> people_with_interests(db::Database& database, std::string_view partnership_id, std::vector<std::string> const& tags);

void insert_person(soci::session& sql, Person const& person);
void update_person(soci::session& sql, Person const& person);
[[nodiscard]] std::optional<Person> find_person(soci::session& sql, std::string_view partnership_id, std::string_view id);
[[nodiscard]] Page<Person> list_people(db::Database& database, std::string_view partnership_id,
    PersonFilter const& filter, std::optional<NameCursor> const& after, std::size_t limit);
// Records the groups added and removed, when there are any.
void record_group_change(soci::session& sql, Person const& person, std::vector<std::string> const& before, std::string_view changed_by);
// The person's newest group changes first, at most `limit`.
[[nodiscard]] std::vector<GroupChange> group_changes(soci::session& sql, std::string_view partnership_id, std::string_view person_id, std::size_t limit);
[[nodiscard]] long long count_conveners(soci::session& sql, std::string_view partnership_id);
[[nodiscard]] std::vector<std::string> convener_ids(soci::session& sql, std::string_view partnership_id);
[[nodiscard]] std::set<std::string> people_without_email(soci::session& sql, std::string_view partnership_id);
[[nodiscard]] bool email_in_use(soci::session& sql, std::string_view partnership_id, std::string_view email, std::string_view except_person_id);
[[nodiscard]] std::vector<LoginIdentity> find_login_identities(soci::session& sql, std::string_view email);
[[nodiscard]] std::optional<Role> find_role(db::Database& database, std::string_view partnership_id, std::string_view person_id);

}
