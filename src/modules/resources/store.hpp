#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <soci/soci.h>

#include "core/cursor.hpp"
#include "modules/resources/model.hpp"

// The resources module's SQL: participation_policies, project_budgets,
// claims, receipts, payment_offers and bank_details. Every value is bound,
// never written into the SQL.
namespace rt::resources::store {

[[nodiscard]] std::optional<std::string> policy_text(soci::session& sql, std::string const& partnership_id);
void save_policy(soci::session& sql, std::string const& partnership_id, std::string const& policy_text, std::string const& by, std::string const& at);

[[nodiscard]] Budget find_budget(soci::session& sql, std::string const& partnership_id, std::string const& project_id);
void save_budget(soci::session& sql, std::string const& partnership_id, std::string const& project_id, Budget const& budget, std::string const& by,
    std::string const& at);

// Which claims: every field given narrows the list.
struct ClaimFilter {
    std::optional<std::string> id;
    std::optional<std::string> person_id;
    std::optional<std::string> project_id;
    std::optional<std::string> status;
};
// In the order they were sent, with the claimant's name, the activity's
// title and the organisation's name. With a page: that keyset page on
// (submitted_at, id), limit + 1 rows.
[[nodiscard]] std::vector<Claim> select_claims(soci::session& sql, std::string const& partnership_id, ClaimFilter const& filter,
    std::optional<PageRequest> const& page = std::nullopt);
[[nodiscard]] Page<Claim> claims_page(soci::session& sql, std::string const& partnership_id, ClaimFilter const& filter, PageRequest const& page);
[[nodiscard]] std::optional<Claim> find_claim(soci::session& sql, std::string const& partnership_id, std::string const& id);
// Claims for this activity and person that are not rejected.
[[nodiscard]] long long open_claims(soci::session& sql, std::string const& activity_id, std::string const& person_id);
void insert_claim(soci::session& sql, std::string const& partnership_id, Claim const& claim, std::string const& early_reason);
void approve_claim(soci::session& sql, std::string const& id, std::string const& by, std::string const& at, bool over_budget);
void reject_claim(soci::session& sql, std::string const& id, std::string const& by, std::string const& at, std::string const& reason);
void mark_paid(soci::session& sql, std::string const& id, std::string const& paid_on, std::string const& reference);
// A person's own totals over all their claims paid to them (not backfill).
[[nodiscard]] std::pair<long long, long long> paid_and_approved_pence(soci::session& sql, std::string const& partnership_id, std::string const& person_id);

void insert_receipt(soci::session& sql, std::string const& partnership_id, Receipt const& receipt);
[[nodiscard]] std::optional<Receipt> find_receipt(soci::session& sql, std::string const& partnership_id, std::string const& id);
void attach_receipt(soci::session& sql, std::string const& receipt_id, std::string const& claim_id);
// A rejected claim's receipts can go with a new claim.
void detach_receipts(soci::session& sql, std::string const& claim_id);

// Whether an offer was made now (there was none for this attendance).
[[nodiscard]] bool insert_offer(soci::session& sql, std::string const& partnership_id, std::string const& project_id, std::string const& activity_id,
    std::string const& person_id, std::string const& at);
[[nodiscard]] std::optional<Offer> find_offer(soci::session& sql, std::string const& partnership_id, std::string const& id);
void set_offer_status(soci::session& sql, std::string const& id, std::string const& status, std::string const& at);
void mark_offer_claimed(soci::session& sql, std::string const& activity_id, std::string const& person_id, std::string const& at);
// After a rejection the offer stands again, unanswered, until a new claim.
void reopen_offer(soci::session& sql, std::string const& activity_id, std::string const& person_id);
// Newest first: a keyset page on (created_at, id), limit + 1 rows.
[[nodiscard]] std::vector<Offer> list_offers(soci::session& sql, std::string const& partnership_id, std::string const& person_id, PageRequest const& page);

[[nodiscard]] bool has_bank_details(soci::session& sql, std::string const& partnership_id, std::string const& person_id);
[[nodiscard]] std::optional<BankDetails> find_bank_details(soci::session& sql, std::string const& partnership_id, std::string const& person_id);
void save_bank_details(soci::session& sql, std::string const& partnership_id, std::string const& person_id, BankDetails const& details);

// What a claim needs to know of the activity and of the claimant's
// attendance, and of a backfill organisation.
// NOTE: these read the engagement and partnership modules' tables inside the
// claim's own transaction (its lock is held), which those modules' queries,
// each opening a transaction of their own, cannot do.
struct ActivityFacts {
    std::string project_id;
    std::string kind;
    std::string starts_at;
    std::string ends_at;
};
[[nodiscard]] std::optional<ActivityFacts> find_activity(soci::session& sql, std::string const& partnership_id, std::string const& activity_id);
struct AttendanceFacts {
    std::string group;
    bool paid_by_employer { false };
};
[[nodiscard]] std::optional<AttendanceFacts> find_attendance(soci::session& sql, std::string const& activity_id, std::string const& person_id);
// The sector of an organisation the person belongs to; nothing when they do not.
[[nodiscard]] std::optional<std::string> member_organisation_sector(soci::session& sql, std::string const& partnership_id,
    std::string const& organisation_id, std::string const& person_id);

// A project's attendees not paid by their employer to be there, with the
// offer's status and the latest claim's that is not rejected.
struct AttendeeRow {
    std::string person_id;
    std::string name;
    std::string activity_id;
    std::string activity_title;
    std::string attended_at;
    std::string group;
    std::optional<std::string> offer_status;
    std::optional<std::string> claim_status;
};
// In the order attendance was recorded; one person attends many activities,
// so the key is the time and the activity. With no page, every attendee.
[[nodiscard]] std::vector<AttendeeRow> attendees(soci::session& sql, std::string const& partnership_id, std::string const& project_id,
    std::optional<PageRequest> const& page);

// For the barometer: approved or paid pence by group; each paid claim's
// sending and payment dates; attendances not paid by an employer, and those
// of them with no offer and no claim.
[[nodiscard]] std::vector<std::pair<std::string, long long>> spend_by_group(soci::session& sql, std::string const& partnership_id,
    std::string const& project_id);
[[nodiscard]] std::vector<std::pair<std::string, std::string>> paid_claim_dates(soci::session& sql, std::string const& partnership_id,
    std::string const& project_id);
[[nodiscard]] std::pair<long long, long long> unpaid_and_not_offered(soci::session& sql, std::string const& partnership_id, std::string const& project_id);

// Each claim for an activity: (status, total in pence).
[[nodiscard]] std::vector<std::pair<std::string, long long>> claim_amounts(soci::session& sql, std::string const& partnership_id,
    std::string const& activity_id);

}
