#include "modules/partnership/languages.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <set>

#include <boost/json.hpp>
#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/uloc.h>
#include <unicode/unistr.h>

#include "core/form.hpp"
#include "core/language_tag.hpp"
#include "http/paging.hpp"
#include "http/respond.hpp"
#include "modules/bound.hpp"

namespace rt::partnership {

namespace {

using http::Access;
using http::RequestContext;
using http::Response;

// NOTE: CLDR names no sign languages (see core/language_tag.cpp). British
// Sign Language is named here in English; the web app names it in pl and ar.
constexpr std::string_view k_bsl = "bfi";
constexpr std::string_view k_bsl_name = "British Sign Language";

// The languages every partnership sees first, with those its people use.
constexpr std::array<std::string_view, 3> k_always_common { "en", "pl", "ar" };

constexpr auto k_people_languages = "SELECT preferred_language, COUNT(*) FROM people WHERE partnership_id = :p GROUP BY preferred_language";

std::string utf8(icu::UnicodeString const& text)
{
    std::string out;
    text.toUTF8String(out);
    return out;
}

std::string folded(std::string const& text)
{
    return utf8(icu::UnicodeString::fromUTF8(text).foldCase());
}

boost::json::object to_json(LanguageName const& language, bool common)
{
    return { { "tag", language.tag }, { "name", language.name }, { "english", language.english }, { "endonym", language.endonym }, { "common", common } };
}

Response list_languages_route(Services& services, RequestContext const& context)
{
    auto const display_text = context.request.query_value("display").value_or("en");
    auto const display = canonical_language_tag(display_text);
    if (!display)
        return Response::problem(Error::invalid_field("display", "Use a BCP 47 language tag such as en, pl or ar."));
    auto const query = folded(context.request.query_value("q").value_or(""));

    // Common: en, pl and ar, then the partnership's people's languages, most used first.
    std::vector<std::string> common { k_always_common.begin(), k_always_common.end() };
    auto const used = services.database.read([&](soci::session& sql) {
        std::vector<std::pair<long long, std::string>> counted;
        soci::rowset<soci::row> rows = (sql.prepare << k_people_languages, soci::use(context.signed_in().partnership_id));
        for (auto const& row : rows)
            if (auto tag = canonical_language_tag(db::text_at(row, 0)))
                counted.emplace_back(db::integer_at(row, 1), std::move(*tag));
        return counted;
    });
    auto ordered = used;
    std::ranges::stable_sort(ordered, [](auto const& a, auto const& b) { return a.first > b.first || (a.first == b.first && a.second < b.second); });
    for (auto const& [count, tag] : ordered)
        if (std::ranges::find(common, tag) == common.end())
            common.push_back(tag);

    auto const known = known_languages(*display);
    auto matches = [&](LanguageName const& language) {
        if (query.empty())
            return true;
        for (auto const* text : { &language.tag, &language.name, &language.english, &language.endonym })
            if (folded(*text).find(query) != std::string::npos)
                return true;
        return false;
    };
    auto page = http::read_page(context.request);
    if (!page)
        return Response::problem(page.error());
    std::vector<boost::json::object> items;
    boost::json::array common_tags;
    for (auto const& tag : common) {
        common_tags.emplace_back(tag);
        auto const name = name_language(tag, *display);
        if (matches(name))
            items.push_back(to_json(name, true));
    }
    for (auto const& language : *known)
        if (std::ranges::find(common, language.tag) == common.end() && matches(language))
            items.push_back(to_json(language, false));
    // ICU's list of languages is fixed and the order is worked out here, so the page is cut after.
    auto const sliced = slice_page(std::move(items), *page, [](boost::json::object const& item) { return std::string { item.at("tag").as_string() }; });
    if (!sliced)
        return Response::problem(sliced.error());
    return Response::json(200, http::page_json(*sliced, [](boost::json::object const& item) { return item; }, { { "common", std::move(common_tags) } }));
}

}

LanguageName name_language(std::string const& tag, std::string const& display)
{
    if (tag == k_bsl)
        return { tag, std::string { k_bsl_name }, std::string { k_bsl_name }, std::string { k_bsl_name } };
    UErrorCode status = U_ZERO_ERROR;
    auto const locale = icu::Locale::forLanguageTag(tag, status);
    auto const reader = icu::Locale::forLanguageTag(display, status);
    icu::UnicodeString name, english, endonym;
    locale.getDisplayName(reader, name);
    locale.getDisplayName(icu::Locale::getEnglish(), english);
    locale.getDisplayName(locale, endonym);
    return { tag, utf8(name), utf8(english), utf8(endonym) };
}

bool right_to_left(std::string const& tag)
{
    UErrorCode status = U_ZERO_ERROR;
    auto const locale = icu::Locale::forLanguageTag(tag, status);
    return U_SUCCESS(status) && locale.isRightToLeft();
}

std::shared_ptr<std::vector<LanguageName> const> known_languages(std::string const& display)
{
    // The list depends only on ICU's data and the display language: made once per display language.
    static std::mutex mutex;
    static std::map<std::string, std::shared_ptr<std::vector<LanguageName> const>> cache;
    std::scoped_lock lock { mutex };
    if (auto const found = cache.find(display); found != cache.end())
        return found->second;
    auto languages = std::make_shared<std::vector<LanguageName>>();
    for (auto const* const* iso = uloc_getISOLanguages(); *iso; ++iso) {
        auto const tag = canonical_language_tag(*iso);
        if (!tag || *tag != *iso)
            continue; // a code ICU replaces with another (iw -> he): the other is listed
        auto name = name_language(*tag, display);
        if (name.english == *tag)
            continue; // ICU has no name for it
        languages->push_back(std::move(name));
    }
    languages->push_back(name_language(std::string { k_bsl }, display));
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> collator { icu::Collator::createInstance(icu::Locale::forLanguageTag(display, status), status) };
    if (U_SUCCESS(status) && collator) {
        std::ranges::stable_sort(*languages, [&](LanguageName const& a, LanguageName const& b) {
            UErrorCode compare_status = U_ZERO_ERROR;
            return collator->compareUTF8(a.name, b.name, compare_status) == UCOL_LESS;
        });
    }
    // Bounded: one entry per display language a client asks for, and there are only so many.
    if (cache.size() > 300)
        cache.clear();
    return cache.emplace(display, std::move(languages)).first->second;
}

void register_language_routes(http::Router& router, Services& services)
{
    router.add({ "GET", "/api/v1/languages", Access::Session, bound(services, list_languages_route),
        { "Languages to choose from, named by ICU, the partnership's common ones first", "partnership", "", "LanguageList", 200, { "q", "display" },
            { 422 } } });
}

}
