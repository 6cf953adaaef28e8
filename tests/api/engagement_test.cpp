// Activities: sign-up with needs, capacity under concurrent sign-ups, the
// planning view, attendance on the timeline, and the usual refusals.

#include <array>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <thread>

#include <boost/json.hpp>

#include "support/api_fixture.hpp"

namespace rt::test {
namespace {

class EngagementApi : public ApiTest {
protected:
    static std::string make_project(std::string const& title)
    {
        auto convener = convener_a();
        EXPECT_EQ(convener.patch("/api/v1/people/" + s_convener_a_id, boost::json::value { { "groups", { "local_authority" } } }).status, 200);
        auto const response = convener.post("/api/v1/projects",
            boost::json::value { { "title", title }, { "summary", "Meet and talk." }, { "interests", { "no-match-" + std::to_string(title.size()) } },
                { "charter", { { "required_groups", { "residents" } },
                                 { "co_leads", { { { "person_id", s_convener_a_id }, { "group", "local_authority" } },
                                                   { { "person_id", s_member_a_id }, { "group", "residents" } } } } } } });
        EXPECT_EQ(response.status, 201) << response.body;
        return text(response.json().at("id"));
    }

    static boost::json::object activity(std::string const& title, std::optional<long long> capacity = std::nullopt)
    {
        boost::json::object body { { "kind", "tea_and_talk" }, { "title", title }, { "purpose", "Tea, cake and what you think of the day centre." },
            { "starts_at", "2030-06-03T13:00:00Z" }, { "ends_at", "2030-06-03T15:00:00Z" },
            { "venue", { { "address", "Riverside Community Centre, 1 High Street" }, { "features", { "step-free", "accessible-toilet" } } } },
            { "languages", { "en", "pl" } } };
        if (capacity)
            body["capacity"] = *capacity;
        return body;
    }

    // One that has happened: attendance can be recorded without a reason.
    static boost::json::object past_activity(std::string const& title)
    {
        auto body = activity(title);
        body["starts_at"] = "2025-06-03T13:00:00Z";
        body["ends_at"] = "2025-06-03T15:00:00Z";
        return body;
    }

    static std::string person(std::string const& name, boost::json::array needs, std::string const& language)
    {
        auto const response = convener_a().post("/api/v1/people", boost::json::value { { "name", name }, { "groups", { "residents" } },
            { "access_needs", std::move(needs) }, { "preferred_language", language } });
        EXPECT_EQ(response.status, 201) << response.body;
        return text(response.json().at("id"));
    }
};

TEST_F(EngagementApi, SigningUpCopiesTheProfilesNeeds)
{
    auto const project = make_project("Sign-up project");
    auto convener = convener_a();
    auto const created = convener.post("/api/v1/projects/" + project + "/activities", activity("Tea and talk"));
    ASSERT_EQ(created.status, 201) << created.body;
    auto const id = text(created.json().at("id"));
    EXPECT_EQ(created.json().at("timezone"), "Europe/London");

    // Mo Member's profile says large print, in English.
    auto const mine = member_a().post("/api/v1/activities/" + id + "/rsvp", boost::json::value(boost::json::object {}));
    ASSERT_EQ(mine.status, 201) << mine.body;
    EXPECT_EQ(mine.json().at("access_needs"), (boost::json::array { "large-print" }));
    EXPECT_EQ(mine.json().at("language"), "en");
    EXPECT_EQ(mine.json().at("status"), "place");
    EXPECT_EQ(member_a().post("/api/v1/activities/" + id + "/rsvp", boost::json::value(boost::json::object {})).status, 409);
    EXPECT_EQ(member_a().get("/api/v1/activities/" + id).json().at("my_signup").at("status"), "place");
    EXPECT_TRUE(convener.get("/api/v1/activities/" + id).json().at("my_signup").is_null());

    // Changed for this activity only: the profile stays as it was.
    auto const marta = person("Marta Needs", { "easy-read" }, "pl");
    auto const changed = convener.post("/api/v1/activities/" + id + "/rsvp",
        boost::json::value { { "person_id", marta }, { "access_needs", { "easy-read", "spoken-language-interpreter" } } });
    ASSERT_EQ(changed.status, 201);
    EXPECT_EQ(changed.json().at("access_needs"), (boost::json::array { "easy-read", "spoken-language-interpreter" }));
    EXPECT_EQ(changed.json().at("language"), "pl");
    EXPECT_EQ(convener.get("/api/v1/people/" + marta).json().at("access_needs"), (boost::json::array { "easy-read" }));
}

TEST_F(EngagementApi, TwentyConcurrentSignUpsForTenPlaces)
{
    auto const project = make_project("Capacity project");
    auto convener = convener_a();
    auto const id = text(convener.post("/api/v1/projects/" + project + "/activities", activity("Ten places", 10)).json().at("id"));
    std::vector<std::string> people;
    for (int i = 0; i < 20; ++i)
        people.push_back(person("Crowd " + std::to_string(i), {}, "en"));

    std::atomic<int> places { 0 }, waiting { 0 }, other { 0 };
    std::vector<std::thread> threads;
    for (auto const& person_id : people) {
        threads.emplace_back([&, person_id] {
            auto client = convener;
            auto const response = client.post("/api/v1/activities/" + id + "/rsvp", boost::json::value { { "person_id", person_id } });
            if (response.status != 201)
                ++other;
            else if (response.json().at("status") == "place")
                ++places;
            else
                ++waiting;
        });
    }
    for (auto& thread : threads)
        thread.join();
    EXPECT_EQ(places.load(), 10);
    EXPECT_EQ(waiting.load(), 10);
    EXPECT_EQ(other.load(), 0);
    auto const stored = convener.get("/api/v1/activities/" + id).json();
    EXPECT_EQ(stored.at("places_taken"), 10);
    EXPECT_EQ(stored.at("waiting"), 10);
    // Someone with a place gives it up: the longest waiting takes it.
    auto const signups = items(convener.get("/api/v1/activities/" + id + "/rsvps"));
    std::string placed, first_waiting;
    for (auto const& signup : signups) {
        if (placed.empty() && signup.at("status") == "place")
            placed = text(signup.at("person_id"));
        if (first_waiting.empty() && signup.at("status") == "waiting")
            first_waiting = text(signup.at("person_id"));
    }
    ASSERT_EQ(convener.del("/api/v1/activities/" + id + "/rsvp?person_id=" + placed).status, 204);
    for (auto const& signup : items(convener.get("/api/v1/activities/" + id + "/rsvps")))
        if (text(signup.at("person_id")) == first_waiting)
            EXPECT_EQ(signup.at("status"), "place");
    EXPECT_EQ(convener.get("/api/v1/activities/" + id).json().at("places_taken"), 10);
    EXPECT_EQ(convener.get("/api/v1/activities/" + id).json().at("waiting"), 9);
    // A walk-in on the day is there, whatever the count.
    auto const walk_in = convener.post("/api/v1/activities/" + id + "/rsvp",
        boost::json::value { { "person_id", person("Walk In", {}, "en") }, { "walk_in", true } });
    EXPECT_EQ(walk_in.json().at("status"), "place");
}

TEST_F(EngagementApi, ThePlanListsNeedsInterpretersAndVenueGaps)
{
    auto const project = make_project("Planning project");
    auto convener = convener_a();
    // In English only, so the two Polish speakers who ask need an interpreter.
    auto planned = activity("Planned session", 3);
    planned["languages"] = { "en" };
    auto const id = text(convener.post("/api/v1/projects/" + project + "/activities", planned).json().at("id"));
    // Places: A (BSL, hearing loop), B (Polish interpreter, step-free), C (Polish interpreter, Easy Read).
    // D is fourth, so on the waiting list: D's needs are not planned for yet.
    for (auto const& [name, needs, language] : std::vector<std::tuple<std::string, boost::json::array, std::string>> {
             { "Plan A", { "bsl-interpreter", "hearing-loop" }, "en" },
             { "Plan B", { "spoken-language-interpreter", "step-free-access" }, "pl" },
             { "Plan C", { "spoken-language-interpreter", "easy-read" }, "pl" },
             { "Plan D", { "quiet-room" }, "so" } }) {
        ASSERT_EQ(convener.post("/api/v1/activities/" + id + "/rsvp", boost::json::value { { "person_id", person(name, needs, language) } }).status, 201);
    }
    auto const plan = convener.get("/api/v1/activities/" + id + "/plan");
    ASSERT_EQ(plan.status, 200) << plan.body;
    auto const body = plan.json();
    EXPECT_EQ(body.at("people_coming"), 3);
    std::map<std::string, std::pair<long long, bool>> needs;
    for (auto const& line : body.at("needs").as_array())
        needs[text(line.at("need"))] = { line.at("count").as_int64(), line.at("met_by_venue").as_bool() };
    EXPECT_EQ(needs, (std::map<std::string, std::pair<long long, bool>> {
                         { "bsl-interpreter", { 1, false } }, { "easy-read", { 1, false } }, { "hearing-loop", { 1, false } },
                         { "step-free-access", { 1, true } } }));
    auto const interpreters = body.at("interpreters").as_array();
    ASSERT_EQ(interpreters.size(), 1u);
    EXPECT_EQ(interpreters[0].at("language"), "pl");
    EXPECT_EQ(interpreters[0].at("count"), 2);
    auto const gaps = body.at("venue_gaps").as_array();
    ASSERT_EQ(gaps.size(), 1u) << "the centre is step-free but has no hearing loop";
    EXPECT_EQ(gaps[0].at("feature"), "hearing-loop");

    auto const arranged = convener.post("/api/v1/activities/" + id + "/plan/arranged", boost::json::value { { "need", "interpreter:pl" } });
    ASSERT_EQ(arranged.status, 200) << arranged.body;
    EXPECT_EQ(arranged.json().at("interpreters").as_array()[0].at("arranged"), true);
    EXPECT_EQ(convener.post("/api/v1/activities/" + id + "/plan/arranged", boost::json::value { { "need", "Not A Need!" } }).status, 422);
}

TEST_F(EngagementApi, BadInputIsRefusedAndWritesNothing)
{
    auto const project = make_project("Refusals project");
    auto convener = convener_a();
    auto backwards = activity("Backwards");
    backwards["ends_at"] = "2030-06-03T12:00:00Z";
    auto const time_range = convener.post("/api/v1/projects/" + project + "/activities", backwards);
    EXPECT_EQ(time_range.status, 422);
    EXPECT_EQ(error_fields(time_range), (std::vector<std::string> { "ends_at" }));
    auto unknown = activity("Unknown kind");
    unknown["kind"] = "rave";
    unknown["timezone"] = "Mars/Olympus";
    auto const kind = convener.post("/api/v1/projects/" + project + "/activities", unknown);
    EXPECT_EQ(kind.status, 422);
    EXPECT_EQ(error_fields(kind), (std::vector<std::string> { "kind", "timezone" }));
    auto both = activity("Both places");
    both["online_url"] = "https://meet.example/x";
    EXPECT_EQ(convener.post("/api/v1/projects/" + project + "/activities", both).status, 422);
    EXPECT_TRUE(items(convener.get("/api/v1/projects/" + project + "/activities")).empty()) << "nothing written";
}

TEST_F(EngagementApi, OrganisersOnlyAndOtherPartnerships)
{
    auto const project = make_project("Access project");
    auto convener = convener_a();
    auto const id = text(convener.post("/api/v1/projects/" + project + "/activities", activity("Private session")).json().at("id"));

    // A member who is not a co-lead signs up but does not organise.
    auto const email = unique_email("attendee");
    auto const created = convener.post("/api/v1/people", boost::json::value { { "name", "Ann Attendee" }, { "email", email }, { "groups", { "residents" } } });
    auto const url = text(created.json().at("invite_url"));
    auto attendee = anonymous();
    auto const accepted = attendee.post("/api/v1/auth/accept-invite", boost::json::value { { "token", url.substr(url.find('=') + 1) }, { "password", k_password } });
    attendee.set_csrf_token(text(accepted.json().at("csrf_token")));
    EXPECT_EQ(attendee.post("/api/v1/activities/" + id + "/rsvp", boost::json::value(boost::json::object {})).status, 201);
    EXPECT_EQ(attendee.get("/api/v1/activities/" + id + "/plan").status, 403);
    EXPECT_EQ(attendee.get("/api/v1/activities/" + id + "/rsvps").status, 403);
    EXPECT_EQ(attendee.post("/api/v1/projects/" + project + "/activities", activity("Mine")).status, 403);
    EXPECT_EQ(attendee.post("/api/v1/activities/" + id + "/rsvp", boost::json::value { { "person_id", s_convener_a_id } }).status, 403);
    EXPECT_EQ(attendee.del("/api/v1/activities/" + id + "/rsvp?person_id=" + s_convener_a_id).status, 403);
    EXPECT_EQ(attendee.del("/api/v1/activities/" + id + "/rsvp").status, 204) << "their own place";
    EXPECT_EQ(attendee.del("/api/v1/activities/" + id + "/rsvp").status, 404) << "nothing left to cancel";

    auto other = convener_b();
    EXPECT_EQ(other.get("/api/v1/activities/" + id).status, 404);
    EXPECT_EQ(other.post("/api/v1/activities/" + id + "/rsvp", boost::json::value(boost::json::object {})).status, 404);
    EXPECT_EQ(other.get("/api/v1/projects/" + project + "/activities").status, 404);
}

// The calendar file as an independent parser (Python's icalendar) reads it.
boost::json::value read_calendar(std::string const& ics)
{
    auto const path = std::filesystem::temp_directory_path() / ("roundtable-" + std::to_string(::getpid()) + ".ics");
    std::ofstream(path, std::ios::binary) << ics;
    std::string const command = std::string { "/usr/bin/python3 " } + RT_TEST_TOOLS + "/read_ics.py " + path.string();
    FILE* pipe = popen(command.c_str(), "r");
    std::string output;
    std::array<char, 4096> buffer {};
    while (auto const count = std::fread(buffer.data(), 1, buffer.size(), pipe))
        output.append(buffer.data(), count);
    int const status = pclose(pipe);
    std::filesystem::remove(path);
    EXPECT_EQ(status, 0) << "the .ics did not parse:\n" << ics;
    return status == 0 ? boost::json::parse(output) : boost::json::value {};
}

TEST_F(EngagementApi, CalendarFilesParseAndKeepTheirUid)
{
    auto const project = make_project("Calendar project");
    auto convener = convener_a();
    auto const id = text(convener.post("/api/v1/projects/" + project + "/activities", activity("Tea and talk, \"the big one\"")).json().at("id"));
    ASSERT_EQ(convener.post("/api/v1/activities/" + id + "/plan/arranged", boost::json::value { { "need", "bsl-interpreter" } }).status, 200);
    auto const first_file = convener.get("/api/v1/activities/" + id + "/calendar.ics");
    ASSERT_EQ(first_file.status, 200);
    EXPECT_EQ(first_file.header("content-type"), "text/calendar; charset=utf-8");
    auto const first = read_calendar(first_file.body);
    EXPECT_EQ(first.at("events"), 1);
    EXPECT_EQ(first.at("version"), "2.0");
    EXPECT_EQ(text(first.at("uid")), id + "@roundtable");
    EXPECT_EQ(first.at("sequence"), 0);
    EXPECT_EQ(first.at("status"), "CONFIRMED");
    EXPECT_EQ(first.at("summary"), "Tea and talk, \"the big one\"");
    EXPECT_EQ(first.at("location"), "Riverside Community Centre, 1 High Street");
    // 13:00 UTC on 3 June 2030 is 14:00 in London (summer time): the zone is named and the instant kept.
    EXPECT_EQ(first.at("start_tzid"), "Europe/London");
    EXPECT_EQ(first.at("timezones"), (boost::json::array { "Europe/London" }));
    EXPECT_EQ(first.at("start_utc"), "2030-06-03T13:00:00Z");
    EXPECT_EQ(first.at("end_utc"), "2030-06-03T15:00:00Z");
    auto const description = text(first.at("description"));
    EXPECT_NE(description.find("step free"), std::string::npos) << description;
    EXPECT_NE(description.find("bsl interpreter"), std::string::npos) << description;

    // An update keeps the UID and raises SEQUENCE; a cancellation says so.
    auto const moved = convener.patch("/api/v1/activities/" + id, boost::json::value { { "starts_at", "2030-06-03T14:00:00Z" }, { "ends_at", "2030-06-03T16:00:00Z" } });
    ASSERT_EQ(moved.status, 200) << moved.body;
    auto const second = read_calendar(convener.get("/api/v1/activities/" + id + "/calendar.ics").body);
    EXPECT_EQ(second.at("uid"), first.at("uid"));
    EXPECT_EQ(second.at("sequence"), 1);
    EXPECT_EQ(second.at("start_utc"), "2030-06-03T14:00:00Z");
    ASSERT_EQ(convener.patch("/api/v1/activities/" + id, boost::json::value { { "status", "cancelled" } }).status, 200);
    auto const third = read_calendar(convener.get("/api/v1/activities/" + id + "/calendar.ics").body);
    EXPECT_EQ(third.at("status"), "CANCELLED");
    EXPECT_EQ(third.at("sequence"), 2);

    // Bad changes are refused whole; members cannot change it.
    auto const backwards = convener.patch("/api/v1/activities/" + id, boost::json::value { { "ends_at", "2030-06-03T10:00:00Z" } });
    EXPECT_EQ(backwards.status, 422);
    EXPECT_EQ(error_fields(backwards), (std::vector<std::string> { "ends_at" }));
    EXPECT_EQ(convener.get("/api/v1/activities/" + id).json().at("sequence"), 2);
    auto const online = convener.patch("/api/v1/activities/" + id, boost::json::value { { "online_url", "https://meet.example/tea" } });
    ASSERT_EQ(online.status, 200) << online.body;
    EXPECT_TRUE(online.json().at("venue").is_null());
    EXPECT_EQ(read_calendar(convener.get("/api/v1/activities/" + id + "/calendar.ics").body).at("url"), "https://meet.example/tea");
    EXPECT_EQ(convener_b().get("/api/v1/activities/" + id + "/calendar.ics").status, 404);
}

TEST_F(EngagementApi, AMonthlyForumIsOneSeriesOfMeetings)
{
    auto const project = make_project("Forum project");
    auto convener = convener_a();
    auto forum = activity("Customer forum");
    forum["kind"] = "forum";
    forum["starts_at"] = "2030-03-03T14:00:00Z";
    forum["ends_at"] = "2030-03-03T15:00:00Z";
    forum["repeat"] = { { "every", "month" }, { "count", 3 } };
    auto const created = convener.post("/api/v1/projects/" + project + "/activities", forum);
    ASSERT_EQ(created.status, 201) << created.body;
    EXPECT_EQ(created.json().at("recurrence"), "FREQ=MONTHLY;COUNT=3");
    auto const meetings = items(convener.get("/api/v1/projects/" + project + "/activities"));
    ASSERT_EQ(meetings.size(), 3u);
    std::vector<std::string> starts;
    for (auto const& meeting : meetings) {
        EXPECT_EQ(meeting.at("series_id"), created.json().at("series_id"));
        starts.push_back(text(meeting.at("starts_at")));
    }
    // 14:00 London each time: GMT in March, BST in April and May.
    EXPECT_EQ(starts, (std::vector<std::string> { "2030-03-03T14:00:00.000Z", "2030-04-03T13:00:00.000Z", "2030-05-03T13:00:00.000Z" }));

    forum["repeat"] = { { "every", "fortnight" }, { "count", 50 } };
    auto const refused = convener.post("/api/v1/projects/" + project + "/activities", forum);
    EXPECT_EQ(refused.status, 422);
    EXPECT_EQ(error_fields(refused), (std::vector<std::string> { "repeat" }));
    EXPECT_EQ(items(convener.get("/api/v1/projects/" + project + "/activities")).size(), 3u);
}

TEST_F(EngagementApi, MinutesPublishTheirSummaryAndActions)
{
    auto const project = make_project("Minutes project");
    auto convener = convener_a();
    auto const id = text(convener.post("/api/v1/projects/" + project + "/activities", activity("Minuted meeting")).json().at("id"));
    EXPECT_EQ(convener.get("/api/v1/activities/" + id + "/minutes").status, 404) << "none yet";

    auto const invalid = convener.send("PUT", "/api/v1/activities/" + id + "/minutes",
        boost::json::serialize(boost::json::value { { "summary", "" }, { "actions", { { { "text", "Book the hall" }, { "owner", "Beth" }, { "due_on", "soon" } } } } }));
    ASSERT_EQ(invalid.status, 422);
    EXPECT_EQ(error_fields(invalid), (std::vector<std::string> { "actions[0].due_on", "summary" }));
    EXPECT_EQ(convener.get("/api/v1/activities/" + id + "/minutes").status, 404) << "nothing written";

    auto const saved = convener.send("PUT", "/api/v1/activities/" + id + "/minutes",
        boost::json::serialize(boost::json::value { { "minutes", "# Notes\nTwelve people came. Transport is the biggest problem." },
            { "summary", "Transport is what stops most people coming. We will try a minibus." },
            { "actions", { { { "text", "Ask the council about the community minibus" }, { "owner", "Priya Raman" }, { "due_on", "2030-07-01" } } } } }));
    ASSERT_EQ(saved.status, 200) << saved.body;

    // Mo (a co-lead) sees everything; a partner who is not an organiser sees the summary and actions.
    EXPECT_TRUE(member_a().get("/api/v1/activities/" + id + "/minutes").json().as_object().contains("minutes"));
    auto const email = unique_email("reader");
    auto const created = convener.post("/api/v1/people", boost::json::value { { "name", "Rae Reader" }, { "email", email } });
    auto const url = text(created.json().at("invite_url"));
    auto reader = anonymous();
    auto const accepted = reader.post("/api/v1/auth/accept-invite", boost::json::value { { "token", url.substr(url.find('=') + 1) }, { "password", k_password } });
    reader.set_csrf_token(text(accepted.json().at("csrf_token")));
    auto const published = reader.get("/api/v1/activities/" + id + "/minutes");
    ASSERT_EQ(published.status, 200);
    EXPECT_FALSE(published.json().as_object().contains("minutes"));
    EXPECT_EQ(published.json().at("summary"), "Transport is what stops most people coming. We will try a minibus.");
    EXPECT_EQ(published.json().at("actions").as_array()[0].at("owner"), "Priya Raman");
    EXPECT_EQ(reader.send("PUT", "/api/v1/activities/" + id + "/minutes", R"({"summary":"Mine"})").status, 403);
    EXPECT_EQ(convener_b().get("/api/v1/activities/" + id + "/minutes").status, 404);
}

TEST_F(EngagementApi, MinutesActionsAreCheckedWithTheSummary)
{
    auto const project = make_project("Checked actions project");
    auto convener = convener_a();
    auto const id = text(convener.post("/api/v1/projects/" + project + "/activities", activity("Checked meeting")).json().at("id"));
    // A plain summary; the one action has two abbreviations nobody explained (KPIs, the plural of KPI, and ICB).
    auto const saved = convener.send("PUT", "/api/v1/activities/" + id + "/minutes",
        boost::json::serialize(boost::json::value { { "summary", "We met. We will try a bus." },
            { "actions", { { { "text", "Agree the KPIs with the ICB" }, { "owner", "Priya Raman" }, { "due_on", "2030-07-01" } } } } }));
    ASSERT_EQ(saved.status, 200) << saved.body;
    auto const published = convener.get("/api/v1/language/published?project_id=" + project);
    ASSERT_EQ(published.status, 200) << published.body;
    std::optional<boost::json::object> minutes;
    for (auto const& item : items(published))
        if (item.at("subject_type") == "minutes" && text(item.at("subject_id")) == id)
            minutes = item.as_object();
    ASSERT_TRUE(minutes) << published.body;
    EXPECT_EQ(minutes->at("unexplained_jargon").to_number<int>(), 2);
    EXPECT_EQ(minutes->at("meets_target"), false);
}

TEST_F(EngagementApi, WhoChairsIsRecordedOnTheTimeline)
{
    auto const project = make_project("Chair project");
    auto convener = convener_a();
    auto chaired = activity("Chaired by a resident");
    chaired["chair"] = { { "person_id", s_member_a_id }, { "group", "health" } };
    auto const wrong = convener.post("/api/v1/projects/" + project + "/activities", chaired);
    EXPECT_EQ(wrong.status, 422) << "Mo does not take part as health";
    EXPECT_EQ(error_fields(wrong), (std::vector<std::string> { "chair" }));

    chaired["chair"] = { { "person_id", s_member_a_id }, { "group", "residents" } };
    auto const created = convener.post("/api/v1/projects/" + project + "/activities", chaired);
    ASSERT_EQ(created.status, 201) << created.body;
    EXPECT_EQ(created.json().at("chair").at("group"), "residents");
    auto const events = convener.get("/api/v1/projects/" + project + "/timeline").json().at("events").as_array();
    bool found = false;
    for (auto const& event : events)
        found = found || (event.at("kind") == "chaired" && event.at("group") == "residents" && event.at("name") == "Mo Member");
    EXPECT_TRUE(found);
}

TEST_F(EngagementApi, APersonalFeedListsMyActivitiesBehindAPrivateToken)
{
    auto const project = make_project("Feed project");
    auto convener = convener_a();
    auto const first = text(convener.post("/api/v1/projects/" + project + "/activities", activity("Feed first")).json().at("id"));
    auto second_body = activity("Feed second");
    second_body["starts_at"] = "2030-07-01T09:00:00Z";
    second_body["ends_at"] = "2030-07-01T10:00:00Z";
    auto const second = text(convener.post("/api/v1/projects/" + project + "/activities", second_body).json().at("id"));
    auto const third = text(convener.post("/api/v1/projects/" + project + "/activities", activity("Not mine")).json().at("id"));
    // Fay has an account and nothing else: her feed holds exactly her two sign-ups.
    auto const created = convener.post("/api/v1/people", boost::json::value { { "name", "Fay Feed" }, { "email", unique_email("feed") } });
    auto const invite = text(created.json().at("invite_url"));
    auto member = anonymous();
    auto const accepted = member.post("/api/v1/auth/accept-invite", boost::json::value { { "token", invite.substr(invite.find('=') + 1) }, { "password", k_password } });
    member.set_csrf_token(text(accepted.json().at("csrf_token")));
    for (auto const& id : { first, second })
        ASSERT_EQ(member.post("/api/v1/activities/" + id + "/rsvp", boost::json::value(boost::json::object {})).status, 201);

    auto const made = member.post("/api/v1/me/calendar-feed");
    ASSERT_EQ(made.status, 201) << made.body;
    auto const url = text(made.json().at("url"));
    auto const feed = anonymous().get(url);
    ASSERT_EQ(feed.status, 200) << "no session needed: the token is the key";
    EXPECT_EQ(feed.header("content-type"), "text/calendar; charset=utf-8");
    auto const parsed = read_calendar(feed.body);
    EXPECT_EQ(parsed.at("events"), 2);
    EXPECT_NE(feed.body.find(first + "@roundtable"), std::string::npos);
    EXPECT_NE(feed.body.find(second + "@roundtable"), std::string::npos);
    EXPECT_EQ(feed.body.find(third + "@roundtable"), std::string::npos);

    // A new address retires the old one.
    auto const renewed = text(member.post("/api/v1/me/calendar-feed").json().at("url"));
    EXPECT_EQ(anonymous().get(url).status, 404);
    EXPECT_EQ(anonymous().get(renewed).status, 200);
    EXPECT_EQ(anonymous().get("/api/v1/calendar/not-a-real-token").status, 404);
}

TEST_F(EngagementApi, PlacesFreedOrAddedGoToThoseWaitingButNeverOverbook)
{
    auto const project = make_project("Waiting project");
    auto convener = convener_a();
    auto const id = text(convener.post("/api/v1/projects/" + project + "/activities", activity("Two places", 2)).json().at("id"));
    auto sign = [&](std::string const& name, bool walk_in) {
        auto const person_id = person(name, {}, "en");
        auto const response = convener.post("/api/v1/activities/" + id + "/rsvp", boost::json::value { { "person_id", person_id }, { "walk_in", walk_in } });
        EXPECT_EQ(response.status, 201);
        return person_id;
    };
    sign("Wait One", false);
    sign("Wait Two", false);
    auto const walk_in = sign("Wait Walk-in", true); // 3 places for 2
    auto const waiting = sign("Wait Four", false);
    auto counts = [&] {
        auto const body = convener.get("/api/v1/activities/" + id).json();
        return std::pair<long long, long long> { body.at("places_taken").as_int64(), body.at("waiting").as_int64() };
    };
    EXPECT_EQ(counts(), (std::pair<long long, long long> { 3, 1 }));

    // The walk-in leaves: 2 places for 2, so nobody is moved up.
    ASSERT_EQ(convener.del("/api/v1/activities/" + id + "/rsvp?person_id=" + walk_in).status, 204);
    EXPECT_EQ(counts(), (std::pair<long long, long long> { 2, 1 }));

    // A bigger room: the one waiting gets a place.
    ASSERT_EQ(convener.patch("/api/v1/activities/" + id, boost::json::value { { "capacity", 3 } }).status, 200);
    EXPECT_EQ(counts(), (std::pair<long long, long long> { 3, 0 }));
}

TEST_F(EngagementApi, AChairWhoLeftTheirGroupDoesNotBlockCancelling)
{
    auto const project = make_project("Chair left project");
    auto convener = convener_a();
    auto const chair = person("Chair Leaving", {}, "en");
    auto body = activity("Chair leaves");
    body["chair"] = { { "person_id", chair }, { "group", "residents" } };
    auto const id = text(convener.post("/api/v1/projects/" + project + "/activities", body).json().at("id"));
    ASSERT_EQ(convener.patch("/api/v1/people/" + chair, boost::json::value { { "groups", { "staff" } } }).status, 200);
    auto const cancelled = convener.patch("/api/v1/activities/" + id, boost::json::value { { "status", "cancelled" } });
    EXPECT_EQ(cancelled.status, 200) << cancelled.body;
    EXPECT_EQ(convener.get("/api/v1/activities/" + id).json().at("status"), "cancelled");
    EXPECT_EQ(convener.patch("/api/v1/activities/" + id, boost::json::value { { "repeat", { { "every", "week" }, { "count", 2 } } } }).status, 422);
}

TEST_F(EngagementApi, AttendanceGoesOnTheProjectTimeline)
{
    auto const project = make_project("Attendance project");
    auto convener = convener_a();
    auto const id = text(convener.post("/api/v1/projects/" + project + "/activities", past_activity("Attended session")).json().at("id"));
    auto const rita = person("Rita Attends", {}, "en");
    auto const recorded = convener.post("/api/v1/activities/" + id + "/attendance", boost::json::value { { "person_id", rita } });
    ASSERT_EQ(recorded.status, 201) << recorded.body;
    EXPECT_EQ(convener.post("/api/v1/activities/" + id + "/attendance", boost::json::value { { "person_id", rita } }).status, 409);
    EXPECT_EQ(convener.post("/api/v1/activities/" + id + "/attendance", boost::json::value { { "person_id", rita }, { "group", "health" } }).status, 409);

    auto const timeline = convener.get("/api/v1/projects/" + project + "/timeline").json();
    bool residents_took_part = false;
    for (auto const& row : timeline.at("groups").as_array()) {
        if (row.at("group") == "residents")
            residents_took_part = !row.at("took_part").is_null() && row.at("took_part").at("stage") == "discover";
    }
    EXPECT_TRUE(residents_took_part);
}


// Issue 13: the register records everyone who was there in one transaction.
TEST_F(EngagementApi, TheRegisterRecordsEveryoneAtOnceOrNobody)
{
    auto const project = make_project("Register project");
    auto convener = convener_a();
    auto const id = text(convener.post("/api/v1/projects/" + project + "/activities", past_activity("Register session")).json().at("id"));
    std::vector<std::string> people;
    for (auto const* name : { "Reg One", "Reg Two", "Reg Three", "Reg Four", "Reg Five" })
        people.push_back(person(name, {}, "en"));
    auto const path = "/api/v1/activities/" + id + "/attendance/register";
    auto const entry = [](std::string const& person_id) { return boost::json::object { { "person_id", person_id } }; };

    // Line 3 names a group the person is not in: 422 naming that line, nothing written.
    boost::json::array bad { entry(people[0]), entry(people[1]), entry(people[2]), entry(people[3]) };
    bad[3].as_object()["group"] = "health";
    auto const refused = convener.post(path, boost::json::value { { "entries", bad } });
    ASSERT_EQ(refused.status, 422) << refused.body;
    EXPECT_EQ(error_fields(refused), (std::vector<std::string> { "entries[3].group" }));
    EXPECT_EQ(items(convener.get("/api/v1/activities/" + id + "/attendance")).size(), 0u) << "lines 0-2 were rolled back";
    // The same person twice, a value that is not a group, or no lines at all: named too.
    auto const twice = convener.post(path, boost::json::value { { "entries", { entry(people[0]), entry(people[0]) } } });
    EXPECT_EQ(error_fields(twice), (std::vector<std::string> { "entries[1].person_id" }));
    auto const not_group = convener.post(path, boost::json::value { { "entries", { { { "person_id", people[0] }, { "group", "aliens" } } } } });
    EXPECT_EQ(error_fields(not_group), (std::vector<std::string> { "entries[0].group" }));
    EXPECT_EQ(error_fields(convener.post(path, boost::json::value { { "entries", boost::json::array {} } })), (std::vector<std::string> { "entries" }));

    // Who may record: organisers of this partnership.
    EXPECT_EQ(anonymous().post(path, boost::json::value { { "entries", { entry(people[0]) } } }).status, 401);
    auto outsider = person_with_session("Reg Onlooker", "residents");
    EXPECT_EQ(outsider.client.post(path, boost::json::value { { "entries", { entry(people[0]) } } }).status, 403);
    EXPECT_EQ(convener_b().post(path, boost::json::value { { "entries", { entry(people[0]) } } }).status, 404);

    // All five, one marked as paid by their employer.
    boost::json::array all;
    for (auto const& id_of : people)
        all.push_back(entry(id_of));
    all[4].as_object()["paid_by_employer"] = true;
    auto const recorded = convener.post(path, boost::json::value { { "entries", all } });
    ASSERT_EQ(recorded.status, 201) << recorded.body;
    auto const list = items(recorded);
    ASSERT_EQ(list.size(), 5u);
    int paid_by_employer = 0;
    for (auto const& record : list) {
        EXPECT_EQ(record.at("group"), "residents") << "the person's only group";
        paid_by_employer += record.at("paid_by_employer").as_bool() ? 1 : 0;
    }
    EXPECT_EQ(paid_by_employer, 1);
    int audited = 0;
    for (auto const& audit : items(convener.get("/api/v1/audit?limit=50")))
        audited += audit.at("action") == "activity.attended" && text(audit.at("subject_id")) == id ? 1 : 0;
    EXPECT_EQ(audited, 5) << "one audit entry per person";
    // Again: they are already on the register.
    auto const again = convener.post(path, boost::json::value { { "entries", { entry(people[2]) } } });
    EXPECT_EQ(again.status, 422);
    EXPECT_EQ(error_fields(again), (std::vector<std::string> { "entries[0].person_id" }));
}

// Issue 13: nobody attends or claims for an activity that has not started,
// unless a convener records it with a reason.
TEST_F(EngagementApi, AttendanceAndClaimsWaitForTheStartUnlessAConvenerSaysWhy)
{
    auto const project = make_project("Not yet project");
    auto convener = convener_a();
    auto const id = text(convener.post("/api/v1/projects/" + project + "/activities", activity("Next year's session")).json().at("id"));
    auto const rita = person("Rita Early", {}, "en");
    auto const ron = person("Ron Early", {}, "en");

    auto const single = convener.post("/api/v1/activities/" + id + "/attendance", boost::json::value { { "person_id", rita } });
    ASSERT_EQ(single.status, 409) << single.body;
    EXPECT_EQ(single.json().at("code"), "not_started");
    auto const bulk = convener.post("/api/v1/activities/" + id + "/attendance/register", boost::json::value { { "entries", { { { "person_id", rita } } } } });
    EXPECT_EQ(bulk.status, 409);
    EXPECT_EQ(bulk.json().at("code"), "not_started");
    // A co-lead organises the activity, but only a convener may record it early.
    auto const co_lead = member_a().post("/api/v1/activities/" + id + "/attendance",
        boost::json::value { { "person_id", rita }, { "early_reason", "She leaves before it starts." } });
    EXPECT_EQ(co_lead.status, 403) << co_lead.body;
    EXPECT_EQ(items(convener.get("/api/v1/activities/" + id + "/attendance")).size(), 0u);

    auto const early = convener.post("/api/v1/activities/" + id + "/attendance/register",
        boost::json::value { { "entries", { { { "person_id", rita } }, { { "person_id", ron } } } }, { "early_reason", "They helped set up the day before." } });
    ASSERT_EQ(early.status, 201) << early.body;
    for (auto const& record : items(early))
        EXPECT_EQ(record.at("early_reason"), "They helped set up the day before.");
    int audited = 0;
    for (auto const& audit : items(convener.get("/api/v1/audit?limit=50")))
        audited += audit.at("action") == "activity.attended_early" && text(audit.at("subject_id")) == id ? 1 : 0;
    EXPECT_EQ(audited, 2);

    // A claim for it waits for the start too, except a convener's with a reason.
    auto const claim = boost::json::object { { "activity_id", id }, { "person_id", rita }, { "payment_method", "voucher" }, { "include_time", true } };
    auto const too_soon = convener.post("/api/v1/claims", claim);
    ASSERT_EQ(too_soon.status, 409) << too_soon.body;
    EXPECT_EQ(too_soon.json().at("code"), "not_started");
    auto ron_session = convener.post("/api/v1/claims", boost::json::value { { "activity_id", id }, { "person_id", ron }, { "payment_method", "voucher" } });
    EXPECT_EQ(ron_session.status, 409);
    auto with_reason = claim;
    with_reason["early_reason"] = "Paid before the holiday, as agreed.";
    auto const claimed = convener.post("/api/v1/claims", with_reason);
    EXPECT_EQ(claimed.status, 201) << claimed.body;
}

// Issue 13: the chair's group is inferred when they are in only one.
TEST_F(EngagementApi, TheChairsOnlyGroupIsInferred)
{
    auto const project = make_project("Chair group project");
    auto convener = convener_a();
    auto const rita = person("Rita Chair", {}, "en");
    auto body = activity("Chaired session");
    body["chair"] = boost::json::object { { "person_id", rita } };
    auto const created = convener.post("/api/v1/projects/" + project + "/activities", body);
    ASSERT_EQ(created.status, 201) << created.body;
    EXPECT_EQ(created.json().at("chair").at("group"), "residents");

    auto const two = text(convener.post("/api/v1/people", boost::json::value { { "name", "Tia Two Groups" }, { "groups", { "residents", "service_users_carers" } } })
                              .json().at("id"));
    body["chair"] = boost::json::object { { "person_id", two } };
    auto const unclear = convener.post("/api/v1/projects/" + project + "/activities", body);
    EXPECT_EQ(unclear.status, 422) << unclear.body;
    EXPECT_EQ(error_fields(unclear), (std::vector<std::string> { "chair.group" }));
}
}
}
