#include "modules/language/service.hpp"
#include "modules/decisions/commands.hpp"
#include "modules/notifications/commands.hpp"

#include <set>
#include <algorithm>

#include <boost/json.hpp>

#include "core/form.hpp"
#include "core/ids.hpp"
#include "core/time.hpp"
#include "modules/contributions/links.hpp"
#include "modules/decisions/presenters.hpp"
#include "modules/decisions/store.hpp"
#include "modules/partnership/queries.hpp"
#include "modules/privacy/audit.hpp"
#include "modules/projects/commands.hpp"
#include "modules/projects/lifecycle.hpp"
#include "modules/projects/queries.hpp"

namespace rt::decisions {

namespace {

Error proposal_not_found()
{
    return Error::not_found("There is no such proposal in this partnership.");
}

using projects::Standing;

// Who the actor is in the project: the projects module's one rule.
Result<Standing> standing_in(soci::session& sql, Actor const& actor, std::string const& project_id)
{
    return projects::standing_in(sql, actor, project_id);
}

Result<std::string> choose_group(Standing const& standing, std::optional<std::string> const& wanted)
{
    if (standing.groups.empty() && standing.organiser) {
        // A convener or co-lead with no group of their own facilitates: the
        // partners propose, discuss and vote, each for a group they are in.
        auto error = Error::forbidden("You facilitate this project without a stakeholder group, so you do not propose, comment or vote. "
                                      "To take part as a partner, join a group or an organisation on your person page.");
        error.code = "facilitator";
        return std::unexpected(std::move(error));
    }
    if (standing.groups.empty())
        return std::unexpected(Error::forbidden("Only members of this project take part in its decisions."));
    if (!wanted)
        return projects::default_group(standing.groups);
    if (std::ranges::find(standing.groups, *wanted) == standing.groups.end())
        return std::unexpected(Error::invalid_field("group", "Choose a group you take part in for this project."));
    return *wanted;
}

bool is_open(Proposal const& proposal, std::string const& now)
{
    return proposal.status == "open" && now < proposal.closes_at;
}

Error closed_error()
{
    auto error = Error::conflict("This proposal is closed.");
    error.code = "closed";
    return error;
}

int option_index(Proposal const& proposal, std::string const& option)
{
    auto const found = std::ranges::find(proposal.options, option);
    return found == proposal.options.end() ? -1 : static_cast<int>(found - proposal.options.begin());
}

// The ballot the form describes, in option indexes, or the field at fault.
Result<Ballot> ballot_from(Proposal const& proposal, VoteForm const& form)
{
    Ballot ballot;
    auto const& method = proposal.method;
    if (method == "consent" || method == "consensus" || method == "majority") {
        if (!form.position)
            return std::unexpected(Error::invalid_field("position", "Choose your position."));
        ballot.position = *form.position;
        bool const blocking = (method == "consent" && ballot.position == "object") || (method == "consensus" && ballot.position == "block");
        if (blocking && form.reason.empty())
            return std::unexpected(Error::invalid_field("reason", method == "consent" ? "Say why you object: the proposer needs to know what to change."
                                                                                        : "Say why you block: the group needs to know what would change your mind."));
    } else if (method == "ranked_choice") {
        if (!form.ranking)
            return std::unexpected(Error::invalid_field("ranking", "Put the options in your order."));
        for (auto const& option : *form.ranking)
            ballot.ranking.push_back(option_index(proposal, option));
    } else {
        auto const& given = method == "score" ? form.scores : form.dots;
        auto const field = method == "score" ? "scores" : "dots";
        if (!given)
            return std::unexpected(Error::invalid_field(field, method == "score" ? "Score every option from 0 to 5." : "Place your dots."));
        auto& values = method == "score" ? ballot.scores : ballot.dots;
        values.assign(proposal.options.size(), 0);
        for (auto const& [option, value] : *given) {
            auto const index = option_index(proposal, option);
            if (index < 0)
                return std::unexpected(Error::invalid_field(field, "\"" + option + "\" is not one of the options."));
            values[static_cast<std::size_t>(index)] = value;
        }
        if (method == "score" && given->size() != proposal.options.size())
            return std::unexpected(Error::invalid_field(field, "Score every option from 0 to 5."));
    }
    CountInput const input = count_input(proposal, std::vector<Vote> {});
    if (auto problem = check_ballot(input, ballot, proposal.dots_per_voter)) {
        auto const field = method == "ranked_choice" ? "ranking" : method == "score" ? "scores" : method == "dot_vote" ? "dots" : "position";
        return std::unexpected(Error::invalid_field(field, *problem));
    }
    return ballot;
}

}

CountInput count_input(Proposal const& proposal, std::vector<Ballot> ballots)
{
    auto input = count_input(proposal, std::vector<Vote> {});
    input.ballots = std::move(ballots);
    return input;
}

CountInput count_input(Proposal const& proposal, std::vector<Vote> votes)
{
    CountInput input;
    input.method = proposal.method;
    input.weighting = proposal.weighting;
    input.options = proposal.options;
    input.required_groups = proposal.required_groups;
    input.threshold = proposal.threshold_percent / 100.0;
    input.version = proposal.version;
    input.ballots.reserve(votes.size());
    for (auto& vote : votes)
        input.ballots.push_back(std::move(vote.ballot));
    return input;
}

Result<Proposal> create_proposal(db::Database& database, Actor const& actor, std::string const& project_id, ProposalForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<Proposal> {
        auto standing = standing_in(sql, actor, project_id);
        if (!standing)
            return std::unexpected(standing.error());
        auto group = choose_group(*standing, form.group);
        if (!group)
            return std::unexpected(group.error());
        auto const project = projects::find_project(sql, actor.partnership_id, project_id);
        Proposal proposal;
        proposal.id = new_id();
        proposal.partnership_id = actor.partnership_id;
        proposal.project_id = project_id;
        proposal.title = form.title;
        proposal.text = form.text;
        proposal.method = form.method.value_or(project->decision_rule);
        proposal.weighting = form.weighting;
        proposal.options = form.options;
        bool const needs_options = proposal.method == "score" || proposal.method == "ranked_choice" || proposal.method == "dot_vote";
        if (needs_options && proposal.options.empty())
            return std::unexpected(Error::invalid_field("options", "Give the options people choose between."));
        proposal.threshold_percent = form.threshold_percent;
        proposal.dots_per_voter = form.dots_per_voter;
        proposal.closes_at = form.closes_at;
        proposal.required_groups = project->required_groups;
        proposal.contribution_ids = form.contribution_ids;
        proposal.need_ids = form.need_ids;
        proposal.proposer_person_id = actor.person_id;
        proposal.proposer_group = *group;
        proposal.created_at = proposal.updated_at = now_text();
        store::insert_proposal(sql, proposal);
        // The contributions and needs behind it, checked and linked now.
        if (auto linked = contributions::link_sources(sql, actor, project_id, { "proposal", proposal.id, proposal.title }, form.contribution_ids,
                form.need_ids);
            !linked)
            return std::unexpected(linked.error());
        projects::record_took_part(sql, actor.partnership_id, project_id, *group, proposal.id, "A proposal", proposal.created_at);
        if (auto checked = language::record_published(sql, actor, { "proposal", proposal.id, "text", proposal.text, project_id }); !checked)
            return std::unexpected(checked.error());
        privacy::record(sql, actor.partnership_id, actor.person_id, { "proposal.created", "proposal", proposal.id });
        return proposal;
    });
}

Result<Proposal> amend_proposal(db::Database& database, Actor const& actor, std::string const& proposal_id, AmendForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<Proposal> {
        privacy::lock_for_change(sql, actor.partnership_id);
        auto proposal = store::find_proposal(sql, actor.partnership_id, proposal_id);
        if (!proposal)
            return std::unexpected(proposal_not_found());
        auto standing = standing_in(sql, actor, proposal->project_id);
        if (!standing)
            return std::unexpected(standing.error());
        if (!standing->organiser && proposal->proposer_person_id != actor.person_id)
            return std::unexpected(Error::forbidden("Only the proposer and the project's organisers amend a proposal."));
        auto const now = now_text();
        if (!is_open(*proposal, now))
            return std::unexpected(closed_error());
        // Only new wording is an amendment: a new title alone (or the same text again) answers no objection.
        bool const reworded = form.text && *form.text != proposal->text;
        if (form.title)
            proposal->title = *form.title;
        if (reworded) {
            proposal->text = *form.text;
            ++proposal->version;
        }
        proposal->updated_at = now;
        store::update_proposal(sql, *proposal);
        if (reworded) {
            store::resolve_objections(sql, proposal->id, std::nullopt, "resolved_by_amendment", now);
            // An objector's vote was about the old wording: it leaves the count, and they are asked to
            // vote on the new one (until someone in their group does, the group may be missing from the quorum).
            for (auto const& person : store::set_aside_blocking_votes(sql, proposal->id, proposal->version))
                privacy::record(sql, actor.partnership_id, actor.person_id,
                    { "vote.set_aside_by_amendment", "proposal", proposal->id, std::nullopt, person });
            if (auto checked = language::record_published(sql, actor, { "proposal", proposal->id, "text", proposal->text, proposal->project_id });
                !checked)
                return std::unexpected(checked.error());
        }
        privacy::record(sql, actor.partnership_id, actor.person_id, { reworded ? "proposal.amended" : "proposal.retitled", "proposal", proposal->id });
        return std::move(*proposal);
    });
}

Status cast_vote(db::Database& database, Actor const& actor, std::string const& proposal_id, VoteForm const& form)
{
    return database.write([&](soci::session& sql) -> Status {
        // Serialises votes on PostgreSQL too (SQLite's writers already take
        // turns), so the objection record follows the vote that won.
        privacy::lock_for_change(sql, actor.partnership_id);
        auto proposal = store::find_proposal(sql, actor.partnership_id, proposal_id);
        if (!proposal)
            return std::unexpected(proposal_not_found());
        auto standing = standing_in(sql, actor, proposal->project_id);
        if (!standing)
            return std::unexpected(standing.error());
        auto group = choose_group(*standing, form.group);
        if (!group)
            return std::unexpected(group.error());
        auto const now = now_text();
        if (!is_open(*proposal, now))
            return std::unexpected(closed_error());
        auto ballot = ballot_from(*proposal, form);
        if (!ballot)
            return std::unexpected(ballot.error());
        ballot->person_id = actor.person_id;
        ballot->group = *group;
        ballot->version = proposal->version;
        auto const previous = store::find_vote(sql, proposal->id, actor.person_id);
        store::save_vote(sql, actor.partnership_id, proposal->id, { *ballot, form.reason, form.comment, now, "" });
        projects::record_participant(sql, actor.partnership_id, proposal->project_id, actor.person_id);

        bool const blocking = ballot->position == "object" || ballot->position == "block";
        bool const was_blocking = previous && (previous->ballot.position == "object" || previous->ballot.position == "block");
        if (was_blocking && (!blocking || previous->ballot.version != proposal->version))
            store::resolve_objections(sql, proposal->id, actor.person_id, "withdrawn", now);
        if (blocking && !(was_blocking && previous->ballot.version == proposal->version))
            store::insert_objection(sql, actor.partnership_id, proposal->id,
                { new_id(), actor.person_id, *group, ballot->position, form.reason, proposal->version, "standing", now, std::nullopt, "" });
        else if (blocking)
            store::restate_objection(sql, proposal->id, actor.person_id, *group, ballot->position, form.reason);
        projects::record_took_part(sql, actor.partnership_id, proposal->project_id, *group, proposal->id, "A vote", now);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "proposal.voted", "proposal", proposal->id });
        return {};
    });
}

Result<Comment> add_comment(db::Database& database, Actor const& actor, std::string const& proposal_id, CommentForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<Comment> {
        auto proposal = store::find_proposal(sql, actor.partnership_id, proposal_id);
        if (!proposal)
            return std::unexpected(proposal_not_found());
        auto standing = standing_in(sql, actor, proposal->project_id);
        if (!standing)
            return std::unexpected(standing.error());
        auto group = choose_group(*standing, std::nullopt);
        if (!group)
            return std::unexpected(group.error());
        // Deliberation ends when voting does: the record is what was said before it.
        if (!is_open(*proposal, now_text()))
            return std::unexpected(closed_error());
        if (form.parent_id) {
            auto const comments = store::list_comments(sql, actor.partnership_id, proposal->id);
            auto const parent = std::ranges::find(comments, *form.parent_id, &Comment::id);
            if (parent == comments.end() || parent->parent_id)
                return std::unexpected(Error::invalid_field("parent_id", "Reply to a comment on this proposal (replies go one level deep)."));
        }
        Comment comment { new_id(), form.parent_id, actor.person_id, *group, form.text, now_text(), "" };
        store::insert_comment(sql, actor.partnership_id, proposal->id, comment);
        projects::record_took_part(sql, actor.partnership_id, proposal->project_id, *group, proposal->id, "A comment", comment.created_at);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "proposal.commented", "proposal", proposal->id });
        if (auto const person = partnership::find_person(sql, actor.partnership_id, actor.person_id))
            comment.name = person->name;
        return comment;
    });
}

Result<std::string> close_proposal(db::Database& database, Actor const& actor, std::string const& proposal_id, CloseForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<std::string> {
        privacy::lock_for_change(sql, actor.partnership_id);
        auto proposal = store::find_proposal(sql, actor.partnership_id, proposal_id);
        if (!proposal)
            return std::unexpected(proposal_not_found());
        auto standing = standing_in(sql, actor, proposal->project_id);
        if (!standing)
            return std::unexpected(standing.error());
        if (!standing->organiser)
            return std::unexpected(Error::forbidden("Only conveners and the project's co-leads close a proposal."));
        if (proposal->status != "open")
            return std::unexpected(closed_error());
        bool const names_blockers = proposal->method == "consent" || proposal->method == "consensus";
        auto const result = count(count_input(*proposal, store::list_ballots(sql, database, actor.partnership_id, proposal->id, names_blockers)));
        // Before its closing time, a proposal does not pass over people whose objection an amendment
        // answered until they have voted on the new wording (closing it as not passed is another matter).
        bool const closing_as_not_passed = result.quorum ? !result.passed : form.close_without_quorum;
        if (!closing_as_not_passed && now_text() < proposal->closes_at) {
            // Only those who can still vote here: someone who has left the project cannot hold it up.
            std::vector<std::string> waiting;
            for (auto const& [person_id, name] : store::objectors_not_heard_since_amendment(sql, actor.partnership_id, proposal->id)) {
                auto const person = partnership::find_person(sql, actor.partnership_id, person_id);
                if (!person)
                    continue;
                Actor const objector { person_id, actor.partnership_id, person->role, "", "" };
                if (auto const their = standing_in(sql, objector, proposal->project_id); their && !their->groups.empty())
                    waiting.push_back(name);
            }
            if (!waiting.empty()) {
                auto error = Error::conflict("Some people who objected have not yet voted on the new wording. Wait for them or for the closing time.");
                error.code = "objectors_not_heard";
                error.lists["people"] = waiting;
                return std::unexpected(error);
            }
        }
        if (!result.quorum && !form.close_without_quorum) {
            auto error = Error::conflict("Not every required group has voted yet.");
            error.code = "quorum_missing";
            error.lists["missing_groups"] = result.missing_groups;
            return std::unexpected(error);
        }
        auto const now = now_text();
        auto const objections = store::list_objections(sql, actor.partnership_id, proposal->id);
        auto group = choose_group(*standing, std::nullopt);
        std::string const closer_group = group ? *group : "";
        std::string closer_name;
        if (auto const person = partnership::find_person(sql, actor.partnership_id, actor.person_id))
            closer_name = person->name;

        store::DecisionRow row { new_id(), proposal->id, proposal->project_id, result.passed, "", now };
        auto record = decision_json(row.id, *proposal, result, objections, form.rationale, { actor.person_id, closer_name }, closer_group, now);
        row.record = boost::json::serialize(record);
        store::insert_decision(sql, actor.partnership_id, row, form.rationale, actor.person_id, closer_group);
        proposal->status = "closed";
        proposal->updated_at = now;
        store::update_proposal(sql, *proposal);
        if (auto linked = contributions::link_sources(sql, actor, proposal->project_id,
                { "decision", row.id, proposal->title + (result.passed ? " (agreed)" : " (not agreed)") }, proposal->contribution_ids,
                proposal->need_ids);
            !linked)
            return std::unexpected(linked.error());
        projects::record_decided(sql, actor.partnership_id, proposal->project_id, closer_group, row.id, proposal->title, now);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "proposal.closed", "proposal", proposal->id, std::nullopt, row.id });
        // Everyone who voted hears the outcome.
        auto const project = projects::find_project(sql, actor.partnership_id, proposal->project_id);
        auto const params = boost::json::serialize(boost::json::object { { "proposal_id", proposal->id }, { "project_id", proposal->project_id },
            { "project_title", project ? project->title : std::string {} }, { "proposal_title", proposal->title }, { "passed", result.passed } });
        std::set<std::string> told;
        for (auto const& ballot : store::list_ballots(sql, database, actor.partnership_id, proposal->id, true))
            if (told.insert(ballot.person_id).second && ballot.person_id != actor.person_id)
                notifications::notify(sql, actor.partnership_id,
                    { ballot.person_id, "decision_closed", params, "/proposals/" + proposal->id, "decision_closed:" + proposal->id });
        return row.id;
    });
}

}
