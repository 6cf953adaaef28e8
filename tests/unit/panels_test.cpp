// Panels (modules/panels): how scores combine, worked by hand, and who may
// do what.

#include <gtest/gtest.h>

#include "modules/panels/combining.hpp"
#include "modules/panels/permissions.hpp"

namespace rt::panels {
namespace {

TEST(PanelCombining, EveryGroupWeighsTheSameHoweverManyMembersItHas)
{
    // Two criteria: "listens" weight 2, "knows the area" weight 1 (total 3).
    std::vector<Criterion> const criteria { { "listens", "Listens", 2 }, { "area", "Knows the area", 1 } };
    std::vector<CandidateRef> const candidates { { "ada", "Ada" }, { "ben", "Ben" } };
    // Three council officers and one carer score Ada and Ben.
    // Ada: each officer (2*2 + 1*2)/3 = 2; the carer (2*5 + 1*5)/3 = 5.
    //      council mean 2, carers 5: Ada = (2 + 5) / 2 = 3.5.
    // Ben: each officer (2*4 + 1*4)/3 = 4; the carer (2*2 + 1*2)/3 = 2.
    //      council 4, carers 2: Ben = (4 + 2) / 2 = 3.
    // Counted per person Ben would win (4+4+4+2)/4 = 3.5 against Ada's (2+2+2+5)/4 = 2.75.
    std::vector<PanelScore> scores;
    for (auto const* officer : { "o1", "o2", "o3" }) {
        scores.push_back({ officer, "local_authority", "ada", { 2, 2 }, "" });
        scores.push_back({ officer, "local_authority", "ben", { 4, 4 }, "" });
    }
    scores.push_back({ "carer", "service_users_carers", "ada", { 5, 5 }, "" });
    scores.push_back({ "carer", "service_users_carers", "ben", { 2, 2 }, "" });
    auto const results = combine_panel(criteria, candidates, scores);
    ASSERT_EQ(results.size(), 2u);
    EXPECT_EQ(results[0].candidate_id, "ada");
    EXPECT_DOUBLE_EQ(results[0].score, 3.5);
    EXPECT_EQ(results[0].rank, 1);
    EXPECT_DOUBLE_EQ(results[0].by_group.at("local_authority"), 2.0);
    EXPECT_DOUBLE_EQ(results[0].by_group.at("service_users_carers"), 5.0);
    EXPECT_EQ(results[0].scorers, 4);
    EXPECT_EQ(results[1].candidate_id, "ben");
    EXPECT_DOUBLE_EQ(results[1].score, 3.0);
    EXPECT_EQ(results[1].rank, 2);
}

TEST(PanelCombining, WeightsCountAndTiesKeepTheOrderAdded)
{
    // Weights 3 and 1: (3*4 + 1*0)/4 = 3 for Cai; (3*0 + 1*4)/4 = 1 for Dee.
    std::vector<Criterion> const criteria { { "a", "A", 3 }, { "b", "B", 1 } };
    auto const weighted = combine_panel(criteria, { { "dee", "Dee" }, { "cai", "Cai" } },
        { { "m", "residents", "cai", { 4, 0 }, "" }, { "m", "residents", "dee", { 0, 4 }, "" } });
    EXPECT_EQ(weighted[0].candidate_id, "cai");
    EXPECT_DOUBLE_EQ(weighted[0].score, 3.0);
    EXPECT_DOUBLE_EQ(weighted[1].score, 1.0);
    // Equal scores: the one added first stays first; a candidate nobody scored scores 0, last.
    auto const tied = combine_panel(criteria, { { "eve", "Eve" }, { "fay", "Fay" }, { "gus", "Gus" } },
        { { "m", "staff", "fay", { 2, 2 }, "" }, { "m", "staff", "eve", { 2, 2 }, "" } });
    EXPECT_EQ(tied[0].candidate_id, "eve");
    EXPECT_EQ(tied[1].candidate_id, "fay");
    EXPECT_EQ(tied[2].candidate_id, "gus");
    EXPECT_EQ(tied[2].scorers, 0);
    EXPECT_DOUBLE_EQ(tied[2].score, 0.0);
    // A score with the wrong number of criteria is left out, not half counted.
    auto const short_score = combine_panel(criteria, { { "hal", "Hal" } }, { { "m", "staff", "hal", { 5 }, "" } });
    EXPECT_EQ(short_score[0].scorers, 0);
}

TEST(PanelPermissions, ConvenersSetUpMembersJudge)
{
    Actor const convener { .person_id = "grace", .partnership_id = "p", .role = Role::Convener };
    Actor const member { .person_id = "joan", .partnership_id = "p", .role = Role::Member };
    EXPECT_TRUE(can_set_up_panels(convener));
    EXPECT_FALSE(can_set_up_panels(member));
    EXPECT_TRUE(can_add_candidates(convener));
    EXPECT_FALSE(can_add_candidates(member));
    // A member not on the panel does not know it is there; a convener sees it.
    EXPECT_FALSE(can_see_panel(member, false));
    EXPECT_TRUE(can_see_panel(member, true));
    EXPECT_TRUE(can_see_panel(convener, false));
    // Only those who sit on it judge, conveners included.
    EXPECT_TRUE(can_judge(true));
    EXPECT_FALSE(can_judge(false));
}

}
}
