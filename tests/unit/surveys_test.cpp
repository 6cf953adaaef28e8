// CSV reading and writing, and survey answers per question kind.

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include "modules/surveys/answers.hpp"
#include "modules/surveys/csv.hpp"

namespace rt::surveys {
namespace {

TEST(Csv, RecordsKnowTheLineTheyStartOn)
{
    // Line 1 header; line 2 a record whose quoted field runs to line 3; line 4
    // blank; line 5 a record with a doubled quote; no newline at the end.
    auto const records = csv::read("\xEF\xBB\xBFname,said\r\nAnn,\"one\ntwo\"\r\n\r\nBo,\"a \"\"quote\"\", here\"");
    ASSERT_TRUE(records.has_value());
    ASSERT_EQ(records->size(), 3u);
    EXPECT_EQ((*records)[0].line, 1);
    EXPECT_EQ((*records)[0].fields, (std::vector<std::string> { "name", "said" }));
    EXPECT_EQ((*records)[1].line, 2);
    EXPECT_EQ((*records)[1].fields[1], "one\ntwo");
    EXPECT_EQ((*records)[2].line, 5);
    EXPECT_EQ((*records)[2].fields[1], "a \"quote\", here");
}

TEST(Csv, BrokenQuotingAndBadTextNameTheLine)
{
    auto const unterminated = csv::read("a,b\r\n1,2\r\n3,\"never\r\nends\r\n");
    ASSERT_FALSE(unterminated.has_value());
    ASSERT_EQ(unterminated.error().rows.size(), 1u);
    EXPECT_EQ(unterminated.error().rows[0].line, 3);
    auto const stray = csv::read("a,b\r\n1,2\"x\"\r\n");
    ASSERT_FALSE(stray.has_value());
    EXPECT_EQ(stray.error().rows[0].line, 2);
    auto const latin1 = csv::read("a\r\ncaf\xE9\r\n");
    ASSERT_FALSE(latin1.has_value());
    EXPECT_EQ(latin1.error().rows[0].line, 2);
    // Ill-formed UTF-8 a loose check lets through: an overlong '/', a surrogate half, past U+10FFFF.
    for (auto const bad : { "a\r\n\xE0\x80\xAF\r\n", "a\r\n\xED\xA0\x80\r\n", "a\r\n\xF5\x80\x80\x80\r\n", "a\r\n\xC0\xAF\r\n" }) {
        auto const refused = csv::read(bad);
        ASSERT_FALSE(refused.has_value()) << bad;
        EXPECT_EQ(refused.error().rows[0].line, 2);
    }
    // A four-byte character (an emoji) and Arabic are fine.
    EXPECT_TRUE(csv::read("a\r\n\xF0\x9F\x98\x80 \xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7\r\n").has_value());
}

TEST(Csv, FieldsAreQuotedOnlyWhenTheyMustBe)
{
    std::string out;
    for (auto const field : { "plain", "a, b", "say \"hi\"", "two\nlines", " padded", "=1+1", "-3", "" }) {
        csv::append_field(out, field);
        out += '|';
    }
    EXPECT_EQ(out, "plain|\"a, b\"|\"say \"\"hi\"\"\"|\"two\nlines\"|\" padded\"|\"'=1+1\"|\"'-3\"||");
    EXPECT_EQ(csv::unguard("'=1+1"), "=1+1");
    EXPECT_EQ(csv::unguard("'quoted'"), "'quoted'");
    // A tab or carriage return first is a formula trigger too (OWASP's list).
    std::string guarded;
    csv::append_field(guarded, "\t=cmd");
    guarded += '|';
    csv::append_field(guarded, "\r@x");
    EXPECT_EQ(guarded, "\"'\t=cmd\"|\"'\r@x\"");
    EXPECT_EQ(csv::unguard("'\t=cmd"), "\t=cmd");
    // An answer that itself starts like a guard survives the round trip.
    std::string smiley;
    csv::append_field(smiley, "'-)");
    EXPECT_EQ(smiley, "\"''-)\"");
    EXPECT_EQ(csv::unguard("''-)"), "'-)");
    // However many quotes an answer starts with.
    for (std::string const answer : { "''=x", "'''+1", "=x", "'plain", "''" }) {
        std::string exported;
        csv::append_field(exported, answer);
        auto const read = csv::read("a\r\n" + exported + "\r\n");
        ASSERT_TRUE(read.has_value()) << answer;
        EXPECT_EQ(csv::unguard(read->at(1).fields.at(0)), answer);
    }
}

Question question(std::string kind, std::vector<std::string> options = {})
{
    Question q;
    q.id = "q";
    q.kind = std::move(kind);
    q.options = std::move(options);
    return q;
}

TEST(SurveyAnswers, EachKindHasItsShape)
{
    auto single = question("single_choice", { "Bus", "Walk, or wheel" });
    single.translations["pl"] = { "Jak?", { "Autobus", "Pieszo" } };
    boost::json::value value = "pieszo";
    EXPECT_EQ(check_answer(single, value), std::nullopt);
    EXPECT_EQ(value, "Walk, or wheel"); // stored as the original option
    value = "Taxi";
    EXPECT_TRUE(check_answer(single, value).has_value());

    auto const ranking = question("ranking", { "Meals", "Trips", "Company" });
    value = boost::json::array { "Trips", "Meals" };
    EXPECT_TRUE(check_answer(ranking, value).has_value()); // every option must be placed
    value = boost::json::array { "Trips", "Meals", "trips" };
    EXPECT_TRUE(check_answer(ranking, value).has_value()); // once each
    value = boost::json::array { "Trips", "Company", "Meals" };
    EXPECT_EQ(check_answer(ranking, value), std::nullopt);

    auto const scale = question("scale");
    value = 6;
    EXPECT_TRUE(check_answer(scale, value).has_value());
    value = "3";
    EXPECT_TRUE(check_answer(scale, value).has_value());
    value = 3;
    EXPECT_EQ(check_answer(scale, value), std::nullopt);
}

TEST(SurveyAnswers, CellsAreReadBackIntoAnswers)
{
    auto const multiple = question("multiple_choice", { "Monday", "Wednesday", "Friday" });
    auto const cell = read_cell(multiple, "Monday; friday;");
    ASSERT_TRUE(cell.value.has_value());
    EXPECT_EQ(*cell.value, (boost::json::array { "Monday", "Friday" }));
    EXPECT_EQ(answer_cell(multiple, *cell.value), "Monday; Friday");
    EXPECT_FALSE(read_cell(multiple, "   ").value.has_value());
    EXPECT_FALSE(read_cell(multiple, "   ").problem.has_value());
    EXPECT_TRUE(read_cell(question("scale"), "4.5").problem.has_value());
    EXPECT_EQ(*read_cell(question("scale"), " 5 ").value, 5);
    EXPECT_EQ(*read_cell(question("free_text"), "kept as written, \"quotes\" too").value, "kept as written, \"quotes\" too");
}

}
}
