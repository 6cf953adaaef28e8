// The barometer's arithmetic (modules/barometer/figures), each value worked
// out by hand in the comments (natural logarithms to six places).

#include <gtest/gtest.h>

#include "modules/barometer/figures.hpp"

namespace rt::barometer {
namespace {

std::vector<std::string> const k_three { "local_authority", "vcs", "residents" };

TEST(BarometerBalance, ThreeGroupsSplitThreeTwoOne)
{
    // p = 3/6, 2/6, 1/6. H = 0.5*0.693147 + (1/3)*1.098612 + (1/6)*1.791759
    //   = 0.346574 + 0.366204 + 0.298627 = 1.011405; ln 3 = 1.098612; H / ln 3 = 0.920620.
    auto const figure = balance("voice_balance", k_three, { { "local_authority", 3 }, { "vcs", 2 }, { "residents", 1 } }, 0.6);
    ASSERT_TRUE(figure.value);
    EXPECT_NEAR(*figure.value, 0.920620, 1e-6);
    EXPECT_EQ(figure.state, State::Ok);
    EXPECT_EQ(figure.counts.at("vcs"), 2);
    EXPECT_EQ(figure.missing, "");
}

TEST(BarometerBalance, TwoGroupsAndOneGroupAndNothing)
{
    // Two groups, 3 and 1: p = 0.75, 0.25. H = 0.75*0.287682 + 0.25*1.386294 = 0.562335; / ln 2 (0.693147) = 0.811278.
    std::vector<std::string> const two { "vcs", "health" };
    EXPECT_NEAR(*balance("voice_balance", two, { { "vcs", 3 }, { "health", 1 } }, 0.6).value, 0.811278, 1e-6);
    // Equal shares are perfectly balanced.
    EXPECT_NEAR(*balance("voice_balance", two, { { "vcs", 5 }, { "health", 5 } }, 0.6).value, 1.0, 1e-12);
    // All from one of three groups: H = 0, an alert under a threshold of 0.6.
    auto const one_voice = balance("voice_balance", k_three, { { "local_authority", 4 } }, 0.6);
    EXPECT_NEAR(*one_voice.value, 0.0, 1e-12);
    EXPECT_EQ(one_voice.state, State::Alert);
    // One required group: balanced by definition, and said so.
    auto const alone = balance("voice_balance", { "residents" }, { { "residents", 2 } }, 0.6);
    EXPECT_EQ(*alone.value, 1.0);
    EXPECT_NE(alone.missing.find("by definition"), std::string::npos);
    // Nothing counted: not enough data, never a zero.
    auto const none = balance("voice_balance", k_three, {}, 0.6);
    EXPECT_FALSE(none.value);
    EXPECT_EQ(none.state, State::NotEnoughData);
    EXPECT_STREQ(state_text(none.state), "not_enough_data");
}

TEST(BarometerBalance, GroupsOutsideTheRequiredOnesAreLeftOutAndNamed)
{
    // staff is not required: left out, so 2 and 2 of vcs and residents are equal (and local_authority has 0).
    // p = 0.5, 0.5, 0: H = ln 2 = 0.693147; / ln 3 = 0.630930.
    auto const figure = balance("voice_balance", k_three, { { "vcs", 2 }, { "residents", 2 }, { "staff", 9 } }, 0.6);
    EXPECT_NEAR(*figure.value, 0.630930, 1e-6);
    EXPECT_NE(figure.missing.find("staff"), std::string::npos);
}

TEST(BarometerInfluence, CreditFollowsTheContributionsAnItemTracesTo)
{
    // A need adopted from a VCS contribution (vcs 1); a decision from VCS and residents' contributions
    // (0.5 each); a section from residents and the council (0.5 each); one item tracing to nothing.
    // vcs 1.5, residents 1.0, local_authority 0.5: total 3, VCS share 1.5 / 3 = 0.5.
    auto const credit = credit_adopted({ { "vcs" }, { "vcs", "residents" }, { "residents", "local_authority" }, {} });
    EXPECT_EQ(credit.items, 4);
    EXPECT_EQ(credit.untraced, 1);
    EXPECT_DOUBLE_EQ(credit.by_group.at("vcs"), 1.5);
    EXPECT_DOUBLE_EQ(credit.by_group.at("residents"), 1.0);
    auto const vcs = credit_share("vcs_share_of_adopted", "vcs", credit, 0.2);
    EXPECT_DOUBLE_EQ(*vcs.value, 0.5);
    EXPECT_EQ(vcs.state, State::Ok);
    EXPECT_NE(vcs.missing.find("1 adopted items"), std::string::npos);
    // Influence balance over the credits 1.5 / 1.0 / 0.5 (p = 1/2, 1/3, 1/6): the same 0.920620 as above.
    EXPECT_NEAR(*balance("influence_balance", k_three, credit.by_group, 0.6).value, 0.920620, 1e-6);
    // Nothing adopted: not enough data.
    EXPECT_EQ(credit_share("vcs_share_of_adopted", "vcs", credit_adopted({}), 0.2).state, State::NotEnoughData);
}

TEST(BarometerResources, MedianDaysFromClaimToPayment)
{
    EXPECT_EQ(median({ 10 }), 10);
    EXPECT_EQ(median({ 3, 10, 1 }), 3);      // sorted 1, 3, 10
    EXPECT_EQ(median({ 1, 2, 3, 10 }), 2.5); // (2 + 3) / 2
    EXPECT_FALSE(median({}));
    // One claim paid after 10 days, against a threshold of 14: fine; against 7: an alert.
    EXPECT_EQ(median_days_to_payment({ 10 }, 14).state, State::Ok);
    EXPECT_EQ(median_days_to_payment({ 10 }, 7).state, State::Alert);
    auto const none = median_days_to_payment({}, 14);
    EXPECT_EQ(none.state, State::NotEnoughData);
    EXPECT_EQ(none.counts.at("claims paid"), 0);
}

TEST(BarometerShares, QuorumRateAndNothingYet)
{
    // Two decisions, one without the VCS: 1 / 2 = 0.5, under a threshold of 0.8.
    auto const quorum = share("quorum_rate", "Decisions at which every required group took part, over all decisions.", "decisions with every group",
        1, "decisions", 2, 0.8);
    EXPECT_DOUBLE_EQ(*quorum.value, 0.5);
    EXPECT_EQ(quorum.state, State::Alert);
    auto const none = share("quorum_rate", "", "decisions with every group", 0, "decisions", 0, 0.8);
    EXPECT_EQ(none.state, State::NotEnoughData);
    EXPECT_EQ(none.missing, "No decisions yet.");
    // Above, for counts that should stay low: 3 of 4 attendees never offered payment, over 0.
    EXPECT_EQ(share("unpaid", "", "unpaid", 3, "attendees", 4, 0.0, AlertWhen::Above).state, State::Alert);
}

TEST(BarometerReach, ParticipantShareOverBaselineShare)
{
    // 40 participants answered. Over 65: 12/40 = 0.30 against 0.20, ratio 1.5. Carers: 2/40 = 0.05
    // against 0.10, ratio 0.5, under 0.8. Disabled people: 6/40 = 0.15 against 0.15, ratio 1.0.
    ReachInput input;
    input.baseline = { { "age:65+", 0.20 }, { "carer", 0.10 }, { "disabled", 0.15 }, { "unknown", 0.0 } };
    input.participants = { { "age:65+", 12 }, { "carer", 2 }, { "disabled", 6 } };
    input.answered = 40;
    auto const figures = reach(input);
    ASSERT_EQ(figures.size(), 4u);
    std::map<std::string, Figure> by_key;
    for (auto const& figure : figures)
        by_key[figure.key] = figure;
    EXPECT_NEAR(*by_key.at("reach:age:65+").value, 1.5, 1e-12);
    EXPECT_NEAR(*by_key.at("reach:carer").value, 0.5, 1e-12);
    EXPECT_EQ(by_key.at("reach:carer").state, State::Alert);
    EXPECT_NEAR(*by_key.at("reach:disabled").value, 1.0, 1e-12);
    EXPECT_EQ(by_key.at("reach:disabled").state, State::Ok);
    EXPECT_EQ(by_key.at("reach:unknown").state, State::NotEnoughData);
    // Nobody answered: not enough data in every category.
    input.answered = 0;
    for (auto const& figure : reach(input))
        EXPECT_EQ(figure.state, State::NotEnoughData) << figure.key;
}

}
}
