// Notifications in the app and by email (issue 15): each notice shows in the
// person's own list with an unread count, and its email goes through a real
// SMTP server (aiosmtpd) by the person's choice: at once, in a digest, or not
// at all. Messages are read back with Python's email package and their
// calendar files with the icalendar library, both independent of the server.

#include <filesystem>
#include <iostream>
#include <set>
#include <fstream>
#include <thread>

#include <unistd.h>

#include <boost/json.hpp>

#include "core/time.hpp"
#include "db/database.hpp"
#include "modules/notifications/commands.hpp"
#include "support/api_fixture.hpp"
#include "support/mail_server.hpp"

namespace rt::test {
namespace {

boost::json::object read_notice(std::filesystem::path const& file)
{
    auto const output = run_command(std::string { "/usr/bin/python3 " } + RT_TEST_TOOLS + "/read_notice.py " + file.string());
    return boost::json::parse(output).as_object();
}

// RFC 3339 to the second, as calendars and the server's answers write it.
std::string to_the_second(TimePoint time)
{
    auto text = format_time(std::chrono::floor<std::chrono::seconds>(time));
    if (auto const dot = text.find('.'); dot != std::string::npos)
        text = text.substr(0, dot) + "Z";
    return text;
}

enum class SignInMail { LeftOut, Only };

class NoticesApi : public ApiTest {
protected:
    static void SetUpTestSuite()
    {
        auto const port = free_port();
        s_maildir = std::filesystem::temp_directory_path() / ("rt-notices-" + std::to_string(getpid()) + "-" + std::to_string(port));
        std::filesystem::remove_all(s_maildir);
        s_mail = std::make_unique<MailServer>(port, s_maildir);
        s_mail->start();
        s_server_arguments = { "--workers", "1", "--smtp", "smtp://127.0.0.1:" + std::to_string(port), "--mail-from",
            "Riverside Partnership <partnership@example.test>" };
        ApiTest::SetUpTestSuite();
        s_server_arguments = { "--workers", "0" };
    }
    static void TearDownTestSuite()
    {
        ApiTest::TearDownTestSuite();
        s_mail.reset();
        std::filesystem::remove_all(s_maildir);
    }

    // The messages to an address, once at least `count` have arrived (waiting
    // up to `seconds`). Sign-in emails (security mail, Message-ID "s-...")
    // are left out unless asked for: everyone added with an address gets one.
    static std::vector<boost::json::object> mail_to(std::string const& address, std::size_t count, int seconds,
        SignInMail sign_in = SignInMail::LeftOut)
    {
        std::vector<boost::json::object> found;
        for (int i = 0; i < seconds * 5; ++i) {
            found.clear();
            for (auto const& file : s_mail->messages()) {
                // Each file is read once: a message does not change once delivered.
                auto cached = s_read.find(file.filename().string());
                if (cached == s_read.end())
                    cached = s_read.emplace(file.filename().string(), read_notice(file)).first;
                bool const security = text(cached->second.at("message_id")).starts_with("<s-");
                if (text(cached->second.at("to")) == address && (security == (sign_in == SignInMail::Only)))
                    found.push_back(cached->second);
            }
            if (found.size() >= count)
                break;
            std::this_thread::sleep_for(std::chrono::milliseconds { 200 });
        }
        std::ranges::sort(found, {}, [](boost::json::object const& mail) { return text(mail.at("subject")); });
        return found;
    }

    static std::string email_of(std::string const& person_id)
    {
        return text(convener_a().get("/api/v1/people/" + person_id).json().at("email"));
    }

    static std::string project(std::string const& title)
    {
        auto const made = convener_a().post("/api/v1/projects", boost::json::value { { "title", title }, { "summary", "We meet and talk." },
                                                                    { "interests", { "no-match-notices" } }, { "charter", boost::json::object {} } });
        EXPECT_EQ(made.status, 201) << made.body;
        return text(made.json().at("id"));
    }

    static std::string activity(std::string const& project_id, std::string const& title, std::string const& starts_at)
    {
        auto const start = *parse_time(starts_at);
        boost::json::object body { { "kind", "tea_and_talk" }, { "title", title }, { "purpose", "Tea, cake and what you think of the day centre." },
            { "starts_at", starts_at }, { "ends_at", format_time(start + std::chrono::hours { 2 }) },
            { "venue", { { "address", "Riverside Community Centre, 1 High Street" }, { "features", { "step-free" } } } }, { "languages", { "en" } } };
        auto const made = convener_a().post("/api/v1/projects/" + project_id + "/activities", boost::json::value(std::move(body)));
        EXPECT_EQ(made.status, 201) << made.body;
        return text(made.json().at("id"));
    }

    static void sign_up(std::string const& activity_id, std::string const& person_id)
    {
        auto const done = convener_a().post("/api/v1/activities/" + activity_id + "/rsvp", boost::json::value { { "person_id", person_id } });
        EXPECT_EQ(done.status, 201) << done.body;
    }

    static HttpResponse put(HttpClient client, std::string const& target, boost::json::value const& body)
    {
        return client.send("PUT", target, boost::json::serialize(body), { { "Content-Type", "application/json" } });
    }

    static std::string delivery_of(HttpClient& client, std::string const& topic)
    {
        auto const answer = client.get("/api/v1/notification-preferences").json();
        for (auto const& item : answer.at("topics").as_array())
            if (text(item.at("topic")) == topic)
                return text(item.at("delivery"));
        return {};
    }

    // Every delivered message's Message-ID, duplicates kept.
    static std::vector<std::string> delivered_ids()
    {
        auto const output = run_command(std::string { "/usr/bin/python3 " } + RT_TEST_TOOLS + "/message_ids.py " + s_maildir.string());
        std::vector<std::string> ids;
        std::size_t start = 0;
        while (start < output.size()) {
            auto const end = output.find('\n', start);
            ids.push_back(output.substr(start, end - start));
            start = end == std::string::npos ? output.size() : end + 1;
        }
        return ids;
    }

    // How many of `wanted` have arrived, and how many messages carry them (duplicates too).
    static std::pair<std::size_t, std::size_t> arrived(std::set<std::string> const& wanted)
    {
        std::set<std::string> seen;
        std::size_t messages = 0;
        for (auto const& id : delivered_ids())
            if (wanted.contains(id)) {
                seen.insert(id);
                ++messages;
            }
        return { seen.size(), messages };
    }

    template<typename Result, typename Work>
    static Result in_database(Work work)
    {
        db::Database database { *db::parse_database_url(s_database->url()) };
        auto const done = database.write([&](soci::session& sql) -> rt::Result<Result> { return work(sql); });
        EXPECT_TRUE(done.has_value());
        return done ? *done : Result {};
    }

    static inline std::filesystem::path s_maildir;
    static inline std::unique_ptr<MailServer> s_mail;
    static inline std::map<std::string, boost::json::object> s_read;
};

TEST_F(NoticesApi, AnInvitationShowsInTheAppWithACountOnlyToItsPerson)
{
    auto convener = convener_a();
    auto nadia = person_with_session("Nadia Rahman", "residents");
    auto const project_id = project("Notices in the app");
    ASSERT_EQ(convener.post("/api/v1/projects/" + project_id + "/invitations", boost::json::value { { "person_id", nadia.id }, { "group", "residents" } })
                  .status,
        201);
    EXPECT_EQ(nadia.client.get("/api/v1/notifications/unread-count").json().at("unread").as_int64(), 0);
    ASSERT_EQ(convener.post("/api/v1/projects/" + project_id + "/invitations/send").status, 200);

    auto const listed = items(nadia.client.get("/api/v1/notifications"));
    ASSERT_EQ(listed.size(), 1u);
    auto const& notice = listed[0].as_object();
    EXPECT_EQ(text(notice.at("kind")), "project_invitation");
    EXPECT_EQ(text(notice.at("topic")), "invitations");
    EXPECT_EQ(text(notice.at("path")), "/invitations");
    EXPECT_EQ(text(notice.at("params").at("project_title")), "Notices in the app");
    EXPECT_TRUE(notice.at("read_at").is_null());
    EXPECT_EQ(nadia.client.get("/api/v1/notifications/unread-count").json().at("unread").as_int64(), 1);
    auto const id = text(notice.at("id"));

    // Only Nadia's: another person of the partnership, and another partnership, get 404.
    auto other = person_with_session("Omar Said", "residents");
    EXPECT_EQ(other.client.post("/api/v1/notifications/" + id + "/read").status, 404);
    EXPECT_EQ(convener_b().post("/api/v1/notifications/" + id + "/read").status, 404);
    EXPECT_TRUE(items(other.client.get("/api/v1/notifications")).empty());
    EXPECT_EQ(anonymous().get("/api/v1/notifications").status, 401);
    EXPECT_EQ(anonymous().get("/api/v1/notifications/unread-count").status, 401);
    // Unsafe without the CSRF token: refused, and it stays unread.
    auto no_token = nadia.client;
    no_token.set_csrf_token(std::nullopt);
    EXPECT_EQ(no_token.post("/api/v1/notifications/" + id + "/read").status, 403);
    EXPECT_EQ(nadia.client.get("/api/v1/notifications/unread-count").json().at("unread").as_int64(), 1);
    EXPECT_EQ(nadia.client.get("/api/v1/notifications?unread=maybe").status, 422);

    auto const read = nadia.client.post("/api/v1/notifications/" + id + "/read");
    ASSERT_EQ(read.status, 200) << read.body;
    EXPECT_FALSE(read.json().at("read_at").is_null());
    EXPECT_EQ(nadia.client.get("/api/v1/notifications/unread-count").json().at("unread").as_int64(), 0);
    EXPECT_TRUE(items(nadia.client.get("/api/v1/notifications?unread=true")).empty());
    EXPECT_EQ(items(nadia.client.get("/api/v1/notifications")).size(), 1u) << "read ones stay in the list";

    // And the email went too, with a one-click unsubscribe.
    auto const mails = mail_to(email_of(nadia.id), 1, 20);
    ASSERT_EQ(mails.size(), 1u);
    EXPECT_EQ(text(mails[0].at("list_unsubscribe_post")), "List-Unsubscribe=One-Click");
    EXPECT_NE(text(mails[0].at("list_unsubscribe")).find("/api/v1/unsubscribe?token="), std::string::npos);
}

TEST_F(NoticesApi, ActivityEmailsCarryTheCalendarFileAndTheReminderComesTwoDaysBefore)
{
    auto rose = person_with_session("Rose Mbeki", "residents");
    auto const address = email_of(rose.id);
    // Two days and a few seconds away: the reminder falls due while the test waits.
    auto const starts_at = to_the_second(now() + std::chrono::hours { 48 } + std::chrono::seconds { 6 });
    auto const activity_id = activity(project("Reminders"), "Tea and talk at Riverside", starts_at);
    sign_up(activity_id, rose.id);

    auto mails = mail_to(address, 2, 40);
    ASSERT_EQ(mails.size(), 2u) << "the confirmation, then the reminder";
    // Sorted by subject: "In two days: ..." before "Your place: ...".
    auto const& reminder = mails[0];
    auto const& confirmation = mails[1];
    EXPECT_EQ(text(confirmation.at("subject")), "Your place: Tea and talk at Riverside");
    EXPECT_EQ(text(reminder.at("subject")), "In two days: Tea and talk at Riverside");
    EXPECT_EQ(text(confirmation.at("content_type")), "multipart/mixed");
    for (auto const* mail : { &confirmation, &reminder }) {
        EXPECT_EQ(mail->at("defects").as_int64(), 0);
        auto const& calendars = mail->at("calendars").as_array();
        ASSERT_EQ(calendars.size(), 1u) << "the .ics is attached";
        auto const& event = calendars[0].as_object();
        EXPECT_EQ(text(event.at("summary")), "Tea and talk at Riverside");
        EXPECT_EQ(text(event.at("start_utc")), starts_at);
        EXPECT_EQ(event.at("sequence").as_int64(), 0);
    }
    // The time is written out in words in the activity's time zone (London: GMT in December, BST in summer).
    EXPECT_NE(text(confirmation.at("text")).find("Riverside Community Centre"), std::string::npos) << text(confirmation.at("text"));

    // Moved: a change email with the calendar at the next sequence and the new time.
    auto const moved_to = to_the_second(*parse_time(starts_at) + std::chrono::hours { 24 * 7 });
    auto const moved = convener_a().patch("/api/v1/activities/" + activity_id,
        boost::json::value { { "starts_at", moved_to }, { "ends_at", format_time(*parse_time(moved_to) + std::chrono::hours { 2 }) } });
    ASSERT_EQ(moved.status, 200) << moved.body;
    mails = mail_to(address, 3, 20);
    ASSERT_EQ(mails.size(), 3u);
    auto const changed = std::ranges::find_if(mails, [](auto const& mail) { return text(mail.at("subject")).starts_with("Changed: "); });
    ASSERT_NE(changed, mails.end());
    auto const& changed_event = changed->at("calendars").as_array().at(0).as_object();
    EXPECT_EQ(text(changed_event.at("start_utc")), moved_to);
    EXPECT_EQ(changed_event.at("sequence").as_int64(), 1);
    EXPECT_EQ(text(changed_event.at("uid")), text(mails[0].at("calendars").as_array().at(0).at("uid"))) << "the same event, updated";

    // Cancelled: the calendar says so.
    ASSERT_EQ(convener_a().patch("/api/v1/activities/" + activity_id, boost::json::value { { "status", "cancelled" } }).status, 200);
    mails = mail_to(address, 4, 20);
    ASSERT_EQ(mails.size(), 4u);
    auto const cancelled = std::ranges::find_if(mails, [](auto const& mail) { return text(mail.at("subject")).starts_with("Cancelled: "); });
    ASSERT_NE(cancelled, mails.end());
    EXPECT_EQ(text(cancelled->at("calendars").as_array().at(0).at("status")), "CANCELLED");
    EXPECT_EQ(cancelled->at("calendars").as_array().at(0).at("sequence").as_int64(), 2);

    // In the app: four notices, newest first.
    auto const listed = items(rose.client.get("/api/v1/notifications"));
    ASSERT_EQ(listed.size(), 4u);
    EXPECT_EQ(text(listed[0].at("kind")), "activity_cancelled");
    EXPECT_EQ(text(listed[0].at("path")), "/activities/" + activity_id);
}

TEST_F(NoticesApi, OneClickUnsubscribeStopsThatKindOfEmailWithoutSigningIn)
{
    auto sam = person_with_session("Samir Haddad", "residents");
    auto const address = email_of(sam.id);
    auto const project_id = project("Unsubscribing");
    sign_up(activity(project_id, "First forum", "2030-05-01T13:00:00Z"), sam.id);
    auto const first = mail_to(address, 1, 20);
    ASSERT_EQ(first.size(), 1u);
    auto const header = text(first[0].at("list_unsubscribe"));
    auto const start = header.find("/api/v1/unsubscribe?token=");
    ASSERT_NE(start, std::string::npos) << header;
    auto const target = header.substr(start, header.find('>', start) - start);
    auto const token = target.substr(target.find('=') + 1);
    // The footer links to the page that says what stops.
    EXPECT_NE(text(first[0].at("text")).find("/unsubscribe?token=" + token), std::string::npos);

    // A changed or foreign token stops nothing.
    auto tampered = token;
    tampered[tampered.size() / 2] = tampered[tampered.size() / 2] == 'a' ? 'b' : 'a';
    auto const refused = anonymous().send("POST", "/api/v1/unsubscribe?token=" + tampered, "List-Unsubscribe=One-Click",
        { { "Content-Type", "application/x-www-form-urlencoded" } });
    EXPECT_EQ(refused.status, 422);
    EXPECT_NE(refused.body.find("token"), std::string::npos);
    EXPECT_EQ(delivery_of(sam.client, "activities"), "email");

    // What the page shows before the click, with no session.
    auto const shown = anonymous().get(target);
    ASSERT_EQ(shown.status, 200) << shown.body;
    EXPECT_EQ(text(shown.json().at("topic")), "activities");
    EXPECT_EQ(text(shown.json().at("delivery")), "email");

    // The one click as a mail client makes it: a form post, no cookie, no CSRF token.
    auto const clicked = anonymous().send("POST", target, "List-Unsubscribe=One-Click", { { "Content-Type", "application/x-www-form-urlencoded" } });
    ASSERT_EQ(clicked.status, 200) << clicked.body;
    EXPECT_EQ(text(clicked.json().at("delivery")), "in_app");
    EXPECT_EQ(delivery_of(sam.client, "activities"), "in_app");
    EXPECT_EQ(delivery_of(sam.client, "invitations"), "email") << "other kinds still come";

    // The next activity: in the app, but no email.
    sign_up(activity(project_id, "Second forum", "2030-06-01T13:00:00Z"), sam.id);
    std::this_thread::sleep_for(std::chrono::seconds { 3 });
    EXPECT_EQ(mail_to(address, 2, 1).size(), 1u);
    auto const listed = items(sam.client.get("/api/v1/notifications"));
    ASSERT_EQ(listed.size(), 2u);
    EXPECT_EQ(text(listed[0].at("params").at("activity_title")), "Second forum");
}

TEST_F(NoticesApi, ADigestCollectsThreeEventsIntoOneEmail)
{
    auto joan = person_with_session("Joan Ellis", "residents");
    auto const address = email_of(joan.id);
    auto const changed = put(joan.client, "/api/v1/notification-preferences", boost::json::value { { "preferences", { { "activities", "daily" } } } });
    ASSERT_EQ(changed.status, 200) << changed.body;
    EXPECT_EQ(delivery_of(joan.client, "activities"), "daily");
    auto const project_id = project("Digests");
    for (auto const* title : { "Coffee morning", "Walk in the park", "Lunch club" })
        sign_up(activity(project_id, title, "2030-07-01T10:00:00Z"), joan.id);
    std::this_thread::sleep_for(std::chrono::seconds { 2 });
    EXPECT_TRUE(mail_to(address, 1, 1).empty()) << "nothing by email until the digest";
    EXPECT_EQ(items(joan.client.get("/api/v1/notifications")).size(), 3u);

    auto const ran = run_roundtable({ "notifications", "digest", "--db", s_database->url(), "--period", "daily" });
    ASSERT_EQ(ran.exit_code, 0) << ran.output;
    auto const mails = mail_to(address, 1, 20);
    ASSERT_EQ(mails.size(), 1u);
    EXPECT_EQ(text(mails[0].at("subject")), "Your news from Roundtable");
    auto const body = text(mails[0].at("text"));
    for (auto const* title : { "Coffee morning", "Walk in the park", "Lunch club" })
        EXPECT_NE(body.find(title), std::string::npos) << title << " in " << body;
    // A second run sends nothing more: each notice goes in one digest.
    ASSERT_EQ(run_roundtable({ "notifications", "digest", "--db", s_database->url(), "--period", "daily" }).exit_code, 0);
    std::this_thread::sleep_for(std::chrono::seconds { 2 });
    EXPECT_EQ(mail_to(address, 2, 1).size(), 1u);
}

TEST_F(NoticesApi, PreferencesRefuseWhatCannotBeChosenAndChangeNothing)
{
    auto lee = person_with_session("Lee Chan", "residents");
    auto const before = lee.client.get("/api/v1/notification-preferences");
    ASSERT_EQ(before.status, 200);
    EXPECT_TRUE(before.json().at("has_email").as_bool());
    auto const topics = before.json().at("topics").as_array();
    ASSERT_EQ(topics.size(), 7u);
    EXPECT_EQ(text(topics[5].at("topic")), "organising");
    EXPECT_EQ(text(topics[5].at("delivery")), "daily") << "what needs an organiser comes once a day until chosen otherwise";
    EXPECT_EQ(text(topics[6].at("topic")), "security");
    EXPECT_FALSE(topics[6].at("can_change").as_bool());

    struct Case {
        boost::json::value body;
        std::string field;
    };
    std::vector<Case> const cases {
        { boost::json::value { { "preferences", { { "security", "in_app" } } } }, "preferences.security" },
        { boost::json::value { { "preferences", { { "gossip", "email" } } } }, "preferences.gossip" },
        { boost::json::value { { "preferences", { { "activities", "hourly" } } } }, "preferences.activities" },
        { boost::json::value { { "preferences", { { "activities", "daily" }, { "claims", 3 } } } }, "preferences.claims" },
        { boost::json::value { { "preferences", { { "activities", "daily" }, { "organising", "email" } } } }, "preferences.organising" },
        { boost::json::value { { "preferences", boost::json::object {} } }, "preferences" },
        { boost::json::value { { "preference", { { "activities", "daily" } } } }, "preference" },
    };
    for (auto const& [body, field] : cases) {
        auto const refused = put(lee.client, "/api/v1/notification-preferences", body);
        EXPECT_EQ(refused.status, 422) << boost::json::serialize(body);
        EXPECT_NE(refused.body.find("\"" + field + "\""), std::string::npos) << refused.body;
    }
    EXPECT_EQ(delivery_of(lee.client, "activities"), "email") << "nothing changed, not even the good half";
    EXPECT_EQ(anonymous().send("PUT", "/api/v1/notification-preferences", R"({"preferences":{"activities":"daily"}})",
                  { { "Content-Type", "application/json" } }).status,
        401);
    auto no_token = lee.client;
    no_token.set_csrf_token(std::nullopt);
    EXPECT_EQ(put(no_token, "/api/v1/notification-preferences", boost::json::value { { "preferences", { { "activities", "daily" } } } }).status, 403);
    EXPECT_EQ(delivery_of(lee.client, "activities"), "email");

    // A change is one person's own, and audited.
    ASSERT_EQ(put(lee.client, "/api/v1/notification-preferences", boost::json::value { { "preferences", { { "activities", "weekly" } } } }).status, 200);
    EXPECT_EQ(delivery_of(lee.client, "activities"), "weekly");
    auto other = person_with_session("Lee Other", "residents");
    EXPECT_EQ(delivery_of(other.client, "activities"), "email");
    auto const audit = convener_a().get("/api/v1/audit?limit=200");
    EXPECT_NE(audit.body.find("notifications.preferences_changed"), std::string::npos);
}

TEST_F(NoticesApi, AnAnswerToWhatYouSaidReachesYou)
{
    auto kofi = person_with_session("Kofi Asante", "residents");
    auto const project_id = project("Answers");
    auto convener = convener_a();
    ASSERT_EQ(convener.post("/api/v1/projects/" + project_id + "/members", boost::json::value { { "person_id", kofi.id }, { "group", "residents" } })
                  .status,
        201);
    auto const said = kofi.client.post("/api/v1/projects/" + project_id + "/contributions",
        boost::json::value { { "kind", "idea" }, { "text", "Open the café on Saturdays." } });
    ASSERT_EQ(said.status, 201) << said.body;
    auto const id = text(said.json().at("id"));
    auto const answered = convener.post("/api/v1/contributions/" + id + "/response",
        boost::json::value { { "status", "adopted" }, { "response", "From March the café opens on Saturdays." } });
    ASSERT_EQ(answered.status, 200) << answered.body;
    auto const listed = items(kofi.client.get("/api/v1/notifications"));
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(text(listed[0].at("kind")), "contribution_answered");
    EXPECT_EQ(text(listed[0].at("path")), "/contributions/" + id);
    EXPECT_EQ(text(listed[0].at("params").at("response")), "From March the café opens on Saturdays.");
    auto const mails = mail_to(email_of(kofi.id), 1, 20);
    ASSERT_EQ(mails.size(), 1u);
    EXPECT_EQ(text(mails[0].at("subject")), "An answer to what you said: Answers");
    EXPECT_NE(text(mails[0].at("text")).find("From March the café opens on Saturdays."), std::string::npos);
}

TEST_F(NoticesApi, AChangeRolledBackTellsNobody)
{
    // The notice is written inside the change's transaction: when the change
    // fails after it, neither the notice nor its email job is left behind.
    auto ada = person_with_session("Ada Nwosu", "residents");
    db::Database database { *db::parse_database_url(s_database->url()) };
    auto const count = [&](std::string const& table) {
        auto const n = database.read([&](soci::session& sql) -> Result<long long> {
            long long rows = 0;
            sql << "SELECT COUNT(*) FROM " + table, soci::into(rows);
            return rows;
        });
        return n ? *n : -1;
    };
    auto const notices_before = count("notifications"), jobs_before = count("jobs");
    std::string partnership;
    (void)database.read([&](soci::session& sql) -> Status {
        sql << "SELECT partnership_id FROM people WHERE id = :id", soci::use(ada.id), soci::into(partnership);
        return {};
    });
    auto const failed = database.write([&](soci::session& sql) -> Status {
        notifications::notify(sql, partnership,
            { ada.id, "claim_decided", R"({"claim_id":"x","status":"paid","reason":"","amount_pence":500})", "/payments", "rolled-back-test" });
        return std::unexpected(Error::conflict("the change failed after the notice"));
    });
    ASSERT_FALSE(failed.has_value());
    EXPECT_EQ(count("notifications"), notices_before);
    EXPECT_EQ(count("jobs"), jobs_before);
    EXPECT_TRUE(items(ada.client.get("/api/v1/notifications")).empty());
}

// Two `serve` processes on one PostgreSQL database share the queue: 500
// emails, each job claimed once (FOR UPDATE SKIP LOCKED) and each message
// delivered once.
TEST_F(NoticesApi, TwoServersShareTheQueueAndEachJobRunsOnce)
{
    if (!s_database->is_postgresql())
        GTEST_SKIP() << "SQLite has one writer and one server; sharing the queue between servers is PostgreSQL's (ROUNDTABLE_TEST_DB=postgresql)";
    auto pat = person_with_session("Pat Queue", "residents");
    s_server->stop(); // its worker would be a third
    auto const ids = in_database<std::vector<std::string>>([&](soci::session& sql) {
        std::string partnership;
        sql << "SELECT partnership_id FROM people WHERE id = :id", soci::use(pat.id), soci::into(partnership);
        for (int i = 0; i < 500; ++i)
            notifications::notify(sql, partnership, { pat.id, "claim_decided", R"({"claim_id":"c","status":"paid","reason":"","amount_pence":1250})",
                                                        "/payments", "queue-test-" + std::to_string(i) });
        std::vector<std::string> made;
        soci::rowset<std::string> rows = (sql.prepare << "SELECT id FROM notifications WHERE dedupe_key LIKE 'queue-test-%'");
        for (auto const& id : rows)
            made.push_back(id);
        return made;
    });
    ASSERT_EQ(ids.size(), 500u);
    std::set<std::string> wanted;
    for (auto const& id : ids)
        wanted.insert("n-" + id + "@roundtable");

    std::vector<std::string> const arguments { "--workers", "2", "--smtp", "smtp://127.0.0.1:" + std::to_string(s_mail->port()) };
    ServerProcess first { s_database->url(), {}, arguments }, second { s_database->url(), {}, arguments };
    first.start();
    second.start();
    std::pair<std::size_t, std::size_t> got;
    for (int i = 0; i < 240 && got.first < 500; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds { 500 });
        got = arrived(wanted);
    }
    std::this_thread::sleep_for(std::chrono::seconds { 1 });
    got = arrived(wanted);
    first.stop();
    second.stop();
    s_server->start();
    EXPECT_EQ(got.first, 500u) << "every email arrived";
    EXPECT_EQ(got.second, 500u) << "and none twice";
    std::set<std::string> keys;
    for (auto const& id : ids)
        keys.insert("email:" + id);
    auto const once = in_database<long long>([&](soci::session& sql) {
        long long claimed_once = 0;
        soci::rowset<soci::row> rows = (sql.prepare << "SELECT idempotency_key, status, attempts FROM jobs WHERE kind = 'email'");
        for (auto const& row : rows)
            if (keys.contains(db::text_at(row, 0)) && db::text_at(row, 1) == "done" && db::integer_at(row, 2) == 1)
                ++claimed_once;
        return claimed_once;
    });
    EXPECT_EQ(once, 500) << "each of the 500 jobs was claimed once and done";
}

// The server is killed (SIGKILL) while 200 invitations are being emailed, and
// started again: every invitation arrives, none is lost, and a message is
// sent again only if it was on the wire at the kill (same Message-ID, which
// mail programs show once).
TEST_F(NoticesApi, OrganisersAreEmailedWhatNeedsThemOnlyWhenSomethingWaits)
{
    auto convener = convener_a();
    auto joe = person_with_session("Joe Bloggs", "residents");
    auto const project_id = project("What needs the organisers");
    for (auto const* words : { "The bus stops too far from the hall.", "Could we meet on Saturdays?" }) {
        auto const said = convener.post("/api/v1/projects/" + project_id + "/contributions",
            boost::json::value { { "kind", "idea" }, { "text", words }, { "person_id", joe.id }, { "group", "residents" } });
        ASSERT_EQ(said.status, 201) << said.body;
    }
    // What the convener's home page counts is what the email says.
    auto const next = convener.get("/api/v1/me/next");
    ASSERT_EQ(next.status, 200);
    long long contributions = -1;
    auto const next_json = next.json();
    for (auto const& section : next_json.at("sections").as_array())
        if (text(section.at("key")) == "contributions")
            contributions = section.at("count").as_int64();
    ASSERT_GE(contributions, 2);

    // The newest organisers' digest job's email to a person, by its Message-ID.
    auto const run_digest = [&] {
        auto const ran = run_roundtable({ "notifications", "digest", "--db", s_database->url(), "--period", "daily" });
        EXPECT_EQ(ran.exit_code, 0) << ran.output;
        return in_database<std::string>([](soci::session& sql) {
            std::string id;
            sql << "SELECT id FROM jobs WHERE kind = 'organiser_digest' ORDER BY id DESC LIMIT 1", soci::into(id);
            return id;
        });
    };
    auto const with_id = [&](std::string const& address, std::string const& message_id, int seconds) {
        std::vector<boost::json::object> found;
        for (int i = 0; i < seconds * 5 && found.empty(); ++i) {
            for (auto const& mail : mail_to(address, 0, 1))
                if (text(mail.at("message_id")) == message_id)
                    found.push_back(mail);
            if (found.empty())
                std::this_thread::sleep_for(std::chrono::milliseconds { 200 });
        }
        return found;
    };
    auto const job = run_digest();
    ASSERT_FALSE(job.empty());
    auto const mail = with_id(s_convener_a_email, "<o-" + job + "." + s_convener_a_id + "@roundtable>", 20);
    ASSERT_EQ(mail.size(), 1U);
    EXPECT_EQ(text(mail[0].at("subject")), "What needs you in Roundtable");
    auto const body = text(mail[0].at("text"));
    EXPECT_NE(body.find("Contributions to answer: " + std::to_string(contributions) + "\n"), std::string::npos) << body;
    EXPECT_NE(body.find("(What needs the organisers)"), std::string::npos) << "each item with its project: " << body;
    EXPECT_NE(body.find("/contributions/"), std::string::npos) << "each item links to its page: " << body;
    EXPECT_EQ(mail_to(email_of(joe.id), 1, 1).size(), 0U) << "a member who organises nothing gets no organisers' digest";

    // Its unsubscribe link stops it, and nothing else.
    auto const header = text(mail[0].at("list_unsubscribe"));
    auto const start = header.find("/api/v1/unsubscribe?token=");
    ASSERT_NE(start, std::string::npos) << header;
    auto const clicked = anonymous().send("POST", header.substr(start, header.find('>', start) - start), "List-Unsubscribe=One-Click",
        { { "Content-Type", "application/x-www-form-urlencoded" } });
    ASSERT_EQ(clicked.status, 200) << clicked.body;
    EXPECT_EQ(text(clicked.json().at("topic")), "organising");
    EXPECT_EQ(delivery_of(convener, "organising"), "in_app");
    EXPECT_EQ(delivery_of(convener, "invitations"), "email");
    auto const second = run_digest();
    ASSERT_NE(second, job);
    EXPECT_TRUE(with_id(s_convener_a_email, "<o-" + second + "." + s_convener_a_id + "@roundtable>", 3).empty()) << "stopped";
    ASSERT_EQ(put(convener, "/api/v1/notification-preferences", boost::json::value { { "preferences", { { "organising", "daily" } } } }).status, 200);
}

TEST_F(NoticesApi, SomeoneAddedWithAnAddressIsEmailedTheirSignInLinkInTheirLanguage)
{
    auto convener = convener_a();
    auto const email = unique_email("zofia");
    auto const made = convener.post("/api/v1/people", boost::json::value { { "name", "Zofia Nowak" }, { "email", email }, { "groups", { "residents" } },
                                                          { "preferred_language", "pl" } });
    ASSERT_EQ(made.status, 201) << made.body;
    EXPECT_EQ(text(made.json().at("invitation_emailed_to")), email);
    auto const shown = text(made.json().at("invite_url"));
    auto const token = shown.substr(shown.find("token=") + 6);

    // Until it is sent, the queue holds the link sealed: the database alone gives no way in.
    // The security email jobs for a person, by what their payload holds.
    auto const jobs_for = [&](std::string const& person_id) {
        return in_database<std::vector<std::string>>([&](soci::session& sql) {
            std::vector<std::string> found;
            soci::rowset<std::string> rows = (sql.prepare << "SELECT payload FROM jobs WHERE kind = 'security_email'");
            for (auto const& payload : rows)
                if (payload.find("\"" + person_id + "\"") != std::string::npos)
                    found.push_back(payload);
            return found;
        });
    };
    auto const payloads = [&] { return jobs_for(text(made.json().at("id"))); };
    auto const queued = payloads();
    ASSERT_EQ(queued.size(), 1U);
    EXPECT_EQ(queued.front().find(token), std::string::npos) << "the link is not in the job as it is";

    auto const mail = mail_to(email, 1, 20, SignInMail::Only);
    ASSERT_EQ(mail.size(), 1U);
    auto const& message = mail.front();
    EXPECT_EQ(text(message.at("subject")), "Załóż konto w Roundtable");
    EXPECT_EQ(message.at("defects").as_int64(), 0);
    EXPECT_EQ(text(message.at("list_unsubscribe")), "") << "security mail cannot be stopped";
    auto const body = text(message.at("text"));
    EXPECT_NE(body.find("Dzień dobry, Zofia Nowak!"), std::string::npos) << body;
    EXPECT_NE(body.find("Ada Convener dodał(a) Cię do partnerstwa Partnership A"), std::string::npos) << body;
    EXPECT_NE(body.find("http://127.0.0.1:" + std::to_string(s_server->port()) + "/accept-invite?token=" + token + "\n"), std::string::npos) << "the whole link: " << body;

    // Once sent, the job forgets the link.
    for (int i = 0; i < 50 && payloads().front().find("sealed_link") != std::string::npos; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds { 100 });
    EXPECT_EQ(payloads().front().find("sealed_link"), std::string::npos);

    // The emailed link works, once.
    auto zofia = anonymous();
    EXPECT_EQ(zofia.post("/api/v1/auth/accept-invite", boost::json::value { { "token", token }, { "password", k_password } }).status, 200);

    // Someone added without an address is not emailed: no job is queued for them.
    auto const paper = convener.post("/api/v1/people", boost::json::value { { "name", "Peter Paper" }, { "groups", { "residents" } } });
    ASSERT_EQ(paper.status, 201) << paper.body;
    EXPECT_FALSE(paper.json().as_object().contains("invitation_emailed_to"));
    EXPECT_TRUE(jobs_for(text(paper.json().at("id"))).empty());
}

TEST_F(NoticesApi, KilledWhileSendingTwoHundredInvitationsNoneIsLost)
{
    auto convener = convener_a();
    auto const project_id = project("Two hundred invitations");
    for (int i = 0; i < 200; ++i) {
        auto const person = convener.post("/api/v1/people", boost::json::value { { "name", "Guest " + std::to_string(i) },
                                                                { "email", unique_email("guest" + std::to_string(i)) }, { "groups", { "residents" } } });
        ASSERT_EQ(person.status, 201) << person.body;
        ASSERT_EQ(convener.post("/api/v1/projects/" + project_id + "/invitations",
                      boost::json::value { { "person_id", text(person.json().at("id")) }, { "group", "residents" } }).status,
            201);
    }
    // The guests' account invitations go first, so that only the project's invitations are in flight at the kill.
    for (int i = 0; i < 600; ++i) {
        auto const waiting = in_database<long long>([](soci::session& sql) {
            long long count = 0;
            sql << "SELECT COUNT(*) FROM jobs WHERE kind = 'security_email' AND status <> 'done'", soci::into(count);
            return count;
        });
        if (waiting == 0)
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds { 100 });
    }
    auto const files_before = s_mail->messages().size();
    auto const sent = convener.post("/api/v1/projects/" + project_id + "/invitations/send");
    ASSERT_EQ(sent.status, 200) << sent.body;
    auto const ids = in_database<std::vector<std::string>>([&](soci::session& sql) {
        std::vector<std::string> made;
        soci::rowset<std::string> rows = (sql.prepare << "SELECT n.id FROM notifications n JOIN project_invitations i ON n.dedupe_key = 'project_invitation:' || i.id "
                                                         "WHERE i.project_id = :p",
            soci::use(project_id));
        for (auto const& id : rows)
            made.push_back(id);
        return made;
    });
    ASSERT_EQ(ids.size(), 200u);
    std::set<std::string> wanted;
    for (auto const& id : ids)
        wanted.insert("n-" + id + "@roundtable");

    // Killed part way: after some have gone, before all have. The files are
    // counted as they arrive (reading them all each time would be too slow
    // to catch the moment).
    for (int i = 0; i < 3000 && s_mail->messages().size() < files_before + 20; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds { 5 });
    s_server->stop(SIGKILL);
    std::pair<std::size_t, std::size_t> got;
    auto const at_kill = arrived(wanted);
    ASSERT_GE(at_kill.first, 20u);
    ASSERT_LT(at_kill.first, 200u) << "the kill came after every email had gone: nothing was tested";
    std::this_thread::sleep_for(std::chrono::seconds { 1 });
    EXPECT_EQ(arrived(wanted).first, at_kill.first) << "nothing is sent while the server is down";

    s_server->start();
    for (int i = 0; i < 240 && got.first < 200; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds { 500 });
        got = arrived(wanted);
    }
    std::this_thread::sleep_for(std::chrono::seconds { 2 });
    got = arrived(wanted);
    EXPECT_EQ(got.first, 200u) << "every invitation arrived after the restart";
    // One worker has at most one message on the wire when it is killed.
    EXPECT_LE(got.second, 201u) << "at most the one in flight at the kill is sent again, under its own Message-ID";
    std::cout << "[ info ] " << at_kill.first << " of 200 had arrived at the kill; " << got.second - got.first << " sent twice\n";
}

}
}
