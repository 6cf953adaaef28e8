// The barometer's barriers put together from counts (modules/barometer/assemble),
// on the fixture project of issue 14 worked out by hand: three required groups
// (local authority, VCS, residents), the VCS invited on day 21, six
// contributions split 3/2/1, two decisions (one without the VCS), a claim paid
// after 10 days and an attendee never offered payment. Natural logarithms to
// six places.

#include <algorithm>

#include <gtest/gtest.h>

#include "modules/barometer/assemble.hpp"
#include "modules/barometer/forms.hpp"
#include "modules/barometer/permissions.hpp"
#include "modules/barometer/settings.hpp"

namespace rt::barometer {
namespace {

Inputs fixture()
{
    Inputs in;
    in.project_id = "p1";
    in.required_groups = { "local_authority", "vcs", "residents" };
    in.days_so_far = 30;
    in.groups["local_authority"] = { 1.0, 30.0, "discover" };
    in.groups["residents"] = { 1.0, 30.0, "discover" };
    in.groups["vcs"] = { 21.0, 30.0, "discover" };
    in.contributions_by_group = { { "residents", 3 }, { "local_authority", 2 }, { "vcs", 1 } };
    // One adopted council contribution (1 to the council); one agreed decision
    // tracing to a VCS and a residents' contribution (0.5 each).
    in.adopted.by_group = { { "local_authority", 1.0 }, { "vcs", 0.5 }, { "residents", 0.5 } };
    in.adopted.items = 2;
    in.proposals_by_group = { { "residents", 1 }, { "local_authority", 1 } };
    in.decisions = { { true, { { "local_authority", 1 }, { "vcs", 1 }, { "residents", 1 } } }, { true, { { "local_authority", 1 }, { "residents", 1 } } } };
    in.decisions_with_every_group = 1;
    in.published = 5;
    in.plain = 5;
    in.days_to_payment = { 10 };
    in.attended_unpaid = 2;
    in.attended_not_offered = 1;
    in.spend_by_group_pence = { { "residents", 400 } };
    in.members = 5;
    return in;
}

Figure const& figure_of(std::vector<Barrier> const& barriers, std::string const& key)
{
    for (auto const& barrier : barriers)
        for (auto const& figure : barrier.figures)
            if (figure.key == key)
                return figure;
    throw std::runtime_error("no figure " + key);
}

Barrier const& barrier_of(std::vector<Barrier> const& barriers, std::string const& key)
{
    return *std::ranges::find(barriers, key, &Barrier::key);
}

std::vector<std::string> alert_keys(Barrier const& barrier)
{
    std::vector<std::string> keys;
    for (auto const& alert : barrier.alerts)
        keys.push_back(alert.key);
    return keys;
}

TEST(BarometerAssemble, TheFixtureProjectFigureByFigure)
{
    auto const barriers = assemble(fixture(), Settings {});
    ASSERT_EQ(barriers.size(), 6u);

    // Invited early: all three first took part in discover, 3/3 = 1. The
    // longest wait for an invitation is the VCS's 21 days (> 14: alert); the
    // longest for taking part is 30 days (> 28: alert).
    EXPECT_EQ(*figure_of(barriers, "earliest_stage").value, 1.0);
    EXPECT_EQ(*figure_of(barriers, "invitation_lag_days").value, 21.0);
    EXPECT_EQ(figure_of(barriers, "invitation_lag_days").state, State::Alert);
    EXPECT_EQ(*figure_of(barriers, "participation_lag_days").value, 30.0);
    auto const& invited = barrier_of(barriers, "invited_early");
    EXPECT_EQ(invited.state, State::Alert);
    EXPECT_EQ(alert_keys(invited), (std::vector<std::string> { "invited_late", "took_part_late" }));
    EXPECT_EQ(invited.alerts[0].params.at("days"), "21");
    EXPECT_EQ(invited.alerts[0].message,
        "The voluntary and community sector was first invited 21 days after the project started: invite every group as a project starts.");
    EXPECT_EQ(invited.alerts[0].action_path, "/projects/p1/timeline");

    // Marginal: voice p = 3/6, 2/6, 1/6 -> H / ln 3 = 1.011405 / 1.098612 = 0.920620.
    // Influence p = 1/2, 1/4, 1/4 -> H = 0.346574 + 2 * 0.25 * 1.386294 = 1.039721; / 1.098612 = 0.946395.
    // The VCS's share of the credit: 0.5 / 2 = 0.25 (>= 0.15).
    EXPECT_NEAR(*figure_of(barriers, "voice_balance").value, 0.920620, 1e-6);
    EXPECT_NEAR(*figure_of(barriers, "influence_balance").value, 0.946395, 1e-6);
    EXPECT_NEAR(*figure_of(barriers, "vcs_share").value, 0.25, 1e-12);
    EXPECT_EQ(barrier_of(barriers, "marginal").state, State::Ok);
    EXPECT_TRUE(barrier_of(barriers, "marginal").alerts.empty());

    // Equal partner: initiative 1 council and 1 residents' proposal, p = 1/2, 1/2, 0
    // -> ln 2 / ln 3 = 0.693147 / 1.098612 = 0.630930 (>= 0.6).
    // Decision weight, equal groups: decision 1 gives each of three 1/3,
    // decision 2 gives the council and residents 1/2 each: 5/6, 1/3, 5/6 of 2,
    // p = 5/12, 1/6, 5/12 -> H = 2 * 0.416667 * 0.875469 + 0.166667 * 1.791759 = 1.028184; / 1.098612 = 0.935893.
    EXPECT_NEAR(*figure_of(barriers, "initiative_balance").value, 0.630930, 1e-6);
    EXPECT_NEAR(*figure_of(barriers, "decision_weight_balance").value, 0.935893, 1e-6);
    EXPECT_EQ(barrier_of(barriers, "equal_partner").state, State::Ok);

    // Top-down: 1 of 2 decisions with every group = 0.5 (< 0.8); 1 without (> 0).
    EXPECT_EQ(*figure_of(barriers, "quorum_rate").value, 0.5);
    EXPECT_EQ(*figure_of(barriers, "closed_without_groups").value, 1.0);
    auto const& top_down = barrier_of(barriers, "top_down");
    EXPECT_EQ(alert_keys(top_down), std::vector<std::string> { "decided_without_groups" });
    EXPECT_EQ(top_down.alerts[0].message, "1 decision was made without every required group: review decisions.");

    // Language: 5 of 5 plain; no member reads another language (not enough
    // data); 0 of 5 in Easy Read (< 0.5: alert); no needs asked for.
    EXPECT_EQ(*figure_of(barriers, "plain_language").value, 1.0);
    EXPECT_EQ(figure_of(barriers, "translation_coverage").state, State::NotEnoughData);
    EXPECT_FALSE(figure_of(barriers, "translation_coverage").value);
    EXPECT_EQ(*figure_of(barriers, "easy_read_coverage").value, 0.0);
    EXPECT_EQ(figure_of(barriers, "access_met").state, State::NotEnoughData);
    // No member of the five is out of email's reach (0, not above 0): ok, no alert.
    EXPECT_EQ(*figure_of(barriers, "unreachable").value, 0.0);
    EXPECT_EQ(figure_of(barriers, "unreachable").state, State::Ok);
    EXPECT_EQ(alert_keys(barrier_of(barriers, "language")), std::vector<std::string> { "translations_missing" });

    // Resources: the median of {10} is 10 (<= 14, ok); 1 attended never offered
    // (> 0: alert); 400p spent, with no threshold.
    EXPECT_EQ(*figure_of(barriers, "median_days_to_payment").value, 10.0);
    EXPECT_EQ(figure_of(barriers, "median_days_to_payment").state, State::Ok);
    EXPECT_EQ(*figure_of(barriers, "attended_not_offered").value, 1.0);
    auto const& resources = barrier_of(barriers, "resources");
    EXPECT_EQ(alert_keys(resources), std::vector<std::string> { "not_offered" });
    EXPECT_EQ(resources.alerts[0].message, "1 person attended without an offer of payment: record offers.");
    EXPECT_EQ(resources.alerts[0].action_path, "/projects/p1/budget");
    EXPECT_EQ(*figure_of(barriers, "spend_by_group").value, 400.0);
    EXPECT_FALSE(figure_of(barriers, "spend_by_group").threshold);
}

TEST(BarometerAssemble, InitiativesCountAsInitiativeAndAsDeliveryLedByCommunityGroups)
{
    auto in = fixture();
    in.chairs_by_group = { { "local_authority", 3 }, { "vcs", 1 } };
    in.initiatives_led_by_group = { { "residents", 1 } };
    in.initiatives_led = 1;
    auto const barriers = assemble(in, Settings {});
    // Initiative: proposals (council 1, residents 1), chairs (council 3, VCS 1), initiatives led (residents 1):
    // council 4, residents 2, VCS 1 of 7 -> H = 0.955700; / ln 3 = 0.869916.
    EXPECT_NEAR(*figure_of(barriers, "initiative_balance").value, 0.869916, 1e-6);
    EXPECT_NE(figure_of(barriers, "initiative_balance").formula.find("initiatives led (1)"), std::string::npos);
    // Delivery: places leading it are 4 chairs and 1 initiative; community groups hold the VCS chair and the residents' initiative: 2 / 5.
    auto const& delivery = figure_of(barriers, "community_delivery_share");
    EXPECT_NEAR(*delivery.value, 0.4, 1e-12);
    EXPECT_EQ(delivery.state, State::Ok);
    // With only the council chairing, it alerts and points at proposing an initiative.
    in.chairs_by_group = { { "local_authority", 4 } };
    in.initiatives_led_by_group = {};
    in.initiatives_led = 0;
    auto const staff_led = assemble(in, Settings {});
    EXPECT_EQ(*figure_of(staff_led, "community_delivery_share").value, 0.0);
    auto const& equal = barrier_of(staff_led, "equal_partner");
    EXPECT_TRUE(std::ranges::any_of(equal.alerts, [](Alert const& alert) { return alert.key == "delivery_not_community_led" && alert.action_path == "/initiatives/new?project=p1"; }));
}

TEST(BarometerAssemble, EveryBarrierWithNothingRecordedIsNotEnoughData)
{
    Inputs in;
    in.project_id = "p2";
    // No required groups, nothing counted: not even the counts (decisions made
    // without every group, attendees not offered) are "on track" on day one,
    // as nothing was decided and nobody attended.
    for (auto const& barrier : assemble(in, Settings {})) {
        if (barrier.key == "reach")
            continue;
        EXPECT_EQ(barrier.state, State::NotEnoughData) << barrier.key;
        for (auto const& figure : barrier.figures) {
            EXPECT_EQ(figure.state, State::NotEnoughData) << figure.key;
            EXPECT_FALSE(figure.value) << figure.key;
            EXPECT_FALSE(figure.missing.empty()) << figure.key;
            // Each reason also comes as keys the web app words in the reader's language.
            EXPECT_FALSE(figure.missing_parts.empty()) << figure.key;
        }
    }
    auto const barriers = assemble(in, Settings {});
    auto const& closed = figure_of(barriers, "closed_without_groups");
    ASSERT_EQ(closed.missing_parts.size(), 1u);
    EXPECT_EQ(closed.missing_parts[0].key, "none_yet");
    EXPECT_EQ(closed.missing_parts[0].params.at("what"), "decisions");
    EXPECT_EQ(figure_of(barriers, "attended_not_offered").missing_parts[0].key, "no_unpaid_attendances");
    // With no members, translation is not "not needed because everyone reads English".
    EXPECT_EQ(figure_of(barriers, "translation_coverage").missing, "The project has no members yet.");
    EXPECT_EQ(figure_of(barriers, "translation_coverage").missing_parts[0].key, "no_members");
}

TEST(BarometerAssemble, AGroupNotYetInvitedIsNamedAndCountsTheDaysSoFar)
{
    auto in = fixture();
    in.groups.erase("vcs");
    auto const barriers = assemble(in, Settings {});
    // The VCS has waited the 30 days so far.
    auto const& lag = figure_of(barriers, "invitation_lag_days");
    EXPECT_EQ(*lag.value, 30.0);
    EXPECT_EQ(lag.missing, "Not yet: voluntary and community sector; counted as the 30 days so far.");
    auto const& invited = barrier_of(barriers, "invited_early");
    EXPECT_EQ(invited.alerts.front().key, "group_not_invited");
    EXPECT_EQ(invited.alerts.front().message, "No one from the voluntary and community sector has been invited yet: review invitations.");
    EXPECT_EQ(invited.alerts.front().action_path, "/projects/p1/invitations");
    // Never took part, so not in discover: 2 of 3 = 0.666667 (< 0.8).
    EXPECT_NEAR(*figure_of(barriers, "earliest_stage").value, 2.0 / 3.0, 1e-12);
    // The longest wait counts the VCS's 30 days, but no invited group waited over 14: no "invited late".
    EXPECT_EQ(std::ranges::count(alert_keys(invited), "invited_late"), 0);
}

TEST(BarometerAssemble, APartnershipsOwnThresholdsDecide)
{
    Settings settings;
    settings.thresholds["invitation_lag_days"] = 28;
    settings.thresholds["quorum_rate"] = 0.5;
    settings.thresholds["closed_without_groups"] = 1;
    auto const barriers = assemble(fixture(), settings);
    // 21 days is within 28; a quorum rate of 0.5 is not below 0.5; 1 is not above 1.
    EXPECT_EQ(figure_of(barriers, "invitation_lag_days").state, State::Ok);
    EXPECT_EQ(*figure_of(barriers, "invitation_lag_days").threshold, 28);
    EXPECT_EQ(barrier_of(barriers, "top_down").state, State::Ok);
    EXPECT_TRUE(barrier_of(barriers, "top_down").alerts.empty());
}

TEST(BarometerWeights, EqualGroupsAndPerPerson)
{
    // Per person: 3 council voters and 1 resident: 0.75 and 0.25. Equal groups: 0.5 each.
    auto const per_person = decision_weights({ { false, { { "local_authority", 3 }, { "residents", 1 } } } });
    EXPECT_NEAR(per_person.at("local_authority"), 0.75, 1e-12);
    EXPECT_NEAR(per_person.at("residents"), 0.25, 1e-12);
    auto const equal = decision_weights({ { true, { { "local_authority", 3 }, { "residents", 1 } } } });
    EXPECT_NEAR(equal.at("local_authority"), 0.5, 1e-12);
    // A decision nobody voted on gives no weight.
    EXPECT_TRUE(decision_weights({ { true, {} } }).empty());
}

TEST(BarometerSmallNumbers, FewerThanTheThresholdShowNoMean)
{
    // 4 ratings of 7, 4, 3, 5 with a threshold of 5: suppressed, no mean.
    auto const four = breakdown({ 7, 4, 3, 5 }, 5);
    EXPECT_TRUE(four.suppressed);
    EXPECT_EQ(four.respondents, 4);
    EXPECT_FALSE(four.mean);
    // A fifth, 6: (7 + 4 + 3 + 5 + 6) / 5 = 5.
    auto const five = breakdown({ 7, 4, 3, 5, 6 }, 5);
    EXPECT_FALSE(five.suppressed);
    EXPECT_EQ(*five.mean, 5.0);
}

TEST(BarometerReachAssembled, SuppressedUnderTheSmallNumberAndFlaggedUnder08)
{
    Settings settings;
    ReachInput input { { { "age:75_plus", 0.10 } }, { { "age:75_plus", 1 } }, 4 };
    // 4 answered, under 5: no figures at all.
    auto const hidden = assemble_reach("p1", input, settings);
    EXPECT_TRUE(hidden.suppressed);
    EXPECT_TRUE(hidden.figures.empty());
    // 20 answered, 1 aged 75 or more: s = 0.05, b = 0.10, ratio 0.5 < 0.8.
    input.answered = 20;
    auto const shown = assemble_reach("p1", input, settings);
    ASSERT_EQ(shown.figures.size(), 1u);
    EXPECT_NEAR(*shown.figures[0].value, 0.5, 1e-12);
    ASSERT_EQ(shown.alerts.size(), 1u);
    EXPECT_EQ(shown.alerts[0].params.at("category"), "age:75_plus");
}

TEST(BarometerSettingsForm, RefusesWhatCannotBeAThreshold)
{
    auto fields = [](boost::json::object body) {
        auto const read = SettingsForm::read(body);
        std::vector<std::string> names;
        if (!read)
            for (auto const& [field, messages] : read.error().field_errors)
                names.push_back(field);
        return names;
    };
    EXPECT_EQ(fields({ { "thresholds", { { "quorum_rate", 1.5 } } } }), std::vector<std::string> { "thresholds.quorum_rate" });
    EXPECT_EQ(fields({ { "thresholds", { { "nonsense", 1 } } } }), std::vector<std::string> { "thresholds.nonsense" });
    EXPECT_EQ(fields({ { "thresholds", { { "spend_by_group", 1 } } } }), std::vector<std::string> { "thresholds.spend_by_group" });
    EXPECT_EQ(fields({ { "thresholds", { { "closed_without_groups", 0.5 } } } }), std::vector<std::string> { "thresholds.closed_without_groups" });
    EXPECT_EQ(fields({ { "small_number", 2 } }), std::vector<std::string> { "small_number" });
    EXPECT_EQ(fields({ { "baseline", { { "age:75_plus", 0.7 }, { "age:65_74", 0.4 } } } }), std::vector<std::string> { "baseline" });
    EXPECT_EQ(fields({ { "baseline", { { "shoe_size:9", 0.1 } } } }), std::vector<std::string> { "baseline.shoe_size:9" });
    EXPECT_TRUE(fields({ { "thresholds", { { "invitation_lag_days", 21 } } }, { "small_number", 3 } }).empty());
}

TEST(BarometerAssemble, MembersNoEmailReachesAreCountedAsABarrier)
{
    // 2 of 6 members have no email address: above the default threshold of 0,
    // so an alert that says how many and leads to the invitations (letters).
    auto in = fixture();
    in.members = 6;
    in.members_unreachable = 2;
    auto const barriers = assemble(in, Settings {});
    auto const& figure = figure_of(barriers, "unreachable");
    EXPECT_EQ(*figure.value, 2.0);
    EXPECT_EQ(figure.state, State::Alert);
    EXPECT_EQ(figure.counts.at("members"), 6.0);
    auto const& language = barrier_of(barriers, "language");
    EXPECT_EQ(language.state, State::Alert);
    auto const found = std::ranges::find(language.alerts, std::string { "unreachable" }, &Alert::key);
    ASSERT_NE(found, language.alerts.end());
    EXPECT_EQ(found->message, "2 members cannot be reached by email: send letters or call.");
    EXPECT_EQ(found->action_path, "/projects/p1/invitations");
    EXPECT_EQ(found->params.at("count"), "2");

    // One member: the singular.
    in.members_unreachable = 1;
    auto const one = barrier_of(assemble(in, Settings {}), "language");
    EXPECT_EQ(std::ranges::find(one.alerts, std::string { "unreachable" }, &Alert::key)->message, "1 member cannot be reached by email: send letters or call.");
}

TEST(BarometerPermissions, WhoRatesAndWhoReadsComments)
{
    EXPECT_TRUE(can_rate(true, false));
    EXPECT_FALSE(can_rate(false, false));
    EXPECT_FALSE(can_rate(true, true));
    EXPECT_TRUE(can_read_comments(false, true, true));
    EXPECT_FALSE(can_read_comments(false, false, true));
    EXPECT_FALSE(can_read_comments(true, false, false));
    EXPECT_TRUE(can_change_settings(Actor { "p", "x", Role::Convener }));
    EXPECT_FALSE(can_change_settings(Actor { "p", "x", Role::Member }));
}

}
}
