#pragma once

#include <boost/json/object.hpp>

#include "modules/resources/model.hpp"
#include "modules/resources/queries.hpp"

// The one place this module's types become JSON.
namespace rt::resources {

[[nodiscard]] boost::json::object policy_json(Policy const& policy);
[[nodiscard]] boost::json::object budget_json(BudgetView const& view);
[[nodiscard]] boost::json::object claim_json(Claim const& claim);
// With `can_decide` and `cannot_decide_because` for finance.
[[nodiscard]] boost::json::object claim_json(ClaimView const& view);
[[nodiscard]] boost::json::object receipt_json(Receipt const& receipt);
[[nodiscard]] boost::json::object offer_json(Offer const& offer);
[[nodiscard]] boost::json::object bank_details_json(BankDetailsShown const& shown);
[[nodiscard]] boost::json::object attendee_json(Attendee const& attendee);

}
