#include "modules/resources/queries.hpp"

#include <algorithm>
#include <chrono>

#include <boost/json.hpp>

#include "core/crypto.hpp"
#include "core/time.hpp"
#include "modules/finance/queries.hpp"
#include "modules/projects/queries.hpp"
#include "modules/resources/forms.hpp"
#include "modules/resources/permissions.hpp"
#include "modules/resources/store.hpp"

namespace rt::resources {

namespace {

finance::ClaimPeople claim_people(Claim const& claim)
{
    return { claim.person_id, claim.submitted_by, claim.organisation_id };
}

// Where an attendee stands: a claim says more than the offer.
std::string attendee_status(store::AttendeeRow const& row)
{
    std::string status = !row.offer_status ? "not_offered" : *row.offer_status == "pending" ? "unanswered" : *row.offer_status;
    if (row.claim_status)
        status = *row.claim_status == "paid" ? "paid" : "claimed";
    return status;
}

}

Policy load_policy(soci::session& sql, std::string const& partnership_id)
{
    auto const text = store::policy_text(sql, partnership_id);
    if (!text)
        return default_policy();
    auto policy = read_policy(boost::json::parse(*text).as_object());
    return policy ? *policy : default_policy();
}

Policy get_policy(db::Database& database, Actor const& actor)
{
    return database.read([&](soci::session& sql) { return load_policy(sql, actor.partnership_id); });
}

bool is_finance(soci::session& sql, Actor const& actor)
{
    return finance::holds_finance(sql, actor);
}

bool employer_paid(std::string_view group)
{
    return group == "local_authority" || group == "health" || group == "provider" || group == "staff";
}

ClaimView claim_view(soci::session& sql, Actor const& actor, bool finance, Claim claim)
{
    auto const refusal = finance ? finance::claim_decision_refusal(sql, actor, claim_people(claim)) : std::nullopt;
    ClaimView view { std::move(claim), finance && !refusal, std::nullopt };
    if (finance && refusal)
        view.cannot_decide_because = std::string { finance::rule_code(*refusal) };
    return view;
}

Result<Page<ClaimView>> list_claims(db::Database& database, Actor const& actor, std::optional<std::string> const& status, PageRequest const& page)
{
    return database.read([&](soci::session& sql) -> Result<Page<ClaimView>> {
        // Others' claims (amounts, expenses) only for finance.
        bool const finance = is_finance(sql, actor);
        store::ClaimFilter filter { .status = status };
        if (!finance)
            filter.person_id = actor.person_id;
        auto claims = store::claims_page(sql, actor.partnership_id, filter, page);
        Page<ClaimView> views;
        views.next_cursor = claims.next_cursor;
        for (auto& claim : claims.items)
            views.items.push_back(claim_view(sql, actor, finance, std::move(claim)));
        return views;
    });
}

Result<ClaimView> get_claim(db::Database& database, Actor const& actor, std::string const& id)
{
    return database.read([&](soci::session& sql) -> Result<ClaimView> {
        auto claim = store::find_claim(sql, actor.partnership_id, id);
        bool const finance = is_finance(sql, actor);
        if (!claim || !can_see_claim(actor, claim->person_id, finance))
            return std::unexpected(Error::not_found("There is no such claim."));
        return claim_view(sql, actor, finance, std::move(*claim));
    });
}

std::optional<std::vector<Claim>> claims_to_decide(soci::session& sql, Actor const& actor)
{
    if (!is_finance(sql, actor))
        return std::nullopt;
    std::vector<Claim> claims;
    for (auto& claim : store::select_claims(sql, actor.partnership_id, { .status = "submitted" })) {
        if (!finance::claim_decision_refusal(sql, actor, claim_people(claim)))
            claims.push_back(std::move(claim));
    }
    return claims;
}

BudgetView budget_view(soci::session& sql, std::string const& partnership_id, std::string const& project_id)
{
    BudgetView view;
    view.project_id = project_id;
    view.budget = store::find_budget(sql, partnership_id, project_id);
    for (auto const& claim : store::select_claims(sql, partnership_id, { .project_id = project_id })) {
        if (claim.status == "approved" || claim.status == "paid") {
            view.committed_pence += claim.total_pence;
            view.committed_by_group[claim.group] += claim.total_pence;
        }
        if (claim.status == "paid") {
            view.spent_pence += claim.total_pence;
            view.spent_by_group[claim.group] += claim.total_pence;
        }
    }
    return view;
}

Result<BudgetView> get_budget(db::Database& database, Actor const& actor, std::string const& project_id)
{
    return database.read([&](soci::session& sql) -> Result<BudgetView> {
        // Anyone in the project's partnership sees its budget; another partnership's project is not found.
        if (auto organiser = projects::can_organise(sql, actor, project_id); !organiser)
            return std::unexpected(organiser.error());
        return budget_view(sql, actor.partnership_id, project_id);
    });
}

MyPayments my_payments(db::Database& database, Actor const& actor, PageRequest const& page)
{
    return database.read([&](soci::session& sql) {
        auto const [paid, approved] = store::paid_and_approved_pence(sql, actor.partnership_id, actor.person_id);
        return MyPayments { store::claims_page(sql, actor.partnership_id, { .person_id = actor.person_id }, page), paid, approved };
    });
}

Result<BankDetailsShown> my_bank_details(db::Database& database, std::string const& data_key, Actor const& actor)
{
    return database.read([&](soci::session& sql) -> Result<BankDetailsShown> {
        auto const details = store::find_bank_details(sql, actor.partnership_id, actor.person_id);
        if (!details)
            return std::unexpected(Error::not_found("No bank details are saved."));
        std::string name;
        if (auto const opened = open_sealed(details->sealed, data_key))
            name = std::string { boost::json::parse(*opened).at("account_name").as_string() };
        return BankDetailsShown { name, details->last4, details->updated_at };
    });
}

Page<Offer> my_offers(db::Database& database, Actor const& actor, PageRequest const& page)
{
    return database.read([&](soci::session& sql) {
        return finish_page(store::list_offers(sql, actor.partnership_id, actor.person_id, page), page.limit,
            [](Offer const& offer) { return NameCursor { offer.created_at, offer.id }; });
    });
}

Result<Unpaid> unpaid(db::Database& database, Actor const& actor, std::string const& project_id, PageRequest const& page)
{
    return database.read([&](soci::session& sql) -> Result<Unpaid> {
        auto organiser = projects::can_organise(sql, actor, project_id);
        if (!organiser)
            return std::unexpected(organiser.error());
        if (!can_see_unpaid(*organiser, is_finance(sql, actor)))
            return std::unexpected(Error::forbidden("Only the project's organisers and finance see who has not been paid."));
        Unpaid result;
        result.counts = { { "not_offered", 0 }, { "unanswered", 0 }, { "accepted", 0 }, { "claimed", 0 }, { "paid", 0 }, { "declined", 0 } };
        for (auto const& row : store::attendees(sql, actor.partnership_id, project_id, std::nullopt))
            ++result.counts[attendee_status(row)];
        std::vector<Attendee> found;
        for (auto& row : store::attendees(sql, actor.partnership_id, project_id, page)) {
            auto status = attendee_status(row);
            found.push_back({ std::move(row), std::move(status) });
        }
        result.attendees = finish_page(std::move(found), page.limit,
            [](Attendee const& attendee) { return NameCursor { attendee.row.attended_at + "|" + attendee.row.activity_id, attendee.row.person_id }; });
        return result;
    });
}

std::filesystem::path receipt_path(std::filesystem::path const& files_dir, std::string const& partnership_id, std::string const& id)
{
    return files_dir / "receipts" / partnership_id / id;
}

Result<ReceiptFile> get_receipt(db::Database& database, std::filesystem::path const& files_dir, Actor const& actor, std::string const& id)
{
    return database.read([&](soci::session& sql) -> Result<ReceiptFile> {
        auto const receipt = store::find_receipt(sql, actor.partnership_id, id);
        if (!receipt)
            return std::unexpected(Error::not_found("There is no such receipt."));
        std::string claimant;
        if (receipt->claim_id)
            if (auto const claim = store::find_claim(sql, actor.partnership_id, *receipt->claim_id))
                claimant = claim->person_id;
        if (!can_see_receipt(actor, receipt->uploaded_by, claimant, is_finance(sql, actor)))
            return std::unexpected(Error::not_found("There is no such receipt."));
        return ReceiptFile { receipt_path(files_dir, actor.partnership_id, id), receipt->media_type };
    });
}

BarometerCounts barometer_counts(soci::session& sql, std::string_view partnership_id, std::string_view project_id)
{
    std::string const partnership { partnership_id }, project { project_id };
    BarometerCounts counts;
    for (auto const& [group, pence] : store::spend_by_group(sql, partnership, project))
        counts.spend_by_group_pence[group] = pence;
    for (auto const& [submitted_at, paid_on] : store::paid_claim_dates(sql, partnership, project)) {
        // Whole days between the two dates (the day it was sent, the day it was paid).
        auto const sent = parse_time(submitted_at.substr(0, 10) + "T00:00:00Z");
        auto const paid = parse_time(paid_on + "T00:00:00Z");
        if (sent && paid)
            counts.days_to_payment.push_back(
                static_cast<double>(std::max<long long>(0, std::chrono::duration_cast<std::chrono::hours>(*paid - *sent).count() / 24)));
    }
    std::tie(counts.attended_unpaid, counts.attended_not_offered) = store::unpaid_and_not_offered(sql, partnership, project);
    return counts;
}

ClaimTotals claim_totals(soci::session& sql, std::string const& partnership_id, std::vector<std::string> const& activity_ids)
{
    ClaimTotals totals;
    for (auto const& activity_id : activity_ids) {
        for (auto const& [status, pence] : store::claim_amounts(sql, partnership_id, activity_id)) {
            if (status == "paid")
                totals.spent_pence += pence;
            else if (status == "submitted" || status == "approved")
                totals.committed_pence += pence;
            else
                continue;
            ++totals.claims;
        }
    }
    return totals;
}

}
