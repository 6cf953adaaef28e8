// The streaming JSON writer, checked by Boost.JSON's parser as an independent reader.

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include "core/json_writer.hpp"

namespace rt {
namespace {

TEST(JsonWriter, EscapesWhatJsonRequires)
{
    std::string out;
    append_json_string(out, "a\"b\\c\nd\te\x01" "f");
    EXPECT_EQ(out, R"("a\"b\\c\nd\te\u0001f")");
    EXPECT_EQ(boost::json::parse(out).as_string(), "a\"b\\c\nd\te\x01" "f");
}

TEST(JsonWriter, WritesNestedValuesThatParseBack)
{
    std::string out;
    JsonWriter writer { out };
    writer.begin_object();
    writer.key("items");
    writer.begin_array();
    for (auto const* name : { "Łódź Club", "نادي", "</script><b>" }) {
        writer.begin_object();
        writer.key("name");
        writer.string(name);
        writer.key("tags");
        writer.raw(R"(["older-people","loneliness"])");
        writer.key("empty");
        writer.begin_array();
        writer.end_array();
        writer.end_object();
    }
    writer.end_array();
    writer.key("next_cursor");
    writer.null();
    writer.end_object();

    auto const parsed = boost::json::parse(out).as_object();
    auto const& items = parsed.at("items").as_array();
    ASSERT_EQ(items.size(), 3u);
    EXPECT_EQ(items[1].at("name").as_string(), "نادي");
    EXPECT_EQ(items[2].at("name").as_string(), "</script><b>");
    EXPECT_EQ(items[0].at("tags"), (boost::json::array { "older-people", "loneliness" }));
    EXPECT_TRUE(items[0].at("empty").as_array().empty());
    EXPECT_TRUE(parsed.at("next_cursor").is_null());
}

}
}
