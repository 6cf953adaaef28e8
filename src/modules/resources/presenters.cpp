#include "modules/resources/presenters.hpp"

#include <boost/json.hpp>

#include "core/form.hpp"

namespace rt::resources {

namespace {

boost::json::object rates_json(Rates const& rates)
{
    return { { "hourly_pence", rates.hourly_pence }, { "half_day_pence", rates.half_day_pence }, { "day_pence", rates.day_pence } };
}

boost::json::object pence_by(std::map<std::string, long long> const& values)
{
    boost::json::object object;
    for (auto const& [key, value] : values)
        object[key] = value;
    return object;
}

boost::json::value optional_text(std::optional<std::string> const& value)
{
    return value ? boost::json::value(*value) : boost::json::value(nullptr);
}

}

boost::json::object policy_json(Policy const& policy)
{
    boost::json::object by_kind, expenses;
    for (auto const& [kind, rates] : policy.rates_by_kind)
        by_kind[kind] = rates_json(rates);
    for (auto const& [kind, rule] : policy.expenses)
        expenses[kind] = { { "reimbursed", rule.reimbursed }, { "cap_pence", rule.cap_pence } };
    return { { "rates", rates_json(policy.default_rates) }, { "rates_by_kind", std::move(by_kind) }, { "expenses", std::move(expenses) },
        { "mileage_pence_per_mile", policy.mileage_pence_per_mile }, { "payment_methods", to_json_array(policy.payment_methods) },
        { "backfill_day_pence", policy.backfill_day_pence }, { "benefits_note", policy.benefits_note } };
}

boost::json::object budget_json(BudgetView const& view)
{
    auto const& budget = view.budget;
    return { { "project_id", view.project_id }, { "set", budget.set }, { "total_pence", budget.total_pence }, { "by_group", pence_by(budget.by_group) },
        { "committed_pence", view.committed_pence }, { "spent_pence", view.spent_pence }, { "remaining_pence", budget.total_pence - view.committed_pence },
        { "committed_by_group", pence_by(view.committed_by_group) }, { "spent_by_group", pence_by(view.spent_by_group) } };
}

boost::json::object claim_json(Claim const& claim)
{
    boost::json::array expenses;
    for (auto const& expense : claim.expenses) {
        boost::json::object object { { "kind", expense.kind }, { "amount_pence", expense.amount_pence }, { "note", expense.note } };
        object["miles"] = expense.miles ? boost::json::value(*expense.miles) : boost::json::value(nullptr);
        object["receipt_id"] = optional_text(expense.receipt_id);
        expenses.push_back(std::move(object));
    }
    return { { "id", claim.id }, { "project_id", claim.project_id }, { "activity_id", claim.activity_id }, { "activity_title", claim.activity_title },
        { "person_id", claim.person_id }, { "person_name", claim.person_name },
        { "organisation", claim.organisation_id ? boost::json::value(boost::json::object { { "id", *claim.organisation_id }, { "name", claim.organisation_name } })
                                                : boost::json::value(nullptr) },
        { "group", claim.group }, { "minutes", claim.minutes }, { "time_pence", claim.time_pence }, { "expenses", std::move(expenses) },
        { "expenses_pence", claim.expenses_pence }, { "total_pence", claim.total_pence }, { "total", pounds(claim.total_pence) },
        { "payment_method", claim.payment_method }, { "status", claim.status }, { "submitted_at", claim.submitted_at },
        { "decided_at", optional_text(claim.decided_at) }, { "reason", claim.reason }, { "paid_on", optional_text(claim.paid_on) },
        { "reference", claim.reference }, { "over_budget", claim.over_budget }, { "submitted_by", claim.submitted_by } };
}

boost::json::object claim_json(ClaimView const& view)
{
    auto json = claim_json(view.claim);
    json["can_decide"] = view.can_decide;
    json["cannot_decide_because"] = optional_text(view.cannot_decide_because);
    return json;
}

boost::json::object receipt_json(Receipt const& receipt)
{
    return { { "id", receipt.id }, { "media_type", receipt.media_type }, { "size", receipt.size }, { "file_name", receipt.file_name } };
}

boost::json::object offer_json(Offer const& offer)
{
    return { { "id", offer.id }, { "activity_id", offer.activity_id }, { "activity_title", offer.activity_title }, { "starts_at", offer.starts_at },
        { "status", offer.status }, { "created_at", offer.created_at } };
}

boost::json::object bank_details_json(BankDetailsShown const& shown)
{
    return { { "account_name", shown.account_name }, { "account_ending", shown.account_ending }, { "updated_at", shown.updated_at } };
}

boost::json::object attendee_json(Attendee const& attendee)
{
    auto const& row = attendee.row;
    return { { "person_id", row.person_id }, { "name", row.name }, { "activity_id", row.activity_id }, { "activity_title", row.activity_title },
        { "attended_at", row.attended_at }, { "group", row.group }, { "status", attendee.status } };
}

}
