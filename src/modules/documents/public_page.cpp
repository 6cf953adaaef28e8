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
<html lang="{{language}}" dir="{{dir}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{title}}</title>
</head>
<body>
<header><p>{{version_line}}</p>
{{#has_languages}}<nav aria-labelledby="languages"><h2 id="languages">{{w.other_languages}}</h2>
<ul>
{{#languages}}<li><p>{{#current}}<strong lang="{{tag}}" dir="{{dir}}">{{name}}</strong> {{w.shown_now}}{{/current}}{{^current}}<a href="?language={{tag}}" hreflang="{{tag}}" lang="{{tag}}" dir="{{dir}}">{{name}}</a>{{/current}}</p></li>
{{/languages}}</ul>
</nav>{{/has_languages}}
</header>
<main>
<h1{{#title_lang}} lang="{{title_lang}}" dir="ltr"{{/title_lang}}>{{title}}</h1>
{{#note}}<p>{{w.changed}} <span lang="en" dir="ltr">{{note}}</span></p>{{/note}}
{{#some_untranslated}}<p>{{w.untranslated}}</p>{{/some_untranslated}}
<nav aria-labelledby="contents"><h2 id="contents">{{w.contents}}</h2>
<ol>
{{#sections}}<li><p><a href="#section-{{id}}" lang="{{lang}}" dir="{{dir}}">{{heading}}</a></p></li>
{{/sections}}</ol>
</nav>
{{#sections}}<section id="section-{{id}}" aria-labelledby="heading-{{id}}" lang="{{lang}}" dir="{{dir}}">
<h{{level}} id="heading-{{id}}">{{heading}}</h{{level}}>
{{#section_kind}}<p lang="{{language}}" dir="{{page_dir}}">{{section_kind}}{{#still_english}} ({{w.still_english}}){{/still_english}}</p>{{/section_kind}}
{{^section_kind}}{{#still_english}}<p lang="{{language}}" dir="{{page_dir}}">({{w.still_english}})</p>{{/still_english}}{{/section_kind}}
{{#paragraphs}}<p>{{text}}</p>
{{/paragraphs}}{{#measure}}<p><span lang="{{language}}" dir="{{page_dir}}">{{w.measure}}</span> <span lang="en" dir="ltr">{{measure}}</span></p>{{/measure}}
{{#easy_read}}<details><summary lang="{{language}}" dir="{{page_dir}}">{{w.easy_read}}</summary>
<ul lang="en" dir="ltr">
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

// The page's own words, in the languages Roundtable's pages are written in
// (Polish and Arabic read as their own sentences). Any other language gets
// the English words around its translated parts.
struct PageWords {
    std::string_view version_line; // {kind}, {number}, {date}
    std::string_view other_languages;
    std::string_view shown_now;
    std::string_view changed;
    std::string_view untranslated;
    std::string_view still_english;
    std::string_view contents;
    std::string_view measure;
    std::string_view easy_read;
    std::map<std::string_view, std::string_view> kinds; // document and section kinds; text has none
};

PageWords const& words_for(std::string const& language)
{
    static PageWords const english { "{kind}. Version {number}, published on {date}.", "Read it in another language", "(shown now)",
        "What changed in this version:", "Some parts are not translated yet. They are shown in English and say so.", "still in English", "Contents",
        "How we will know it worked:", "Easy Read",
        { { "strategy", "Strategy" }, { "service_specification", "Service specification" }, { "values", "Values" }, { "charter", "Charter" },
            { "plan", "Plan" }, { "other", "Document" }, { "vision", "Vision" }, { "value", "Value" }, { "objective", "Objective" },
            { "action", "Action" } } };
    static PageWords const polish { "{kind}. Wersja {number}, opublikowana {date}.", "Przeczytaj w innym języku", "(wyświetlany teraz)",
        "Co się zmieniło w tej wersji:", "Niektóre części nie są jeszcze przetłumaczone. Są po angielsku i mają o tym informację.",
        "jeszcze po angielsku", "Spis treści", "Skąd będziemy wiedzieć, że się udało:", "Łatwy tekst",
        { { "strategy", "Strategia" }, { "service_specification", "Opis usługi" }, { "values", "Wartości" }, { "charter", "Karta współpracy" },
            { "plan", "Plan działań" }, { "other", "Dokument" }, { "vision", "Wizja" }, { "value", "Wartość" }, { "objective", "Cel" },
            { "action", "Działanie" } } };
    static PageWords const arabic { "{kind}. الإصدار {number}، نُشر في {date}.", "اقرأها بلغة أخرى", "(المعروضة الآن)", "ما الذي تغيّر في هذا الإصدار:",
        "بعض الأجزاء لم تُترجم بعد. تظهر بالإنجليزية مع ملاحظة تقول ذلك.", "ما زال بالإنجليزية", "المحتويات", "كيف نعرف أنه نجح:",
        "صيغة سهلة القراءة",
        { { "strategy", "استراتيجية" }, { "service_specification", "وصف خدمة" }, { "values", "قيم" }, { "charter", "ميثاق" }, { "plan", "خطة" },
            { "other", "وثيقة" }, { "vision", "رؤية" }, { "value", "قيمة" }, { "objective", "هدف" }, { "action", "إجراء" } } };
    auto const primary = language.substr(0, language.find('-'));
    if (primary == "pl")
        return polish;
    if (primary == "ar")
        return arabic;
    return english;
}

std::string kind_in(PageWords const& words, std::string const& kind)
{
    auto const found = words.kinds.find(kind);
    return found == words.kinds.end() ? "" : std::string { found->second };
}

std::string replaced(std::string text, std::string_view name, std::string const& value)
{
    if (auto const at = text.find(name); at != std::string::npos)
        text.replace(at, name.size(), value);
    return text;
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
    auto const& words = words_for(language);
    auto const page_dir = direction_of(language);
    std::map<std::string, int> depth;
    bool some_untranslated = false;
    data sections { data::type::list };
    for (auto const& section : shown.version.sections) {
        int const level = section.parent_id && depth.contains(*section.parent_id) ? depth[*section.parent_id] + 1 : 0;
        depth[section.id] = level;
        data entry;
        entry.set("id", section.id);
        entry.set("level", std::to_string(std::min(level + 2, 6)));
        // Every optional key is set, so a missing one never falls through to the page's.
        auto const kind = kind_in(words, section.kind);
        entry.set("section_kind", kind.empty() ? data { false } : data { kind });
        auto const found = shown.versions.find(section.id);
        auto const translated = language == k_original || found == shown.versions.end() ? std::nullopt : current_translation(found->second, language);
        auto const [heading, body] = translated ? split_wording(*translated) : std::pair { section.heading, section.body };
        entry.set("heading", heading);
        entry.set("paragraphs", paragraphs_of(body));
        entry.set("lang", translated ? language : std::string { k_original });
        entry.set("dir", translated ? page_dir : std::string { "ltr" });
        bool const still_english = !translated && language != k_original;
        some_untranslated = some_untranslated || still_english;
        entry.set("still_english", still_english);
        entry.set("measure", section.measure.empty() ? data { false } : data { section.measure });
        entry.set("easy_read", found == shown.versions.end() ? data { false } : easy_read_of(found->second));
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
    data w;
    for (auto const& [key, value] : std::initializer_list<std::pair<char const*, std::string_view>> { { "other_languages", words.other_languages },
             { "shown_now", words.shown_now }, { "changed", words.changed }, { "untranslated", words.untranslated },
             { "still_english", words.still_english }, { "contents", words.contents }, { "measure", words.measure }, { "easy_read", words.easy_read } })
        w.set(key, std::string { value });
    data page;
    page.set("w", w);
    page.set("language", language);
    page.set("dir", page_dir);
    page.set("page_dir", page_dir);
    page.set("title", shown.document.title);
    // The title is as it was written (in English); on a page in another language it says so.
    page.set("title_lang", language == k_original ? data { false } : data { std::string { k_original } });
    page.set("version_line",
        replaced(replaced(replaced(std::string { words.version_line }, "{kind}", kind_in(words, shown.document.kind)), "{number}",
                     std::to_string(shown.version.number)),
            // Isolated left to right, so an Arabic line keeps the date's order (2026-12-08, not 08-12-2026).
            "{date}", "\u2066" + shown.version.published_at.substr(0, 10) + "\u2069"));
    page.set("note", shown.version.note.empty() ? data { false } : data { shown.version.note });
    page.set("some_untranslated", some_untranslated);
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
