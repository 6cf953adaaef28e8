#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "db/database.hpp"
#include "http/router.hpp"
#include "modules/services.hpp"

// Tags (interests and communities) as people read them: the partnership's
// tags in use, with the labels its conveners gave them in each language.
// The web app ships labels for the common tags; these are the partnership's own.
namespace rt::partnership {

struct TagInUse {
    std::string tag;
    long long uses { 0 };                       // organisations, people and projects that carry it
    std::map<std::string, std::string> labels;  // language tag -> label
};

struct TagLabelsForm {
    std::string tag;
    std::map<std::string, std::string> labels; // an empty label removes that language's

    [[nodiscard]] static Result<TagLabelsForm> read(std::string const& tag, boost::json::object const& body);
};

[[nodiscard]] std::vector<TagInUse> list_tags(db::Database& database, Actor const& actor);
[[nodiscard]] Result<TagInUse> set_tag_labels(db::Database& database, Actor const& actor, TagLabelsForm const& form);

// A tag made from words in any script: "Older people" -> older-people, and
// Arabic or Ge'ez words through ICU's transliteration to Latin letters.
[[nodiscard]] std::string slug_from_words(std::string_view words);

void register_tag_routes(http::Router& router, Services& services);

}
