#include "modules/finance/commands.hpp"

#include "core/form.hpp"
#include "core/ids.hpp"
#include "core/time.hpp"
#include "modules/finance/permissions.hpp"
#include "modules/finance/store.hpp"
#include "modules/partnership/queries.hpp"
#include "modules/privacy/audit.hpp"

namespace rt::finance {

namespace {

void record_event(soci::session& sql, Actor const& actor, std::string kind, std::optional<Rule> rule, std::optional<std::string> person_id,
    std::optional<std::string> claim_id, std::optional<std::string> request_id)
{
    store::insert_event(sql, { new_id(), actor.partnership_id, now_text(), std::move(kind), rule ? std::string { rule_code(*rule) } : "",
        actor.person_id, std::move(person_id), std::move(claim_id), std::move(request_id) });
}

Error refusal_error(Rule rule)
{
    auto error = Error::forbidden(std::string { rule_text(rule) });
    error.code = std::string { rule_code(rule) };
    return error;
}

// A refusal is written in a transaction of its own, so it stays on the record
// although the refused change does not happen.
Error record_refusal(db::Database& database, Actor const& actor, Rule rule, std::optional<std::string> person_id,
    std::optional<std::string> claim_id, std::optional<std::string> request_id)
{
    auto const recorded = database.write([&](soci::session& sql) -> Status {
        privacy::lock_for_change(sql, actor.partnership_id);
        record_event(sql, actor, "refused", rule, person_id, claim_id, request_id);
        privacy::record(sql, actor.partnership_id, actor.person_id,
            { "finance.refused." + std::string { rule_code(rule) }, claim_id ? "claim" : "person", claim_id ? *claim_id : person_id.value_or("") });
        return {};
    });
    (void)recorded; // the refusal is answered either way
    return refusal_error(rule);
}

}

Result<ChangeForm> ChangeForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "finance", "reason" });
    auto const give = reader.boolean("finance", Presence::Required);
    auto reason = reader.text("reason", { .presence = Presence::Optional, .max_length = 1000, .lines = TextRule::Lines::Multiple });
    if (!reader.ok())
        return std::unexpected(Error::invalid(reader.errors()));
    return ChangeForm { *give, reason.value_or("") };
}

Result<FinanceRequest> request_change(db::Database& database, Actor const& actor, std::string const& person_id, ChangeForm const& form)
{
    if (!actor.is_convener())
        return std::unexpected(Error::forbidden("Only conveners ask for the finance role to change."));
    if (auto const rule = request_refusal(actor.person_id, person_id, form.give)) {
        bool const exists = database.read([&](soci::session& sql) { return partnership::find_person(sql, actor.partnership_id, person_id).has_value(); });
        if (!exists)
            return std::unexpected(Error::not_found("There is no such person in this partnership."));
        return std::unexpected(record_refusal(database, actor, *rule, person_id, std::nullopt, std::nullopt));
    }
    return database.write([&](soci::session& sql) -> Result<FinanceRequest> {
        privacy::lock_for_change(sql, actor.partnership_id);
        auto const person = partnership::find_person(sql, actor.partnership_id, person_id);
        if (!person)
            return std::unexpected(Error::not_found("There is no such person in this partnership."));
        if (form.give && person->role != Role::Convener)
            return std::unexpected(Error::invalid_field("finance", "Only conveners can hold the finance role."));
        if (store::holds_finance(sql, actor.partnership_id, person_id) == form.give)
            return std::unexpected(Error::conflict(form.give ? person->name + " has the finance role already." : person->name + " does not have the finance role."));
        if (store::pending_request_for(sql, actor.partnership_id, person_id)) {
            auto error = Error::conflict("A change to " + person->name + "'s finance role is waiting for a convener to confirm it.");
            error.code = "request_pending";
            return std::unexpected(error);
        }
        FinanceRequest request { new_id(), actor.partnership_id, person_id, form.give, form.reason, actor.person_id, now_text() };
        store::insert_request(sql, request);
        record_event(sql, actor, "requested", std::nullopt, person_id, std::nullopt, request.id);
        privacy::record(sql, actor.partnership_id, actor.person_id,
            { form.give ? "finance.grant_requested" : "finance.removal_requested", "person", person_id });
        return request;
    });
}

Result<FinanceRequest> confirm_request(db::Database& database, Actor const& actor, std::string const& request_id)
{
    if (!actor.is_convener())
        return std::unexpected(Error::forbidden("Only conveners confirm changes to the finance role."));
    auto const refusal = database.read([&](soci::session& sql) -> Result<std::optional<Rule>> {
        auto const request = store::find_request(sql, actor.partnership_id, request_id);
        if (!request)
            return std::unexpected(Error::not_found("There is no such request."));
        return confirm_refusal(decider_facts(sql, actor), *request, now());
    });
    if (!refusal)
        return std::unexpected(refusal.error());
    if (*refusal)
        return std::unexpected(record_refusal(database, actor, **refusal, std::nullopt, std::nullopt, request_id));
    return database.write([&](soci::session& sql) -> Result<FinanceRequest> {
        privacy::lock_for_change(sql, actor.partnership_id);
        auto request = store::find_request(sql, actor.partnership_id, request_id);
        if (!request)
            return std::unexpected(Error::not_found("There is no such request."));
        if (request->status != RequestStatus::Pending)
            return std::unexpected(Error::conflict("This request has been answered already."));
        // Checked again under the lock: the facts could have changed since.
        if (auto const rule = confirm_refusal(decider_facts(sql, actor), *request, now()))
            return std::unexpected(refusal_error(*rule));
        auto const person = partnership::find_person(sql, actor.partnership_id, request->person_id);
        if (!person)
            return std::unexpected(Error::not_found("There is no such person in this partnership."));
        if (request->give && person->role != Role::Convener)
            return std::unexpected(Error::conflict(person->name + " is no longer a convener, so cannot hold the finance role."));
        auto const at = now_text();
        if (request->give)
            store::grant(sql, actor.partnership_id, request->person_id, request->requested_by, at);
        else
            store::remove(sql, actor.partnership_id, request->person_id);
        request->status = RequestStatus::Confirmed;
        request->decided_by = actor.person_id;
        request->decided_at = at;
        store::decide_request(sql, *request);
        record_event(sql, actor, request->give ? "granted" : "removed", std::nullopt, request->person_id, std::nullopt, request->id);
        privacy::record(sql, actor.partnership_id, actor.person_id,
            { request->give ? "person.finance_granted" : "person.finance_removed", "person", request->person_id });
        return *request;
    });
}

Result<FinanceRequest> cancel_request(db::Database& database, Actor const& actor, std::string const& request_id)
{
    if (!actor.is_convener())
        return std::unexpected(Error::forbidden("Only conveners answer changes to the finance role."));
    return database.write([&](soci::session& sql) -> Result<FinanceRequest> {
        privacy::lock_for_change(sql, actor.partnership_id);
        auto request = store::find_request(sql, actor.partnership_id, request_id);
        if (!request)
            return std::unexpected(Error::not_found("There is no such request."));
        if (request->status != RequestStatus::Pending)
            return std::unexpected(Error::conflict("This request has been answered already."));
        request->status = RequestStatus::Cancelled;
        request->decided_by = actor.person_id;
        request->decided_at = now_text();
        store::decide_request(sql, *request);
        record_event(sql, actor, "cancelled", std::nullopt, request->person_id, std::nullopt, request->id);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "finance.request_cancelled", "person", request->person_id });
        return *request;
    });
}

Status check_claim_decision(db::Database& database, Actor const& actor, ClaimPeople const& claim, std::string const& claim_id)
{
    auto const rule = database.read([&](soci::session& sql) { return claim_decision_refusal(sql, actor, claim); });
    if (!rule)
        return {};
    // Someone without the role is simply not allowed: that is no control at work.
    if (*rule == Rule::NotFinance)
        return std::unexpected(refusal_error(*rule));
    return std::unexpected(record_refusal(database, actor, *rule, claim.claimant_id, claim_id, std::nullopt));
}

void grant_at_set_up(soci::session& sql, std::string const& partnership_id, std::string const& person_id, std::string const& granted_by)
{
    store::grant(sql, partnership_id, person_id, granted_by, now_text());
    store::insert_event(sql, { new_id(), partnership_id, now_text(), "granted", "set_up", granted_by, person_id, std::nullopt, std::nullopt });
    privacy::record(sql, partnership_id, granted_by, { "person.finance_granted", "person", person_id });
}

}
