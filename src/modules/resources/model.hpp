#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "modules/resources/money.hpp"

// Resources to take part: the participation policy, project budgets, claims
// for time and expenses (with receipts), payment offers made when attendance
// is recorded, and bank details. These are the stored types.
namespace rt::resources {

inline constexpr std::array<std::string_view, 6> k_expense_kinds { "travel", "care_cover", "interpreter", "subsistence", "equipment", "data_phone" };
inline constexpr std::array<std::string_view, 3> k_payment_methods { "bank_transfer", "voucher", "none" };
inline constexpr std::array<std::string_view, 4> k_claim_statuses { "submitted", "approved", "rejected", "paid" };

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
    [[nodiscard]] bool pays_by(std::string_view method) const;
};

// Starting figures for a partnership to change.
[[nodiscard]] Policy default_policy();

struct Budget {
    long long total_pence { 0 };
    std::map<std::string, long long> by_group;
    bool set { false };
};

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

struct Receipt {
    std::string id;
    std::string uploaded_by;
    std::string media_type;
    long long size { 0 };
    std::string sha256;
    std::string file_name;
    std::optional<std::string> claim_id;
    std::string created_at;
};

struct Offer {
    std::string id;
    std::string person_id;
    std::string activity_id;
    std::string activity_title;
    std::string starts_at;
    std::string status; // pending | accepted | declined | claimed
    std::string created_at;
};

// What is kept of a person's bank details: the account sealed with the data
// key, and its last four digits to show.
struct BankDetails {
    std::string sealed;
    std::string last4;
    std::string updated_at;
};

}
