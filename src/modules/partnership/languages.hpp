#pragma once

#include <memory>
#include <string>
#include <vector>

#include "http/router.hpp"
#include "modules/services.hpp"

// Every language a person can choose, named by ICU (CLDR): in the reader's
// language, in English and in itself, so "Tigrinya" and "ትግርኛ" both find `ti`.
// No list of languages is kept by hand.
namespace rt::partnership {

struct LanguageName {
    std::string tag;
    std::string name;    // in the display language
    std::string english;
    std::string endonym; // in the language itself
};

// Names for one tag (`ti`, `pt-BR`); `display` is a canonical tag.
[[nodiscard]] LanguageName name_language(std::string const& tag, std::string const& display);

// Whether the language is written right to left (ICU's likely script for it).
[[nodiscard]] bool right_to_left(std::string const& tag);

// ICU's ISO 639 languages that it can name, in `display`'s alphabetical order.
[[nodiscard]] std::shared_ptr<std::vector<LanguageName> const> known_languages(std::string const& display);

void register_language_routes(http::Router& router, Services& services);

}
