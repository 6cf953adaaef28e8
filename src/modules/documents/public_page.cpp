#include "modules/documents/public_page.hpp"

#include <map>

#include <kainjow/mustache.hpp>

namespace rt::documents {

namespace {

using kainjow::mustache::data;
using kainjow::mustache::mustache;

constexpr auto k_page = R"(<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{title}}</title>
</head>
<body>
<header><p>{{kind}}. Version {{number}}, published on {{published_on}}.</p></header>
<main>
<h1>{{title}}</h1>
{{#note}}<p>What changed in this version: {{note}}</p>{{/note}}
<nav aria-labelledby="contents"><h2 id="contents">Contents</h2>
<ol>
{{#sections}}<li><p><a href="#section-{{id}}">{{heading}}</a></p></li>
{{/sections}}</ol>
</nav>
{{#sections}}<section id="section-{{id}}" aria-labelledby="heading-{{id}}">
<h{{level}} id="heading-{{id}}">{{heading}}</h{{level}}>
{{#kind}}<p>{{kind}}</p>{{/kind}}
{{#paragraphs}}<p>{{text}}</p>
{{/paragraphs}}{{#measure}}<p>How we will know it worked: {{measure}}</p>{{/measure}}
</section>
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

}

std::string public_page(PublicDocument const& shown)
{
    std::map<std::string, int> depth;
    data sections { data::type::list };
    for (auto const& section : shown.version.sections) {
        int const level = section.parent_id && depth.contains(*section.parent_id) ? depth[*section.parent_id] + 1 : 0;
        depth[section.id] = level;
        data entry;
        entry.set("id", section.id);
        entry.set("heading", section.heading);
        entry.set("level", std::to_string(std::min(level + 2, 6)));
        if (auto const kind = kind_words(section.kind); !kind.empty())
            entry.set("kind", kind);
        entry.set("paragraphs", paragraphs_of(section.body));
        if (!section.measure.empty())
            entry.set("measure", section.measure);
        sections.push_back(entry);
    }
    data page;
    page.set("title", shown.document.title);
    page.set("kind", kind_words(shown.document.kind));
    page.set("number", std::to_string(shown.version.number));
    page.set("published_on", shown.version.published_at.substr(0, 10));
    if (!shown.version.note.empty())
        page.set("note", shown.version.note);
    page.set("sections", sections);
    return mustache { k_page }.render(page);
}

std::string not_public_page()
{
    return k_not_public;
}

}
