#include "modules/language/routes.hpp"

#include <boost/json.hpp>

#include <cmath>

#include "core/form.hpp"
#include "core/ids.hpp"
#include "core/time.hpp"
#include "http/paging.hpp"
#include "http/respond.hpp"
#include "modules/bound.hpp"
#include "modules/projects/queries.hpp"
#include "modules/privacy/audit.hpp"
#include "modules/language/service.hpp"

namespace rt::language {

namespace {

using http::Access;
using http::RequestContext;
using http::Response;

// A text of about three million characters of English, in JSON.
constexpr std::size_t k_check_limit = 3 * 1024 * 1024;

boost::json::object term_json(Term const& term)
{
    return { { "term", term.term }, { "plain", term.plain }, { "explanation", term.explanation }, { "enabled", term.enabled },
        { "source", term.source }, { "acronym", is_acronym_term(term.term) } };
}

Response check_route(Services& services, RequestContext const& context)
{
    return http::submit<CheckForm>(
        context.request, 200, [&](CheckForm const& form) { return check(services.database, context.signed_in(), form); },
        check_json);
}

Response glossary_route(Services& services, RequestContext const& context)
{
    // Shipped terms and the partnership's own are merged in alphabetical
    // order; the glossary is small by nature (a few hundred terms).
    return http::list_response(
        context.request,
        [&](PageRequest const& page) -> Result<Page<Term>> {
            auto terms = list_glossary(services.database, context.signed_in());
            if (!terms)
                return std::unexpected(terms.error());
            return slice_page(std::move(*terms), page, [](Term const& term) { return term.term; });
        },
        term_json);
}

Response save_term_route(Services& services, RequestContext const& context)
{
    return http::submit<TermForm>(
        context.request, 200, [&](TermForm const& form) { return save_term(services.database, context.signed_in(), form); },
        term_json);
}

Response get_settings_route(Services& services, RequestContext const& context)
{
    auto const& actor = context.signed_in();
    auto const settings = services.database.read([&](soci::session& sql) { return load_settings(sql, actor.partnership_id); });
    return Response::json(200, boost::json::object { { "hard_rule", settings.hard_rule }, { "min_reading_ease", settings.min_reading_ease } });
}

Response put_settings_route(Services& services, RequestContext const& context)
{
    auto const& actor = context.signed_in();
    auto body = http::body_object(context.request);
    if (!body)
        return Response::problem(body.error());
    FieldErrors errors;
    auto const* hard = body->if_contains("hard_rule");
    auto const* ease = body->if_contains("min_reading_ease");
    for (auto const& [key, value] : *body)
        if (key != "hard_rule" && key != "min_reading_ease")
            errors[std::string { key }].push_back("This field is not recognised.");
    if (!hard || !hard->is_bool())
        errors["hard_rule"].push_back("Must be true or false.");
    if (!ease || !ease->is_int64() || ease->get_int64() < 30 || ease->get_int64() > 90)
        errors["min_reading_ease"].push_back("Choose a Reading Ease target from 30 to 90.");
    if (!errors.empty())
        return Response::problem(Error::invalid(std::move(errors)));
    if (!actor.is_convener())
        return Response::problem(Error::forbidden("Only conveners set the plain-language target."));
    auto result = services.database.write([&](soci::session& sql) -> Result<boost::json::object> {
        int const rule = hard->get_bool() ? 1 : 0;
        int const target = static_cast<int>(ease->get_int64());
        auto const at = now_text();
        sql << "INSERT INTO language_settings (partnership_id, hard_rule, min_reading_ease, updated_by, updated_at) VALUES (:p, :rule, :ease, :by, :at) "
               "ON CONFLICT (partnership_id) DO UPDATE SET hard_rule = excluded.hard_rule, min_reading_ease = excluded.min_reading_ease, "
               "updated_by = excluded.updated_by, updated_at = excluded.updated_at",
            soci::use(actor.partnership_id), soci::use(rule), soci::use(target), soci::use(actor.person_id), soci::use(at);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "language.settings_updated", "partnership", actor.partnership_id });
        return boost::json::object { { "hard_rule", hard->get_bool() }, { "min_reading_ease", target } };
    });
    return result ? Response::json(200, *result) : Response::problem(result.error());
}

Response published_route(Services& services, RequestContext const& context)
{
    auto const& actor = context.signed_in();
    auto const project = context.request.query_value("project_id").value_or("");
    if (!project.empty() && !looks_like_id(project))
        return Response::problem(Error::invalid_field("project_id", "Choose a project."));
    auto page = http::read_page(context.request);
    if (!page)
        return Response::problem(page.error());
    auto const body = services.database.read([&](soci::session& sql) -> Result<boost::json::object> {
        // Another partnership's project is not found, as on every route.
        if (!project.empty()) {
            if (auto organiser = projects::can_organise(sql, actor, project); !organiser)
                return std::unexpected(organiser.error());
        }
        int const any_project = project.empty() ? 1 : 0;
        // The figures are over every text published, not this page.
        long long total = 0, meeting = 0;
        soci::indicator meeting_indicator = soci::i_ok;
        sql << "SELECT COUNT(*), SUM(meets_target) FROM published_texts WHERE partnership_id = :p AND (:any_project = 1 OR project_id = :project)",
            soci::into(total), soci::into(meeting, meeting_indicator), soci::use(actor.partnership_id), soci::use(any_project), soci::use(project);
        if (meeting_indicator == soci::i_null)
            meeting = 0;
        // Newest first; several fields of one subject may be published at once.
        constexpr std::string_view k_key = "published_at || '|' || subject_type || '|' || field";
        auto const keys = keyset(*page, k_key, "subject_id", SortOrder::Descending);
        std::vector<std::pair<NameCursor, boost::json::object>> found;
        soci::rowset<soci::row> rows = (sql.prepare << "SELECT subject_type, subject_id, field, locale, meets_target, reading_ease, unexplained_jargon, "
                                                       "published_at, project_id FROM published_texts WHERE partnership_id = :p "
                                                       "AND (:any_project = 1 OR project_id = :project) AND "
                                                           + keys.condition + " " + keys.order_limit,
            soci::use(actor.partnership_id), soci::use(any_project), soci::use(project), soci::use(keys.on), soci::use(keys.key), soci::use(keys.key),
            soci::use(keys.id), soci::use(keys.fetch));
        for (auto const& row : rows) {
            bool const meets = db::integer_at(row, 4) != 0;
            auto const ease = db::text_at(row, 5);
            found.emplace_back(NameCursor { db::text_at(row, 7) + "|" + db::text_at(row, 0) + "|" + db::text_at(row, 2), db::text_at(row, 1) },
                boost::json::object { { "subject_type", db::text_at(row, 0) }, { "subject_id", db::text_at(row, 1) }, { "field", db::text_at(row, 2) },
                    { "locale", db::text_at(row, 3) }, { "meets_target", meets },
                    { "reading_ease", ease.empty() ? boost::json::value(nullptr) : boost::json::value(std::stod(ease)) },
                    { "unexplained_jargon", db::integer_at(row, 6) }, { "published_at", db::text_at(row, 7) },
                    { "project_id", db::optional_text_at(row, 8) ? boost::json::value(*db::optional_text_at(row, 8)) : boost::json::value(nullptr) } });
        }
        auto const items = finish_page(std::move(found), page->limit, [](auto const& item) { return item.first; });
        return http::page_json(items, [](auto const& item) { return item.second; },
            { { "published", total }, { "meeting_target", meeting },
                { "share_meeting_target",
                    total ? std::round(10000.0 * static_cast<double>(meeting) / static_cast<double>(total)) / 10000.0 : 0.0 } });
    });
    return body ? Response::json(200, *body) : Response::problem(body.error());
}

}

void register_routes(http::Router& router, Services& services)
{
    router.add({ "POST", "/api/v1/language/check", Access::Session, bound(services, check_route),
        { "Check a text: readability, long sentences, jargon and unexplained abbreviations", "language", "LanguageCheck",
            "LanguageCheckResult", 200, {}, { 413, 422 } },
        "", k_check_limit });
    router.add({ "GET", "/api/v1/glossary", Access::Session, bound(services, glossary_route),
        { "The glossary: shipped terms with the partnership's own", "language", "", "GlossaryList", 200 } });
    router.add({ "POST", "/api/v1/glossary", Access::Session, bound(services, save_term_route),
        { "Add, change or switch off a term (conveners)", "language", "GlossaryTerm", "GlossaryTermResult", 200, {}, { 403, 422 } } });
    router.add({ "GET", "/api/v1/language/settings", Access::Session, bound(services, get_settings_route),
        { "The partnership's plain-language target and whether it is a hard rule", "language", "", "LanguageSettings", 200 } });
    router.add({ "PUT", "/api/v1/language/settings", Access::Session, bound(services, put_settings_route),
        { "Set the target; a hard rule refuses publishing below it (conveners)", "language", "LanguageSettings", "LanguageSettings", 200, {},
            { 403, 422 } } });
    router.add({ "GET", "/api/v1/language/published", Access::Session, bound(services, published_route),
        { "Texts published to participants and whether each met the target (the barometer's plain-language figure)", "language", "",
            "PublishedTexts", 200, { "project_id" }, { 404, 422 } } });
    register_version_routes(router, services);
}

}
