// The co-production barometer over HTTP (issue 14), on the fixture
// project, every figure worked out by hand below:
// - 3 required groups: local authority (Carl), VCS (Vera), residents (Rita, Rob, Rae);
// - created 30 days ago; the council and residents joined on day 1, the VCS on day 21;
// - 6 contributions: residents 3, council 2, VCS 1; one council contribution adopted;
// - 2 decisions: one with every group (agreed, naming Vera's and one of Rita's
//   contributions), one without the VCS (closed without quorum, so not agreed);
// - Rita's claim paid 10 days after she sent it; Rob attended and was never
//   offered payment (his offer is taken away, as for attendance recorded
//   before offers existed).
// Time is the one thing a test cannot wait for: the dates are moved back in
// the database, as backdate_sign_in_links does.

#include <boost/json.hpp>

#include "core/time.hpp"
#include "db/database.hpp"
#include "support/api_fixture.hpp"

namespace rt::test {
namespace {

class BarometerApi : public ApiTest {
protected:
    struct Fixture {
        std::string project;
        std::string activity;
        NewPerson carl, vera, rita, rob, rae;
    };

    static void SetUpTestSuite()
    {
        ApiTest::SetUpTestSuite();
        s_fixture = std::make_unique<Fixture>(build());
    }
    static void TearDownTestSuite()
    {
        s_fixture.reset();
        ApiTest::TearDownTestSuite();
    }

    static HttpResponse put(HttpClient client, std::string const& target, boost::json::value const& body)
    {
        return client.send("PUT", target, boost::json::serialize(body), { { "Content-Type", "application/json" } });
    }

    template<typename Work>
    static void sql(Work work)
    {
        db::Database database { *db::parse_database_url(s_database->url()) };
        auto const done = database.write([&](soci::session& session) -> Status {
            work(session);
            return {};
        });
        ASSERT_TRUE(done.has_value());
    }

    static std::string contribute(HttpClient& client, std::string const& project, std::string const& words)
    {
        auto const made = client.post("/api/v1/projects/" + project + "/contributions", boost::json::value { { "kind", "idea" }, { "text", words } });
        EXPECT_EQ(made.status, 201) << made.body;
        return text(made.json().at("id"));
    }

    static std::string propose(HttpClient& client, std::string const& project, std::string const& title, boost::json::array contributions)
    {
        auto const made = client.post("/api/v1/projects/" + project + "/proposals",
            boost::json::value { { "title", title }, { "text", "We meet on Fridays." }, { "method", "majority" },
                { "closes_at", "2031-01-01T00:00:00Z" }, { "contribution_ids", std::move(contributions) } });
        EXPECT_EQ(made.status, 201) << made.body;
        return text(made.json().at("id"));
    }

    static void vote_yes(HttpClient& client, std::string const& proposal)
    {
        auto const voted = client.post("/api/v1/proposals/" + proposal + "/votes", boost::json::value { { "position", "yes" } });
        EXPECT_EQ(voted.status, 200) << voted.body;
    }

    static Fixture build()
    {
        auto convener = convener_a();
        Fixture f { "", "", person_with_session("Carl Council", "local_authority"), person_with_session("Vera Volunteer", "vcs"),
            person_with_session("Rita Resident", "residents"), person_with_session("Rob Resident", "residents"),
            person_with_session("Rae Resident", "residents") };
        auto const project = convener.post("/api/v1/projects",
            boost::json::value { { "title", "Barometer fixture" }, { "summary", "We run a lunch club." }, { "interests", { "no-match-barometer" } },
                { "charter", { { "required_groups", { "local_authority", "vcs", "residents" } } } } });
        EXPECT_EQ(project.status, 201) << project.body;
        f.project = text(project.json().at("id"));
        auto add = [&](NewPerson const& person, std::string const& group) {
            auto const added = convener.post("/api/v1/projects/" + f.project + "/members", boost::json::value { { "person_id", person.id }, { "group", group } });
            EXPECT_EQ(added.status, 201) << added.body;
        };
        add(f.carl, "local_authority");
        add(f.vera, "vcs");
        add(f.rita, "residents");
        add(f.rob, "residents");
        add(f.rae, "residents");

        // Contributions 3/2/1; the council's first is adopted.
        auto const rita_first = contribute(f.rita.client, f.project, "A lunch club on Fridays.");
        contribute(f.rita.client, f.project, "Hot food, please.");
        contribute(f.rob.client, f.project, "Somewhere with a lift.");
        auto const carl_first = contribute(f.carl.client, f.project, "Use the library hall.");
        contribute(f.carl.client, f.project, "Ask the bus company.");
        auto const vera_first = contribute(f.vera.client, f.project, "Our volunteers can cook.");
        auto const adopted = convener.post("/api/v1/contributions/" + carl_first + "/response",
            boost::json::value { { "status", "adopted" }, { "response", "We will use the hall." } });
        EXPECT_EQ(adopted.status, 200) << adopted.body;

        // Decision 1: every group votes yes; it names Vera's and Rita's contributions.
        auto const first = propose(f.rita.client, f.project, "Fridays", { boost::json::value(vera_first), boost::json::value(rita_first) });
        vote_yes(f.carl.client, first);
        vote_yes(f.vera.client, first);
        vote_yes(f.rita.client, first);
        EXPECT_EQ(convener.post("/api/v1/proposals/" + first + "/close", boost::json::value { { "rationale", "Everyone agreed." } }).status, 201);
        // Decision 2: the VCS never votes; closed without quorum.
        auto const second = propose(f.carl.client, f.project, "Mondays too", {});
        vote_yes(f.carl.client, second);
        vote_yes(f.rita.client, second);
        auto const closed = convener.post("/api/v1/proposals/" + second + "/close",
            boost::json::value { { "rationale", "Closed without the VCS." }, { "close_without_quorum", true } });
        EXPECT_EQ(closed.status, 201) << closed.body;

        // An activity two days ago: Rita and Rob attend (neither is paid by an employer).
        auto const activity = convener.post("/api/v1/projects/" + f.project + "/activities",
            boost::json::value { { "kind", "forum" }, { "title", "Lunch forum" }, { "purpose", "We talk about lunch." },
                { "starts_at", format_time(now() - std::chrono::hours { 48 }) }, { "ends_at", format_time(now() - std::chrono::hours { 46 }) },
                { "online_url", "https://meet.example/lunch" } });
        EXPECT_EQ(activity.status, 201) << activity.body;
        f.activity = text(activity.json().at("id"));
        for (auto const* person : { &f.rita, &f.rob }) {
            auto const attended = convener.post("/api/v1/activities/" + f.activity + "/attendance",
                boost::json::value { { "person_id", person->id }, { "group", "residents" } });
            EXPECT_EQ(attended.status, 201) << attended.body;
        }
        // Rita claims her bus fare (400p); finance approves and pays it.
        auto const claim = f.rita.client.post("/api/v1/claims", boost::json::value { { "activity_id", f.activity }, { "payment_method", "voucher" },
                                                                    { "include_time", false },
                                                                    { "expenses", { { { "kind", "travel" }, { "amount_pence", 400 } } } } });
        EXPECT_EQ(claim.status, 201) << claim.body;
        auto const claim_id = text(claim.json().at("id"));
        auto finance = finance_officer();
        EXPECT_EQ(finance.post("/api/v1/claims/" + claim_id + "/approve", boost::json::value(boost::json::object {})).status, 200);
        auto const today = now_text().substr(0, 10);
        auto const paid = finance.post("/api/v1/claims/" + claim_id + "/paid", boost::json::value { { "paid_on", today }, { "reference", "V-1" } });
        EXPECT_EQ(paid.status, 200) << paid.body;

        // What only time does: the project began 30 days ago; the council and
        // residents joined on day 1, the VCS on day 21; Rita's claim was sent 10
        // days before it was paid; Rob's offer never was.
        auto const created = now() - std::chrono::days { 30 };
        sql([&](soci::session& session) {
            auto const began = format_time(created);
            auto const day1 = format_time(created + std::chrono::days { 1 });
            auto const day21 = format_time(created + std::chrono::days { 21 });
            auto const sent = format_time(now() - std::chrono::days { 10 });
            session << "UPDATE projects SET created_at = :at WHERE id = :id", soci::use(began), soci::use(f.project);
            session << "UPDATE project_events SET at = :at WHERE project_id = :id AND kind IN ('joined', 'invited', 'accepted') "
                       "AND stakeholder_group <> 'vcs'",
                soci::use(day1), soci::use(f.project);
            session << "UPDATE project_events SET at = :at WHERE project_id = :id AND kind IN ('joined', 'invited', 'accepted') "
                       "AND stakeholder_group = 'vcs'",
                soci::use(day21), soci::use(f.project);
            session << "UPDATE claims SET submitted_at = :at WHERE id = :id", soci::use(sent), soci::use(claim_id);
            session << "DELETE FROM payment_offers WHERE activity_id = :a AND person_id = :p", soci::use(f.activity), soci::use(f.rob.id);
        });
        return f;
    }

    // A finance officer for partnership A, given the role the only way there
    // is: one convener asks, a second confirms (accounts must be older than a week).
    static HttpClient finance_officer()
    {
        if (!s_finance) {
            auto fiona = convener_with_session("Fiona Finance");
            auto connie = convener_with_session("Connie Confirmer");
            backdate_sign_in_links(40);
            give_finance(fiona.id, convener_a(), connie.client);
            s_finance = std::make_unique<HttpClient>(fiona.client);
        }
        return *s_finance;
    }

    static boost::json::object barometer(HttpClient client)
    {
        auto const answered = client.get("/api/v1/projects/" + s_fixture->project + "/barometer");
        EXPECT_EQ(answered.status, 200) << answered.body;
        return answered.json().as_object();
    }

    static boost::json::object const& barrier(boost::json::object const& body, std::string_view key)
    {
        for (auto const& entry : body.at("barriers").as_array())
            if (entry.at("key").as_string() == key)
                return entry.as_object();
        throw std::runtime_error("no barrier");
    }

    static boost::json::object const& figure(boost::json::object const& body, std::string_view key)
    {
        for (auto const& entry : body.at("barriers").as_array())
            for (auto const& one : entry.at("figures").as_array())
                if (one.at("key").as_string() == key)
                    return one.as_object();
        throw std::runtime_error("no figure");
    }

    static double value(boost::json::object const& body, std::string_view key) { return figure(body, key).at("value").to_number<double>(); }

    static std::vector<std::string> alerts(boost::json::object const& body, std::string_view key)
    {
        std::vector<std::string> keys;
        for (auto const& alert : barrier(body, key).at("alerts").as_array())
            keys.emplace_back(alert.at("key").as_string());
        return keys;
    }

    static inline std::unique_ptr<Fixture> s_fixture;
    static inline std::unique_ptr<HttpClient> s_finance;
};

TEST_F(BarometerApi, EveryFigureOfTheFixtureAsWorkedOutByHand)
{
    auto const body = barometer(convener_a());

    // Invited early: every group first took part in discover (3/3); the VCS
    // waited 21 days for its invitation (> 14); everyone first took part
    // today, 30 days in (> 28).
    EXPECT_EQ(value(body, "earliest_stage"), 1.0);
    EXPECT_NEAR(value(body, "invitation_lag_days"), 21.0, 0.05);
    EXPECT_NEAR(figure(body, "invitation_lag_days").at("counts").at("local_authority").to_number<double>(), 1.0, 0.05);
    EXPECT_EQ(figure(body, "invitation_lag_days").at("state"), "alert");
    EXPECT_NEAR(value(body, "participation_lag_days"), 30.0, 0.05);
    EXPECT_EQ(barrier(body, "invited_early").at("state"), "alert");
    EXPECT_EQ(alerts(body, "invited_early"), (std::vector<std::string> { "invited_late", "took_part_late" }));

    // Marginal: voice 3/2/1 -> 0.920620; influence: the adopted council
    // contribution (1) and the agreed decision split between the VCS and
    // residents (0.5 each): p = 1/2, 1/4, 1/4 -> 0.946395; the VCS share 0.25.
    EXPECT_NEAR(value(body, "voice_balance"), 0.920620, 1e-6);
    EXPECT_EQ(figure(body, "voice_balance").at("counts").at("residents").to_number<double>(), 3.0);
    EXPECT_NEAR(value(body, "influence_balance"), 0.946395, 1e-6);
    EXPECT_NEAR(value(body, "vcs_share"), 0.25, 1e-9);
    EXPECT_EQ(barrier(body, "marginal").at("state"), "ok");

    // Equal partner: proposals from residents (Rita) and the council (Carl),
    // no chairs or co-leads: ln 2 / ln 3 = 0.630930. Decision weight: 1/3
    // each, then 1/2 each to the council and residents: p = 5/12, 1/6, 5/12 -> 0.935893.
    EXPECT_NEAR(value(body, "initiative_balance"), 0.630930, 1e-6);
    EXPECT_NEAR(value(body, "decision_weight_balance"), 0.935893, 1e-6);
    EXPECT_EQ(barrier(body, "equal_partner").at("state"), "ok");

    // Top-down: 1 of 2 decisions with every group; 1 without.
    EXPECT_EQ(value(body, "quorum_rate"), 0.5);
    EXPECT_EQ(figure(body, "quorum_rate").at("state"), "alert");
    EXPECT_EQ(value(body, "closed_without_groups"), 1.0);
    EXPECT_EQ(alerts(body, "top_down"), std::vector<std::string> { "decided_without_groups" });

    // Language: five published texts (the summary, the activity's purpose,
    // two proposals, one response), all short and plain; everyone reads
    // English; none in Easy Read (0 < 0.5); nobody asked for an access need.
    EXPECT_EQ(figure(body, "plain_language").at("counts").at("published texts").to_number<double>(), 5.0);
    EXPECT_EQ(value(body, "plain_language"), 1.0);
    EXPECT_EQ(figure(body, "translation_coverage").at("state"), "not_enough_data");
    EXPECT_TRUE(figure(body, "translation_coverage").at("value").is_null());
    EXPECT_EQ(value(body, "easy_read_coverage"), 0.0);
    EXPECT_EQ(figure(body, "access_met").at("state"), "not_enough_data");
    // All five members have an email address: none out of reach.
    EXPECT_EQ(value(body, "unreachable"), 0.0);
    EXPECT_EQ(figure(body, "unreachable").at("counts").at("members").to_number<double>(), 5.0);
    EXPECT_EQ(alerts(body, "language"), std::vector<std::string> { "translations_missing" });

    // Resources: paid after 10 days (<= 14); Rob attended and was never offered; 400p to residents.
    EXPECT_EQ(value(body, "median_days_to_payment"), 10.0);
    EXPECT_EQ(figure(body, "median_days_to_payment").at("state"), "ok");
    EXPECT_EQ(value(body, "attended_not_offered"), 1.0);
    EXPECT_EQ(figure(body, "attended_not_offered").at("counts").at("attendances not paid by an employer").to_number<double>(), 2.0);
    EXPECT_EQ(value(body, "spend_by_group"), 400.0);
    EXPECT_EQ(figure(body, "spend_by_group").at("alert_when"), "never");
    EXPECT_EQ(alerts(body, "resources"), std::vector<std::string> { "not_offered" });
    auto const& offer = barrier(body, "resources").at("alerts").as_array()[0];
    EXPECT_EQ(offer.at("message"), "1 person attended without an offer of payment: record offers.");
    EXPECT_EQ(text(offer.at("action_path")), "/projects/" + s_fixture->project + "/budget");

    // Every figure says how it was worked out.
    for (auto const& entry : body.at("barriers").as_array())
        for (auto const& one : entry.at("figures").as_array())
            EXPECT_FALSE(one.at("formula").as_string().empty()) << one.at("key");

    // The overview has the project, with the same states.
    bool found = false;
    for (auto const& row : items(convener_a().get("/api/v1/barometer?limit=200"))) {
        if (text(row.at("project_id")) != s_fixture->project)
            continue;
        found = true;
        EXPECT_EQ(row.at("state"), "alert");
        // invited late, took part late, without the VCS, Easy Read, not offered.
        EXPECT_EQ(row.at("alerts"), 5);
    }
    EXPECT_TRUE(found);
}

TEST_F(BarometerApi, CountsKeptAsThingsHappenAgreeWithARecountFromTheRows)
{
    // The fixture was built through the API: contributions made and one
    // adopted (a change of status), attendance, votes. What the modules kept
    // as it happened must be what counting the rows again gives.
    auto const read_kept = [](soci::session& session) {
        std::vector<std::string> kept;
        soci::rowset<soci::row> tallies = (session.prepare << "SELECT project_id, stakeholder_group, status, n FROM contribution_tallies "
                                                              "WHERE n <> 0 ORDER BY project_id, stakeholder_group, status");
        for (auto const& row : tallies)
            kept.push_back(db::text_at(row, 0) + " " + db::text_at(row, 1) + " " + db::text_at(row, 2) + " " + std::to_string(db::integer_at(row, 3)));
        soci::rowset<soci::row> people = (session.prepare << "SELECT project_id, person_id FROM project_participants ORDER BY project_id, person_id");
        for (auto const& row : people)
            kept.push_back(db::text_at(row, 0) + " took part: " + db::text_at(row, 1));
        return kept;
    };
    std::vector<std::string> as_kept, recounted;
    sql([&](soci::session& session) { as_kept = read_kept(session); });
    sql([&](soci::session& session) {
        db::recount_kept_counts(session);
        recounted = read_kept(session);
    });
    EXPECT_EQ(as_kept, recounted);
    // The fixture's project is in there: 3 + 2 + 1 contributions, one of them adopted.
    auto const& project = s_fixture->project;
    long long made = 0, adopted = 0;
    for (auto const& line : as_kept)
        if (line.starts_with(project + " ") && !line.contains("took part")) {
            auto const n = std::stoll(line.substr(line.rfind(' ') + 1));
            made += n;
            adopted += line.contains(" adopted ") ? n : 0;
        }
    EXPECT_EQ(made, 6);
    EXPECT_EQ(adopted, 1);
    // Carl, Vera, Rita and Rob spoke under their own names (Carl, Vera and Rita
    // voted too, Rita and Rob attended); Rae did none of these.
    auto const took_part = std::ranges::count_if(as_kept, [&](std::string const& line) { return line.starts_with(project + " took part: "); });
    EXPECT_EQ(took_part, 4);
}

TEST_F(BarometerApi, MembersNoEmailReachesAreCountedAndLeadToLetters)
{
    auto convener = convener_a();
    auto const project = convener.post("/api/v1/projects", boost::json::value { { "title", "Out of reach" }, { "summary", "We knock on doors." },
                                                               { "interests", { "no-match-barometer" } }, { "charter", boost::json::object {} } });
    ASSERT_EQ(project.status, 201) << project.body;
    auto const id = text(project.json().at("id"));
    // Two members: one with an address, one without.
    auto const with_email = person_with_session("Ema Mail", "residents");
    auto const paper = convener.post("/api/v1/people", boost::json::value { { "name", "Percy Paper" }, { "groups", { "residents" } } });
    ASSERT_EQ(paper.status, 201) << paper.body;
    for (auto const& person_id : { with_email.id, text(paper.json().at("id")) }) {
        auto const added = convener.post("/api/v1/projects/" + id + "/members", boost::json::value { { "person_id", person_id }, { "group", "residents" } });
        ASSERT_EQ(added.status, 201) << added.body;
    }
    auto const read = convener.get("/api/v1/projects/" + id + "/barometer");
    ASSERT_EQ(read.status, 200) << read.body;
    auto const body = read.json().as_object();
    EXPECT_EQ(value(body, "unreachable"), 1.0);
    EXPECT_EQ(figure(body, "unreachable").at("counts").at("members").to_number<double>(), 2.0);
    EXPECT_EQ(figure(body, "unreachable").at("state"), "alert");
    auto const listed = alerts(body, "language");
    EXPECT_NE(std::ranges::find(listed, "unreachable"), listed.end());
    for (auto const& alert : barrier(body, "language").at("alerts").as_array())
        if (alert.at("key") == "unreachable") {
            EXPECT_EQ(text(alert.at("params").at("count")), "1");
            EXPECT_EQ(text(alert.at("action_path")), "/projects/" + id + "/invitations");
        }
}

TEST_F(BarometerApi, AnInitiativeLedByResidentsIsDeliveryLedByACommunityGroup)
{
    auto convener = convener_a();
    auto const project = convener.post("/api/v1/projects", boost::json::value { { "title", "Led by residents" }, { "summary", "Residents run it." },
                                                               { "interests", { "no-match-barometer" } }, { "charter", boost::json::object {} } });
    ASSERT_EQ(project.status, 201) << project.body;
    auto const id = text(project.json().at("id"));
    auto const before = convener.get("/api/v1/projects/" + id + "/barometer").json().as_object();
    EXPECT_EQ(figure(before, "community_delivery_share").at("state"), "not_enough_data");

    auto rosa = person_with_session("Rosa Delivers", "residents");
    auto const made = rosa.client.post("/api/v1/initiatives",
        boost::json::value { { "title", "Hug in a mug" }, { "purpose", "We take treats to people who may be lonely." }, { "for_whom", "Neighbours" },
            { "leads", { { { "person_id", rosa.id }, { "group", "residents" } } } }, { "project_id", id } });
    ASSERT_EQ(made.status, 201) << made.body;
    // Proposed, it has not run: nothing counts yet.
    auto const proposed = convener.get("/api/v1/projects/" + id + "/barometer").json().as_object();
    EXPECT_EQ(figure(proposed, "community_delivery_share").at("state"), "not_enough_data");
    ASSERT_EQ(convener.post("/api/v1/initiatives/" + text(made.json().at("id")) + "/approve").status, 200);
    // By hand: one place leading the delivery (the initiative), held by residents: 1 / 1.
    auto const after = convener.get("/api/v1/projects/" + id + "/barometer").json().as_object();
    EXPECT_EQ(value(after, "community_delivery_share"), 1.0);
    EXPECT_EQ(figure(after, "community_delivery_share").at("counts").at("places held by community groups").to_number<double>(), 1.0);
    EXPECT_NE(text(figure(after, "initiative_balance").at("formula")).find("initiatives led (1)"), std::string::npos);
    // And the project's timeline credits the residents.
    auto const timeline = convener.get("/api/v1/projects/" + id + "/timeline").json();
    bool credited = false;
    for (auto const& event : timeline.at("events").as_array())
        credited = credited || (event.at("kind") == "led_initiative" && event.at("group") == "residents" && event.at("name") == "Hug in a mug");
    EXPECT_TRUE(credited);
}

TEST_F(BarometerApi, TheLadderHidesFewerThanFiveAndNobodySeesAnothersRating)
{
    auto const project = s_fixture->project;
    auto rate = [&](HttpClient client, std::string const& rung, std::string const& comment = "") {
        auto const rated = put(client, "/api/v1/projects/" + project + "/ladder", boost::json::value { { "rung", rung }, { "comment", comment } });
        EXPECT_EQ(rated.status, 200) << rated.body;
        return rated.json().as_object();
    };
    // Four ratings: 7, 4, 3, 5. Fewer than five: no figures at all.
    rate(s_fixture->carl.client, "co_producing", "The council skipped the hard meetings.");
    rate(s_fixture->vera.client, "consulting");
    rate(s_fixture->rita.client, "informing");
    auto const four = rate(s_fixture->rob.client, "engaging");
    EXPECT_EQ(four.at("respondents"), 4);
    EXPECT_EQ(four.at("suppressed"), true);
    EXPECT_TRUE(four.at("mean").is_null());
    EXPECT_TRUE(four.at("comments").is_null());
    for (auto const& group : four.at("by_group").as_array())
        EXPECT_TRUE(group.at("mean").is_null());
    // Each sees their own rating, nobody else's.
    EXPECT_EQ(four.at("mine").at("rung"), "engaging");
    EXPECT_TRUE(barometer(convener_a()).at("ladder").at("mine").is_null());

    // A fifth, 6: (7 + 4 + 3 + 5 + 6) / 5 = 5. Residents alone (3, 5, 6) are
    // still fewer than five, and so is the community (4, 3, 5, 6).
    auto const five = rate(s_fixture->rae.client, "co_designing");
    EXPECT_EQ(five.at("suppressed"), false);
    EXPECT_EQ(five.at("mean").to_number<double>(), 5.0);
    EXPECT_EQ(five.at("community").at("suppressed"), true);
    EXPECT_TRUE(five.at("gap").is_null());
    // Members of the project read the comments, without names.
    EXPECT_EQ(five.at("comments"), (boost::json::array { "The council skipped the hard meetings." }));
    EXPECT_EQ(boost::json::serialize(five).find("Carl"), std::string::npos);
    // Someone in the partnership but not the project sees the figures, not the comments.
    auto const outsider = barometer(member_a());
    EXPECT_EQ(outsider.at("ladder").at("mean").to_number<double>(), 5.0);
    EXPECT_TRUE(outsider.at("ladder").at("comments").is_null());
    EXPECT_EQ(outsider.at("ladder").at("can_rate"), false);

    // A member changes their mind: Rita 3 -> 7, the mean is (7 + 4 + 7 + 5 + 6) / 5 = 5.8.
    EXPECT_NEAR(rate(s_fixture->rita.client, "co_producing").at("mean").to_number<double>(), 5.8, 1e-9);

    // With a small-number threshold of 3 the community (4, 7, 5, 6) shows: 22 / 4 = 5.5;
    // the council's one rating stays hidden, so there is no gap.
    ASSERT_EQ(put(convener_a(), "/api/v1/barometer/settings", boost::json::value { { "small_number", 3 } }).status, 200);
    auto const lower = barometer(s_fixture->rita.client).at("ladder").as_object();
    EXPECT_EQ(lower.at("community").at("mean").to_number<double>(), 5.5);
    EXPECT_EQ(lower.at("statutory").at("suppressed"), true);
    EXPECT_TRUE(lower.at("gap").is_null());
    ASSERT_EQ(put(convener_a(), "/api/v1/barometer/settings", boost::json::value { { "small_number", 5 } }).status, 200);

    // Refusals: not a member (403 not_member), a rung that is not one (422), another partnership (404), no session (401).
    auto const outside = put(member_a(), "/api/v1/projects/" + project + "/ladder", boost::json::value { { "rung", "informing" } });
    EXPECT_EQ(outside.status, 403);
    EXPECT_EQ(outside.json().at("code"), "not_member");
    EXPECT_EQ(error_fields(put(s_fixture->rita.client, "/api/v1/projects/" + project + "/ladder", boost::json::value { { "rung", "top" } })),
        std::vector<std::string> { "rung" });
    EXPECT_EQ(put(convener_b(), "/api/v1/projects/" + project + "/ladder", boost::json::value { { "rung", "informing" } }).status, 404);
    EXPECT_EQ(put(anonymous(), "/api/v1/projects/" + project + "/ladder", boost::json::value { { "rung", "informing" } }).status, 401);
    // Without the CSRF token the write is refused and nothing changes.
    auto no_token = s_fixture->rita.client;
    no_token.set_csrf_token(std::nullopt);
    EXPECT_EQ(put(no_token, "/api/v1/projects/" + project + "/ladder", boost::json::value { { "rung", "coercion" } }).status, 403);
    EXPECT_EQ(barometer(s_fixture->rita.client).at("ladder").at("mine").at("rung"), "co_producing");
}

TEST_F(BarometerApi, ExperienceIsAnonymousOncePerStage)
{
    auto const target = "/api/v1/projects/" + s_fixture->project + "/experience";
    auto const answered = put(s_fixture->vera.client, target, boost::json::value { { "answers", { { "involved_early", 2 }, { "listened_to", 4 } } } });
    ASSERT_EQ(answered.status, 200) << answered.body;
    EXPECT_EQ(answered.json().at("answered"), true);
    EXPECT_EQ(answered.json().at("respondents"), 1);
    // One respondent: nothing is shown but that they answered.
    auto const answered_body = answered.json();
    for (auto const& question : answered_body.at("by_question").as_array())
        EXPECT_TRUE(question.at("mean").is_null());
    auto const again = put(s_fixture->vera.client, target, boost::json::value { { "answers", { { "involved_early", 5 } } } });
    EXPECT_EQ(again.status, 409);
    EXPECT_EQ(again.json().at("code"), "already_answered");
    EXPECT_EQ(error_fields(put(s_fixture->rob.client, target, boost::json::value { { "answers", { { "involved_early", 6 } } } })),
        std::vector<std::string> { "answers.involved_early" });
    EXPECT_EQ(error_fields(put(s_fixture->rob.client, target, boost::json::value { { "answers", boost::json::object {} } })),
        std::vector<std::string> { "answers" });
    EXPECT_EQ(put(member_a(), target, boost::json::value { { "answers", { { "understood", 3 } } } }).json().at("code"), "not_member");
    EXPECT_EQ(put(convener_b(), target, boost::json::value { { "answers", { { "understood", 3 } } } }).status, 404);
    // The answers are stored without the person: the row has no person column to fill.
    sql([&](soci::session& session) {
        long long rows = 0;
        session << "SELECT COUNT(*) FROM experience_answers WHERE project_id = :id", soci::use(s_fixture->project), soci::into(rows);
        EXPECT_EQ(rows, 1);
    });
    // The audit log says someone answered, not what.
    auto const audit = convener_a().get("/api/v1/audit?limit=200");
    EXPECT_NE(audit.body.find("barometer.experience_answered"), std::string::npos);
    EXPECT_EQ(audit.body.find("\"involved_early\""), std::string::npos);
}

TEST_F(BarometerApi, SettingsRefuseInvalidThresholdsAndChangeNothing)
{
    auto convener = convener_a();
    auto const before = convener.get("/api/v1/barometer/settings").json();
    EXPECT_EQ(before.at("thresholds").at("quorum_rate"), 0.8);
    EXPECT_EQ(before.at("small_number"), 5);

    auto const bad = put(convener, "/api/v1/barometer/settings",
        boost::json::value { { "thresholds", { { "quorum_rate", 1.5 }, { "invitation_lag_days", 7 } } }, { "small_number", 2 } });
    EXPECT_EQ(bad.status, 422);
    EXPECT_EQ(error_fields(bad), (std::vector<std::string> { "small_number", "thresholds.quorum_rate" }));
    EXPECT_EQ(error_fields(put(convener, "/api/v1/barometer/settings", boost::json::value { { "thresholds", { { "nonsense", 1 } } } })),
        std::vector<std::string> { "thresholds.nonsense" });
    EXPECT_EQ(error_fields(put(convener, "/api/v1/barometer/settings", boost::json::value { { "baseline", { { "age:75_plus", 2 } } } })),
        std::vector<std::string> { "baseline.age:75_plus" });
    EXPECT_EQ(convener.get("/api/v1/barometer/settings").json(), before) << "nothing was written";

    // Members read the settings but do not change them; another partnership has its own.
    EXPECT_EQ(put(member_a(), "/api/v1/barometer/settings", boost::json::value { { "small_number", 4 } }).status, 403);
    EXPECT_EQ(anonymous().get("/api/v1/barometer/settings").status, 401);

    // A threshold changes the state: with 21 days allowed, the VCS's 21-day wait is no alert.
    auto const changed = put(convener, "/api/v1/barometer/settings", boost::json::value { { "thresholds", { { "invitation_lag_days", 21 } } } });
    ASSERT_EQ(changed.status, 200) << changed.body;
    EXPECT_EQ(changed.json().at("thresholds").at("invitation_lag_days").to_number<double>(), 21.0);
    auto const body = barometer(convener);
    EXPECT_EQ(figure(body, "invitation_lag_days").at("state"), "ok");
    EXPECT_EQ(convener_b().get("/api/v1/barometer/settings").json().at("thresholds").at("invitation_lag_days").to_number<double>(), 14.0);
    ASSERT_EQ(put(convener, "/api/v1/barometer/settings", boost::json::value { { "thresholds", boost::json::object {} } }).status, 200);
}

TEST_F(BarometerApi, NotesTrendsDemographicsAndOtherPartnerships)
{
    auto const project = s_fixture->project;
    // Any member may add a note to a figure; it is shown next to it.
    auto const note = member_a().post("/api/v1/projects/" + project + "/barometer/notes",
        boost::json::value { { "figure", "quorum_rate" }, { "text", "The quorum rate hides that the council skipped the hard meetings." } });
    ASSERT_EQ(note.status, 201) << note.body;
    auto const notes = figure(barometer(convener_a()), "quorum_rate").at("notes").as_array();
    ASSERT_EQ(notes.size(), 1u);
    EXPECT_EQ(notes[0].at("text"), "The quorum rate hides that the council skipped the hard meetings.");
    EXPECT_EQ(error_fields(member_a().post("/api/v1/projects/" + project + "/barometer/notes", boost::json::value { { "figure", "mood" }, { "text", "x" } })),
        std::vector<std::string> { "figure" });
    EXPECT_EQ(convener_b().post("/api/v1/projects/" + project + "/barometer/notes", boost::json::value { { "figure", "quorum_rate" }, { "text", "x" } }).status,
        404);

    // Another partnership's project is not there at all.
    EXPECT_EQ(convener_b().get("/api/v1/projects/" + project + "/barometer").status, 404);
    EXPECT_EQ(convener_b().get("/api/v1/projects/" + project + "/barometer/trend?figure=quorum_rate").status, 404);
    EXPECT_EQ(anonymous().get("/api/v1/projects/" + project + "/barometer").status, 401);
    for (auto const& row : items(convener_b().get("/api/v1/barometer?limit=200")))
        EXPECT_NE(text(row.at("project_id")), project);

    // Snapshots: one per project and day, whatever how often the job runs.
    for (int run = 0; run < 2; ++run) {
        auto const taken = run_roundtable({ "barometer", "snapshot", "--db", s_database->url(), "--day", "2026-11-30" });
        EXPECT_EQ(taken.exit_code, 0) << taken.output;
    }
    auto const trend = convener_a().get("/api/v1/projects/" + project + "/barometer/trend?figure=quorum_rate");
    ASSERT_EQ(trend.status, 200) << trend.body;
    auto const points = trend.json().at("points").as_array();
    ASSERT_EQ(points.size(), 1u) << trend.body;
    EXPECT_EQ(points[0].at("day"), "2026-11-30");
    EXPECT_EQ(points[0].at("value"), 0.5);
    EXPECT_EQ(points[0].at("state"), "alert");
    EXPECT_EQ(error_fields(convener_a().get("/api/v1/projects/" + project + "/barometer/trend?figure=mood")), std::vector<std::string> { "figure" });

    // Demographics are one's own: optional, and only counts leave the module.
    auto rita = s_fixture->rita.client;
    auto const saved = put(rita, "/api/v1/me/demographics", boost::json::value { { "age", "75_plus" }, { "carer", "prefer_not_to_say" } });
    ASSERT_EQ(saved.status, 200) << saved.body;
    EXPECT_EQ(rita.get("/api/v1/me/demographics").json().at("age"), "75_plus");
    EXPECT_TRUE(s_fixture->rob.client.get("/api/v1/me/demographics").json().at("age").is_null());
    EXPECT_EQ(error_fields(put(rita, "/api/v1/me/demographics", boost::json::value { { "age", "ancient" } })), std::vector<std::string> { "age" });
    EXPECT_EQ(rita.get("/api/v1/me/demographics").json().at("age"), "75_plus") << "a refused change changes nothing";
    // One participant answered, fewer than five: reach shows no figures, not even how many answered.
    ASSERT_EQ(put(convener_a(), "/api/v1/barometer/settings", boost::json::value { { "baseline", { { "age:75_plus", 0.1 } } } }).status, 200);
    auto const reach = barometer(convener_a()).at("reach");
    EXPECT_EQ(reach.at("suppressed"), true);
    EXPECT_TRUE(reach.at("answered").is_null());
    EXPECT_TRUE(reach.at("figures").as_array().empty());
}

}
}
