#include "modules/documents/public_page.hpp"

#include <map>
#include <set>

#include <boost/json.hpp>
#include <kainjow/mustache.hpp>

#include "modules/partnership/languages.hpp"

namespace rt::documents {

namespace {

using kainjow::mustache::data;
using kainjow::mustache::mustache;

// The document's own words are English; parts in it keep lang="en" inside a translated section.
constexpr auto k_original = "en";

constexpr auto k_page = R"(<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{title}}</title>
</head>
<body>
<header><p>{{kind}}. Version {{number}}, published on {{published_on}}.</p>
{{#has_languages}}<nav aria-labelledby="languages"><h2 id="languages">Read it in another language</h2>
<ul>
{{#languages}}<li><p>{{#current}}<strong lang="{{tag}}" dir="{{dir}}">{{name}}</strong> (shown now){{/current}}{{^current}}<a href="?language={{tag}}" hreflang="{{tag}}" lang="{{tag}}" dir="{{dir}}">{{name}}</a>{{/current}}</p></li>
{{/languages}}</ul>
</nav>{{/has_languages}}
</header>
<main>
<h1>{{title}}</h1>
{{#note}}<p>What changed in this version: {{note}}</p>{{/note}}
<nav aria-labelledby="contents"><h2 id="contents">Contents</h2>
<ol>
{{#sections}}<li><p><a href="#section-{{id}}"{{#lang}} lang="{{lang}}" dir="{{dir}}"{{/lang}}>{{heading}}</a></p></li>
{{/sections}}</ol>
</nav>
{{#sections}}<section id="section-{{id}}" aria-labelledby="heading-{{id}}"{{#lang}} lang="{{lang}}" dir="{{dir}}"{{/lang}}>
<h{{level}} id="heading-{{id}}">{{heading}}</h{{level}}>
{{#kind}}<p lang="en" dir="ltr">{{kind}}</p>{{/kind}}
{{#untranslated}}<p>This part is not translated into {{untranslated}} yet, so it is shown in English.</p>
{{/untranslated}}{{#paragraphs}}<p>{{text}}</p>
{{/paragraphs}}{{#measure}}<p lang="en" dir="ltr">How we will know it worked: {{measure}}</p>{{/measure}}
{{#easy_read}}<details lang="en" dir="ltr"><summary>Easy Read</summary>
<ul>
{{#lines}}<li><p>{{#pictogram}}<img src="/pictograms/{{pictogram}}.svg" alt="" width="64" height="64"> {{/pictogram}}{{text}}</p></li>
{{/lines}}</ul>
</details>
{{/easy_read}}</section>
{{/sections}}</main>
</body>
</html>
)";
constexpr auto k_not_public = R"(<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>This page is not public</title>
</head>
<body>
<main>
<h1>This page is not public</h1>
<p>The address may be mistyped, or the partnership has stopped sharing this document. Ask the person who gave you the address.</p>
</main>
</body>
</html>
)";

std::string kind_words(std::string const& kind)
{
    static std::map<std::string, std::string> const words { { "strategy", "Strategy" }, { "service_specification", "Service specification" },
        { "values", "Values" }, { "charter", "Charter" }, { "plan", "Plan" }, { "other", "Document" }, { "vision", "Vision" }, { "value", "Value" },
        { "objective", "Objective" }, { "action", "Action" }, { "text", "" } };
    auto const found = words.find(kind);
    return found == words.end() ? "" : found->second;
}

// Paragraphs at blank lines; the lines of one paragraph run on.
data paragraphs_of(std::string const& body)
{
    data list { data::type::list };
    std::string paragraph;
    auto flush = [&] {
        if (!paragraph.empty())
            list.push_back(data { "text", paragraph });
        paragraph.clear();
    };
    std::size_t start = 0;
    while (start <= body.size()) {
        auto end = body.find('\n', start);
        if (end == std::string::npos)
            end = body.size();
        auto line = body.substr(start, end - start);
        while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
            line.pop_back();
        if (line.empty())
            flush();
        else
            paragraph += (paragraph.empty() ? "" : " ") + line;
        start = end + 1;
    }
    flush();
    return list;
}

std::string direction_of(std::string const& tag)
{
    return partnership::right_to_left(tag) ? "rtl" : "ltr";
}

// The translation of the section's words into `language`, made from these words.
std::optional<std::string> current_translation(language::TextVersions const& versions, std::string const& language)
{
    for (auto const& translation : versions.translations)
        if (translation.field == "body" && translation.language == language && !translation.outdated && !translation.text.empty())
            return translation.text;
    return std::nullopt;
}

// The languages some section has a translation of these words into, with English first.
std::vector<std::string> languages_of(PublicDocument const& shown)
{
    std::set<std::string> found;
    for (auto const& [id, versions] : shown.versions)
        for (auto const& translation : versions.translations)
            if (translation.field == "body" && !translation.outdated && translation.language != k_original)
                found.insert(translation.language);
    std::vector<std::string> languages { k_original };
    languages.insert(languages.end(), found.begin(), found.end());
    return languages;
}

data easy_read_of(language::TextVersions const& versions)
{
    for (auto const& easy : versions.easy_read) {
        if (easy.field != "body" || easy.outdated)
            continue;
        data lines { data::type::list };
        auto const parsed = boost::json::parse(easy.lines);
        for (auto const& line : parsed.as_array()) {
            auto const& object = line.as_object();
            data entry;
            entry.set("text", std::string { object.at("text").as_string() });
            if (auto const* pictogram = object.if_contains("pictogram"); pictogram && pictogram->is_string())
                entry.set("pictogram", std::string { pictogram->as_string() });
            lines.push_back(entry);
        }
        if (!lines.is_empty_list()) {
            data easy_read;
            easy_read.set("lines", lines);
            return easy_read;
        }
    }
    return data { false };
}

}

std::string public_page(PublicDocument const& shown, std::string const& wanted)
{
    auto const available = languages_of(shown);
    // An unknown or untranslated language shows the original, as a reader would expect of a link.
    auto const language = std::ranges::find(available, wanted) == available.end() ? std::string { k_original } : wanted;
    auto const language_name = partnership::name_language(language, "en").english;
    std::map<std::string, int> depth;
    data sections { data::type::list };
    for (auto const& section : shown.version.sections) {
        int const level = section.parent_id && depth.contains(*section.parent_id) ? depth[*section.parent_id] + 1 : 0;
        depth[section.id] = level;
        data entry;
        entry.set("id", section.id);
        entry.set("level", std::to_string(std::min(level + 2, 6)));
        if (auto const kind = kind_words(section.kind); !kind.empty())
            entry.set("kind", kind);
        auto const found = shown.versions.find(section.id);
        auto const translated = language == k_original || found == shown.versions.end() ? std::nullopt : current_translation(found->second, language);
        if (translated) {
            auto const [heading, body] = split_wording(*translated);
            entry.set("heading", heading);
            entry.set("paragraphs", paragraphs_of(body));
            entry.set("lang", language);
            entry.set("dir", direction_of(language));
        } else {
            entry.set("heading", section.heading);
            entry.set("paragraphs", paragraphs_of(section.body));
            if (language != k_original)
                entry.set("untranslated", language_name);
        }
        if (!section.measure.empty())
            entry.set("measure", section.measure);
        if (found != shown.versions.end())
            entry.set("easy_read", easy_read_of(found->second));
        sections.push_back(entry);
    }
    data languages { data::type::list };
    for (auto const& tag : available) {
        data entry;
        entry.set("tag", tag);
        entry.set("dir", direction_of(tag));
        entry.set("name", partnership::name_language(tag, tag).endonym);
        entry.set("current", tag == language);
        languages.push_back(entry);
    }
    data page;
    page.set("title", shown.document.title);
    page.set("kind", kind_words(shown.document.kind));
    page.set("number", std::to_string(shown.version.number));
    page.set("published_on", shown.version.published_at.substr(0, 10));
    if (!shown.version.note.empty())
        page.set("note", shown.version.note);
    page.set("has_languages", available.size() > 1);
    page.set("languages", languages);
    page.set("sections", sections);
    return mustache { k_page }.render(page);
}

std::string not_public_page()
{
    return k_not_public;
}

}
