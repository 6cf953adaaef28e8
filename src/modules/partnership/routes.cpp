#include "modules/partnership/routes.hpp"

#include "core/ids.hpp"
#include "core/json_writer.hpp"
#include "http/paging.hpp"
#include "http/respond.hpp"
#include "modules/accounts/queries.hpp"
#include "modules/bound.hpp"
#include "modules/notifications/tokens.hpp"
#include "modules/partnership/commands.hpp"
#include "modules/partnership/languages.hpp"
#include "modules/partnership/permissions.hpp"
#include "modules/partnership/presenters.hpp"
#include "modules/partnership/queries.hpp"
#include "modules/partnership/tags.hpp"

namespace rt::partnership {

namespace {

using http::Access;
using http::RequestContext;
using http::Response;

// A list's JSON is built in one arena and serialised at once: far fewer
// allocations than one per string. `present(item, storage)` builds an item.
template<typename T, typename Present>
Response page_response(Page<T> const& page, Present present)
{
    boost::json::monotonic_resource arena { 64 * 1024 };
    boost::json::storage_ptr storage { &arena };
    boost::json::array items(storage);
    items.reserve(page.items.size());
    for (auto const& item : page.items)
        items.emplace_back(present(item, storage));
    boost::json::object body(storage);
    body.emplace("items", std::move(items));
    body.emplace("next_cursor", page.next_cursor ? boost::json::value(*page.next_cursor, storage) : boost::json::value(nullptr, storage));
    return Response::json(200, body);
}

std::string query_or_empty(http::Request const& request, std::string_view name)
{
    return request.query_value(name).value_or("");
}

boost::json::object partnership_view_json(PartnershipView const& view)
{
    auto object = to_json(view.partnership);
    boost::json::object sectors, groups;
    for (auto const& [sector, count] : view.summary.organisations_by_sector)
        sectors[sector] = count;
    for (auto const& [group, count] : view.summary.people_by_group)
        groups[group] = count;
    object["summary"] = boost::json::object {
        { "organisations_by_sector", std::move(sectors) },
        { "people_by_group", std::move(groups) },
        { "organisations", view.summary.organisations },
        { "people", view.summary.people },
    };
    return object;
}

Response get_partnership_route(Services& services, RequestContext const& context)
{
    return http::respond(get_partnership(services.database, context.signed_in()), 200, partnership_view_json);
}

Response patch_partnership_route(Services& services, RequestContext const& context)
{
    if (!can_change_partnership(context.signed_in()))
        return Response::problem(Error::forbidden("Only conveners can change the partnership's details."));
    return http::with_form<PartnershipForm>(
        context.request,
        [&](PartnershipForm const& form) {
            auto updated = update_partnership(services.database, context.signed_in(), form);
            if (!updated)
                return Response::problem(updated.error());
            return get_partnership_route(services, context);
        });
}

Response list_organisations_route(Services& services, RequestContext const& context)
{
    auto list = http::read_page(context.request);
    if (!list)
        return Response::problem(list.error());
    store::OrganisationFilter const filter {
        query_or_empty(context.request, "sector"),
        query_or_empty(context.request, "interest"),
        query_or_empty(context.request, "q"),
    };
    Response response;
    response.body = "{\"items\":";
    auto next_cursor = list_organisations_json(services.database, response.body, context.signed_in(), filter, list->after, list->limit);
    if (!next_cursor)
        return Response::problem(next_cursor.error());
    response.body += ",\"next_cursor\":";
    if (*next_cursor)
        append_json_string(response.body, **next_cursor);
    else
        response.body += "null";
    response.body += '}';
    response.set_header("Content-Type", "application/json");
    return response;
}

Response create_organisation_route(Services& services, RequestContext const& context)
{
    if (!can_manage_organisations(context.signed_in()))
        return Response::problem(Error::forbidden("Only conveners can add organisations."));
    return http::submit<OrganisationForm>(
        context.request, 201, [&](OrganisationForm const& form) { return create_organisation(services.database, context.signed_in(), form); },
        [](auto const& organisation) { return to_json(organisation); }, FormMode::Create);
}

Response get_organisation_route(Services& services, RequestContext const& context)
{
    auto const& id = context.parameter("id");
    if (auto rejected = http::reject_bad_id(id))
        return *rejected;
    return http::respond(get_organisation(services.database, context.signed_in(), id), 200,
        [](auto const& organisation) { return to_json(organisation); });
}

Response update_organisation_route(Services& services, RequestContext const& context)
{
    auto const& id = context.parameter("id");
    if (auto rejected = http::reject_bad_id(id))
        return *rejected;
    if (!can_manage_organisations(context.signed_in()))
        return Response::problem(Error::forbidden("Only conveners can change organisations."));
    return http::submit<OrganisationForm>(
        context.request, 200, [&](OrganisationForm const& form) { return update_organisation(services.database, context.signed_in(), id, form); },
        [](auto const& organisation) { return to_json(organisation); }, FormMode::Update);
}

Response delete_organisation_route(Services& services, RequestContext const& context)
{
    auto const& id = context.parameter("id");
    if (auto rejected = http::reject_bad_id(id))
        return *rejected;
    return http::respond(delete_organisation(services.database, context.signed_in(), id));
}

Response list_people_route(Services& services, RequestContext const& context)
{
    auto list = http::read_page(context.request);
    if (!list)
        return Response::problem(list.error());
    store::PersonFilter const filter {
        query_or_empty(context.request, "group"),
        query_or_empty(context.request, "organisation_id"),
        query_or_empty(context.request, "q"),
    };
    auto const& actor = context.signed_in();
    auto page = list_people(services.database, actor, filter, list->after, list->limit);
    if (!page)
        return Response::problem(page.error());
    return page_response(*page, [&](Person const& item, boost::json::storage_ptr const& storage) { return to_json(item, actor, storage); });
}

// Sign-in links in emails point at the site, sealed in the queue with the data key's own key.
notifications::SignInLinks sign_in_links(Services const& services)
{
    return { services.public_url, notifications::sign_in_link_key(services.data_key) };
}

Response create_person_route(Services& services, RequestContext const& context)
{
    auto const& actor = context.signed_in();
    if (!can_add_people(actor))
        return Response::problem(Error::forbidden("Only conveners can add people."));
    return http::submit<PersonForm>(
        context.request, 201, [&](PersonForm const& form) { return create_person(services.database, actor, form, sign_in_links(services)); },
        [&](CreatedPerson const& created) {
            auto object = to_json(created.person, actor);
            object["has_account"] = false;
            if (created.invite_token) {
                object["invite_url"] = accounts::invite_path(*created.invite_token);
                object["invitation_emailed_to"] = *created.person.email;
            }
            return object;
        },
        FormMode::Create);
}

Response get_person_route(Services& services, RequestContext const& context)
{
    auto const& id = context.parameter("id");
    if (auto rejected = http::reject_bad_id(id))
        return *rejected;
    auto const& actor = context.signed_in();
    return http::respond(get_person(services.database, actor, id), 200, [&](Person const& person) {
        auto object = to_json(person, actor);
        object["has_account"] = accounts::has_account(services.database, actor.partnership_id, person.id);
        if (auto const changes = group_changes(services.database, actor, person.id)) {
            boost::json::array list;
            for (auto const& change : *changes)
                list.push_back(to_json(change));
            object["group_changes"] = std::move(list);
        }
        return object;
    });
}

Response update_person_route(Services& services, RequestContext const& context)
{
    auto const& id = context.parameter("id");
    if (auto rejected = http::reject_bad_id(id))
        return *rejected;
    auto const& actor = context.signed_in();
    return http::submit<PersonForm>(
        context.request, 200, [&](PersonForm const& form) { return update_person(services.database, actor, id, form); },
        [&](Person const& person) { return to_json(person, actor); }, FormMode::Update);
}

Response reissue_invite_route(Services& services, RequestContext const& context)
{
    auto const& id = context.parameter("id");
    if (auto rejected = http::reject_bad_id(id))
        return *rejected;
    auto const reinvited = reissue_invite(services.database, context.signed_in(), id, sign_in_links(services));
    if (!reinvited)
        return Response::problem(reinvited.error());
    if (reinvited->invite_token)
        return Response::json(201, boost::json::object { { "invite_url", accounts::invite_path(*reinvited->invite_token) }, { "sent_to", reinvited->sent_to } });
    // A reset: the link goes only to the person's own address, and is not shown here.
    return Response::json(202, boost::json::object { { "password_reset", true }, { "sent_to", reinvited->sent_to } });
}

}

void register_routes(http::Router& router, Services& services)
{

    router.add({ "GET", "/api/v1/partnership", Access::Session, bound(services, get_partnership_route),
        { "The partnership at a glance", "partnership", "", "Partnership" } });
    router.add({ "PATCH", "/api/v1/partnership", Access::Session, bound(services, patch_partnership_route),
        { "Change the partnership's name or colour", "partnership", "PartnershipUpdate", "Partnership", 200, {}, { 403, 422 } } });

    router.add({ "GET", "/api/v1/organisations", Access::Session, bound(services, list_organisations_route),
        { "List organisations", "partnership", "", "OrganisationPage", 200, { "limit", "after", "sector", "interest", "q" }, { 422 } } });
    router.add({ "POST", "/api/v1/organisations", Access::Session, bound(services, create_organisation_route),
        { "Add an organisation", "partnership", "OrganisationCreate", "Organisation", 201, {}, { 403, 422 } } });
    router.add({ "GET", "/api/v1/organisations/{id}", Access::Session, bound(services, get_organisation_route),
        { "One organisation", "partnership", "", "Organisation", 200, {}, { 404 } } });
    router.add({ "PATCH", "/api/v1/organisations/{id}", Access::Session, bound(services, update_organisation_route),
        { "Change an organisation", "partnership", "OrganisationUpdate", "Organisation", 200, {}, { 403, 404, 422 } } });
    router.add({ "DELETE", "/api/v1/organisations/{id}", Access::Session, bound(services, delete_organisation_route),
        { "Remove an organisation", "partnership", "", "", 204, {}, { 403, 404 } } });

    router.add({ "GET", "/api/v1/people", Access::Session, bound(services, list_people_route),
        { "List people", "partnership", "", "PersonPage", 200, { "limit", "after", "group", "organisation_id", "q" }, { 422 } } });
    router.add({ "POST", "/api/v1/people", Access::Session, bound(services, create_person_route),
        { "Add a person (with an invitation when an email is given)", "partnership", "PersonCreate", "Person", 201, {}, { 403, 422 } } });
    router.add({ "GET", "/api/v1/people/{id}", Access::Session, bound(services, get_person_route),
        { "One person", "partnership", "", "Person", 200, {}, { 404 } } });
    router.add({ "PATCH", "/api/v1/people/{id}", Access::Session, bound(services, update_person_route),
        { "Change a person (conveners; or a person their own profile)", "partnership", "PersonUpdate", "Person", 200, {}, { 403, 404, 422 } } });
    router.add({ "POST", "/api/v1/people/{id}/invite", Access::Session, bound(services, reissue_invite_route),
        { "A new invitation link for a person", "partnership", "", "Invite", 201, {}, { 403, 404, 422 } } });

    register_tag_routes(router, services);
    register_language_routes(router, services);
}

}
