#include "core/language_tag.hpp"

#include <algorithm>
#include <array>
#include <cstring>

#include <unicode/locid.h>
#include <unicode/uloc.h>
#include <unicode/unistr.h>

namespace rt {

namespace {

// NOTE: CLDR, and so ICU, names no sign languages. British Sign Language
// (ISO 639-3 `bfi`, which ICU also makes of the older `sgn-GB`) is the one
// people here ask for, so it is known too; its name comes from the web app.
constexpr std::array<std::string_view, 1> k_known_without_cldr_name { "bfi" };

bool known_language(std::string_view language)
{
    if (language.empty() || language == "und")
        return false;
    if (std::ranges::find(k_known_without_cldr_name, language) != k_known_without_cldr_name.end())
        return true;
    std::string const code { language };
    for (auto const* const* iso = uloc_getISOLanguages(); *iso; ++iso)
        if (code == *iso)
            return true;
    // ICU's list leaves out a few codes it still names (`tl`, Tagalog): a name
    // of its own in English means ICU knows the language.
    icu::UnicodeString name;
    icu::Locale { code.c_str() }.getDisplayLanguage(icu::Locale::getEnglish(), name);
    std::string english;
    name.toUTF8String(english);
    return !english.empty() && english != code;
}

}

std::optional<std::string> canonical_language_tag(std::string_view text)
{
    // Long enough for a language, script, region and a variant or extension.
    if (text.empty() || text.size() > 35)
        return std::nullopt;
    if (!std::ranges::all_of(text, [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'; }))
        return std::nullopt;
    std::string const tag { text };
    // uloc_forLanguageTag stops at the first subtag it cannot read and says
    // how far it got: a tag is well-formed only when all of it was read.
    std::array<char, ULOC_FULLNAME_CAPACITY> locale_id {};
    int32_t parsed = 0;
    UErrorCode status = U_ZERO_ERROR;
    uloc_forLanguageTag(tag.c_str(), locale_id.data(), static_cast<int32_t>(locale_id.size()), &parsed, &status);
    if (U_FAILURE(status) || status == U_STRING_NOT_TERMINATED_WARNING || parsed != static_cast<int32_t>(tag.size()))
        return std::nullopt;
    icu::Locale const locale { locale_id.data() };
    if (locale.isBogus() || !known_language(locale.getLanguage()))
        return std::nullopt;
    status = U_ZERO_ERROR;
    auto canonical = locale.toLanguageTag<std::string>(status);
    if (U_FAILURE(status) || canonical.empty() || canonical.size() > 35)
        return std::nullopt;
    return canonical;
}

std::string_view primary_language_subtag(std::string_view tag)
{
    return tag.substr(0, tag.find('-'));
}

bool language_covers(std::string_view offered, std::string_view spoken)
{
    if (offered.empty() || spoken.empty())
        return false;
    auto const prefix_of = [](std::string_view shorter, std::string_view longer) {
        return longer.size() > shorter.size() && longer.starts_with(shorter) && longer[shorter.size()] == '-';
    };
    return offered == spoken || prefix_of(offered, spoken) || prefix_of(spoken, offered);
}

}
