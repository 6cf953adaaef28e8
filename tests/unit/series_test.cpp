// Meetings of a series keep their wall-clock time in the activity's zone.

#include <gtest/gtest.h>

#include "modules/engagement/calendar.hpp"

namespace rt::engagement {
namespace {

TEST(Series, MonthlyMeetingsKeepTheLocalTimeAcrossTheClockChange)
{
    // 3 March 2030 14:00 in London is GMT (14:00Z). A month later, 3 April, is
    // in British Summer Time (UTC+1): 14:00 local is 13:00Z.
    EXPECT_EQ(step_in_zone("2030-03-03T14:00:00Z", "Europe/London", "month", 1), "2030-04-03T13:00:00.000Z");
    EXPECT_EQ(step_in_zone("2030-03-03T14:00:00Z", "Europe/London", "month", 12), "2031-03-03T14:00:00.000Z");
}

TEST(Series, WeeklyMeetingsAcrossTheEndOfSummerTime)
{
    // Sunday 20 October 2030, 14:00 BST = 13:00Z. Summer time ends on Sunday
    // 27 October 2030, so the next meeting at 14:00 GMT is 14:00Z.
    EXPECT_EQ(step_in_zone("2030-10-20T13:00:00Z", "Europe/London", "week", 1), "2030-10-27T14:00:00.000Z");
    EXPECT_EQ(step_in_zone("2030-10-20T13:00:00Z", "Europe/London", "week", 2), "2030-11-03T14:00:00.000Z");
}

TEST(Series, TheEndOfAMonthStaysInTheMonth)
{
    // 31 January 2030 10:00 GMT; February 2030 has 28 days.
    EXPECT_EQ(step_in_zone("2030-01-31T10:00:00Z", "Europe/London", "month", 1), "2030-02-28T10:00:00.000Z");
    // New York: 09:00 EST (14:00Z) on 1 March 2030; 1 April is EDT (UTC-4): 13:00Z.
    EXPECT_EQ(step_in_zone("2030-03-01T14:00:00Z", "America/New_York", "month", 1), "2030-04-01T13:00:00.000Z");
}

}
}
