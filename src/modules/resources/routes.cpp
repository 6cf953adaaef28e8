#include "modules/resources/routes.hpp"

#include <fstream>
#include <iterator>

#include <boost/json.hpp>

#include "http/paging.hpp"
#include "http/respond.hpp"
#include "modules/bound.hpp"
#include "modules/resources/commands.hpp"
#include "modules/resources/exports.hpp"
#include "modules/resources/forms.hpp"
#include "modules/resources/presenters.hpp"
#include "modules/resources/queries.hpp"

namespace rt::resources {

namespace {

using http::Access;
using http::RequestContext;
using http::Response;
using http::respond;
using http::with_id;

constexpr std::size_t k_receipt_limit = 5 * 1024 * 1024;

auto const present_claim = [](auto const& claim) { return claim_json(claim); };

// A CSV download produced piece by piece while it is sent (see http::Response::stream).
Response csv_response(CsvPieces pieces, std::string const& file_name)
{
    Response response;
    response.stream = std::move(pieces);
    response.set_header("Content-Type", "text/csv; charset=utf-8");
    response.set_header("Content-Disposition", "attachment; filename=\"" + file_name + "\"");
    return response;
}

// The media type a request says its body is: lower case, without parameters or spaces.
std::string declared_type(http::Request const& request)
{
    auto const header = request.header("content-type");
    std::string type;
    for (char const c : header.substr(0, header.find(';')))
        if (c != ' ')
            type.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    return type;
}

Response get_policy_route(Services& services, RequestContext const& context)
{
    return Response::json(200, policy_json(get_policy(services.database, context.signed_in())));
}

Response put_policy_route(Services& services, RequestContext const& context)
{
    auto body = http::body_object(context.request);
    if (!body)
        return Response::problem(body.error());
    auto policy = read_policy(*body);
    if (!policy)
        return Response::problem(policy.error());
    return respond(set_policy(services.database, context.signed_in(), *policy), 200, policy_json);
}

Response get_budget_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& project_id) {
        return respond(get_budget(services.database, context.signed_in(), project_id), 200, budget_json);
    });
}

Response put_budget_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& project_id) {
        return http::submit<BudgetForm>(
            context.request, 200, [&](BudgetForm const& form) { return set_budget(services.database, context.signed_in(), project_id, form); }, budget_json);
    });
}

Response upload_receipt_route(Services& services, RequestContext const& context)
{
    auto const& request = context.request;
    return respond(store_receipt(services.database, services.files_dir, context.signed_in(), request.body, declared_type(request),
                       std::string { request.header("x-file-name") }),
        201, receipt_json);
}

Response get_receipt_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) {
        auto const found = get_receipt(services.database, services.files_dir, context.signed_in(), id);
        if (!found)
            return Response::problem(found.error());
        auto response = http::file_response(found->path, found->media_type, "The receipt's file is missing.");
        if (response.status == 200)
            response.set_header("Content-Disposition", "attachment; filename=\"receipt\"");
        return response;
    });
}

Response create_claim_route(Services& services, RequestContext const& context)
{
    return http::submit<ClaimForm>(
        context.request, 201, [&](ClaimForm const& form) { return create_claim(services.database, context.signed_in(), form); }, present_claim);
}

Response list_claims_route(Services& services, RequestContext const& context)
{
    auto status = context.request.query_value("status").value_or("");
    if (!status.empty() && std::ranges::find(k_claim_statuses, status) == k_claim_statuses.end())
        return Response::problem(Error::invalid_field("status", "Choose submitted, approved, rejected or paid."));
    auto page = http::read_page(context.request);
    if (!page)
        return Response::problem(page.error());
    auto const claims = list_claims(services.database, context.signed_in(), status.empty() ? std::nullopt : std::optional { status }, *page);
    return respond(claims, 200, [](Page<ClaimView> const& found) { return http::page_json(found, present_claim); });
}

Response get_claim_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) { return respond(get_claim(services.database, context.signed_in(), id), 200, present_claim); });
}

Response decide_route(Services& services, RequestContext const& context, Decision decision)
{
    return with_id(context, [&](std::string const& id) {
        return http::submit<DecisionForm>(
            context.request, 200, [&](DecisionForm const& form) { return decide_claim(services.database, context.signed_in(), id, form); }, present_claim, decision);
    });
}

Response approve_route(Services& services, RequestContext const& context)
{
    return decide_route(services, context, Decision::Approve);
}

Response reject_route(Services& services, RequestContext const& context)
{
    return decide_route(services, context, Decision::Reject);
}

Response paid_route(Services& services, RequestContext const& context)
{
    return decide_route(services, context, Decision::Paid);
}

Response export_route(Services& services, RequestContext const& context)
{
    auto pieces = claims_to_pay_csv(services.database, context.signed_in(), context.request.query_value("project_id").value_or(""));
    if (!pieces)
        return Response::problem(pieces.error());
    return csv_response(std::move(*pieces), "claims-to-pay.csv");
}

Response my_payments_route(Services& services, RequestContext const& context)
{
    auto const& actor = context.signed_in();
    if (context.request.query_value("format").value_or("") == "csv")
        return csv_response(my_payments_csv(services.database, actor), "my-payments.csv");
    auto page = http::read_page(context.request);
    if (!page)
        return Response::problem(page.error());
    // The totals are over all my claims, not this page.
    auto const mine = my_payments(services.database, actor, *page);
    return Response::json(200,
        http::page_json(mine.claims, present_claim,
            { { "paid_pence", mine.paid_pence }, { "approved_pence", mine.approved_pence }, { "paid", pounds(mine.paid_pence) } }));
}

Response put_bank_route(Services& services, RequestContext const& context)
{
    return http::submit<BankDetailsForm>(
        context.request, 200, [&](BankDetailsForm const& form) { return save_bank_details(services.database, services.data_key, context.signed_in(), form); }, bank_details_json);
}

Response get_bank_route(Services& services, RequestContext const& context)
{
    return respond(my_bank_details(services.database, services.data_key, context.signed_in()), 200, bank_details_json);
}

Response my_offers_route(Services& services, RequestContext const& context)
{
    auto page = http::read_page(context.request);
    if (!page)
        return Response::problem(page.error());
    return Response::json(200, http::page_json(my_offers(services.database, context.signed_in(), *page), offer_json));
}

Response answer_offer_route(Services& services, RequestContext const& context, OfferAnswer answer)
{
    return with_id(context, [&](std::string const& id) {
        return respond(answer_offer(services.database, context.signed_in(), id, answer), 200,
            [](Offer const& offer) { return boost::json::object { { "id", offer.id }, { "status", offer.status } }; });
    });
}

Response accept_offer_route(Services& services, RequestContext const& context)
{
    return answer_offer_route(services, context, OfferAnswer::Accept);
}

Response decline_offer_route(Services& services, RequestContext const& context)
{
    return answer_offer_route(services, context, OfferAnswer::Decline);
}

Response unpaid_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& project_id) {
        auto page = http::read_page(context.request);
        if (!page)
            return Response::problem(page.error());
        return respond(unpaid(services.database, context.signed_in(), project_id, *page), 200, [](Unpaid const& found) {
            boost::json::object counted;
            for (auto const& [status, n] : found.counts)
                counted[status] = n;
            // Unpaid participation: attended and never offered payment (the barometer's figure).
            auto const not_offered = found.counts.at("not_offered");
            return http::page_json(found.attendees, attendee_json, { { "counts", std::move(counted) }, { "unpaid_participation", not_offered } });
        });
    });
}

}

void register_routes(http::Router& router, Services& services)
{
    router.add({ "GET", "/api/v1/participation-policy", Access::Session, bound(services, get_policy_route),
        { "What the partnership pays for time and expenses, and how", "resources", "", "Policy", 200 } });
    router.add({ "PUT", "/api/v1/participation-policy", Access::Session, bound(services, put_policy_route),
        { "Set the participation policy (conveners)", "resources", "Policy", "Policy", 200, {}, { 403, 422 } } });
    router.add({ "GET", "/api/v1/projects/{id}/budget", Access::Session, bound(services, get_budget_route),
        { "The project's participation budget, committed and spent, by group", "resources", "", "Budget", 200, {}, { 404 } } });
    router.add({ "PUT", "/api/v1/projects/{id}/budget", Access::Session, bound(services, put_budget_route),
        { "Set the participation budget (conveners)", "resources", "BudgetSet", "Budget", 200, {}, { 403, 404, 422 } } });
    router.add({ "POST", "/api/v1/receipts", Access::Session, bound(services, upload_receipt_route),
        { "Upload a receipt (PDF, JPEG or PNG, checked by content, up to 5 MB)", "resources", "", "Receipt", 201, {}, { 413, 415, 422 } },
        "application/pdf,image/jpeg,image/png", k_receipt_limit });
    router.add({ "GET", "/api/v1/receipts/{id}", Access::Session, bound(services, get_receipt_route),
        { "A receipt's file (the uploader, the claimant, finance)", "resources", "", "", 200, {}, { 404 } } });
    router.add({ "GET", "/api/v1/claims/export.csv", Access::Session, bound(services, export_route),
        { "Approved claims ready to pay, for a finance system (finance)", "resources", "", "", 200, { "project_id" }, { 403 } } });
    router.add({ "GET", "/api/v1/claims", Access::Session, bound(services, list_claims_route),
        { "Claims: my own, or everyone's for finance", "resources", "", "ClaimList", 200, { "status" }, { 422 } } });
    router.add({ "POST", "/api/v1/claims", Access::Session, bound(services, create_claim_route),
        { "Claim time and expenses for an activity attended", "resources", "ClaimCreate", "Claim", 201, {}, { 403, 409, 422 } } });
    router.add({ "GET", "/api/v1/claims/{id}", Access::Session, bound(services, get_claim_route),
        { "One claim (the claimant, finance)", "resources", "", "Claim", 200, {}, { 404 } } });
    router.add({ "POST", "/api/v1/claims/{id}/approve", Access::Session, bound(services, approve_route),
        { "Approve a claim (finance; never one's own); 409 over_budget unless confirmed", "resources", "ClaimApprove", "Claim", 200, {},
            { 403, 404, 409 } } });
    router.add({ "POST", "/api/v1/claims/{id}/reject", Access::Session, bound(services, reject_route),
        { "Reject a claim with a reason (finance)", "resources", "ClaimReject", "Claim", 200, {}, { 403, 404, 409, 422 } } });
    router.add({ "POST", "/api/v1/claims/{id}/paid", Access::Session, bound(services, paid_route),
        { "Mark an approved claim paid (finance)", "resources", "ClaimPaid", "Claim", 200, {}, { 403, 404, 409, 422 } } });
    router.add({ "GET", "/api/v1/me/payments", Access::Session, bound(services, my_payments_route),
        { "My claims and payments (?format=csv for my records)", "resources", "", "Payments", 200, { "format" } } });
    router.add({ "PUT", "/api/v1/me/bank-details", Access::Session, bound(services, put_bank_route),
        { "Save my bank details (sealed at rest; only the last 4 digits are shown again)", "resources", "BankDetails", "BankDetailsShown", 200, {},
            { 422 } } });
    router.add({ "GET", "/api/v1/me/bank-details", Access::Session, bound(services, get_bank_route),
        { "My bank details: name and the last 4 digits", "resources", "", "BankDetailsShown", 200, {}, { 404 } } });
    router.add({ "GET", "/api/v1/me/offers", Access::Session, bound(services, my_offers_route),
        { "Offers of payment for activities I attended", "resources", "", "OfferList", 200 } });
    router.add({ "POST", "/api/v1/offers/{id}/accept", Access::Session, bound(services, accept_offer_route),
        { "Accept an offer of payment (then claim)", "resources", "", "Offer", 200, {}, { 404, 409 } } });
    router.add({ "POST", "/api/v1/offers/{id}/decline", Access::Session, bound(services, decline_offer_route),
        { "Decline an offer of payment", "resources", "", "Offer", 200, {}, { 404, 409 } } });
    router.add({ "GET", "/api/v1/projects/{id}/unpaid", Access::Session, bound(services, unpaid_route),
        { "Attendees and whether they were offered and paid (organisers, finance)", "resources", "", "Unpaid", 200, {}, { 403, 404 } } });
}

}
