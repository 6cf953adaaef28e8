// A project's lifecycle rules and timeline figures, with values worked out by hand.

#include <gtest/gtest.h>

#include "modules/projects/lifecycle.hpp"

namespace rt::projects {
namespace {

TEST(ProjectLifecycle, MovesFollowTheStages)
{
    EXPECT_TRUE(is_allowed_move("discover", "design"));
    EXPECT_TRUE(is_allowed_move("design", "deliver"));
    EXPECT_TRUE(is_allowed_move("deliver", "review"));
    EXPECT_TRUE(is_allowed_move("review", "design")) << "services are ongoing and responsive";
    EXPECT_TRUE(is_allowed_move("review", "closed"));
    EXPECT_TRUE(is_allowed_move("discover", "closed"));
    EXPECT_FALSE(is_allowed_move("discover", "deliver")) << "no skipping design";
    EXPECT_FALSE(is_allowed_move("design", "discover"));
    EXPECT_FALSE(is_allowed_move("closed", "design"));
    EXPECT_FALSE(is_allowed_move("design", "design"));
}

TEST(ProjectLifecycle, MissingGroupsKeepTheCharterOrder)
{
    std::vector<std::string> const required { "local_authority", "health", "vcs", "residents" };
    EXPECT_EQ(missing_groups(required, { "vcs", "health", "staff" }), (std::vector<std::string> { "local_authority", "residents" }));
    EXPECT_TRUE(missing_groups(required, { "residents", "vcs", "health", "local_authority" }).empty());
}

TEST(ProjectTimeline, LagsAreDaysFromCreationAndNeverInvitedIsNotZero)
{
    auto const created = *parse_time("2026-03-02T09:00:00Z");
    std::vector<ProjectEvent> const events {
        // The council's co-lead joined at creation: invited and accepted at 0.0 days.
        { "local_authority", "joined", "discover", "p1", "Priya", "2026-03-02T09:00:00Z" },
        // Residents invited 6 hours in (0.25 days -> 0.3 to one decimal), accepted 2 days 12 hours in.
        { "residents", "invited", "discover", "p2", "Joan", "2026-03-02T15:00:00Z" },
        { "residents", "accepted", "discover", "p2", "Joan", "2026-03-04T21:00:00Z" },
        // The VCS was invited late, 23 days and 3 hours in (23.125 -> 23.1), in design,
        // and a second, later invitation does not move the first moment.
        { "vcs", "invited", "design", "o1", "Silver Threads", "2026-03-26T09:00:00Z" },
        { "vcs", "invited", "design", "o2", "Carers Network", "2026-03-25T12:00:00Z" },
        { "residents", "took_part", "design", "p2", "Joan", "2026-03-30T09:00:00Z" },
    };
    auto const rows = compute_timeline(created, { "local_authority", "health", "vcs", "residents" }, events);
    ASSERT_EQ(rows.size(), 7u);

    auto const& council = rows[0];
    EXPECT_EQ(council.group, "local_authority");
    ASSERT_TRUE(council.invited && council.accepted);
    EXPECT_DOUBLE_EQ(council.invited->lag_days, 0.0);
    EXPECT_DOUBLE_EQ(council.accepted->lag_days, 0.0);

    auto const& health = rows[1];
    EXPECT_TRUE(health.required);
    EXPECT_FALSE(health.invited) << "never invited is reported as such, not as zero days";
    EXPECT_FALSE(health.accepted);

    auto const& vcs = rows[2];
    ASSERT_TRUE(vcs.invited);
    // 2026-03-25T12:00 is the earlier of the two: 23 days 3 hours = 23.125 days.
    EXPECT_EQ(vcs.invited->at, "2026-03-25T12:00:00Z");
    EXPECT_DOUBLE_EQ(vcs.invited->lag_days, 23.1);
    EXPECT_EQ(vcs.invited->stage, "design");
    EXPECT_FALSE(vcs.accepted);

    auto const& residents = rows[5];
    EXPECT_EQ(residents.group, "residents");
    EXPECT_DOUBLE_EQ(residents.invited->lag_days, 0.3);  // 6 h = 0.25 d
    EXPECT_DOUBLE_EQ(residents.accepted->lag_days, 2.5); // 60 h
    ASSERT_TRUE(residents.took_part);
    EXPECT_DOUBLE_EQ(residents.took_part->lag_days, 28.0); // 2 March 09:00 to 30 March 09:00

    auto const& staff = rows[6];
    EXPECT_FALSE(staff.required);
    EXPECT_FALSE(staff.invited);
}

}
}
