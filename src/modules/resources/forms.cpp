#include "modules/resources/forms.hpp"

#include <algorithm>

#include <boost/json.hpp>

#include "core/form.hpp"
#include "core/ids.hpp"
#include "core/time.hpp"
#include "modules/partnership/model.hpp"

namespace rt::resources {

namespace {

constexpr long long k_most_pence = 100000000000LL;

std::optional<long long> read_pence(FormReader& reader, boost::json::object const& object, std::string_view field, std::string const& name,
    long long high = 100000000)
{
    auto const* value = object.if_contains(field);
    if (!value || value->is_null())
        return std::nullopt;
    if (!value->is_int64() || value->get_int64() < 0 || value->get_int64() > high) {
        reader.add_error(name, "Enter a whole number of pence from 0 to " + std::to_string(high) + ".");
        return std::nullopt;
    }
    return value->get_int64();
}

Rates read_rates(FormReader& reader, boost::json::value const* value, std::string const& name, Rates fallback)
{
    if (!value || value->is_null())
        return fallback;
    if (!value->is_object()) {
        reader.add_error(name, "Give hourly_pence, half_day_pence and day_pence.");
        return fallback;
    }
    auto const& object = value->get_object();
    Rates rates;
    rates.hourly_pence = read_pence(reader, object, "hourly_pence", name + ".hourly_pence").value_or(0);
    rates.half_day_pence = read_pence(reader, object, "half_day_pence", name + ".half_day_pence").value_or(0);
    rates.day_pence = read_pence(reader, object, "day_pence", name + ".day_pence").value_or(0);
    return rates;
}

// One line of a claim's expenses; its problems are named under `field`.
Expense read_expense(FormReader& reader, boost::json::value const& entry, std::string const& field)
{
    Expense expense;
    if (!entry.is_object()) {
        reader.add_error(field, "Each expense needs a kind and an amount.");
        return expense;
    }
    auto const& object = entry.get_object();
    FormReader line { object };
    line.reject_unknown({ "kind", "amount_pence", "miles", "receipt_id", "note" });
    expense.kind = line.choice("kind", k_expense_kinds, Presence::Required).value_or("");
    if (auto const* amount = object.if_contains("amount_pence"); amount && !amount->is_null()) {
        if (!amount->is_int64() || amount->get_int64() < 1 || amount->get_int64() > 10000000)
            line.add_error("amount_pence", "Enter the amount in whole pence, like 1250 for £12.50.");
        else
            expense.amount_pence = amount->get_int64();
    }
    if (auto const* miles = object.if_contains("miles"); miles && !miles->is_null()) {
        if (!miles->is_int64() || miles->get_int64() < 1 || miles->get_int64() > 2000 || expense.kind != "travel")
            line.add_error("miles", "Miles are for travel: enter whole miles from 1 to 2000.");
        else
            expense.miles = miles->get_int64();
    }
    if (!object.contains("amount_pence") && !expense.miles && !line.errors().contains("miles"))
        line.add_error("amount_pence", "Enter the amount in pence (or miles, for travel by car).");
    auto receipt = line.text("receipt_id", { .presence = Presence::Optional, .max_length = 36 }).value_or("");
    if (!receipt.empty()) {
        if (!looks_like_id(receipt))
            line.add_error("receipt_id", "Upload the receipt first.");
        else
            expense.receipt_id = receipt;
    }
    expense.note = line.text("note", { .presence = Presence::Optional, .max_length = 500 }).value_or("");
    for (auto const& [name, messages] : line.errors())
        for (auto const& message : messages)
            reader.add_error(field + "." + name, message);
    return expense;
}

bool all_digits(std::string const& text)
{
    return std::ranges::all_of(text, [](char c) { return c >= '0' && c <= '9'; });
}

}

Result<Policy> read_policy(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "rates", "rates_by_kind", "expenses", "mileage_pence_per_mile", "payment_methods", "backfill_day_pence", "benefits_note" });
    Policy policy = default_policy();
    policy.default_rates = read_rates(reader, body.if_contains("rates"), "rates", policy.default_rates);
    if (auto const* by_kind = body.if_contains("rates_by_kind"); by_kind && !by_kind->is_null()) {
        if (!by_kind->is_object())
            reader.add_error("rates_by_kind", "Give rates by activity kind.");
        else
            for (auto const& [kind, rates] : by_kind->get_object())
                policy.rates_by_kind[std::string { kind }] = read_rates(reader, &rates, "rates_by_kind." + std::string { kind }, {});
    }
    if (auto const* expenses = body.if_contains("expenses"); expenses && !expenses->is_null()) {
        if (!expenses->is_object()) {
            reader.add_error("expenses", "Give a rule for each kind of expense.");
        } else {
            for (auto const& [kind, rule] : expenses->get_object()) {
                std::string const name = "expenses." + std::string { kind };
                if (std::ranges::find(k_expense_kinds, std::string_view { kind }) == k_expense_kinds.end() || !rule.is_object()) {
                    reader.add_error(name, "Use travel, care_cover, interpreter, subsistence, equipment or data_phone.");
                    continue;
                }
                ExpenseRule parsed;
                if (auto const* reimbursed = rule.get_object().if_contains("reimbursed"); reimbursed && reimbursed->is_bool())
                    parsed.reimbursed = reimbursed->get_bool();
                parsed.cap_pence = read_pence(reader, rule.get_object(), "cap_pence", name + ".cap_pence").value_or(0);
                policy.expenses[std::string { kind }] = parsed;
            }
        }
    }
    policy.mileage_pence_per_mile = read_pence(reader, body, "mileage_pence_per_mile", "mileage_pence_per_mile", 1000).value_or(policy.mileage_pence_per_mile);
    if (auto methods = reader.choices("payment_methods", k_payment_methods); methods && !methods->empty())
        policy.payment_methods = std::move(*methods);
    policy.backfill_day_pence = read_pence(reader, body, "backfill_day_pence", "backfill_day_pence").value_or(policy.backfill_day_pence);
    if (reader.has("benefits_note"))
        policy.benefits_note = reader.text("benefits_note", { .presence = Presence::Optional, .max_length = 2000, .lines = TextRule::Lines::Multiple }).value_or("");
    if (!reader.ok())
        return std::unexpected(Error::invalid(reader.errors()));
    return policy;
}

Result<BudgetForm> BudgetForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "total_pence", "by_group" });
    BudgetForm form;
    auto const* total = body.if_contains("total_pence");
    if (!total || !total->is_int64() || total->get_int64() < 0 || total->get_int64() > k_most_pence)
        reader.add_error("total_pence", "Enter the budget in whole pence.");
    else
        form.total_pence = total->get_int64();
    long long group_sum = 0;
    if (auto const* groups = body.if_contains("by_group"); groups && !groups->is_null()) {
        if (!groups->is_object()) {
            reader.add_error("by_group", "Give pence by stakeholder group.");
        } else {
            for (auto const& [group, pence] : groups->get_object()) {
                if (std::ranges::find(partnership::k_groups, std::string_view { group }) == partnership::k_groups.end() || !pence.is_int64()
                    || pence.get_int64() < 0 || pence.get_int64() > k_most_pence) {
                    reader.add_error("by_group", "Give whole pence for stakeholder groups.");
                    break;
                }
                form.by_group[std::string { group }] = pence.get_int64();
                group_sum += pence.get_int64();
            }
        }
    }
    if (reader.ok() && group_sum > form.total_pence)
        reader.add_error("by_group", "The groups' budgets add up to more than the total.");
    if (!reader.ok())
        return std::unexpected(Error::invalid(reader.errors()));
    return form;
}

Result<ClaimForm> ClaimForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown(
        { "activity_id", "person_id", "minutes", "include_time", "expenses", "payment_method", "backfill_organisation_id", "early_reason" });
    ClaimForm form;
    form.activity_id = reader.text("activity_id", { .presence = Presence::Required, .max_length = 36 }).value_or("");
    if (!form.activity_id.empty() && !looks_like_id(form.activity_id))
        reader.add_error("activity_id", "Choose an activity you attended.");
    form.person_id = reader.text("person_id", { .presence = Presence::Optional, .max_length = 36 }).value_or("");
    if (!form.person_id.empty() && !looks_like_id(form.person_id))
        reader.add_error("person_id", "Choose a person from the list.");
    if (auto const* value = body.if_contains("minutes"); value && !value->is_null()) {
        if (!value->is_int64() || value->get_int64() < 1 || value->get_int64() > 1440)
            reader.add_error("minutes", "Enter the minutes you gave, from 1 to 1440.");
        else
            form.minutes = value->get_int64();
    }
    form.include_time = reader.boolean("include_time", Presence::Optional).value_or(true);
    form.early_reason
        = reader.text("early_reason", { .presence = Presence::Optional, .max_length = 1000, .lines = TextRule::Lines::Multiple }).value_or("");
    form.payment_method = reader.choice("payment_method", k_payment_methods, Presence::Required).value_or("");
    form.backfill_organisation_id = reader.text("backfill_organisation_id", { .presence = Presence::Optional, .max_length = 36 }).value_or("");
    if (auto const* list = body.if_contains("expenses"); list && !list->is_null()) {
        if (!list->is_array() || list->get_array().size() > 20) {
            reader.add_error("expenses", "Give up to 20 expenses.");
        } else {
            std::size_t index = 0;
            for (auto const& entry : list->get_array())
                form.expenses.push_back(read_expense(reader, entry, "expenses[" + std::to_string(index++) + "]"));
        }
    }
    if (!reader.ok())
        return std::unexpected(Error::invalid(reader.errors()));
    return form;
}

Result<DecisionForm> DecisionForm::read(boost::json::object const& body, Decision decision)
{
    FormReader reader { body };
    DecisionForm form;
    form.decision = decision;
    switch (decision) {
    case Decision::Reject:
        reader.reject_unknown({ "reason" });
        form.reason = reader.text("reason", { .presence = Presence::Required, .min_length = 1, .max_length = 1000, .lines = TextRule::Lines::Multiple })
                          .value_or("");
        break;
    case Decision::Paid:
        reader.reject_unknown({ "paid_on", "reference" });
        form.paid_on = reader.text("paid_on", { .presence = Presence::Required, .max_length = 10 }).value_or("");
        if (!form.paid_on.empty() && (form.paid_on.size() != 10 || !parse_time(form.paid_on + "T00:00:00Z")))
            reader.add_error("paid_on", "Enter the date it was paid, like 2026-12-01.");
        form.reference = reader.text("reference", { .presence = Presence::Required, .min_length = 1, .max_length = 100 }).value_or("");
        break;
    case Decision::Approve:
        reader.reject_unknown({ "confirm_over_budget" });
        form.confirm_over_budget = reader.boolean("confirm_over_budget", Presence::Optional).value_or(false);
        break;
    }
    if (!reader.ok())
        return std::unexpected(Error::invalid(reader.errors()));
    return form;
}

Result<BankDetailsForm> BankDetailsForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "account_name", "sort_code", "account_number" });
    BankDetailsForm form;
    form.account_name = reader.text("account_name", { .presence = Presence::Required, .min_length = 1, .max_length = 100 }).value_or("");
    form.sort_code = reader.text("sort_code", { .presence = Presence::Required, .max_length = 10 }).value_or("");
    form.account_number = reader.text("account_number", { .presence = Presence::Required, .max_length = 10 }).value_or("");
    std::erase_if(form.sort_code, [](char c) { return c == '-' || c == ' '; });
    if (!form.sort_code.empty() && (form.sort_code.size() != 6 || !all_digits(form.sort_code)))
        reader.add_error("sort_code", "Enter a 6-digit sort code, like 30-94-57.");
    if (!form.account_number.empty() && (form.account_number.size() != 8 || !all_digits(form.account_number)))
        reader.add_error("account_number", "Enter an 8-digit account number.");
    if (!reader.ok())
        return std::unexpected(Error::invalid(reader.errors()));
    return form;
}

}
