#include "modules/resources/commands.hpp"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <map>
#include <set>

#include <boost/json.hpp>

#include "core/crypto.hpp"
#include "core/form.hpp"
#include "core/ids.hpp"
#include "core/time.hpp"
#include "modules/finance/commands.hpp"
#include "modules/finance/queries.hpp"
#include "modules/notifications/commands.hpp"
#include "modules/privacy/audit.hpp"
#include "modules/projects/queries.hpp"
#include "modules/resources/permissions.hpp"
#include "modules/resources/presenters.hpp"
#include "modules/resources/store.hpp"

namespace rt::resources {

namespace {

finance::ClaimPeople claim_people(Claim const& claim)
{
    return { claim.person_id, claim.submitted_by, claim.organisation_id };
}

// What the bytes are, by their first bytes (not by the name or the header).
std::optional<std::string> sniff(std::string_view bytes)
{
    if (bytes.starts_with("%PDF-"))
        return "application/pdf";
    if (bytes.size() >= 3 && static_cast<unsigned char>(bytes[0]) == 0xFF && static_cast<unsigned char>(bytes[1]) == 0xD8
        && static_cast<unsigned char>(bytes[2]) == 0xFF)
        return "image/jpeg";
    if (bytes.starts_with("\x89PNG\r\n\x1a\n"))
        return "image/png";
    return std::nullopt;
}

// The file goes if the row does not: nothing half-written.
struct RemoveUnlessKept {
    std::filesystem::path path;
    bool keep { false };
    ~RemoveUnlessKept()
    {
        if (!keep) {
            std::error_code ignored;
            std::filesystem::remove(path, ignored);
        }
    }
};

// The person's time: a backfill organisation is paid a day rate from five
// hours and half of it (to the nearest penny, halves up) below that;
// otherwise the policy's rates for the activity's kind. Nothing for no time.
long long pence_for_time(Policy const& policy, ClaimForm const& form, std::string const& activity_kind, long long minutes)
{
    if (!form.include_time)
        return 0;
    if (form.backfill_organisation_id.empty())
        return time_pence(policy.rates_for(activity_kind), minutes);
    if (minutes <= 0)
        return 0;
    return minutes >= 300 ? policy.backfill_day_pence : (policy.backfill_day_pence + 1) / 2;
}

// Each line against the policy (caps are per kind for the whole claim, so
// splitting a taxi fare over two lines does not get round one), and each
// receipt uploaded by the claimant or whoever claims for them, with no other claim.
Status check_expenses(soci::session& sql, Actor const& actor, std::string const& person_id, Policy const& policy, std::vector<Expense>& expenses)
{
    std::map<std::string, long long> claimed_by_kind;
    std::set<std::string> receipts_used;
    for (std::size_t i = 0; i < expenses.size(); ++i) {
        auto& expense = expenses[i];
        auto const field = "expenses[" + std::to_string(i) + "]";
        auto const rule = policy.expenses.find(expense.kind);
        if (rule == policy.expenses.end() || !rule->second.reimbursed)
            return std::unexpected(Error::invalid_field(field + ".kind", "This partnership does not pay this kind of expense."));
        if (expense.miles)
            expense.amount_pence = *expense.miles * policy.mileage_pence_per_mile;
        auto& claimed = claimed_by_kind[expense.kind];
        claimed += expense.amount_pence;
        if (rule->second.cap_pence > 0 && claimed > rule->second.cap_pence)
            return std::unexpected(Error::invalid_field(field + ".amount_pence", "This is over the limit of " + pounds(rule->second.cap_pence)
                    + " for this kind of expense" + (claimed > expense.amount_pence ? " (with the lines above it)" : "")
                    + ". Ask the organiser before spending more."));
        if (expense.receipt_id && !receipts_used.insert(*expense.receipt_id).second)
            return std::unexpected(Error::invalid_field(field + ".receipt_id", "This receipt is already on another line."));
        if (expense.receipt_id) {
            auto const receipt = store::find_receipt(sql, actor.partnership_id, *expense.receipt_id);
            if (!receipt || (receipt->uploaded_by != actor.person_id && receipt->uploaded_by != person_id) || receipt->claim_id)
                return std::unexpected(Error::invalid_field(field + ".receipt_id", "Upload the receipt first; each receipt goes with one claim."));
        }
    }
    return {};
}

// A bank transfer needs an account to pay into: the payee's. The payee is
// the person, except for backfill, where their organisation is paid for the
// time (and the expenses on the same claim) through finance's own supplier
// records, which Roundtable does not hold; so only a claim paid to the
// person needs the person's bank details here.
Status check_bank_details(soci::session& sql, Actor const& actor, std::string const& person_id, Policy const& policy, ClaimForm const& form)
{
    if (form.payment_method != "bank_transfer" || !form.backfill_organisation_id.empty())
        return {};
    if (store::has_bank_details(sql, actor.partnership_id, person_id))
        return {};
    bool const vouchers = policy.pays_by("voucher");
    return std::unexpected(Error::invalid_field("payment_method", person_id == actor.person_id
            ? (vouchers ? "Add your bank details first, or choose a voucher." : "Add your bank details first.")
            : (vouchers ? "This person has no bank details on file: ask them to add theirs on their Payments page, or choose a voucher."
                        : "This person has no bank details on file: ask them to add theirs on their Payments page.")));
}

// Approving: a claim that takes the project, or the claimant's group, over
// its budget is approved only when finance confirm it. Returns whether it is over.
Result<bool> check_budget(soci::session& sql, std::string const& partnership_id, Claim const& claim, bool confirmed)
{
    auto const budget = store::find_budget(sql, partnership_id, claim.project_id);
    long long committed = 0, committed_for_group = 0;
    for (auto const& other : store::select_claims(sql, partnership_id, { .project_id = claim.project_id }))
        if (other.status == "approved" || other.status == "paid") {
            committed += other.total_pence;
            if (other.group == claim.group)
                committed_for_group += other.total_pence;
        }
    auto const group_budget = budget.by_group.find(claim.group);
    bool const over_total = budget.set && committed + claim.total_pence > budget.total_pence;
    bool const over_group = budget.set && group_budget != budget.by_group.end() && committed_for_group + claim.total_pence > group_budget->second;
    if ((over_total || over_group) && !confirmed) {
        auto error = Error::conflict(over_total
                ? "Approving this takes the project over its participation budget of " + pounds(budget.total_pence) + ". Confirm to approve it anyway."
                : "Approving this takes the group over its share of the budget, " + pounds(group_budget->second) + ". Confirm to approve it anyway.");
        error.code = "over_budget";
        return std::unexpected(error);
    }
    return over_total || over_group;
}

// A decision's name in the audit log ("claim.approve") and the claim's status after it.
struct DecisionWords {
    std::string_view name;
    std::string_view status;
};

DecisionWords words_for(Decision decision)
{
    switch (decision) {
    case Decision::Reject:
        return { "reject", "rejected" };
    case Decision::Paid:
        return { "paid", "paid" };
    case Decision::Approve:
        break;
    }
    return { "approve", "approved" };
}

}

Result<Policy> set_policy(db::Database& database, Actor const& actor, Policy const& policy)
{
    if (!can_set_policy(actor))
        return std::unexpected(Error::forbidden("Only conveners set the participation policy."));
    return database.write([&](soci::session& sql) -> Result<Policy> {
        store::save_policy(sql, actor.partnership_id, boost::json::serialize(policy_json(policy)), actor.person_id, now_text());
        privacy::record(sql, actor.partnership_id, actor.person_id, { "policy.updated", "partnership", actor.partnership_id });
        return policy;
    });
}

Result<BudgetView> set_budget(db::Database& database, Actor const& actor, std::string const& project_id, BudgetForm const& form)
{
    if (!can_set_budget(actor))
        return std::unexpected(Error::forbidden("Only conveners set budgets."));
    return database.write([&](soci::session& sql) -> Result<BudgetView> {
        if (auto organiser = projects::can_organise(sql, actor, project_id); !organiser)
            return std::unexpected(organiser.error());
        store::save_budget(sql, actor.partnership_id, project_id, { form.total_pence, form.by_group, true }, actor.person_id, now_text());
        privacy::record(sql, actor.partnership_id, actor.person_id, { "budget.set", "project", project_id });
        return budget_view(sql, actor.partnership_id, project_id);
    });
}

Result<Receipt> store_receipt(db::Database& database, std::filesystem::path const& files_dir, Actor const& actor, std::string_view bytes,
    std::string_view declared_type, std::string file_name)
{
    auto const actual = sniff(bytes);
    if (bytes.empty() || !actual || *actual != declared_type)
        return std::unexpected(Error::invalid_field("file", "Upload a PDF, JPEG or PNG: this file's contents are not what its type says."));
    if (code_point_count(file_name) > 200 || file_name.find_first_of("/\\\r\n") != std::string::npos)
        file_name = "receipt";
    Receipt receipt;
    receipt.id = new_id();
    receipt.uploaded_by = actor.person_id;
    receipt.media_type = *actual;
    receipt.size = static_cast<long long>(bytes.size());
    receipt.sha256 = sha256_hex(bytes);
    receipt.file_name = std::move(file_name);
    auto const path = receipt_path(files_dir, actor.partnership_id, receipt.id);
    std::filesystem::create_directories(path.parent_path());
    {
        std::ofstream file { path, std::ios::binary };
        file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        if (!file)
            return std::unexpected(Error { ErrorKind::Unavailable, "The file could not be stored. Try again." });
    }
    RemoveUnlessKept guard { path };
    auto result = database.write([&](soci::session& sql) -> Result<Receipt> {
        receipt.created_at = now_text();
        store::insert_receipt(sql, actor.partnership_id, receipt);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "receipt.uploaded", "receipt", receipt.id });
        return receipt;
    });
    guard.keep = result.has_value();
    return result;
}

Result<Claim> create_claim(db::Database& database, Actor const& actor, ClaimForm const& form)
{
    auto const person_id = form.person_id.empty() ? actor.person_id : form.person_id;
    return database.write([&](soci::session& sql) -> Result<Claim> {
        privacy::lock_for_change(sql, actor.partnership_id);
        if (!can_claim_for(actor, person_id))
            return std::unexpected(Error::forbidden("Only conveners claim for someone else."));
        auto const policy = load_policy(sql, actor.partnership_id);
        // The activity, and that the person attended it.
        auto const activity = store::find_activity(sql, actor.partnership_id, form.activity_id);
        if (!activity)
            return std::unexpected(Error::invalid_field("activity_id", "Choose an activity you attended."));
        // Claims are for time already given: before the start only a convener
        // claims, with a reason kept on the claim and in the audit log.
        auto const start = parse_time(activity->starts_at), end = parse_time(activity->ends_at);
        if (start && *start > now()) {
            if (form.early_reason.empty()) {
                Error error = Error::conflict("This activity has not started yet, so there is nothing to claim for. "
                                              "A convener can record a claim early by giving a reason.");
                error.code = "not_started";
                return std::unexpected(std::move(error));
            }
            if (!can_claim_early(actor))
                return std::unexpected(Error::forbidden("Only a convener can record a claim before an activity starts."));
        }
        auto const attendance = store::find_attendance(sql, form.activity_id, person_id);
        if (!attendance)
            return std::unexpected(Error::invalid_field("activity_id", "Claims are for activities the person attended (ask the organiser to record it)."));
        // Someone paid by their employer to be there is not paid twice for the time: they claim
        // expenses only, or their (VCS) organisation claims backfill for it.
        bool const backfill = !form.backfill_organisation_id.empty();
        if (attendance->paid_by_employer && form.include_time && !backfill)
            return std::unexpected(Error::invalid_field("include_time",
                "The person's employer pays them for this time, so claim expenses only, or let their organisation claim for the time."));
        if (form.payment_method == "none")
            return std::unexpected(Error::invalid_field("payment_method", "A claim asks to be paid. To say no to payment, decline the offer instead."));
        if (backfill && !form.include_time)
            return std::unexpected(Error::invalid_field("backfill_organisation_id",
                "An organisation claims for its worker's time; claim expenses alone for the person."));
        if (store::open_claims(sql, form.activity_id, person_id) > 0)
            return std::unexpected(Error::conflict("There is already a claim for this activity."));
        if (!policy.pays_by(form.payment_method))
            return std::unexpected(Error::invalid_field("payment_method", "This partnership does not pay that way."));
        if (auto checked = check_bank_details(sql, actor, person_id, policy, form); !checked)
            return std::unexpected(checked.error());

        Claim claim;
        claim.id = new_id();
        claim.project_id = activity->project_id;
        claim.activity_id = form.activity_id;
        claim.person_id = person_id;
        claim.group = attendance->group;
        claim.payment_method = form.payment_method;
        long long const length = start && end ? std::chrono::duration_cast<std::chrono::minutes>(*end - *start).count() : 0;
        if (form.include_time && form.minutes && length > 0 && *form.minutes > length && !can_claim_more_than_the_activity(actor))
            return std::unexpected(Error::invalid_field("minutes",
                "The activity lasted " + std::to_string(length) + " minutes. Ask a convener to claim for preparation or travel time."));
        claim.minutes = form.include_time ? std::max(0LL, form.minutes.value_or(length)) : 0;
        if (backfill) {
            // Backfill: the organisation is paid for its worker's time.
            auto const sector = store::member_organisation_sector(sql, actor.partnership_id, form.backfill_organisation_id, person_id);
            if (!sector || *sector != "vcs")
                return std::unexpected(Error::invalid_field("backfill_organisation_id", "Choose the VCS organisation the person works for."));
            claim.organisation_id = form.backfill_organisation_id;
        }
        claim.time_pence = pence_for_time(policy, form, activity->kind, claim.minutes);
        claim.expenses = form.expenses;
        if (auto checked = check_expenses(sql, actor, person_id, policy, claim.expenses); !checked)
            return std::unexpected(checked.error());
        for (auto const& expense : claim.expenses)
            claim.expenses_pence += expense.amount_pence;
        claim.total_pence = claim.time_pence + claim.expenses_pence;
        claim.submitted_by = actor.person_id;
        claim.submitted_at = now_text();
        store::insert_claim(sql, actor.partnership_id, claim, form.early_reason);
        for (auto const& expense : claim.expenses)
            if (expense.receipt_id)
                store::attach_receipt(sql, *expense.receipt_id, claim.id);
        store::mark_offer_claimed(sql, form.activity_id, person_id, claim.submitted_at);
        privacy::record(sql, actor.partnership_id, actor.person_id,
            { .action = "claim.submitted", .subject_type = "claim", .subject_id = claim.id,
                .fields = form.early_reason.empty() ? std::vector<std::string> {} : std::vector<std::string> { "early_reason" } });
        return *store::find_claim(sql, actor.partnership_id, claim.id);
    });
}

Result<ClaimView> decide_claim(db::Database& database, Actor const& actor, std::string const& claim_id, DecisionForm const& form)
{
    // The finance controls first: a refusal is recorded for all conveners to see.
    auto const seen = database.read([&](soci::session& sql) -> Result<Claim> {
        auto claim = store::find_claim(sql, actor.partnership_id, claim_id);
        if (!claim || !can_see_claim(actor, claim->person_id, is_finance(sql, actor)))
            return std::unexpected(Error::not_found("There is no such claim."));
        return *claim;
    });
    if (!seen)
        return std::unexpected(seen.error());
    if (auto allowed = finance::check_claim_decision(database, actor, claim_people(*seen), claim_id); !allowed)
        return std::unexpected(allowed.error());
    return database.write([&](soci::session& sql) -> Result<ClaimView> {
        privacy::lock_for_change(sql, actor.partnership_id);
        auto claim = store::find_claim(sql, actor.partnership_id, claim_id);
        bool const finance = is_finance(sql, actor);
        if (!claim || !can_see_claim(actor, claim->person_id, finance))
            return std::unexpected(Error::not_found("There is no such claim."));
        if (auto const refusal = finance::claim_decision_refusal(sql, actor, claim_people(*claim)))
            return std::unexpected(Error::forbidden(std::string { finance::rule_text(*refusal) }));
        auto const wanted = form.decision == Decision::Paid ? "approved" : "submitted";
        if (claim->status != wanted)
            return std::unexpected(
                Error::conflict(form.decision == Decision::Paid ? "Only approved claims are marked paid." : "This claim has been decided already."));
        auto const at = now_text();
        bool over_budget = false;
        switch (form.decision) {
        case Decision::Approve: {
            auto const over = check_budget(sql, actor.partnership_id, *claim, form.confirm_over_budget);
            if (!over)
                return std::unexpected(over.error());
            over_budget = *over;
            store::approve_claim(sql, claim_id, actor.person_id, at, over_budget);
            break;
        }
        case Decision::Reject:
            store::reject_claim(sql, claim_id, actor.person_id, at, form.reason);
            // The receipts can go with a new claim, and the offer stands again (unanswered) until one is made.
            store::detach_receipts(sql, claim_id);
            store::reopen_offer(sql, claim->activity_id, claim->person_id);
            break;
        case Decision::Paid:
            store::mark_paid(sql, claim_id, form.paid_on, form.reference);
            break;
        }
        privacy::record(sql, actor.partnership_id, actor.person_id,
            { over_budget ? "claim.approved_over_budget" : "claim." + std::string { words_for(form.decision).name }, "claim", claim_id });
        // The claimant hears of each step: approved, not approved (with why), paid.
        std::string const status { words_for(form.decision).status };
        notifications::notify(sql, actor.partnership_id,
            { claim->person_id, "claim_decided",
                boost::json::serialize(boost::json::object { { "claim_id", claim_id }, { "status", status },
                    { "reason", form.decision == Decision::Reject ? form.reason : std::string {} }, { "amount_pence", claim->total_pence } }),
                "/claims/" + claim_id, "claim_decided:" + claim_id + ":" + status });
        return claim_view(sql, actor, finance, *store::find_claim(sql, actor.partnership_id, claim_id));
    });
}

Result<BankDetailsShown> save_bank_details(db::Database& database, std::string const& data_key, Actor const& actor, BankDetailsForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<BankDetailsShown> {
        BankDetails details;
        details.sealed = seal(boost::json::serialize(boost::json::object {
                                  { "account_name", form.account_name }, { "sort_code", form.sort_code }, { "account_number", form.account_number } }),
            data_key);
        details.last4 = form.account_number.substr(4);
        details.updated_at = now_text();
        store::save_bank_details(sql, actor.partnership_id, actor.person_id, details);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "bank_details.saved", "person", actor.person_id });
        return BankDetailsShown { form.account_name, details.last4, details.updated_at };
    });
}

Result<Offer> answer_offer(db::Database& database, Actor const& actor, std::string const& offer_id, OfferAnswer answer)
{
    std::string const status = answer == OfferAnswer::Accept ? "accepted" : "declined";
    return database.write([&](soci::session& sql) -> Result<Offer> {
        privacy::lock_for_change(sql, actor.partnership_id); // against a claim at the same moment
        auto offer = store::find_offer(sql, actor.partnership_id, offer_id);
        if (!offer || !can_answer_offer(actor, offer->person_id))
            return std::unexpected(Error::not_found("There is no such offer."));
        if (offer->status == "claimed")
            return std::unexpected(Error::conflict("A claim has been made for this already."));
        store::set_offer_status(sql, offer_id, status, now_text());
        privacy::record(sql, actor.partnership_id, actor.person_id, { "payment_offer." + status, "payment_offer", offer_id });
        offer->status = status;
        return *offer;
    });
}

void offer_payment(soci::session& sql, Actor const& recorder, std::string const& project_id, std::string const& activity_id,
    std::string const& person_id)
{
    if (store::insert_offer(sql, recorder.partnership_id, project_id, activity_id, person_id, now_text()))
        privacy::record(sql, recorder.partnership_id, recorder.person_id, { "payment.offered", "activity", activity_id, std::nullopt, person_id });
}

}
