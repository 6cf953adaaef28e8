// Contributions, the needs register and "you said, we did": anonymity that
// holds everywhere, answers that must say why not, and a priority in which
// every stakeholder group weighs the same.

#include <boost/json.hpp>

#include "support/api_fixture.hpp"

namespace rt::test {
namespace {

class ContributionsApi : public ApiTest {
protected:
    static std::string make_project(std::string const& title)
    {
        auto convener = convener_a();
        EXPECT_EQ(convener.patch("/api/v1/people/" + s_convener_a_id, boost::json::value { { "groups", { "local_authority" } }, { "organisation_ids", { organisation_of_sector("local_authority") } } }).status, 200);
        auto const response = convener.post("/api/v1/projects",
            boost::json::value { { "title", title }, { "summary", "What should change at the day centre." },
                { "interests", { "no-match-contributions" } },
                { "charter", { { "required_groups", { "residents", "local_authority" } },
                                 { "co_leads", { { { "person_id", s_convener_a_id }, { "group", "local_authority" } },
                                                   { { "person_id", co_lead() }, { "group", "residents" } } } } } } });
        EXPECT_EQ(response.status, 201) << response.body;
        return text(response.json().at("id"));
    }

    // The second co-lead, so that the member (Mo) is an ordinary participant.
    static std::string co_lead()
    {
        static std::string id;
        if (id.empty()) {
            auto const created = convener_a().post("/api/v1/people", boost::json::value { { "name", "Cora Colead" }, { "groups", { "residents" } } });
            EXPECT_EQ(created.status, 201) << created.body;
            id = text(created.json().at("id"));
        }
        return id;
    }

    static HttpClient signed_in_person(std::string const& name, std::string const& group)
    {
        return person_with_session(name, group).client;
    }

    static std::string contribute(HttpClient& client, std::string const& project, boost::json::object body)
    {
        auto const response = client.post("/api/v1/projects/" + project + "/contributions", boost::json::value(std::move(body)));
        EXPECT_EQ(response.status, 201) << response.body;
        return text(response.json().at("id"));
    }

    static std::string need(std::string const& project, std::string const& title, boost::json::array evidence = {})
    {
        auto const response = convener_a().post("/api/v1/projects/" + project + "/needs",
            boost::json::value { { "title", title }, { "contribution_ids", std::move(evidence) } });
        EXPECT_EQ(response.status, 201) << response.body;
        return text(response.json().at("id"));
    }
};

TEST_F(ContributionsApi, AnAnonymousAuthorIsNeverReturnedToAnyone)
{
    auto const project = make_project("Anonymous project");
    auto member = member_a();
    auto const member_name = text(member.get("/api/v1/me").json().at("user").at("name"));
    ASSERT_FALSE(member_name.empty());
    auto const id = contribute(member, project,
        { { "kind", "concern" }, { "text", "The staff do not listen when I complain." }, { "anonymous", true }, { "tags", { "complaints" } } });

    auto convener = convener_a();
    // The convener runs the project and sees every list; none carries the author.
    for (auto const& target : { "/api/v1/projects/" + project + "/contributions", "/api/v1/contributions/" + id,
             "/api/v1/projects/" + project + "/you-said-we-did", "/api/v1/projects/" + project + "/timeline" }) {
        for (auto* client : { &convener, &member }) {
            auto const response = client->get(target);
            ASSERT_EQ(response.status, 200) << target << response.body;
            EXPECT_EQ(response.body.find(s_member_a_id), std::string::npos) << target;
            EXPECT_EQ(response.body.find(member_name), std::string::npos) << target;
        }
    }
    auto const detail = convener.get("/api/v1/contributions/" + id).json();
    EXPECT_TRUE(detail.at("author").is_null());
    EXPECT_EQ(detail.at("group"), "residents"); // the group is kept
    EXPECT_EQ(detail.at("anonymous"), true);
    EXPECT_EQ(detail.at("mine"), false);

    // The audit log records the change without the person who made it.
    auto const audit = convener.get("/api/v1/audit?limit=200");
    ASSERT_EQ(audit.status, 200);
    bool found = false;
    for (auto const& entry : items(audit)) {
        if (text(entry.at("subject_id")) != id)
            continue;
        found = true;
        EXPECT_NE(text(entry.at("actor_id")), s_member_a_id);
    }
    EXPECT_TRUE(found);

    // Only the author finds it among their own.
    auto const mine = member.get("/api/v1/me/you-said-we-did");
    ASSERT_EQ(mine.status, 200);
    bool listed = false;
    for (auto const& item : items(mine)) {
        if (text(item.at("id")) == id) {
            listed = true;
            EXPECT_EQ(item.at("mine"), true);
            EXPECT_TRUE(item.at("author").is_null());
            EXPECT_EQ(item.at("project_title"), "Anonymous project");
        }
    }
    EXPECT_TRUE(listed);
    for (auto const& item : items(convener.get("/api/v1/me/you-said-we-did")))
        EXPECT_NE(text(item.at("id")), id);
}

TEST_F(ContributionsApi, NotAdoptedNeedsAResponseAndEveryAnswerIsKept)
{
    auto const project = make_project("Responses project");
    auto member = member_a();
    auto const id = contribute(member, project, { { "kind", "idea" }, { "text", "Open the centre on Saturdays." } });
    auto convener = convener_a();

    auto const refused = convener.post("/api/v1/contributions/" + id + "/response", boost::json::value { { "status", "not_adopted" } });
    EXPECT_EQ(refused.status, 422);
    EXPECT_EQ(error_fields(refused), std::vector<std::string> { "response" });
    auto const unchanged = convener.get("/api/v1/contributions/" + id).json();
    EXPECT_EQ(unchanged.at("status"), "received");
    EXPECT_EQ(unchanged.at("history").as_array().size(), 1u);

    EXPECT_EQ(convener.post("/api/v1/contributions/" + id + "/response", boost::json::value { { "status", "received" } }).status, 422);
    EXPECT_EQ(member.post("/api/v1/contributions/" + id + "/response", boost::json::value { { "status", "considered" } }).json().at("code"),
        "forbidden");
    EXPECT_EQ(convener_b().post("/api/v1/contributions/" + id + "/response", boost::json::value { { "status", "considered" } }).status, 404);
    EXPECT_EQ(anonymous().post("/api/v1/contributions/" + id + "/response", boost::json::value { { "status", "considered" } }).status, 401);

    ASSERT_EQ(convener.post("/api/v1/contributions/" + id + "/response", boost::json::value { { "status", "considered" } }).status, 200);
    auto const answered = convener.post("/api/v1/contributions/" + id + "/response",
        boost::json::value { { "status", "not_adopted" }, { "response", "The building is closed at weekends by the landlord." } });
    ASSERT_EQ(answered.status, 200) << answered.body;
    auto const history = answered.json().at("history").as_array();
    ASSERT_EQ(history.size(), 3u);
    EXPECT_EQ(history[0].at("status"), "received");
    EXPECT_EQ(history[1].at("status"), "considered");
    EXPECT_EQ(history[2].at("status"), "not_adopted");

    // The author sees the answer; the project page groups it under its status.
    for (auto const& item : items(member.get("/api/v1/me/you-said-we-did")))
        if (text(item.at("id")) == id)
            EXPECT_EQ(item.at("response"), "The building is closed at weekends by the landlord.");
    auto const groups = convener.get("/api/v1/projects/" + project + "/you-said-we-did").json().at("groups").as_array();
    ASSERT_EQ(groups.size(), 5u);
    EXPECT_EQ(groups[4].at("status"), "not_adopted");
    ASSERT_EQ(groups[4].at("items").as_array().size(), 1u);
    EXPECT_EQ(groups[4].at("items").as_array()[0].at("author").at("name"), "Mo Member");
}

TEST_F(ContributionsApi, BadInputIsRefusedAndWritesNothing)
{
    auto const project = make_project("Refusals project");
    auto member = member_a();
    auto const path = "/api/v1/projects/" + project + "/contributions";
    auto const bad = member.post(path, boost::json::value { { "kind", "rant" }, { "text", "" }, { "colour", "red" } });
    EXPECT_EQ(bad.status, 422);
    EXPECT_EQ(error_fields(bad), (std::vector<std::string> { "colour", "kind", "text" }));
    EXPECT_EQ(error_fields(member.post(path, boost::json::value { { "kind", "idea" }, { "text", "x" }, { "group", "health" } })),
        std::vector<std::string> { "group" });
    EXPECT_EQ(error_fields(member.post(path, boost::json::value { { "kind", "idea" }, { "text", "x" }, { "source", "activity" } })),
        std::vector<std::string> { "activity_id" });
    // Recording for someone else is for organisers only.
    auto const other = member.post(path, boost::json::value { { "kind", "idea" }, { "text", "x" }, { "person_id", s_convener_a_id } });
    EXPECT_EQ(other.status, 403);
    EXPECT_EQ(other.json().at("code"), "forbidden");
    // An organiser recording for an unnamed person must say which group they speak for.
    EXPECT_EQ(error_fields(convener_a().post(path, boost::json::value { { "kind", "need" }, { "text", "x" }, { "source", "on_behalf" } })),
        std::vector<std::string> { "group" });
    EXPECT_EQ(anonymous().post(path, boost::json::value { { "kind", "idea" }, { "text", "x" } }).status, 401);
    EXPECT_EQ(convener_b().post(path, boost::json::value { { "kind", "idea" }, { "text", "x" } }).status, 404);
    EXPECT_EQ(convener_b().get(path).status, 404);
    EXPECT_EQ(items(convener_a().get(path)).size(), 0u);
    EXPECT_EQ(convener_a().get(path + "?status=lost").status, 422);
}

TEST_F(ContributionsApi, AnOrganiserRecordsWhatWasSaidAtAnActivity)
{
    auto const project = make_project("Tea and talk project");
    auto convener = convener_a();
    auto const activity = convener.post("/api/v1/projects/" + project + "/activities",
        boost::json::value { { "kind", "tea_and_talk" }, { "title", "Tea and talk" }, { "purpose", "Talk about the day centre." },
            { "starts_at", "2030-06-03T13:00:00Z" }, { "ends_at", "2030-06-03T15:00:00Z" }, { "online_url", "https://meet.example/tea" } });
    ASSERT_EQ(activity.status, 201) << activity.body;
    auto const activity_id = text(activity.json().at("id"));
    auto const created = convener.post("/api/v1/projects/" + project + "/contributions",
        boost::json::value { { "kind", "experience" }, { "text", "I waited three weeks for a carer to visit." }, { "source", "activity" },
            { "activity_id", activity_id }, { "person_id", s_member_a_id } });
    ASSERT_EQ(created.status, 201) << created.body;
    auto const body = created.json();
    EXPECT_EQ(text(body.at("author").at("id")), s_member_a_id);
    EXPECT_EQ(text(body.at("recorded_by").at("id")), s_convener_a_id);
    EXPECT_EQ(body.at("group"), "residents");
    EXPECT_EQ(text(body.at("activity_id")), activity_id);

    // The residents' first participation is now on the timeline.
    auto const timeline = convener.get("/api/v1/projects/" + project + "/timeline").json();
    for (auto const& row : timeline.at("groups").as_array())
        if (row.at("group") == "residents")
            EXPECT_FALSE(row.at("took_part").is_null());
}

TEST_F(ContributionsApi, EveryGroupWeighsTheSameInTheNeedsPriority)
{
    auto const project = make_project("Priority project");
    auto member = member_a();
    auto const evidence_a = contribute(member, project, { { "kind", "need" }, { "text", "Transport to the centre." } });
    auto const evidence_b = contribute(member, project, { { "kind", "need" }, { "text", "Hot meals." } });
    auto const evidence_c = contribute(member, project, { { "kind", "need" }, { "text", "Someone to talk to in Polish." } });
    auto const a = need(project, "Transport", { evidence_a });
    auto const b = need(project, "Meals", { evidence_b });
    auto const c = need(project, "Company in my language", { evidence_c });

    // Ten council officers all rank A > B > C; one resident ranks C > A > B.
    for (int i = 0; i < 10; ++i) {
        auto officer = signed_in_person("Officer " + std::to_string(i), "local_authority");
        auto const ranked = officer.send("PUT", "/api/v1/projects/" + project + "/needs/ranking",
            boost::json::serialize(boost::json::value { { "group", "local_authority" }, { "need_ids", { a, b, c } } }),
            { { "Content-Type", "application/json" } });
        ASSERT_EQ(ranked.status, 200) << ranked.body;
    }
    auto resident = signed_in_person("Rosa Resident", "residents");
    auto const ranked = resident.send("PUT", "/api/v1/projects/" + project + "/needs/ranking",
        boost::json::serialize(boost::json::value { { "group", "residents" }, { "need_ids", { c, a, b } } }),
        { { "Content-Type", "application/json" } });
    ASSERT_EQ(ranked.status, 200) << ranked.body;

    // By hand, with N = 3 needs (first place 3 points, second 2, third 1):
    //   council mean: A 3, B 2, C 1;  residents: C 3, A 2, B 1
    //   combined (mean of the two groups): A 2.5, C 2.0, B 1.5  -> A, C, B
    // Counting people instead would give A (32/11), B (21/11), C (13/11) -> A, B, C.
    auto const priority = member.get("/api/v1/projects/" + project + "/needs/priority").json();
    auto const order = priority.at("order").as_array();
    ASSERT_EQ(order.size(), 3u);
    EXPECT_EQ(text(order[0].at("need_id")), a);
    EXPECT_EQ(text(order[1].at("need_id")), c);
    EXPECT_EQ(text(order[2].at("need_id")), b);
    EXPECT_DOUBLE_EQ(order[0].at("score").to_number<double>(), 2.5);
    EXPECT_DOUBLE_EQ(order[1].at("score").to_number<double>(), 2.0);
    EXPECT_DOUBLE_EQ(order[2].at("score").to_number<double>(), 1.5);
    EXPECT_DOUBLE_EQ(order[1].at("by_group").at("residents").to_number<double>(), 3.0);
    EXPECT_DOUBLE_EQ(order[1].at("by_group").at("local_authority").to_number<double>(), 1.0);
    auto const groups = priority.at("groups").as_array();
    ASSERT_EQ(groups.size(), 2u);
    EXPECT_EQ(groups[0].at("group"), "local_authority");
    EXPECT_EQ(groups[0].at("rankers"), 10);
    EXPECT_EQ(groups[1].at("rankers"), 1);
    auto const needs = items(member.get("/api/v1/projects/" + project + "/needs"));
    ASSERT_EQ(needs.size(), 3u);
    EXPECT_EQ(text(needs[1].at("id")), c);
    EXPECT_EQ(needs[1].at("rank"), 2);

    // Merging B into C keeps both needs' evidence; rankings naming B count for C.
    auto const merged = convener_a().post("/api/v1/needs/" + b + "/merge", boost::json::value { { "into", c } });
    ASSERT_EQ(merged.status, 200) << merged.body;
    auto const ids = merged.json().at("contribution_ids").as_array();
    EXPECT_EQ(ids.size(), 2u);
    EXPECT_NE(std::ranges::find(ids, boost::json::value(evidence_b)), ids.end());
    EXPECT_NE(std::ranges::find(ids, boost::json::value(evidence_c)), ids.end());
    // N = 2 now. Council [A, B->C, C]: A 2, C 1. Residents [C, A, B->C]: C 2, A 1.
    // Combined: A 1.5, C 1.5: a tie, so the older need (A) comes first.
    auto const after = member.get("/api/v1/projects/" + project + "/needs/priority").json().at("order").as_array();
    ASSERT_EQ(after.size(), 2u);
    EXPECT_EQ(text(after[0].at("need_id")), a);
    EXPECT_DOUBLE_EQ(after[0].at("score").to_number<double>(), 1.5);
    EXPECT_DOUBLE_EQ(after[1].at("score").to_number<double>(), 1.5);
    // The contribution behind B now shows C among the needs it shaped.
    auto const shaped = items(member.get("/api/v1/contributions/" + evidence_b + "/shaped"));
    bool shows_c = false;
    for (auto const& entry : shaped)
        shows_c = shows_c || (text(entry.at("from_id")) == c && entry.at("from_type") == "need");
    EXPECT_TRUE(shows_c);

    // Merged needs cannot merge again or be ranked; only organisers merge.
    EXPECT_EQ(convener_a().post("/api/v1/needs/" + b + "/merge", boost::json::value { { "into", a } }).status, 409);
    EXPECT_EQ(member.post("/api/v1/needs/" + c + "/merge", boost::json::value { { "into", a } }).status, 403);
    EXPECT_EQ(convener_b().post("/api/v1/needs/" + c + "/merge", boost::json::value { { "into", a } }).status, 404);
    auto const stale = resident.send("PUT", "/api/v1/projects/" + project + "/needs/ranking",
        boost::json::serialize(boost::json::value { { "group", "residents" }, { "need_ids", { b } } }), { { "Content-Type", "application/json" } });
    EXPECT_EQ(error_fields(stale), std::vector<std::string> { "need_ids" });
    auto const wrong_group = resident.send("PUT", "/api/v1/projects/" + project + "/needs/ranking",
        boost::json::serialize(boost::json::value { { "group", "health" }, { "need_ids", { a } } }), { { "Content-Type", "application/json" } });
    EXPECT_EQ(error_fields(wrong_group), std::vector<std::string> { "group" });
    // A merged need is changed through the one it went into.
    EXPECT_EQ(convener_a().patch("/api/v1/needs/" + b, boost::json::value { { "title", "Meals again" } }).status, 409);

    // Someone in two groups ranks once: ranking for the second group replaces the first.
    auto both = signed_in_person("Bea Both", "residents");
    ASSERT_EQ(convener_a().patch("/api/v1/people/" + text(both.get("/api/v1/me").json().at("user").at("id")),
                  boost::json::value { { "groups", { "residents", "local_authority" } }, { "organisation_ids", { organisation_of_sector("local_authority") } } }).status,
        200);
    auto const rank_as = [&](std::string const& group) {
        return both.send("PUT", "/api/v1/projects/" + project + "/needs/ranking",
            boost::json::serialize(boost::json::value { { "group", group }, { "need_ids", { c, a } } }), { { "Content-Type", "application/json" } });
    };
    ASSERT_EQ(rank_as("residents").status, 200);
    ASSERT_EQ(rank_as("local_authority").status, 200);
    std::map<std::string, long long> rankers;
    auto const combined = member.get("/api/v1/projects/" + project + "/needs/priority").json();
    for (auto const& group : combined.at("groups").as_array())
        rankers[text(group.at("group"))] = group.at("rankers").as_int64();
    EXPECT_EQ(rankers, (std::map<std::string, long long> { { "local_authority", 11 }, { "residents", 1 } }));
    // Leaving the group takes the ranking out of that group's count.
    ASSERT_EQ(convener_a().patch("/api/v1/people/" + text(both.get("/api/v1/me").json().at("user").at("id")),
                  boost::json::value { { "groups", { "residents" } } }).status,
        200);
    auto const after_leaving = member.get("/api/v1/projects/" + project + "/needs/priority").json();
    for (auto const& group : after_leaving.at("groups").as_array())
        if (group.at("group") == "local_authority")
            EXPECT_EQ(group.at("rankers"), 10);
}

TEST_F(ContributionsApi, WhoseWordsTheyAreIsNeverGuessed)
{
    auto const project = make_project("Whose words project");
    auto convener = convener_a();
    auto const activity = convener.post("/api/v1/projects/" + project + "/activities",
        boost::json::value { { "kind", "tea_and_talk" }, { "title", "Tea" }, { "purpose", "Talk about the day centre." },
            { "starts_at", "2030-06-03T13:00:00Z" }, { "ends_at", "2030-06-03T15:00:00Z" }, { "online_url", "https://meet.example/tea" } });
    ASSERT_EQ(activity.status, 201) << activity.body;
    boost::json::object said { { "kind", "idea" }, { "text", "Open the garden in summer." }, { "source", "activity" },
        { "activity_id", text(activity.json().at("id")) } };
    // An organiser noting what someone unnamed said at an activity must say which group they speak for...
    auto const no_group = convener.post("/api/v1/projects/" + project + "/contributions", boost::json::value(said));
    EXPECT_EQ(error_fields(no_group), std::vector<std::string> { "group" });
    // ...and is not made its author.
    said["group"] = "residents";
    auto const noted = convener.post("/api/v1/projects/" + project + "/contributions", boost::json::value(said));
    ASSERT_EQ(noted.status, 201) << noted.body;
    EXPECT_TRUE(noted.json().at("author").is_null());
    EXPECT_EQ(text(noted.json().at("recorded_by").at("id")), s_convener_a_id);
    for (auto const& item : items(convener.get("/api/v1/me/you-said-we-did")))
        EXPECT_NE(text(item.at("id")), text(noted.json().at("id")));

    // Someone with no group in their profile is asked for one rather than counted as a resident.
    auto nobody = person_with_session("Nia Nogroup", "residents");
    ASSERT_EQ(convener.patch("/api/v1/people/" + nobody.id, boost::json::value { { "groups", boost::json::array {} } }).status, 200);
    auto const refused = nobody.client.post("/api/v1/projects/" + project + "/contributions",
        boost::json::value { { "kind", "idea" }, { "text", "More benches." } });
    EXPECT_EQ(error_fields(refused), std::vector<std::string> { "group" });
    EXPECT_EQ(items(convener.get("/api/v1/projects/" + project + "/contributions")).size(), 1u);
}

TEST_F(ContributionsApi, NeedsAreKeptByOrganisers)
{
    auto const project = make_project("Needs project");
    auto member = member_a();
    auto const evidence = contribute(member, project, { { "kind", "need" }, { "text", "A lift that works." } });
    auto const path = "/api/v1/projects/" + project + "/needs";
    EXPECT_EQ(member.post(path, boost::json::value { { "title", "Lift" } }).json().at("code"), "forbidden");
    EXPECT_EQ(error_fields(convener_a().post(path, boost::json::value { { "title", "" }, { "contribution_ids", { "nonsense" } } })),
        (std::vector<std::string> { "contribution_ids", "title" }));
    // Evidence must come from this project.
    auto const elsewhere = make_project("Another needs project");
    auto const foreign = contribute(member, elsewhere, { { "kind", "need" }, { "text", "Parking." } });
    EXPECT_EQ(error_fields(convener_a().post(path, boost::json::value { { "title", "Parking" }, { "contribution_ids", { foreign } } })),
        std::vector<std::string> { "contribution_ids" });
    EXPECT_EQ(items(member.get(path)).size(), 0u);

    auto const id = need(project, "Step-free access", { evidence });
    auto const patched = convener_a().patch("/api/v1/needs/" + id, boost::json::value { { "communities", { "wheelchair-users" } } });
    ASSERT_EQ(patched.status, 200) << patched.body;
    EXPECT_EQ(patched.json().at("communities"), (boost::json::array { "wheelchair-users" }));
    EXPECT_EQ(patched.json().at("evidence"), (boost::json::array { { { "group", "residents" }, { "count", 1 } } }));
    EXPECT_EQ(convener_b().get(path).status, 404);
    EXPECT_EQ(anonymous().get(path).status, 401);
    auto const detail = member.get("/api/v1/contributions/" + evidence).json();
    ASSERT_EQ(detail.at("needs").as_array().size(), 1u);
    EXPECT_EQ(detail.at("needs").as_array()[0].at("title"), "Step-free access");
}

}
}
