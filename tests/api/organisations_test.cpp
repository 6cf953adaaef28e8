// POST/GET/PATCH/DELETE /api/v1/organisations: success, bad input, no session,
// wrong role, missing CSRF token and another partnership's id.

#include <set>

#include <boost/json.hpp>

#include "support/api_fixture.hpp"

namespace rt::test {
namespace {

class OrganisationsApi : public ApiTest {
protected:
    static boost::json::value organisation(std::string const& name, std::string const& sector = "vcs")
    {
        return { { "name", name }, { "sector", sector }, { "interests", { "older-people", "loneliness" } },
            { "communities", { "somali" } }, { "description", "Lunch club.\nTuesdays." } };
    }

    static std::string create(HttpClient& client, std::string const& name, std::string const& sector = "vcs")
    {
        auto const response = client.post("/api/v1/organisations", organisation(name, sector));
        EXPECT_EQ(response.status, 201) << response.body;
        return std::string { response.json().at("id").as_string() };
    }

    static std::size_t count_named(HttpClient& client, std::string const& text)
    {
        auto const response = client.get("/api/v1/organisations?limit=200&q=" + text);
        EXPECT_EQ(response.status, 200) << response.body;
        return response.json().at("items").as_array().size();
    }
};

TEST_F(OrganisationsApi, ConvenerCreatesAndEveryMemberReadsIt)
{
    auto convener = convener_a();
    auto const response = convener.post("/api/v1/organisations", organisation("Zebra Crossing Lunch Club"));
    ASSERT_EQ(response.status, 201) << response.body;
    auto const created = response.json().as_object();
    EXPECT_EQ(created.at("name"), "Zebra Crossing Lunch Club");
    EXPECT_EQ(created.at("sector"), "vcs");
    EXPECT_EQ(created.at("interests"), (boost::json::array { "older-people", "loneliness" }));
    EXPECT_EQ(created.at("description"), "Lunch club.\nTuesdays.");
    std::string const id { created.at("id").as_string() };
    EXPECT_EQ(id.size(), 36u);
    EXPECT_EQ(id[14], '7') << "ids are UUIDv7";

    auto member = member_a();
    auto const read = member.get("/api/v1/organisations/" + id);
    ASSERT_EQ(read.status, 200);
    EXPECT_EQ(read.json().at("name"), "Zebra Crossing Lunch Club");
}

TEST_F(OrganisationsApi, InvalidInputNamesEveryFieldAndWritesNothing)
{
    auto convener = convener_a();
    auto const response = convener.post("/api/v1/organisations",
        boost::json::value { { "name", "Invalid Example Trust" }, { "sector", "church" }, { "interests", { "Older People" } },
            { "website", "javascript:alert(1)" }, { "colour", "red" } });
    ASSERT_EQ(response.status, 422) << response.body;
    EXPECT_EQ(response.header("content-type"), "application/problem+json");
    EXPECT_EQ(error_fields(response), (std::vector<std::string> { "colour", "interests", "sector", "website" }));
    EXPECT_EQ(count_named(convener, "invalid%20example"), 0u);

    // Web addresses: a scheme is not enough, and nothing is written for any of these.
    for (auto const* website : { "https://not a web address", "https://", "www.silverthreads.org.uk", "ftp://files.example.org", "https://localhost" }) {
        auto const refused = convener.post("/api/v1/organisations",
            boost::json::value { { "name", "Invalid Example Trust" }, { "sector", "vcs" }, { "website", website } });
        EXPECT_EQ(refused.status, 422) << website;
        EXPECT_EQ(error_fields(refused), (std::vector<std::string> { "website" })) << website;
    }
    EXPECT_EQ(count_named(convener, "invalid%20example"), 0u);
    auto const kept = convener.post("/api/v1/organisations",
        boost::json::value { { "name", "Silver Threads Web Club" }, { "sector", "vcs" }, { "website", "https://www.silverthreads.org.uk/about?page=1" } });
    ASSERT_EQ(kept.status, 201) << kept.body;
    EXPECT_EQ(kept.json().at("website"), "https://www.silverthreads.org.uk/about?page=1");

    auto const missing = convener.post("/api/v1/organisations", boost::json::value { { "sector", "vcs" } });
    ASSERT_EQ(missing.status, 422);
    EXPECT_EQ(error_fields(missing), (std::vector<std::string> { "name" }));

    auto const not_json = convener.post("/api/v1/organisations", std::string { "{\"name\": " });
    EXPECT_EQ(not_json.status, 400);
    auto const wrong_type = convener.send("POST", "/api/v1/organisations", "name=x", { { "Content-Type", "application/x-www-form-urlencoded" } });
    EXPECT_EQ(wrong_type.status, 415);
}

TEST_F(OrganisationsApi, ANameAlreadyThereIsRefusedAndWritesNothing)
{
    auto convener = convener_a();
    auto const first = convener.post("/api/v1/organisations", boost::json::value { { "name", "Northfield Borough Council" }, { "sector", "local_authority" } });
    ASSERT_EQ(first.status, 201) << first.body;
    // Typed again, in other case and with extra spaces: the same organisation.
    auto const again = convener.post("/api/v1/organisations", boost::json::value { { "name", "  northfield  BOROUGH council " }, { "sector", "local_authority" } });
    ASSERT_EQ(again.status, 422) << again.body;
    EXPECT_EQ(error_fields(again), std::vector<std::string> { "name" });
    EXPECT_NE(again.body.find("There is already an organisation called Northfield Borough Council"), std::string::npos) << again.body;
    EXPECT_EQ(count_named(convener, "northfield%20borough"), 1u);
    // Arabic names too; and renaming another one to it is refused the same way.
    ASSERT_EQ(convener.post("/api/v1/organisations", boost::json::value { { "name", "مجلس مدينة نورثفيلد" }, { "sector", "local_authority" } }).status, 201);
    EXPECT_EQ(convener.post("/api/v1/organisations", boost::json::value { { "name", "مجلس مدينة  نورثفيلد" }, { "sector", "local_authority" } }).status, 422);
    auto const other = convener.post("/api/v1/organisations", boost::json::value { { "name", "Northfield Library" }, { "sector", "local_authority" } });
    ASSERT_EQ(other.status, 201);
    auto const id = text(other.json().at("id"));
    EXPECT_EQ(error_fields(convener.patch("/api/v1/organisations/" + id, boost::json::value { { "name", "Northfield borough council" } })),
        std::vector<std::string> { "name" });
    // Keeping its own name is not a clash with itself.
    EXPECT_EQ(convener.patch("/api/v1/organisations/" + id, boost::json::value { { "name", "Northfield Library" }, { "description", "Books." } }).status, 200);
    // Another partnership may have its own of that name.
    EXPECT_EQ(convener_b().post("/api/v1/organisations", boost::json::value { { "name", "Northfield Borough Council" }, { "sector", "local_authority" } }).status,
        201);
}

TEST_F(OrganisationsApi, NoSessionIsUnauthorised)
{
    auto nobody = anonymous();
    EXPECT_EQ(nobody.get("/api/v1/organisations").status, 401);
    auto const response = nobody.post("/api/v1/organisations", organisation("Anonymous Group"));
    EXPECT_EQ(response.status, 401);
    EXPECT_EQ(response.json().at("code"), "unauthenticated");
    auto convener = convener_a();
    EXPECT_EQ(count_named(convener, "anonymous%20group"), 0u);
}

TEST_F(OrganisationsApi, MembersCannotWrite)
{
    auto convener = convener_a();
    auto const id = create(convener, "Members Cannot Touch");
    auto member = member_a();
    auto const refused = member.post("/api/v1/organisations", organisation("Member Made Group"));
    EXPECT_EQ(refused.status, 403);
    EXPECT_EQ(refused.json().at("code"), "forbidden");
    EXPECT_EQ(member.patch("/api/v1/organisations/" + id, boost::json::value { { "name", "Renamed" } }).status, 403);
    EXPECT_EQ(member.del("/api/v1/organisations/" + id).status, 403);
    EXPECT_EQ(count_named(convener, "member%20made"), 0u);
    EXPECT_EQ(convener.get("/api/v1/organisations/" + id).json().at("name"), "Members Cannot Touch");
}

TEST_F(OrganisationsApi, UnsafeMethodsNeedTheCsrfToken)
{
    auto convener = convener_a();
    auto const id = create(convener, "Csrf Checked Group");
    auto forged = convener;
    forged.set_csrf_token(std::nullopt);
    auto const missing = forged.post("/api/v1/organisations", organisation("Forged Group"));
    EXPECT_EQ(missing.status, 403);
    EXPECT_EQ(missing.json().at("code"), "csrf");
    forged.set_csrf_token("not-the-token");
    EXPECT_EQ(forged.patch("/api/v1/organisations/" + id, boost::json::value { { "name", "Forged" } }).status, 403);
    EXPECT_EQ(forged.del("/api/v1/organisations/" + id).status, 403);
    EXPECT_EQ(count_named(convener, "forged"), 0u);
    EXPECT_EQ(convener.get("/api/v1/organisations/" + id).status, 200);
}

TEST_F(OrganisationsApi, AnotherPartnershipsIdIsNotFound)
{
    auto convener = convener_a();
    auto const id = create(convener, "Partnership A Only");
    auto other = convener_b();
    EXPECT_EQ(other.get("/api/v1/organisations/" + id).status, 404);
    EXPECT_EQ(other.patch("/api/v1/organisations/" + id, boost::json::value { { "name", "Taken over" } }).status, 404);
    EXPECT_EQ(other.del("/api/v1/organisations/" + id).status, 404);
    auto const listed = other.get("/api/v1/organisations?q=partnership%20a%20only");
    EXPECT_TRUE(listed.json().at("items").as_array().empty());
    EXPECT_EQ(convener.get("/api/v1/organisations/" + id).json().at("name"), "Partnership A Only");
}

TEST_F(OrganisationsApi, PatchChangesOnlyTheFieldsGivenAndValidatesThem)
{
    auto convener = convener_a();
    auto const id = create(convener, "Patchable Group");
    auto const changed = convener.patch("/api/v1/organisations/" + id, boost::json::value { { "sector", "provider" } });
    ASSERT_EQ(changed.status, 200) << changed.body;
    EXPECT_EQ(changed.json().at("sector"), "provider");
    EXPECT_EQ(changed.json().at("name"), "Patchable Group");
    EXPECT_EQ(changed.json().at("interests"), (boost::json::array { "older-people", "loneliness" }));

    auto const invalid = convener.patch("/api/v1/organisations/" + id, boost::json::value { { "name", "" }, { "sector", "health" } });
    ASSERT_EQ(invalid.status, 422);
    EXPECT_EQ(error_fields(invalid), (std::vector<std::string> { "name" }));
    EXPECT_EQ(convener.get("/api/v1/organisations/" + id).json().at("sector"), "provider") << "nothing half-written";
    EXPECT_EQ(convener.get("/api/v1/organisations/not-an-id").status, 404);
}

TEST_F(OrganisationsApi, DeleteRemovesIt)
{
    auto convener = convener_a();
    auto const id = create(convener, "Short Lived Group");
    EXPECT_EQ(convener.del("/api/v1/organisations/" + id).status, 204);
    EXPECT_EQ(convener.get("/api/v1/organisations/" + id).status, 404);
    EXPECT_EQ(convener.del("/api/v1/organisations/" + id).status, 404);
}

TEST_F(OrganisationsApi, ListPagesWithACursorAndFilters)
{
    auto convener = convener_a();
    // Seven groups sharing a prefix: three pages of 3, 3 and 1.
    std::set<std::string> created;
    for (int i = 0; i < 7; ++i)
        created.insert(create(convener, "Paged Group " + std::to_string(i), i % 2 ? "health" : "vcs"));

    std::set<std::string> seen;
    std::vector<std::size_t> page_sizes;
    std::string target = "/api/v1/organisations?q=paged%20group&limit=3";
    for (int guard = 0; guard < 10; ++guard) {
        auto const page = convener.get(target);
        ASSERT_EQ(page.status, 200) << page.body;
        auto const items = page.json().at("items").as_array();
        page_sizes.push_back(items.size());
        for (auto const& item : items)
            seen.insert(std::string { item.at("id").as_string() });
        auto const next = page.json().at("next_cursor");
        if (next.is_null())
            break;
        target = "/api/v1/organisations?q=paged%20group&limit=3&after=" + std::string { next.as_string() };
    }
    EXPECT_EQ(page_sizes, (std::vector<std::size_t> { 3, 3, 1 }));
    EXPECT_EQ(seen, created);

    // Groups 1, 3 and 5 are health.
    auto const health = convener.get("/api/v1/organisations?q=paged%20group&sector=health");
    EXPECT_EQ(health.json().at("items").as_array().size(), 3u);
    auto const lonely = convener.get("/api/v1/organisations?q=paged%20group&interest=loneliness");
    EXPECT_EQ(lonely.json().at("items").as_array().size(), 7u);
    auto const none = convener.get("/api/v1/organisations?q=paged%20group&interest=mental-health");
    EXPECT_EQ(none.json().at("items").as_array().size(), 0u);

    EXPECT_EQ(convener.get("/api/v1/organisations?limit=0").status, 422);
    EXPECT_EQ(convener.get("/api/v1/organisations?limit=201").status, 422);
    auto const bad_cursor = convener.get("/api/v1/organisations?after=bm90LWEtY3Vyc29y");
    EXPECT_EQ(bad_cursor.status, 422);
    EXPECT_EQ(error_fields(bad_cursor), (std::vector<std::string> { "after" }));
}

TEST_F(OrganisationsApi, EveryChangeIsInTheAuditLog)
{
    auto convener = convener_a();
    auto const id = create(convener, "Audited Group");
    ASSERT_EQ(convener.patch("/api/v1/organisations/" + id, boost::json::value { { "name", "Audited Group Renamed" } }).status, 200);
    ASSERT_EQ(convener.del("/api/v1/organisations/" + id).status, 204);

    auto const log = convener.get("/api/v1/audit?limit=200");
    ASSERT_EQ(log.status, 200) << log.body;
    std::vector<std::string> actions;
    for (auto const& entry : items(log)) {
        if (text(entry.at("subject_id")) == id)
            actions.emplace_back(entry.at("action").as_string());
    }
    EXPECT_EQ(actions, (std::vector<std::string> { "organisation.deleted", "organisation.updated", "organisation.created" }));
}

}
}
