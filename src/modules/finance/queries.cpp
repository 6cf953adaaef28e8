#include "modules/finance/queries.hpp"

#include "core/time.hpp"
#include "modules/accounts/queries.hpp"
#include "modules/finance/store.hpp"
#include "modules/partnership/queries.hpp"

namespace rt::finance {

namespace {

std::string name_of(soci::session& sql, std::string const& partnership_id, std::optional<std::string> const& person_id)
{
    if (!person_id)
        return "";
    auto const person = partnership::find_person(sql, partnership_id, *person_id);
    return person ? person->name : "";
}

boost::json::value person_ref(soci::session& sql, std::string const& partnership_id, std::optional<std::string> const& person_id)
{
    if (!person_id || person_id->empty())
        return nullptr;
    return boost::json::object { { "id", *person_id }, { "name", name_of(sql, partnership_id, person_id) } };
}


}

bool holds_finance(soci::session& sql, Actor const& actor)
{
    return actor.is_convener() && store::holds_finance(sql, actor.partnership_id, actor.person_id);
}

Decider decider_facts(soci::session& sql, Actor const& actor)
{
    Decider decider;
    decider.person_id = actor.person_id;
    decider.holds_finance = holds_finance(sql, actor);
    if (auto const person = partnership::find_person(sql, actor.partnership_id, actor.person_id)) {
        decider.email_key = person->email ? email_key(*person->email) : "";
        decider.organisations = { person->organisation_ids.begin(), person->organisation_ids.end() };
    }
    if (auto const last = accounts::latest_link_issued_at(sql, actor.partnership_id, actor.person_id))
        decider.last_link_issued = parse_time(*last);
    return decider;
}

std::optional<Rule> claim_decision_refusal(soci::session& sql, Actor const& actor, ClaimPeople const& claim)
{
    auto const decider = decider_facts(sql, actor);
    ClaimParties parties { claim.claimant_id, claim.submitted_by, "", {}, claim.paid_to_organisation };
    if (auto const claimant = partnership::find_person(sql, actor.partnership_id, claim.claimant_id)) {
        parties.claimant_email_key = claimant->email ? email_key(*claimant->email) : "";
        parties.claimant_organisations = { claimant->organisation_ids.begin(), claimant->organisation_ids.end() };
    }
    auto const now_time = now();
    auto const since = format_time(now_time - k_invitation_chain);
    auto const links = accounts::invitations_since(sql, actor.partnership_id, since);
    // A claim sent on someone's behalf ties the sender in too.
    bool const chained = on_one_invitation_chain(links, actor.person_id, claim.claimant_id)
        || (claim.submitted_by != claim.claimant_id && on_one_invitation_chain(links, actor.person_id, claim.submitted_by));
    return finance::claim_decision_refusal(decider, parties, chained, now_time);
}

boost::json::object request_json(soci::session& sql, FinanceRequest const& request)
{
    return { { "id", request.id }, { "person", person_ref(sql, request.partnership_id, request.person_id) }, { "give", request.give },
        { "reason", request.reason }, { "requested_by", person_ref(sql, request.partnership_id, request.requested_by) },
        { "requested_at", request.requested_at }, { "status", request_status_text(request.status) },
        { "decided_by", person_ref(sql, request.partnership_id, request.decided_by) },
        { "decided_at", request.decided_at ? boost::json::value(*request.decided_at) : boost::json::value(nullptr) } };
}

Result<boost::json::object> controls_json(db::Database& database, Actor const& actor, std::optional<std::string> const& before, std::size_t limit)
{
    if (!actor.is_convener())
        return std::unexpected(Error::forbidden("Only conveners see the finance controls."));
    return database.read([&](soci::session& sql) -> Result<boost::json::object> {
        boost::json::array holders;
        for (auto const& holder : store::holders(sql, actor.partnership_id))
            holders.push_back({ { "person", person_ref(sql, actor.partnership_id, holder.person_id) },
                { "granted_by", person_ref(sql, actor.partnership_id, holder.granted_by) }, { "granted_at", holder.granted_at } });
        boost::json::array pending;
        for (auto const& request : store::pending_requests(sql, actor.partnership_id))
            pending.push_back(request_json(sql, request));
        // One more than asked for tells whether there is a next page.
        auto events = store::events(sql, actor.partnership_id, before, limit + 1);
        boost::json::value next_cursor = nullptr;
        if (events.size() > limit) {
            events.resize(limit);
            next_cursor = events.back().id;
        }
        boost::json::array items;
        for (auto const& event : events) {
            boost::json::object item { { "id", event.id }, { "at", event.at }, { "kind", event.kind },
                { "rule", event.rule.empty() ? boost::json::value(nullptr) : boost::json::value(event.rule) },
                { "actor", person_ref(sql, actor.partnership_id, event.actor_id) },
                { "person", person_ref(sql, actor.partnership_id, event.person_id) },
                { "claim_id", event.claim_id ? boost::json::value(*event.claim_id) : boost::json::value(nullptr) },
                { "request_id", event.request_id ? boost::json::value(*event.request_id) : boost::json::value(nullptr) } };
            items.push_back(std::move(item));
        }
        return boost::json::object { { "holders", std::move(holders) }, { "pending", std::move(pending) }, { "items", std::move(items) },
            { "next_cursor", std::move(next_cursor) } };
    });
}

}
