#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/time.hpp"
#include "modules/accounts/model.hpp"
#include "modules/finance/model.hpp"

// Pure rules of the finance controls, no database: the facts are gathered by
// queries.cpp and judged here.
namespace rt::finance {

// Someone who would approve, reject or pay a claim, or confirm a request.
struct Decider {
    std::string person_id;
    bool holds_finance { false };
    std::string email_key; // email_key() of their address; "" when none
    std::set<std::string> organisations;
    std::optional<TimePoint> last_link_issued; // the latest sign-in link sent to them
};

// The people a claim concerns.
struct ClaimParties {
    std::string claimant_id;
    std::string submitted_by;
    std::string claimant_email_key;
    std::set<std::string> claimant_organisations;
    std::optional<std::string> paid_to_organisation; // backfill
};

// An address as one mailbox: lowercased, with a "+tag" after the local part
// removed, and for Gmail the dots too, so "Grace.Mensah+finance@gmail.com"
// and "gracemensah@googlemail.com" are one person's.
[[nodiscard]] std::string email_key(std::string_view email);

// Whether `a` and `b` are on one chain of account invitations (a invited
// someone who ... invited b, or the other way), over the links given.
[[nodiscard]] bool on_one_invitation_chain(std::vector<accounts::LinkIssued> const& links, std::string const& a, std::string const& b);

// Whether the account was sent a sign-in link too recently to handle money.
[[nodiscard]] bool is_fresh(Decider const& decider, TimePoint now);

// Why `decider` may not approve, reject or pay the claim, or nothing when they may.
[[nodiscard]] std::optional<Rule> claim_decision_refusal(Decider const& decider, ClaimParties const& claim, bool on_invitation_chain, TimePoint now);

// Why `actor_id` may not ask for the role to change for `person_id`.
[[nodiscard]] std::optional<Rule> request_refusal(std::string const& actor_id, std::string const& person_id, bool give);

// Why `decider` may not confirm the request.
[[nodiscard]] std::optional<Rule> confirm_refusal(Decider const& decider, FinanceRequest const& request, TimePoint now);

// The rule as its API code ("invitation_chain") and as a sentence for people.
[[nodiscard]] std::string_view rule_code(Rule rule);
[[nodiscard]] std::string_view rule_text(Rule rule);

}
