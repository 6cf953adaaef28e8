#include "modules/contributions/store.hpp"

#include <algorithm>

#include "core/form.hpp"
#include "core/ids.hpp"
#include "db/database.hpp"
#include "db/query.hpp"

namespace rt::contributions::store {

namespace {

// A value bound as NULL when absent.
struct Nullable {
    explicit Nullable(std::optional<std::string> const& value)
        : text(value.value_or(""))
        , indicator(value ? soci::i_ok : soci::i_null)
    {
    }
    std::string text;
    soci::indicator indicator;
};

// NOTE: author and recorder names are the partnership module's people, joined
// so a page of contributions is one statement, not a name query per row.
constexpr std::string_view k_contribution_select = R"(
    SELECT c.id, c.partnership_id, c.project_id, c.kind, c.text, c.stakeholder_group, c.source, c.activity_id, c.survey_id,
           c.survey_answer, c.author_person_id, c.anonymous, c.recorded_by, c.tags, c.status, c.response, c.responded_at,
           c.created_at, c.updated_at, author.name, recorder.name
    FROM contributions c
    LEFT JOIN people author ON author.id = c.author_person_id
    LEFT JOIN people recorder ON recorder.id = c.recorded_by
    WHERE c.partnership_id = :partnership_id)";

Contribution contribution_from_row(soci::row const& row)
{
    Contribution contribution;
    contribution.id = db::text_at(row, 0);
    contribution.partnership_id = db::text_at(row, 1);
    contribution.project_id = db::text_at(row, 2);
    contribution.kind = db::text_at(row, 3);
    contribution.text = db::text_at(row, 4);
    contribution.group = db::text_at(row, 5);
    contribution.source = db::text_at(row, 6);
    contribution.activity_id = db::optional_text_at(row, 7);
    contribution.survey_id = db::optional_text_at(row, 8);
    contribution.survey_answer = db::optional_text_at(row, 9);
    contribution.author_person_id = db::optional_text_at(row, 10);
    contribution.anonymous = db::integer_at(row, 11) != 0;
    contribution.recorded_by = db::optional_text_at(row, 12);
    contribution.tags = from_json_text(db::text_at(row, 13));
    contribution.status = db::text_at(row, 14);
    contribution.response = db::text_at(row, 15);
    contribution.responded_at = db::optional_text_at(row, 16);
    contribution.created_at = db::text_at(row, 17);
    contribution.updated_at = db::text_at(row, 18);
    contribution.author_name = db::optional_text_at(row, 19).value_or("");
    contribution.recorder_name = db::optional_text_at(row, 20).value_or("");
    return contribution;
}

constexpr std::string_view k_need_columns
    = "id, partnership_id, project_id, title, description, communities, status, merged_into, created_by, created_at, updated_at";

Need need_from_row(soci::row const& row)
{
    Need need;
    need.id = db::text_at(row, 0);
    need.partnership_id = db::text_at(row, 1);
    need.project_id = db::text_at(row, 2);
    need.title = db::text_at(row, 3);
    need.description = db::text_at(row, 4);
    need.communities = from_json_text(db::text_at(row, 5));
    need.status = db::text_at(row, 6);
    need.merged_into = db::optional_text_at(row, 7);
    need.created_by = db::text_at(row, 8);
    need.created_at = db::text_at(row, 9);
    need.updated_at = db::text_at(row, 10);
    return need;
}

std::vector<std::string> evidence_of(soci::session& sql, std::string const& partnership_id, std::string const& need_id)
{
    std::vector<std::string> ids;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT contribution_id FROM need_evidence WHERE partnership_id = :p AND need_id = :n "
                                                   "ORDER BY added_at, contribution_id",
        soci::use(partnership_id), soci::use(need_id));
    for (auto const& row : rows)
        ids.push_back(db::text_at(row, 0));
    return ids;
}

}

namespace {

void add_to_tally(soci::session& sql, Contribution const& c, std::string const& status, long long change)
{
    sql << "INSERT INTO contribution_tallies (partnership_id, project_id, stakeholder_group, status, n) VALUES (:p, :project, :grp, :status, :n) "
           "ON CONFLICT (project_id, stakeholder_group, status) DO UPDATE SET n = contribution_tallies.n + excluded.n",
        soci::use(c.partnership_id), soci::use(c.project_id), soci::use(c.group), soci::use(status), soci::use(change);
}

}

void insert_contribution(soci::session& sql, Contribution const& c)
{
    Nullable activity { c.activity_id }, survey { c.survey_id }, answer { c.survey_answer }, author { c.author_person_id },
        recorder { c.recorded_by }, responded { c.responded_at };
    auto const tags = to_json_text(c.tags);
    int const anonymous = c.anonymous ? 1 : 0;
    sql << R"(INSERT INTO contributions (id, partnership_id, project_id, kind, text, stakeholder_group, source, activity_id, survey_id,
                  survey_answer, author_person_id, anonymous, recorded_by, tags, status, response, responded_at, created_at, updated_at)
              VALUES (:id, :partnership_id, :project_id, :kind, :text, :grp, :source, :activity_id, :survey_id, :survey_answer,
                  :author, :anonymous, :recorded_by, :tags, :status, :response, :responded_at, :created_at, :updated_at))",
        soci::use(c.id), soci::use(c.partnership_id), soci::use(c.project_id), soci::use(c.kind), soci::use(c.text), soci::use(c.group),
        soci::use(c.source), soci::use(activity.text, activity.indicator), soci::use(survey.text, survey.indicator),
        soci::use(answer.text, answer.indicator), soci::use(author.text, author.indicator), soci::use(anonymous),
        soci::use(recorder.text, recorder.indicator), soci::use(tags), soci::use(c.status), soci::use(c.response),
        soci::use(responded.text, responded.indicator), soci::use(c.created_at), soci::use(c.updated_at);
    add_to_tally(sql, c, c.status, 1);
}

void set_text(soci::session& sql, Contribution const& contribution)
{
    sql << "UPDATE contributions SET text = :text, updated_at = :at WHERE partnership_id = :p AND id = :id", soci::use(contribution.text),
        soci::use(contribution.updated_at), soci::use(contribution.partnership_id), soci::use(contribution.id);
}

void insert_wording(soci::session& sql, std::string const& partnership_id, std::string const& contribution_id, std::string const& text,
    std::string const& by, std::string const& at)
{
    auto const id = new_id();
    sql << "INSERT INTO contribution_wordings (id, partnership_id, contribution_id, text, replaced_by, replaced_at) "
           "VALUES (:id, :p, :c, :text, :by, :at)",
        soci::use(id), soci::use(partnership_id), soci::use(contribution_id), soci::use(text), soci::use(by), soci::use(at);
}

std::vector<Wording> earlier_wordings(soci::session& sql, std::string_view contribution_id)
{
    std::string const id { contribution_id };
    std::vector<Wording> found;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT text, replaced_at FROM contribution_wordings WHERE contribution_id = :c "
                                                   "ORDER BY replaced_at, id",
        soci::use(id));
    for (auto const& row : rows)
        found.push_back({ db::text_at(row, 0), db::text_at(row, 1) });
    return found;
}

void set_status(soci::session& sql, Contribution const& c, std::string const& status_before)
{
    Nullable responded { c.responded_at };
    sql << "UPDATE contributions SET status = :status, response = :response, responded_at = :responded_at, updated_at = :updated_at "
           "WHERE partnership_id = :partnership_id AND id = :id",
        soci::use(c.status), soci::use(c.response), soci::use(responded.text, responded.indicator), soci::use(c.updated_at),
        soci::use(c.partnership_id), soci::use(c.id);
    if (status_before == c.status)
        return;
    add_to_tally(sql, c, status_before, -1);
    add_to_tally(sql, c, c.status, 1);
}

std::vector<std::tuple<std::string, std::string, long long>> tallies(soci::session& sql, std::string_view partnership_id, std::string_view project_id)
{
    std::string const partnership { partnership_id }, project { project_id };
    std::vector<std::tuple<std::string, std::string, long long>> found;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT stakeholder_group, status, n FROM contribution_tallies WHERE project_id = :project "
                                                   "AND partnership_id = :p AND n > 0",
        soci::use(project), soci::use(partnership));
    for (auto const& row : rows)
        found.emplace_back(db::text_at(row, 0), db::text_at(row, 1), db::integer_at(row, 2));
    return found;
}

std::optional<Contribution> find_contribution(soci::session& sql, std::string_view partnership_id, std::string_view id)
{
    std::string const partnership { partnership_id }, wanted { id };
    soci::rowset<soci::row> rows
        = (sql.prepare << std::string { k_contribution_select } + " AND c.id = :id", soci::use(partnership), soci::use(wanted));
    for (auto const& row : rows)
        return contribution_from_row(row);
    return std::nullopt;
}

std::vector<Contribution> list_contributions(soci::session& sql, std::string_view partnership_id, ContributionFilter const& filter)
{
    // Every filter is bound; an absent one matches everything.
    std::string const partnership { partnership_id };
    Nullable project { filter.project_id }, author { filter.author_person_id }, status { filter.status }, kind { filter.kind },
        group { filter.group };
    int const any_project = filter.project_id ? 0 : 1, any_author = filter.author_person_id ? 0 : 1, any_status = filter.status ? 0 : 1,
              any_kind = filter.kind ? 0 : 1, any_group = filter.group ? 0 : 1;
    auto const keys = filter.page ? keyset(*filter.page, "c.created_at", "c.id", SortOrder::Descending)
                                  : keyset_all("c.created_at", "c.id", SortOrder::Descending);
    std::string const query = std::string { k_contribution_select } + R"(
        AND (:any_project = 1 OR c.project_id = :project)
        AND (:any_author = 1 OR c.author_person_id = :author)
        AND (:any_status = 1 OR c.status = :status)
        AND (:any_kind = 1 OR c.kind = :kind)
        AND (:any_group = 1 OR c.stakeholder_group = :grp)
        AND )" + keys.condition + " " + keys.order_limit;
    std::vector<Contribution> contributions;
    soci::rowset<soci::row> rows = (sql.prepare << query, soci::use(partnership), soci::use(any_project), soci::use(project.text),
        soci::use(any_author), soci::use(author.text), soci::use(any_status), soci::use(status.text), soci::use(any_kind),
        soci::use(kind.text), soci::use(any_group), soci::use(group.text), soci::use(keys.on), soci::use(keys.key), soci::use(keys.key),
        soci::use(keys.id), soci::use(keys.fetch));
    for (auto const& row : rows)
        contributions.push_back(contribution_from_row(row));
    return contributions;
}

void insert_history(soci::session& sql, std::string const& partnership_id, std::string const& contribution_id, HistoryEntry const& entry,
    std::optional<std::string> const& changed_by)
{
    Nullable by { changed_by };
    auto const id = new_id();
    sql << "INSERT INTO contribution_history (id, partnership_id, contribution_id, status, response, changed_by, at) "
           "VALUES (:id, :partnership_id, :contribution_id, :status, :response, :changed_by, :at)",
        soci::use(id), soci::use(partnership_id), soci::use(contribution_id), soci::use(entry.status), soci::use(entry.response),
        soci::use(by.text, by.indicator), soci::use(entry.at);
}

std::vector<HistoryEntry> list_history(soci::session& sql, std::string_view partnership_id, std::string_view contribution_id)
{
    std::string const partnership { partnership_id }, contribution { contribution_id };
    std::vector<HistoryEntry> history;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT status, response, at FROM contribution_history "
                                                   "WHERE partnership_id = :p AND contribution_id = :c ORDER BY at, id",
        soci::use(partnership), soci::use(contribution));
    for (auto const& row : rows)
        history.push_back({ db::text_at(row, 0), db::text_at(row, 1), db::text_at(row, 2) });
    return history;
}

void insert_need(soci::session& sql, Need const& need)
{
    auto const communities = to_json_text(need.communities);
    sql << "INSERT INTO needs (" << k_need_columns
        << ") VALUES (:id, :partnership_id, :project_id, :title, :description, :communities, :status, NULL, :created_by, :created_at, "
           ":updated_at)",
        soci::use(need.id), soci::use(need.partnership_id), soci::use(need.project_id), soci::use(need.title), soci::use(need.description),
        soci::use(communities), soci::use(need.status), soci::use(need.created_by), soci::use(need.created_at), soci::use(need.updated_at);
}

void update_need(soci::session& sql, Need const& need)
{
    auto const communities = to_json_text(need.communities);
    Nullable merged { need.merged_into };
    sql << "UPDATE needs SET title = :title, description = :description, communities = :communities, status = :status, "
           "merged_into = :merged_into, updated_at = :updated_at WHERE partnership_id = :partnership_id AND id = :id",
        soci::use(need.title), soci::use(need.description), soci::use(communities), soci::use(need.status),
        soci::use(merged.text, merged.indicator), soci::use(need.updated_at), soci::use(need.partnership_id), soci::use(need.id);
}

std::optional<Need> find_need(soci::session& sql, std::string_view partnership_id, std::string_view id)
{
    std::string const partnership { partnership_id }, wanted { id };
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT " << k_need_columns << " FROM needs WHERE partnership_id = :p AND id = :id",
        soci::use(partnership), soci::use(wanted));
    for (auto const& row : rows) {
        auto need = need_from_row(row);
        need.contribution_ids = evidence_of(sql, partnership, need.id);
        return need;
    }
    return std::nullopt;
}

std::vector<Need> list_needs(soci::session& sql, std::string_view partnership_id, std::string_view project_id)
{
    std::string const partnership { partnership_id }, project { project_id };
    std::vector<Need> needs;
    {
        soci::rowset<soci::row> rows = (sql.prepare << "SELECT " << k_need_columns
                                                    << " FROM needs WHERE partnership_id = :p AND project_id = :project ORDER BY created_at, id",
            soci::use(partnership), soci::use(project));
        for (auto const& row : rows)
            needs.push_back(need_from_row(row));
    }
    for (auto& need : needs)
        need.contribution_ids = evidence_of(sql, partnership, need.id);
    return needs;
}

void add_evidence(soci::session& sql, std::string const& partnership_id, std::string const& need_id, std::string const& contribution_id,
    std::string const& by, std::string const& at)
{
    sql << "INSERT INTO need_evidence (need_id, contribution_id, partnership_id, added_by, added_at) "
           "VALUES (:need_id, :contribution_id, :partnership_id, :by, :at) ON CONFLICT (need_id, contribution_id) DO NOTHING",
        soci::use(need_id), soci::use(contribution_id), soci::use(partnership_id), soci::use(by), soci::use(at);
}

void copy_evidence(soci::session& sql, std::string const& partnership_id, std::string const& from_need, std::string const& to_need,
    std::string const& by, std::string const& at)
{
    sql << "INSERT INTO need_evidence (need_id, contribution_id, partnership_id, added_by, added_at) "
           "SELECT :to_need, contribution_id, partnership_id, :by, :at FROM need_evidence WHERE partnership_id = :p AND need_id = :from_need "
           "ON CONFLICT (need_id, contribution_id) DO NOTHING",
        soci::use(to_need), soci::use(by), soci::use(at), soci::use(partnership_id), soci::use(from_need);
}

std::vector<NeedRef> needs_of_contribution(soci::session& sql, std::string_view partnership_id, std::string_view contribution_id)
{
    // Merging copies evidence into the surviving need, so open needs are enough.
    std::string const partnership { partnership_id }, contribution { contribution_id };
    std::vector<NeedRef> needs;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT n.id, n.title FROM need_evidence e JOIN needs n ON n.id = e.need_id "
                                                   "WHERE e.partnership_id = :p AND e.contribution_id = :c AND n.status = 'open' "
                                                   "ORDER BY n.created_at, n.id",
        soci::use(partnership), soci::use(contribution));
    for (auto const& row : rows)
        needs.push_back({ db::text_at(row, 0), db::text_at(row, 1) });
    return needs;
}

void save_ranking(soci::session& sql, std::string const& partnership_id, std::string const& project_id, Ranking const& ranking,
    std::string const& at)
{
    auto const ids = to_json_text(ranking.need_ids);
    // One ranking a person: ranking for another of their groups replaces the first, so nobody counts twice.
    sql << "DELETE FROM need_rankings WHERE project_id = :project AND person_id = :person AND stakeholder_group <> :grp", soci::use(project_id),
        soci::use(ranking.person_id), soci::use(ranking.group);
    sql << "INSERT INTO need_rankings (partnership_id, project_id, person_id, stakeholder_group, need_ids, updated_at) "
           "VALUES (:p, :project, :person, :grp, :ids, :at) "
           "ON CONFLICT (project_id, person_id, stakeholder_group) DO UPDATE SET need_ids = excluded.need_ids, updated_at = excluded.updated_at",
        soci::use(partnership_id), soci::use(project_id), soci::use(ranking.person_id), soci::use(ranking.group), soci::use(ids),
        soci::use(at);
}

// NOTE: each ranker's groups now are the partnership module's people
// (stakeholder_groups), read with the rankings in the same statement so the
// priority is counted from one consistent read.
std::vector<Ranking> list_rankings(soci::session& sql, std::string_view partnership_id, std::string_view project_id)
{
    std::string const partnership { partnership_id }, project { project_id };
    std::vector<Ranking> rankings;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT r.person_id, r.stakeholder_group, r.need_ids, p.stakeholder_groups FROM need_rankings r "
                                                   "JOIN people p ON p.id = r.person_id "
                                                   "WHERE r.partnership_id = :p AND r.project_id = :project ORDER BY r.person_id, r.stakeholder_group",
        soci::use(partnership), soci::use(project));
    for (auto const& row : rows) {
        // A ranking counts for a group only while the person is in it.
        auto const groups = from_json_text(db::text_at(row, 3));
        auto group = db::text_at(row, 1);
        if (std::ranges::find(groups, group) == groups.end())
            continue;
        rankings.push_back({ db::text_at(row, 0), std::move(group), from_json_text(db::text_at(row, 2)) });
    }
    return rankings;
}

bool insert_link(soci::session& sql, std::string const& partnership_id, std::string const& project_id, Link const& link,
    std::string const& by)
{
    auto const id = new_id();
    soci::statement statement = (sql.prepare << "INSERT INTO trace_links (id, partnership_id, project_id, from_type, from_id, title, to_type, "
                                                "to_id, created_by, created_at) VALUES (:id, :p, :project, :from_type, :from_id, :title, "
                                                ":to_type, :to_id, :by, :at) ON CONFLICT (from_type, from_id, to_type, to_id) DO NOTHING",
        soci::use(id), soci::use(partnership_id), soci::use(project_id), soci::use(link.from_type), soci::use(link.from_id),
        soci::use(link.title), soci::use(link.to_type), soci::use(link.to_id), soci::use(by), soci::use(link.created_at));
    statement.execute(true);
    return statement.get_affected_rows() > 0;
}

void delete_link(soci::session& sql, std::string const& partnership_id, Link const& link)
{
    sql << "DELETE FROM trace_links WHERE partnership_id = :p AND from_type = :from_type AND from_id = :from_id AND to_type = :to_type AND to_id = :to_id",
        soci::use(partnership_id), soci::use(link.from_type), soci::use(link.from_id), soci::use(link.to_type), soci::use(link.to_id);
}

std::vector<Link> links_to(soci::session& sql, std::string_view partnership_id, std::string_view to_type, std::string_view to_id)
{
    std::string const partnership { partnership_id }, type { to_type }, id { to_id };
    std::vector<Link> links;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT from_type, from_id, title, to_type, to_id, created_at FROM trace_links "
                                                   "WHERE partnership_id = :p AND to_type = :type AND to_id = :id ORDER BY created_at, id",
        soci::use(partnership), soci::use(type), soci::use(id));
    for (auto const& row : rows)
        links.push_back({ db::text_at(row, 0), db::text_at(row, 1), db::text_at(row, 2), db::text_at(row, 3), db::text_at(row, 4),
            db::text_at(row, 5) });
    return links;
}

std::vector<Words> words_of(db::Database& database, std::string_view partnership_id, std::vector<std::string> const& ids)
{
    // In slices of at most 500 ids, each one statement (SQLite keeps each
    // slice size's compiled statement, so a document's thousands of links
    // cost a handful of statements, not thousands).
    constexpr std::size_t k_slice = 500;
    std::vector<Words> found;
    for (std::size_t start = 0; start < ids.size(); start += k_slice) {
        auto const end = std::min(ids.size(), start + k_slice);
        std::string sql = "SELECT id, project_id, kind, text, stakeholder_group, created_at FROM contributions WHERE partnership_id = :p AND id IN (";
        for (auto i = start; i < end; ++i)
            sql += (i == start ? ":i" : ", :i") + std::to_string(i - start);
        sql += ")";
        db::Query query { database, sql };
        query.bind(partnership_id);
        for (auto i = start; i < end; ++i)
            query.bind(ids[i]);
        while (query.next())
            found.push_back({ query.text(0), query.text(1), query.text(2), query.text(3), query.text(4), query.text(5) });
    }
    return found;
}

}
