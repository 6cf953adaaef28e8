#include "modules/language/routes.hpp"

#include <boost/json.hpp>

#include "http/respond.hpp"
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
    auto form = http::read_form<CheckForm>(context.request);
    if (!form)
        return Response::problem(form.error());
    return http::respond(check(services.database, context.signed_in(), *form), 200, check_json);
}

Response glossary_route(Services& services, RequestContext const& context)
{
    return http::respond(list_glossary(services.database, context.signed_in()), 200,
        [](auto const& terms) { return http::items_json(terms, term_json); });
}

Response save_term_route(Services& services, RequestContext const& context)
{
    auto form = http::read_form<TermForm>(context.request);
    if (!form)
        return Response::problem(form.error());
    return http::respond(save_term(services.database, context.signed_in(), *form), 200, term_json);
}

}

void register_routes(http::Router& router, Services& services)
{
    auto bind = [&services](Response (*handler)(Services&, RequestContext const&)) {
        return [&services, handler](RequestContext const& context) { return handler(services, context); };
    };
    router.add({ "POST", "/api/v1/language/check", Access::Session, bind(check_route),
        { "Check a text: readability, long sentences, jargon and unexplained abbreviations", "language", "LanguageCheck",
            "LanguageCheckResult", 200, {}, { 413, 422 } },
        "", k_check_limit });
    router.add({ "GET", "/api/v1/glossary", Access::Session, bind(glossary_route),
        { "The glossary: shipped terms with the partnership's own", "language", "", "GlossaryList", 200 } });
    router.add({ "POST", "/api/v1/glossary", Access::Session, bind(save_term_route),
        { "Add, change or switch off a term (conveners)", "language", "GlossaryTerm", "GlossaryTermResult", 200, {}, { 403, 422 } } });
}

}
