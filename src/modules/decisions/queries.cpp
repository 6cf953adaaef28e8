#include "modules/decisions/queries.hpp"

#include <set>

#include <boost/json.hpp>

#include "core/form.hpp"

#include "modules/decisions/commands.hpp"
#include "modules/decisions/store.hpp"
#include "modules/partnership/queries.hpp"
#include "modules/projects/queries.hpp"

namespace rt::decisions {

namespace {

// Every vote is shown with its voter (open voting, so partners can check the
// count) up to this many; beyond it the tally stands alone.
constexpr long long k_votes_shown = 1000;

// Who the reader is in a project's decisions, worked out once per request:
// members, and organisers who are in a stakeholder group, vote and comment;
// members and organisers see who voted; the rest of the partnership reads the count.
struct Reader {
    bool organiser { false };
    bool sees_voters { false };
    bool can_take_part { false };
};

Result<Reader> reader_in(soci::session& sql, Actor const& actor, std::string const& project_id)
{
    auto organiser = projects::can_organise(sql, actor, project_id);
    if (!organiser)
        return std::unexpected(organiser.error());
    bool const member = !projects::member_groups(sql, actor.partnership_id, project_id, actor.person_id).empty();
    Reader reader { *organiser, *organiser || member, member };
    if (!member && *organiser)
        if (auto const person = partnership::find_person(sql, actor.partnership_id, actor.person_id))
            reader.can_take_part = !person->groups.empty();
    return reader;
}

ProposalView view_of(soci::session& sql, Actor const& actor, Proposal proposal, Reader const& reader)
{
    ProposalView view;
    view.voters = store::count_votes(sql, proposal.id);
    view.my_vote = store::find_vote(sql, proposal.id, actor.person_id);
    view.can_close = reader.organiser && proposal.status == "open";
    view.sees_voters = reader.sees_voters;
    view.can_take_part = reader.can_take_part;
    if (auto const decision = store::decision_for(sql, actor.partnership_id, proposal.id))
        view.decision_id = decision->id;
    view.proposal = std::move(proposal);
    return view;
}

Error not_found()
{
    return Error::not_found("There is no such proposal in this partnership.");
}

}

Result<Page<ProposalView>> list_proposals(db::Database& database, Actor const& actor, std::string const& project_id, PageRequest const& request)
{
    return database.read([&](soci::session& sql) -> Result<Page<ProposalView>> {
        auto reader = reader_in(sql, actor, project_id);
        if (!reader)
            return std::unexpected(reader.error());
        auto proposals = finish_page(store::list_proposals(sql, actor.partnership_id, project_id, request), request.limit,
            [](Proposal const& proposal) { return NameCursor { proposal.created_at, proposal.id }; });
        Page<ProposalView> page { {}, std::move(proposals.next_cursor) };
        for (auto& proposal : proposals.items)
            page.items.push_back(view_of(sql, actor, std::move(proposal), *reader));
        return page;
    });
}

Result<ProposalView> get_proposal(db::Database& database, Actor const& actor, std::string const& proposal_id)
{
    return database.read([&](soci::session& sql) -> Result<ProposalView> {
        auto proposal = store::find_proposal(sql, actor.partnership_id, proposal_id);
        if (!proposal)
            return std::unexpected(not_found());
        auto reader = reader_in(sql, actor, proposal->project_id);
        if (!reader)
            return std::unexpected(reader.error());
        auto view = view_of(sql, actor, std::move(*proposal), *reader);
        // Who voted what, and who objected, is for the project's members and organisers; the rest of
        // the partnership sees the count, and the objections by group with their reasons.
        bool const insider = view.sees_voters;
        auto votes = store::list_votes(database, actor.partnership_id, view.proposal.id, insider && view.voters <= k_votes_shown);
        view.tally = count(count_input(view.proposal, votes));
        if (insider && view.voters <= k_votes_shown) {
            view.votes = std::move(votes);
            view.votes_shown = true;
        }
        view.objections = store::list_objections(sql, actor.partnership_id, view.proposal.id);
        if (!insider)
            for (auto& objection : view.objections) {
                objection.person_id.clear();
                objection.name.clear();
            }
        return view;
    });
}

Result<Page<Comment>> list_comments(db::Database& database, Actor const& actor, std::string const& proposal_id, PageRequest const& request)
{
    return database.read([&](soci::session& sql) -> Result<Page<Comment>> {
        if (!store::find_proposal(sql, actor.partnership_id, proposal_id))
            return std::unexpected(not_found());
        return finish_page(store::list_comments(sql, actor.partnership_id, proposal_id, request), request.limit,
            [](Comment const& comment) { return NameCursor { comment.created_at, comment.id }; });
    });
}

Result<boost::json::object> get_decision(db::Database& database, Actor const& actor, std::string const& decision_id)
{
    return database.read([&](soci::session& sql) -> Result<boost::json::object> {
        auto const row = store::find_decision(sql, actor.partnership_id, decision_id);
        if (!row)
            return std::unexpected(Error::not_found("There is no such decision in this partnership."));
        auto record = boost::json::parse(row->record).as_object();
        // As on the proposal: the objectors' names are for the project's members and organisers.
        auto const reader = reader_in(sql, actor, row->project_id);
        if (!reader || !reader->sees_voters)
            if (auto* objections = record.if_contains("objections"); objections && objections->is_array())
                for (auto& objection : objections->as_array())
                    objection.as_object()["person"] = nullptr;
        return record;
    });
}

BarometerCounts barometer_counts(soci::session& sql, std::string_view partnership_id, std::string_view project_id)
{
    std::string const partnership { partnership_id }, project { project_id };
    BarometerCounts counts;
    std::map<std::string, std::size_t> by_proposal;
    {
        soci::rowset<soci::row> rows = (sql.prepare << "SELECT d.id, d.passed, p.weighting, p.required_groups, p.id FROM decisions d "
                                                       "JOIN proposals p ON p.id = d.proposal_id "
                                                       "WHERE d.partnership_id = :p AND d.project_id = :project ORDER BY d.created_at, d.id",
            soci::use(partnership), soci::use(project));
        for (auto const& row : rows) {
            by_proposal[db::text_at(row, 4)] = counts.decisions.size();
            counts.decisions.push_back({ db::text_at(row, 0), db::integer_at(row, 1) != 0, db::text_at(row, 2), from_json_text(db::text_at(row, 3)), {} });
        }
    }
    // Decision by decision, so only these proposals' votes are read, from the
    // index proposal_votes_by_group alone (the proposals are this
    // partnership's already: their ids came from its decisions).
    for (auto const& [proposal, position] : by_proposal) {
        soci::rowset<soci::row> rows = (sql.prepare << "SELECT stakeholder_group, COUNT(*) FROM proposal_votes WHERE proposal_id = :proposal "
                                                       "GROUP BY stakeholder_group",
            soci::use(proposal));
        for (auto const& row : rows)
            counts.decisions[position].voters_by_group[db::text_at(row, 0)] = db::integer_at(row, 1);
    }
    {
        soci::rowset<soci::row> rows = (sql.prepare << "SELECT proposer_group, COUNT(*) FROM proposals WHERE partnership_id = :p "
                                                       "AND project_id = :project GROUP BY proposer_group",
            soci::use(partnership), soci::use(project));
        for (auto const& row : rows)
            counts.proposals_by_group[db::text_at(row, 0)] = db::integer_at(row, 1);
    }
    return counts;
}

std::optional<Traced> decision_traced(soci::session& sql, std::string_view partnership_id, std::string_view decision_id)
{
    auto const decision = store::find_decision(sql, partnership_id, decision_id);
    if (!decision)
        return std::nullopt;
    auto const proposal = store::find_proposal(sql, partnership_id, decision->proposal_id);
    std::string const passed = decision->passed ? "passed" : "did not pass";
    return Traced { decision->project_id, proposal ? proposal->title : "", passed, "", decision->created_at,
        passed + "\n" + decision->record };
}

}
