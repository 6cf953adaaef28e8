// GET/PATCH /api/v1/partnership and the home page's summary.

#include <boost/json.hpp>

#include "support/api_fixture.hpp"

namespace rt::test {
namespace {

class PartnershipApi : public ApiTest {
};

TEST_F(PartnershipApi, SummaryCountsOrganisationsBySectorAndPeopleByGroup)
{
    // Partnership B starts with its convener only (no groups). Add two VCS
    // groups, one health trust, and three people: residents, residents+staff, health.
    auto convener = convener_b();
    std::string trust_id;
    for (auto const& [name, sector] : { std::pair { "Summary Club", "vcs" }, { "Summary Forum", "vcs" }, { "Summary Trust", "health" } }) {
        auto const made = convener.post("/api/v1/organisations", boost::json::value { { "name", name }, { "sector", sector } });
        ASSERT_EQ(made.status, 201);
        trust_id = std::string { made.json().at("id").as_string() }; // the last: the trust
    }
    ASSERT_EQ(convener.post("/api/v1/people", boost::json::value { { "name", "S One" }, { "groups", { "residents" } } }).status, 201);
    ASSERT_EQ(convener.post("/api/v1/people", boost::json::value { { "name", "S Two" }, { "groups", { "residents", "staff" } } }).status, 201);
    ASSERT_EQ(convener.post("/api/v1/people", boost::json::value { { "name", "S Three" }, { "groups", { "health" } }, { "organisation_ids", { trust_id } } }).status, 201);

    auto const response = convener.get("/api/v1/partnership");
    ASSERT_EQ(response.status, 200) << response.body;
    auto const summary = response.json().at("summary").as_object();
    EXPECT_EQ(summary.at("organisations_by_sector"), (boost::json::object { { "health", 1 }, { "vcs", 2 } }));
    EXPECT_EQ(summary.at("people_by_group"), (boost::json::object { { "health", 1 }, { "residents", 2 }, { "staff", 1 } }));
    EXPECT_EQ(summary.at("organisations"), 3);
    EXPECT_EQ(summary.at("people"), 4); // the convener too
    EXPECT_EQ(response.json().at("name"), "Partnership B");
}

TEST_F(PartnershipApi, ConvenerRenamesAndRecolours)
{
    auto convener = convener_a();
    auto const changed = convener.patch("/api/v1/partnership", boost::json::value { { "colour", "#0b6e4f" } });
    ASSERT_EQ(changed.status, 200) << changed.body;
    EXPECT_EQ(changed.json().at("colour"), "#0b6e4f");
    EXPECT_EQ(changed.json().at("name"), "Partnership A");
    EXPECT_EQ(convener_b().get("/api/v1/partnership").json().at("colour"), "#1d70b8") << "the other partnership is untouched";
}

TEST_F(PartnershipApi, TheLastConvenerCannotStepDown)
{
    auto convener = convener_b();
    auto const me = text(convener.get("/api/v1/me").json().at("user").at("id"));
    auto const refused = convener.patch("/api/v1/people/" + me, boost::json::value { { "role", "member" } });
    EXPECT_EQ(refused.status, 422);
    EXPECT_EQ(error_fields(refused), (std::vector<std::string> { "role" }));
    EXPECT_EQ(convener.get("/api/v1/me").json().at("user").at("role"), "convener");
}

TEST_F(PartnershipApi, MembersAreRefusedBeforeTheirInputIsRead)
{
    // A member's invalid body gets 403, not a list of field errors.
    auto const partnership = member_a().patch("/api/v1/partnership", boost::json::value { { "colour", "green" } });
    EXPECT_EQ(partnership.status, 403);
    auto const organisation = member_a().patch("/api/v1/organisations/" + s_member_a_id, boost::json::value { { "sector", "church" } });
    EXPECT_EQ(organisation.status, 403);
}

TEST_F(PartnershipApi, BadInputNoSessionWrongRoleAndCsrf)
{
    auto convener = convener_a();
    auto const invalid = convener.patch("/api/v1/partnership", boost::json::value { { "name", "" }, { "colour", "green" } });
    ASSERT_EQ(invalid.status, 422);
    EXPECT_EQ(error_fields(invalid), (std::vector<std::string> { "colour", "name" }));
    EXPECT_EQ(anonymous().get("/api/v1/partnership").status, 401);
    EXPECT_EQ(anonymous().patch("/api/v1/partnership", boost::json::value { { "name", "Taken" } }).status, 401);
    auto const refused = member_a().patch("/api/v1/partnership", boost::json::value { { "name", "Member Rename" } });
    EXPECT_EQ(refused.status, 403);
    EXPECT_EQ(refused.json().at("code"), "forbidden");
    auto forged = convener;
    forged.set_csrf_token(std::nullopt);
    EXPECT_EQ(forged.patch("/api/v1/partnership", boost::json::value { { "name", "Forged Rename" } }).status, 403);
    EXPECT_EQ(convener.get("/api/v1/partnership").json().at("name"), "Partnership A");
}

}
}
