#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <soci/soci.h>

#include "core/cursor.hpp"
#include "db/database.hpp"
#include "modules/decisions/model.hpp"

namespace rt::decisions::store {

void insert_proposal(soci::session& sql, Proposal const& proposal);
void update_proposal(soci::session& sql, Proposal const& proposal);
[[nodiscard]] std::optional<Proposal> find_proposal(soci::session& sql, std::string_view partnership_id, std::string_view id);
// Newest first: one keyset page (limit + 1 rows) on (created_at, id).
[[nodiscard]] std::vector<Proposal> list_proposals(soci::session& sql, std::string_view partnership_id, std::string_view project_id,
    PageRequest const& page);

// One vote per person: a second vote replaces the first (also when two arrive at once).
void save_vote(soci::session& sql, std::string const& partnership_id, std::string const& proposal_id, Vote const& vote);
[[nodiscard]] std::optional<Vote> find_vote(soci::session& sql, std::string_view proposal_id, std::string_view person_id);
// Every vote, through the statement cache: closing reads many.
// Without names, the voters' ids are read only when `with_people` (consent
// and consensus name who objects or blocks).
[[nodiscard]] std::vector<Vote> list_votes(db::Database& database, std::string_view partnership_id, std::string_view proposal_id, bool with_names,
    bool with_people = true);
[[nodiscard]] long long count_votes(soci::session& sql, std::string_view proposal_id);
// Only what counting needs, into a vector sized once: closing a proposal
// with many votes reads them all.
[[nodiscard]] std::vector<Ballot> list_ballots(soci::session& sql, db::Database& database, std::string_view partnership_id,
    std::string_view proposal_id, bool with_people);

void insert_objection(soci::session& sql, std::string const& partnership_id, std::string const& proposal_id, Objection const& objection);
// The objections and blocks cast on earlier versions, taken out of the count
// after an amendment (their objections stay on the record); returns whose.
std::vector<std::string> set_aside_blocking_votes(soci::session& sql, std::string const& proposal_id, int version);
// A standing objection restated on the same version: its reason (and group) as now given.
void restate_objection(soci::session& sql, std::string const& proposal_id, std::string const& person_id, std::string const& group,
    std::string const& kind, std::string const& reason);
// People (id, name) whose objection an amendment answered and who have not voted since.
std::vector<std::pair<std::string, std::string>> objectors_not_heard_since_amendment(soci::session& sql, std::string const& partnership_id,
    std::string const& proposal_id);
void resolve_objections(soci::session& sql, std::string const& proposal_id, std::optional<std::string> const& person_id, std::string const& status,
    std::string const& at);
[[nodiscard]] std::vector<Objection> list_objections(soci::session& sql, std::string_view partnership_id, std::string_view proposal_id);

void insert_comment(soci::session& sql, std::string const& partnership_id, std::string const& proposal_id, Comment const& comment);
// Oldest first; with a page, that keyset page (limit + 1 rows) on (created_at, id).
[[nodiscard]] std::vector<Comment> list_comments(soci::session& sql, std::string_view partnership_id, std::string_view proposal_id,
    std::optional<PageRequest> const& page = std::nullopt);

struct DecisionRow {
    std::string id;
    std::string proposal_id;
    std::string project_id;
    bool passed { false };
    std::string record; // the decision's JSON
    std::string created_at;
};
void insert_decision(soci::session& sql, std::string const& partnership_id, DecisionRow const& row, std::string const& rationale,
    std::string const& closed_by, std::string const& closed_group);
[[nodiscard]] std::optional<DecisionRow> find_decision(soci::session& sql, std::string_view partnership_id, std::string_view id);
[[nodiscard]] std::optional<DecisionRow> decision_for(soci::session& sql, std::string_view partnership_id, std::string_view proposal_id);

// Index lists stored as "2,0,1".
[[nodiscard]] std::string join_numbers(std::vector<int> const& numbers);
[[nodiscard]] std::vector<int> split_numbers(std::string_view text);

}
