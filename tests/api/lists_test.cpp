// Every list pages (docs/api.md, Conventions): the routes are read from the
// OpenAPI document the server serves, not listed here, so a list added
// without paging fails this test. The data is made in a partnership of its
// own so that every list has at least two items and nothing else in it.

#include <set>

#include <boost/json.hpp>

#include "support/api_fixture.hpp"

namespace rt::test {
namespace {

class ListsApi : public ApiTest {
protected:
    // The ids that fill a path's {id}, by the collection named before it
    // (/projects/{id}/..., /activities/{id}/...).
    static inline std::map<std::string, std::string> s_ids;
    static inline std::unique_ptr<HttpClient> s_convener;

    static void SetUpTestSuite()
    {
        ApiTest::SetUpTestSuite();
        auto const email = unique_email("convener-lists");
        auto const init = run_roundtable({ "init", "--db", s_database->url(), "--partnership", "Partnership of lists", "--admin-email", email,
            "--admin-name", "Lena Lister", "--password", k_password });
        ASSERT_EQ(init.exit_code, 0) << init.output;
        s_convener = std::make_unique<HttpClient>(fresh_session(email));
        build(*s_convener);
    }

    static void TearDownTestSuite()
    {
        s_convener.reset();
        ApiTest::TearDownTestSuite();
    }

    static std::string created(HttpResponse const& response, std::string const& what)
    {
        EXPECT_EQ(response.status, 201) << what << ": " << response.body;
        return response.json().is_object() && response.json().as_object().contains("id") ? text(response.json().at("id")) : std::string {};
    }

    static void build(HttpClient& convener)
    {
        auto const me = text(convener.get("/api/v1/me").json().at("user").at("id"));
        // Two organisations the convener acts for, both matching the project's interest:
        // the project invites both, and once sent they are the convener's open invitations.
        std::vector<std::string> organisations;
        for (auto const* name : { "Allotment Society", "Bridge Club" })
            organisations.push_back(created(convener.post("/api/v1/organisations",
                                                boost::json::value { { "name", name }, { "sector", "vcs" }, { "interests", { "lists-walk" } } }),
                name));
        auto const mine = convener.patch("/api/v1/people/" + me,
            boost::json::value { { "groups", { "residents" } }, { "organisation_ids", { organisations[0], organisations[1] } } });
        ASSERT_EQ(mine.status, 200) << mine.body;

        // Pat reads Polish, so published texts lack a language the members read.
        auto const pat_email = unique_email("pat-lists");
        auto const pat = convener.post("/api/v1/people", boost::json::value { { "name", "Pat Partner" }, { "email", pat_email },
                                                             { "groups", { "service_users_carers" } }, { "preferred_language", "pl" } });
        auto const pat_id = created(pat, "Pat");
        std::string const url { pat.json().at("invite_url").as_string() };
        HttpClient pat_client = anonymous();
        auto const accepted = pat_client.post("/api/v1/auth/accept-invite",
            boost::json::value { { "token", url.substr(url.find("token=") + 6) }, { "password", k_password } });
        ASSERT_EQ(accepted.status, 200) << accepted.body;
        pat_client.set_csrf_token(std::string { accepted.json().at("csrf_token").as_string() });

        auto project_body = [&](std::string const& title, std::string const& interest) {
            return boost::json::value { { "title", title }, { "summary", "We plan the garden together." }, { "interests", { interest } },
                { "charter", { { "co_leads", { { { "person_id", me }, { "group", "residents" } }, { { "person_id", pat_id }, { "group", "service_users_carers" } } } } } } };
        };
        auto const project = created(convener.post("/api/v1/projects", project_body("Community garden", "lists-walk")), "project");
        created(convener.post("/api/v1/projects", project_body("Second project", "lists-other")), "second project");
        s_ids["projects"] = project;
        auto const sent = convener.post("/api/v1/projects/" + project + "/invitations/send");
        ASSERT_EQ(sent.status, 200) << sent.body;

        std::vector<std::string> contributions;
        for (auto const* words : { "More benches, please.", "Raised beds for wheelchair users." })
            contributions.push_back(created(convener.post("/api/v1/projects/" + project + "/contributions",
                                                boost::json::value { { "kind", "idea" }, { "text", words } }),
                "contribution"));
        s_ids["contributions"] = contributions[0];
        // Two needs evidenced by the first contribution: what it shaped.
        for (auto const* title : { "Somewhere to sit", "Beds at a height" })
            created(convener.post("/api/v1/projects/" + project + "/needs",
                        boost::json::value { { "title", title }, { "contribution_ids", { contributions[0] } } }),
                "need");

        std::vector<std::string> activities;
        for (auto const* day : { "2030-05-04", "2030-05-11" })
            activities.push_back(created(convener.post("/api/v1/projects/" + project + "/activities",
                                             boost::json::value { { "kind", "workshop" }, { "title", "Planting day" }, { "purpose", "Plant the beds together." },
                                                 { "starts_at", std::string { day } + "T10:00:00Z" }, { "ends_at", std::string { day } + "T12:00:00Z" },
                                                 { "online_url", "https://meet.example/garden" } }),
                "activity"));
        s_ids["activities"] = activities[0];
        for (auto* client : { &convener, &pat_client }) {
            auto const signed_up = client->post("/api/v1/activities/" + activities[0] + "/rsvp", boost::json::value(boost::json::object {}));
            EXPECT_EQ(signed_up.status, 201) << signed_up.body;
        }
        // Both attend both (recorded early, with a reason, as the activities are to come):
        // attendance, offers, the unpaid list and the convener's claims.
        for (auto const& activity : activities) {
            for (auto const& [person, group] : { std::pair { me, "residents" }, std::pair { pat_id, "service_users_carers" } }) {
                auto const recorded = convener.post("/api/v1/activities/" + activity + "/attendance",
                    boost::json::value { { "person_id", person }, { "group", group }, { "paid_by_employer", false },
                        { "early_reason", "Recorded from the sign-in sheet." } });
                EXPECT_EQ(recorded.status, 201) << recorded.body;
            }
            created(convener.post("/api/v1/claims", boost::json::value { { "activity_id", activity }, { "payment_method", "voucher" },
                                                        { "early_reason", "Claimed with the sign-in sheet." } }),
                "claim");
        }

        std::vector<std::string> proposals;
        for (auto const* title : { "Open on Sundays", "Buy a shed" })
            proposals.push_back(created(convener.post("/api/v1/projects/" + project + "/proposals",
                                            boost::json::value { { "title", title }, { "text", "We try it for a month." }, { "closes_at", "2031-01-01T00:00:00Z" } }),
                "proposal"));
        s_ids["proposals"] = proposals[0];
        for (auto const* words : { "Good idea.", "Who holds the key?" })
            created(convener.post("/api/v1/proposals/" + proposals[0] + "/comments", boost::json::value { { "text", words } }), "comment");

        for (auto const* title : { "Garden volunteer of the year", "Best plot" })
            s_ids["panels"] = created(convener.post("/api/v1/panels",
                                          boost::json::value { { "title", title }, { "kind", "award" },
                                              { "members", { { { "person_id", me }, { "group", "residents" } }, { { "person_id", pat_id }, { "group", "service_users_carers" } } } },
                                              { "criteria", { { { "name", "Kindness" }, { "weight", 1 } } } } }),
                "panel");

        // The finance controls' record: a refused self-grant, then a request for a second convener.
        auto const cal = created(convener.post("/api/v1/people",
                                     boost::json::value { { "name", "Cal Convener" }, { "role", "convener" }, { "groups", { "staff" } } }),
            "second convener");
        EXPECT_EQ(convener.post("/api/v1/people/" + me + "/finance", boost::json::value { { "finance", true } }).status, 403);
        EXPECT_EQ(convener.post("/api/v1/people/" + cal + "/finance", boost::json::value { { "finance", true } }).status, 202);

        std::vector<std::string> surveys;
        for (auto const* title : { "How do you use the garden?", "What should we grow?" })
            surveys.push_back(created(convener.post("/api/v1/projects/" + project + "/surveys",
                                          boost::json::value { { "title", title }, { "opens_at", "2020-01-01T00:00:00Z" }, { "closes_at", "2099-01-01T00:00:00Z" },
                                              { "questions", { { { "kind", "free_text" }, { "text", "Tell us in your own words." } } } } }),
                "survey"));
        s_ids["surveys"] = surveys[0];

        // Two living documents; the first, the project's, published twice and open for comment, with two comments.
        std::vector<std::string> documents;
        documents.push_back(created(convener.post("/api/v1/documents",
                                        boost::json::value { { "title", "Lists strategy" }, { "kind", "strategy" }, { "project_id", project } }),
            "project document"));
        documents.push_back(created(convener.post("/api/v1/documents", boost::json::value { { "title", "Lists plan" }, { "kind", "plan" } }), "plan"));
        auto const vision = created(
            convener.post("/api/v1/documents/" + documents[0] + "/sections", boost::json::value { { "kind", "vision" }, { "heading", "Nobody alone" } }),
            "section");
        for (int version = 1; version <= 2; ++version)
            EXPECT_EQ(convener.post("/api/v1/documents/" + documents[0] + "/publish", boost::json::value { { "note", "Version" } }).status, 201);
        EXPECT_EQ(convener.post("/api/v1/documents/" + documents[0] + "/consultation", boost::json::value { { "closes_at", "2099-01-01T00:00:00Z" } })
                      .status,
            200);
        for (auto const* words : { "Say who it is for.", "Add the evenings." })
            created(convener.post("/api/v1/sections/" + vision + "/comments", boost::json::value { { "text", words } }), "comment");
        s_ids["documents"] = documents[0];
        // Two initiatives (the convener leads for residents), the first with two tasks and two roles.
        std::vector<std::string> initiatives;
        for (auto const* title : { "Hug in a mug", "Garden helpers" })
            initiatives.push_back(created(convener.post("/api/v1/initiatives",
                                              boost::json::value { { "title", title }, { "purpose", "We take treats to people on their own." },
                                                  { "for_whom", "Neighbours who live alone" }, { "leads", { { { "person_id", me }, { "group", "residents" } } } } }),
                "initiative"));
        for (auto const* title : { "Buy mugs", "Write notes" })
            created(convener.post("/api/v1/initiatives/" + initiatives[0] + "/tasks", boost::json::value { { "title", title } }), "task");
        for (auto const* title : { "Making mugs", "Delivering" })
            created(convener.post("/api/v1/initiatives/" + initiatives[0] + "/roles", boost::json::value { { "title", title } }), "role");
        s_ids["initiatives"] = initiatives[0];
        auto const question = text(convener.get("/api/v1/surveys/" + surveys[0]).json().at("questions").at(0).at("id"));
        for (auto* client : { &convener, &pat_client }) {
            auto const answered = client->post("/api/v1/surveys/" + surveys[0] + "/responses",
                boost::json::value { { "answers", { { { "question_id", question }, { "value", "Mostly at weekends." } } } } });
            EXPECT_EQ(answered.status, 201) << answered.body;
        }
    }

    // The schema a GET answers with 200, when it is a list (has `items`).
    static bool is_list(boost::json::object const& document, boost::json::object const& operation)
    {
        auto const* content = operation.at("responses").as_object().if_contains("200");
        if (!content || !content->as_object().contains("content"))
            return false;
        auto const* json = content->at("content").as_object().if_contains("application/json");
        if (!json)
            return false;
        auto const reference = text(json->at("schema").at("$ref"));
        auto const name = reference.substr(reference.rfind('/') + 1);
        auto const& schema = document.at("components").at("schemas").at(name).as_object();
        auto const* properties = schema.if_contains("properties");
        return properties && properties->as_object().contains("items");
    }

    // The path with {id} filled from the data made above; empty when no data fits.
    static std::string filled(std::string const& path)
    {
        auto const at = path.find("/{id}");
        if (at == std::string::npos)
            return path.find('{') == std::string::npos ? path : std::string {};
        auto const collection = path.substr(path.rfind('/', at - 1) + 1, at - path.rfind('/', at - 1) - 1);
        auto const found = s_ids.find(collection);
        if (found == s_ids.end())
            return {};
        return path.substr(0, at) + "/" + found->second + path.substr(at + 5);
    }
};

TEST_F(ListsApi, EveryListInTheOpenApiDocumentPagesWithLimitAndAfter)
{
    auto convener = *s_convener;
    auto const document = anonymous().get("/api/v1/openapi.json").json().as_object();
    std::set<std::string> walked;
    for (auto const& [path, item] : document.at("paths").as_object()) {
        auto const* get = item.as_object().if_contains("get");
        if (!get || !is_list(document, get->as_object()))
            continue;
        std::string const route { path };
        SCOPED_TRACE(route);
        auto const target = filled(route);
        ASSERT_FALSE(target.empty()) << "no test data for the path's ids: add them to ListsApi::build";
        walked.insert(route);

        auto const first = convener.get(target + "?limit=1");
        ASSERT_EQ(first.status, 200) << first.body;
        auto const first_items = items(first);
        ASSERT_EQ(first_items.size(), 1u) << "limit=1 answers one item: " << first.body.substr(0, 300);
        auto const first_body = first.json();
        auto const cursor = first_body.at("next_cursor");
        ASSERT_TRUE(cursor.is_string()) << "a list of two or more has a next page";

        auto const second = convener.get(target + "?limit=1&after=" + text(cursor));
        ASSERT_EQ(second.status, 200) << second.body;
        auto const second_items = items(second);
        ASSERT_EQ(second_items.size(), 1u);
        EXPECT_NE(boost::json::serialize(second_items[0]), boost::json::serialize(first_items[0])) << "the next page goes on from the first";

        // Both pages together are the first two of the whole list, in its order.
        auto const whole = items(convener.get(target + "?limit=200"));
        ASSERT_GE(whole.size(), 2u);
        EXPECT_EQ(boost::json::serialize(whole[0]), boost::json::serialize(first_items[0]));
        EXPECT_EQ(boost::json::serialize(whole[1]), boost::json::serialize(second_items[0]));

        auto const too_many = convener.get(target + "?limit=201");
        EXPECT_EQ(too_many.status, 422) << too_many.body;
        EXPECT_EQ(error_fields(too_many), std::vector<std::string> { "limit" });
        for (auto const* bad : { "0", "ten", "-1" })
            EXPECT_EQ(error_fields(convener.get(target + "?limit=" + bad)), std::vector<std::string> { "limit" }) << bad;
        auto const bad_cursor = convener.get(target + "?after=bm90LWEtY3Vyc29y");
        EXPECT_EQ(bad_cursor.status, 422) << bad_cursor.body;
        EXPECT_EQ(error_fields(bad_cursor), std::vector<std::string> { "after" });
    }
    // The document lists every list there is; a walk over a handful would prove little.
    EXPECT_GE(walked.size(), 20u);
    EXPECT_TRUE(walked.contains("/api/v1/surveys/{id}/responses"));
}

TEST_F(ListsApi, ListsSayHowToPageInTheDocument)
{
    auto const document = anonymous().get("/api/v1/openapi.json").json().as_object();
    for (auto const& [path, item] : document.at("paths").as_object()) {
        auto const* get = item.as_object().if_contains("get");
        if (!get || !is_list(document, get->as_object()))
            continue;
        SCOPED_TRACE(std::string { path });
        std::set<std::string> parameters;
        if (auto const* listed = get->as_object().if_contains("parameters"))
            for (auto const& parameter : listed->as_array())
                parameters.insert(text(parameter.at("name")));
        EXPECT_TRUE(parameters.contains("limit"));
        EXPECT_TRUE(parameters.contains("after"));
        EXPECT_TRUE(get->at("responses").as_object().contains("422"));
    }
}

}
}
