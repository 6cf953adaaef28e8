#pragma once

#include <optional>
#include <string>

#include <boost/json/object.hpp>
#include <soci/soci.h>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "db/database.hpp"
#include "modules/finance/model.hpp"
#include "modules/finance/permissions.hpp"

// Read models of the finance controls, for this module's routes and for the
// resources module (which asks whether someone may decide a claim).
namespace rt::finance {

[[nodiscard]] bool holds_finance(soci::session& sql, Actor const& actor);

// The people a claim concerns, as the resources module knows them.
struct ClaimPeople {
    std::string claimant_id;
    std::string submitted_by;
    std::optional<std::string> paid_to_organisation;
};

// Why the actor may not approve, reject or pay the claim, or nothing.
[[nodiscard]] std::optional<Rule> claim_decision_refusal(soci::session& sql, Actor const& actor, ClaimPeople const& claim);

// GET /finance-controls: who holds the role, the requests waiting for a
// second convener, and a page of what the controls did, newest first.
[[nodiscard]] Result<boost::json::object> controls_json(db::Database& database, Actor const& actor, std::optional<std::string> const& before,
    std::size_t limit);

[[nodiscard]] boost::json::object request_json(soci::session& sql, FinanceRequest const& request);

// The facts about a would-be decider, gathered from the partnership and
// accounts modules' queries.
[[nodiscard]] Decider decider_facts(soci::session& sql, Actor const& actor);

}
