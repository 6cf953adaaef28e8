#include "modules/home/routes.hpp"

#include <boost/json.hpp>

#include "http/respond.hpp"
#include "modules/home/queries.hpp"

namespace rt::home {

namespace {

using http::Access;
using http::RequestContext;
using http::Response;

boost::json::object item_json(NextItem const& item)
{
    return { { "id", item.id }, { "title", item.title }, { "detail", item.detail }, { "project_id", item.project_id },
        { "project_title", item.project_title }, { "at", item.at.empty() ? boost::json::value(nullptr) : boost::json::value(item.at) },
        { "href", item.href } };
}

boost::json::object next_json(NextView const& view)
{
    boost::json::object object;
    if (view.setup) {
        boost::json::array steps;
        for (auto const& step : *view.setup)
            steps.push_back({ { "key", step.key }, { "done", step.done }, { "href", step.href } });
        object["setup"] = std::move(steps);
    } else {
        object["setup"] = nullptr;
    }
    boost::json::array sections;
    for (auto const& section : view.sections) {
        boost::json::array items;
        for (auto const& item : section.items)
            items.push_back(item_json(item));
        sections.push_back({ { "key", section.key }, { "count", section.count }, { "items", std::move(items) } });
    }
    object["sections"] = std::move(sections);
    return object;
}

Response next_route(Services& services, RequestContext const& context)
{
    return http::respond(what_needs_me(services.database, context.signed_in()), 200, [](NextView const& view) { return next_json(view); });
}

}

void register_routes(http::Router& router, Services& services)
{
    router.add({ "GET", "/api/v1/me/next", Access::Session, [&services](RequestContext const& context) { return next_route(services, context); },
        { "What needs me: set-up steps, invitations, activities, votes and what organisers and finance have to answer", "home", "", "Next", 200 } });
}

}
