// Surveys: answers checked per kind, one answer per person (anonymous too),
// CSV export and import that round-trip awkward text, and imports that are
// all rows or none.

#include <algorithm>
#include <cstdio>
#include <set>
#include <filesystem>
#include <fstream>

#include <boost/json.hpp>

#include "core/crypto.hpp"
#include "support/api_fixture.hpp"

namespace rt::test {
namespace {

class SurveysApi : public ApiTest {
protected:
    static std::string make_project(std::string const& title)
    {
        auto convener = convener_a();
        EXPECT_EQ(convener.patch("/api/v1/people/" + s_convener_a_id, boost::json::value { { "groups", { "local_authority" } }, { "organisation_ids", { organisation_of_sector("local_authority") } } }).status, 200);
        auto const response = convener.post("/api/v1/projects",
            boost::json::value { { "title", title }, { "summary", "Ask people what they think." }, { "interests", { "no-match-surveys" } },
                { "charter", { { "required_groups", { "residents" } },
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

    static boost::json::object survey(std::string const& title, bool anonymous = false)
    {
        return { { "title", title }, { "anonymous", anonymous }, { "opens_at", "2020-01-01T00:00:00Z" }, { "closes_at", "2099-01-01T00:00:00Z" },
            { "questions",
                { { { "kind", "free_text" }, { "text", "What would make the centre better?" } },
                    { { "kind", "single_choice" }, { "text", "How do you get here?" }, { "options", { "Bus", "Walk, or wheel", "Car" } },
                        { "translations", { { "pl", { { "text", "Jak tu docierasz?" }, { "options", { "Autobus", "Pieszo", "Samochód" } } } } } } },
                    { { "kind", "multiple_choice" }, { "text", "Which days suit you?" }, { "options", { "Monday", "Wednesday", "Friday" } } },
                    { { "kind", "scale" }, { "text", "How welcome do you feel?" } },
                    { { "kind", "ranking" }, { "text", "Put these in order" }, { "options", { "Meals", "Trips", "Company" } } },
                    { { "kind", "free_text" }, { "text", "Anything else?" }, { "required", false } } } } };
    }

    static std::string create(std::string const& project, boost::json::object body)
    {
        auto const response = convener_a().post("/api/v1/projects/" + project + "/surveys", boost::json::value(std::move(body)));
        EXPECT_EQ(response.status, 201) << response.body;
        return text(response.json().at("id"));
    }

    static std::vector<std::string> question_ids(std::string const& survey_id)
    {
        std::vector<std::string> ids;
        auto const survey = convener_a().get("/api/v1/surveys/" + survey_id).json();
        for (auto const& question : survey.at("questions").as_array())
            ids.push_back(text(question.at("id")));
        return ids;
    }

    static boost::json::value answers(std::vector<std::string> const& ids, std::string const& free_text, std::string const& choice)
    {
        return { { "answers",
            { { { "question_id", ids[0] }, { "value", free_text } }, { { "question_id", ids[1] }, { "value", choice } },
                { { "question_id", ids[2] }, { "value", { "Monday", "Friday" } } }, { { "question_id", ids[3] }, { "value", 4 } },
                { { "question_id", ids[4] }, { "value", { "Company", "Meals", "Trips" } } } } } };
    }

    static HttpResponse import(std::string const& survey_id, std::string const& csv, std::string const& query = "")
    {
        return convener_a().send("POST", "/api/v1/surveys/" + survey_id + "/responses/import" + query, csv, { { "Content-Type", "text/csv" } });
    }

    // The answers of every response, keyed by question text, to compare two surveys.
    static std::vector<std::map<std::string, std::string>> answers_by_text(std::string const& survey_id)
    {
        auto const survey = convener_a().get("/api/v1/surveys/" + survey_id).json();
        std::vector<std::map<std::string, std::string>> rows;
        for (auto const& response : items(convener_a().get("/api/v1/surveys/" + survey_id + "/responses"))) {
            std::map<std::string, std::string> row { { "group", text(response.at("group")) } };
            for (auto const& question : survey.at("questions").as_array())
                if (auto const* value = response.at("answers").as_object().if_contains(text(question.at("id"))))
                    row[text(question.at("text"))] = boost::json::serialize(*value);
            rows.push_back(std::move(row));
        }
        std::ranges::sort(rows);
        return rows;
    }
};

TEST_F(SurveysApi, AnswersAreCheckedAndGivenOnce)
{
    auto const project = make_project("Survey answers");
    auto const id = create(project, survey("Day centre survey"));
    auto const ids = question_ids(id);
    auto member = member_a();
    auto const path = "/api/v1/surveys/" + id + "/responses";

    auto bad = answers(ids, "More trips", "Taxi");
    bad.as_object()["answers"].as_array()[3].as_object()["value"] = 9;
    auto const refused = member.post(path, bad);
    EXPECT_EQ(refused.status, 422);
    auto expected_fields = std::vector<std::string> { "answers." + ids[1], "answers." + ids[3] };
    std::ranges::sort(expected_fields); // error_fields lists them in name order
    EXPECT_EQ(error_fields(refused), expected_fields);
    auto const missing = member.post(path, boost::json::value { { "answers", boost::json::array {} } });
    EXPECT_EQ(error_fields(missing).size(), 5u); // every required question; the optional one is not named
    EXPECT_EQ(member.get("/api/v1/surveys/" + id).json().at("responses"), 0);

    // Options may be given in a translation; the original text is stored.
    auto const given = member.post(path, answers(ids, "More trips", "Autobus"));
    ASSERT_EQ(given.status, 201) << given.body;
    EXPECT_EQ(given.json().at("group"), "residents");
    EXPECT_EQ(member.post(path, answers(ids, "Again", "Bus")).status, 409);
    EXPECT_EQ(member.get("/api/v1/surveys/" + id).json().at("my_response"), true);

    auto const responses = items(convener_a().get(path));
    ASSERT_EQ(responses.size(), 1u);
    EXPECT_EQ(responses[0].at("answers").at(ids[1]), "Bus");
    EXPECT_EQ(text(responses[0].at("respondent").at("id")), s_member_a_id);

    // Results: by hand, one response; scale mean 4; ranking places Company 1, Meals 2, Trips 3.
    auto const results = member.get("/api/v1/surveys/" + id + "/results").json();
    EXPECT_EQ(results.at("responses"), 1);
    auto const questions = results.at("questions").as_array();
    EXPECT_EQ(questions[1].at("counts").at("Bus"), 1);
    EXPECT_EQ(questions[1].at("counts").at("Car"), 0);
    EXPECT_EQ(questions[2].at("counts").at("Friday"), 1);
    EXPECT_DOUBLE_EQ(questions[3].at("mean").to_number<double>(), 4.0);
    EXPECT_DOUBLE_EQ(questions[4].at("mean_rank").at("Company").to_number<double>(), 1.0);
    EXPECT_DOUBLE_EQ(questions[4].at("mean_rank").at("Trips").to_number<double>(), 3.0);
}

TEST_F(SurveysApi, ClosedSurveysAndPermissions)
{
    auto const project = make_project("Survey rules");
    auto body = survey("Closed survey");
    body["closes_at"] = "2021-01-01T00:00:00Z";
    auto const closed = create(project, body);
    auto const ids = question_ids(closed);
    auto const late = member_a().post("/api/v1/surveys/" + closed + "/responses", answers(ids, "x", "Bus"));
    EXPECT_EQ(late.status, 409);
    EXPECT_EQ(late.json().at("code"), "closed");

    auto const path = "/api/v1/projects/" + project + "/surveys";
    auto invalid = survey("");
    invalid["closes_at"] = "2019-01-01T00:00:00Z";
    invalid["questions"].as_array()[1].as_object()["options"] = boost::json::array { "Only one" };
    auto const refused = convener_a().post(path, boost::json::value(invalid));
    EXPECT_EQ(refused.status, 422);
    EXPECT_EQ(error_fields(refused), (std::vector<std::string> { "closes_at", "questions[1].options", "questions[1].translations.pl.options", "title" }));
    EXPECT_EQ(items(convener_a().get(path)).size(), 1u);

    // A member who is not an organiser of this project (the convener of
    // another partnership, an anonymous caller) is refused each in their way.
    auto const open = create(project, survey("Open survey"));
    EXPECT_EQ(convener_b().get("/api/v1/surveys/" + open).status, 404);
    EXPECT_EQ(convener_b().post(path, boost::json::value(survey("B's survey"))).status, 404);
    EXPECT_EQ(anonymous().get("/api/v1/surveys/" + open).status, 401);
    EXPECT_EQ(anonymous().get("/api/v1/surveys/" + open + "/responses.csv").status, 401);

    // Someone who takes part but does not run the project.
    auto const created = convener_a().post("/api/v1/people",
        boost::json::value { { "name", "Pat Participant" }, { "email", unique_email("pat") }, { "groups", { "residents" } } });
    ASSERT_EQ(created.status, 201);
    std::string const url { created.json().at("invite_url").as_string() };
    auto pat = anonymous();
    auto const accepted = pat.post("/api/v1/auth/accept-invite",
        boost::json::value { { "token", url.substr(url.find("token=") + 6) }, { "password", k_password } });
    ASSERT_EQ(accepted.status, 200);
    pat.set_csrf_token(std::string { accepted.json().at("csrf_token").as_string() });
    EXPECT_EQ(pat.post(path, boost::json::value(survey("Mine"))).json().at("code"), "forbidden");
    EXPECT_EQ(pat.get("/api/v1/surveys/" + open + "/responses").json().at("code"), "forbidden");
    EXPECT_EQ(pat.get("/api/v1/surveys/" + open + "/responses.csv").json().at("code"), "forbidden");
    EXPECT_EQ(pat.send("POST", "/api/v1/surveys/" + open + "/responses/import", "a\n1\n", { { "Content-Type", "text/csv" } }).json().at("code"),
        "forbidden");
    EXPECT_EQ(pat.post("/api/v1/surveys/" + open + "/responses", answers(question_ids(open), "Pat's view", "Car")).status, 201);
}

TEST_F(SurveysApi, CsvExportImportsBackUnchanged)
{
    auto const project = make_project("Survey round trip");
    auto const first = create(project, survey("Round trip"));
    auto const ids = question_ids(first);
    std::string const awkward = "Cheaper, hotter meals;\nand \"proper\" tea — شكرا لكم";
    ASSERT_EQ(member_a().post("/api/v1/surveys/" + first + "/responses", answers(ids, awkward, "Walk, or wheel")).status, 201);
    ASSERT_EQ(convener_a().post("/api/v1/surveys/" + first + "/responses", answers(ids, "=SUM(A1:A9) is not a formula", "Car")).status, 201);

    auto const exported = convener_a().get("/api/v1/surveys/" + first + "/responses.csv");
    ASSERT_EQ(exported.status, 200);
    EXPECT_EQ(exported.header("content-type"), "text/csv; charset=utf-8");
    auto const& csv = exported.body;
    ASSERT_TRUE(csv.starts_with("\xEF\xBB\xBF"));
    // Written by hand from RFC 4180: quotes doubled, the field quoted, the line break kept.
    EXPECT_NE(csv.find("\"Cheaper, hotter meals;\nand \"\"proper\"\" tea — شكرا لكم\""), std::string::npos);
    EXPECT_NE(csv.find("\"'=SUM(A1:A9) is not a formula\""), std::string::npos);
    EXPECT_NE(csv.find(",\"Walk, or wheel\","), std::string::npos);
    EXPECT_NE(csv.find("Monday; Friday"), std::string::npos);
    EXPECT_NE(csv.find("\r\n"), std::string::npos);

    auto const second = create(project, survey("Round trip, imported"));
    auto const imported = import(second, csv);
    ASSERT_EQ(imported.status, 201) << imported.body;
    EXPECT_EQ(imported.json().at("imported"), 2);
    EXPECT_EQ(imported.json().at("ignored_columns"), (boost::json::array { "Response ID", "Submitted at", "Respondent" }));
    EXPECT_EQ(imported.json().at("unknown_columns"), boost::json::array {});
    EXPECT_EQ(answers_by_text(second), answers_by_text(first));
    for (auto const& response : items(convener_a().get("/api/v1/surveys/" + second + "/responses"))) {
        EXPECT_TRUE(response.at("respondent").is_null());
        EXPECT_EQ(response.at("source"), "import");
    }
}

TEST_F(SurveysApi, OneBadRowImportsNothingAndNamesItsLine)
{
    auto const project = make_project("Survey import errors");
    auto const id = create(project, survey("Import errors"));
    std::string const header = "Timestamp,Group,What would make the centre better?,How do you get here?,Which days suit you?,"
                               "How welcome do you feel?,Put these in order,Favourite colour\r\n";
    // Line 2 is a good row whose answer runs over two lines (2 and 3);
    // line 4 has a scale of 7; line 5 an option that does not exist.
    std::string const csv = header + "2026-11-01,residents,\"Two\nlines\",Bus,Monday,3,Meals;Trips;Company,blue\r\n"
        + "2026-11-01,Residents,Fine,Car,Friday,7,Meals;Trips;Company,red\r\n"
        + "2026-11-01,staff,Fine,Boat,Friday,2,Meals;Trips;Company,green\r\n";
    auto const refused = import(id, csv);
    ASSERT_EQ(refused.status, 422) << refused.body;
    auto const rows = refused.json().at("rows").as_array();
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].at("line"), 4);
    EXPECT_EQ(rows[0].at("column"), "How welcome do you feel?");
    EXPECT_EQ(rows[1].at("line"), 5);
    EXPECT_EQ(rows[1].at("column"), "How do you get here?");
    EXPECT_EQ(convener_a().get("/api/v1/surveys/" + id).json().at("responses"), 0);

    // Broken quoting is named by the line its row starts on.
    auto const unterminated = import(id, header + "2026-11-01,residents,Fine,Bus,Monday,3,Meals;Trips;Company,x\r\n"
            + "2026-11-01,residents,\"Never closed,Bus,Monday,3,Meals;Trips;Company,x\r\n");
    ASSERT_EQ(unterminated.status, 422);
    EXPECT_EQ(unterminated.json().at("rows").as_array()[0].at("line"), 3);
    auto const short_row = import(id, header + "2026-11-01,residents,Fine\r\n");
    EXPECT_EQ(short_row.json().at("rows").as_array()[0].at("line"), 2);
    EXPECT_EQ(import(id, header.substr(0, header.find("Group")) + "x\r\n1\r\n").json().at("errors").as_object().contains("group"), true);
    EXPECT_EQ(convener_a().get("/api/v1/surveys/" + id).json().at("responses"), 0);
    EXPECT_EQ(convener_a().post("/api/v1/surveys/" + id + "/responses/import", boost::json::value { { "csv", "a" } }).status, 415);
    // The import's large limit is only for a signed-in session: anyone else
    // is refused from the header, before the server holds any of the body.
    auto const unsigned_reply = raw_exchange(s_server->port(), "POST /api/v1/surveys/" + id + "/responses/import HTTP/1.1\r\nHost: test\r\n"
                                                                "Content-Type: text/csv\r\nContent-Length: 10000000\r\n\r\n");
    EXPECT_TRUE(unsigned_reply.starts_with("HTTP/1.1 413")) << unsigned_reply.substr(0, 80);

    // The good rows on their own go in, the unknown column reported.
    auto const good = import(id, header + "2026-11-01,residents,\"Two\nlines\",Bus,Monday,3,Meals;Trips;Company,blue\r\n");
    ASSERT_EQ(good.status, 201) << good.body;
    EXPECT_EQ(good.json().at("imported"), 1);
    EXPECT_EQ(good.json().at("unknown_columns"), (boost::json::array { "Favourite colour" }));
    auto const stored = items(convener_a().get("/api/v1/surveys/" + id + "/responses"));
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored[0].at("answers").at(question_ids(id)[0]), "Two\nlines");
}

TEST_F(SurveysApi, AnonymousSurveysNeverNameTheRespondent)
{
    auto const project = make_project("Anonymous survey");
    auto const id = create(project, survey("Anonymous", true));
    auto const ids = question_ids(id);
    auto member = member_a();
    auto const member_name = text(member.get("/api/v1/me").json().at("user").at("name"));
    auto const given = member.post("/api/v1/surveys/" + id + "/responses", answers(ids, "I am lonely at weekends.", "Bus"));
    ASSERT_EQ(given.status, 201);
    EXPECT_EQ(member.post("/api/v1/surveys/" + id + "/responses", answers(ids, "Twice", "Bus")).status, 409);

    auto convener = convener_a();
    for (auto const& target : { "/api/v1/surveys/" + id + "/responses", "/api/v1/surveys/" + id + "/responses.csv",
             "/api/v1/surveys/" + id + "/results", "/api/v1/projects/" + project + "/timeline" }) {
        auto const response = convener.get(target);
        ASSERT_EQ(response.status, 200) << target;
        EXPECT_EQ(response.body.find(s_member_a_id), std::string::npos) << target;
        EXPECT_EQ(response.body.find(member_name), std::string::npos) << target;
    }
    auto const csv = convener.get("/api/v1/surveys/" + id + "/responses.csv").body;
    EXPECT_EQ(csv.find("Respondent"), std::string::npos);
    auto const responses = items(convener.get("/api/v1/surveys/" + id + "/responses"));
    ASSERT_EQ(responses.size(), 1u);
    EXPECT_TRUE(responses[0].at("respondent").is_null());
    // Only the day is kept, so the order of answers cannot be matched to who answered.
    EXPECT_TRUE(text(responses[0].at("created_at")).ends_with("T00:00:00Z"));

    // Turned into a contribution, it stays anonymous.
    auto const contribution = convener.post("/api/v1/surveys/" + id + "/responses/" + text(responses[0].at("id")) + "/contribution",
        boost::json::value { { "question_id", ids[0] }, { "kind", "experience" } });
    ASSERT_EQ(contribution.status, 201) << contribution.body;
    EXPECT_TRUE(contribution.json().at("author").is_null());
    EXPECT_EQ(contribution.json().at("anonymous"), true);
    EXPECT_EQ(contribution.body.find(s_member_a_id), std::string::npos);
}

TEST_F(SurveysApi, AFreeTextAnswerBecomesAContributionOnce)
{
    auto const project = make_project("Survey to contribution");
    auto const id = create(project, survey("Named"));
    auto const ids = question_ids(id);
    ASSERT_EQ(member_a().post("/api/v1/surveys/" + id + "/responses", answers(ids, "A bus from the estate.", "Bus")).status, 201);
    auto const response_id = text(items(convener_a().get("/api/v1/surveys/" + id + "/responses"))[0].at("id"));
    auto const path = "/api/v1/surveys/" + id + "/responses/" + response_id + "/contribution";

    EXPECT_EQ(error_fields(convener_a().post(path, boost::json::value { { "question_id", ids[1] }, { "kind", "need" } })),
        std::vector<std::string> { "question_id" });
    EXPECT_EQ(member_a().post(path, boost::json::value { { "question_id", ids[0] }, { "kind", "need" } }).status, 403);
    EXPECT_EQ(convener_b().post(path, boost::json::value { { "question_id", ids[0] }, { "kind", "need" } }).status, 404);
    auto const created = convener_a().post(path, boost::json::value { { "question_id", ids[0] }, { "kind", "need" } });
    ASSERT_EQ(created.status, 201) << created.body;
    EXPECT_EQ(text(created.json().at("author").at("id")), s_member_a_id);
    EXPECT_EQ(created.json().at("source"), "survey");
    EXPECT_EQ(created.json().at("text"), "A bus from the estate.");
    EXPECT_EQ(convener_a().post(path, boost::json::value { { "question_id", ids[0] }, { "kind", "need" } }).status, 409);

    // It reaches the respondent's "you said, we did" with its answer.
    auto const contribution_id = text(created.json().at("id"));
    ASSERT_EQ(convener_a().post("/api/v1/contributions/" + contribution_id + "/response",
                  boost::json::value { { "status", "adopted" }, { "response", "A minibus runs from the estate on Tuesdays." } }).status,
        200);
    bool seen = false;
    for (auto const& item : items(member_a().get("/api/v1/me/you-said-we-did"))) {
        if (text(item.at("id")) == contribution_id) {
            seen = true;
            EXPECT_EQ(item.at("status"), "adopted");
            EXPECT_EQ(item.at("response"), "A minibus runs from the estate on Tuesdays.");
        }
    }
    EXPECT_TRUE(seen);
}

// A download of many rows is streamed in pages and arrives whole: the rows are
// counted and their answers hashed by Python's csv module, against the
// answers this test imported.
TEST_F(SurveysApi, ALargeCsvDownloadIsStreamedAndComplete)
{
    auto const project = make_project("Survey streamed");
    auto const id = create(project, { { "title", "Many answers" }, { "opens_at", "2020-01-01T00:00:00Z" }, { "closes_at", "2099-01-01T00:00:00Z" },
                                        { "questions", { { { "kind", "free_text" }, { "text", "Your words" } } } } });
    // More rows than several pages (200 a page); quotes, commas and line breaks to quote.
    int const rows = 2345;
    std::vector<std::string> expected;
    std::string upload = "Your words\r\n";
    for (int i = 0; i < rows; ++i) {
        auto answer = "Answer " + std::to_string(i) + ", \"quoted\"" + (i % 7 == 0 ? "\nsecond line" : "");
        expected.push_back(answer);
        std::string quoted;
        for (char const c : answer)
            quoted += c == '"' ? std::string { "\"\"" } : std::string(1, c);
        upload += "\"" + quoted + "\"\r\n";
    }
    auto const imported = import(id, upload, "?group=residents");
    ASSERT_EQ(imported.status, 201) << imported.body;
    ASSERT_EQ(imported.json().at("imported"), rows);

    auto const exported = convener_a().get("/api/v1/surveys/" + id + "/responses.csv");
    ASSERT_EQ(exported.status, 200) << exported.body.substr(0, 300);
    EXPECT_EQ(exported.header("transfer-encoding"), "chunked");
    EXPECT_EQ(exported.header("content-type"), "text/csv; charset=utf-8");

    auto const file = std::filesystem::temp_directory_path() / ("rt-stream-" + random_token(8) + ".csv");
    std::ofstream { file, std::ios::binary } << exported.body;
    std::string const script = "import csv, hashlib, sys\n"
                               "rows = list(csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline='')))\n"
                               "column = rows[0].index('Your words')\n"
                               "answers = sorted(row[column] for row in rows[1:])\n"
                               "print(len(rows) - 1, hashlib.sha256('\\n'.join(answers).encode()).hexdigest())\n";
    auto const script_file = file.string() + ".py";
    std::ofstream { script_file } << script;
    std::string output;
    if (auto* pipe = popen(("/usr/bin/python3 " + script_file + " " + file.string()).c_str(), "r")) {
        char buffer[256];
        while (fgets(buffer, sizeof buffer, pipe))
            output += buffer;
        pclose(pipe);
    }
    std::filesystem::remove(file);
    std::filesystem::remove(script_file);

    std::ranges::sort(expected);
    std::string joined;
    for (auto const& answer : expected)
        joined += (joined.empty() ? "" : "\n") + answer;
    EXPECT_EQ(output, std::to_string(rows) + " " + sha256_hex(joined) + "\n");

    // The same rows page by page through the JSON list, each once.
    std::set<std::string> seen;
    std::string target = "/api/v1/surveys/" + id + "/responses?limit=200";
    for (int pages = 0; pages < 50; ++pages) {
        auto const page = convener_a().get(target).json();
        for (auto const& response : page.at("items").as_array())
            seen.insert(text(response.at("id")));
        if (page.at("next_cursor").is_null())
            break;
        target = "/api/v1/surveys/" + id + "/responses?limit=200&after=" + text(page.at("next_cursor"));
    }
    EXPECT_EQ(seen.size(), static_cast<std::size_t>(rows));
}

}
}
