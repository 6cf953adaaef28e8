#pragma once

#include <map>
#include <string>

#include "modules/notifications/mail.hpp"

// The words of each message, in every language Roundtable ships (en, pl,
// ar), as mustache templates: {{x}} is escaped for the HTML part, {{{x}}} is
// the plain-text part's. Another language falls back to English, and says so.
namespace rt::notifications {

struct Rendered {
    std::string subject;
    std::string text;
    std::string html;
    std::string language; // the one used
    bool fell_back { false };
};

// `values` fills the template; `for_organisation` picks the wording for a
// contact of an invited organisation.
[[nodiscard]] Rendered render_invitation(std::string const& language, std::map<std::string, std::string> const& values, bool for_organisation);

}
