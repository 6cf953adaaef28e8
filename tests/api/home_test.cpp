// GET /api/v1/me/next: what needs the signed-in person, counted from what the
// other modules would show them, and nothing of another partnership.

#include <map>

#include <boost/json.hpp>

#include "support/api_fixture.hpp"

namespace rt::test {
namespace {

class HomeApi : public ApiTest {
protected:
    // The section's count by key, or -1 when the section is not there.
    static std::map<std::string, long long> counts(HttpResponse const& response)
    {
        std::map<std::string, long long> result;
        auto const sections = response.json().at("sections").as_array();
        for (auto const& section : sections)
            result[text(section.at("key"))] = section.at("count").as_int64();
        return result;
    }
};

TEST_F(HomeApi, WhatNeedsMeIsCountedFromTheReadersOwnWork)
{
    auto convener = convener_a();
    // A project led by the convener, with two residents invited (sent) and one
    // of them, Nia, signed in: one invitation waits for her answer.
    auto nia = person_with_session("Nia Next", "residents");
    auto const project = convener.post("/api/v1/projects", boost::json::value { { "title", "Next project" }, { "summary", "Meet and talk." },
        { "interests", { "tag-next-home" } }, { "charter", { { "required_groups", { "residents" } } } } });
    ASSERT_EQ(project.status, 201) << project.body;
    auto const project_id = text(project.json().at("id"));
    ASSERT_EQ(convener.post("/api/v1/projects/" + project_id + "/invitations", boost::json::value { { "person_id", nia.id } }).status, 201);
    ASSERT_EQ(convener.post("/api/v1/projects/" + project_id + "/invitations/send").status, 200);

    // Two activities to come; Nia signs up for one. One past activity she also signed up for does not count.
    auto const activity = [&](std::string const& title, std::string const& starts, std::string const& ends) {
        auto const created = convener.post("/api/v1/projects/" + project_id + "/activities",
            boost::json::value { { "kind", "tea_and_talk" }, { "title", title }, { "purpose", "Tea and a talk." }, { "starts_at", starts },
                { "ends_at", ends }, { "online_url", "https://meet.example/next" } });
        EXPECT_EQ(created.status, 201) << created.body;
        return text(created.json().at("id"));
    };
    auto const soon = activity("Soon", "2030-01-10T13:00:00Z", "2030-01-10T15:00:00Z");
    activity("Later", "2030-02-10T13:00:00Z", "2030-02-10T15:00:00Z");
    auto const past = activity("Past", "2025-01-10T13:00:00Z", "2025-01-10T15:00:00Z");
    ASSERT_EQ(nia.client.post("/api/v1/activities/" + soon + "/rsvp", boost::json::value(boost::json::object {})).status, 201);
    ASSERT_EQ(nia.client.post("/api/v1/activities/" + past + "/rsvp", boost::json::value(boost::json::object {})).status, 201);

    // Nia contributes twice; the convener answers one of them.
    std::string first;
    for (auto const* words : { "More benches in the park.", "Later buses on Sunday." }) {
        auto const said = nia.client.post("/api/v1/projects/" + project_id + "/contributions", boost::json::value { { "kind", "idea" }, { "text", words } });
        ASSERT_EQ(said.status, 201) << said.body;
        if (first.empty())
            first = text(said.json().at("id"));
    }
    ASSERT_EQ(convener.post("/api/v1/contributions/" + first + "/response", boost::json::value { { "status", "considered" } }).status, 200);

    auto const for_nia = nia.client.get("/api/v1/me/next");
    ASSERT_EQ(for_nia.status, 200) << for_nia.body;
    EXPECT_TRUE(for_nia.json().at("setup").is_null()) << "set-up steps are for conveners";
    // Nia is invited, not yet a member: no organiser's sections, no votes to cast.
    EXPECT_EQ(counts(for_nia), (std::map<std::string, long long> { { "invitations", 1 }, { "activities", 1 }, { "votes", 0 } }));
    auto const nia_sections = for_nia.json().at("sections").as_array();
    for (auto const& section : nia_sections) {
        if (section.at("key") == "activities") {
            EXPECT_EQ(text(section.at("items").at(0).at("id")), soon);
            EXPECT_EQ(text(section.at("items").at(0).at("href")), "/activities/" + soon);
        }
    }

    auto const for_convener = convener.get("/api/v1/me/next");
    ASSERT_EQ(for_convener.status, 200) << for_convener.body;
    auto const convener_counts = counts(for_convener);
    // Only this project's contributions are unanswered in partnership A's new
    // project; others' tests may add their own, so this one is counted by project.
    long long unanswered_here = 0;
    auto const convener_sections = for_convener.json().at("sections").as_array();
    for (auto const& section : convener_sections) {
        if (section.at("key") != "contributions")
            continue;
        for (auto const& item : section.at("items").as_array())
            unanswered_here += text(item.at("project_id")) == project_id ? 1 : 0;
    }
    EXPECT_EQ(unanswered_here, 1) << "two said, one answered";
    EXPECT_TRUE(convener_counts.contains("contributions"));
    EXPECT_TRUE(convener_counts.contains("translations"));
    EXPECT_TRUE(convener_counts.contains("arrangements"));

    EXPECT_EQ(anonymous().get("/api/v1/me/next").status, 401);
    // Partnership B's convener sees none of A's work.
    auto const other = convener_b().get("/api/v1/me/next");
    ASSERT_EQ(other.status, 200);
    auto const other_sections = other.json().at("sections").as_array();
    for (auto const& section : other_sections)
        for (auto const& item : section.at("items").as_array())
            EXPECT_NE(text(item.at("project_id")), project_id);
    for (auto const& [key, count] : counts(other))
        EXPECT_EQ(count, 0) << key << ": partnership B has no work of its own here";
}

}
}
