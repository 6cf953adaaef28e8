// GET /api/v1/tags, PUT /api/v1/tags/{tag}/labels, GET /api/v1/tags/slug and
// GET /api/v1/languages (issue 13, items 1 and 6): success, bad input, no
// session, wrong role and another partnership.

#include <boost/json.hpp>

#include "support/api_fixture.hpp"

namespace rt::test {
namespace {

class TagsApi : public ApiTest {
protected:
    static HttpResponse put_labels(HttpClient& client, std::string const& tag, boost::json::value const& body)
    {
        return client.send("PUT", "/api/v1/tags/" + tag + "/labels", boost::json::serialize(body), { { "Content-Type", "application/json" } });
    }

    static std::optional<boost::json::object> find_tag(boost::json::array const& list, std::string const& tag)
    {
        for (auto const& item : list)
            if (text(item.at("tag")) == tag)
                return item.as_object();
        return std::nullopt;
    }
};

TEST_F(TagsApi, TagsInUseAreListedWithTheConvenersLabels)
{
    auto convener = convener_a();
    auto const created = convener.post("/api/v1/organisations",
        boost::json::value { { "name", "Tigrinya Speakers Circle" }, { "sector", "vcs" }, { "interests", { "tea-and-talk", "advice" } },
            { "communities", { "eritrean-families", "advice" } } });
    ASSERT_EQ(created.status, 201) << created.body;

    auto const saved = put_labels(convener, "eritrean-families", { { "labels", { { "ar", "العائلات الإريترية" }, { "EN", "Eritrean families" }, { "pl", "" } } } });
    ASSERT_EQ(saved.status, 200) << saved.body;
    // The language is made canonical (EN -> en) and the empty Polish label is left out.
    EXPECT_EQ(saved.json().at("labels"), (boost::json::object { { "ar", "العائلات الإريترية" }, { "en", "Eritrean families" } }));

    // Every member reads the tags and labels.
    auto const listed = member_a().get("/api/v1/tags?limit=200");
    ASSERT_EQ(listed.status, 200) << listed.body;
    auto const list = items(listed);
    auto const families = find_tag(list, "eritrean-families");
    ASSERT_TRUE(families) << listed.body;
    EXPECT_EQ(families->at("labels").at("ar"), "العائلات الإريترية");
    EXPECT_GE(families->at("uses").to_number<int>(), 1);
    // "advice" is both an interest and a community of the one organisation: it counts once for it.
    ASSERT_TRUE(find_tag(list, "tea-and-talk"));
    EXPECT_EQ(find_tag(list, "tea-and-talk")->at("uses").to_number<int>(), 1);

    // A later PUT replaces the labels; the change is in the audit log, by language.
    ASSERT_EQ(put_labels(convener, "eritrean-families", { { "labels", { { "ar", "الأسر الإريترية" } } } }).status, 200);
    auto const after = find_tag(items(member_a().get("/api/v1/tags?limit=200")), "eritrean-families");
    ASSERT_TRUE(after);
    EXPECT_EQ(after->at("labels"), (boost::json::object { { "ar", "الأسر الإريترية" } }));
    auto const audit = items(convener.get("/api/v1/audit?limit=1"));
    ASSERT_EQ(audit.size(), 1u);
    EXPECT_EQ(audit[0].at("action"), "tag.labels_changed");
    EXPECT_EQ(text(audit[0].at("subject_id")), "eritrean-families");
}

TEST_F(TagsApi, BadInputNamesTheFieldAndWritesNothing)
{
    auto convener = convener_a();
    auto const bad_language = put_labels(convener, "bad-input-tag", { { "labels", { { "xx", "Nothing" }, { "ar", "كلمة" } } } });
    ASSERT_EQ(bad_language.status, 422) << bad_language.body;
    EXPECT_EQ(error_fields(bad_language), (std::vector<std::string> { "labels.xx" }));
    auto const long_label = put_labels(convener, "bad-input-tag", { { "labels", { { "en", std::string(81, 'a') } } } });
    ASSERT_EQ(long_label.status, 422);
    EXPECT_EQ(error_fields(long_label), (std::vector<std::string> { "labels.en" }));
    auto const bad_tag = put_labels(convener, "Not%20A%20Tag", { { "labels", { { "en", "Fine" } } } });
    ASSERT_EQ(bad_tag.status, 422);
    EXPECT_EQ(error_fields(bad_tag), (std::vector<std::string> { "tag" }));
    auto const no_labels = put_labels(convener, "bad-input-tag", { { "names", { { "en", "Fine" } } } });
    ASSERT_EQ(no_labels.status, 422);
    EXPECT_EQ(error_fields(no_labels), (std::vector<std::string> { "labels", "names" }));
    EXPECT_EQ(find_tag(items(convener.get("/api/v1/tags?limit=200")), "bad-input-tag"), std::nullopt) << "nothing written";
}

TEST_F(TagsApi, OnlySignedInPeopleReadAndOnlyConvenersName)
{
    auto nobody = anonymous();
    EXPECT_EQ(nobody.get("/api/v1/tags?limit=200").status, 401);
    EXPECT_EQ(nobody.get("/api/v1/languages").status, 401);
    EXPECT_EQ(nobody.get("/api/v1/tags/slug?words=Food%20bank").status, 401);
    auto member = member_a();
    auto const refused = put_labels(member, "member-named-tag", { { "labels", { { "en", "Mine" } } } });
    EXPECT_EQ(refused.status, 403);
    EXPECT_EQ(find_tag(items(member.get("/api/v1/tags?limit=200")), "member-named-tag"), std::nullopt);
}

TEST_F(TagsApi, AnotherPartnershipsLabelsAreItsOwn)
{
    auto mine_client = convener_a();
    ASSERT_EQ(put_labels(mine_client, "shared-name-tag", { { "labels", { { "en", "A's name" } } } }).status, 200);
    auto other = convener_b();
    EXPECT_EQ(find_tag(items(other.get("/api/v1/tags?limit=200")), "shared-name-tag"), std::nullopt) << "B sees none of A's tags";
    ASSERT_EQ(put_labels(other, "shared-name-tag", { { "labels", { { "en", "B's name" } } } }).status, 200);
    auto const mine = find_tag(items(convener_a().get("/api/v1/tags?limit=200")), "shared-name-tag");
    ASSERT_TRUE(mine);
    EXPECT_EQ(mine->at("labels").at("en"), "A's name") << "B's label did not touch A's";
}

TEST_F(TagsApi, SlugsAreMadeFromWordsInAnyScript)
{
    auto member = member_a();
    auto const latin = member.get("/api/v1/tags/slug?words=Caf%C3%A9%20%26%20Clubs");
    ASSERT_EQ(latin.status, 200) << latin.body;
    EXPECT_EQ(latin.json().at("tag"), "cafe-clubs");
    // "بنك الطعام" (food bank), transliterated by ICU: letters a-z only, hyphen between words.
    auto const arabic = member.get("/api/v1/tags/slug?words=%D8%A8%D9%86%D9%83%20%D8%A7%D9%84%D8%B7%D8%B9%D8%A7%D9%85");
    ASSERT_EQ(arabic.status, 200) << arabic.body;
    auto const slug = text(arabic.json().at("tag"));
    EXPECT_FALSE(slug.empty());
    EXPECT_NE(slug.find('-'), std::string::npos) << slug;
    EXPECT_TRUE(std::ranges::all_of(slug, [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; })) << slug;
    auto const empty = member.get("/api/v1/tags/slug?words=%20!%20");
    ASSERT_EQ(empty.status, 422);
    EXPECT_EQ(error_fields(empty), (std::vector<std::string> { "words" }));
}

TEST_F(TagsApi, LanguagesAreNamedByIcuWithTheCommonOnesFirst)
{
    auto convener = convener_a();
    auto const person = convener.post("/api/v1/people", boost::json::value { { "name", "Senait Tesfay" }, { "preferred_language", "TI" } });
    ASSERT_EQ(person.status, 201) << person.body;
    EXPECT_EQ(person.json().at("preferred_language"), "ti") << "stored canonical";

    auto const listed = member_a().get("/api/v1/languages?display=en&limit=200");
    ASSERT_EQ(listed.status, 200) << listed.body;
    auto const common = listed.json().at("common").as_array();
    ASSERT_GE(common.size(), 4u);
    EXPECT_EQ(common[0], "en");
    EXPECT_EQ(common[1], "pl");
    EXPECT_EQ(common[2], "ar");
    EXPECT_NE(std::ranges::find(common, boost::json::value("ti")), common.end()) << "a language the partnership's people use";
    auto const list = items(listed);
    // The list starts with the common languages.
    EXPECT_EQ(list[0].at("tag"), "en");
    auto const tigrinya = find_tag(list, "ti");
    ASSERT_TRUE(tigrinya);
    EXPECT_EQ(tigrinya->at("english"), "Tigrinya");
    EXPECT_EQ(tigrinya->at("endonym"), "ትግርኛ");
    EXPECT_EQ(tigrinya->at("common"), true);
    EXPECT_EQ(list.size(), 200u) << "a full page of the languages ICU names";
    EXPECT_TRUE(listed.json().at("next_cursor").is_string()) << "and more pages: every language ICU names, not a short list";

    // Searching by the endonym, and names in the reader's language.
    auto const found = member_a().get("/api/v1/languages?display=ar&q=%E1%89%B5%E1%8C%8D%E1%88%AD%E1%8A%9B");
    ASSERT_EQ(found.status, 200);
    auto const matches = items(found);
    ASSERT_EQ(matches.size(), 1u) << found.body;
    EXPECT_EQ(matches[0].at("tag"), "ti");
    EXPECT_EQ(matches[0].at("name"), "التغرينية");

    auto const bad = member_a().get("/api/v1/languages?display=xx");
    ASSERT_EQ(bad.status, 422);
    EXPECT_EQ(error_fields(bad), (std::vector<std::string> { "display" }));

    // Not a known language: refused, naming the field.
    auto const unknown = convener.post("/api/v1/people", boost::json::value { { "name", "Nobody Known" }, { "preferred_language", "xx" } });
    ASSERT_EQ(unknown.status, 422);
    EXPECT_EQ(error_fields(unknown), (std::vector<std::string> { "preferred_language" }));
}

}
}
