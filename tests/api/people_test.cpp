// /api/v1/people: conveners add and edit people, a person edits their own
// profile, personal data stays with those who need it, partnerships are apart.

#include <boost/json.hpp>

#include "db/database.hpp"
#include "support/api_fixture.hpp"

namespace rt::test {
namespace {

class PeopleApi : public ApiTest {
protected:
    static boost::json::value person(std::string const& name, std::optional<std::string> email = std::nullopt)
    {
        boost::json::object body { { "name", name }, { "groups", { "service_users_carers" } }, { "preferred_language", "pl" },
            { "access_needs", { "spoken-language-interpreter", "step-free-access" } }, { "interests", { "carers" } } };
        if (email)
            body["email"] = *email;
        return body;
    }

    // Sign-in mails queued for a person, read from the jobs table.
    static long long sign_in_mails_for(std::string const& person_id)
    {
        db::Database database { *db::parse_database_url(s_database->url()) };
        auto const counted = database.read([&](soci::session& sql) {
            long long count = 0;
            std::string const pattern = "%" + person_id + "%";
            sql << "SELECT COUNT(*) FROM jobs WHERE kind = 'security_email' AND payload LIKE :id", soci::into(count), soci::use(pattern);
            return count;
        });
        return counted;
    }
};

TEST_F(PeopleApi, ConvenerAddsAPersonWithAnInvitation)
{
    auto convener = convener_a();
    auto const email = unique_email("Invited.Carer");
    auto const response = convener.post("/api/v1/people", person("Irena Invited", email));
    ASSERT_EQ(response.status, 201) << response.body;
    auto const created = response.json().as_object();
    std::string lower = email;
    std::ranges::transform(lower, lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    EXPECT_EQ(text(created.at("email")), lower) << "emails are stored in lower case";
    EXPECT_EQ(created.at("role"), "member");
    EXPECT_EQ(created.at("preferred_language"), "pl");
    EXPECT_EQ(created.at("has_account"), false);
    std::string const invite_url { created.at("invite_url").as_string() };
    ASSERT_TRUE(invite_url.starts_with("/accept-invite?token="));
    // 32 random bytes in unpadded base64url: 43 characters, 256 bits.
    EXPECT_EQ(invite_url.size() - std::string { "/accept-invite?token=" }.size(), 43u);

    auto const without_email = convener.post("/api/v1/people", person("Rita Recorded"));
    ASSERT_EQ(without_email.status, 201);
    EXPECT_FALSE(without_email.json().as_object().contains("invite_url"));

    auto const token = invite_url.substr(invite_url.find('=') + 1);
    auto newcomer = anonymous();
    auto const short_password = newcomer.post("/api/v1/auth/accept-invite", boost::json::value { { "token", token }, { "password", "short" } });
    EXPECT_EQ(short_password.status, 422);
    EXPECT_EQ(error_fields(short_password), (std::vector<std::string> { "password" }));
    auto const accepted = newcomer.post("/api/v1/auth/accept-invite", boost::json::value { { "token", token }, { "password", k_password } });
    ASSERT_EQ(accepted.status, 200) << accepted.body;
    EXPECT_EQ(accepted.json().at("user").at("name"), "Irena Invited");
    EXPECT_EQ(newcomer.get("/api/v1/me").status, 200);

    auto again = anonymous();
    auto const reused = again.post("/api/v1/auth/accept-invite", boost::json::value { { "token", token }, { "password", k_password } });
    EXPECT_EQ(reused.status, 422) << "an invitation works once";
    EXPECT_EQ(error_fields(reused), (std::vector<std::string> { "token" }));

    auto const id = std::string { created.at("id").as_string() };
    EXPECT_EQ(convener.get("/api/v1/people/" + id).json().at("has_account"), true);
}

TEST_F(PeopleApi, InvalidInputNamesTheFieldAndWritesNothing)
{
    auto convener = convener_a();
    auto const response = convener.post("/api/v1/people",
        boost::json::value { { "name", "Never Written" }, { "email", "not-an-email" }, { "groups", { "aliens" } },
            { "preferred_language", "English!" }, { "role", "king" } });
    ASSERT_EQ(response.status, 422) << response.body;
    EXPECT_EQ(error_fields(response), (std::vector<std::string> { "email", "groups", "preferred_language", "role" }));

    auto const taken = convener.post("/api/v1/people", person("Email Taken", s_member_a_email));
    ASSERT_EQ(taken.status, 422) << taken.body;
    EXPECT_EQ(error_fields(taken), (std::vector<std::string> { "email" }));

    // An organisation of partnership B cannot be linked from partnership A.
    auto other = convener_b();
    auto const foreign = other.post("/api/v1/organisations", boost::json::value { { "name", "B's Group" }, { "sector", "vcs" } });
    ASSERT_EQ(foreign.status, 201);
    auto const linked = convener.post("/api/v1/people",
        boost::json::value { { "name", "Cross Linked" }, { "organisation_ids", { foreign.json().at("id") } } });
    ASSERT_EQ(linked.status, 422);
    EXPECT_EQ(error_fields(linked), (std::vector<std::string> { "organisation_ids" }));

    auto const listed = convener.get("/api/v1/people?q=never%20written");
    EXPECT_TRUE(listed.json().at("items").as_array().empty());
    EXPECT_TRUE(convener.get("/api/v1/people?q=cross%20linked").json().at("items").as_array().empty());
    EXPECT_TRUE(convener.get("/api/v1/people?q=email%20taken").json().at("items").as_array().empty());
}

TEST_F(PeopleApi, NoSessionWrongRoleAndMissingCsrf)
{
    auto nobody = anonymous();
    EXPECT_EQ(nobody.get("/api/v1/people").status, 401);
    EXPECT_EQ(nobody.post("/api/v1/people", person("Nobody Added")).status, 401);
    EXPECT_EQ(nobody.patch("/api/v1/people/" + s_member_a_id, boost::json::value { { "name", "X" } }).status, 401);

    auto member = member_a();
    auto const refused = member.post("/api/v1/people", person("Member Added"));
    EXPECT_EQ(refused.status, 403);
    EXPECT_EQ(refused.json().at("code"), "forbidden");
    EXPECT_EQ(member.patch("/api/v1/people/" + s_convener_a_id, boost::json::value { { "name", "Renamed by member" } }).status, 403);

    auto convener = convener_a();
    auto forged = convener;
    forged.set_csrf_token(std::nullopt);
    EXPECT_EQ(forged.post("/api/v1/people", person("Forged Person")).status, 403);
    EXPECT_TRUE(convener.get("/api/v1/people?q=added").json().at("items").as_array().empty());
    EXPECT_TRUE(convener.get("/api/v1/people?q=forged").json().at("items").as_array().empty());
    EXPECT_EQ(convener.get("/api/v1/people/" + s_convener_a_id).json().at("name"), "Ada Convener");
}

TEST_F(PeopleApi, APersonEditsTheirOwnProfileButNotTheirRole)
{
    auto member = member_a();
    auto const changed = member.patch("/api/v1/people/" + s_member_a_id,
        boost::json::value { { "preferred_language", "ar" }, { "access_needs", { "easy-read", "large-print" } } });
    ASSERT_EQ(changed.status, 200) << changed.body;
    EXPECT_EQ(changed.json().at("preferred_language"), "ar");
    EXPECT_EQ(changed.json().at("access_needs"), (boost::json::array { "easy-read", "large-print" }));

    auto const promoted = member.patch("/api/v1/people/" + s_member_a_id, boost::json::value { { "role", "convener" } });
    EXPECT_EQ(promoted.status, 403);
    EXPECT_EQ(member.get("/api/v1/me").json().at("user").at("role"), "member");

    auto const invalid = member.patch("/api/v1/people/" + s_member_a_id, boost::json::value { { "access_needs", { "Wheel Chair" } } });
    EXPECT_EQ(invalid.status, 422);
    EXPECT_EQ(member.get("/api/v1/me").json().at("user").at("access_needs"), (boost::json::array { "easy-read", "large-print" }));
}

TEST_F(PeopleApi, ARoleChangeAppliesToOpenSessionsAtOnce)
{
    auto convener = convener_a();
    auto const email = unique_email("co.convener");
    auto const created = convener.post("/api/v1/people", boost::json::value { { "name", "Cora Co-convener" }, { "email", email } });
    ASSERT_EQ(created.status, 201);
    auto const id = std::string { created.json().at("id").as_string() };
    std::string const url { created.json().at("invite_url").as_string() };
    auto person = anonymous();
    auto const accepted = person.post("/api/v1/auth/accept-invite", boost::json::value { { "token", url.substr(url.find('=') + 1) }, { "password", k_password } });
    ASSERT_EQ(accepted.status, 200);
    person.set_csrf_token(text(accepted.json().at("csrf_token")));
    auto const organisation = boost::json::value { { "name", "Role Change Group" }, { "sector", "vcs" } };
    auto const as_member = person.post("/api/v1/organisations", organisation);
    EXPECT_EQ(as_member.status, 403);
    EXPECT_EQ(as_member.json().at("code"), "forbidden") << "refused for the role, not the CSRF token";

    ASSERT_EQ(convener.patch("/api/v1/people/" + id, boost::json::value { { "role", "convener" } }).status, 200);
    EXPECT_EQ(person.post("/api/v1/organisations", organisation).status, 201) << "promoted in the same session";

    ASSERT_EQ(convener.patch("/api/v1/people/" + id, boost::json::value { { "role", "member" } }).status, 200);
    auto const demoted = person.post("/api/v1/organisations", organisation);
    EXPECT_EQ(demoted.status, 403) << "a demoted convener loses the right at once";
    EXPECT_EQ(demoted.json().at("code"), "forbidden");
    EXPECT_EQ(person.get("/api/v1/me").json().at("user").at("role"), "member");
}

TEST_F(PeopleApi, PersonalDataOnlyForConvenersAndThemselves)
{
    auto convener = convener_a();
    auto const email = unique_email("private.person");
    auto const created = convener.post("/api/v1/people", person("Pat Private", email));
    ASSERT_EQ(created.status, 201);
    auto const id = std::string { created.json().at("id").as_string() };

    auto const as_convener = convener.get("/api/v1/people/" + id).json().as_object();
    EXPECT_TRUE(as_convener.contains("email"));
    EXPECT_EQ(as_convener.at("access_needs"), (boost::json::array { "spoken-language-interpreter", "step-free-access" }));

    auto member = member_a();
    auto const as_member = member.get("/api/v1/people/" + id).json().as_object();
    EXPECT_EQ(as_member.at("name"), "Pat Private");
    EXPECT_FALSE(as_member.contains("email"));
    EXPECT_FALSE(as_member.contains("access_needs"));
    for (auto const& item : items(member.get("/api/v1/people?q=pat%20private")))
        EXPECT_FALSE(item.as_object().contains("access_needs"));
    EXPECT_TRUE(member.get("/api/v1/me").json().at("user").as_object().contains("access_needs"));
}

TEST_F(PeopleApi, AnotherPartnershipsPersonIsNotFound)
{
    auto other = convener_b();
    EXPECT_EQ(other.get("/api/v1/people/" + s_member_a_id).status, 404);
    EXPECT_EQ(other.patch("/api/v1/people/" + s_member_a_id, boost::json::value { { "name", "Hijacked" } }).status, 404);
    EXPECT_EQ(other.post("/api/v1/people/" + s_member_a_id + "/invite").status, 404);
    for (auto const& item : items(other.get("/api/v1/people?limit=200")))
        EXPECT_NE(text(item.at("id")), s_member_a_id);
    EXPECT_EQ(convener_a().get("/api/v1/people/" + s_member_a_id).json().at("name"), "Mo Member");
}

TEST_F(PeopleApi, ListFiltersByGroupAndOrganisation)
{
    auto convener = convener_a();
    auto const organisation = convener.post("/api/v1/organisations", boost::json::value { { "name", "Filter Test Trust" }, { "sector", "health" } });
    ASSERT_EQ(organisation.status, 201);
    auto const organisation_id = std::string { organisation.json().at("id").as_string() };
    ASSERT_EQ(convener.post("/api/v1/people", boost::json::value { { "name", "Filter Nurse" }, { "groups", { "health" } },
                                                   { "organisation_ids", { organisation_id } } })
                  .status,
        201);
    ASSERT_EQ(convener.post("/api/v1/people", boost::json::value { { "name", "Filter Resident" }, { "groups", { "residents" } } }).status, 201);

    auto const health = convener.get("/api/v1/people?q=filter&group=health").json().at("items").as_array();
    ASSERT_EQ(health.size(), 1u);
    EXPECT_EQ(health[0].at("name"), "Filter Nurse");
    EXPECT_EQ(health[0].at("organisation_ids"), (boost::json::array { boost::json::value(organisation_id) }));
    auto const by_organisation = convener.get("/api/v1/people?organisation_id=" + organisation_id).json().at("items").as_array();
    ASSERT_EQ(by_organisation.size(), 1u);
    EXPECT_EQ(convener.get("/api/v1/people?q=filter").json().at("items").as_array().size(), 2u);
}

TEST_F(PeopleApi, TheSignInLinkCanWaitUntilTheConvenerHasToldThem)
{
    // Mariam, a council officer, is added before Amal has spoken to her: no
    // email goes yet, and none is owed.
    auto convener = convener_a();
    auto const email = unique_email("mariam-later");
    auto const added = convener.post("/api/v1/people",
        boost::json::value { { "name", "Mariam Later" }, { "email", email }, { "groups", { "residents" } }, { "send_sign_in_link", false } });
    ASSERT_EQ(added.status, 201) << added.body;
    EXPECT_FALSE(added.json().as_object().contains("invite_url"));
    EXPECT_FALSE(added.json().as_object().contains("invitation_emailed_to"));
    auto const jobs = sign_in_mails_for(text(added.json().at("id")));
    EXPECT_EQ(jobs, 0) << "no sign-in mail queued";
    // Later, from her page: the link is made and emailed then.
    auto const sent = convener.post("/api/v1/people/" + text(added.json().at("id")) + "/invite");
    ASSERT_EQ(sent.status, 201) << sent.body;
    EXPECT_EQ(text(sent.json().at("sent_to")), email);
    EXPECT_EQ(sign_in_mails_for(text(added.json().at("id"))), 1);
    // Only when adding someone; not a boolean is named.
    EXPECT_EQ(error_fields(convener.patch("/api/v1/people/" + text(added.json().at("id")), boost::json::value { { "send_sign_in_link", true } })),
        std::vector<std::string> { "send_sign_in_link" });
    EXPECT_EQ(error_fields(convener.post("/api/v1/people", boost::json::value { { "name", "Bad Flag" }, { "send_sign_in_link", "later" } })),
        std::vector<std::string> { "send_sign_in_link" });
}

}
}
