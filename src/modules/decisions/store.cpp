#include "modules/decisions/store.hpp"

#include <charconv>

#include "core/form.hpp"
#include "db/query.hpp"

namespace rt::decisions::store {

namespace {

constexpr std::string_view k_proposal_columns
    = "p.id, p.partnership_id, p.project_id, p.title, p.text, p.method, p.weighting, p.options, p.threshold_percent, p.dots_per_voter, "
      "p.closes_at, p.status, p.version, p.required_groups, p.contribution_ids, p.need_ids, p.proposer_person_id, p.proposer_group, "
      "p.created_at, p.updated_at, person.name";

Proposal proposal_from_row(soci::row const& row)
{
    Proposal p;
    p.id = db::text_at(row, 0);
    p.partnership_id = db::text_at(row, 1);
    p.project_id = db::text_at(row, 2);
    p.title = db::text_at(row, 3);
    p.text = db::text_at(row, 4);
    p.method = db::text_at(row, 5);
    p.weighting = db::text_at(row, 6);
    p.options = from_json_text(db::text_at(row, 7));
    p.threshold_percent = static_cast<int>(db::integer_at(row, 8));
    p.dots_per_voter = static_cast<int>(db::integer_at(row, 9));
    p.closes_at = db::text_at(row, 10);
    p.status = db::text_at(row, 11);
    p.version = static_cast<int>(db::integer_at(row, 12));
    p.required_groups = from_json_text(db::text_at(row, 13));
    p.contribution_ids = from_json_text(db::text_at(row, 14));
    p.need_ids = from_json_text(db::text_at(row, 15));
    p.proposer_person_id = db::optional_text_at(row, 16);
    p.proposer_group = db::text_at(row, 17);
    p.created_at = db::text_at(row, 18);
    p.updated_at = db::text_at(row, 19);
    p.proposer_name = db::optional_text_at(row, 20).value_or("");
    return p;
}

// NOTE: the proposer's name is the partnership module's people, joined so a
// list of proposals is one statement.
std::string select_proposals()
{
    return "SELECT " + std::string { k_proposal_columns } + " FROM proposals p LEFT JOIN people person ON person.id = p.proposer_person_id ";
}

}

std::string join_numbers(std::vector<int> const& numbers)
{
    std::string text;
    for (auto const number : numbers) {
        if (!text.empty())
            text.push_back(',');
        text += std::to_string(number);
    }
    return text;
}

std::vector<int> split_numbers(std::string_view text)
{
    std::vector<int> numbers;
    while (!text.empty()) {
        int value = 0;
        auto const [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (error != std::errc {})
            break;
        numbers.push_back(value);
        text.remove_prefix(static_cast<std::size_t>(end - text.data()));
        if (!text.empty() && text.front() == ',')
            text.remove_prefix(1);
    }
    return numbers;
}

void insert_proposal(soci::session& sql, Proposal const& p)
{
    auto const options = to_json_text(p.options), groups = to_json_text(p.required_groups), contributions = to_json_text(p.contribution_ids),
               needs = to_json_text(p.need_ids);
    auto const proposer = p.proposer_person_id.value_or("");
    auto indicator = p.proposer_person_id ? soci::i_ok : soci::i_null;
    sql << "INSERT INTO proposals (id, partnership_id, project_id, title, text, method, weighting, options, threshold_percent, dots_per_voter, "
           "closes_at, status, version, required_groups, contribution_ids, need_ids, proposer_person_id, proposer_group, created_at, updated_at) "
           "VALUES (:id, :p, :project, :title, :text, :method, :weighting, :options, :threshold, :dots, :closes_at, :status, :version, :groups, "
           ":contributions, :needs, :proposer, :proposer_group, :created_at, :updated_at)",
        soci::use(p.id), soci::use(p.partnership_id), soci::use(p.project_id), soci::use(p.title), soci::use(p.text), soci::use(p.method),
        soci::use(p.weighting), soci::use(options), soci::use(p.threshold_percent), soci::use(p.dots_per_voter), soci::use(p.closes_at),
        soci::use(p.status), soci::use(p.version), soci::use(groups), soci::use(contributions), soci::use(needs), soci::use(proposer, indicator),
        soci::use(p.proposer_group), soci::use(p.created_at), soci::use(p.updated_at);
}

void update_proposal(soci::session& sql, Proposal const& p)
{
    sql << "UPDATE proposals SET title = :title, text = :text, status = :status, version = :version, updated_at = :updated_at "
           "WHERE partnership_id = :p AND id = :id",
        soci::use(p.title), soci::use(p.text), soci::use(p.status), soci::use(p.version), soci::use(p.updated_at), soci::use(p.partnership_id),
        soci::use(p.id);
}

std::optional<Proposal> find_proposal(soci::session& sql, std::string_view partnership_id, std::string_view id)
{
    std::string const partnership { partnership_id }, wanted { id };
    soci::rowset<soci::row> rows
        = (sql.prepare << select_proposals() + "WHERE p.partnership_id = :p AND p.id = :id", soci::use(partnership), soci::use(wanted));
    for (auto const& row : rows)
        return proposal_from_row(row);
    return std::nullopt;
}

std::vector<Proposal> list_proposals(soci::session& sql, std::string_view partnership_id, std::string_view project_id, PageRequest const& page)
{
    std::string const partnership { partnership_id }, project { project_id };
    auto const keys = keyset(page, "p.created_at", "p.id", SortOrder::Descending);
    std::vector<Proposal> proposals;
    soci::rowset<soci::row> rows
        = (sql.prepare << select_proposals() + "WHERE p.partnership_id = :p AND p.project_id = :project AND " + keys.condition + " " + keys.order_limit,
            soci::use(partnership), soci::use(project), soci::use(keys.on), soci::use(keys.key), soci::use(keys.key), soci::use(keys.id),
            soci::use(keys.fetch));
    for (auto const& row : rows)
        proposals.push_back(proposal_from_row(row));
    return proposals;
}

std::vector<std::string> set_aside_blocking_votes(soci::session& sql, std::string const& proposal_id, int version)
{
    std::vector<std::string> people;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT person_id FROM proposal_votes WHERE proposal_id = :proposal "
                                                   "AND position IN ('object', 'block') AND version < :version ORDER BY person_id",
        soci::use(proposal_id), soci::use(version));
    for (auto const& row : rows)
        people.push_back(db::text_at(row, 0));
    sql << "DELETE FROM proposal_votes WHERE proposal_id = :proposal AND position IN ('object', 'block') AND version < :version",
        soci::use(proposal_id), soci::use(version);
    return people;
}

void restate_objection(soci::session& sql, std::string const& proposal_id, std::string const& person_id, std::string const& group,
    std::string const& kind, std::string const& reason)
{
    sql << "UPDATE proposal_objections SET reason = :reason, stakeholder_group = :grp, kind = :kind WHERE proposal_id = :proposal "
           "AND person_id = :person AND status = 'standing'",
        soci::use(reason), soci::use(group), soci::use(kind), soci::use(proposal_id), soci::use(person_id);
}

// NOTE: names from the partnership module's people, joined with the objections.
std::vector<std::pair<std::string, std::string>> objectors_not_heard_since_amendment(soci::session& sql, std::string const& partnership_id,
    std::string const& proposal_id)
{
    std::vector<std::pair<std::string, std::string>> people;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT DISTINCT person.id, person.name FROM proposal_objections o JOIN people person ON person.id = o.person_id "
                                                   "WHERE o.partnership_id = :p AND o.proposal_id = :proposal AND o.status = 'resolved_by_amendment' "
                                                   "AND NOT EXISTS (SELECT 1 FROM proposal_votes v WHERE v.proposal_id = o.proposal_id "
                                                   "AND v.person_id = o.person_id) ORDER BY person.name",
        soci::use(partnership_id), soci::use(proposal_id));
    for (auto const& row : rows)
        people.emplace_back(db::text_at(row, 0), db::text_at(row, 1));
    return people;
}

void save_vote(soci::session& sql, std::string const& partnership_id, std::string const& proposal_id, Vote const& vote)
{
    auto const ranking = join_numbers(vote.ballot.ranking), scores = join_numbers(vote.ballot.scores), dots = join_numbers(vote.ballot.dots);
    sql << "INSERT INTO proposal_votes (proposal_id, person_id, partnership_id, stakeholder_group, position, ranking, scores, dots, reason, "
           "comment, version, updated_at) VALUES (:proposal, :person, :p, :grp, :position, :ranking, :scores, :dots, :reason, :comment, "
           ":version, :at) ON CONFLICT (proposal_id, person_id) DO UPDATE SET stakeholder_group = excluded.stakeholder_group, "
           "position = excluded.position, ranking = excluded.ranking, scores = excluded.scores, dots = excluded.dots, reason = excluded.reason, "
           "comment = excluded.comment, version = excluded.version, updated_at = excluded.updated_at",
        soci::use(proposal_id), soci::use(vote.ballot.person_id), soci::use(partnership_id), soci::use(vote.ballot.group),
        soci::use(vote.ballot.position), soci::use(ranking), soci::use(scores), soci::use(dots), soci::use(vote.reason), soci::use(vote.comment),
        soci::use(vote.ballot.version), soci::use(vote.updated_at);
}

std::optional<Vote> find_vote(soci::session& sql, std::string_view proposal_id, std::string_view person_id)
{
    std::string const proposal { proposal_id }, person { person_id };
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT stakeholder_group, position, ranking, scores, dots, reason, comment, version, updated_at "
                                                   "FROM proposal_votes WHERE proposal_id = :proposal AND person_id = :person",
        soci::use(proposal), soci::use(person));
    for (auto const& row : rows) {
        Vote vote;
        vote.ballot.person_id = person;
        vote.ballot.group = db::text_at(row, 0);
        vote.ballot.position = db::text_at(row, 1);
        vote.ballot.ranking = split_numbers(db::text_at(row, 2));
        vote.ballot.scores = split_numbers(db::text_at(row, 3));
        vote.ballot.dots = split_numbers(db::text_at(row, 4));
        vote.reason = db::text_at(row, 5);
        vote.comment = db::text_at(row, 6);
        vote.ballot.version = static_cast<int>(db::integer_at(row, 7));
        vote.updated_at = db::text_at(row, 8);
        return vote;
    }
    return std::nullopt;
}

// NOTE: voters' names from the partnership module's people, joined as the
// votes are streamed (a proposal may have 100,000 of them).
std::vector<Vote> list_votes(db::Database& database, std::string_view partnership_id, std::string_view proposal_id, bool with_names, bool with_people)
{
    std::vector<Vote> votes;
    votes.reserve(1024);
    db::Query query { database, with_names
            ? "SELECT v.person_id, v.stakeholder_group, v.position, v.ranking, v.scores, v.dots, v.version, v.reason, v.comment, v.updated_at, "
              "person.name FROM proposal_votes v JOIN people person ON person.id = v.person_id "
              "WHERE v.partnership_id = :p AND v.proposal_id = :proposal ORDER BY v.updated_at, v.person_id"
            : "SELECT v.person_id, v.stakeholder_group, v.position, v.ranking, v.scores, v.dots, v.version "
              "FROM proposal_votes v WHERE v.partnership_id = :p AND v.proposal_id = :proposal" };
    query.bind(partnership_id).bind(proposal_id);
    while (query.next()) {
        Vote vote;
        if (with_names || with_people)
            vote.ballot.person_id = query.view(0);
        vote.ballot.group = query.view(1);
        vote.ballot.position = query.view(2);
        vote.ballot.ranking = split_numbers(query.view(3));
        vote.ballot.scores = split_numbers(query.view(4));
        vote.ballot.dots = split_numbers(query.view(5));
        vote.ballot.version = static_cast<int>(query.integer(6));
        if (with_names) {
            vote.reason = query.text(7);
            vote.comment = query.text(8);
            vote.updated_at = query.text(9);
            vote.name = query.text(10);
        }
        votes.push_back(std::move(vote));
    }
    return votes;
}

std::vector<Ballot> list_ballots(soci::session& sql, db::Database& database, std::string_view partnership_id, std::string_view proposal_id,
    bool with_people)
{
    std::vector<Ballot> ballots;
    ballots.reserve(static_cast<std::size_t>(count_votes(sql, proposal_id)));
    db::Query query { database, "SELECT v.person_id, v.stakeholder_group, v.position, v.ranking, v.scores, v.dots, v.version "
                                "FROM proposal_votes v WHERE v.partnership_id = :p AND v.proposal_id = :proposal" };
    query.bind(partnership_id).bind(proposal_id);
    while (query.next()) {
        auto& ballot = ballots.emplace_back();
        if (with_people)
            ballot.person_id = query.view(0);
        ballot.group = query.view(1);
        ballot.position = query.view(2);
        ballot.ranking = split_numbers(query.view(3));
        ballot.scores = split_numbers(query.view(4));
        ballot.dots = split_numbers(query.view(5));
        ballot.version = static_cast<int>(query.integer(6));
    }
    return ballots;
}

long long count_votes(soci::session& sql, std::string_view proposal_id)
{
    std::string const proposal { proposal_id };
    long long count = 0;
    sql << "SELECT COUNT(*) FROM proposal_votes WHERE proposal_id = :proposal", soci::into(count), soci::use(proposal);
    return count;
}

void insert_objection(soci::session& sql, std::string const& partnership_id, std::string const& proposal_id, Objection const& o)
{
    sql << "INSERT INTO proposal_objections (id, partnership_id, proposal_id, person_id, stakeholder_group, kind, reason, version, status, raised_at) "
           "VALUES (:id, :p, :proposal, :person, :grp, :kind, :reason, :version, :status, :at)",
        soci::use(o.id), soci::use(partnership_id), soci::use(proposal_id), soci::use(o.person_id), soci::use(o.group), soci::use(o.kind),
        soci::use(o.reason), soci::use(o.version), soci::use(o.status), soci::use(o.raised_at);
}

void resolve_objections(soci::session& sql, std::string const& proposal_id, std::optional<std::string> const& person_id, std::string const& status,
    std::string const& at)
{
    if (person_id)
        sql << "UPDATE proposal_objections SET status = :status, resolved_at = :at WHERE proposal_id = :proposal AND person_id = :person "
               "AND status = 'standing'",
            soci::use(status), soci::use(at), soci::use(proposal_id), soci::use(*person_id);
    else
        sql << "UPDATE proposal_objections SET status = :status, resolved_at = :at WHERE proposal_id = :proposal AND status = 'standing'",
            soci::use(status), soci::use(at), soci::use(proposal_id);
}

// NOTE: objectors' names from the partnership module's people, joined with the objections.
std::vector<Objection> list_objections(soci::session& sql, std::string_view partnership_id, std::string_view proposal_id)
{
    std::string const partnership { partnership_id }, proposal { proposal_id };
    std::vector<Objection> objections;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT o.id, o.person_id, o.stakeholder_group, o.kind, o.reason, o.version, o.status, "
                                                   "o.raised_at, o.resolved_at, person.name FROM proposal_objections o "
                                                   "LEFT JOIN people person ON person.id = o.person_id "
                                                   "WHERE o.partnership_id = :p AND o.proposal_id = :proposal ORDER BY o.raised_at, o.id",
        soci::use(partnership), soci::use(proposal));
    for (auto const& row : rows)
        objections.push_back({ db::text_at(row, 0), db::text_at(row, 1), db::text_at(row, 2), db::text_at(row, 3), db::text_at(row, 4),
            static_cast<int>(db::integer_at(row, 5)), db::text_at(row, 6), db::text_at(row, 7), db::optional_text_at(row, 8),
            db::optional_text_at(row, 9).value_or("") });
    return objections;
}

void insert_comment(soci::session& sql, std::string const& partnership_id, std::string const& proposal_id, Comment const& c)
{
    auto const parent = c.parent_id.value_or("");
    auto parent_indicator = c.parent_id ? soci::i_ok : soci::i_null;
    auto const person = c.person_id.value_or("");
    auto person_indicator = c.person_id ? soci::i_ok : soci::i_null;
    sql << "INSERT INTO proposal_comments (id, partnership_id, proposal_id, parent_id, person_id, stakeholder_group, text, created_at) "
           "VALUES (:id, :p, :proposal, :parent, :person, :grp, :text, :at)",
        soci::use(c.id), soci::use(partnership_id), soci::use(proposal_id), soci::use(parent, parent_indicator),
        soci::use(person, person_indicator), soci::use(c.group), soci::use(c.text), soci::use(c.created_at);
}

// NOTE: commenters' names from the partnership module's people, joined with a page of comments.
std::vector<Comment> list_comments(soci::session& sql, std::string_view partnership_id, std::string_view proposal_id,
    std::optional<PageRequest> const& page)
{
    std::string const partnership { partnership_id }, proposal { proposal_id };
    auto const keys = page ? keyset(*page, "c.created_at", "c.id") : keyset_all("c.created_at", "c.id");
    std::vector<Comment> comments;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT c.id, c.parent_id, c.person_id, c.stakeholder_group, c.text, c.created_at, person.name "
                                                   "FROM proposal_comments c LEFT JOIN people person ON person.id = c.person_id "
                                                   "WHERE c.partnership_id = :p AND c.proposal_id = :proposal AND "
                                                       + keys.condition + " " + keys.order_limit,
        soci::use(partnership), soci::use(proposal), soci::use(keys.on), soci::use(keys.key), soci::use(keys.key), soci::use(keys.id),
        soci::use(keys.fetch));
    for (auto const& row : rows)
        comments.push_back({ db::text_at(row, 0), db::optional_text_at(row, 1), db::optional_text_at(row, 2), db::text_at(row, 3),
            db::text_at(row, 4), db::text_at(row, 5), db::optional_text_at(row, 6).value_or("") });
    return comments;
}

void insert_decision(soci::session& sql, std::string const& partnership_id, DecisionRow const& row, std::string const& rationale,
    std::string const& closed_by, std::string const& closed_group)
{
    int const passed = row.passed ? 1 : 0;
    sql << "INSERT INTO decisions (id, partnership_id, project_id, proposal_id, passed, record, rationale, closed_by, closed_group, created_at) "
           "VALUES (:id, :p, :project, :proposal, :passed, :record, :rationale, :closed_by, :closed_group, :at)",
        soci::use(row.id), soci::use(partnership_id), soci::use(row.project_id), soci::use(row.proposal_id), soci::use(passed),
        soci::use(row.record), soci::use(rationale), soci::use(closed_by), soci::use(closed_group), soci::use(row.created_at);
}

namespace {

std::optional<DecisionRow> decision_where(soci::session& sql, std::string const& partnership, std::string const& column, std::string const& value)
{
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT id, proposal_id, project_id, passed, record, created_at FROM decisions "
                                                   "WHERE partnership_id = :p AND " + column + " = :value",
        soci::use(partnership), soci::use(value));
    for (auto const& row : rows)
        return DecisionRow { db::text_at(row, 0), db::text_at(row, 1), db::text_at(row, 2), db::integer_at(row, 3) != 0, db::text_at(row, 4),
            db::text_at(row, 5) };
    return std::nullopt;
}

}

std::optional<DecisionRow> find_decision(soci::session& sql, std::string_view partnership_id, std::string_view id)
{
    return decision_where(sql, std::string { partnership_id }, "id", std::string { id });
}

std::optional<DecisionRow> decision_for(soci::session& sql, std::string_view partnership_id, std::string_view proposal_id)
{
    return decision_where(sql, std::string { partnership_id }, "proposal_id", std::string { proposal_id });
}

}
