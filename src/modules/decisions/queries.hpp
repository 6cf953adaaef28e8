#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <boost/json/object.hpp>

#include "core/actor.hpp"
#include "core/cursor.hpp"
#include "core/error.hpp"
#include "core/traced.hpp"
#include "db/database.hpp"
#include "modules/decisions/counting.hpp"
#include "modules/decisions/model.hpp"

namespace rt::decisions {

struct ProposalView {
    Proposal proposal;
    long long voters { 0 };
    std::optional<Vote> my_vote;
    bool can_close { false };
    bool can_take_part { false };
    bool sees_voters { false };
    std::optional<std::string> decision_id;
    // Detail only:
    std::vector<Vote> votes;
    bool votes_shown { false };
    std::vector<Objection> objections;
    std::optional<CountResult> tally;
};

// Newest first.
[[nodiscard]] Result<Page<ProposalView>> list_proposals(db::Database& database, Actor const& actor, std::string const& project_id,
    PageRequest const& page);
[[nodiscard]] Result<ProposalView> get_proposal(db::Database& database, Actor const& actor, std::string const& proposal_id);
// Oldest first.
[[nodiscard]] Result<Page<Comment>> list_comments(db::Database& database, Actor const& actor, std::string const& proposal_id, PageRequest const& page);
// The stored decision record.
[[nodiscard]] Result<boost::json::object> get_decision(db::Database& database, Actor const& actor, std::string const& decision_id);

// For the barometer, counted in the database: each decision made with the
// groups its proposal required and how many of each group voted, proposals
// by the proposer's group.
struct DecisionMade {
    std::string id;
    bool passed { false };
    std::string weighting;
    std::vector<std::string> required_groups;
    std::map<std::string, long long> voters_by_group;
};
struct BarometerCounts {
    std::vector<DecisionMade> decisions; // oldest first
    std::map<std::string, long long> proposals_by_group;
};
[[nodiscard]] BarometerCounts barometer_counts(soci::session& sql, std::string_view partnership_id, std::string_view project_id);

// For the documents module's golden thread: a decision (titled by its
// proposal; substance: the stored record and whether it passed); nothing
// when there is none in the partnership.
[[nodiscard]] std::optional<Traced> decision_traced(soci::session& sql, std::string_view partnership_id, std::string_view decision_id);

}
