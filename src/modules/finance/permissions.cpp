#include "modules/finance/permissions.hpp"

#include <algorithm>
#include <map>

namespace rt::finance {

std::string email_key(std::string_view email)
{
    std::string lowered { email };
    std::ranges::transform(lowered, lowered.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    auto const at = lowered.rfind('@');
    if (at == std::string::npos)
        return lowered;
    auto local = lowered.substr(0, at);
    auto domain = lowered.substr(at + 1);
    // Sub-addressing ("grace+finance@") delivers to the same mailbox.
    if (auto const plus = local.find('+'); plus != std::string::npos)
        local.resize(plus);
    // Gmail ignores dots in the local part, and googlemail.com is gmail.com.
    if (domain == "googlemail.com")
        domain = "gmail.com";
    if (domain == "gmail.com")
        std::erase(local, '.');
    return local + "@" + domain;
}

bool on_one_invitation_chain(std::vector<accounts::LinkIssued> const& links, std::string const& a, std::string const& b)
{
    std::multimap<std::string, std::string> invited;
    for (auto const& link : links)
        invited.emplace(link.issued_by, link.person_id);
    // Follows invitations down from `from`, looking for `to`.
    auto const reaches = [&](std::string const& from, std::string const& to) {
        std::vector<std::string> waiting { from };
        std::set<std::string> seen { from };
        while (!waiting.empty()) {
            auto const person = waiting.back();
            waiting.pop_back();
            auto const [first, last] = invited.equal_range(person);
            for (auto it = first; it != last; ++it) {
                if (it->second == to)
                    return true;
                if (seen.insert(it->second).second)
                    waiting.push_back(it->second);
            }
        }
        return false;
    };
    return a != b && (reaches(a, b) || reaches(b, a));
}

bool is_fresh(Decider const& decider, TimePoint now)
{
    return decider.last_link_issued && *decider.last_link_issued + k_fresh_account > now;
}

std::optional<Rule> claim_decision_refusal(Decider const& decider, ClaimParties const& claim, bool on_invitation_chain, TimePoint now)
{
    if (!decider.holds_finance)
        return Rule::NotFinance;
    if (decider.person_id == claim.claimant_id)
        return Rule::OwnClaim;
    if (decider.person_id == claim.submitted_by)
        return Rule::SentByThem;
    if (claim.paid_to_organisation && decider.organisations.contains(*claim.paid_to_organisation))
        return Rule::PaidToTheirOrganisation;
    if (!decider.email_key.empty() && decider.email_key == claim.claimant_email_key)
        return Rule::SameEmail;
    bool const shared = std::ranges::any_of(claim.claimant_organisations, [&](auto const& id) { return decider.organisations.contains(id); });
    if (shared)
        return Rule::SharedOrganisation;
    if (on_invitation_chain)
        return Rule::InvitationChain;
    if (is_fresh(decider, now))
        return Rule::FreshAccount;
    return std::nullopt;
}

std::optional<Rule> request_refusal(std::string const& actor_id, std::string const& person_id, bool give)
{
    // Stepping down is allowed to ask for; taking the role for oneself is not.
    if (give && actor_id == person_id)
        return Rule::SelfGrant;
    return std::nullopt;
}

std::optional<Rule> confirm_refusal(Decider const& decider, FinanceRequest const& request, TimePoint now)
{
    if (decider.person_id == request.requested_by)
        return Rule::OwnRequest;
    if (decider.person_id == request.person_id)
        return Rule::SubjectOfRequest;
    if (is_fresh(decider, now))
        return Rule::FreshAccount;
    return std::nullopt;
}

std::string_view rule_code(Rule rule)
{
    switch (rule) {
    case Rule::NotFinance:
        return "not_finance";
    case Rule::OwnClaim:
        return "own_claim";
    case Rule::SentByThem:
        return "sent_by_them";
    case Rule::PaidToTheirOrganisation:
        return "paid_to_their_organisation";
    case Rule::SameEmail:
        return "same_email";
    case Rule::SharedOrganisation:
        return "shared_organisation";
    case Rule::InvitationChain:
        return "invitation_chain";
    case Rule::FreshAccount:
        return "fresh_account";
    case Rule::SelfGrant:
        return "self_grant";
    case Rule::OwnRequest:
        return "own_request";
    case Rule::SubjectOfRequest:
        return "subject_of_request";
    }
    return "refused";
}

std::string_view rule_text(Rule rule)
{
    switch (rule) {
    case Rule::NotFinance:
        return "Only conveners with the finance role do this.";
    case Rule::OwnClaim:
        return "Nobody decides their own claim.";
    case Rule::SentByThem:
        return "You sent this claim, so another finance officer decides it.";
    case Rule::PaidToTheirOrganisation:
        return "This claim pays an organisation you belong to, so another finance officer decides it.";
    case Rule::SameEmail:
        return "You and the claimant share an email address, so another finance officer decides it.";
    case Rule::SharedOrganisation:
        return "You and the claimant belong to the same organisation, so another finance officer decides it.";
    case Rule::InvitationChain:
        return "One of you invited the other to Roundtable in the last 30 days, so another finance officer decides it.";
    case Rule::FreshAccount:
        return "Your account was set up or sent a new sign-in link in the last 7 days. It can handle money after that.";
    case Rule::SelfGrant:
        return "Nobody gives themselves the finance role. Ask another convener to do it.";
    case Rule::OwnRequest:
        return "You asked for this change, so a different convener confirms it.";
    case Rule::SubjectOfRequest:
        return "This change is about you, so a different convener confirms it.";
    }
    return "Not allowed.";
}

}
