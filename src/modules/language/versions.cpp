// Translations and Easy Read versions of published texts (issue 8): people
// (an interpreter, an organiser) add them; readers get their own language
// with the original one step away; a list shows what still needs translating
// for the languages a project's members read.

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <set>

#include <boost/json.hpp>

#include "core/form.hpp"
#include "core/ids.hpp"
#include "core/time.hpp"
#include "http/paging.hpp"
#include "http/respond.hpp"
#include "modules/bound.hpp"
#include "modules/language/routes.hpp"
#include "modules/language/service.hpp"
#include "modules/partnership/forms.hpp"
#include "modules/partnership/queries.hpp"
#include "modules/privacy/audit.hpp"
#include "modules/projects/queries.hpp"
#include "modules/surveys/queries.hpp"

namespace rt::language {

namespace {

using http::Access;
using http::RequestContext;
using http::Response;

// The pictograms shipped in web/public/pictograms (CC0, drawn for Roundtable).
constexpr std::array<std::string_view, 12> k_pictograms { "calendar", "clock", "meeting", "money", "no", "people-group", "person", "phone",
    "place", "question", "wheelchair-access", "yes" };

// "pt-BR" -> "pt": languages are compared by their primary subtag.
std::string primary_language(std::string const& tag)
{
    return tag.substr(0, tag.find('-'));
}

// A survey's questions carry their own translations: a language counts when
// every question has it.
std::set<std::string> survey_question_languages(soci::session& sql, std::string const& partnership_id, std::string const& survey_id)
{
    auto const questions = surveys::survey_questions(sql, partnership_id, survey_id);
    if (!questions)
        return {};
    std::set<std::string> common;
    bool first = true;
    for (auto const& question : *questions) {
        std::set<std::string> languages;
        for (auto const& [tag, translation] : question.translations)
            languages.insert(primary_language(tag));
        if (first)
            common = std::move(languages);
        else
            std::erase_if(common, [&](std::string const& language) { return !languages.contains(language); });
        first = false;
    }
    return common;
}

struct Subject {
    std::string subject_type;
    std::string subject_id;
    std::string field;
};

Result<Subject> read_subject(FormReader& reader)
{
    Subject subject;
    subject.subject_type = reader.text("subject_type", { .presence = Presence::Required, .min_length = 1, .max_length = 40 }).value_or("");
    subject.subject_id = reader.text("subject_id", { .presence = Presence::Required, .max_length = 36 }).value_or("");
    subject.field = reader.text("field", { .presence = Presence::Required, .min_length = 1, .max_length = 40 }).value_or("");
    if (!subject.subject_id.empty() && !looks_like_id(subject.subject_id))
        reader.add_error("subject_id", "Choose a published text.");
    return subject;
}

struct PublishedRow {
    std::optional<std::string> project_id;
    std::string locale;
    std::string text_hash;
};

// A version made from another wording than the one published now ('' : made before wordings were recorded).
bool is_outdated(std::string const& source_hash, std::string const& text_hash)
{
    return !source_hash.empty() && !text_hash.empty() && source_hash != text_hash;
}

// The languages the project's members read: people who are members, and
// people acting for member organisations.
std::set<std::string> member_languages(soci::session& sql, std::string const& partnership_id, std::string const& project_id)
{
    std::set<std::string> languages;
    for (auto const& member : projects::member_refs(sql, partnership_id, project_id)) {
        if (member.person_id)
            if (auto const person = partnership::find_person(sql, partnership_id, *member.person_id))
                languages.insert(primary_language(person->preferred_language));
        if (member.organisation_id)
            for (auto const& contact : partnership::organisation_contacts(sql, partnership_id, *member.organisation_id))
                languages.insert(primary_language(contact.preferred_language));
    }
    return languages;
}

// The published text in this partnership, and whether the actor may add
// versions of it: conveners, or the organisers of its project.
Result<PublishedRow> published_text(soci::session& sql, Actor const& actor, Subject const& subject, bool for_writing)
{
    std::string locale, project, text_hash;
    soci::indicator project_indicator = soci::i_null;
    sql << "SELECT locale, project_id, text_hash FROM published_texts WHERE partnership_id = :p AND subject_type = :type AND subject_id = :id "
           "AND field = :field",
        soci::into(locale), soci::into(project, project_indicator), soci::into(text_hash), soci::use(actor.partnership_id),
        soci::use(subject.subject_type), soci::use(subject.subject_id), soci::use(subject.field);
    if (!sql.got_data())
        return std::unexpected(Error::not_found("There is no such published text in this partnership."));
    PublishedRow row { project_indicator == soci::i_ok ? std::optional<std::string> { project } : std::nullopt, locale, text_hash };
    if (for_writing && !actor.is_convener()) {
        bool organiser = false;
        if (row.project_id)
            if (auto const can = projects::can_organise(sql, actor, *row.project_id))
                organiser = *can;
        if (!organiser)
            return std::unexpected(Error::forbidden("Conveners and the project's organisers add translations and Easy Read versions."));
    }
    return row;
}

Response put_translation_route(Services& services, RequestContext const& context)
{
    auto const& actor = context.signed_in();
    auto body = http::body_object(context.request);
    if (!body)
        return Response::problem(body.error());
    FormReader reader { *body };
    reader.reject_unknown({ "subject_type", "subject_id", "field", "language", "text" });
    auto subject = read_subject(reader);
    auto const language = reader.language("language", Presence::Required).value_or("");
    auto const text = reader.text("text", { .presence = Presence::Required, .min_length = 1, .max_length = 50000, .lines = TextRule::Lines::Multiple })
                          .value_or("");
    if (!reader.ok())
        return Response::problem(Error::invalid(reader.errors()));
    auto result = services.database.write([&](soci::session& sql) -> Result<boost::json::object> {
        auto published = published_text(sql, actor, *subject, true);
        if (!published)
            return std::unexpected(published.error());
        if (primary_language(published->locale) == primary_language(language))
            return std::unexpected(Error::invalid_field("language", "This is the language the text was written in."));
        auto const at = now_text();
        sql << "INSERT INTO content_translations (partnership_id, subject_type, subject_id, field, language, text, translated_by, updated_at, "
               "source_hash) VALUES (:p, :type, :id, :field, :language, :text, :by, :at, :source) ON CONFLICT (subject_type, subject_id, field, language) "
               "DO UPDATE SET text = excluded.text, translated_by = excluded.translated_by, updated_at = excluded.updated_at, "
               "source_hash = excluded.source_hash",
            soci::use(actor.partnership_id), soci::use(subject->subject_type), soci::use(subject->subject_id), soci::use(subject->field),
            soci::use(language), soci::use(text), soci::use(actor.person_id), soci::use(at), soci::use(published->text_hash);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "text.translated", subject->subject_type, subject->subject_id, std::nullopt,
                                                                        std::nullopt, { subject->field } });
        return boost::json::object { { "subject_type", subject->subject_type }, { "subject_id", subject->subject_id }, { "field", subject->field },
            { "language", language }, { "text", text }, { "updated_at", at } };
    });
    return result ? Response::json(200, *result) : Response::problem(result.error());
}

// The table that holds each kind of subject of a published text.
// NOTE: these few tables of other modules are read here for one existence
// check (is this subject in the reader's partnership?); each has
// partnership_id and id columns.
std::optional<std::string_view> subject_table(std::string_view type)
{
    if (type == "project")
        return "projects";
    if (type == "activity" || type == "minutes")
        return "activities";
    if (type == "proposal")
        return "proposals";
    if (type == "survey")
        return "surveys";
    if (type == "contribution_response")
        return "contributions";
    if (type == "document_section")
        return "document_sections";
    if (type == "initiative")
        return "initiatives";
    return std::nullopt;
}

Response get_versions_route(Services& services, RequestContext const& context)
{
    auto const& actor = context.signed_in();
    auto const type = context.request.query_value("subject_type").value_or("");
    auto const id = context.request.query_value("subject_id").value_or("");
    auto const table = subject_table(type);
    if (!table)
        return Response::problem(Error::invalid_field("subject_type", "Choose project, activity, minutes, proposal, survey, contribution_response, document_section or initiative."));
    if (!looks_like_id(id))
        return Response::problem(Error::invalid_field("subject_id", "Give subject_type and subject_id of a published text."));
    auto body = services.database.read([&](soci::session& sql) -> Result<boost::json::object> {
        // Another partnership's subject (or none at all) is not found, as on every route.
        long long found = 0;
        sql << "SELECT COUNT(*) FROM " + std::string { *table } + " WHERE partnership_id = :p AND id = :id", soci::into(found),
            soci::use(actor.partnership_id), soci::use(id);
        if (found == 0)
            return std::unexpected(Error::not_found("There is no such item in this partnership."));
        return versions_json(versions_of(sql, actor.partnership_id, type, id));
    });
    return body ? Response::json(200, *body) : Response::problem(body.error());
}

Response put_easy_read_route(Services& services, RequestContext const& context)
{
    auto const& actor = context.signed_in();
    auto body = http::body_object(context.request);
    if (!body)
        return Response::problem(body.error());
    FormReader reader { *body };
    reader.reject_unknown({ "subject_type", "subject_id", "field", "lines" });
    auto subject = read_subject(reader);
    boost::json::array lines;
    std::string joined;
    auto const* given = body->if_contains("lines");
    if (!given || !given->is_array() || given->get_array().empty() || given->get_array().size() > 40) {
        reader.add_error("lines", "Write between 1 and 40 lines, one idea a line.");
    } else {
        std::size_t index = 0;
        for (auto const& entry : given->get_array()) {
            auto const field = "lines[" + std::to_string(index++) + "]";
            auto const* object = entry.if_object();
            auto const* text = object ? object->if_contains("text") : nullptr;
            if (!text || !text->is_string() || text->get_string().empty() || code_point_count(text->get_string()) > 300) {
                reader.add_error(field + ".text", "Write the line (up to 300 characters).");
                continue;
            }
            boost::json::value pictogram = nullptr;
            if (auto const* picture = object->if_contains("pictogram"); picture && !picture->is_null()) {
                if (!picture->is_string() || std::ranges::find(k_pictograms, std::string_view { picture->get_string() }) == k_pictograms.end())
                    reader.add_error(field + ".pictogram", "Choose one of the pictures, or none.");
                else
                    pictogram = picture->get_string();
            }
            std::string line { text->get_string() };
            joined += line;
            if (line.back() != '.' && line.back() != '?' && line.back() != '!')
                joined += '.';
            joined += "\n\n";
            lines.push_back({ { "text", line }, { "pictogram", pictogram } });
        }
    }
    if (!reader.ok())
        return Response::problem(Error::invalid(reader.errors()));
    auto result = services.database.write([&](soci::session& sql) -> Result<boost::json::object> {
        auto published = published_text(sql, actor, *subject, true);
        if (!published)
            return std::unexpected(published.error());
        // The stricter Easy Read target: every sentence 15 words or fewer, Reading Ease 70 or more.
        CheckForm form;
        form.text = joined;
        form.locale = published->locale;
        form.easy_read = true;
        auto const checked = check_in(sql, actor, form);
        auto check_body = check_json(checked);
        bool const meets = checked.meets_target;
        auto const text = boost::json::serialize(lines);
        int const flag = meets ? 1 : 0;
        auto const at = now_text();
        sql << "INSERT INTO easy_read_versions (partnership_id, subject_type, subject_id, field, lines, meets_target, written_by, updated_at, "
               "source_hash) VALUES (:p, :type, :id, :field, :lines, :meets, :by, :at, :source) ON CONFLICT (subject_type, subject_id, field) "
               "DO UPDATE SET lines = excluded.lines, meets_target = excluded.meets_target, written_by = excluded.written_by, "
               "updated_at = excluded.updated_at, source_hash = excluded.source_hash",
            soci::use(actor.partnership_id), soci::use(subject->subject_type), soci::use(subject->subject_id), soci::use(subject->field), soci::use(text),
            soci::use(flag), soci::use(actor.person_id), soci::use(at), soci::use(published->text_hash);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "text.easy_read_saved", subject->subject_type, subject->subject_id, std::nullopt,
                                                                        std::nullopt, { subject->field } });
        return boost::json::object { { "lines", lines }, { "meets_target", meets }, { "check", std::move(check_body) }, { "updated_at", at } };
    });
    return result ? Response::json(200, *result) : Response::problem(result.error());
}

Response translations_needed_route(Services& services, RequestContext const& context)
{
    auto const& id = context.parameter("id");
    if (auto rejected = http::reject_bad_id(id))
        return *rejected;
    auto page = http::read_page(context.request);
    if (!page)
        return Response::problem(page.error());
    auto result = translations_needed(services.database, context.signed_in(), id, *page);
    return result ? Response::json(200, *result) : Response::problem(result.error());
}

}

Result<boost::json::object> translations_needed(db::Database& database, Actor const& actor, std::string const& id, PageRequest const& request)
{
    auto const* page = &request;
    return database.read([&](soci::session& sql) -> Result<boost::json::object> {
        if (auto organiser = projects::can_organise(sql, actor, id); !organiser)
            return std::unexpected(organiser.error());
        auto const languages = member_languages(sql, actor.partnership_id, id);
        // Newest published first, in keyset pages: a text lacking no language
        // is passed over, so pages are read until this one is full.
        constexpr std::string_view k_key = "t.published_at || '|' || t.subject_type || '|' || t.field";
        std::vector<std::pair<NameCursor, boost::json::object>> found;
        PageRequest reading { k_max_page_size, page->after };
        for (bool more = true; more && found.size() <= page->limit;) {
            auto const keys = keyset(reading, k_key, "t.subject_id", SortOrder::Descending);
            std::vector<std::array<std::string, 6>> published;
            soci::rowset<soci::row> texts = (sql.prepare << "SELECT t.subject_type, t.subject_id, t.field, t.locale, t.published_at, t.text_hash "
                                                            "FROM published_texts t WHERE t.partnership_id = :p AND t.project_id = :project AND "
                                                                + keys.condition + " " + keys.order_limit,
                soci::use(actor.partnership_id), soci::use(id), soci::use(keys.on), soci::use(keys.key), soci::use(keys.key), soci::use(keys.id),
                soci::use(keys.fetch));
            for (auto const& row : texts)
                published.push_back({ db::text_at(row, 0), db::text_at(row, 1), db::text_at(row, 2), db::text_at(row, 3), db::text_at(row, 4), db::text_at(row, 5) });
            more = published.size() > reading.limit;
            if (more)
                published.pop_back();
            for (auto const& [type, subject, field, locale, at, text_hash] : published) {
                if (found.size() > page->limit)
                    break;
                std::set<std::string> have, outdated;
                if (type == "survey" && field == "questions") {
                    have = survey_question_languages(sql, actor.partnership_id, subject);
                } else {
                    soci::rowset<soci::row> existing = (sql.prepare << "SELECT language, source_hash FROM content_translations WHERE partnership_id = :p "
                                                                       "AND subject_type = :type AND subject_id = :id AND field = :field",
                        soci::use(actor.partnership_id), soci::use(type), soci::use(subject), soci::use(field));
                    for (auto const& row : existing)
                        (is_outdated(db::text_at(row, 1), text_hash) ? outdated : have).insert(primary_language(db::text_at(row, 0)));
                }
                boost::json::array missing, stale;
                auto const own = primary_language(locale);
                for (auto const& language : languages) {
                    if (language == own || have.contains(language))
                        continue;
                    if (outdated.contains(language))
                        stale.emplace_back(language);
                    else
                        missing.emplace_back(language);
                }
                if (!missing.empty() || !stale.empty())
                    found.emplace_back(NameCursor { at + "|" + type + "|" + field, subject },
                        boost::json::object { { "subject_type", type }, { "subject_id", subject }, { "field", field }, { "locale", locale },
                            { "published_at", at }, { "missing_languages", std::move(missing) }, { "outdated_languages", std::move(stale) } });
            }
            if (!published.empty())
                reading.after = NameCursor { published.back()[4] + "|" + published.back()[0] + "|" + published.back()[2], published.back()[1] };
        }
        auto const items = finish_page(std::move(found), page->limit, [](auto const& item) { return item.first; });
        boost::json::array member_languages;
        for (auto const& language : languages)
            member_languages.emplace_back(language);
        return http::page_json(items, [](auto const& item) { return item.second; }, { { "member_languages", std::move(member_languages) } });
    });
}


void register_version_routes(http::Router& router, Services& services)
{
    router.add({ "PUT", "/api/v1/translations", Access::Session, bound(services, put_translation_route),
        { "Add or change a translation of a published text (conveners, the project's organisers)", "language", "Translation", "Translation", 200, {},
            { 403, 404, 422 } } });
    router.add({ "GET", "/api/v1/translations", Access::Session, bound(services, get_versions_route),
        { "The translations and Easy Read versions of a published item", "language", "", "Versions", 200, { "subject_type", "subject_id" }, { 404, 422 } } });
    router.add({ "PUT", "/api/v1/easy-read", Access::Session, bound(services, put_easy_read_route),
        { "Add or change the Easy Read version of a published text, checked against the Easy Read target", "language", "EasyRead", "EasyReadSaved",
            200, {}, { 403, 404, 422 } } });
    router.add({ "GET", "/api/v1/projects/{id}/translations-needed", Access::Session, bound(services, translations_needed_route),
        { "Published texts that lack a language the project's members read", "language", "", "TranslationsNeeded", 200, {}, { 404 } } });
}

BarometerCounts barometer_counts(soci::session& sql, std::string_view partnership_id, std::string_view project_id)
{
    std::string const partnership { partnership_id }, project { project_id };
    BarometerCounts counts;
    auto const languages = member_languages(sql, partnership, project);
    for (auto const& language : languages)
        if (language != "en")
            counts.member_languages.push_back(language);
    std::vector<std::array<std::string, 5>> texts;
    {
        soci::rowset<soci::row> rows = (sql.prepare << "SELECT subject_type, subject_id, field, locale, text_hash, meets_target, unexplained_jargon "
                                                       "FROM published_texts WHERE partnership_id = :p AND project_id = :project",
            soci::use(partnership), soci::use(project));
        for (auto const& row : rows) {
            ++counts.published;
            if (db::integer_at(row, 5) != 0 && db::integer_at(row, 6) == 0)
                ++counts.plain;
            texts.push_back({ db::text_at(row, 0), db::text_at(row, 1), db::text_at(row, 2), db::text_at(row, 3), db::text_at(row, 4) });
        }
    }
    // Current translations and Easy Read versions, by text.
    std::map<std::string, std::set<std::string>> translated;
    std::set<std::string> easy_read;
    auto text_key = [](std::string const& type, std::string const& id, std::string const& field) { return type + "|" + id + "|" + field; };
    std::map<std::string, std::string> hashes;
    for (auto const& [type, id, field, locale, hash] : texts)
        hashes[text_key(type, id, field)] = hash;
    {
        soci::rowset<soci::row> rows = (sql.prepare << "SELECT t.subject_type, t.subject_id, t.field, t.language, t.source_hash FROM content_translations t "
                                                       "JOIN published_texts p ON p.subject_type = t.subject_type AND p.subject_id = t.subject_id "
                                                       "AND p.field = t.field WHERE p.partnership_id = :p AND p.project_id = :project",
            soci::use(partnership), soci::use(project));
        for (auto const& row : rows) {
            auto const key = text_key(db::text_at(row, 0), db::text_at(row, 1), db::text_at(row, 2));
            if (!is_outdated(db::text_at(row, 4), hashes[key]))
                translated[key].insert(primary_language(db::text_at(row, 3)));
        }
    }
    {
        soci::rowset<soci::row> rows = (sql.prepare << "SELECT e.subject_type, e.subject_id, e.field, e.source_hash FROM easy_read_versions e "
                                                       "JOIN published_texts p ON p.subject_type = e.subject_type AND p.subject_id = e.subject_id "
                                                       "AND p.field = e.field WHERE p.partnership_id = :p AND p.project_id = :project",
            soci::use(partnership), soci::use(project));
        for (auto const& row : rows) {
            auto const key = text_key(db::text_at(row, 0), db::text_at(row, 1), db::text_at(row, 2));
            if (!is_outdated(db::text_at(row, 3), hashes[key]))
                easy_read.insert(key);
        }
    }
    for (auto const& [type, id, field, locale, hash] : texts) {
        auto const key = text_key(type, id, field);
        if (easy_read.contains(key))
            ++counts.easy_read;
        auto const have = type == "survey" && field == "questions" ? survey_question_languages(sql, partnership, id) : translated[key];
        auto const own = primary_language(locale);
        for (auto const& language : counts.member_languages) {
            if (language == own)
                continue;
            ++counts.translation_pairs;
            if (have.contains(language))
                ++counts.translated_pairs;
        }
    }
    return counts;
}

std::optional<std::string> translation_in(soci::session& sql, std::string_view partnership_id, std::string_view subject_type,
    std::string_view subject_id, std::string_view field, std::string_view language)
{
    std::string const partnership { partnership_id }, type { subject_type }, id { subject_id }, name { field }, wanted { language };
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT t.text, t.source_hash, p.text_hash FROM content_translations t "
                                                   "LEFT JOIN published_texts p ON p.subject_type = t.subject_type AND p.subject_id = t.subject_id "
                                                   "AND p.field = t.field WHERE t.partnership_id = :p AND t.subject_type = :type "
                                                   "AND t.subject_id = :id AND t.field = :field AND t.language = :language",
        soci::use(partnership), soci::use(type), soci::use(id), soci::use(name), soci::use(wanted));
    for (auto const& row : rows)
        if (!is_outdated(db::text_at(row, 1), db::optional_text_at(row, 2).value_or("")))
            return db::text_at(row, 0);
    return std::nullopt;
}

TextVersions versions_of(soci::session& sql, std::string const& partnership_id, std::string const& subject_type, std::string const& subject_id,
    std::optional<std::string> const& wording_hash)
{
    // Made from another wording than the one read: `outdated`.
    auto const outdated = [&](soci::row const& row, std::size_t source_at) {
        auto const source = db::text_at(row, source_at);
        return is_outdated(source, wording_hash ? *wording_hash : db::optional_text_at(row, source_at + 1).value_or(""));
    };
    TextVersions versions;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT t.field, t.language, t.text, t.updated_at, t.source_hash, p.text_hash FROM content_translations t "
                                                   "LEFT JOIN published_texts p ON p.subject_type = t.subject_type AND p.subject_id = t.subject_id "
                                                   "AND p.field = t.field WHERE t.partnership_id = :p "
                                                   "AND t.subject_type = :type AND t.subject_id = :id ORDER BY t.field, t.language",
        soci::use(partnership_id), soci::use(subject_type), soci::use(subject_id));
    for (auto const& row : rows)
        versions.translations.push_back({ db::text_at(row, 0), db::text_at(row, 1), db::text_at(row, 2), db::text_at(row, 3), outdated(row, 4) });
    soci::rowset<soci::row> easy = (sql.prepare << "SELECT e.field, e.lines, e.meets_target, e.updated_at, e.source_hash, p.text_hash FROM easy_read_versions e "
                                                   "LEFT JOIN published_texts p ON p.subject_type = e.subject_type AND p.subject_id = e.subject_id "
                                                   "AND p.field = e.field WHERE e.partnership_id = :p "
                                                   "AND e.subject_type = :type AND e.subject_id = :id ORDER BY e.field",
        soci::use(partnership_id), soci::use(subject_type), soci::use(subject_id));
    for (auto const& row : easy)
        versions.easy_read.push_back({ db::text_at(row, 0), db::text_at(row, 1), db::integer_at(row, 2) != 0, db::text_at(row, 3), outdated(row, 4) });
    return versions;
}

boost::json::object versions_json(TextVersions const& versions)
{
    boost::json::array translations, easy_read;
    for (auto const& item : versions.translations)
        translations.push_back({ { "field", item.field }, { "language", item.language }, { "text", item.text }, { "updated_at", item.updated_at },
            { "outdated", item.outdated } });
    for (auto const& item : versions.easy_read)
        easy_read.push_back({ { "field", item.field }, { "lines", boost::json::parse(item.lines) }, { "meets_target", item.meets_target },
            { "updated_at", item.updated_at }, { "outdated", item.outdated } });
    return boost::json::object { { "translations", std::move(translations) }, { "easy_read", std::move(easy_read) } };
}

}
