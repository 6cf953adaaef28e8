// People without email (issue 13, item 8): an invitation sent to someone
// Roundtable cannot reach gets a short code and a printable letter, and an
// organiser records the answer they gave on paper, by phone or in person,
// with who recorded it. Someone answering their own invitation does not say how.

#include <map>
#include <regex>

#include <boost/json.hpp>

#include "support/api_fixture.hpp"

namespace rt::test {
namespace {

class InvitationAnswersApi : public ApiTest {
protected:
    struct Invited {
        std::string project;
        std::string invitation;
    };

    // A project that invites one person by hand, sent.
    static Invited invite(std::string const& title, std::string const& person_id, std::string const& group, bool send = true)
    {
        auto convener = convener_a();
        auto const project = convener.post("/api/v1/projects", boost::json::value { { "title", title }, { "summary", "Lunch together on Fridays." },
                                                                    { "interests", { "no-match-letters" } }, { "charter", boost::json::object {} } });
        EXPECT_EQ(project.status, 201) << project.body;
        auto const id = text(project.json().at("id"));
        auto const added = convener.post("/api/v1/projects/" + id + "/invitations", boost::json::value { { "person_id", person_id }, { "group", group } });
        EXPECT_EQ(added.status, 201) << added.body;
        if (send)
            EXPECT_EQ(convener.post("/api/v1/projects/" + id + "/invitations/send").status, 200);
        return { id, text(added.json().at("id")) };
    }

    static boost::json::value invitation_in(std::string const& project, std::string const& invitation)
    {
        for (auto const& item : items(convener_a().get("/api/v1/projects/" + project + "/invitations")))
            if (text(item.at("id")) == invitation)
                return item;
        return nullptr;
    }

    static std::string person_without_email(std::string const& name, std::string const& language)
    {
        auto const created = convener_a().post("/api/v1/people",
            boost::json::value { { "name", name }, { "groups", { "residents" } }, { "preferred_language", language } });
        EXPECT_EQ(created.status, 201) << created.body;
        EXPECT_FALSE(created.json().as_object().contains("invite_url")) << "no email, no sign-in link";
        return text(created.json().at("id"));
    }
};

// Sending says what really happened: an invitation recorded as sent has not
// reached anyone when nobody invited has an email address (a letter is
// needed) or an organisation has no contact person yet. Counted by hand:
// one person with email, one without, one organisation with nobody, one
// organisation whose contact has an address: 4 sent, 2 emailed, 1 no email,
// 1 no contact.
TEST_F(InvitationAnswersApi, SendingSaysWhoCouldNotBeReached)
{
    auto convener = convener_a();
    auto const project = convener.post("/api/v1/projects", boost::json::value { { "title", "Who hears of it" }, { "summary", "Lunch together." },
                                                                { "interests", { "no-match-reach" } }, { "charter", boost::json::object {} } });
    ASSERT_EQ(project.status, 201) << project.body;
    auto const id = text(project.json().at("id"));
    auto ama = person_with_session("Ama Reachable", "residents");
    auto const tesfay = person_without_email("Tesfay Letter", "ti");
    auto const nobody = convener.post("/api/v1/organisations", boost::json::value { { "name", "Circle With Nobody Yet" }, { "sector", "vcs" } });
    ASSERT_EQ(nobody.status, 201) << nobody.body;
    auto const staffed = convener.post("/api/v1/organisations", boost::json::value { { "name", "Circle With A Contact" }, { "sector", "vcs" } });
    ASSERT_EQ(staffed.status, 201) << staffed.body;
    auto const contact = convener.post("/api/v1/people", boost::json::value { { "name", "Rahel Contact" }, { "email", unique_email("rahel") },
                                                            { "groups", { "vcs" } }, { "organisation_ids", { staffed.json().at("id") } } });
    ASSERT_EQ(contact.status, 201) << contact.body;
    std::map<std::string, std::string> expected;
    auto add = [&](boost::json::object body, std::string const& reach) {
        auto const added = convener.post("/api/v1/projects/" + id + "/invitations", boost::json::value(std::move(body)));
        ASSERT_EQ(added.status, 201) << added.body;
        expected[text(added.json().at("id"))] = reach;
    };
    add({ { "person_id", ama.id }, { "group", "residents" } }, "email");
    add({ { "person_id", tesfay }, { "group", "residents" } }, "no_email");
    add({ { "organisation_id", nobody.json().at("id") }, { "group", "vcs" } }, "no_contact");
    add({ { "organisation_id", staffed.json().at("id") }, { "group", "vcs" } }, "email");

    // Before sending, the organisers' list already says who can be reached.
    for (auto const& item : items(convener.get("/api/v1/projects/" + id + "/invitations")))
        EXPECT_EQ(text(item.at("reach")), expected.at(text(item.at("id")))) << item;

    auto const sent = convener.post("/api/v1/projects/" + id + "/invitations/send");
    ASSERT_EQ(sent.status, 200) << sent.body;
    EXPECT_EQ(sent.json(), (boost::json::value { { "sent", 4 }, { "emailed", 2 }, { "no_email", 1 }, { "no_contact", 1 } }));
    // Sending again sends nothing more.
    EXPECT_EQ(convener.post("/api/v1/projects/" + id + "/invitations/send").json(),
        (boost::json::value { { "sent", 0 }, { "emailed", 0 }, { "no_email", 0 }, { "no_contact", 0 } }));
    // The invitee's own list does not carry it.
    auto const mine = items(ama.client.get("/api/v1/me/invitations"));
    ASSERT_EQ(mine.size(), 1u);
    for (auto const& item : mine)
        EXPECT_TRUE(item.at("reach").is_null()) << item;
    // Another partnership's convener and a member cannot send them.
    EXPECT_EQ(convener_b().post("/api/v1/projects/" + id + "/invitations/send").status, 404);
    EXPECT_EQ(member_a().post("/api/v1/projects/" + id + "/invitations/send").status, 403);
}

TEST_F(InvitationAnswersApi, AnAnswerByPhoneIsRecordedWithWhoTookIt)
{
    auto convener = convener_a();
    auto const elsie = person_without_email("Elsie Without-Email", "ti");
    auto const invited = invite("Friday lunches", elsie, "residents");

    // Sent: it has a code of 8 letters and digits, and waits for an answer.
    auto const pending = invitation_in(invited.project, invited.invitation);
    auto const code = text(pending.at("short_code"));
    EXPECT_TRUE(std::regex_match(code, std::regex { "^[0-9ABCDEFGHJKMNPQRSTVWXYZ]{4}-[0-9ABCDEFGHJKMNPQRSTVWXYZ]{4}$" })) << code;
    EXPECT_TRUE(pending.at("answered_via").is_null());
    EXPECT_TRUE(pending.at("responded_by").is_null());

    // Elsie phones and reads the code: lower case, no dash, an O for a 0 still finds it.
    std::string spoken;
    for (char const c : code)
        if (c != '-')
            spoken += c == '0' ? 'o' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    auto const found = convener.get("/api/v1/invitations/find?code=" + spoken);
    ASSERT_EQ(found.status, 200) << found.body;
    EXPECT_EQ(text(found.json().at("id")), invited.invitation);
    EXPECT_EQ(found.json().at("invitee_name"), "Elsie Without-Email");
    EXPECT_EQ(found.json().at("project_title"), "Friday lunches");

    // An organiser answering for her says how it came; without that, nothing changes.
    auto const unsaid = convener.post("/api/v1/invitations/" + invited.invitation + "/accept");
    EXPECT_EQ(unsaid.status, 422);
    EXPECT_EQ(error_fields(unsaid), std::vector<std::string> { "via" });
    EXPECT_EQ(invitation_in(invited.project, invited.invitation).at("status"), "pending");
    EXPECT_EQ(error_fields(convener.post("/api/v1/invitations/" + invited.invitation + "/accept", boost::json::value { { "via", "carrier pigeon" } })),
        std::vector<std::string> { "via" });
    EXPECT_EQ(error_fields(convener.post("/api/v1/invitations/" + invited.invitation + "/accept", boost::json::value { { "via", "phone" }, { "shoe", 1 } })),
        std::vector<std::string> { "shoe" });

    auto const accepted = convener.post("/api/v1/invitations/" + invited.invitation + "/accept",
        boost::json::value { { "via", "phone" }, { "note", "Rang the office on Tuesday morning." } });
    ASSERT_EQ(accepted.status, 200) << accepted.body;
    EXPECT_EQ(text(accepted.json().at("person_id")), elsie);
    auto const answered = invitation_in(invited.project, invited.invitation);
    EXPECT_EQ(answered.at("status"), "accepted");
    EXPECT_EQ(answered.at("answered_via"), "phone");
    EXPECT_EQ(answered.at("answer_note"), "Rang the office on Tuesday morning.");
    EXPECT_EQ(text(answered.at("responded_by").at("id")), s_convener_a_id);
    EXPECT_FALSE(text(answered.at("responded_by").at("name")).empty());

    // The audit log says what was recorded for her.
    bool audited = false;
    for (auto const& entry : items(convener.get("/api/v1/audit?limit=200")))
        if (entry.at("action") == "invitation.accepted" && text(entry.at("subject_id")) == invited.invitation)
            audited = entry.at("details").at("fields") == boost::json::array { "via", "note" };
    EXPECT_TRUE(audited);
}

TEST_F(InvitationAnswersApi, ADeclineOnPaperAndAnAnswerOfOnesOwn)
{
    auto convener = convener_a();
    auto const arthur = person_without_email("Arthur Paper", "en");
    auto const invited = invite("Winter walks", arthur, "residents");
    auto const declined = convener.post("/api/v1/invitations/" + invited.invitation + "/decline",
        boost::json::value { { "via", "paper" }, { "reason", "Not in winter." } });
    ASSERT_EQ(declined.status, 200) << declined.body;
    EXPECT_EQ(declined.json().at("answered_via"), "paper");
    EXPECT_EQ(declined.json().at("status"), "declined");

    // Mo answers his own invitation: online, and he does not say how.
    auto mo = member_a();
    auto const own = invite("Spring walks", s_member_a_id, "residents");
    auto const said = mo.post("/api/v1/invitations/" + own.invitation + "/accept", boost::json::value { { "via", "phone" } });
    EXPECT_EQ(said.status, 422);
    EXPECT_EQ(error_fields(said), std::vector<std::string> { "via" });
    ASSERT_EQ(mo.post("/api/v1/invitations/" + own.invitation + "/accept").status, 200);
    auto const answered = invitation_in(own.project, own.invitation);
    EXPECT_EQ(answered.at("answered_via"), "online");
    EXPECT_EQ(text(answered.at("responded_by").at("id")), s_member_a_id);
}

TEST_F(InvitationAnswersApi, ALetterInTheInviteesLanguageWithTheCode)
{
    auto convener = convener_a();
    auto const senait = person_without_email("Senait Letter", "ti");
    auto const invited = invite("Tea in Tigrinya", senait, "residents");
    auto const letter = convener.get("/api/v1/invitations/" + invited.invitation + "/letter");
    ASSERT_EQ(letter.status, 200) << letter.body;
    auto const body = letter.json();
    EXPECT_EQ(body.at("language"), "ti");
    EXPECT_EQ(body.at("project_summary"), "Lunch together on Fridays.");
    EXPECT_EQ(body.at("invitation").at("invitee_name"), "Senait Letter");
    EXPECT_EQ(body.at("invitation").at("short_code"), invitation_in(invited.project, invited.invitation).at("short_code"));
    EXPECT_EQ(text(body.at("convener").at("email")), s_convener_a_email);
    auto const link = text(body.at("sign_in_url"));
    EXPECT_EQ(link.substr(link.size() - 8), "/sign-in");

    // Not sent yet: no code, so no letter.
    auto const unsent = invite("Not sent yet", senait, "residents", false);
    auto const early = convener.get("/api/v1/invitations/" + unsent.invitation + "/letter");
    EXPECT_EQ(early.status, 409);
    EXPECT_EQ(early.json().at("code"), "not_sent");
    EXPECT_TRUE(invitation_in(unsent.project, unsent.invitation).at("short_code").is_null());
}

TEST_F(InvitationAnswersApi, OnlyTheProjectsOrganisersFindOrPrintIt)
{
    auto const ruth = person_without_email("Ruth Private", "en");
    auto const invited = invite("Private lunches", ruth, "residents");
    auto const code = text(invitation_in(invited.project, invited.invitation).at("short_code"));

    auto mo = member_a();
    EXPECT_EQ(mo.get("/api/v1/invitations/find?code=" + code).status, 403);
    EXPECT_EQ(mo.get("/api/v1/invitations/" + invited.invitation + "/letter").status, 403);
    EXPECT_EQ(mo.post("/api/v1/invitations/" + invited.invitation + "/accept", boost::json::value { { "via", "phone" } }).status, 403);
    EXPECT_EQ(anonymous().get("/api/v1/invitations/find?code=" + code).status, 401);
    EXPECT_EQ(anonymous().get("/api/v1/invitations/" + invited.invitation + "/letter").status, 401);
    auto other = convener_b();
    EXPECT_EQ(other.get("/api/v1/invitations/find?code=" + code).status, 404);
    EXPECT_EQ(other.get("/api/v1/invitations/" + invited.invitation + "/letter").status, 404);
    EXPECT_EQ(other.post("/api/v1/invitations/" + invited.invitation + "/accept", boost::json::value { { "via", "phone" } }).status, 404);

    auto convener = convener_a();
    auto const bad = convener.get("/api/v1/invitations/find?code=12");
    EXPECT_EQ(bad.status, 422);
    EXPECT_EQ(error_fields(bad), std::vector<std::string> { "code" });
    EXPECT_EQ(error_fields(convener.get("/api/v1/invitations/find?code=UUUUUUUU")), std::vector<std::string> { "code" }) << "U is not in the alphabet";
    EXPECT_EQ(convener.get("/api/v1/invitations/find?code=00000000").status, 404);
    // A POST without the CSRF token changes nothing.
    auto no_token = convener_a();
    no_token.set_csrf_token("");
    EXPECT_EQ(no_token.post("/api/v1/invitations/" + invited.invitation + "/accept", boost::json::value { { "via", "phone" } }).status, 403);
    EXPECT_EQ(invitation_in(invited.project, invited.invitation).at("status"), "pending");
}

}
}
