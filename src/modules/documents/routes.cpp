#include "modules/documents/routes.hpp"

#include <charconv>

#include <boost/json.hpp>

#include "http/paging.hpp"
#include "http/respond.hpp"
#include "modules/bound.hpp"
#include "modules/documents/commands.hpp"
#include "modules/documents/forms.hpp"
#include "modules/documents/presenters.hpp"
#include "modules/documents/public_page.hpp"
#include "modules/documents/queries.hpp"

namespace rt::documents {

namespace {

using http::Access;
using http::RequestContext;
using http::Response;
using http::respond;
using http::with_id;

// A version number from the path or the query: a whole number from `lowest`.
std::optional<int> number_from(std::string_view text, int lowest)
{
    int number = 0;
    auto const [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (error != std::errc {} || end != text.data() + text.size() || number < lowest)
        return std::nullopt;
    return number;
}

// `draft` is version 0 in a difference.
std::optional<int> version_from_query(RequestContext const& context, std::string_view name)
{
    auto const value = context.request.query_value(name);
    if (!value)
        return std::nullopt;
    if (*value == "draft")
        return 0;
    return number_from(*value, 1);
}

Response list_route(Services& services, RequestContext const& context)
{
    return http::list_response(
        context.request, [&](PageRequest const& page) { return list_documents(services.database, context.signed_in(), page); }, document_json);
}

Response create_route(Services& services, RequestContext const& context)
{
    return http::submit<DocumentForm>(
        context.request, 201,
        [&](DocumentForm const& form) {
            return and_then(create_document(services.database, context.signed_in(), form),
                [&](Document const& made) { return get_document(services.database, context.signed_in(), made.id); });
        },
        document_json);
}

Response get_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) { return respond(get_document(services.database, context.signed_in(), id), 200, document_json); });
}

Response change_route(Services& services, RequestContext const& context)
{
    return change_for_id<DocumentChangeForm>(services, context, change_document, get_document, document_json);
}

Response versions_route(Services& services, RequestContext const& context)
{
    return list_for_id(services, context, list_versions, version_json);
}

Response version_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) {
        auto const number = number_from(context.parameter("number"), 1);
        if (!number)
            return Response::problem(Error::not_found("This document has no such version."));
        return respond(get_version(services.database, context.signed_in(), id, *number), 200, version_json);
    });
}

Response difference_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) {
        auto const from = version_from_query(context, "from");
        auto const to = version_from_query(context, "to");
        FieldErrors errors;
        if (!from)
            errors["from"].push_back("Give a version number, or draft.");
        if (!to)
            errors["to"].push_back("Give a version number, or draft.");
        if (!errors.empty())
            return Response::problem(Error::invalid(std::move(errors)));
        return respond(get_difference(services.database, context.signed_in(), id, *from, *to), 200, difference_json);
    });
}

Response publish_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) {
        return http::submit<PublishForm>(
            context.request, 201, [&](PublishForm const& form) { return publish(services.database, context.signed_in(), id, form); }, version_json);
    });
}

Response add_section_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) {
        return http::submit<SectionForm>(
            context.request, 201, [&](SectionForm const& form) { return add_section(services.database, context.signed_in(), id, form); }, section_json,
            SectionForm::Purpose::Create);
    });
}

// Runs `handler(document_id, section_id)` for /documents/{id}/sections/{section_id}; 404 for a malformed id.
template<typename Handler>
Response with_section(RequestContext const& context, Handler handler)
{
    return with_id(context, [&](std::string const& id) {
        auto const& section_id = context.parameter("section_id");
        if (auto rejected = http::reject_bad_id(section_id))
            return *rejected;
        return handler(id, section_id);
    });
}

Response change_section_route(Services& services, RequestContext const& context)
{
    return with_section(context, [&](std::string const& id, std::string const& section_id) {
        return http::submit<SectionForm>(
            context.request, 200,
            [&](SectionForm const& form) { return change_section(services.database, context.signed_in(), id, section_id, form); }, section_json,
            SectionForm::Purpose::Change);
    });
}

Response remove_section_route(Services& services, RequestContext const& context)
{
    return with_section(context, [&](std::string const& id, std::string const& section_id) {
        return http::respond(remove_section(services.database, context.signed_in(), id, section_id));
    });
}

Response suspect_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) { return respond(list_suspect(services.database, context.signed_in(), id), 200, suspect_json); });
}

Response add_link_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) {
        return http::submit<LinkForm>(
            context.request, 201, [&](LinkForm const& form) { return add_link(services.database, context.signed_in(), id, form); }, link_json);
    });
}

Response remove_link_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) { return http::respond(remove_link(services.database, context.signed_in(), id)); });
}

Response clear_link_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) {
        return http::submit<ClearForm>(
            context.request, 200, [&](ClearForm const& form) { return clear_link(services.database, context.signed_in(), id, form); }, link_json);
    });
}

Response thread_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) { return respond(get_thread(services.database, context.signed_in(), id), 200, thread_json); });
}

Response progress_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) {
        return http::submit<ProgressForm>(
            context.request, 201, [&](ProgressForm const& form) { return record_progress(services.database, context.signed_in(), id, form); },
            progress_note_json);
    });
}

Response consultation_route(Services& services, RequestContext const& context)
{
    return change_for_id<ConsultationForm>(services, context, open_consultation, get_document, document_json);
}

Response responses_route(Services& services, RequestContext const& context)
{
    return list_for_id(services, context, list_responses, response_view_json);
}

template<typename Form, typename Command>
Response respond_to_section_route(Services& services, RequestContext const& context, Command command, int status)
{
    auto const& viewer = context.signed_in().person_id;
    return with_id(context, [&](std::string const& id) {
        return http::submit<Form>(
            context.request, status, [&](Form const& form) { return command(services.database, context.signed_in(), id, form); },
            [&](SectionResponse const& response) { return response_json(response, viewer); });
    });
}

Response comment_route(Services& services, RequestContext const& context)
{
    return respond_to_section_route<CommentForm>(services, context, comment_on, 201);
}

Response suggestion_route(Services& services, RequestContext const& context)
{
    return respond_to_section_route<SuggestionForm>(services, context, suggest_wording, 201);
}

Response decline_route(Services& services, RequestContext const& context)
{
    return respond_to_section_route<DeclineForm>(services, context, decline_suggestion, 200);
}

Response accept_route(Services& services, RequestContext const& context)
{
    auto const& viewer = context.signed_in().person_id;
    return with_id(context, [&](std::string const& id) {
        return respond(accept_suggestion(services.database, context.signed_in(), id), 200,
            [&](SectionResponse const& response) { return response_json(response, viewer); });
    });
}

Response make_public_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) {
        return respond(and_then(make_public(services.database, context.signed_in(), id),
                           [&] { return get_document(services.database, context.signed_in(), id); }),
            200, document_json);
    });
}

Response stop_public_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) { return http::respond(stop_public(services.database, context.signed_in(), id)); });
}

// The page itself, not JSON: for anyone with the address.
Response public_page_route(Services& services, RequestContext const& context)
{
    auto const shown = public_document(services.database, context.parameter("token"));
    Response response;
    response.status = shown ? 200 : 404;
    response.body = shown ? public_page(*shown, context.request.query_value("language").value_or("en")) : not_public_page();
    response.set_header("Content-Type", "text/html; charset=utf-8");
    response.set_header("Cache-Control", "no-cache");
    return response;
}

}

void register_routes(http::Router& router, Services& services)
{
    router.add({ "GET", "/api/v1/documents", Access::Session, bound(services, list_route),
        { "Living documents, newest first (writers see drafts too; others the published ones)", "documents", "", "DocumentList", 200 } });
    router.add({ "POST", "/api/v1/documents", Access::Session, bound(services, create_route),
        { "Start a document: the partnership's (conveners) or a project's (its organisers)", "documents", "DocumentCreate", "Document", 201, {},
            { 403, 422 } } });
    router.add({ "GET", "/api/v1/documents/{id}", Access::Session, bound(services, get_route),
        { "A document with its sections and their links: the draft for its writers, else the latest version", "documents", "", "Document", 200, {},
            { 404 } } });
    router.add({ "PATCH", "/api/v1/documents/{id}", Access::Session, bound(services, change_route),
        { "Change a document's title or kind (its writers)", "documents", "DocumentChange", "Document", 200, {}, { 403, 404, 422 } } });
    router.add({ "GET", "/api/v1/documents/{id}/versions", Access::Session, bound(services, versions_route),
        { "The published versions, oldest first", "documents", "", "VersionList", 200, {}, { 404 } } });
    router.add({ "GET", "/api/v1/documents/{id}/versions/{number}", Access::Session, bound(services, version_route),
        { "One published version, as it was", "documents", "", "Version", 200, {}, { 404 } } });
    router.add({ "GET", "/api/v1/documents/{id}/diff", Access::Session, bound(services, difference_route),
        { "The difference between two versions (or a version and the draft), section by section with words marked", "documents", "",
            "Difference", 200, { "from", "to" }, { 404, 422 } } });
    router.add({ "POST", "/api/v1/documents/{id}/publish", Access::Session, bound(services, publish_route),
        { "Publish the draft as the next version (plain-language rules apply to every section)", "documents", "Publish", "Version", 201, {},
            { 403, 404, 409, 422 } } });
    router.add({ "POST", "/api/v1/documents/{id}/sections", Access::Session, bound(services, add_section_route),
        { "Add a section to the draft", "documents", "SectionCreate", "Section", 201, {}, { 403, 404, 409, 422 } } });
    router.add({ "PATCH", "/api/v1/documents/{id}/sections/{section_id}", Access::Session, bound(services, change_section_route),
        { "Change, move or reorder a section of the draft", "documents", "SectionChange", "Section", 200, {}, { 403, 404, 422 } } });
    router.add({ "DELETE", "/api/v1/documents/{id}/sections/{section_id}", Access::Session, bound(services, remove_section_route),
        { "Remove a section with nothing under it from the draft", "documents", "", "", 204, {}, { 403, 404, 409 } } });
    router.add({ "GET", "/api/v1/documents/{id}/suspect", Access::Session, bound(services, suspect_route),
        { "The suspect links to review, by section (writers)", "documents", "", "SuspectList", 200, {}, { 403, 404 } } });
    router.add({ "POST", "/api/v1/sections/{id}/links", Access::Session, bound(services, add_link_route),
        { "Link a section to what shaped it; the link keeps a fingerprint of its source", "documents", "LinkCreate", "SectionLink", 201, {},
            { 403, 404, 409, 422 } } });
    router.add({ "DELETE", "/api/v1/links/{id}", Access::Session, bound(services, remove_link_route),
        { "Remove a link", "documents", "", "", 204, {}, { 403, 404 } } });
    router.add({ "POST", "/api/v1/links/{id}/clear", Access::Session, bound(services, clear_link_route),
        { "Clear a suspect link, with the reason (the writers)", "documents", "LinkClear", "SectionLink", 200, {}, { 403, 404, 409, 422 } } });
    router.add({ "GET", "/api/v1/sections/{id}/thread", Access::Session, bound(services, thread_route),
        { "Where did this come from: a section's story in time order", "documents", "", "Thread", 200, {}, { 404 } } });
    router.add({ "POST", "/api/v1/documents/{id}/consultation", Access::Session, bound(services, consultation_route),
        { "Open the draft for comment until a closing date (a project's document; its writers)", "documents", "ConsultationOpen", "Document", 200,
            {}, { 403, 404, 409, 422 } } });
    router.add({ "GET", "/api/v1/documents/{id}/responses", Access::Session, bound(services, responses_route),
        { "The comments and suggestions on the draft (writers: all; others: their own)", "documents", "", "SectionResponseList", 200, {}, { 404 } } });
    router.add({ "POST", "/api/v1/sections/{id}/comments", Access::Session, bound(services, comment_route),
        { "Comment on a section of a draft open for comment; it counts as a contribution of your group", "documents", "CommentCreate",
            "SectionResponse", 201, {}, { 404, 409, 422 } } });
    router.add({ "POST", "/api/v1/sections/{id}/suggestions", Access::Session, bound(services, suggestion_route),
        { "Suggest new wording for a section of a draft open for comment; it counts as a contribution of your group", "documents",
            "SuggestionCreate", "SectionResponse", 201, {}, { 404, 409, 422 } } });
    router.add({ "POST", "/api/v1/suggestions/{id}/accept", Access::Session, bound(services, accept_route),
        { "Accept a suggestion: it becomes the draft's wording, and its author hears it was adopted (writers)", "documents", "", "SectionResponse",
            200, {}, { 403, 404, 409 } } });
    router.add({ "POST", "/api/v1/suggestions/{id}/decline", Access::Session, bound(services, decline_route),
        { "Decline a suggestion with the reason its author will read (writers)", "documents", "SuggestionDecline", "SectionResponse", 200, {},
            { 403, 404, 409, 422 } } });
    router.add({ "POST", "/api/v1/documents/{id}/public", Access::Session, bound(services, make_public_route),
        { "Put the latest published version at a public address, readable without signing in (conveners)", "documents", "", "Document", 200, {},
            { 403, 404, 409 } } });
    router.add({ "DELETE", "/api/v1/documents/{id}/public", Access::Session, bound(services, stop_public_route),
        { "Stop the public address (conveners)", "documents", "", "", 204, {}, { 403, 404 } } });
    router.add({ "GET", "/public/documents/{token}", Access::Public, bound(services, public_page_route),
        { "The public reader of a document's latest published version: an HTML page, no JavaScript needed, in `language` where its sections are translated, "
          "with each section's Easy Read version (an unknown or stopped address answers 404 with an HTML page)",
            "documents", "", "", 200, { "language" } } });
    router.add({ "POST", "/api/v1/sections/{id}/progress", Access::Session, bound(services, progress_route),
        { "Record an objective's or action's status with a note", "documents", "ProgressCreate", "ProgressNote", 201, {}, { 403, 404, 422 } } });
}

}
