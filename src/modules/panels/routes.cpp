#include "modules/panels/routes.hpp"

#include <boost/json.hpp>

#include "http/paging.hpp"
#include "http/respond.hpp"
#include "modules/bound.hpp"
#include "modules/panels/commands.hpp"
#include "modules/panels/forms.hpp"
#include "modules/panels/presenters.hpp"
#include "modules/panels/queries.hpp"

namespace rt::panels {

namespace {

using http::Access;
using http::RequestContext;
using http::Response;
using http::respond;
using http::with_id;

Response list_route(Services& services, RequestContext const& context)
{
    auto page = http::read_page(context.request);
    if (!page)
        return Response::problem(page.error());
    return Response::json(200, http::page_json(list_panels(services.database, context.signed_in(), *page), panel_json));
}

Response create_route(Services& services, RequestContext const& context)
{
    return http::with_form<PanelForm>(context.request,
        [&](PanelForm const& form) { return respond(create_panel(services.database, context.signed_in(), form), 201, panel_json); });
}

Response get_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) { return respond(get_panel(services.database, context.signed_in(), id), 200, panel_json); });
}

Response candidate_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) {
        return http::with_form<CandidateForm>(context.request, [&](CandidateForm const& form) {
            return respond(add_candidate(services.database, context.signed_in(), id, form), 201, candidate_json);
        });
    });
}

Response conflict_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) {
        return http::with_form<ConflictForm>(context.request, [&](ConflictForm const& form) {
            return respond(declare_conflict(services.database, context.signed_in(), id, form), 201, conflict_json);
        });
    });
}

Response score_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) {
        return http::with_form<ScoreForm>(context.request, [&](ScoreForm const& form) {
            return respond(score_candidate(services.database, context.signed_in(), id, form), 200, scored_json);
        });
    });
}

Response results_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) { return respond(get_results(services.database, context.signed_in(), id), 200, results_json); });
}

}

void register_routes(http::Router& router, Services& services)
{
    router.add({ "GET", "/api/v1/panels", Access::Session, bound(services, list_route),
        { "The panels I sit on (conveners: all)", "panels", "", "PanelList", 200 } });
    router.add({ "POST", "/api/v1/panels", Access::Session, bound(services, create_route),
        { "Set up a panel with members from several groups and weighted criteria (conveners)", "panels", "PanelCreate", "Panel", 201, {},
            { 403, 422 } } });
    router.add({ "GET", "/api/v1/panels/{id}", Access::Session, bound(services, get_route),
        { "A panel with its candidates (members and conveners only)", "panels", "", "Panel", 200, {}, { 404 } } });
    router.add({ "POST", "/api/v1/panels/{id}/candidates", Access::Session, bound(services, candidate_route),
        { "Add a candidate or nomination (conveners)", "panels", "CandidateCreate", "Candidate", 201, {}, { 403, 404, 422 } } });
    router.add({ "POST", "/api/v1/panels/{id}/conflicts", Access::Session, bound(services, conflict_route),
        { "Declare a conflict of interest with a candidate (members)", "panels", "ConflictCreate", "Conflict", 201, {}, { 403, 404, 422 } } });
    router.add({ "POST", "/api/v1/panels/{id}/scores", Access::Session, bound(services, score_route),
        { "Score a candidate on every criterion (members without a conflict)", "panels", "ScoreCreate", "Scores", 200, {}, { 403, 404, 422 } } });
    router.add({ "GET", "/api/v1/panels/{id}/results", Access::Session, bound(services, results_route),
        { "Candidates in order: every group weighs the same", "panels", "", "PanelResults", 200, {}, { 404 } } });
}

}
