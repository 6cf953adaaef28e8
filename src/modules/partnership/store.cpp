#include "modules/partnership/store.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "core/form.hpp"
#include "core/ids.hpp"
#include "core/time.hpp"
#include "core/json_writer.hpp"
#include "modules/partnership/presenters.hpp"
#include "db/query.hpp"

namespace rt::partnership::store {

namespace {

constexpr std::string_view k_insert_partnership
    = "INSERT INTO partnerships (id, name, colour, created_at, updated_at) VALUES (:id, :name, :colour, :created_at, :updated_at)";
constexpr std::string_view k_update_partnership
    = "UPDATE partnerships SET name = :name, colour = :colour, updated_at = :updated_at WHERE id = :id";
constexpr std::string_view k_find_partnership = "SELECT id, name, colour, created_at, updated_at FROM partnerships WHERE id = :id";
constexpr std::string_view k_count_organisations_by_sector
    = "SELECT sector, COUNT(*) FROM organisations WHERE partnership_id = :partnership_id GROUP BY sector";
constexpr std::string_view k_count_people_by_group
    = "SELECT tag, COUNT(*) FROM person_tags WHERE partnership_id = :partnership_id AND kind = 'group' GROUP BY tag";
constexpr std::string_view k_count_people = "SELECT COUNT(*) FROM people WHERE partnership_id = :partnership_id";

constexpr std::string_view k_organisation_columns
    = "o.id, o.partnership_id, o.name, o.sector, o.interests, o.communities, o.description, o.website, o.created_at, o.updated_at, o.rendered_json";
constexpr std::string_view k_insert_organisation = R"(
    INSERT INTO organisations (id, partnership_id, name, sector, interests, communities, description, website, created_at, updated_at, rendered_json)
    VALUES (:id, :partnership_id, :name, :sector, :interests, :communities, :description, :website, :created_at, :updated_at, :rendered_json))";
constexpr std::string_view k_update_organisation = R"(
    UPDATE organisations SET name = :name, sector = :sector, interests = :interests, communities = :communities,
        description = :description, website = :website, updated_at = :updated_at, rendered_json = :rendered_json
    WHERE partnership_id = :partnership_id AND id = :id)";
constexpr std::string_view k_delete_organisation_tags
    = "DELETE FROM organisation_tags WHERE partnership_id = :partnership_id AND organisation_id = :id";
constexpr std::string_view k_insert_organisation_tag
    = "INSERT INTO organisation_tags (partnership_id, organisation_id, kind, tag) VALUES (:partnership_id, :organisation_id, :kind, :tag)";
constexpr std::string_view k_delete_organisation = "DELETE FROM organisations WHERE partnership_id = :partnership_id AND id = :id";

// Filters bind their value twice: an empty value switches the filter off.
constexpr std::string_view k_list_organisations_where = R"(
    WHERE o.partnership_id = :partnership_id
      AND (:sector_off = '' OR o.sector = :sector)
      AND (:interest_off = '' OR EXISTS (SELECT 1 FROM organisation_tags t
             WHERE t.organisation_id = o.id AND t.kind = 'interest' AND t.tag = :interest))
      AND (:text_off = '' OR lower(o.name) LIKE :pattern ESCAPE '\')
      AND (:after_off = '' OR o.name > :after_name OR (o.name = :after_name_again AND o.id > :after_id))
    ORDER BY o.name, o.id
    LIMIT :fetch)";

// The unfiltered list, which is most requests: SQLite compiles a statement on
// every call, and the short form compiles in about half the time.
constexpr std::string_view k_list_all_organisations_where = R"(
    WHERE o.partnership_id = :partnership_id
      AND (:after_off = '' OR o.name > :after_name OR (o.name = :after_name_again AND o.id > :after_id))
    ORDER BY o.name, o.id
    LIMIT :fetch)";

constexpr std::string_view k_person_columns = "p.id, p.partnership_id, p.name, p.email_address, p.role, p.stakeholder_groups, p.interests, "
                                              "p.preferred_language, p.access_needs, p.created_at, p.updated_at";
constexpr std::string_view k_insert_person = R"(
    INSERT INTO people (id, partnership_id, name, email_address, role, stakeholder_groups, interests, preferred_language, access_needs, created_at, updated_at)
    VALUES (:id, :partnership_id, :name, :email, :role, :groups, :interests, :preferred_language, :access_needs, :created_at, :updated_at))";
constexpr std::string_view k_update_person = R"(
    UPDATE people SET name = :name, email_address = :email, role = :role, stakeholder_groups = :groups, interests = :interests,
        preferred_language = :preferred_language, access_needs = :access_needs, updated_at = :updated_at
    WHERE partnership_id = :partnership_id AND id = :id)";
constexpr std::string_view k_delete_person_tags = "DELETE FROM person_tags WHERE partnership_id = :partnership_id AND person_id = :id";
constexpr std::string_view k_insert_person_tag
    = "INSERT INTO person_tags (partnership_id, person_id, kind, tag) VALUES (:partnership_id, :person_id, :kind, :tag)";
constexpr std::string_view k_delete_person_organisations
    = "DELETE FROM person_organisations WHERE partnership_id = :partnership_id AND person_id = :id";
constexpr std::string_view k_insert_person_organisation
    = "INSERT INTO person_organisations (partnership_id, person_id, organisation_id) VALUES (:partnership_id, :person_id, :organisation_id)";
constexpr std::string_view k_person_organisation_ids
    = "SELECT organisation_id FROM person_organisations WHERE partnership_id = :partnership_id AND person_id = :id ORDER BY organisation_id";
constexpr std::string_view k_list_people_where = R"(
    WHERE p.partnership_id = :partnership_id
      AND (:group_off = '' OR EXISTS (SELECT 1 FROM person_tags t
             WHERE t.person_id = p.id AND t.kind = 'group' AND t.tag = :group))
      AND (:organisation_off = '' OR EXISTS (SELECT 1 FROM person_organisations po
             WHERE po.person_id = p.id AND po.organisation_id = :organisation_id))
      AND (:text_off = '' OR lower(p.name) LIKE :pattern ESCAPE '\')
      AND (:after_off = '' OR p.name > :after_name OR (p.name = :after_name_again AND p.id > :after_id))
    ORDER BY p.name, p.id
    LIMIT :fetch)";
// An address is one person's within a partnership; another partnership may
// have its own person (and account) with the same address.
constexpr std::string_view k_email_in_use
    = "SELECT COUNT(*) FROM people WHERE partnership_id = :partnership_id AND email_address = :email AND id <> :id";
constexpr std::string_view k_find_login_identities
    = "SELECT id, partnership_id, role FROM people WHERE email_address = :email ORDER BY created_at, id";
constexpr std::string_view k_find_role = "SELECT role FROM people WHERE partnership_id = :partnership_id AND id = :id";

Organisation organisation_from_row(soci::row const& row)
{
    return Organisation {
        .id = db::text_at(row, 0),
        .partnership_id = db::text_at(row, 1),
        .name = db::text_at(row, 2),
        .sector = db::text_at(row, 3),
        .interests = from_json_text(db::text_at(row, 4)),
        .communities = from_json_text(db::text_at(row, 5)),
        .description = db::text_at(row, 6),
        .website = db::text_at(row, 7),
        .created_at = db::text_at(row, 8),
        .updated_at = db::text_at(row, 9),
    };
}

Role role_from_text(std::string_view text)
{
    return text == "convener" ? Role::Convener : Role::Member;
}

Person person_from_row(soci::row const& row)
{
    Person person {
        .id = db::text_at(row, 0),
        .partnership_id = db::text_at(row, 1),
        .name = db::text_at(row, 2),
        .email = std::nullopt,
        .role = role_from_text(db::text_at(row, 4)),
        .groups = from_json_text(db::text_at(row, 5)),
        .organisation_ids = {},
        .interests = from_json_text(db::text_at(row, 6)),
        .preferred_language = db::text_at(row, 7),
        .access_needs = from_json_text(db::text_at(row, 8)),
        .created_at = db::text_at(row, 9),
        .updated_at = db::text_at(row, 10),
    };
    if (row.get_indicator(3) != soci::i_null)
        person.email = row.get<std::string>(3);
    return person;
}

Person person_from_query(db::Query const& query)
{
    Person person {
        .id = query.text(0),
        .partnership_id = query.text(1),
        .name = query.text(2),
        .email = std::nullopt,
        .role = role_from_text(query.text(4)),
        .groups = from_json_text(query.text(5)),
        .organisation_ids = {},
        .interests = from_json_text(query.text(6)),
        .preferred_language = query.text(7),
        .access_needs = from_json_text(query.text(8)),
        .created_at = query.text(9),
        .updated_at = query.text(10),
    };
    if (!query.is_null(3))
        person.email = query.text(3);
    return person;
}

std::vector<std::string> split_commas(std::string const& text)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start < text.size()) {
        auto const end = std::min(text.find(',', start), text.size());
        if (end > start)
            parts.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    std::ranges::sort(parts);
    return parts;
}

// A LIKE pattern that matches the text anywhere, with % and _ taken literally.
std::string contains_pattern(std::string_view text)
{
    std::string pattern = "%";
    for (char const c : text) {
        auto const lower = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (lower == '%' || lower == '_' || lower == '\\')
            pattern.push_back('\\');
        pattern.push_back(lower);
    }
    pattern.push_back('%');
    return pattern;
}

void insert_tags(soci::session& sql, std::string_view insert, std::string const& partnership_id, std::string const& subject_id,
    std::string const& kind, std::vector<std::string> const& tags)
{
    for (auto const& tag : tags)
        sql << insert, soci::use(partnership_id), soci::use(subject_id), soci::use(kind), soci::use(tag);
}

void replace_organisation_tags(soci::session& sql, Organisation const& organisation)
{
    sql << k_delete_organisation_tags, soci::use(organisation.partnership_id), soci::use(organisation.id);
    insert_tags(sql, k_insert_organisation_tag, organisation.partnership_id, organisation.id, "interest", organisation.interests);
    insert_tags(sql, k_insert_organisation_tag, organisation.partnership_id, organisation.id, "community", organisation.communities);
}

void replace_person_links(soci::session& sql, Person const& person)
{
    sql << k_delete_person_tags, soci::use(person.partnership_id), soci::use(person.id);
    insert_tags(sql, k_insert_person_tag, person.partnership_id, person.id, "group", person.groups);
    insert_tags(sql, k_insert_person_tag, person.partnership_id, person.id, "interest", person.interests);
    sql << k_delete_person_organisations, soci::use(person.partnership_id), soci::use(person.id);
    for (auto const& organisation_id : person.organisation_ids)
        sql << k_insert_person_organisation, soci::use(person.partnership_id), soci::use(person.id), soci::use(organisation_id);
}

struct Keyset {
    std::string off;
    std::string name;
    std::string id;
};

Keyset keyset_for(std::optional<NameCursor> const& after)
{
    if (!after)
        return {};
    return { "on", after->name, after->id };
}

}

void insert_partnership(soci::session& sql, Partnership const& partnership)
{
    sql << k_insert_partnership, soci::use(partnership.id), soci::use(partnership.name), soci::use(partnership.colour),
        soci::use(partnership.created_at), soci::use(partnership.updated_at);
}

void update_partnership(soci::session& sql, Partnership const& partnership)
{
    sql << k_update_partnership, soci::use(partnership.name), soci::use(partnership.colour), soci::use(partnership.updated_at),
        soci::use(partnership.id);
}

std::optional<Partnership> find_partnership(soci::session& sql, std::string_view id)
{
    std::string const key { id };
    Partnership partnership;
    sql << k_find_partnership, soci::use(key), soci::into(partnership.id), soci::into(partnership.name), soci::into(partnership.colour),
        soci::into(partnership.created_at), soci::into(partnership.updated_at);
    if (!sql.got_data())
        return std::nullopt;
    return partnership;
}

PartnershipSummary summarise(soci::session& sql, std::string_view partnership_id)
{
    std::string const key { partnership_id };
    PartnershipSummary summary;
    soci::rowset<soci::row> sectors = (sql.prepare << k_count_organisations_by_sector, soci::use(key));
    for (auto const& row : sectors) {
        auto const count = db::integer_at(row, 1);
        summary.organisations_by_sector[db::text_at(row, 0)] = count;
        summary.organisations += count;
    }
    soci::rowset<soci::row> groups = (sql.prepare << k_count_people_by_group, soci::use(key));
    for (auto const& row : groups)
        summary.people_by_group[db::text_at(row, 0)] = db::integer_at(row, 1);
    long long people = 0;
    sql << k_count_people, soci::use(key), soci::into(people);
    summary.people = people;
    return summary;
}

namespace {

// The organisation as the API shows it, stored with the row so that a list
// copies one column per row (see list_organisations_json).
std::string rendered_json(Organisation const& organisation)
{
    return boost::json::serialize(to_json(organisation));
}

}

void insert_organisation(soci::session& sql, Organisation const& organisation)
{
    auto const rendered = rendered_json(organisation);
    auto const interests = to_json_text(organisation.interests);
    auto const communities = to_json_text(organisation.communities);
    sql << k_insert_organisation, soci::use(organisation.id), soci::use(organisation.partnership_id), soci::use(organisation.name),
        soci::use(organisation.sector), soci::use(interests), soci::use(communities), soci::use(organisation.description),
        soci::use(organisation.website), soci::use(organisation.created_at), soci::use(organisation.updated_at), soci::use(rendered);
    replace_organisation_tags(sql, organisation);
}

void update_organisation(soci::session& sql, Organisation const& organisation)
{
    auto const rendered = rendered_json(organisation);
    auto const interests = to_json_text(organisation.interests);
    auto const communities = to_json_text(organisation.communities);
    sql << k_update_organisation, soci::use(organisation.name), soci::use(organisation.sector), soci::use(interests),
        soci::use(communities), soci::use(organisation.description), soci::use(organisation.website),
        soci::use(organisation.updated_at), soci::use(rendered), soci::use(organisation.partnership_id), soci::use(organisation.id);
    replace_organisation_tags(sql, organisation);
}

void delete_organisation(soci::session& sql, std::string_view partnership_id, std::string_view id)
{
    std::string const partnership { partnership_id }, key { id };
    sql << k_delete_organisation_tags, soci::use(partnership), soci::use(key);
    sql << k_delete_organisation, soci::use(partnership), soci::use(key);
}

std::optional<Organisation> find_organisation(soci::session& sql, std::string_view partnership_id, std::string_view id)
{
    std::string const partnership { partnership_id }, key { id };
    std::string const select = fmt::format("SELECT {} FROM organisations o WHERE o.partnership_id = :partnership_id AND o.id = :id", k_organisation_columns);
    soci::rowset<soci::row> rows = (sql.prepare << select, soci::use(partnership), soci::use(key));
    for (auto const& row : rows)
        return organisation_from_row(row);
    return std::nullopt;
}

namespace {

// Runs the list query with the filters that are set; rows as organisations.
db::Query& bind_organisation_list(db::Query& query, std::string_view partnership_id, OrganisationFilter const& filter,
    std::optional<NameCursor> const& after, std::size_t limit)
{
    auto const keyset = keyset_for(after);
    query.bind(partnership_id);
    if (!filter.sector.empty() || !filter.interest.empty() || !filter.text.empty()) {
        query.bind(filter.sector).bind(filter.sector).bind(filter.interest).bind(filter.interest);
        query.bind(filter.text).bind(contains_pattern(filter.text));
    }
    query.bind(keyset.off).bind(keyset.name).bind(keyset.name).bind(keyset.id).bind(static_cast<long long>(limit) + 1);
    return query;
}

std::string const& organisation_list_sql(OrganisationFilter const& filter)
{
    static std::string const all = fmt::format("SELECT {} FROM organisations o {}", k_organisation_columns, k_list_all_organisations_where);
    static std::string const filtered = fmt::format("SELECT {} FROM organisations o {}", k_organisation_columns, k_list_organisations_where);
    bool const unfiltered = filter.sector.empty() && filter.interest.empty() && filter.text.empty();
    return unfiltered ? all : filtered;
}

// A stored list of tags is JSON written by to_json_text; anything else reads as [].
std::string_view stored_json_array(std::string_view text)
{
    return text.size() >= 2 && text.front() == '[' && text.back() == ']' ? text : std::string_view { "[]" };
}

}

std::optional<std::string> list_organisations_json(db::Database& database, std::string& out, std::string_view partnership_id,
    OrganisationFilter const& filter, std::optional<NameCursor> const& after, std::size_t limit)
{
    db::Query query { database, organisation_list_sql(filter) };
    bind_organisation_list(query, partnership_id, filter, after, limit);
    std::optional<std::string> next_cursor;
    out.reserve(out.size() + limit * 320);
    JsonWriter writer { out };
    writer.begin_array();
    std::size_t count = 0;
    NameCursor last;
    while (query.next()) {
        if (++count > limit) {
            next_cursor = encode_cursor(last);
            break;
        }
        if (auto const rendered = query.view(10); !rendered.empty()) {
            writer.raw(rendered);
            if (count == limit)
                last = { std::string { query.view(2) }, std::string { query.view(0) } };
            continue;
        }
        // A row from before its JSON was stored: the same fields, in the same
        // order, as to_json(Organisation).
        writer.begin_object();
        writer.key("id");
        writer.string(query.view(0));
        writer.key("name");
        writer.string(query.view(2));
        writer.key("sector");
        writer.string(query.view(3));
        writer.key("interests");
        writer.raw(stored_json_array(query.view(4)));
        writer.key("communities");
        writer.raw(stored_json_array(query.view(5)));
        writer.key("description");
        writer.string(query.view(6));
        writer.key("website");
        writer.string(query.view(7));
        writer.key("created_at");
        writer.string(query.view(8));
        writer.key("updated_at");
        writer.string(query.view(9));
        writer.end_object();
        if (count == limit)
            last = { std::string { query.view(2) }, std::string { query.view(0) } };
    }
    writer.end_array();
    return next_cursor;
}

std::vector<std::pair<std::string, std::string>> organisation_names(soci::session& sql, std::string_view partnership_id)
{
    std::string const partnership { partnership_id };
    std::vector<std::pair<std::string, std::string>> names;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT id, name FROM organisations WHERE partnership_id = :partnership_id", soci::use(partnership));
    for (auto const& row : rows)
        names.emplace_back(db::text_at(row, 0), db::text_at(row, 1));
    return names;
}

long long count_organisations(soci::session& sql, std::string_view partnership_id, std::vector<std::string> const& ids)
{
    std::string const partnership { partnership_id };
    long long found = 0;
    for (auto const& id : ids) {
        int count = 0;
        sql << "SELECT COUNT(*) FROM organisations WHERE partnership_id = :partnership_id AND id = :id", soci::use(partnership),
            soci::use(id), soci::into(count);
        found += count;
    }
    return found;
}

namespace {

constexpr std::string_view k_organisations_with_tag = R"(
    SELECT o.id, o.name, o.sector FROM organisation_tags t JOIN organisations o ON o.id = t.organisation_id
    WHERE t.partnership_id = :partnership_id AND t.tag = :tag
    ORDER BY o.name, o.id)";
constexpr std::string_view k_people_with_interest = R"(
    SELECT p.id, p.name, p.stakeholder_groups FROM person_tags t JOIN people p ON p.id = t.person_id
    WHERE t.partnership_id = :partnership_id AND t.kind = 'interest' AND t.tag = :tag
    ORDER BY p.name, p.id)";

// Runs the per-tag query for each tag and gathers, for each match, the tags it met.
template<typename Read>
std::vector<TagMatch> gather_matches(db::Database& database, std::string_view sql, std::string_view partnership_id,
    std::vector<std::string> const& tags, Read read)
{
    std::vector<TagMatch> matches;
    for (auto const& tag : tags) {
        db::Query query { database, sql };
        query.bind(partnership_id).bind(tag);
        while (query.next()) {
            auto const id = query.text(0);
            auto found = std::ranges::find(matches, id, &TagMatch::id);
            if (found == matches.end()) {
                TagMatch match;
                match.id = id;
                match.name = query.text(1);
                read(query, match);
                matches.push_back(std::move(match));
                found = std::prev(matches.end());
            }
            if (std::ranges::find(found->matched, tag) == found->matched.end())
                found->matched.push_back(tag);
        }
    }
    return matches;
}

}

std::vector<TagMatch> organisations_with_tags(db::Database& database, std::string_view partnership_id, std::vector<std::string> const& tags)
{
    return gather_matches(database, k_organisations_with_tag, partnership_id, tags,
        [](db::Query const& query, TagMatch& match) { match.sector = query.text(2); });
}

std::vector<TagMatch> people_with_interests(db::Database& database, std::string_view partnership_id, std::vector<std::string> const& tags)
{
    return gather_matches(database, k_people_with_interest, partnership_id, tags,
        [](db::Query const& query, TagMatch& match) { match.groups = from_json_text(query.text(2)); });
}

namespace {

// A person's columns as they are stored: lists as JSON text, the role by its
// name, and no email as NULL.
struct PersonColumns {
    explicit PersonColumns(Person const& person)
        : groups(to_json_text(person.groups))
        , interests(to_json_text(person.interests))
        , access_needs(to_json_text(person.access_needs))
        , role(role_name(person.role))
        , email(person.email)
    {
    }
    std::string groups, interests, access_needs, role;
    db::Nullable<std::string> email;
};

}

void insert_person(soci::session& sql, Person const& person)
{
    PersonColumns columns { person };
    sql << k_insert_person, soci::use(person.id), soci::use(person.partnership_id), soci::use(person.name),
        soci::use(columns.email.value, columns.email.indicator), soci::use(columns.role), soci::use(columns.groups), soci::use(columns.interests),
        soci::use(person.preferred_language), soci::use(columns.access_needs), soci::use(person.created_at), soci::use(person.updated_at);
    replace_person_links(sql, person);
}

void update_person(soci::session& sql, Person const& person)
{
    PersonColumns columns { person };
    sql << k_update_person, soci::use(person.name), soci::use(columns.email.value, columns.email.indicator), soci::use(columns.role),
        soci::use(columns.groups), soci::use(columns.interests), soci::use(person.preferred_language), soci::use(columns.access_needs),
        soci::use(person.updated_at), soci::use(person.partnership_id), soci::use(person.id);
    replace_person_links(sql, person);
}

std::optional<Person> find_person(soci::session& sql, std::string_view partnership_id, std::string_view id)
{
    std::string const partnership { partnership_id }, key { id };
    std::string const select = fmt::format("SELECT {} FROM people p WHERE p.partnership_id = :partnership_id AND p.id = :id", k_person_columns);
    std::optional<Person> person;
    {
        soci::rowset<soci::row> rows = (sql.prepare << select, soci::use(partnership), soci::use(key));
        for (auto const& row : rows)
            person = person_from_row(row);
    }
    if (!person)
        return std::nullopt;
    soci::rowset<std::string> organisation_ids = (sql.prepare << k_person_organisation_ids, soci::use(partnership), soci::use(key));
    for (auto const& organisation_id : organisation_ids)
        person->organisation_ids.push_back(organisation_id);
    return person;
}

Page<Person> list_people(db::Database& database, std::string_view partnership_id, PersonFilter const& filter,
    std::optional<NameCursor> const& after, std::size_t limit)
{
    auto const keyset = keyset_for(after);
    long long const fetch = static_cast<long long>(limit) + 1;
    std::string const select = fmt::format(
        "SELECT {}, (SELECT {}(po.organisation_id, ',') FROM person_organisations po WHERE po.person_id = p.id) FROM people p {}",
        k_person_columns, db::string_aggregate(database.dialect()), k_list_people_where);
    db::Query query { database, select };
    query.bind(partnership_id).bind(filter.group).bind(filter.group).bind(filter.organisation_id).bind(filter.organisation_id);
    query.bind(filter.text).bind(contains_pattern(filter.text));
    query.bind(keyset.off).bind(keyset.name).bind(keyset.name).bind(keyset.id).bind(fetch);
    Page<Person> page;
    while (query.next()) {
        auto person = person_from_query(query);
        person.organisation_ids = split_commas(query.text(11));
        page.items.push_back(std::move(person));
    }
    if (page.items.size() > limit) {
        page.items.pop_back();
        page.next_cursor = encode_cursor({ page.items.back().name, page.items.back().id });
    }
    return page;
}

void record_group_change(soci::session& sql, Person const& person, std::vector<std::string> const& before, std::string_view changed_by)
{
    std::vector<std::string> added, removed;
    for (auto const& group : person.groups)
        if (std::ranges::find(before, group) == before.end())
            added.push_back(group);
    for (auto const& group : before)
        if (std::ranges::find(person.groups, group) == person.groups.end())
            removed.push_back(group);
    if (added.empty() && removed.empty())
        return;
    std::string const id = new_id(), by { changed_by }, at = now_text(), added_text = to_json_text(added), removed_text = to_json_text(removed);
    long long seq = 0;
    sql << "SELECT COALESCE(MAX(seq), 0) + 1 FROM person_group_changes WHERE partnership_id = :partnership_id AND person_id = :person_id",
        soci::use(person.partnership_id), soci::use(person.id), soci::into(seq);
    sql << "INSERT INTO person_group_changes (id, partnership_id, person_id, seq, changed_by, changed_at, added, removed) "
           "VALUES (:id, :partnership_id, :person_id, :seq, :changed_by, :changed_at, :added, :removed)",
        soci::use(id), soci::use(person.partnership_id), soci::use(person.id), soci::use(seq), soci::use(by), soci::use(at),
        soci::use(added_text), soci::use(removed_text);
}

std::vector<GroupChange> group_changes(soci::session& sql, std::string_view partnership_id, std::string_view person_id, std::size_t limit)
{
    std::string const partnership { partnership_id }, person { person_id };
    long long const fetch = static_cast<long long>(limit);
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT c.changed_at, c.changed_by, COALESCE(p.name, ''), c.added, c.removed "
                                                   "FROM person_group_changes c LEFT JOIN people p ON p.partnership_id = c.partnership_id AND p.id = c.changed_by "
                                                   "WHERE c.partnership_id = :partnership_id AND c.person_id = :person_id "
                                                   "ORDER BY c.seq DESC LIMIT :fetch",
        soci::use(partnership), soci::use(person), soci::use(fetch));
    std::vector<GroupChange> changes;
    for (auto const& row : rows)
        changes.push_back({ db::text_at(row, 0), db::text_at(row, 1), db::text_at(row, 2), from_json_text(db::text_at(row, 3)),
            from_json_text(db::text_at(row, 4)) });
    return changes;
}

long long count_conveners(soci::session& sql, std::string_view partnership_id)
{
    std::string const partnership { partnership_id };
    int count = 0;
    sql << "SELECT COUNT(*) FROM people WHERE partnership_id = :partnership_id AND role = 'convener'", soci::use(partnership), soci::into(count);
    return count;
}

std::vector<std::string> convener_ids(soci::session& sql, std::string_view partnership_id)
{
    std::string const partnership { partnership_id };
    std::vector<std::string> ids;
    soci::rowset<std::string> rows = (sql.prepare << "SELECT id FROM people WHERE partnership_id = :partnership_id AND role = 'convener' ORDER BY id",
        soci::use(partnership));
    for (auto const& id : rows)
        ids.push_back(id);
    return ids;
}

std::set<std::string> people_without_email(soci::session& sql, std::string_view partnership_id)
{
    std::string const partnership { partnership_id };
    std::set<std::string> ids;
    soci::rowset<std::string> rows = (sql.prepare << "SELECT id FROM people WHERE partnership_id = :partnership_id AND (email_address IS NULL OR email_address = '')",
        soci::use(partnership));
    for (auto const& id : rows)
        ids.insert(id);
    return ids;
}

bool email_in_use(soci::session& sql, std::string_view partnership_id, std::string_view email, std::string_view except_person_id)
{
    std::string const partnership { partnership_id }, address { email }, except { except_person_id };
    int count = 0;
    sql << k_email_in_use, soci::use(partnership), soci::use(address), soci::use(except), soci::into(count);
    return count > 0;
}

std::vector<LoginIdentity> find_login_identities(soci::session& sql, std::string_view email)
{
    std::string const address { email };
    std::vector<LoginIdentity> identities;
    soci::rowset<soci::row> rows = (sql.prepare << k_find_login_identities, soci::use(address));
    for (auto const& row : rows)
        identities.push_back({ db::text_at(row, 0), db::text_at(row, 1), role_from_text(db::text_at(row, 2)) });
    return identities;
}

std::optional<Role> find_role(db::Database& database, std::string_view partnership_id, std::string_view person_id)
{
    db::Query query { database, k_find_role };
    query.bind(partnership_id).bind(person_id);
    if (!query.next())
        return std::nullopt;
    return role_from_text(query.text(0));
}

}
