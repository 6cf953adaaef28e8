// The resources module's pure rules (modules/resources/permissions) and the
// policy's own arithmetic, case by case, as a finance officer would name them.

#include <gtest/gtest.h>

#include "modules/resources/model.hpp"
#include "modules/resources/permissions.hpp"

namespace rt::resources {
namespace {

Actor convener()
{
    return { .person_id = "grace", .partnership_id = "riverside", .role = Role::Convener };
}

Actor member(std::string id = "joan")
{
    return { .person_id = std::move(id), .partnership_id = "riverside", .role = Role::Member };
}

TEST(ResourcesPermissions, OnlyConvenersSetThePolicyAndBudgets)
{
    EXPECT_TRUE(can_set_policy(convener()));
    EXPECT_FALSE(can_set_policy(member()));
    EXPECT_TRUE(can_set_budget(convener()));
    EXPECT_FALSE(can_set_budget(member()));
}

TEST(ResourcesPermissions, AMemberClaimsForHerselfAConvenerForAnyone)
{
    EXPECT_TRUE(can_claim_for(member("joan"), "joan"));
    EXPECT_FALSE(can_claim_for(member("joan"), "kofi"));
    EXPECT_TRUE(can_claim_for(convener(), "kofi"));
    EXPECT_FALSE(can_claim_early(member()));
    EXPECT_TRUE(can_claim_early(convener()));
    EXPECT_FALSE(can_claim_more_than_the_activity(member()));
    EXPECT_TRUE(can_claim_more_than_the_activity(convener()));
}

TEST(ResourcesPermissions, AClaimIsSeenByItsClaimantAndFinanceOnly)
{
    EXPECT_TRUE(can_see_claim(member("joan"), "joan", false));
    EXPECT_FALSE(can_see_claim(member("kofi"), "joan", false));
    // A convener without the finance role does not see others' amounts.
    EXPECT_FALSE(can_see_claim(convener(), "joan", false));
    EXPECT_TRUE(can_see_claim(convener(), "joan", true));
}

TEST(ResourcesPermissions, AReceiptIsSeenByItsUploaderItsClaimantAndFinance)
{
    // Grace uploaded Joan's receipt for her paper claim: both see it.
    EXPECT_TRUE(can_see_receipt(convener(), "grace", "joan", false));
    EXPECT_TRUE(can_see_receipt(member("joan"), "grace", "joan", false));
    EXPECT_FALSE(can_see_receipt(member("kofi"), "grace", "joan", false));
    // Not yet on a claim: nobody is its claimant.
    EXPECT_FALSE(can_see_receipt(member("joan"), "grace", "", false));
    EXPECT_TRUE(can_see_receipt(member("tom"), "grace", "", true));
}

TEST(ResourcesPermissions, OffersAndWhoIsUnpaid)
{
    EXPECT_TRUE(can_answer_offer(member("joan"), "joan"));
    EXPECT_FALSE(can_answer_offer(member("kofi"), "joan"));
    EXPECT_TRUE(can_answer_offer(convener(), "joan"));
    EXPECT_TRUE(can_see_unpaid(true, false));
    EXPECT_TRUE(can_see_unpaid(false, true));
    EXPECT_FALSE(can_see_unpaid(false, false));
}

TEST(ResourcesPolicy, RatesByKindFallBackToTheDefaultAndMethodsAreTheListed)
{
    auto policy = default_policy();
    policy.rates_by_kind["panel"] = { 3000, 9000, 18000 };
    EXPECT_EQ(policy.rates_for("panel").hourly_pence, 3000);
    // £25 an hour is the starting rate for anything else.
    EXPECT_EQ(policy.rates_for("tea_and_talk").hourly_pence, 2500);
    EXPECT_TRUE(policy.pays_by("voucher"));
    policy.payment_methods = { "bank_transfer" };
    EXPECT_FALSE(policy.pays_by("voucher"));
    EXPECT_TRUE(policy.pays_by("bank_transfer"));
}

}
}
