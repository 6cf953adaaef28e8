#include "modules/documents/store.hpp"

#include <boost/json.hpp>

#include "db/database.hpp"

namespace rt::documents::store {

namespace {

constexpr std::string_view k_document_columns = "id, project_id, title, kind, published_version, created_by, created_at, updated_at";
constexpr std::string_view k_section_columns
    = "id, document_id, parent_id, position, kind, heading, body, owner_group, due_on, review_on, status, dropped_reason, measure, updated_at";
constexpr std::string_view k_link_columns
    = "id, section_id, source_kind, source_id, fingerprint, created_by, created_at, cleared_by, cleared_at, cleared_reason";

Document document_from_row(std::string const& partnership_id, soci::row const& row)
{
    return { db::text_at(row, 0), partnership_id, db::optional_text_at(row, 1), db::text_at(row, 2), db::text_at(row, 3),
        static_cast<int>(db::integer_at(row, 4)), db::text_at(row, 5), db::text_at(row, 6), db::text_at(row, 7) };
}

Section section_from_row(soci::row const& row)
{
    return { db::text_at(row, 0), db::text_at(row, 1), db::optional_text_at(row, 2), static_cast<int>(db::integer_at(row, 3)), db::text_at(row, 4),
        db::text_at(row, 5), db::text_at(row, 6), db::optional_text_at(row, 7), db::optional_text_at(row, 8), db::optional_text_at(row, 9),
        db::optional_text_at(row, 10), db::optional_text_at(row, 11), db::text_at(row, 12), db::text_at(row, 13) };
}

SectionLink link_from_row(soci::row const& row)
{
    return { db::text_at(row, 0), db::text_at(row, 1), db::text_at(row, 2), db::text_at(row, 3), db::text_at(row, 4), db::text_at(row, 5),
        db::text_at(row, 6), db::optional_text_at(row, 7), db::optional_text_at(row, 8), db::text_at(row, 9) };
}

boost::json::value optional_json(std::optional<std::string> const& value)
{
    return value ? boost::json::value(*value) : boost::json::value(nullptr);
}

std::optional<std::string> optional_from(boost::json::object const& object, std::string_view key)
{
    auto const* value = object.if_contains(key);
    if (!value || !value->is_string())
        return std::nullopt;
    return std::string { value->get_string() };
}

std::string text_from(boost::json::object const& object, std::string_view key)
{
    return optional_from(object, key).value_or("");
}

// A version's sections, frozen as JSON in one column.
std::string sections_text(std::vector<Section> const& sections)
{
    boost::json::array array;
    for (auto const& s : sections)
        array.push_back({ { "id", s.id }, { "parent_id", optional_json(s.parent_id) }, { "position", s.position }, { "kind", s.kind },
            { "heading", s.heading }, { "body", s.body }, { "owner_group", optional_json(s.owner_group) }, { "due_on", optional_json(s.due_on) },
            { "review_on", optional_json(s.review_on) }, { "status", optional_json(s.status) }, { "dropped_reason", optional_json(s.dropped_reason) },
            { "measure", s.measure }, { "updated_at", s.updated_at } });
    return boost::json::serialize(array);
}

std::vector<Section> sections_from(std::string const& document_id, std::string const& text)
{
    std::vector<Section> sections;
    auto const parsed = boost::json::parse(text); // kept alive for the loop
    for (auto const& entry : parsed.as_array()) {
        auto const& o = entry.as_object();
        sections.push_back({ text_from(o, "id"), document_id, optional_from(o, "parent_id"), static_cast<int>(o.at("position").as_int64()),
            text_from(o, "kind"), text_from(o, "heading"), text_from(o, "body"), optional_from(o, "owner_group"), optional_from(o, "due_on"),
            optional_from(o, "review_on"), optional_from(o, "status"), optional_from(o, "dropped_reason"), text_from(o, "measure"),
            text_from(o, "updated_at") });
    }
    return sections;
}

}

std::optional<Document> find_document(soci::session& sql, std::string const& partnership_id, std::string const& id)
{
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT " + std::string { k_document_columns } + " FROM documents WHERE partnership_id = :p AND id = :id",
        soci::use(partnership_id), soci::use(id));
    for (auto const& row : rows)
        return document_from_row(partnership_id, row);
    return std::nullopt;
}

std::vector<std::pair<std::string, std::string>> document_keys(soci::session& sql, std::string const& partnership_id, bool drafts_too,
    PageRequest const& page)
{
    auto const keys = keyset(page, "d.created_at", "d.id", SortOrder::Descending);
    int const all = drafts_too ? 1 : 0;
    std::vector<std::pair<std::string, std::string>> found;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT d.created_at, d.id FROM documents d WHERE d.partnership_id = :p "
                                                   "AND (:all = 1 OR d.published_version > 0) AND "
                                                       + keys.condition + " " + keys.order_limit,
        soci::use(partnership_id), soci::use(all), soci::use(keys.on), soci::use(keys.key), soci::use(keys.key), soci::use(keys.id),
        soci::use(keys.fetch));
    for (auto const& row : rows)
        found.emplace_back(db::text_at(row, 0), db::text_at(row, 1));
    return found;
}

void insert_document(soci::session& sql, Document const& document)
{
    db::Nullable project { document.project_id };
    sql << "INSERT INTO documents (id, partnership_id, project_id, title, kind, published_version, created_by, created_at, updated_at) "
           "VALUES (:id, :p, :project, :title, :kind, :published, :by, :created, :updated)",
        soci::use(document.id), soci::use(document.partnership_id), soci::use(project.value, project.indicator), soci::use(document.title),
        soci::use(document.kind), soci::use(document.published_version), soci::use(document.created_by), soci::use(document.created_at),
        soci::use(document.updated_at);
}

void update_document(soci::session& sql, Document const& document)
{
    sql << "UPDATE documents SET title = :title, kind = :kind, published_version = :published, updated_at = :updated "
           "WHERE partnership_id = :p AND id = :id",
        soci::use(document.title), soci::use(document.kind), soci::use(document.published_version), soci::use(document.updated_at),
        soci::use(document.partnership_id), soci::use(document.id);
}

std::vector<Section> sections(soci::session& sql, std::string const& document_id)
{
    std::vector<Section> found;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT " + std::string { k_section_columns } + " FROM document_sections WHERE document_id = :d",
        soci::use(document_id));
    for (auto const& row : rows)
        found.push_back(section_from_row(row));
    return found;
}

std::optional<Section> find_section(soci::session& sql, std::string const& partnership_id, std::string const& id)
{
    soci::rowset<soci::row> rows
        = (sql.prepare << "SELECT " + std::string { k_section_columns } + " FROM document_sections WHERE partnership_id = :p AND id = :id",
            soci::use(partnership_id), soci::use(id));
    for (auto const& row : rows)
        return section_from_row(row);
    return std::nullopt;
}

void insert_section(soci::session& sql, std::string const& partnership_id, Section const& s)
{
    db::Nullable parent { s.parent_id }, owner { s.owner_group }, due { s.due_on }, review { s.review_on }, status { s.status },
        dropped { s.dropped_reason };
    sql << "INSERT INTO document_sections (id, partnership_id, document_id, parent_id, position, kind, heading, body, owner_group, due_on, "
           "review_on, status, dropped_reason, measure, updated_at) VALUES (:id, :p, :d, :parent, :position, :kind, :heading, :body, :owner, "
           ":due, :review, :status, :dropped, :measure, :updated)",
        soci::use(s.id), soci::use(partnership_id), soci::use(s.document_id), soci::use(parent.value, parent.indicator), soci::use(s.position),
        soci::use(s.kind), soci::use(s.heading), soci::use(s.body), soci::use(owner.value, owner.indicator), soci::use(due.value, due.indicator),
        soci::use(review.value, review.indicator), soci::use(status.value, status.indicator), soci::use(dropped.value, dropped.indicator),
        soci::use(s.measure), soci::use(s.updated_at);
}

void update_section(soci::session& sql, Section const& s)
{
    db::Nullable parent { s.parent_id }, owner { s.owner_group }, due { s.due_on }, review { s.review_on }, status { s.status },
        dropped { s.dropped_reason };
    sql << "UPDATE document_sections SET parent_id = :parent, position = :position, kind = :kind, heading = :heading, body = :body, "
           "owner_group = :owner, due_on = :due, review_on = :review, status = :status, dropped_reason = :dropped, measure = :measure, "
           "updated_at = :updated WHERE id = :id",
        soci::use(parent.value, parent.indicator), soci::use(s.position), soci::use(s.kind), soci::use(s.heading), soci::use(s.body),
        soci::use(owner.value, owner.indicator), soci::use(due.value, due.indicator), soci::use(review.value, review.indicator),
        soci::use(status.value, status.indicator), soci::use(dropped.value, dropped.indicator), soci::use(s.measure), soci::use(s.updated_at),
        soci::use(s.id);
}

void delete_section(soci::session& sql, std::string const& id)
{
    sql << "DELETE FROM section_links WHERE section_id = :id OR (source_kind = 'section' AND source_id = :source)", soci::use(id, "id"), soci::use(id, "source");
    sql << "DELETE FROM section_progress WHERE section_id = :id", soci::use(id);
    sql << "DELETE FROM document_sections WHERE id = :id", soci::use(id);
}

void make_room(soci::session& sql, std::string const& document_id, std::optional<std::string> const& parent_id, int position)
{
    if (parent_id)
        sql << "UPDATE document_sections SET position = position + 1 WHERE document_id = :d AND parent_id = :parent AND position >= :position",
            soci::use(document_id), soci::use(*parent_id), soci::use(position);
    else
        sql << "UPDATE document_sections SET position = position + 1 WHERE document_id = :d AND parent_id IS NULL AND position >= :position",
            soci::use(document_id), soci::use(position);
}

void insert_version(soci::session& sql, std::string const& partnership_id, std::string const& document_id, Version const& version)
{
    auto const frozen = sections_text(version.sections);
    sql << "INSERT INTO document_versions (partnership_id, document_id, number, note, published_by, published_at, sections) "
           "VALUES (:p, :d, :number, :note, :by, :at, :sections)",
        soci::use(partnership_id), soci::use(document_id), soci::use(version.number), soci::use(version.note), soci::use(version.published_by),
        soci::use(version.published_at), soci::use(frozen);
}

std::vector<Version> versions(soci::session& sql, std::string const& document_id)
{
    std::vector<Version> found;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT number, note, published_by, published_at FROM document_versions WHERE document_id = :d "
                                                   "ORDER BY number",
        soci::use(document_id));
    for (auto const& row : rows)
        found.push_back({ static_cast<int>(db::integer_at(row, 0)), db::text_at(row, 1), db::text_at(row, 2), db::text_at(row, 3), {} });
    return found;
}

std::optional<Version> find_version(soci::session& sql, std::string const& document_id, int number)
{
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT number, note, published_by, published_at, sections FROM document_versions "
                                                   "WHERE document_id = :d AND number = :number",
        soci::use(document_id), soci::use(number));
    for (auto const& row : rows)
        return Version { static_cast<int>(db::integer_at(row, 0)), db::text_at(row, 1), db::text_at(row, 2), db::text_at(row, 3),
            sections_from(document_id, db::text_at(row, 4)) };
    return std::nullopt;
}

std::vector<SectionLink> links_of_document(soci::session& sql, std::string const& document_id)
{
    std::vector<SectionLink> found;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT " + std::string { k_link_columns } + " FROM section_links WHERE document_id = :d "
                                                   "ORDER BY created_at, id",
        soci::use(document_id));
    for (auto const& row : rows)
        found.push_back(link_from_row(row));
    return found;
}

std::optional<SectionLink> find_link(soci::session& sql, std::string const& partnership_id, std::string const& id)
{
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT " + std::string { k_link_columns } + " FROM section_links WHERE partnership_id = :p AND id = :id",
        soci::use(partnership_id), soci::use(id));
    for (auto const& row : rows)
        return link_from_row(row);
    return std::nullopt;
}

std::optional<std::string> document_of_link(soci::session& sql, std::string const& link_id)
{
    std::string document_id;
    soci::indicator indicator = soci::i_null;
    sql << "SELECT document_id FROM section_links WHERE id = :id", soci::use(link_id), soci::into(document_id, indicator);
    if (!sql.got_data() || indicator == soci::i_null)
        return std::nullopt;
    return document_id;
}

bool insert_link(soci::session& sql, std::string const& partnership_id, std::string const& document_id, SectionLink const& link)
{
    long long existing = 0;
    sql << "SELECT COUNT(*) FROM section_links WHERE section_id = :s AND source_kind = :kind AND source_id = :source", soci::use(link.section_id),
        soci::use(link.source_kind), soci::use(link.source_id), soci::into(existing);
    if (existing > 0)
        return false;
    sql << "INSERT INTO section_links (id, partnership_id, document_id, section_id, source_kind, source_id, fingerprint, created_by, created_at, "
           "cleared_reason) VALUES (:id, :p, :d, :s, :kind, :source, :fingerprint, :by, :at, '')",
        soci::use(link.id), soci::use(partnership_id), soci::use(document_id), soci::use(link.section_id), soci::use(link.source_kind),
        soci::use(link.source_id), soci::use(link.fingerprint), soci::use(link.created_by), soci::use(link.created_at);
    return true;
}

void delete_link(soci::session& sql, std::string const& id)
{
    sql << "DELETE FROM section_links WHERE id = :id", soci::use(id);
}

void clear_link(soci::session& sql, SectionLink const& link)
{
    auto const by = link.cleared_by.value_or("");
    auto const at = link.cleared_at.value_or("");
    sql << "UPDATE section_links SET fingerprint = :fingerprint, cleared_by = :by, cleared_at = :at, cleared_reason = :reason WHERE id = :id",
        soci::use(link.fingerprint), soci::use(by), soci::use(at), soci::use(link.cleared_reason), soci::use(link.id);
}

std::vector<std::pair<std::string, std::string>> sections_linked_to(soci::session& sql, std::string const& partnership_id,
    std::string const& source_kind, std::string const& source_id)
{
    std::vector<std::pair<std::string, std::string>> found;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT document_id, section_id FROM section_links WHERE partnership_id = :p "
                                                   "AND source_kind = :kind AND source_id = :source ORDER BY created_at, id",
        soci::use(partnership_id), soci::use(source_kind), soci::use(source_id));
    for (auto const& row : rows)
        found.emplace_back(db::text_at(row, 0), db::text_at(row, 1));
    return found;
}

void insert_progress(soci::session& sql, std::string const& partnership_id, std::string const& document_id, ProgressNote const& note)
{
    sql << "INSERT INTO section_progress (id, partnership_id, document_id, section_id, status, note, person_id, at) "
           "VALUES (:id, :p, :d, :s, :status, :note, :person, :at)",
        soci::use(note.id), soci::use(partnership_id), soci::use(document_id), soci::use(note.section_id), soci::use(note.status), soci::use(note.note),
        soci::use(note.person_id), soci::use(note.at);
}

// NOTE: the writers' names come from the partnership module's people, joined
// as every progress note shows who wrote it.
std::vector<ProgressNote> progress_of(soci::session& sql, std::string const& section_id)
{
    std::vector<ProgressNote> found;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT g.id, g.section_id, g.status, g.note, g.person_id, g.at, p.name FROM section_progress g "
                                                   "LEFT JOIN people p ON p.id = g.person_id WHERE g.section_id = :s ORDER BY g.at, g.id",
        soci::use(section_id));
    for (auto const& row : rows)
        found.push_back({ db::text_at(row, 0), db::text_at(row, 1), db::text_at(row, 2), db::text_at(row, 3), db::text_at(row, 4), db::text_at(row, 5),
            db::text_at(row, 6) });
    return found;
}

std::optional<Consultation> find_consultation(soci::session& sql, std::string const& document_id)
{
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT opened_by, opened_at, closes_at FROM document_consultations WHERE document_id = :d",
        soci::use(document_id));
    for (auto const& row : rows)
        return Consultation { db::text_at(row, 0), db::text_at(row, 1), db::text_at(row, 2) };
    return std::nullopt;
}

void save_consultation(soci::session& sql, std::string const& partnership_id, std::string const& document_id, Consultation const& consultation)
{
    sql << "DELETE FROM document_consultations WHERE document_id = :d", soci::use(document_id);
    sql << "INSERT INTO document_consultations (document_id, partnership_id, opened_by, opened_at, closes_at) VALUES (:d, :p, :by, :at, :closes)",
        soci::use(document_id), soci::use(partnership_id), soci::use(consultation.opened_by), soci::use(consultation.opened_at),
        soci::use(consultation.closes_at);
}

namespace {

constexpr std::string_view k_response_columns = "id, document_id, section_id, kind, person_id, stakeholder_group, text, reason, status, answer, "
                                                "answered_by, answered_at, contribution_id, created_at";

SectionResponse response_from_row(soci::row const& row)
{
    return { db::text_at(row, 0), db::text_at(row, 1), db::text_at(row, 2), db::text_at(row, 3), db::text_at(row, 4), db::text_at(row, 5),
        db::text_at(row, 6), db::text_at(row, 7), db::text_at(row, 8), db::text_at(row, 9), db::optional_text_at(row, 10),
        db::optional_text_at(row, 11), db::text_at(row, 12), db::text_at(row, 13) };
}

}

void insert_response(soci::session& sql, std::string const& partnership_id, SectionResponse const& r)
{
    sql << "INSERT INTO section_responses (id, partnership_id, document_id, section_id, kind, person_id, stakeholder_group, text, reason, status, "
           "answer, contribution_id, created_at) VALUES (:id, :p, :d, :s, :kind, :person, :grp, :text, :reason, :status, :answer, :c, :at)",
        soci::use(r.id), soci::use(partnership_id), soci::use(r.document_id), soci::use(r.section_id), soci::use(r.kind), soci::use(r.person_id),
        soci::use(r.group), soci::use(r.text), soci::use(r.reason), soci::use(r.status), soci::use(r.answer), soci::use(r.contribution_id),
        soci::use(r.created_at);
}

std::optional<SectionResponse> find_response(soci::session& sql, std::string const& partnership_id, std::string const& id)
{
    soci::rowset<soci::row> rows
        = (sql.prepare << "SELECT " + std::string { k_response_columns } + " FROM section_responses WHERE partnership_id = :p AND id = :id",
            soci::use(partnership_id), soci::use(id));
    for (auto const& row : rows)
        return response_from_row(row);
    return std::nullopt;
}

void answer_response(soci::session& sql, SectionResponse const& r)
{
    auto const by = r.answered_by.value_or("");
    auto const at = r.answered_at.value_or("");
    sql << "UPDATE section_responses SET status = :status, answer = :answer, answered_by = :by, answered_at = :at WHERE id = :id",
        soci::use(r.status), soci::use(r.answer), soci::use(by), soci::use(at), soci::use(r.id);
}

std::vector<SectionResponse> responses_of(soci::session& sql, std::string const& document_id, std::optional<std::string> const& person_id)
{
    std::vector<SectionResponse> found;
    auto const person = person_id.value_or("");
    int const everyone = person_id ? 0 : 1;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT " + std::string { k_response_columns } + " FROM section_responses WHERE document_id = :d "
                                                   "AND (:everyone = 1 OR person_id = :person) ORDER BY created_at, id",
        soci::use(document_id), soci::use(everyone), soci::use(person));
    for (auto const& row : rows)
        found.push_back(response_from_row(row));
    return found;
}

std::optional<std::string> public_token(soci::session& sql, std::string const& document_id)
{
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT token FROM document_public_links WHERE document_id = :d", soci::use(document_id));
    for (auto const& row : rows)
        return db::text_at(row, 0);
    return std::nullopt;
}

std::optional<std::pair<std::string, std::string>> document_by_token(soci::session& sql, std::string const& token)
{
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT partnership_id, document_id FROM document_public_links WHERE token = :t", soci::use(token));
    for (auto const& row : rows)
        return std::pair { db::text_at(row, 0), db::text_at(row, 1) };
    return std::nullopt;
}

void save_public_token(soci::session& sql, std::string const& partnership_id, std::string const& document_id, std::string const& token,
    std::string const& by, std::string const& at)
{
    sql << "DELETE FROM document_public_links WHERE document_id = :d", soci::use(document_id);
    sql << "INSERT INTO document_public_links (document_id, partnership_id, token, made_by, made_at) VALUES (:d, :p, :t, :by, :at)",
        soci::use(document_id), soci::use(partnership_id), soci::use(token), soci::use(by), soci::use(at);
}

void delete_public_token(soci::session& sql, std::string const& document_id)
{
    sql << "DELETE FROM document_public_links WHERE document_id = :d", soci::use(document_id);
}

std::vector<Section> reviews_due(soci::session& sql, std::string const& partnership_id, std::string const& today)
{
    std::vector<Section> found;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT " + std::string { k_section_columns } + " FROM document_sections "
                                                   "WHERE partnership_id = :p AND review_on IS NOT NULL AND review_on <= :today "
                                                   "AND (status IS NULL OR status NOT IN ('done', 'dropped')) ORDER BY review_on, id",
        soci::use(partnership_id), soci::use(today));
    for (auto const& row : rows)
        found.push_back(section_from_row(row));
    return found;
}

}
