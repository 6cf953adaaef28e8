// The language check: offsets in code points after Polish and Arabic text,
// the partnership's own glossary, acronyms spelled out, and size limits.

#include <boost/json.hpp>

#include "support/api_fixture.hpp"

namespace rt::test {
namespace {

class LanguageApi : public ApiTest {
protected:
    static HttpResponse check(HttpClient& client, boost::json::value body)
    {
        return client.post("/api/v1/language/check", body);
    }

    static boost::json::array jargon(HttpResponse const& response)
    {
        return response.json().at("jargon").as_array();
    }
};

TEST_F(LanguageApi, JargonOffsetsCountCodePointsAfterPolishAndArabic)
{
    // Counted by hand: "Zażółć gęślą jaźń. " is 19 code points (6+1+5+1+5+1),
    // "مرحبا بكم. " is 11 (5+1+4+1): the English starts at 30.
    // "The council will " is 17 more: "commission" starts at 47 (10 long);
    // "commission a new " is 17 more: "step-down provision" starts at 64 (19 long).
    auto member = member_a();
    auto const response = check(member, { { "text", "Zażółć gęślą jaźń. مرحبا بكم. The council will commission a new step-down provision for residents." },
                                            { "locale", "en" } });
    ASSERT_EQ(response.status, 200) << response.body;
    auto const found = jargon(response);
    ASSERT_EQ(found.size(), 2u) << response.body;
    EXPECT_EQ(found[0].at("term"), "commissioning");
    EXPECT_EQ(found[0].at("found"), "commission");
    EXPECT_EQ(found[0].at("offset"), 47);
    EXPECT_EQ(found[0].at("length"), 10);
    EXPECT_EQ(found[0].at("suggestion"), "buying services");
    EXPECT_EQ(found[1].at("term"), "step-down provision");
    EXPECT_EQ(found[1].at("offset"), 64);
    EXPECT_EQ(found[1].at("length"), 19);
    EXPECT_EQ(response.json().at("meets_target"), false);
}

TEST_F(LanguageApi, AnAcronymSpelledOutIsExplained)
{
    auto member = member_a();
    auto const response = check(member, { { "text", "The Integrated Care Board (ICB) met on Monday. The ICB and the XQZ agreed a plan." } });
    ASSERT_EQ(response.status, 200);
    int explained = 0, unexplained = 0;
    for (auto const& hit : jargon(response)) {
        if (hit.at("kind") != "acronym")
            continue;
        if (hit.at("explained").as_bool()) {
            EXPECT_EQ(hit.at("term"), "ICB");
            ++explained;
        } else {
            EXPECT_EQ(hit.at("found"), "XQZ"); // in no glossary, never spelled out
            EXPECT_EQ(hit.at("suggestion"), "");
            ++unexplained;
        }
    }
    EXPECT_EQ(explained, 2);
    EXPECT_EQ(unexplained, 1);
}

TEST_F(LanguageApi, ThePartnershipsOwnGlossaryTakesEffect)
{
    auto convener = convener_a();
    std::string const text = "We will commission the lunch club and review the wellbeing hub.";
    auto const before = check(convener, { { "text", text } });
    ASSERT_EQ(before.status, 200);
    EXPECT_EQ(jargon(before).size(), 1u); // commission

    // A new term of the partnership's own, and a shipped one switched off.
    auto const added = convener.post("/api/v1/glossary", boost::json::value { { "term", "wellbeing hub" }, { "plain", "drop-in centre" },
                                                            { "explanation", "A place to drop in for advice and company." } });
    ASSERT_EQ(added.status, 200) << added.body;
    ASSERT_EQ(convener.post("/api/v1/glossary", boost::json::value { { "term", "Commissioning" }, { "enabled", false } }).status, 200);
    auto const after = check(convener, { { "text", text } });
    auto const found = jargon(after);
    ASSERT_EQ(found.size(), 1u) << after.body;
    EXPECT_EQ(found[0].at("term"), "wellbeing hub");
    EXPECT_EQ(found[0].at("suggestion"), "drop-in centre");

    // The glossary lists both changes; another partnership is untouched.
    bool listed = false;
    for (auto const& term : items(convener.get("/api/v1/glossary")))
        if (term.at("term") == "Commissioning")
            listed = term.at("enabled") == false && term.at("source") == "partnership";
    EXPECT_TRUE(listed);
    auto other = convener_b();
    EXPECT_EQ(jargon(check(other, { { "text", text } })).size(), 1u);
    EXPECT_EQ(jargon(check(other, { { "text", text } }))[0].at("term"), "commissioning");

    // Only conveners change the glossary; bad input changes nothing.
    EXPECT_EQ(member_a().post("/api/v1/glossary", boost::json::value { { "term", "hub" }, { "plain", "centre" } }).json().at("code"), "forbidden");
    EXPECT_EQ(error_fields(convener.post("/api/v1/glossary", boost::json::value { { "term", "x" } })), std::vector<std::string> { "term" });
    EXPECT_EQ(error_fields(convener.post("/api/v1/glossary", boost::json::value { { "term", "brand new term" } })), std::vector<std::string> { "plain" });
    // Switched off and on again: the shipped words come back without retyping.
    auto const again = convener.post("/api/v1/glossary", boost::json::value { { "term", "Commissioning" }, { "enabled", true } });
    ASSERT_EQ(again.status, 200) << again.body;
    EXPECT_EQ(again.json().at("plain"), "buying services");
    ASSERT_EQ(convener.post("/api/v1/glossary", boost::json::value { { "term", "Commissioning" }, { "enabled", false } }).status, 200);
    EXPECT_EQ(anonymous().get("/api/v1/glossary").status, 401);
}

TEST_F(LanguageApi, BadInputAndSizeLimits)
{
    auto member = member_a();
    EXPECT_EQ(error_fields(check(member, boost::json::object {})), std::vector<std::string> { "text" });
    EXPECT_EQ(error_fields(check(member, { { "text", "Hello." }, { "locale", "not a locale" } })), std::vector<std::string> { "locale" });
    EXPECT_EQ(anonymous().post("/api/v1/language/check", boost::json::value { { "text", "Hello." } }).status, 401);

    // About 1 MB of text is answered; the request body limit is 3 MB.
    std::string megabyte;
    while (megabyte.size() < 1000000)
        megabyte += "Come to the meeting on Tuesday and bring a friend. ";
    auto const big = check(member, { { "text", megabyte } });
    ASSERT_EQ(big.status, 200);
    EXPECT_EQ(big.json().at("sentences"), static_cast<std::int64_t>(megabyte.size() / 51));
    std::string too_big(3 * 1024 * 1024 + 10, 'a');
    EXPECT_EQ(check(member, { { "text", too_big } }).status, 413);
}

TEST_F(LanguageApi, EasyReadHasStricterTargets)
{
    auto member = member_a();
    std::string const text = "We are going to meet at the community centre on the high street next to the library on Tuesday afternoon.";
    auto const standard = check(member, { { "text", text } });
    auto const easy = check(member, { { "text", text }, { "easy_read", true } });
    // We are going to meet at the community centre on the high street next to
    // the library on Tuesday afternoon: 20 words, a long sentence only for Easy Read (over 15).
    EXPECT_EQ(standard.json().at("long_sentences").as_array().size(), 0u);
    ASSERT_EQ(easy.json().at("long_sentences").as_array().size(), 1u);
    EXPECT_EQ(easy.json().at("long_sentences").as_array()[0].at("words"), 20);
    EXPECT_EQ(easy.json().at("meets_target"), false);
    EXPECT_EQ(easy.json().at("target").at("max_sentence_words"), 15);
}

TEST_F(LanguageApi, PublishedTextsAreRecordedAndAHardRuleRefusesThem)
{
    auto convener = convener_a();
    ASSERT_EQ(convener.patch("/api/v1/people/" + s_convener_a_id, boost::json::value { { "groups", { "local_authority" } }, { "organisation_ids", { organisation_of_sector("local_authority") } } }).status, 200);
    auto cora = convener.post("/api/v1/people", boost::json::value { { "name", "Cora Colead" }, { "groups", { "residents" } } });
    auto project = [&](std::string const& title, std::string const& summary) {
        return convener.post("/api/v1/projects",
            boost::json::value { { "title", title }, { "summary", summary }, { "interests", { "no-match-language" } },
                { "charter", { { "co_leads", { { { "person_id", s_convener_a_id }, { "group", "local_authority" } },
                                                   { { "person_id", text(cora.json().at("id")) }, { "group", "residents" } } } } } } });
    };
    std::string const jargon = "We will commission a holistic reablement pathway for service users.";
    auto const allowed = project("Below target", jargon);
    ASSERT_EQ(allowed.status, 201) << allowed.body;
    auto const plain = project("Plain", "We want to hear what you think about the day centre.");
    ASSERT_EQ(plain.status, 201);
    auto const published = member_a().get("/api/v1/language/published").json();
    EXPECT_EQ(published.at("published"), 2);
    EXPECT_EQ(published.at("meeting_target"), 1);
    EXPECT_DOUBLE_EQ(published.at("share_meeting_target").to_number<double>(), 0.5);

    // As a hard rule: refused, naming the field, and nothing is written.
    EXPECT_EQ(member_a().send("PUT", "/api/v1/language/settings", R"({"hard_rule":true,"min_reading_ease":60})", { { "Content-Type", "application/json" } })
                  .json().at("code"),
        "forbidden");
    ASSERT_EQ(convener.send("PUT", "/api/v1/language/settings", R"({"hard_rule":true,"min_reading_ease":60})", { { "Content-Type", "application/json" } })
                  .status,
        200);
    auto const refused = project("Refused", jargon);
    EXPECT_EQ(refused.status, 422);
    EXPECT_EQ(error_fields(refused), std::vector<std::string> { "summary" });
    bool written = false;
    for (auto const& item : items(convener.get("/api/v1/projects?limit=200")))
        written = written || item.at("title") == "Refused";
    EXPECT_FALSE(written);
    ASSERT_EQ(convener.send("PUT", "/api/v1/language/settings", R"({"hard_rule":false,"min_reading_ease":60})", { { "Content-Type", "application/json" } })
                  .status,
        200);
}

TEST_F(LanguageApi, TranslationsAndEasyReadOfPublishedTexts)
{
    auto convener = convener_a();
    ASSERT_EQ(convener.patch("/api/v1/people/" + s_convener_a_id, boost::json::value { { "groups", { "local_authority" } }, { "organisation_ids", { organisation_of_sector("local_authority") } } }).status, 200);
    auto marta = person_with_session("Marta Polish", "residents");
    ASSERT_EQ(convener.patch("/api/v1/people/" + marta.id, boost::json::value { { "preferred_language", "pl" } }).status, 200);
    auto const created = convener.post("/api/v1/projects",
        boost::json::value { { "title", "Translated" }, { "summary", "Come and tell us about your day." }, { "interests", { "no-match-translated" } },
            { "charter", { { "co_leads", { { { "person_id", s_convener_a_id }, { "group", "local_authority" } },
                                               { { "person_id", marta.id }, { "group", "residents" } } } } } } });
    ASSERT_EQ(created.status, 201) << created.body;
    auto const project = text(created.json().at("id"));

    // Marta reads Polish: the summary needs a Polish translation.
    auto const needed = convener.get("/api/v1/projects/" + project + "/translations-needed").json();
    EXPECT_EQ(needed.at("member_languages"), (boost::json::array { "en", "pl" }));
    ASSERT_EQ(needed.at("items").as_array().size(), 1u);
    EXPECT_EQ(needed.at("items").as_array()[0].at("missing_languages"), (boost::json::array { "pl" }));

    boost::json::object translation { { "subject_type", "project" }, { "subject_id", project }, { "field", "summary" }, { "language", "pl" },
        { "text", "Przyjdź i opowiedz nam o swoim dniu." } };
    EXPECT_EQ(member_a().send("PUT", "/api/v1/translations", boost::json::serialize(translation), { { "Content-Type", "application/json" } })
                  .json().at("code"),
        "forbidden");
    auto const saved = convener.send("PUT", "/api/v1/translations", boost::json::serialize(translation), { { "Content-Type", "application/json" } });
    ASSERT_EQ(saved.status, 200) << saved.body;
    EXPECT_EQ(convener.get("/api/v1/projects/" + project + "/translations-needed").json().at("items").as_array().size(), 0u);
    auto const versions_response = marta.client.get("/api/v1/translations?subject_type=project&subject_id=" + project);
    ASSERT_EQ(versions_response.status, 200) << versions_response.body;
    auto const versions = versions_response.json();
    EXPECT_EQ(versions.at("translations").as_array()[0].at("text"), "Przyjdź i opowiedz nam o swoim dniu.");
    translation["subject_id"] = "01a2044e-0000-7000-8000-000000000000";
    EXPECT_EQ(convener.send("PUT", "/api/v1/translations", boost::json::serialize(translation), { { "Content-Type", "application/json" } }).status, 404);
    // Another partnership's ids are not found, on these list routes as on every route.
    auto const from_b = convener_b().get("/api/v1/translations?subject_type=project&subject_id=" + project);
    EXPECT_EQ(from_b.status, 404) << from_b.body;
    EXPECT_EQ(from_b.json().at("code"), "not_found");
    EXPECT_EQ(convener_b().get("/api/v1/language/published?project_id=" + project).status, 404);
    EXPECT_EQ(convener_b().get("/api/v1/projects/" + project + "/translations-needed").status, 404);
    EXPECT_EQ(convener.get("/api/v1/translations?subject_type=project&subject_id=01a2044e-0000-7000-8000-000000000000").status, 404);
    EXPECT_EQ(error_fields(convener.get("/api/v1/translations?subject_type=planet&subject_id=" + project)), std::vector<std::string> { "subject_type" });
    // Within the partnership the project's own texts are still listed.
    auto const own = convener.get("/api/v1/language/published?project_id=" + project);
    ASSERT_EQ(own.status, 200) << own.body;
    EXPECT_EQ(own.json().at("published"), 1);
    EXPECT_EQ(text(own.json().at("items").at(0).at("subject_id")), project);

    // Easy Read: one idea a line, checked against the stricter target.
    auto const easy = convener.send("PUT", "/api/v1/easy-read",
        boost::json::serialize(boost::json::value { { "subject_type", "project" }, { "subject_id", project }, { "field", "summary" },
            { "lines", { { { "text", "Come to our meeting." }, { "pictogram", "meeting" } }, { { "text", "Tell us about your day." }, { "pictogram", "person" } } } } }),
        { { "Content-Type", "application/json" } });
    ASSERT_EQ(easy.status, 200) << easy.body;
    EXPECT_EQ(easy.json().at("meets_target"), true);
    EXPECT_EQ(easy.json().at("check").at("target").at("max_sentence_words"), 15);
    auto const bad = convener.send("PUT", "/api/v1/easy-read",
        boost::json::serialize(boost::json::value { { "subject_type", "project" }, { "subject_id", project }, { "field", "summary" },
            { "lines", { { { "text", "Hello." }, { "pictogram", "dragon" } } } } }),
        { { "Content-Type", "application/json" } });
    EXPECT_EQ(error_fields(bad), std::vector<std::string> { "lines[0].pictogram" });
    auto const long_line = convener.send("PUT", "/api/v1/easy-read",
        boost::json::serialize(boost::json::value { { "subject_type", "project" }, { "subject_id", project }, { "field", "summary" },
            { "lines", { { { "text", "We will commission a holistic reablement pathway for service users across the borough with partners over the next year." } } } } }),
        { { "Content-Type", "application/json" } });
    ASSERT_EQ(long_line.status, 200);
    EXPECT_EQ(long_line.json().at("meets_target"), false);
}

TEST_F(LanguageApi, ATranslationOfAnOlderWordingSaysSo)
{
    auto convener = convener_a();
    ASSERT_EQ(convener.patch("/api/v1/people/" + s_convener_a_id, boost::json::value { { "groups", { "local_authority" } }, { "organisation_ids", { organisation_of_sector("local_authority") } } }).status, 200);
    auto piotr = person_with_session("Piotr Polish", "residents");
    ASSERT_EQ(convener.patch("/api/v1/people/" + piotr.id, boost::json::value { { "preferred_language", "pl" } }).status, 200);
    auto const created = convener.post("/api/v1/projects",
        boost::json::value { { "title", "Reworded" }, { "summary", "Come and tell us about your day." }, { "interests", { "no-match-reworded" } },
            { "charter", { { "co_leads", { { { "person_id", s_convener_a_id }, { "group", "local_authority" } },
                                               { { "person_id", piotr.id }, { "group", "residents" } } } } } } });
    ASSERT_EQ(created.status, 201) << created.body;
    auto const project = text(created.json().at("id"));
    auto const put = [&](std::string const& path, boost::json::value body) {
        return convener.send("PUT", path, boost::json::serialize(body), { { "Content-Type", "application/json" } });
    };
    ASSERT_EQ(put("/api/v1/translations", { { "subject_type", "project" }, { "subject_id", project }, { "field", "summary" }, { "language", "pl" },
                                              { "text", "Przyjdź i opowiedz nam o swoim dniu." } })
                  .status,
        200);
    ASSERT_EQ(put("/api/v1/easy-read", { { "subject_type", "project" }, { "subject_id", project }, { "field", "summary" },
                                           { "lines", { { { "text", "Tell us about your day." } } } } })
                  .status,
        200);
    auto const outdated = [&] {
        auto const versions = piotr.client.get("/api/v1/translations?subject_type=project&subject_id=" + project).json();
        return std::pair { versions.at("translations").as_array()[0].at("outdated").as_bool(), versions.at("easy_read").as_array()[0].at("outdated").as_bool() };
    };
    EXPECT_EQ(outdated(), (std::pair { false, false }));
    // Saving the same words again changes nothing.
    ASSERT_EQ(convener.patch("/api/v1/projects/" + project, boost::json::value { { "summary", "Come and tell us about your day." } }).status, 200);
    EXPECT_EQ(outdated(), (std::pair { false, false }));
    // New words: both versions are of the older wording, and Polish is needed again.
    ASSERT_EQ(convener.patch("/api/v1/projects/" + project, boost::json::value { { "summary", "Come and tell us about your week." } }).status, 200);
    EXPECT_EQ(outdated(), (std::pair { true, true }));
    auto const needed = convener.get("/api/v1/projects/" + project + "/translations-needed").json();
    ASSERT_EQ(needed.at("items").as_array().size(), 1u);
    EXPECT_EQ(needed.at("items").as_array()[0].at("outdated_languages"), (boost::json::array { "pl" }));
    EXPECT_EQ(needed.at("items").as_array()[0].at("missing_languages"), boost::json::array {});
    // Translated again: current.
    ASSERT_EQ(put("/api/v1/translations", { { "subject_type", "project" }, { "subject_id", project }, { "field", "summary" }, { "language", "pl" },
                                              { "text", "Przyjdź i opowiedz nam o swoim tygodniu." } })
                  .status,
        200);
    EXPECT_FALSE(outdated().first);
    // British English is not a translation of an English text.
    auto const same = put("/api/v1/translations", { { "subject_type", "project" }, { "subject_id", project }, { "field", "summary" },
                                                      { "language", "en-GB" }, { "text", "Come and tell us about your week." } });
    EXPECT_EQ(error_fields(same), std::vector<std::string> { "language" });
    EXPECT_EQ(convener.get("/api/v1/projects/" + project + "/translations-needed").json().at("items").as_array().size(), 0u);

    // A survey's questions carry their own translations: Polish on every question is enough.
    auto const survey = convener.post("/api/v1/projects/" + project + "/surveys",
        boost::json::value { { "title", "Your week" }, { "description", "" }, { "opens_at", "2026-01-01T00:00:00Z" }, { "closes_at", "2030-01-01T00:00:00Z" },
            { "questions", { { { "kind", "free_text" }, { "text", "What did you do?" }, { "translations", { { "pl", { { "text", "Co robiłeś?" } } } } } },
                               { { "kind", "free_text" }, { "text", "Who did you see?" }, { "translations", { { "pl", { { "text", "Kogo widziałeś?" } } } } } } } } });
    ASSERT_EQ(survey.status, 201) << survey.body;
    EXPECT_EQ(convener.get("/api/v1/projects/" + project + "/translations-needed").json().at("items").as_array().size(), 0u);
    // Polish on one question only: still needed.
    auto const partly = convener.post("/api/v1/projects/" + project + "/surveys",
        boost::json::value { { "title", "Your month" }, { "description", "" }, { "opens_at", "2026-01-01T00:00:00Z" }, { "closes_at", "2030-01-01T00:00:00Z" },
            { "questions", { { { "kind", "free_text" }, { "text", "What did you do?" }, { "translations", { { "pl", { { "text", "Co robiłeś?" } } } } } },
                               { { "kind", "free_text" }, { "text", "Who did you see?" } } } } });
    ASSERT_EQ(partly.status, 201) << partly.body;
    auto const still = convener.get("/api/v1/projects/" + project + "/translations-needed").json().at("items").as_array();
    ASSERT_EQ(still.size(), 1u);
    EXPECT_EQ(still[0].at("subject_id"), partly.json().at("id"));
    EXPECT_EQ(still[0].at("field"), "questions");
}

}
}
