// The convener is a partner too (issue 13, item 2): a convener with no
// stakeholder group facilitates, and the project says so before she fills
// anything in; once she acts for a VCS organisation she proposes and votes
// for the VCS group. `roundtable init` can make her a partner from the start.

#include <boost/json.hpp>

#include "support/api_fixture.hpp"

namespace rt::test {
namespace {

class FacilitatorsApi : public ApiTest {
protected:
    // A partnership of its own, made by `init` as a newcomer would, so its
    // convener has no group until she takes one.
    static HttpClient new_partnership(std::string const& email, std::vector<std::string> extra = {})
    {
        std::vector<std::string> arguments { "init", "--db", s_database->url(), "--partnership", "Facilitated " + email, "--admin-email", email,
            "--admin-name", "Fran Facilitator", "--password", k_password };
        arguments.insert(arguments.end(), extra.begin(), extra.end());
        auto const init = run_roundtable(arguments);
        EXPECT_EQ(init.exit_code, 0) << init.output;
        return fresh_session(email);
    }

    static std::string project_of(HttpClient& convener)
    {
        auto const project = convener.post("/api/v1/projects", boost::json::value { { "title", "Lunch club" }, { "summary", "A lunch club run together." },
                                                                    { "interests", { "no-match-lunch" } }, { "charter", boost::json::object {} } });
        EXPECT_EQ(project.status, 201) << project.body;
        return text(project.json().at("id"));
    }

    static HttpResponse propose(HttpClient& client, std::string const& project)
    {
        return client.post("/api/v1/projects/" + project + "/proposals",
            boost::json::value { { "title", "Meet on Fridays" }, { "text", "Fridays suit most people." }, { "method", "majority" },
                { "closes_at", "2031-01-01T00:00:00Z" } });
    }
};

TEST_F(FacilitatorsApi, AConvenerWithoutAGroupFacilitatesUntilSheJoinsOne)
{
    auto fran = new_partnership(unique_email("fran"));
    auto const me = text(fran.get("/api/v1/me").json().at("user").at("id"));
    auto const project = project_of(fran);

    // Before she fills anything in, the project says she facilitates.
    auto const seen = fran.get("/api/v1/projects/" + project).json();
    EXPECT_EQ(seen.at("facilitating"), true);
    EXPECT_EQ(seen.at("my_groups"), boost::json::array {});

    auto const refused = propose(fran, project);
    EXPECT_EQ(refused.status, 403);
    EXPECT_EQ(refused.json().at("code"), "facilitator");
    EXPECT_NE(text(refused.json().at("detail")).find("join a group or an organisation"), std::string::npos) << refused.body;
    EXPECT_EQ(items(fran.get("/api/v1/projects/" + project + "/proposals")).size(), 0u) << "nothing was written";

    // She acts for a VCS organisation: the VCS group is hers, and she takes part.
    auto const organisation = fran.post("/api/v1/organisations", boost::json::value { { "name", "Eastside Lunch Club" }, { "sector", "vcs" } });
    ASSERT_EQ(organisation.status, 201) << organisation.body;
    auto const joined = fran.patch("/api/v1/people/" + me,
        boost::json::value { { "groups", { "vcs" } }, { "organisation_ids", { text(organisation.json().at("id")) } } });
    ASSERT_EQ(joined.status, 200) << joined.body;
    auto const now = fran.get("/api/v1/projects/" + project).json();
    EXPECT_EQ(now.at("facilitating"), false);
    EXPECT_EQ(now.at("my_groups"), (boost::json::array { "vcs" }));

    auto const proposed = propose(fran, project);
    ASSERT_EQ(proposed.status, 201) << proposed.body;
    EXPECT_EQ(proposed.json().at("proposer").at("group"), "vcs");
    auto const voted = fran.post("/api/v1/proposals/" + text(proposed.json().at("id")) + "/votes", boost::json::value { { "position", "yes" } });
    ASSERT_EQ(voted.status, 200) << voted.body;
    EXPECT_EQ(voted.json().at("my_vote").at("group"), "vcs");

    // A member of another partnership, and nobody signed in, learn nothing of it.
    EXPECT_EQ(convener_b().get("/api/v1/projects/" + project).status, 404);
    EXPECT_EQ(anonymous().get("/api/v1/projects/" + project).status, 401);
}

TEST_F(FacilitatorsApi, InitMakesTheConvenerAPartnerFromTheStart)
{
    auto const email = unique_email("ines");
    auto ines = new_partnership(email, { "--organisation", "Riverside Refugee Network", "--sector", "vcs", "--group", "residents" });
    auto const me = ines.get("/api/v1/me").json().at("user");
    EXPECT_EQ(me.at("groups"), (boost::json::array { "residents", "vcs" }));
    auto const organisations = items(ines.get("/api/v1/organisations"));
    ASSERT_EQ(organisations.size(), 1u);
    EXPECT_EQ(organisations[0].at("name"), "Riverside Refugee Network");
    EXPECT_EQ(organisations[0].at("sector"), "vcs");
    auto const person = ines.get("/api/v1/people/" + text(me.at("id"))).json();
    EXPECT_EQ(person.at("organisation_ids"), (boost::json::array { organisations[0].at("id") }));
    EXPECT_EQ(ines.get("/api/v1/projects/" + project_of(ines)).json().at("facilitating"), false);

    // A sector that is not one, or a sector group without its organisation, is refused and writes nothing.
    auto const bad_sector = run_roundtable({ "init", "--db", s_database->url(), "--partnership", "Bad sector", "--admin-email", unique_email("bad"),
        "--admin-name", "Bea Bad", "--password", k_password, "--organisation", "Somewhere", "--sector", "charity" });
    EXPECT_NE(bad_sector.exit_code, 0);
    EXPECT_NE(bad_sector.output.find("sector"), std::string::npos) << bad_sector.output;
    auto const nia = unique_email("none");
    auto const no_organisation = run_roundtable({ "init", "--db", s_database->url(), "--partnership", "No organisation", "--admin-email", nia,
        "--admin-name", "Nia None", "--password", k_password, "--group", "health" });
    EXPECT_NE(no_organisation.exit_code, 0);
    EXPECT_NE(no_organisation.output.find("groups"), std::string::npos) << no_organisation.output;
    // The partnership was refused whole: there is no account to sign in to.
    EXPECT_EQ(anonymous().post("/api/v1/auth/login", boost::json::value { { "email", nia }, { "password", k_password } }).status, 401);
    auto const facilitator = run_roundtable({ "init", "--db", s_database->url(), "--partnership", "Plain facilitator", "--admin-email",
        unique_email("plain"), "--admin-name", "Pat Plain", "--password", k_password });
    EXPECT_EQ(facilitator.exit_code, 0);
    EXPECT_NE(facilitator.output.find("facilitate"), std::string::npos) << facilitator.output;
}

TEST_F(FacilitatorsApi, TheConvenersOwnOrganisationDoesNotCountAsSettingUp)
{
    // Amal set up the partnership for her own group: adding the organisations
    // taking part is still to do until there is another one.
    auto amal = new_partnership(unique_email("amal-setup"), { "--organisation", "Northfield Refugee Community Group", "--sector", "vcs" });
    auto step = [&](std::string const& key) {
        auto const next = amal.get("/api/v1/me/next").json();
        for (auto const& item : next.at("setup").as_array())
            if (text(item.at("key")) == key)
                return item.at("done").as_bool();
        ADD_FAILURE() << "no step " << key << ": " << next;
        return false;
    };
    EXPECT_FALSE(step("organisations"));
    ASSERT_EQ(amal.post("/api/v1/organisations", boost::json::value { { "name", "Northfield Borough Council" }, { "sector", "local_authority" } }).status,
        201);
    EXPECT_TRUE(step("organisations"));
}

TEST_F(FacilitatorsApi, InitRecordsTheConvenersOwnLanguage)
{
    // A convener of a refugee community group who reads Arabic, and one who
    // reads Tigrinya (not a language of the app: her emails fall back, her
    // language is still hers).
    auto amal = new_partnership(unique_email("amal"), { "--language", "ar" });
    EXPECT_EQ(amal.get("/api/v1/me").json().at("user").at("preferred_language"), "ar");
    auto senait = new_partnership(unique_email("senait"), { "--language", "ti" });
    EXPECT_EQ(senait.get("/api/v1/me").json().at("user").at("preferred_language"), "ti");
    // Without it, English.
    auto plain = new_partnership(unique_email("plain-language"));
    EXPECT_EQ(plain.get("/api/v1/me").json().at("user").at("preferred_language"), "en");

    // Not a language tag: refused by its option's name, and nothing is made.
    auto const email = unique_email("bad-language");
    auto const refused = run_roundtable({ "init", "--db", s_database->url(), "--partnership", "Bad language", "--admin-email", email,
        "--admin-name", "Bo Bad", "--password", k_password, "--language", "not a language!" });
    EXPECT_NE(refused.exit_code, 0);
    EXPECT_NE(refused.output.find("language"), std::string::npos) << refused.output;
    EXPECT_EQ(refused.output.find("preferred_language"), std::string::npos) << refused.output;
    EXPECT_EQ(anonymous().post("/api/v1/auth/login", boost::json::value { { "email", email }, { "password", k_password } }).status, 401);
}

}
}
