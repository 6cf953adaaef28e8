// Invitations that reach people (issue 15, first part): sending a project's
// invitations queues one email per invited person or organisation contact,
// and the server's worker hands them to a real SMTP server (Debian's
// aiosmtpd, writing a Maildir). The messages are read back with Python's own
// email package, an independent parser. When the mail server is down the job
// waits and tries again; nothing is lost and nothing is sent twice.

#include <filesystem>
#include <fstream>
#include <thread>

#include <unistd.h>

#include <boost/json.hpp>

#include "support/api_fixture.hpp"
#include "support/mail_server.hpp"

namespace rt::test {
namespace {

// What Python's email package reads in a message: the headers the tests
// check and the plain-text body.
struct ReadMail {
    std::string to, subject, message_id, language, html_dir, text;
    bool multipart { false };
    int defects { -1 };
};

ReadMail read_mail(std::filesystem::path const& file)
{
    auto const script = R"(
import email, email.policy, json, sys
with open(sys.argv[1], "rb") as handle:
    m = email.message_from_binary_file(handle, policy=email.policy.strict)
html = m.get_body(preferencelist=("html",)).get_content()
print(json.dumps({"to": m["To"].addresses[0].addr_spec, "subject": str(m["Subject"]), "message_id": str(m["Message-ID"]),
    "language": str(m["Content-Language"]), "multipart": m.get_content_type() == "multipart/alternative", "defects": len(m.defects),
    "html_dir": "rtl" if 'dir="rtl"' in html else "ltr", "text": m.get_body(preferencelist=("plain",)).get_content()}))
)";
    auto const path = std::filesystem::temp_directory_path() / "rt-read-mail.py";
    {
        std::ofstream out { path };
        out << script;
    }
    auto const result = run_command("/usr/bin/python3 " + path.string() + " " + file.string());
    auto const parsed = boost::json::parse(result).as_object();
    return { text(parsed.at("to")), text(parsed.at("subject")), text(parsed.at("message_id")), text(parsed.at("language")), text(parsed.at("html_dir")),
        text(parsed.at("text")), parsed.at("multipart").as_bool(), static_cast<int>(parsed.at("defects").as_int64()) };
}

class NotificationsApi : public ApiTest {
protected:
    static void SetUpTestSuite()
    {
        s_port = free_port();
        s_maildir = std::filesystem::temp_directory_path() / ("rt-maildir-" + std::to_string(getpid()) + "-" + std::to_string(s_port));
        std::filesystem::remove_all(s_maildir);
        s_mail = std::make_unique<MailServer>(s_port, s_maildir);
        s_mail->start();
        s_server_arguments = { "--workers", "1", "--smtp", "smtp://127.0.0.1:" + std::to_string(s_port), "--mail-from",
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
    // are left out: everyone added with an address gets one.
    static std::vector<ReadMail> wait_for(std::string const& address, std::size_t count, int seconds)
    {
        std::vector<ReadMail> found;
        for (int i = 0; i < seconds * 10; ++i) {
            found.clear();
            for (auto const& file : s_mail->messages()) {
                auto mail = read_mail(file);
                if (mail.to == address && !mail.message_id.starts_with("<s-"))
                    found.push_back(std::move(mail));
            }
            if (found.size() >= count)
                return found;
            std::this_thread::sleep_for(std::chrono::milliseconds { 100 });
        }
        return found;
    }

    static std::string project_with_invitation(boost::json::object invitee)
    {
        auto convener = convener_a();
        auto const project = convener.post("/api/v1/projects", boost::json::value { { "title", "Warm spaces this winter" },
                                                                   { "summary", "We will open warm places to meet." },
                                                                   { "interests", { "no-match-mail" } }, { "charter", boost::json::object {} } });
        EXPECT_EQ(project.status, 201) << project.body;
        auto const id = text(project.json().at("id"));
        auto const invited = convener.post("/api/v1/projects/" + id + "/invitations", boost::json::value(std::move(invitee)));
        EXPECT_EQ(invited.status, 201) << invited.body;
        return id;
    }

    static inline unsigned short s_port { 0 };
    static inline std::filesystem::path s_maildir;
    static inline std::unique_ptr<MailServer> s_mail;
};

TEST_F(NotificationsApi, EachInviteeGetsOneEmailInTheirLanguage)
{
    auto convener = convener_a();
    // A Polish resident, and a community group whose contact reads English.
    auto marta = person_with_session("Marta Kowalska", "residents");
    auto const marta_email = text(convener.get("/api/v1/people/" + marta.id).json().at("email"));
    ASSERT_EQ(convener.patch("/api/v1/people/" + marta.id, boost::json::value { { "preferred_language", "pl" } }).status, 200);
    auto const project = project_with_invitation({ { "person_id", marta.id }, { "group", "residents" } });
    auto const group = convener.post("/api/v1/organisations", boost::json::value { { "name", "Eritrean Community Group" }, { "sector", "vcs" } });
    ASSERT_EQ(group.status, 201) << group.body;
    auto const contact_email = unique_email("tesfay");
    auto const contact = convener.post("/api/v1/people", boost::json::value { { "name", "Tesfay Haile" }, { "email", contact_email }, { "groups", { "vcs" } },
                                                             { "organisation_ids", { text(group.json().at("id")) } } });
    ASSERT_EQ(contact.status, 201) << contact.body;
    ASSERT_EQ(convener.post("/api/v1/projects/" + project + "/invitations",
                  boost::json::value { { "organisation_id", text(group.json().at("id")) }, { "group", "vcs" } }).status,
        201);

    // The summary has a Polish translation: Marta reads what the project is about in Polish.
    auto const translated = convener.send("PUT", "/api/v1/translations",
        boost::json::serialize(boost::json::value { { "subject_type", "project" }, { "subject_id", project }, { "field", "summary" }, { "language", "pl" },
            { "text", "Otworzymy ciepłe miejsca, w których można się spotkać." } }),
        { { "Content-Type", "application/json" } });
    ASSERT_EQ(translated.status, 200) << translated.body;

    auto const sent = convener.post("/api/v1/projects/" + project + "/invitations/send");
    ASSERT_EQ(sent.status, 200) << sent.body;

    auto const polish = wait_for(marta_email, 1, 20);
    ASSERT_EQ(polish.size(), 1u);
    EXPECT_EQ(polish[0].subject, "Zaproszenie: Warm spaces this winter");
    EXPECT_EQ(polish[0].language, "pl");
    EXPECT_TRUE(polish[0].multipart);
    EXPECT_EQ(polish[0].defects, 0);
    EXPECT_NE(polish[0].text.find("Dzień dobry, Marta Kowalska!"), std::string::npos) << polish[0].text;
    EXPECT_NE(polish[0].text.find("Otworzymy ciepłe miejsca, w których można się spotkać."), std::string::npos) << polish[0].text;
    EXPECT_EQ(polish[0].text.find("We will open warm places to meet."), std::string::npos) << "not the English summary: " << polish[0].text;
    // The link is the page where she says yes or no, and her invitation is there to accept.
    auto const link = "http://127.0.0.1:" + std::to_string(s_server->port()) + "/invitations";
    EXPECT_NE(polish[0].text.find(link), std::string::npos) << polish[0].text;
    auto const mine = items(marta.client.get("/api/v1/me/invitations"));
    ASSERT_EQ(mine.size(), 1u);
    auto const code = text(mine[0].at("short_code"));
    ASSERT_EQ(code.size(), 9u) << "shown as K7MQ-3XPA";
    EXPECT_NE(polish[0].text.find("Twój kod zaproszenia to " + code + "."), std::string::npos) << "the code to quote on the phone: " << polish[0].text;
    EXPECT_EQ(marta.client.post("/api/v1/invitations/" + text(mine[0].at("id")) + "/accept").status, 200);

    auto const english = wait_for(contact_email, 1, 20);
    ASSERT_EQ(english.size(), 1u);
    EXPECT_EQ(english[0].subject, "You are invited: Warm spaces this winter");
    EXPECT_NE(english[0].text.find("invites Eritrean Community Group to take part"), std::string::npos) << english[0].text;
    EXPECT_NE(english[0].text.find("We will open warm places to meet."), std::string::npos) << "no English translation: the summary as written";

    // Sending again sends nothing new: each invitation is sent once.
    ASSERT_EQ(convener.post("/api/v1/projects/" + project + "/invitations/send").status, 200);
    std::this_thread::sleep_for(std::chrono::seconds { 2 });
    EXPECT_EQ(wait_for(marta_email, 1, 1).size(), 1u);
    EXPECT_EQ(wait_for(contact_email, 1, 1).size(), 1u);
}

TEST_F(NotificationsApi, ArabicIsRightToLeftAndARefusedSendQueuesNothing)
{
    auto convener = convener_a();
    auto amal = person_with_session("Amal Haddad", "residents");
    auto const amal_email = text(convener.get("/api/v1/people/" + amal.id).json().at("email"));
    ASSERT_EQ(convener.patch("/api/v1/people/" + amal.id, boost::json::value { { "preferred_language", "ar" } }).status, 200);
    auto const project = project_with_invitation({ { "person_id", amal.id }, { "group", "residents" } });
    // A member may not send a project's invitations: refused, and no email follows.
    EXPECT_EQ(member_a().post("/api/v1/projects/" + project + "/invitations/send").status, 403);
    std::this_thread::sleep_for(std::chrono::seconds { 2 });
    EXPECT_TRUE(wait_for(amal_email, 1, 1).empty());

    ASSERT_EQ(convener.post("/api/v1/projects/" + project + "/invitations/send").status, 200);
    auto const arabic = wait_for(amal_email, 1, 20);
    ASSERT_EQ(arabic.size(), 1u);
    EXPECT_EQ(arabic[0].subject, "دعوة: Warm spaces this winter");
    EXPECT_EQ(arabic[0].html_dir, "rtl");
}

TEST_F(NotificationsApi, WhenTheMailServerIsDownTheEmailWaitsAndIsDeliveredOnce)
{
    auto convener = convener_a();
    auto sam = person_with_session("Sam Okoro", "residents");
    auto const sam_email = text(convener.get("/api/v1/people/" + sam.id).json().at("email"));
    auto const project = project_with_invitation({ { "person_id", sam.id }, { "group", "residents" } });
    s_mail->stop();
    ASSERT_EQ(convener.post("/api/v1/projects/" + project + "/invitations/send").status, 200);
    // The worker tries, fails, and the job waits with its error.
    bool waiting = false;
    for (int i = 0; i < 100 && !waiting; ++i) {
        auto const listed = run_roundtable({ "jobs", "list", "--db", s_database->url(), "--status", "queued" });
        waiting = listed.output.find("attempts 1") != std::string::npos && listed.output.find("SMTP") != std::string::npos;
        if (!waiting)
            std::this_thread::sleep_for(std::chrono::milliseconds { 100 });
    }
    EXPECT_TRUE(waiting) << "the failed attempt is recorded and the job queued again";
    s_mail->start();
    // The next attempts come 1 to 3, then 2 to 6 seconds later...
    auto const delivered = wait_for(sam_email, 1, 40);
    ASSERT_EQ(delivered.size(), 1u);
    std::this_thread::sleep_for(std::chrono::seconds { 1 });
    EXPECT_EQ(wait_for(sam_email, 1, 1).size(), 1u) << "delivered once";
    auto const done = run_roundtable({ "jobs", "list", "--db", s_database->url(), "--status", "done" });
    EXPECT_NE(done.output.find("email"), std::string::npos) << done.output;
}

}
}
