// Counting votes: expected results worked by hand in the comments.

#include <gtest/gtest.h>

#include "modules/decisions/counting.hpp"

namespace rt::decisions {
namespace {

Ballot position(std::string person, std::string group, std::string value, int version = 1)
{
    Ballot ballot;
    ballot.person_id = std::move(person);
    ballot.group = std::move(group);
    ballot.position = std::move(value);
    ballot.version = version;
    return ballot;
}

Ballot ranked(std::string person, std::string group, std::vector<int> ranking)
{
    Ballot ballot;
    ballot.person_id = std::move(person);
    ballot.group = std::move(group);
    ballot.ranking = std::move(ranking);
    return ballot;
}

TEST(Counting, TenCouncilVotesDoNotOutweighTwoGroups)
{
    // 10 council yes, 1 VCS no, 1 resident no.
    CountInput input { .method = "majority", .required_groups = { "local_authority", "vcs", "residents" } };
    for (int i = 0; i < 10; ++i)
        input.ballots.push_back(position("officer" + std::to_string(i), "local_authority", "yes"));
    input.ballots.push_back(position("volunteer", "vcs", "no"));
    input.ballots.push_back(position("resident", "residents", "no"));

    // Equal groups: yes shares 1, 0, 0 -> mean 1/3, not above 1/2: fails.
    input.weighting = "equal_groups";
    auto const equal = count(input);
    EXPECT_TRUE(equal.quorum);
    EXPECT_FALSE(equal.passed);
    EXPECT_NEAR(equal.totals.at("yes"), 1.0 / 3.0, 1e-12);
    EXPECT_EQ(equal.counts.at("local_authority").at("yes"), 10);
    EXPECT_DOUBLE_EQ(equal.group_positions.at("vcs").at("no"), 1.0);

    // Per person: 10 of 12 said yes (0.833...): passes.
    input.weighting = "per_person";
    auto const people = count(input);
    EXPECT_TRUE(people.passed);
    EXPECT_NEAR(people.totals.at("yes"), 10.0 / 12.0, 1e-12);
}

TEST(Counting, WhenEveryoneAbstainsNobodySaidNo)
{
    CountInput input { .method = "majority", .required_groups = { "vcs", "residents" } };
    input.ballots = { position("a", "vcs", "abstain"), position("b", "residents", "abstain") };
    for (auto const* weighting : { "equal_groups", "per_person" }) {
        input.weighting = weighting;
        auto const result = count(input);
        EXPECT_FALSE(result.passed) << weighting;
        EXPECT_EQ(result.totals.at("yes"), 0.0) << weighting;
        EXPECT_EQ(result.totals.at("no"), 0.0) << weighting;
    }
}

TEST(Counting, WithoutEveryRequiredGroupNothingPasses)
{
    CountInput input { .method = "majority", .required_groups = { "local_authority", "health", "residents" } };
    input.ballots = { position("a", "local_authority", "yes"), position("b", "residents", "yes") };
    auto const result = count(input);
    EXPECT_FALSE(result.quorum);
    EXPECT_FALSE(result.passed);
    EXPECT_EQ(result.missing_groups, std::vector<std::string> { "health" });
}

TEST(Counting, AnOutstandingObjectionStopsConsent)
{
    CountInput input { .method = "consent", .required_groups = { "vcs", "health" }, .version = 1 };
    input.ballots = { position("a", "vcs", "agree"), position("b", "health", "object"), position("c", "health", "concern") };
    auto const objected = count(input);
    EXPECT_FALSE(objected.passed);
    EXPECT_EQ(objected.blocking, std::vector<std::string> { "b" });

    // The proposal is amended (version 2): the old objection no longer blocks.
    input.version = 2;
    EXPECT_TRUE(count(input).passed);
    // ... unless it is raised again against the new version.
    input.ballots[1].version = 2;
    EXPECT_FALSE(count(input).passed);
    // Withdrawn (the person now agrees): passes.
    input.ballots[1].position = "agree";
    EXPECT_TRUE(count(input).passed);
}

TEST(Counting, ConsensusNeedsNoBlockAndSomeoneAgreeing)
{
    CountInput input { .method = "consensus", .required_groups = { "vcs" } };
    input.ballots = { position("a", "vcs", "stand_aside") };
    EXPECT_FALSE(count(input).passed);
    input.ballots.push_back(position("b", "vcs", "agree"));
    EXPECT_TRUE(count(input).passed);
    input.ballots.push_back(position("c", "vcs", "block"));
    EXPECT_FALSE(count(input).passed);
}

TEST(Counting, ScoresAreMeansOfGroupMeans)
{
    // Options A, B. Staff (2 voters): A 5 and 1 -> mean 3; B 2 and 2 -> 2.
    // Residents (1 voter): A 0, B 4.
    // Equal groups: A (3 + 0)/2 = 1.5; B (2 + 4)/2 = 3 -> B.
    // Per person: A (5+1+0)/3 = 2; B (2+2+4)/3 = 2.667 -> B.
    CountInput input { .method = "score", .options = { "A", "B" }, .required_groups = { "staff", "residents" } };
    Ballot one = position("1", "staff", ""), two = position("2", "staff", ""), three = position("3", "residents", "");
    one.scores = { 5, 2 };
    two.scores = { 1, 2 };
    three.scores = { 0, 4 };
    input.ballots = { one, two, three };
    auto const equal = count(input);
    EXPECT_EQ(equal.outcome, "B");
    EXPECT_DOUBLE_EQ(equal.totals.at("A"), 1.5);
    EXPECT_DOUBLE_EQ(equal.totals.at("B"), 3.0);
    EXPECT_EQ(equal.counts.at("staff").at("A"), 6);
    input.weighting = "per_person";
    auto const people = count(input);
    EXPECT_DOUBLE_EQ(people.totals.at("A"), 2.0);
    EXPECT_NEAR(people.totals.at("B"), 8.0 / 3.0, 1e-12);
}

TEST(Counting, DotsAreSharesOfEachGroupsDots)
{
    // 3 dots each. Health (1 voter): A 3. VCS (2 voters): B 3, B 2 + A 1.
    // Raw dots: A 4, B 5. Per person: A 4/9, B 5/9 -> B.
    // Equal groups: health A 1, B 0; VCS A 1/6, B 5/6; means A 7/12, B 5/12 -> A.
    CountInput input { .method = "dot_vote", .options = { "A", "B" }, .required_groups = { "health", "vcs" } };
    Ballot h = position("h", "health", ""), v1 = position("v1", "vcs", ""), v2 = position("v2", "vcs", "");
    h.dots = { 3, 0 };
    v1.dots = { 0, 3 };
    v2.dots = { 1, 2 };
    input.ballots = { h, v1, v2 };
    auto const equal = count(input);
    EXPECT_EQ(equal.outcome, "A");
    EXPECT_NEAR(equal.totals.at("A"), 7.0 / 12.0, 1e-12);
    input.weighting = "per_person";
    auto const people = count(input);
    EXPECT_EQ(people.outcome, "B");
    EXPECT_NEAR(people.totals.at("B"), 5.0 / 9.0, 1e-12);
    EXPECT_TRUE(check_ballot(input, v2, 3) == std::nullopt);
    v2.dots = { 2, 2 };
    EXPECT_TRUE(check_ballot(input, v2, 3).has_value());
}

TEST(Counting, InstantRunoffWithTheDocumentedTieBreak)
{
    // Options 0 Bus, 1 Taxi, 2 Walk; per person, 5 ballots:
    //   [0,1] [0,1] [1,2] [2,1] [2,0]
    // Round 1: Bus 2, Taxi 1, Walk 2 (of 5; none above 2.5) -> eliminate Taxi.
    // Round 2: [1,2] moves to Walk: Bus 2, Walk 3 -> Walk wins (3 > 2.5).
    CountInput input { .method = "ranked_choice", .weighting = "per_person", .options = { "Bus", "Taxi", "Walk" }, .required_groups = { "residents" } };
    input.ballots = { ranked("1", "residents", { 0, 1 }), ranked("2", "residents", { 0, 1 }), ranked("3", "residents", { 1, 2 }),
        ranked("4", "residents", { 2, 1 }), ranked("5", "residents", { 2, 0 }) };
    auto const result = count(input);
    ASSERT_EQ(result.rounds.size(), 2u);
    EXPECT_EQ(result.rounds[0].eliminated, "Taxi");
    EXPECT_DOUBLE_EQ(result.rounds[1].tallies.at("Walk"), 3.0);
    EXPECT_EQ(result.outcome, "Walk");

    // A tie for last place: Bus 1, Taxi 1, Walk 2 in round 1, and Bus and
    // Taxi have the same first preferences, so the later-listed (Taxi) goes.
    // Round 2: [1,0] moves to Bus: Bus 2, Walk 2 (of 4, neither above 2):
    // tie for last again; first preferences Bus 1 < Walk 2, so Bus goes: Walk wins.
    input.ballots = { ranked("1", "residents", { 0 }), ranked("2", "residents", { 1, 0 }), ranked("3", "residents", { 2 }),
        ranked("4", "residents", { 2 }) };
    auto const tied = count(input);
    ASSERT_EQ(tied.rounds.size(), 3u);
    EXPECT_EQ(tied.rounds[0].eliminated, "Taxi");
    EXPECT_EQ(tied.rounds[1].eliminated, "Bus");
    EXPECT_EQ(tied.outcome, "Walk");
}

TEST(Counting, InstantRunoffWeighsGroupsEqually)
{
    // Council (4 voters) all [0]; residents (1 voter) [1]; VCS (1 voter) [1].
    // Per person: 0 has 4 of 6 -> wins in round 1.
    // Equal groups: each council ballot weighs 1/4: 0 has 1, 1 has 2 of 3 -> 1 wins.
    CountInput input { .method = "ranked_choice", .options = { "Close it", "Keep it" }, .required_groups = {} };
    for (int i = 0; i < 4; ++i)
        input.ballots.push_back(ranked("c" + std::to_string(i), "local_authority", { 0 }));
    input.ballots.push_back(ranked("r", "residents", { 1 }));
    input.ballots.push_back(ranked("v", "vcs", { 1 }));
    EXPECT_EQ(count(input).outcome, "Keep it");
    input.weighting = "per_person";
    EXPECT_EQ(count(input).outcome, "Close it");
}

}
}
