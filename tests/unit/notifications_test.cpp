// The parts of notifications that need no server: the signed unsubscribe
// token, and the words of each email (what people wrote is escaped in the
// HTML and never read as a template).

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "core/crypto.hpp"
#include "modules/notifications/messages.hpp"
#include "modules/notifications/tokens.hpp"

namespace rt::notifications {
namespace {

class NotificationsUnit : public ::testing::Test {
protected:
    static void SetUpTestSuite() { initialise_crypto(); }
};

TEST_F(NotificationsUnit, AnUnsubscribeTokenReadsBackOnlyAsSigned)
{
    auto const key = unsubscribe_key(new_data_key());
    UnsubscribeToken const token { "01a23a7c-2edf-79df-8575-cd6b04fb46b1", "01a23a7c-4da9-7411-8f1d-3b5fff8f5b75", "activities" };
    auto const text = make_unsubscribe_token(token, key);
    auto const read = read_unsubscribe_token(text, key);
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->partnership_id, token.partnership_id);
    EXPECT_EQ(read->person_id, token.person_id);
    EXPECT_EQ(read->topic, "activities");
    EXPECT_EQ(text.find('@'), std::string::npos) << "no email address in a link";

    // Another topic with the same signature, another key, a cut or an empty token: nothing.
    auto swapped = text;
    swapped.replace(swapped.find("activities"), 10, "invitation");
    EXPECT_FALSE(read_unsubscribe_token(swapped, key));
    EXPECT_FALSE(read_unsubscribe_token(text, unsubscribe_key(new_data_key())));
    EXPECT_FALSE(read_unsubscribe_token(text.substr(0, text.size() - 2), key));
    EXPECT_FALSE(read_unsubscribe_token("", key));
    EXPECT_FALSE(read_unsubscribe_token("a.b.c", key));
    // Four dots: a fifth part cannot hide in the signed text.
    EXPECT_FALSE(read_unsubscribe_token("p.q.r.s." + sign_text("p.q.r.s", key), key));
    // The same signature checks the same text, and only it (HMAC, by libsodium).
    EXPECT_TRUE(signature_matches("p.q.r", sign_text("p.q.r", key), key));
    EXPECT_FALSE(signature_matches("p.q.s", sign_text("p.q.r", key), key));
}

TEST_F(NotificationsUnit, WhatPeopleWroteIsEscapedAndNeverATemplate)
{
    boost::json::object const params { { "contribution_id", "c1" }, { "project_id", "p1" }, { "project_title", "Café <b>club</b>" },
        { "status", "adopted" }, { "response", "We said {{name}} & {{{partnership}}} <script>x</script>" } };
    std::map<std::string, std::string> const values { { "name", "Rose" }, { "partnership", "Riverside" }, { "link", "http://x/contributions/c1" },
        { "unsubscribe", "http://x/unsubscribe?token=t" }, { "preferences", "http://x/notifications/preferences" } };
    auto const rendered = render_notice("en", "contribution_answered", params, values, true);
    EXPECT_EQ(rendered.subject, "An answer to what you said: Café <b>club</b>") << "a subject is plain text";
    EXPECT_NE(rendered.text.find("We said {{name}} & {{{partnership}}} <script>x</script>"), std::string::npos) << rendered.text;
    EXPECT_EQ(rendered.html.find("<script>"), std::string::npos);
    EXPECT_NE(rendered.html.find("&lt;script&gt;"), std::string::npos);
    EXPECT_NE(rendered.html.find("Café &lt;b&gt;club&lt;/b&gt;"), std::string::npos);
    EXPECT_EQ(rendered.html.find("We said Rose"), std::string::npos) << "a name in what people wrote stays as written";
    EXPECT_NE(rendered.text.find("To stop emails like this one:\nhttp://x/unsubscribe?token=t"), std::string::npos) << rendered.text;

    // Security mail has no unsubscribe line.
    auto const security = render_notice("en", "contribution_answered", params, values, false);
    EXPECT_EQ(security.text.find("To stop emails"), std::string::npos);
}

TEST_F(NotificationsUnit, EachLanguageHasItsWordsAndArabicReadsRightToLeft)
{
    boost::json::object const params { { "activity_id", "a1" }, { "activity_title", "Tea and talk" }, { "starts_at", "2030-06-03T13:00:00Z" },
        { "time_zone", "Europe/London" }, { "place", "" }, { "waiting", false } };
    std::map<std::string, std::string> const values { { "name", "Marta" }, { "partnership", "Riverside" }, { "link", "http://x" },
        { "unsubscribe", "http://x/u" }, { "preferences", "http://x/p" } };
    auto const polish = render_notice("pl", "activity_reminder", params, values, true);
    EXPECT_EQ(polish.subject, "Za dwa dni: Tea and talk");
    EXPECT_EQ(polish.language, "pl");
    EXPECT_NE(polish.text.find("online"), std::string::npos) << "no venue: online";
    auto const arabic = render_notice("ar", "activity_reminder", params, values, true);
    EXPECT_NE(arabic.html.find("dir=\"rtl\""), std::string::npos);
    EXPECT_NE(arabic.html.find("lang=\"ar\""), std::string::npos);
    auto const tigrinya = render_notice("ti", "activity_reminder", params, values, true);
    EXPECT_TRUE(tigrinya.fell_back);
    EXPECT_EQ(tigrinya.language, "en");
    // 13:00 UTC on 3 June 2030 is 14:00 in London (summer time), written by ICU.
    EXPECT_NE(when_in_words("2030-06-03T13:00:00Z", "Europe/London", "en").find("14:00"), std::string::npos);
    EXPECT_NE(when_in_words("2030-06-03T13:00:00Z", "Europe/London", "en").find("3 June 2030"), std::string::npos);
    EXPECT_NE(when_in_words("2030-12-03T13:00:00Z", "Europe/London", "en").find("13:00"), std::string::npos) << "winter: GMT";
}

TEST_F(NotificationsUnit, ADigestListsEveryNotice)
{
    std::vector<DigestItem> items;
    for (auto const* title : { "One", "Two", "Three" })
        items.push_back({ "activity_confirmation",
            { { "activity_id", "a" }, { "activity_title", title }, { "starts_at", "2030-06-03T13:00:00Z" }, { "time_zone", "Europe/London" },
                { "place", "Hall" }, { "waiting", false } },
            std::string { "http://x/activities/" } + title });
    std::map<std::string, std::string> const values { { "name", "Joan" }, { "partnership", "Riverside" }, { "unsubscribe", "http://x/u" },
        { "preferences", "http://x/p" } };
    auto const digest = render_digest("en", items, values);
    EXPECT_EQ(digest.subject, "Your news from Roundtable");
    for (auto const* title : { "\"One\"", "\"Two\"", "\"Three\"" })
        EXPECT_NE(digest.text.find(title), std::string::npos) << title;
    EXPECT_NE(digest.html.find("href=\"http://x/activities/Three\""), std::string::npos);
}

}
}
