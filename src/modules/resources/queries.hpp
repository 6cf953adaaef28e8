#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <soci/soci.h>

#include "core/actor.hpp"
#include "core/cursor.hpp"
#include "core/error.hpp"
#include "db/database.hpp"
#include "modules/resources/model.hpp"
#include "modules/resources/store.hpp"

// Reads, for this module's routes and for other modules (the home page, the
// barometer, attendance).
namespace rt::resources {

// The partnership's policy, or the starting one when none is set.
[[nodiscard]] Policy load_policy(soci::session& sql, std::string const& partnership_id);
[[nodiscard]] Policy get_policy(db::Database& database, Actor const& actor);

// A convener given the finance role: approves, rejects and pays claims.
[[nodiscard]] bool is_finance(soci::session& sql, Actor const& actor);

// Whether the group's people are usually paid by their employer to attend
// (council, NHS, provider and front-line staff): the default when whoever
// records attendance does not say.
[[nodiscard]] bool employer_paid(std::string_view group);

// A claim as its reader sees it: finance are told whether they may decide it,
// and if not, the finance control's code that says why.
struct ClaimView {
    Claim claim;
    bool can_decide { false };
    std::optional<std::string> cannot_decide_because;
};
[[nodiscard]] ClaimView claim_view(soci::session& sql, Actor const& actor, bool finance, Claim claim);

// Claims: my own, or everyone's for finance; `status` narrows them.
[[nodiscard]] Result<Page<ClaimView>> list_claims(db::Database& database, Actor const& actor, std::optional<std::string> const& status,
    PageRequest const& page);
[[nodiscard]] Result<ClaimView> get_claim(db::Database& database, Actor const& actor, std::string const& id);

// For the home page: submitted claims the actor may decide (finance, not
// their own), oldest first; nothing (nullopt) for someone without the finance role.
[[nodiscard]] std::optional<std::vector<Claim>> claims_to_decide(soci::session& sql, Actor const& actor);

// A project's budget beside what approved claims commit and paid ones spend.
struct BudgetView {
    std::string project_id;
    Budget budget;
    long long committed_pence { 0 };
    long long spent_pence { 0 };
    std::map<std::string, long long> committed_by_group;
    std::map<std::string, long long> spent_by_group;
};
[[nodiscard]] BudgetView budget_view(soci::session& sql, std::string const& partnership_id, std::string const& project_id);
[[nodiscard]] Result<BudgetView> get_budget(db::Database& database, Actor const& actor, std::string const& project_id);

// My claims, and my totals over all of them: backfill is paid to the
// worker's organisation, not to them, so it is listed but not in the totals
// (which people on benefits may show to an assessor).
struct MyPayments {
    Page<Claim> claims;
    long long paid_pence { 0 };
    long long approved_pence { 0 };
};
[[nodiscard]] MyPayments my_payments(db::Database& database, Actor const& actor, PageRequest const& page);

// My bank details as shown again: the name and the last four digits.
struct BankDetailsShown {
    std::string account_name;
    std::string account_ending;
    std::string updated_at;
};
[[nodiscard]] Result<BankDetailsShown> my_bank_details(db::Database& database, std::string const& data_key, Actor const& actor);

[[nodiscard]] Page<Offer> my_offers(db::Database& database, Actor const& actor, PageRequest const& page);

// A project's attendees not paid by their employer, and where each stands:
// not_offered, unanswered, accepted, declined, claimed or paid; the counts
// are over every attendee, not the page.
struct Attendee {
    store::AttendeeRow row;
    std::string status;
};
struct Unpaid {
    Page<Attendee> attendees;
    std::map<std::string, long long> counts;
};
[[nodiscard]] Result<Unpaid> unpaid(db::Database& database, Actor const& actor, std::string const& project_id, PageRequest const& page);

// A receipt's file, for those who may see it.
struct ReceiptFile {
    std::filesystem::path path;
    std::string media_type;
};
[[nodiscard]] std::filesystem::path receipt_path(std::filesystem::path const& files_dir, std::string const& partnership_id, std::string const& id);
[[nodiscard]] Result<ReceiptFile> get_receipt(db::Database& database, std::filesystem::path const& files_dir, Actor const& actor, std::string const& id);

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

// What the claims for these activities come to, for a budget that spends
// through them (an initiative's): submitted or approved is committed, paid is spent.
struct ClaimTotals {
    long long committed_pence { 0 };
    long long spent_pence { 0 };
    long long claims { 0 };
};
[[nodiscard]] ClaimTotals claim_totals(soci::session& sql, std::string const& partnership_id, std::vector<std::string> const& activity_ids);

}
