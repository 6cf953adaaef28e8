#pragma once

#include <string>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "db/database.hpp"
#include "modules/contributions/forms.hpp"
#include "modules/contributions/model.hpp"
#include "modules/contributions/priority.hpp"

namespace rt::contributions {

// For other modules, inside their own transaction: the same as
// create_contribution and respond (a comment on a living document's draft is
// a contribution to its project; accepting a suggestion answers it).
[[nodiscard]] Result<Contribution> record_contribution(soci::session& sql, Actor const& actor, std::string const& project_id,
    ContributionForm const& form);
[[nodiscard]] Result<Contribution> record_response(soci::session& sql, Actor const& actor, std::string const& contribution_id, ResponseForm const& form);
// For other modules, inside their own transaction: tells the author of each
// of these contributions (once each, never the actor themself; anonymous
// authors too, since only they receive it) with one notice, `kind` and
// `params` as notifications::notify takes them, its dedupe key made from
// `key` and the person.
void tell_authors(soci::session& sql, Actor const& actor, std::vector<std::string> const& contribution_ids, std::string const& kind,
    std::string const& params, std::string const& path, std::string const& key);
[[nodiscard]] Result<Contribution> create_contribution(db::Database& database, Actor const& actor, std::string const& project_id,
    ContributionForm const& form);
// The author, or the organiser who recorded the words for someone, corrects
// them; the earlier wording is kept (GET /contributions/{id} lists it), and
// documents' links to the contribution become suspect.
[[nodiscard]] Result<Contribution> correct_contribution(db::Database& database, Actor const& actor, std::string const& contribution_id,
    CorrectionForm const& form);
[[nodiscard]] Result<Contribution> respond(db::Database& database, Actor const& actor, std::string const& contribution_id, ResponseForm const& form);

[[nodiscard]] Result<Need> create_need(db::Database& database, Actor const& actor, std::string const& project_id, NeedForm const& form);
[[nodiscard]] Result<Need> update_need(db::Database& database, Actor const& actor, std::string const& need_id, NeedUpdateForm const& form);
[[nodiscard]] Result<Need> add_evidence(db::Database& database, Actor const& actor, std::string const& need_id, EvidenceForm const& form);
// The need disappears into `into`, which gains its evidence and communities.
[[nodiscard]] Result<Need> merge_need(db::Database& database, Actor const& actor, std::string const& need_id, MergeForm const& form);
[[nodiscard]] Result<Priority> save_ranking(db::Database& database, Actor const& actor, std::string const& project_id, RankingForm const& form);

// For the surveys module: inserts a contribution made from a survey answer,
// inside the caller's transaction (timeline and audit included).
void insert_from_survey(soci::session& sql, Actor const& actor, Contribution contribution);

}
