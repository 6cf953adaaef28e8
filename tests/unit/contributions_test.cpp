// The needs priority: equal weight per group, partial rankings, merged needs.
// Expected values are worked by hand in the comments.

#include <gtest/gtest.h>

#include "modules/contributions/permissions.hpp"
#include "modules/contributions/priority.hpp"

namespace rt::contributions {
namespace {

Need open_need(std::string id)
{
    Need need;
    need.id = id;
    need.title = "Need " + id;
    return need;
}

Need merged_need(std::string id, std::string into)
{
    auto need = open_need(std::move(id));
    need.status = "merged";
    need.merged_into = std::move(into);
    return need;
}

TEST(NeedsPriority, EachGroupCountsOnceHoweverManyRanked)
{
    std::vector<Need> const needs { open_need("a"), open_need("b"), open_need("c") };
    std::vector<Ranking> rankings;
    for (int i = 0; i < 10; ++i)
        rankings.push_back({ "officer" + std::to_string(i), "local_authority", { "a", "b", "c" } });
    rankings.push_back({ "resident", "residents", { "c", "a", "b" } });
    // N = 3. Council: a 3, b 2, c 1. Residents: c 3, a 2, b 1.
    // Combined: a (3+2)/2 = 2.5, c (1+3)/2 = 2, b (2+1)/2 = 1.5.
    auto const priority = combine_priority(needs, rankings);
    ASSERT_EQ(priority.order.size(), 3u);
    EXPECT_EQ(priority.order[0].need_id, "a");
    EXPECT_EQ(priority.order[1].need_id, "c");
    EXPECT_EQ(priority.order[2].need_id, "b");
    EXPECT_DOUBLE_EQ(priority.order[0].score, 2.5);
    EXPECT_DOUBLE_EQ(priority.order[1].score, 2.0);
    EXPECT_DOUBLE_EQ(priority.order[2].score, 1.5);
    EXPECT_EQ(priority.order[2].rank, 3);
    ASSERT_EQ(priority.groups.size(), 2u);
    EXPECT_EQ(priority.groups[0].group, "local_authority");
    EXPECT_EQ(priority.groups[0].rankers, 10);
}

TEST(NeedsPriority, WithinAGroupPeopleAreAveraged)
{
    std::vector<Need> const needs { open_need("a"), open_need("b"), open_need("c"), open_need("d") };
    // Two staff: [b, a] and [c]. N = 4: places earn 4, 3, 2, 1; unranked 0.
    //   staff: a (3 + 0)/2 = 1.5, b (4 + 0)/2 = 2, c (0 + 4)/2 = 2, d 0
    // One carer: [d, a, b, c]: d 4, a 3, b 2, c 1.
    // Combined: a (1.5+3)/2 = 2.25, b (2+2)/2 = 2, c (2+1)/2 = 1.5, d (0+4)/2 = 2.
    // Order: a 2.25; then b and d tie at 2 (b is older); c 1.5.
    std::vector<Ranking> const rankings { { "s1", "staff", { "b", "a" } }, { "s2", "staff", { "c" } },
        { "carer", "service_users_carers", { "d", "a", "b", "c" } } };
    auto const priority = combine_priority(needs, rankings);
    ASSERT_EQ(priority.order.size(), 4u);
    EXPECT_EQ(priority.order[0].need_id, "a");
    EXPECT_DOUBLE_EQ(priority.order[0].score, 2.25);
    EXPECT_EQ(priority.order[1].need_id, "b");
    EXPECT_EQ(priority.order[2].need_id, "d");
    EXPECT_EQ(priority.order[3].need_id, "c");
    EXPECT_DOUBLE_EQ(priority.order[3].score, 1.5);
    EXPECT_DOUBLE_EQ(priority.order[0].by_group.at("staff"), 1.5);
    // Groups are listed in the canonical order: service users and carers before staff.
    EXPECT_EQ(priority.groups[0].group, "service_users_carers");
}

TEST(NeedsPriority, MergedNeedsCountForTheNeedTheyJoined)
{
    // b was merged into c, and c later into d: a ranking naming b counts for d.
    std::vector<Need> const needs { open_need("a"), merged_need("b", "c"), merged_need("c", "d"), open_need("d") };
    EXPECT_EQ(open_need_for(needs, "b"), "d");
    EXPECT_EQ(open_need_for(needs, "zzz"), std::nullopt);
    // N = 2 open needs. [b, a] -> [d, a]: d 2, a 1. [c, d, a] -> [d, a] (the second d ignored): d 2, a 1.
    std::vector<Ranking> const rankings { { "p1", "residents", { "b", "a" } }, { "p2", "residents", { "c", "d", "a" } } };
    auto const priority = combine_priority(needs, rankings);
    ASSERT_EQ(priority.order.size(), 2u);
    EXPECT_EQ(priority.order[0].need_id, "d");
    EXPECT_DOUBLE_EQ(priority.order[0].score, 2.0);
    EXPECT_DOUBLE_EQ(priority.order[1].score, 1.0);
}

TEST(NeedsPriority, NoRankingsKeepsTheNeedsInAgeOrder)
{
    std::vector<Need> const needs { open_need("first"), open_need("second") };
    auto const priority = combine_priority(needs, {});
    ASSERT_EQ(priority.order.size(), 2u);
    EXPECT_EQ(priority.order[0].need_id, "first");
    EXPECT_DOUBLE_EQ(priority.order[0].score, 0.0);
    EXPECT_TRUE(priority.groups.empty());
}

TEST(ContributionPermissions, OnlyTheAuthorOrWhoeverWroteItDownCorrectsTheWords)
{
    Actor const mo { "mo", "p", Role::Member, "", "" };
    Actor const organiser { "org", "p", Role::Convener, "", "" };
    Actor const other_convener { "grace", "p", Role::Convener, "", "" };
    Contribution own;
    own.author_person_id = "mo";
    EXPECT_TRUE(can_correct_contribution(mo, own));
    EXPECT_FALSE(can_correct_contribution(other_convener, own)); // a convener does not reword what someone said

    Contribution recorded; // said at a meeting, written down by the organiser for Mo
    recorded.author_person_id = "mo";
    recorded.recorded_by = "org";
    EXPECT_TRUE(can_correct_contribution(mo, recorded));
    EXPECT_TRUE(can_correct_contribution(organiser, recorded));
    EXPECT_FALSE(can_correct_contribution(other_convener, recorded));

    Contribution anonymous_walk_in; // recorded for nobody in particular
    anonymous_walk_in.recorded_by = "org";
    EXPECT_TRUE(can_correct_contribution(organiser, anonymous_walk_in));
    EXPECT_FALSE(can_correct_contribution(mo, anonymous_walk_in));
}

}
}
