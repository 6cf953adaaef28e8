#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <boost/json/object.hpp>
#include <soci/soci.h>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "modules/resources/money.hpp"
#include "modules/services.hpp"

// Resources to take part: the participation policy, project budgets, claims
// for time and expenses (with receipts), payment offers made when attendance
// is recorded, exports for finance and a person's own payment history.
namespace rt::resources {

inline constexpr std::array<std::string_view, 6> k_expense_kinds { "travel", "care_cover", "interpreter", "subsistence", "equipment", "data_phone" };
inline constexpr std::array<std::string_view, 3> k_payment_methods { "bank_transfer", "voucher", "none" };

struct ExpenseRule {
    bool reimbursed { true };
    long long cap_pence { 0 }; // 0: no cap
};

struct Policy {
    Rates default_rates { 2500, 7500, 15000 };
    std::map<std::string, Rates> rates_by_kind; // activity kind -> rates
    std::map<std::string, ExpenseRule> expenses;
    long long mileage_pence_per_mile { 45 };
    std::vector<std::string> payment_methods { "bank_transfer", "voucher", "none" };
    long long backfill_day_pence { 20000 };
    std::string benefits_note;

    [[nodiscard]] Rates rates_for(std::string const& activity_kind) const;
};

[[nodiscard]] Policy default_policy();
[[nodiscard]] boost::json::object policy_json(Policy const& policy);
[[nodiscard]] Result<Policy> read_policy(boost::json::object const& body);

struct Expense {
    std::string kind;
    long long amount_pence { 0 };
    std::optional<long long> miles;
    std::optional<std::string> receipt_id;
    std::string note;
};

struct Claim {
    std::string id;
    std::string project_id;
    std::string activity_id;
    std::string person_id;
    std::optional<std::string> organisation_id; // backfill: paid to the organisation
    std::string group;
    long long minutes { 0 };
    long long time_pence { 0 };
    std::vector<Expense> expenses;
    long long expenses_pence { 0 };
    long long total_pence { 0 };
    std::string payment_method;
    std::string status { "submitted" }; // submitted | approved | rejected | paid
    std::string submitted_by;
    std::string submitted_at;
    std::optional<std::string> decided_by;
    std::optional<std::string> decided_at;
    std::string reason;
    std::optional<std::string> paid_on;
    std::string reference;
    bool over_budget { false };
    // Filled for display.
    std::string person_name;
    std::string activity_title;
    std::string organisation_name;
};

// A convener given the finance role: approves, rejects and pays claims.
[[nodiscard]] bool is_finance(soci::session& sql, Actor const& actor);

// Called by the activities module inside its attendance transaction for an
// attendee not paid by their employer to be there.
// The offer's audit record names whoever recorded the attendance.
void offer_payment(soci::session& sql, Actor const& recorder, std::string const& project_id, std::string const& activity_id,
    std::string const& person_id);

// For the home page: submitted claims the actor may decide (finance, not
// their own), oldest first; nothing (nullopt) for someone without the finance role.
[[nodiscard]] std::optional<std::vector<Claim>> claims_to_decide(soci::session& sql, Actor const& actor);

// Whether the group's people are usually paid by their employer to attend
// (council, NHS, provider and front-line staff): the default when whoever
// records attendance does not say.
[[nodiscard]] bool employer_paid(std::string_view group);

// For the barometer, counted in the database: claims approved or paid, in
// pence, by the claimant's group; the whole days from each paid claim being
// sent to its payment date; and attendances by people not paid by their
// employer to be there that have no offer of payment and no claim.
struct BarometerCounts {
    std::map<std::string, long long> spend_by_group_pence;
    std::vector<double> days_to_payment;
    long long attended_not_offered { 0 };
    long long attended_unpaid { 0 }; // attendances by people not paid by their employer
};
[[nodiscard]] BarometerCounts barometer_counts(soci::session& sql, std::string_view partnership_id, std::string_view project_id);

}
