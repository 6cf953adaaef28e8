// The planning view, counted by hand.

#include <gtest/gtest.h>

#include "modules/engagement/planning.hpp"

namespace rt::engagement {
namespace {

Signup person(std::vector<std::string> needs, std::string language)
{
    Signup signup;
    signup.access_needs = std::move(needs);
    signup.language = std::move(language);
    signup.status = "place";
    return signup;
}

TEST(Planning, CountsNeedsInterpretersAndVenueGaps)
{
    Activity activity;
    activity.starts_at = "2026-12-01T14:00:00Z";
    activity.venue_address = "Riverside Community Centre";
    activity.venue_features = { "step-free", "accessible-toilet" };
    // A: BSL and a hearing loop. B: Polish interpreter. C: Polish interpreter and
    // step-free access. D: Arabic interpreter and Easy Read. E: nothing.
    std::vector<Signup> const places {
        person({ "bsl-interpreter", "hearing-loop" }, "en"),
        person({ "spoken-language-interpreter" }, "pl"),
        person({ "spoken-language-interpreter", "step-free-access" }, "pl"),
        person({ "spoken-language-interpreter", "easy-read" }, "ar"),
        person({}, "en"),
    };
    auto const plan = make_plan(activity, places, { "bsl-interpreter" }, *parse_time("2026-11-20T09:00:00Z"));
    EXPECT_EQ(plan.people_coming, 5);

    // Needs in tag order: bsl-interpreter 1 (arranged), easy-read 1, hearing-loop 1, step-free-access 1 (the venue has it).
    ASSERT_EQ(plan.needs.size(), 4u);
    EXPECT_EQ(plan.needs[0].need, "bsl-interpreter");
    EXPECT_TRUE(plan.needs[0].arranged);
    EXPECT_EQ(plan.needs[1].need, "easy-read");
    EXPECT_EQ(plan.needs[1].count, 1);
    EXPECT_EQ(plan.needs[2].need, "hearing-loop");
    EXPECT_FALSE(plan.needs[2].met_by_venue);
    EXPECT_EQ(plan.needs[3].need, "step-free-access");
    EXPECT_TRUE(plan.needs[3].met_by_venue);

    // Interpreters: Arabic 1, Polish 2.
    ASSERT_EQ(plan.interpreters.size(), 2u);
    EXPECT_EQ(plan.interpreters[0].language, "ar");
    EXPECT_EQ(plan.interpreters[0].count, 1);
    EXPECT_EQ(plan.interpreters[1].language, "pl");
    EXPECT_EQ(plan.interpreters[1].count, 2);

    // The one venue gap: no hearing loop.
    ASSERT_EQ(plan.venue_gaps.size(), 1u);
    EXPECT_EQ(plan.venue_gaps[0].need, "hearing-loop");
    EXPECT_EQ(plan.venue_gaps[0].feature, "hearing-loop");
    EXPECT_FALSE(plan.flagged) << "eleven days away";
}

TEST(Planning, NoInterpreterForAnActivityInThePersonsLanguage)
{
    Activity activity;
    activity.starts_at = "2026-12-01T14:00:00Z";
    activity.online_url = "https://meet.example/forum";
    activity.languages = { "en", "pl" };
    // Two ask for an interpreter: the Polish speaker needs none here, the Somali speaker does.
    auto const plan = make_plan(activity, { person({ "spoken-language-interpreter" }, "pl"), person({ "spoken-language-interpreter" }, "so") },
        {}, *parse_time("2026-11-20T09:00:00Z"));
    ASSERT_EQ(plan.interpreters.size(), 1u);
    EXPECT_EQ(plan.interpreters[0].language, "so");
}

TEST(Planning, NeverDropsAnInterpreterRequest)
{
    Activity activity;
    activity.starts_at = "2026-12-01T14:00:00Z";
    activity.online_url = "https://meet.example/forum";
    activity.languages = { "en", "pt" };
    // Six ask for an interpreter at an activity in English and Portuguese:
    // - Tigrinya (ti), a language outside the old list of ten: 1 for ti;
    // - Brazilian Portuguese (pt-BR): served by pt, no interpreter;
    // - a language never recorded (""), and one stored before tags were checked
    //   ("Tigrinya", not a tag): both counted as 2 for an undetermined language (und);
    // - Tigrinya again, written in capitals (TI), which is the same tag: ti becomes 2.
    // - Portuguese (pt) itself: none.
    auto const plan = make_plan(activity,
        { person({ "spoken-language-interpreter" }, "ti"), person({ "spoken-language-interpreter" }, "pt-BR"),
            person({ "spoken-language-interpreter" }, ""), person({ "spoken-language-interpreter" }, "Tigrinya"),
            person({ "spoken-language-interpreter" }, "TI"), person({ "spoken-language-interpreter" }, "pt") },
        {}, *parse_time("2026-11-30T09:00:00Z"));
    ASSERT_EQ(plan.interpreters.size(), 2u);
    EXPECT_EQ(plan.interpreters[0].language, "ti");
    EXPECT_EQ(plan.interpreters[0].count, 2);
    EXPECT_EQ(plan.interpreters[1].language, "und");
    EXPECT_EQ(plan.interpreters[1].count, 2);
    // Neither is arranged and the activity is a day away: the plan is flagged.
    EXPECT_TRUE(plan.flagged);
    // Arranging the undetermined one uses the key the plan gives it.
    auto const arranged = make_plan(activity, { person({ "spoken-language-interpreter" }, "") }, { interpreter_key("und") },
        *parse_time("2026-11-30T09:00:00Z"));
    ASSERT_EQ(arranged.interpreters.size(), 1u);
    EXPECT_TRUE(arranged.interpreters[0].arranged);
}

TEST(Planning, FlagsAnUnarrangedNeedWithinThreeDays)
{
    Activity activity;
    activity.starts_at = "2026-12-01T14:00:00Z";
    activity.online_url = "https://meet.example/forum";
    std::vector<Signup> const places { person({ "easy-read" }, "en") };
    // 2 days 23 hours before: inside the 3-day window.
    EXPECT_TRUE(make_plan(activity, places, {}, *parse_time("2026-11-28T15:00:00Z")).flagged);
    // 3 days 1 hour before: outside.
    EXPECT_FALSE(make_plan(activity, places, {}, *parse_time("2026-11-28T13:00:00Z")).flagged);
    // Arranged: no flag.
    EXPECT_FALSE(make_plan(activity, places, { "easy-read" }, *parse_time("2026-11-30T09:00:00Z")).flagged);
    // Online: venue needs are not gaps.
    EXPECT_TRUE(make_plan(activity, { person({ "step-free-access" }, "en") }, {}, *parse_time("2026-11-30T09:00:00Z")).venue_gaps.empty());
    // Already started: no flag.
    EXPECT_FALSE(make_plan(activity, places, {}, *parse_time("2026-12-01T15:00:00Z")).flagged);
}

}
}
