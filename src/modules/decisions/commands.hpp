#pragma once

#include <string>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "db/database.hpp"
#include "modules/decisions/forms.hpp"
#include "modules/decisions/model.hpp"

namespace rt::decisions {

[[nodiscard]] Result<Proposal> create_proposal(db::Database& database, Actor const& actor, std::string const& project_id, ProposalForm const& form);
// An amendment: the version goes up and objections to earlier versions are resolved by it.
[[nodiscard]] Result<Proposal> amend_proposal(db::Database& database, Actor const& actor, std::string const& proposal_id, AmendForm const& form);
[[nodiscard]] Status cast_vote(db::Database& database, Actor const& actor, std::string const& proposal_id, VoteForm const& form);
[[nodiscard]] Result<Comment> add_comment(db::Database& database, Actor const& actor, std::string const& proposal_id, CommentForm const& form);
// Counts, writes the decision record and closes the proposal; answers the decision's id.
[[nodiscard]] Result<std::string> close_proposal(db::Database& database, Actor const& actor, std::string const& proposal_id, CloseForm const& form);

// The counting input for a proposal and its votes (their ballots are moved in).
[[nodiscard]] CountInput count_input(Proposal const& proposal, std::vector<Vote> votes);
[[nodiscard]] CountInput count_input(Proposal const& proposal, std::vector<Ballot> ballots);

}
