#include "modules/panels/store.hpp"

#include <boost/json.hpp>

#include "db/database.hpp"

namespace rt::panels::store {

namespace {

std::string criteria_text(std::vector<Criterion> const& criteria)
{
    boost::json::array array;
    for (auto const& criterion : criteria)
        array.push_back({ { "id", criterion.id }, { "name", criterion.name }, { "weight", criterion.weight } });
    return boost::json::serialize(array);
}

std::vector<Criterion> criteria_from(std::string const& text)
{
    std::vector<Criterion> criteria;
    auto const parsed = boost::json::parse(text); // kept alive for the loop
    for (auto const& entry : parsed.as_array())
        criteria.push_back({ std::string { entry.at("id").as_string() }, std::string { entry.at("name").as_string() },
            static_cast<int>(entry.at("weight").as_int64()) });
    return criteria;
}

}

std::optional<Panel> find_panel(soci::session& sql, std::string const& partnership_id, std::string const& id)
{
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT id, project_id, title, purpose, kind, criteria, created_at FROM panels "
                                                   "WHERE partnership_id = :p AND id = :id",
        soci::use(partnership_id), soci::use(id));
    for (auto const& row : rows)
        return Panel { db::text_at(row, 0), partnership_id, db::optional_text_at(row, 1), db::text_at(row, 2), db::text_at(row, 3),
            db::text_at(row, 4), criteria_from(db::text_at(row, 5)), db::text_at(row, 6) };
    return std::nullopt;
}

std::vector<std::pair<std::string, std::string>> panel_keys(soci::session& sql, std::string const& partnership_id, bool everyone,
    std::string const& person_id, PageRequest const& page)
{
    auto const keys = keyset(page, "p.created_at", "p.id", SortOrder::Descending);
    int const all = everyone ? 1 : 0;
    std::vector<std::pair<std::string, std::string>> found;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT p.created_at, p.id FROM panels p WHERE p.partnership_id = :p "
                                                   "AND (:everyone = 1 OR EXISTS (SELECT 1 FROM panel_members m "
                                                   "WHERE m.panel_id = p.id AND m.person_id = :person)) AND "
                                                       + keys.condition + " " + keys.order_limit,
        soci::use(partnership_id), soci::use(all), soci::use(person_id), soci::use(keys.on), soci::use(keys.key), soci::use(keys.key),
        soci::use(keys.id), soci::use(keys.fetch));
    for (auto const& row : rows)
        found.emplace_back(db::text_at(row, 0), db::text_at(row, 1));
    return found;
}

void insert_panel(soci::session& sql, Panel const& panel, std::string const& created_by)
{
    auto const project = panel.project_id.value_or("");
    auto project_indicator = panel.project_id ? soci::i_ok : soci::i_null;
    auto const criteria_json = criteria_text(panel.criteria);
    sql << "INSERT INTO panels (id, partnership_id, project_id, title, purpose, kind, criteria, created_by, created_at) "
           "VALUES (:id, :p, :project, :title, :purpose, :kind, :criteria, :by, :at)",
        soci::use(panel.id), soci::use(panel.partnership_id), soci::use(project, project_indicator), soci::use(panel.title), soci::use(panel.purpose),
        soci::use(panel.kind), soci::use(criteria_json), soci::use(created_by), soci::use(panel.created_at);
}

// NOTE: members' names from the partnership module's people, joined as every
// panel shows its members.
std::vector<PanelMember> members(soci::session& sql, std::string const& panel_id)
{
    std::vector<PanelMember> found;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT m.person_id, p.name, m.stakeholder_group FROM panel_members m "
                                                   "JOIN people p ON p.id = m.person_id WHERE m.panel_id = :panel ORDER BY p.name, m.person_id",
        soci::use(panel_id));
    for (auto const& row : rows)
        found.push_back({ db::text_at(row, 0), db::text_at(row, 1), db::text_at(row, 2) });
    return found;
}

void insert_member(soci::session& sql, std::string const& partnership_id, std::string const& panel_id, PanelMember const& member)
{
    sql << "INSERT INTO panel_members (panel_id, person_id, partnership_id, stakeholder_group) VALUES (:panel, :person, :p, :grp) "
           "ON CONFLICT (panel_id, person_id) DO NOTHING",
        soci::use(panel_id), soci::use(member.person_id), soci::use(partnership_id), soci::use(member.group);
}

std::vector<Candidate> candidates(soci::session& sql, std::string const& panel_id)
{
    std::vector<Candidate> found;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT id, name, details, created_at FROM panel_candidates WHERE panel_id = :panel "
                                                   "ORDER BY created_at, id",
        soci::use(panel_id));
    for (auto const& row : rows)
        found.push_back({ db::text_at(row, 0), db::text_at(row, 1), db::text_at(row, 2), db::text_at(row, 3) });
    return found;
}

void insert_candidate(soci::session& sql, std::string const& partnership_id, std::string const& panel_id, Candidate const& candidate)
{
    sql << "INSERT INTO panel_candidates (id, partnership_id, panel_id, name, details, created_at) VALUES (:id, :p, :panel, :name, :details, :at)",
        soci::use(candidate.id), soci::use(partnership_id), soci::use(panel_id), soci::use(candidate.name), soci::use(candidate.details),
        soci::use(candidate.created_at);
}

std::vector<Conflict> conflicts(soci::session& sql, std::string const& panel_id)
{
    std::vector<Conflict> found;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT person_id, candidate_id, reason, declared_at FROM panel_conflicts WHERE panel_id = :panel",
        soci::use(panel_id));
    for (auto const& row : rows)
        found.push_back({ db::text_at(row, 0), db::text_at(row, 1), db::text_at(row, 2), db::text_at(row, 3) });
    return found;
}

void insert_conflict(soci::session& sql, std::string const& partnership_id, std::string const& panel_id, Conflict const& conflict)
{
    sql << "INSERT INTO panel_conflicts (panel_id, person_id, candidate_id, partnership_id, reason, declared_at) "
           "VALUES (:panel, :person, :candidate, :p, :reason, :at) ON CONFLICT (panel_id, person_id, candidate_id) DO NOTHING",
        soci::use(panel_id), soci::use(conflict.person_id), soci::use(conflict.candidate_id), soci::use(partnership_id), soci::use(conflict.reason),
        soci::use(conflict.declared_at);
}

std::vector<PanelScore> scores(soci::session& sql, std::string const& panel_id)
{
    std::vector<PanelScore> found;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT s.person_id, m.stakeholder_group, s.candidate_id, s.scores, s.updated_at FROM panel_scores s "
                                                   "JOIN panel_members m ON m.panel_id = s.panel_id AND m.person_id = s.person_id "
                                                   "WHERE s.panel_id = :panel",
        soci::use(panel_id));
    for (auto const& row : rows) {
        PanelScore score { db::text_at(row, 0), db::text_at(row, 1), db::text_at(row, 2), {}, db::text_at(row, 4) };
        auto const parsed = boost::json::parse(db::text_at(row, 3));
        for (auto const& value : parsed.as_array())
            score.scores.push_back(static_cast<int>(value.as_int64()));
        found.push_back(std::move(score));
    }
    return found;
}

void save_score(soci::session& sql, std::string const& partnership_id, std::string const& panel_id, PanelScore const& score)
{
    boost::json::array values;
    for (int const value : score.scores)
        values.push_back(value);
    auto const text = boost::json::serialize(values);
    sql << "INSERT INTO panel_scores (panel_id, person_id, candidate_id, partnership_id, scores, updated_at) "
           "VALUES (:panel, :person, :candidate, :p, :scores, :at) ON CONFLICT (panel_id, person_id, candidate_id) "
           "DO UPDATE SET scores = excluded.scores, updated_at = excluded.updated_at",
        soci::use(panel_id), soci::use(score.person_id), soci::use(score.candidate_id), soci::use(partnership_id), soci::use(text),
        soci::use(score.updated_at);
}

void delete_score(soci::session& sql, std::string const& panel_id, std::string const& person_id, std::string const& candidate_id)
{
    sql << "DELETE FROM panel_scores WHERE panel_id = :panel AND person_id = :person AND candidate_id = :candidate", soci::use(panel_id),
        soci::use(person_id), soci::use(candidate_id);
}

}
