#pragma once

#include <map>
#include <string>
#include <vector>

#include <boost/json/object.hpp>

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

// A notice's email: `values` holds name, partnership, link, unsubscribe and
// preferences; `can_unsubscribe` is false for security mail.
[[nodiscard]] Rendered render_notice(std::string const& language, std::string const& kind, boost::json::object const& params,
    std::map<std::string, std::string> const& values, bool can_unsubscribe);

// Several notices in one email (a daily or weekly digest).
struct DigestItem {
    std::string kind;
    boost::json::object params;
    std::string link;
};
[[nodiscard]] Rendered render_digest(std::string const& language, std::vector<DigestItem> const& items, std::map<std::string, std::string> const& values);

// The organisers' digest: for each kind of waiting work (contributions,
// arrangements, claims) how many, and the first few with their links.
struct WaitingWork {
    std::string key;
    long long count { 0 };
    struct Item {
        std::string title;
        std::string project_title;
        std::string link;
    };
    std::vector<Item> items;
};
[[nodiscard]] Rendered render_organiser_digest(std::string const& language, std::vector<WaitingWork> const& waiting,
    std::map<std::string, std::string> const& values);

// Fills a template once with the values: escaped for HTML, as they are for
// plain text (the template's {{x}} is read as {{{x}}} there).
[[nodiscard]] std::string fill_template(std::string const& text, std::map<std::string, std::string> const& values, bool html);

// The end of every email: how to stop these (unless security mail), where to
// choose, and the signature; as plain text and as HTML.
[[nodiscard]] std::pair<std::string, std::string> footer_for(std::string const& language, std::map<std::string, std::string> const& values,
    bool can_unsubscribe);

// "Thursday, 10 December 2026 at 14:00" in the activity's time zone and the reader's language (ICU).
[[nodiscard]] std::string when_in_words(std::string const& utc_time, std::string const& time_zone, std::string const& language);

}
