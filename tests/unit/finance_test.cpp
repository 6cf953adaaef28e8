// The finance controls' rules (modules/finance/permissions), case by case.
// Each case is a situation a finance officer or an auditor would name; the
// expected rule is the one docs/api.md ("Finance controls") says applies.

#include <gtest/gtest.h>

#include "core/time.hpp"
#include "modules/finance/permissions.hpp"

namespace rt::finance {
namespace {

TimePoint at(std::string_view text)
{
    return *parse_time(text);
}

Decider tom()
{
    Decider decider;
    decider.person_id = "tom";
    decider.holds_finance = true;
    decider.email_key = email_key("tom.reid@riverside-vcs.example");
    decider.organisations = { "riverside-vcs" };
    decider.last_link_issued = at("2026-10-01T09:00:00Z");
    return decider;
}

ClaimParties joans_claim()
{
    ClaimParties claim;
    claim.claimant_id = "joan";
    claim.submitted_by = "joan";
    claim.claimant_email_key = email_key("joan.price@example.org");
    claim.claimant_organisations = { "silver-threads" };
    return claim;
}

auto const k_today = at("2026-12-02T12:00:00Z");

TEST(FinanceEmail, AliasesOfOneMailboxAreOneKey)
{
    EXPECT_EQ(email_key("Grace.Mensah+finance@Riverside-VCS.example"), "grace.mensah@riverside-vcs.example");
    EXPECT_EQ(email_key("Grace.Mensah+finance@gmail.com"), "gracemensah@gmail.com");
    EXPECT_EQ(email_key("g.r.a.c.e.mensah@googlemail.com"), "gracemensah@gmail.com");
    // Dots matter outside Gmail: two different people at one council.
    EXPECT_NE(email_key("j.smith@council.example"), email_key("jsmith@council.example"));
    EXPECT_EQ(email_key("no-at-sign"), "no-at-sign");
}

TEST(FinanceClaims, AnOfficerWithNoTiesDecides)
{
    EXPECT_EQ(claim_decision_refusal(tom(), joans_claim(), false, k_today), std::nullopt);
}

TEST(FinanceClaims, EachTieRefusesWithItsOwnRule)
{
    auto decider = tom();
    decider.holds_finance = false;
    EXPECT_EQ(claim_decision_refusal(decider, joans_claim(), false, k_today), Rule::NotFinance);

    auto own = joans_claim();
    own.claimant_id = "tom";
    EXPECT_EQ(claim_decision_refusal(tom(), own, false, k_today), Rule::OwnClaim);

    auto sent = joans_claim();
    sent.submitted_by = "tom";
    EXPECT_EQ(claim_decision_refusal(tom(), sent, false, k_today), Rule::SentByThem);

    auto backfill = joans_claim();
    backfill.paid_to_organisation = "riverside-vcs";
    EXPECT_EQ(claim_decision_refusal(tom(), backfill, false, k_today), Rule::PaidToTheirOrganisation);

    // A second account on an alias of Tom's own address.
    auto alias = joans_claim();
    alias.claimant_email_key = email_key("Tom.Reid+second@riverside-vcs.example");
    EXPECT_EQ(claim_decision_refusal(tom(), alias, false, k_today), Rule::SameEmail);

    auto colleague = joans_claim();
    colleague.claimant_organisations = { "silver-threads", "riverside-vcs" };
    EXPECT_EQ(claim_decision_refusal(tom(), colleague, false, k_today), Rule::SharedOrganisation);

    EXPECT_EQ(claim_decision_refusal(tom(), joans_claim(), true, k_today), Rule::InvitationChain);
}

TEST(FinanceClaims, AnEmptyAddressIsNobodysAddress)
{
    // People without email are common; two of them are not one person.
    auto decider = tom();
    decider.email_key = "";
    auto claim = joans_claim();
    claim.claimant_email_key = "";
    EXPECT_EQ(claim_decision_refusal(decider, claim, false, k_today), std::nullopt);
}

TEST(FinanceClaims, AFreshAccountWaitsSevenDays)
{
    auto decider = tom();
    decider.last_link_issued = at("2026-11-25T12:00:01Z"); // 6 days 23:59:59 ago
    EXPECT_EQ(claim_decision_refusal(decider, joans_claim(), false, k_today), Rule::FreshAccount);
    decider.last_link_issued = at("2026-11-25T12:00:00Z"); // exactly 7 days ago
    EXPECT_EQ(claim_decision_refusal(decider, joans_claim(), false, k_today), std::nullopt);
    decider.last_link_issued = std::nullopt; // set up before links were recorded
    EXPECT_EQ(claim_decision_refusal(decider, joans_claim(), false, k_today), std::nullopt);
}

TEST(FinanceChains, InvitationsAreFollowedBothWaysAndThroughOthers)
{
    // grace invited tom, tom invited sam, sam invited kim; ana invited lee.
    std::vector<accounts::LinkIssued> const links {
        { "grace", "tom" }, { "tom", "sam" }, { "sam", "kim" }, { "ana", "lee" },
    };
    EXPECT_TRUE(on_one_invitation_chain(links, "grace", "tom"));
    EXPECT_TRUE(on_one_invitation_chain(links, "tom", "grace"));
    EXPECT_TRUE(on_one_invitation_chain(links, "grace", "kim"));
    EXPECT_TRUE(on_one_invitation_chain(links, "kim", "grace"));
    EXPECT_FALSE(on_one_invitation_chain(links, "grace", "lee"));
    // Two people grace invited are not on one chain with each other through her.
    std::vector<accounts::LinkIssued> const siblings { { "grace", "tom" }, { "grace", "joan" } };
    EXPECT_FALSE(on_one_invitation_chain(siblings, "tom", "joan"));
    EXPECT_FALSE(on_one_invitation_chain(links, "tom", "tom"));
    // A loop in the links does not hang the walk.
    std::vector<accounts::LinkIssued> const loop { { "a", "b" }, { "b", "a" } };
    EXPECT_FALSE(on_one_invitation_chain(loop, "a", "c"));
}

TEST(FinanceRequests, NobodyGrantsOrConfirmsForThemselves)
{
    EXPECT_EQ(request_refusal("grace", "grace", true), Rule::SelfGrant);
    EXPECT_EQ(request_refusal("grace", "grace", false), std::nullopt) << "stepping down can be asked for";
    EXPECT_EQ(request_refusal("grace", "tom", true), std::nullopt);

    FinanceRequest request;
    request.person_id = "sam";
    request.requested_by = "grace";
    auto decider = tom();
    EXPECT_EQ(confirm_refusal(decider, request, k_today), std::nullopt);
    decider.person_id = "grace";
    EXPECT_EQ(confirm_refusal(decider, request, k_today), Rule::OwnRequest);
    decider.person_id = "sam";
    EXPECT_EQ(confirm_refusal(decider, request, k_today), Rule::SubjectOfRequest);
    decider = tom();
    decider.last_link_issued = at("2026-12-01T12:00:00Z");
    EXPECT_EQ(confirm_refusal(decider, request, k_today), Rule::FreshAccount);
}

TEST(FinanceRules, EveryRuleHasACodeAndASentence)
{
    for (auto const rule : { Rule::NotFinance, Rule::OwnClaim, Rule::SentByThem, Rule::PaidToTheirOrganisation, Rule::SameEmail,
             Rule::SharedOrganisation, Rule::InvitationChain, Rule::FreshAccount, Rule::SelfGrant, Rule::OwnRequest, Rule::SubjectOfRequest }) {
        EXPECT_NE(rule_code(rule), "refused");
        EXPECT_NE(rule_text(rule), "Not allowed.");
    }
    EXPECT_EQ(rule_code(Rule::InvitationChain), "invitation_chain");
}

}
}
