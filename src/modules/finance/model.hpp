#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

// The finance controls: who holds the finance role (approves, rejects and pays
// claims), how it is given and taken away (one convener asks, a second
// confirms), and the record of every grant, removal and refusal, which all
// conveners see.
namespace rt::finance {

// A convener account sent a sign-in link this recently (made, re-invited or
// reset) does not approve payments or confirm the finance role.
inline constexpr std::chrono::days k_fresh_account { 7 };
// Who invited whom within this time counts as one chain of accounts.
inline constexpr std::chrono::days k_invitation_chain { 30 };

// A rule that refused something, as a stable code for the API and the web.
enum class Rule {
    NotFinance,              // not a convener with the finance role
    OwnClaim,                // the claim is theirs
    SentByThem,              // they sent it on someone's behalf
    PaidToTheirOrganisation, // it pays an organisation they belong to
    SameEmail,               // decider and claimant share an email address (aliases count)
    SharedOrganisation,      // decider and claimant belong to the same organisation
    InvitationChain,         // one invited the other (or along a chain) in the last 30 days
    FreshAccount,            // the decider's account was sent a sign-in link in the last 7 days
    SelfGrant,               // asking for the finance role for oneself
    OwnRequest,              // confirming one's own request
    SubjectOfRequest,        // confirming a request about oneself
};

enum class RequestStatus { Pending, Confirmed, Cancelled };

// As stored and as the API says it.
[[nodiscard]] inline std::string_view request_status_text(RequestStatus status)
{
    switch (status) {
    case RequestStatus::Pending:
        return "pending";
    case RequestStatus::Confirmed:
        return "confirmed";
    case RequestStatus::Cancelled:
        return "cancelled";
    }
    return "pending";
}

struct FinanceRequest {
    std::string id;
    std::string partnership_id;
    std::string person_id;
    bool give { true };
    std::string reason;
    std::string requested_by;
    std::string requested_at;
    RequestStatus status { RequestStatus::Pending };
    std::optional<std::string> decided_by;
    std::optional<std::string> decided_at;
};

// What the controls did. kind: requested | granted | removed | cancelled | refused.
struct ControlEvent {
    std::string id;
    std::string partnership_id;
    std::string at;
    std::string kind;
    std::string rule; // for "refused": the rule's code; otherwise ""
    std::string actor_id;
    std::optional<std::string> person_id;
    std::optional<std::string> claim_id;
    std::optional<std::string> request_id;
};

struct FinanceHolder {
    std::string person_id;
    std::string granted_by;
    std::string granted_at;
};

}
