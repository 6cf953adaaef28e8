#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <boost/json/object.hpp>

#include "core/error.hpp"
#include "modules/resources/model.hpp"

// Typed input for the resources module, each read from a JSON body with
// every problem named by its field (expenses[1].amount_pence).
namespace rt::resources {

// The whole participation policy, as PUT: what is not given keeps the
// starting figure.
[[nodiscard]] Result<Policy> read_policy(boost::json::object const& body);

struct BudgetForm {
    long long total_pence { 0 };
    std::map<std::string, long long> by_group;

    [[nodiscard]] static Result<BudgetForm> read(boost::json::object const& body);
};

struct ClaimForm {
    std::string activity_id;
    std::string person_id; // empty: the person claiming
    std::optional<long long> minutes;
    bool include_time { true };
    std::string early_reason;
    std::string payment_method;
    std::string backfill_organisation_id;
    std::vector<Expense> expenses;

    [[nodiscard]] static Result<ClaimForm> read(boost::json::object const& body);
};

enum class Decision { Approve, Reject, Paid };

struct DecisionForm {
    Decision decision { Decision::Approve };
    bool confirm_over_budget { false }; // approve
    std::string reason;                 // reject
    std::string paid_on;                // paid: YYYY-MM-DD
    std::string reference;              // paid

    [[nodiscard]] static Result<DecisionForm> read(boost::json::object const& body, Decision decision);
};

struct BankDetailsForm {
    std::string account_name;
    std::string sort_code; // six digits
    std::string account_number; // eight digits

    [[nodiscard]] static Result<BankDetailsForm> read(boost::json::object const& body);
};

}
