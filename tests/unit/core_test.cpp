// Ids, times, cursors and the form reader: exact values worked out by hand.

#include <set>
#include <thread>

#include <boost/json.hpp>
#include <gtest/gtest.h>
#include <sodium.h>

#include "core/crypto.hpp"
#include "core/cursor.hpp"
#include "core/form.hpp"
#include "core/ids.hpp"
#include "core/short_code.hpp"
#include "core/time.hpp"

namespace rt {
namespace {

TEST(Ids, AreVersionSevenUuidsThatSortByTime)
{
    initialise_crypto();
    auto const first = new_id();
    ASSERT_TRUE(looks_like_id(first));
    EXPECT_EQ(first[14], '7');                                  // version nibble
    EXPECT_NE(std::string("89ab").find(first[19]), std::string::npos); // variant 10xx
    // The first 12 hex digits are the Unix time in milliseconds.
    auto const millis = std::stoll(first.substr(0, 8) + first.substr(9, 4), nullptr, 16);
    auto const now_millis = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now().time_since_epoch()).count();
    EXPECT_LE(now_millis - millis, 1000);
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
    EXPECT_LT(first, new_id());

    std::set<std::string> many;
    for (int i = 0; i < 1000; ++i)
        many.insert(new_id());
    EXPECT_EQ(many.size(), 1000u);
}

TEST(Ids, LooksLikeIdRejectsJunk)
{
    EXPECT_TRUE(looks_like_id("01a20382-2fe3-7f53-aa59-0cd573b8a04f"));
    EXPECT_FALSE(looks_like_id("01A20382-2FE3-7F53-AA59-0CD573B8A04F"));
    EXPECT_FALSE(looks_like_id("01a203822fe37f53aa590cd573b8a04f"));
    EXPECT_FALSE(looks_like_id("1 OR 1=1"));
    EXPECT_FALSE(looks_like_id(""));
}

TEST(Time, FormatsAndParsesRfc3339)
{
    // 2026-11-22T13:34:23.123Z is 20,779 days after 1970-01-01 (56 years of
    // 365 days plus 14 leap days = 20,454 to 2026-01-01; then 304 days to
    // 1 November and 21 more), and 13:34:23.123 is 48,863.123 s into the day.
    TimePoint const time { std::chrono::milliseconds { 20779LL * 86'400'000 + 48'863'123 } };
    EXPECT_EQ(format_time(time), "2026-11-22T13:34:23.123Z");
    EXPECT_EQ(parse_time("2026-11-22T13:34:23.123Z"), time);
    EXPECT_EQ(parse_time("2026-11-22T14:34:23.123+01:00"), time);
    EXPECT_EQ(parse_time("2026-11-22T13:34:23.1234567Z"), time);
    EXPECT_EQ(parse_time("2026-11-22T13:34:23Z"), TimePoint { time - std::chrono::milliseconds { 123 } });
    EXPECT_FALSE(parse_time("2026-02-30T00:00:00Z"));
    EXPECT_FALSE(parse_time("2026-11-22 13:34:23Z"));
    EXPECT_FALSE(parse_time("2026-11-22T13:34:23"));
    EXPECT_FALSE(parse_time("yesterday"));
}

TEST(Cursor, RoundTripsAndRejectsTampering)
{
    NameCursor const cursor { "Silver Threads, \"Club\"", "01a20382-2fe3-7f53-aa59-0cd573b8a04f" };
    auto const text = encode_cursor(cursor);
    auto const decoded = decode_cursor(text);
    ASSERT_TRUE(decoded);
    EXPECT_EQ(decoded->name, cursor.name);
    EXPECT_EQ(decoded->id, cursor.id);
    EXPECT_FALSE(decode_cursor("not base64!"));
    // The tie-breaker is an id or, for the glossary, a term: any text of one
    // line, but never empty and never longer than 200 bytes.
    auto const base64 = [](std::string const& json) {
        std::string text(sodium_base64_encoded_len(json.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
        sodium_bin2base64(text.data(), text.size(), reinterpret_cast<unsigned char const*>(json.data()), json.size(),
            sodium_base64_VARIANT_URLSAFE_NO_PADDING);
        text.resize(text.find('\0'));
        return text;
    };
    EXPECT_EQ(base64(R"(["a","b"])"), "WyJhIiwiYiJd"); // the encoding checked against base64(1)
    ASSERT_TRUE(decode_cursor("WyJhIiwiYiJd"));
    EXPECT_EQ(decode_cursor("WyJhIiwiYiJd")->id, "b");
    EXPECT_FALSE(decode_cursor(base64(R"(["a",""])")));
    EXPECT_FALSE(decode_cursor(base64("[\"a\",\"" + std::string(201, 'x') + "\"]")));
    EXPECT_TRUE(decode_cursor(base64("[\"a\",\"" + std::string(200, 'x') + "\"]")));
    EXPECT_FALSE(decode_cursor(base64(R"(["a",7])")));
    EXPECT_FALSE(decode_cursor(base64(R"(["a","b","c"])")));
    EXPECT_EQ(parse_limit(std::nullopt), 50u);
    EXPECT_EQ(parse_limit("200"), 200u);
    EXPECT_FALSE(parse_limit("201"));
    EXPECT_FALSE(parse_limit("0"));
    EXPECT_FALSE(parse_limit("12abc"));
}

TEST(Form, TagsAreLowercaseKebabCase)
{
    EXPECT_TRUE(is_tag("older-people"));
    EXPECT_TRUE(is_tag("bsl-interpreter"));
    EXPECT_TRUE(is_tag("a1"));
    EXPECT_FALSE(is_tag("Older-People"));
    EXPECT_FALSE(is_tag("older--people"));
    EXPECT_FALSE(is_tag("-older"));
    EXPECT_FALSE(is_tag("older people"));
    EXPECT_FALSE(is_tag(""));
    EXPECT_FALSE(is_tag(std::string(41, 'a')));
}

TEST(Form, ReaderCollectsEveryProblemByField)
{
    auto const body = boost::json::parse(R"({"name": "  Ada  ", "sector": "church", "tags": ["ok", "Not OK"], "extra": 1, "count": 3})").as_object();
    std::array<std::string_view, 2> const sectors { "vcs", "health" };
    FormReader reader { body };
    reader.reject_unknown({ "name", "sector", "tags", "count" });
    EXPECT_EQ(reader.text("name", { .presence = Presence::Required }), "Ada") << "trimmed";
    EXPECT_FALSE(reader.choice("sector", sectors, Presence::Required));
    EXPECT_FALSE(reader.tags("tags"));
    EXPECT_FALSE(reader.text("missing", { .presence = Presence::Required }));
    EXPECT_FALSE(reader.text("count", {}));
    std::vector<std::string> fields;
    for (auto const& [field, messages] : reader.errors())
        fields.push_back(field);
    EXPECT_EQ(fields, (std::vector<std::string> { "count", "extra", "missing", "sector", "tags" }));
}

TEST(Form, BooleansAreTrueOrFalseNotWordsOrNumbers)
{
    auto const body = boost::json::parse(R"({"yes": true, "no": false, "word": "true", "number": 1, "nothing": null})").as_object();
    FormReader reader { body };
    EXPECT_EQ(reader.boolean("yes", Presence::Optional), true);
    EXPECT_EQ(reader.boolean("no", Presence::Required), false);
    EXPECT_EQ(reader.boolean("nothing", Presence::Optional), std::nullopt);
    EXPECT_EQ(reader.boolean("absent", Presence::Optional), std::nullopt);
    EXPECT_TRUE(reader.ok());
    EXPECT_EQ(reader.boolean("word", Presence::Optional), std::nullopt);
    EXPECT_EQ(reader.boolean("number", Presence::Optional), std::nullopt);
    EXPECT_EQ(reader.boolean("absent", Presence::Required), std::nullopt);
    std::vector<std::string> fields;
    for (auto const& [field, messages] : reader.errors())
        fields.push_back(field);
    EXPECT_EQ(fields, (std::vector<std::string> { "absent", "number", "word" }));
}

TEST(Form, LengthsCountCodePointsNotBytes)
{
    // "Łódź" is 4 code points in 7 bytes; "مرحبا" is 5 in 10.
    EXPECT_EQ(code_point_count("Łódź"), 4u);
    EXPECT_EQ(code_point_count("مرحبا"), 5u);
    auto const body = boost::json::parse(R"({"name": "Łódź"})").as_object();
    FormReader reader { body };
    EXPECT_EQ(reader.text("name", { .max_length = 4 }), "Łódź");
    EXPECT_TRUE(reader.ok());
}

TEST(Form, SingleLineTextRefusesControlCharacters)
{
    auto const body = boost::json::parse(R"({"name": "two\nlines", "note": "two\nlines", "bell": "a\u0007"})").as_object();
    FormReader reader { body };
    EXPECT_FALSE(reader.text("name", {}));
    EXPECT_EQ(reader.text("note", { .lines = TextRule::Lines::Multiple }), "two\nlines");
    EXPECT_FALSE(reader.text("bell", { .lines = TextRule::Lines::Multiple }));
}

TEST(Crypto, PasswordsVerifyOnlyWithTheRightPassword)
{
    initialise_crypto();
    auto const hash = hash_password("correct horse battery");
    EXPECT_TRUE(hash.starts_with("$argon2id$v=19$m=65536,t=2,p=1$"));
    EXPECT_TRUE(verify_password(hash, "correct horse battery"));
    EXPECT_FALSE(verify_password(hash, "correct horse batterY"));
    EXPECT_NE(hash, hash_password("correct horse battery")) << "salted";
    // SHA-256 of "abc" (FIPS 180-2 test vector).
    EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

}
}

namespace rt {
namespace {

TEST(ShortCode, ReadAloudOrTypedItFindsTheSameCode)
{
    auto const code = new_short_code();
    ASSERT_EQ(code.size(), 8u);
    for (char const c : code)
        EXPECT_NE(std::string_view { "0123456789ABCDEFGHJKMNPQRSTVWXYZ" }.find(c), std::string_view::npos) << c;
    EXPECT_EQ(normalise_short_code(code), code);
    EXPECT_EQ(show_short_code("K7MQ3XPA"), "K7MQ-3XPA");
    EXPECT_EQ(normalise_short_code("k7mq-3xpa"), "K7MQ3XPA");
    EXPECT_EQ(normalise_short_code(" K7MQ 3XPA "), "K7MQ3XPA");
    // O reads as zero, I and L as one: what people mishear or mistype.
    EXPECT_EQ(normalise_short_code("OOIL-2345"), "00112345");
    EXPECT_FALSE(normalise_short_code("K7MQ-3XP")) << "seven";
    EXPECT_FALSE(normalise_short_code("K7MQ-3XPAB")) << "nine";
    EXPECT_FALSE(normalise_short_code("K7MQ-3XPU")) << "U is left out of the alphabet";
    EXPECT_FALSE(normalise_short_code("K7MQ_3XPA"));
}

}
}
