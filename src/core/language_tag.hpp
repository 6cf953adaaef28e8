#pragma once

#include <optional>
#include <string>
#include <string_view>

// BCP 47 language tags, checked by ICU: the one rule for every language the
// app records (a person's, a sign-up's, an activity's, a translation's).
namespace rt {

// The tag in its canonical form (`ti`, `pt-BR`, `zh-Hant`; `iw` becomes `he`)
// when it is well-formed BCP 47 and its language subtag is a known ISO 639
// language; nullopt otherwise (`en_GB`, `xx`, `x-private`, `und`, `en-`).
[[nodiscard]] std::optional<std::string> canonical_language_tag(std::string_view text);

[[nodiscard]] inline bool is_language_tag(std::string_view text)
{
    return canonical_language_tag(text).has_value();
}

// The tag's language subtag: "pt" for "pt-BR". Assumes a canonical tag.
[[nodiscard]] std::string_view primary_language_subtag(std::string_view tag);

// Whether a person who speaks `spoken` follows an activity run in `offered`:
// the same tag, or one a more specific form of the other (`pt` and `pt-BR`).
[[nodiscard]] bool language_covers(std::string_view offered, std::string_view spoken);

}
