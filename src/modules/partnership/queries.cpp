#include "modules/partnership/queries.hpp"

#include "modules/partnership/permissions.hpp"

namespace rt::partnership {

Result<PartnershipView> get_partnership(db::Database& database, Actor const& actor)
{
    if (!can_view_partnership(actor))
        return std::unexpected(Error::forbidden());
    return database.read([&](soci::session& sql) -> Result<PartnershipView> {
        auto partnership = store::find_partnership(sql, actor.partnership_id);
        if (!partnership)
            return std::unexpected(Error::not_found());
        return PartnershipView { std::move(*partnership), store::summarise(sql, actor.partnership_id) };
    });
}

std::optional<Partnership> find_partnership(soci::session& sql, std::string_view partnership_id)
{
    return store::find_partnership(sql, partnership_id);
}

Result<Organisation> get_organisation(db::Database& database, Actor const& actor, std::string const& id)
{
    if (!can_view_partnership(actor))
        return std::unexpected(Error::forbidden());
    auto organisation = database.read([&](soci::session& sql) { return store::find_organisation(sql, actor.partnership_id, id); });
    if (!organisation)
        return std::unexpected(Error::not_found("There is no such organisation in this partnership."));
    return *organisation;
}

Result<std::optional<std::string>> list_organisations_json(db::Database& database, std::string& out, Actor const& actor,
    store::OrganisationFilter const& filter, std::optional<NameCursor> const& after, std::size_t limit)
{
    if (!can_view_partnership(actor))
        return std::unexpected(Error::forbidden());
    return store::list_organisations_json(database, out, actor.partnership_id, filter, after, limit);
}

Result<Person> get_person(db::Database& database, Actor const& actor, std::string const& id)
{
    if (!can_view_partnership(actor))
        return std::unexpected(Error::forbidden());
    auto person = database.read([&](soci::session& sql) { return store::find_person(sql, actor.partnership_id, id); });
    if (!person)
        return std::unexpected(Error::not_found("There is no such person in this partnership."));
    return *person;
}

std::optional<std::vector<GroupChange>> group_changes(db::Database& database, Actor const& actor, std::string const& person_id)
{
    if (!can_see_personal_data(actor, person_id))
        return std::nullopt;
    return database.read([&](soci::session& sql) { return store::group_changes(sql, actor.partnership_id, person_id, 20); });
}

std::optional<Person> find_person(soci::session& sql, std::string_view partnership_id, std::string_view id)
{
    return store::find_person(sql, partnership_id, id);
}

std::vector<std::string> convener_ids(soci::session& sql, std::string_view partnership_id)
{
    return store::convener_ids(sql, partnership_id);
}

std::set<std::string> people_without_email(soci::session& sql, std::string_view partnership_id)
{
    return store::people_without_email(sql, partnership_id);
}

std::vector<Person> organisation_contacts(soci::session& sql, std::string_view partnership_id, std::string_view organisation_id)
{
    std::string const partnership { partnership_id }, organisation { organisation_id };
    std::vector<std::string> ids;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT po.person_id FROM person_organisations po JOIN people p ON p.id = po.person_id "
                                                   "WHERE p.partnership_id = :p AND po.organisation_id = :o ORDER BY p.name, p.id",
        soci::use(partnership), soci::use(organisation));
    for (auto const& row : rows)
        ids.push_back(db::text_at(row, 0));
    std::vector<Person> people;
    for (auto const& id : ids)
        if (auto person = store::find_person(sql, partnership_id, id))
            people.push_back(std::move(*person));
    return people;
}

Result<Page<Person>> list_people(db::Database& database, Actor const& actor, store::PersonFilter const& filter,
    std::optional<NameCursor> const& after, std::size_t limit)
{
    if (!can_view_partnership(actor))
        return std::unexpected(Error::forbidden());
    return store::list_people(database, actor.partnership_id, filter, after, limit);
}

std::optional<Organisation> find_organisation(soci::session& sql, std::string_view partnership_id, std::string_view id)
{
    return store::find_organisation(sql, partnership_id, id);
}

std::vector<TagMatch> organisations_with_tags(db::Database& database, std::string_view partnership_id, std::vector<std::string> const& tags)
{
    return store::organisations_with_tags(database, partnership_id, tags);
}

std::vector<TagMatch> people_with_interests(db::Database& database, std::string_view partnership_id, std::vector<std::string> const& tags)
{
    return store::people_with_interests(database, partnership_id, tags);
}

std::vector<LoginIdentity> find_login_identities(soci::session& sql, std::string_view email)
{
    return store::find_login_identities(sql, email);
}

std::optional<Role> find_role(db::Database& database, std::string_view partnership_id, std::string_view person_id)
{
    return store::find_role(database, partnership_id, person_id);
}

}
