// GET /api/v1/audit: conveners only, own partnership only.

#include <boost/json.hpp>

#include "support/api_fixture.hpp"

namespace rt::test {
namespace {

class AuditApi : public ApiTest {
};

TEST_F(AuditApi, ConvenersReadTheirOwnPartnershipsLog)
{
    auto convener = convener_a();
    auto const response = convener.get("/api/v1/audit?limit=5");
    ASSERT_EQ(response.status, 200) << response.body;
    auto const newest = items(response);
    ASSERT_EQ(newest.size(), 5u);
    EXPECT_GT(newest[0].at("seq").as_int64(), newest[1].at("seq").as_int64()) << "newest first";
    EXPECT_FALSE(response.json().at("next_cursor").is_null());

    // Partnership A's first entries, on the last page: created, then its convener.
    boost::json::array all;
    for (std::string target = "/api/v1/audit?limit=200";;) {
        auto const page = convener.get(target).json();
        for (auto const& entry : page.at("items").as_array())
            all.push_back(entry);
        if (page.at("next_cursor").is_null())
            break;
        target = "/api/v1/audit?limit=200&after=" + text(page.at("next_cursor"));
    }
    ASSERT_GE(all.size(), 2u);
    boost::json::array const oldest { all[all.size() - 2], all[all.size() - 1] };
    EXPECT_EQ(all.back().at("seq").as_int64(), 1) << "every page was followed";
    EXPECT_EQ(oldest[1].at("action"), "partnership.created");
    EXPECT_EQ(oldest[0].at("action"), "person.created");
    EXPECT_EQ(text(oldest[0].at("subject_id")), s_convener_a_id);

    for (auto const& entry : items(convener_b().get("/api/v1/audit?limit=200")))
        EXPECT_NE(text(entry.at("subject_id")), s_convener_a_id) << "B sees nothing of A";
}

TEST_F(AuditApi, MembersAndStrangersCannotReadIt)
{
    EXPECT_EQ(member_a().get("/api/v1/audit").status, 403);
    EXPECT_EQ(anonymous().get("/api/v1/audit").status, 401);
    EXPECT_EQ(convener_a().get("/api/v1/audit?after=zero").status, 422);
}

}
}
