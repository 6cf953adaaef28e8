#include "modules/resources/routes.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <set>

#include <boost/json.hpp>

#include "core/crypto.hpp"
#include "core/form.hpp"
#include "core/ids.hpp"
#include "core/time.hpp"
#include "http/paging.hpp"
#include "http/respond.hpp"
#include "modules/finance/commands.hpp"
#include "modules/notifications/commands.hpp"
#include "modules/partnership/model.hpp"
#include "modules/partnership/queries.hpp"
#include "modules/privacy/audit.hpp"
#include "modules/projects/queries.hpp"
#include "modules/resources/service.hpp"
#include "modules/surveys/csv.hpp"

namespace rt::resources {

namespace {

using http::Access;
using http::RequestContext;
using http::Response;
using http::json_or_problem;
using http::with_id;

constexpr std::size_t k_receipt_limit = 5 * 1024 * 1024;

// ---------- reading and writing ----------

Policy load_policy(soci::session& sql, std::string const& partnership_id)
{
    std::string text;
    soci::indicator indicator = soci::i_null;
    sql << "SELECT policy FROM participation_policies WHERE partnership_id = :p", soci::into(text, indicator), soci::use(partnership_id);
    if (indicator != soci::i_ok || !sql.got_data())
        return default_policy();
    auto policy = read_policy(boost::json::parse(text).as_object());
    return policy ? *policy : default_policy();
}

Error finance_only()
{
    return Error::forbidden("Only conveners with the finance role do this.");
}

constexpr std::string_view k_claim_select = R"(
    SELECT c.id, c.project_id, c.activity_id, c.person_id, c.organisation_id, c.stakeholder_group, c.minutes, c.time_pence, c.expenses,
           c.expenses_pence, c.total_pence, c.payment_method, c.status, c.submitted_by, c.submitted_at, c.decided_by, c.decided_at, c.reason,
           c.paid_on, c.reference, c.over_budget, person.name, activity.title, organisation.name
    FROM claims c
    JOIN people person ON person.id = c.person_id
    JOIN activities activity ON activity.id = c.activity_id
    LEFT JOIN organisations organisation ON organisation.id = c.organisation_id
    WHERE c.partnership_id = :p)";

std::string expenses_text(std::vector<Expense> const& expenses)
{
    boost::json::array array;
    for (auto const& expense : expenses) {
        boost::json::object object { { "kind", expense.kind }, { "amount_pence", expense.amount_pence }, { "note", expense.note } };
        if (expense.miles)
            object["miles"] = *expense.miles;
        if (expense.receipt_id)
            object["receipt_id"] = *expense.receipt_id;
        array.push_back(std::move(object));
    }
    return boost::json::serialize(array);
}

std::vector<Expense> expenses_from(std::string const& text)
{
    std::vector<Expense> expenses;
    auto const parsed = boost::json::parse(text);
    for (auto const& entry : parsed.as_array()) {
        auto const& object = entry.as_object();
        Expense expense { std::string { object.at("kind").as_string() }, object.at("amount_pence").as_int64(), std::nullopt, std::nullopt,
            std::string { object.at("note").as_string() } };
        if (auto const* miles = object.if_contains("miles"))
            expense.miles = miles->as_int64();
        if (auto const* receipt = object.if_contains("receipt_id"))
            expense.receipt_id = std::string { receipt->as_string() };
        expenses.push_back(std::move(expense));
    }
    return expenses;
}

Claim claim_from_row(soci::row const& row)
{
    Claim claim;
    claim.id = db::text_at(row, 0);
    claim.project_id = db::text_at(row, 1);
    claim.activity_id = db::text_at(row, 2);
    claim.person_id = db::text_at(row, 3);
    claim.organisation_id = db::optional_text_at(row, 4);
    claim.group = db::text_at(row, 5);
    claim.minutes = db::integer_at(row, 6);
    claim.time_pence = db::integer_at(row, 7);
    claim.expenses = expenses_from(db::text_at(row, 8));
    claim.expenses_pence = db::integer_at(row, 9);
    claim.total_pence = db::integer_at(row, 10);
    claim.payment_method = db::text_at(row, 11);
    claim.status = db::text_at(row, 12);
    claim.submitted_by = db::text_at(row, 13);
    claim.submitted_at = db::text_at(row, 14);
    claim.decided_by = db::optional_text_at(row, 15);
    claim.decided_at = db::optional_text_at(row, 16);
    claim.reason = db::text_at(row, 17);
    claim.paid_on = db::optional_text_at(row, 18);
    claim.reference = db::text_at(row, 19);
    claim.over_budget = db::integer_at(row, 20) != 0;
    claim.person_name = db::text_at(row, 21);
    claim.activity_title = db::text_at(row, 22);
    claim.organisation_name = db::optional_text_at(row, 23).value_or("");
    return claim;
}

// Claims in the order they were made; with a page, that keyset page (limit +
// 1 rows) on (submitted_at, id). Every value is bound, never written into the SQL.
std::vector<Claim> select_claims(soci::session& sql, std::string const& partnership_id, std::string const& where, std::vector<std::string> const& values,
    std::optional<PageRequest> const& page = std::nullopt)
{
    auto const keys = page ? keyset(*page, "c.submitted_at", "c.id") : keyset_all("c.submitted_at", "c.id");
    std::string const query = std::string { k_claim_select } + where + " AND " + keys.condition + " " + keys.order_limit;
    std::vector<Claim> claims;
    soci::details::prepare_temp_type statement = (sql.prepare << query);
    statement, soci::use(partnership_id);
    for (auto const& value : values)
        statement, soci::use(value);
    statement, soci::use(keys.on), soci::use(keys.key), soci::use(keys.key), soci::use(keys.id), soci::use(keys.fetch);
    soci::rowset<soci::row> rows = statement;
    for (auto const& row : rows)
        claims.push_back(claim_from_row(row));
    return claims;
}

Page<Claim> claims_page(soci::session& sql, std::string const& partnership_id, std::string const& where, std::vector<std::string> const& values,
    PageRequest const& page)
{
    return finish_page(select_claims(sql, partnership_id, where, values, page), page.limit,
        [](Claim const& claim) { return NameCursor { claim.submitted_at, claim.id }; });
}

std::optional<Claim> find_claim(soci::session& sql, std::string const& partnership_id, std::string const& id)
{
    auto claims = select_claims(sql, partnership_id, " AND c.id = :id", { id });
    if (claims.empty())
        return std::nullopt;
    return std::move(claims.front());
}

boost::json::object claim_json(Claim const& claim)
{
    boost::json::array expenses;
    for (auto const& expense : claim.expenses) {
        boost::json::object object { { "kind", expense.kind }, { "amount_pence", expense.amount_pence }, { "note", expense.note } };
        object["miles"] = expense.miles ? boost::json::value(*expense.miles) : boost::json::value(nullptr);
        object["receipt_id"] = expense.receipt_id ? boost::json::value(*expense.receipt_id) : boost::json::value(nullptr);
        expenses.push_back(std::move(object));
    }
    auto optional = [](std::optional<std::string> const& value) { return value ? boost::json::value(*value) : boost::json::value(nullptr); };
    return { { "id", claim.id }, { "project_id", claim.project_id }, { "activity_id", claim.activity_id }, { "activity_title", claim.activity_title },
        { "person_id", claim.person_id }, { "person_name", claim.person_name },
        { "organisation", claim.organisation_id ? boost::json::value(boost::json::object { { "id", *claim.organisation_id }, { "name", claim.organisation_name } })
                                                : boost::json::value(nullptr) },
        { "group", claim.group }, { "minutes", claim.minutes }, { "time_pence", claim.time_pence }, { "expenses", std::move(expenses) },
        { "expenses_pence", claim.expenses_pence }, { "total_pence", claim.total_pence }, { "total", pounds(claim.total_pence) },
        { "payment_method", claim.payment_method }, { "status", claim.status }, { "submitted_at", claim.submitted_at },
        { "decided_at", optional(claim.decided_at) }, { "reason", claim.reason }, { "paid_on", optional(claim.paid_on) },
        { "reference", claim.reference }, { "over_budget", claim.over_budget }, { "submitted_by", claim.submitted_by } };
}

finance::ClaimPeople claim_people(Claim const& claim)
{
    return { claim.person_id, claim.submitted_by, claim.organisation_id };
}

// A claim as its reader sees it: finance are told whether they may decide it.
boost::json::object claim_json_for(soci::session& sql, Actor const& actor, bool finance, Claim const& claim)
{
    auto json = claim_json(claim);
    // Why the reader may not decide it (a finance control's code), or null when they may.
    auto const refusal = finance ? finance::claim_decision_refusal(sql, actor, claim_people(claim)) : std::nullopt;
    json["can_decide"] = finance && !refusal;
    json["cannot_decide_because"] = finance && refusal ? boost::json::value(finance::rule_code(*refusal)) : boost::json::value(nullptr);
    return json;
}

}

std::optional<std::vector<Claim>> claims_to_decide(soci::session& sql, Actor const& actor)
{
    if (!is_finance(sql, actor))
        return std::nullopt;
    std::vector<Claim> claims;
    for (auto& claim : select_claims(sql, actor.partnership_id, " AND c.status = :status", { "submitted" })) {
        if (!finance::claim_decision_refusal(sql, actor, claim_people(claim)))
            claims.push_back(std::move(claim));
    }
    return claims;
}

namespace {

// ---------- budgets ----------

struct Budget {
    long long total_pence { 0 };
    std::map<std::string, long long> by_group;
    bool set { false };
};

Budget load_budget(soci::session& sql, std::string const& partnership_id, std::string const& project_id)
{
    Budget budget;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT total_pence, by_group FROM project_budgets WHERE partnership_id = :p AND project_id = :project",
        soci::use(partnership_id), soci::use(project_id));
    for (auto const& row : rows) {
        budget.set = true;
        budget.total_pence = db::integer_at(row, 0);
        auto const parsed = boost::json::parse(db::text_at(row, 1));
        for (auto const& [group, pence] : parsed.as_object())
            budget.by_group[std::string { group }] = pence.as_int64();
    }
    return budget;
}

boost::json::object budget_json(soci::session& sql, std::string const& partnership_id, std::string const& project_id)
{
    auto const budget = load_budget(sql, partnership_id, project_id);
    long long committed = 0, spent = 0;
    std::map<std::string, long long> committed_by_group, spent_by_group;
    for (auto const& claim : select_claims(sql, partnership_id, " AND c.project_id = :project", { project_id })) {
        if (claim.status == "approved" || claim.status == "paid") {
            committed += claim.total_pence;
            committed_by_group[claim.group] += claim.total_pence;
        }
        if (claim.status == "paid") {
            spent += claim.total_pence;
            spent_by_group[claim.group] += claim.total_pence;
        }
    }
    auto map_json = [](std::map<std::string, long long> const& values) {
        boost::json::object object;
        for (auto const& [key, value] : values)
            object[key] = value;
        return object;
    };
    return { { "project_id", project_id }, { "set", budget.set }, { "total_pence", budget.total_pence }, { "by_group", map_json(budget.by_group) },
        { "committed_pence", committed }, { "spent_pence", spent }, { "remaining_pence", budget.total_pence - committed },
        { "committed_by_group", map_json(committed_by_group) }, { "spent_by_group", map_json(spent_by_group) } };
}

// ---------- receipts ----------

// What the bytes are, by their first bytes (not by the name or the header).
std::optional<std::string> sniff(std::string_view bytes)
{
    if (bytes.starts_with("%PDF-"))
        return "application/pdf";
    if (bytes.size() >= 3 && static_cast<unsigned char>(bytes[0]) == 0xFF && static_cast<unsigned char>(bytes[1]) == 0xD8
        && static_cast<unsigned char>(bytes[2]) == 0xFF)
        return "image/jpeg";
    if (bytes.starts_with("\x89PNG\r\n\x1a\n"))
        return "image/png";
    return std::nullopt;
}

std::filesystem::path receipt_path(Services const& services, std::string const& partnership_id, std::string const& id)
{
    return services.files_dir / "receipts" / partnership_id / id;
}

// ---------- handlers ----------




Response get_policy_route(Services& services, RequestContext const& context)
{
    auto const& actor = context.signed_in();
    return Response::json(200, policy_json(services.database.read([&](soci::session& sql) { return load_policy(sql, actor.partnership_id); })));
}

Response put_policy_route(Services& services, RequestContext const& context)
{
    auto const& actor = context.signed_in();
    auto body = http::body_object(context.request);
    if (!body)
        return Response::problem(body.error());
    auto policy = read_policy(*body);
    if (!policy)
        return Response::problem(policy.error());
    if (!actor.is_convener())
        return Response::problem(Error::forbidden("Only conveners set the participation policy."));
    auto result = services.database.write([&](soci::session& sql) -> Result<boost::json::object> {
        auto const text = boost::json::serialize(policy_json(*policy));
        auto const at = now_text();
        sql << "INSERT INTO participation_policies (partnership_id, policy, updated_by, updated_at) VALUES (:p, :policy, :by, :at) "
               "ON CONFLICT (partnership_id) DO UPDATE SET policy = excluded.policy, updated_by = excluded.updated_by, updated_at = excluded.updated_at",
            soci::use(actor.partnership_id), soci::use(text), soci::use(actor.person_id), soci::use(at);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "policy.updated", "partnership", actor.partnership_id });
        return policy_json(*policy);
    });
    return json_or_problem(result, 200);
}

Response get_budget_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& project_id) {
        auto const& actor = context.signed_in();
        auto result = services.database.read([&](soci::session& sql) -> Result<boost::json::object> {
            if (auto organiser = projects::can_organise(sql, actor, project_id); !organiser)
                return std::unexpected(organiser.error());
            return budget_json(sql, actor.partnership_id, project_id);
        });
        return json_or_problem(result, 200);
    });
}

Response put_budget_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& project_id) {
        auto const& actor = context.signed_in();
        auto body = http::body_object(context.request);
        if (!body)
            return Response::problem(body.error());
        FormReader reader { *body };
        reader.reject_unknown({ "total_pence", "by_group" });
        auto const* total = body->if_contains("total_pence");
        if (!total || !total->is_int64() || total->get_int64() < 0 || total->get_int64() > 100000000000LL)
            reader.add_error("total_pence", "Enter the budget in whole pence.");
        std::map<std::string, long long> by_group;
        long long group_sum = 0;
        if (auto const* groups = body->if_contains("by_group"); groups && !groups->is_null()) {
            if (!groups->is_object()) {
                reader.add_error("by_group", "Give pence by stakeholder group.");
            } else {
                for (auto const& [group, pence] : groups->get_object()) {
                    if (std::ranges::find(partnership::k_groups, std::string_view { group }) == partnership::k_groups.end() || !pence.is_int64()
                        || pence.get_int64() < 0 || pence.get_int64() > 100000000000LL) {
                        reader.add_error("by_group", "Give whole pence for stakeholder groups.");
                        break;
                    }
                    by_group[std::string { group }] = pence.get_int64();
                    group_sum += pence.get_int64();
                }
            }
        }
        if (reader.ok() && group_sum > total->get_int64())
            reader.add_error("by_group", "The groups' budgets add up to more than the total.");
        if (!reader.ok())
            return Response::problem(Error::invalid(reader.errors()));
        if (!actor.is_convener())
            return Response::problem(Error::forbidden("Only conveners set budgets."));
        auto result = services.database.write([&](soci::session& sql) -> Result<boost::json::object> {
            if (auto organiser = projects::can_organise(sql, actor, project_id); !organiser)
                return std::unexpected(organiser.error());
            boost::json::object groups;
            for (auto const& [group, pence] : by_group)
                groups[group] = pence;
            auto const groups_text = boost::json::serialize(groups);
            auto const amount = total->get_int64();
            auto const at = now_text();
            sql << "INSERT INTO project_budgets (project_id, partnership_id, total_pence, by_group, updated_by, updated_at) "
                   "VALUES (:project, :p, :total, :groups, :by, :at) ON CONFLICT (project_id) DO UPDATE SET total_pence = excluded.total_pence, "
                   "by_group = excluded.by_group, updated_by = excluded.updated_by, updated_at = excluded.updated_at",
                soci::use(project_id), soci::use(actor.partnership_id), soci::use(amount), soci::use(groups_text), soci::use(actor.person_id),
                soci::use(at);
            privacy::record(sql, actor.partnership_id, actor.person_id, { "budget.set", "project", project_id });
            return budget_json(sql, actor.partnership_id, project_id);
        });
        return json_or_problem(result, 200);
    });
}

Response upload_receipt_route(Services& services, RequestContext const& context)
{
    auto const& actor = context.signed_in();
    auto const& bytes = context.request.body;
    std::string declared;
    for (char const c : context.request.header("content-type").substr(0, context.request.header("content-type").find(';')))
        if (c != ' ')
            declared.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    auto const actual = sniff(bytes);
    if (bytes.empty() || !actual || *actual != declared)
        return Response::problem(Error::invalid_field("file", "Upload a PDF, JPEG or PNG: this file's contents are not what its type says."));
    std::string file_name { context.request.header("x-file-name") };
    if (code_point_count(file_name) > 200 || file_name.find_first_of("/\\\r\n") != std::string::npos)
        file_name = "receipt";
    auto const id = new_id();
    auto const path = receipt_path(services, actor.partnership_id, id);
    std::filesystem::create_directories(path.parent_path());
    {
        std::ofstream file { path, std::ios::binary };
        file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        if (!file)
            return Response::problem({ ErrorKind::Unavailable, "The file could not be stored. Try again." });
    }
    // The file goes if the row does not: nothing half-written.
    struct RemoveUnlessKept {
        std::filesystem::path path;
        bool keep { false };
        ~RemoveUnlessKept()
        {
            if (!keep) {
                std::error_code ignored;
                std::filesystem::remove(path, ignored);
            }
        }
    } guard { path };
    auto result = services.database.write([&](soci::session& sql) -> Result<boost::json::object> {
        auto const at = now_text();
        auto const digest = sha256_hex(bytes);
        long long const size = static_cast<long long>(bytes.size());
        sql << "INSERT INTO receipts (id, partnership_id, uploaded_by, media_type, size, sha256, file_name, created_at) "
               "VALUES (:id, :p, :by, :type, :size, :sha, :name, :at)",
            soci::use(id), soci::use(actor.partnership_id), soci::use(actor.person_id), soci::use(*actual), soci::use(size), soci::use(digest),
            soci::use(file_name), soci::use(at);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "receipt.uploaded", "receipt", id });
        return boost::json::object { { "id", id }, { "media_type", *actual }, { "size", size }, { "file_name", file_name } };
    });
    guard.keep = result.has_value();
    return json_or_problem(result, 201);
}

Response get_receipt_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) {
        auto const& actor = context.signed_in();
        struct Found {
            std::string media_type, file_name;
        };
        auto found = services.database.read([&](soci::session& sql) -> Result<Found> {
            std::string uploaded_by, media_type, file_name, claim_id;
            soci::indicator claim_indicator = soci::i_null;
            sql << "SELECT uploaded_by, media_type, file_name, claim_id FROM receipts WHERE partnership_id = :p AND id = :id", soci::into(uploaded_by),
                soci::into(media_type), soci::into(file_name), soci::into(claim_id, claim_indicator), soci::use(actor.partnership_id), soci::use(id);
            if (!sql.got_data())
                return std::unexpected(Error::not_found("There is no such receipt."));
            bool allowed = uploaded_by == actor.person_id || is_finance(sql, actor);
            if (!allowed && claim_indicator == soci::i_ok)
                if (auto const claim = find_claim(sql, actor.partnership_id, claim_id))
                    allowed = claim->person_id == actor.person_id;
            if (!allowed)
                return std::unexpected(Error::not_found("There is no such receipt."));
            return Found { media_type, file_name };
        });
        if (!found)
            return Response::problem(found.error());
        std::ifstream file { receipt_path(services, actor.partnership_id, id), std::ios::binary };
        if (!file)
            return Response::problem(Error::not_found("The receipt's file is missing."));
        Response response;
        response.body.assign(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
        response.set_header("Content-Type", found->media_type);
        response.set_header("Content-Disposition", "attachment; filename=\"receipt\"");
        return response;
    });
}

Response create_claim_route(Services& services, RequestContext const& context)
{
    auto const& actor = context.signed_in();
    auto body = http::body_object(context.request);
    if (!body)
        return Response::problem(body.error());
    FormReader reader { *body };
    reader.reject_unknown(
        { "activity_id", "person_id", "minutes", "include_time", "expenses", "payment_method", "backfill_organisation_id", "early_reason" });
    auto const activity_id = reader.text("activity_id", { .presence = Presence::Required, .max_length = 36 }).value_or("");
    if (!activity_id.empty() && !looks_like_id(activity_id))
        reader.add_error("activity_id", "Choose an activity you attended.");
    auto person_id = reader.text("person_id", { .presence = Presence::Optional, .max_length = 36 }).value_or("");
    if (!person_id.empty() && !looks_like_id(person_id))
        reader.add_error("person_id", "Choose a person from the list.");
    if (person_id.empty())
        person_id = actor.person_id;
    std::optional<long long> minutes;
    if (auto const* value = body->if_contains("minutes"); value && !value->is_null()) {
        if (!value->is_int64() || value->get_int64() < 1 || value->get_int64() > 1440)
            reader.add_error("minutes", "Enter the minutes you gave, from 1 to 1440.");
        else
            minutes = value->get_int64();
    }
    bool const include_time = reader.boolean("include_time", Presence::Optional).value_or(true);
    auto const early_reason
        = reader.text("early_reason", { .presence = Presence::Optional, .max_length = 1000, .lines = TextRule::Lines::Multiple }).value_or("");
    auto const method = reader.choice("payment_method", k_payment_methods, Presence::Required).value_or("");
    auto backfill = reader.text("backfill_organisation_id", { .presence = Presence::Optional, .max_length = 36 }).value_or("");
    std::vector<Expense> expenses;
    if (auto const* list = body->if_contains("expenses"); list && !list->is_null()) {
        if (!list->is_array() || list->get_array().size() > 20) {
            reader.add_error("expenses", "Give up to 20 expenses.");
        } else {
            std::size_t index = 0;
            for (auto const& entry : list->get_array()) {
                auto const field = "expenses[" + std::to_string(index++) + "]";
                if (!entry.is_object()) {
                    reader.add_error(field, "Each expense needs a kind and an amount.");
                    continue;
                }
                FormReader line { entry.get_object() };
                line.reject_unknown({ "kind", "amount_pence", "miles", "receipt_id", "note" });
                Expense expense;
                expense.kind = line.choice("kind", k_expense_kinds, Presence::Required).value_or("");
                auto const& object = entry.get_object();
                if (auto const* amount = object.if_contains("amount_pence"); amount && !amount->is_null()) {
                    if (!amount->is_int64() || amount->get_int64() < 1 || amount->get_int64() > 10000000)
                        line.add_error("amount_pence", "Enter the amount in whole pence, like 1250 for £12.50.");
                    else
                        expense.amount_pence = amount->get_int64();
                }
                if (auto const* miles = object.if_contains("miles"); miles && !miles->is_null()) {
                    if (!miles->is_int64() || miles->get_int64() < 1 || miles->get_int64() > 2000 || expense.kind != "travel")
                        line.add_error("miles", "Miles are for travel: enter whole miles from 1 to 2000.");
                    else
                        expense.miles = miles->get_int64();
                }
                if (!object.contains("amount_pence") && !expense.miles && !line.errors().contains("miles"))
                    line.add_error("amount_pence", "Enter the amount in pence (or miles, for travel by car).");
                auto receipt = line.text("receipt_id", { .presence = Presence::Optional, .max_length = 36 }).value_or("");
                if (!receipt.empty()) {
                    if (!looks_like_id(receipt))
                        line.add_error("receipt_id", "Upload the receipt first.");
                    else
                        expense.receipt_id = receipt;
                }
                expense.note = line.text("note", { .presence = Presence::Optional, .max_length = 500 }).value_or("");
                for (auto const& [name, messages] : line.errors())
                    for (auto const& message : messages)
                        reader.add_error(field + "." + name, message);
                expenses.push_back(std::move(expense));
            }
        }
    }
    if (!reader.ok())
        return Response::problem(Error::invalid(reader.errors()));

    auto result = services.database.write([&](soci::session& sql) -> Result<boost::json::object> {
        privacy::lock_for_change(sql, actor.partnership_id);
        if (person_id != actor.person_id && !actor.is_convener())
            return std::unexpected(Error::forbidden("Only conveners claim for someone else."));
        auto const policy = load_policy(sql, actor.partnership_id);
        // The activity, and that the person attended it.
        std::string project_id, kind, starts_at, ends_at;
        sql << "SELECT project_id, kind, starts_at, ends_at FROM activities WHERE partnership_id = :p AND id = :id", soci::into(project_id),
            soci::into(kind), soci::into(starts_at), soci::into(ends_at), soci::use(actor.partnership_id), soci::use(activity_id);
        if (!sql.got_data())
            return std::unexpected(Error::invalid_field("activity_id", "Choose an activity you attended."));
        // Claims are for time already given: before the start only a convener
        // claims, with a reason kept on the claim and in the audit log.
        if (auto const starts = parse_time(starts_at); starts && *starts > now()) {
            if (early_reason.empty()) {
                Error error = Error::conflict("This activity has not started yet, so there is nothing to claim for. "
                                              "A convener can record a claim early by giving a reason.");
                error.code = "not_started";
                return std::unexpected(std::move(error));
            }
            if (!actor.is_convener())
                return std::unexpected(Error::forbidden("Only a convener can record a claim before an activity starts."));
        }
        std::string group;
        int paid_by_employer = 0;
        sql << "SELECT stakeholder_group, paid_by_employer FROM activity_attendance WHERE activity_id = :a AND person_id = :person", soci::into(group),
            soci::into(paid_by_employer), soci::use(activity_id), soci::use(person_id);
        if (!sql.got_data())
            return std::unexpected(Error::invalid_field("activity_id", "Claims are for activities the person attended (ask the organiser to record it)."));
        // Someone paid by their employer to be there is not paid twice for the time: they claim
        // expenses only, or their (VCS) organisation claims backfill for it.
        if (paid_by_employer != 0 && include_time && backfill.empty())
            return std::unexpected(Error::invalid_field("include_time",
                "The person's employer pays them for this time, so claim expenses only, or let their organisation claim for the time."));
        if (method == "none")
            return std::unexpected(Error::invalid_field("payment_method",
                "A claim asks to be paid. To say no to payment, decline the offer instead."));
        if (!backfill.empty() && !include_time)
            return std::unexpected(Error::invalid_field("backfill_organisation_id",
                "An organisation claims for its worker's time; claim expenses alone for the person."));
        long long existing = 0;
        sql << "SELECT COUNT(*) FROM claims WHERE activity_id = :a AND person_id = :person AND status <> 'rejected'", soci::into(existing),
            soci::use(activity_id), soci::use(person_id);
        if (existing > 0)
            return std::unexpected(Error::conflict("There is already a claim for this activity."));
        if (std::ranges::find(policy.payment_methods, method) == policy.payment_methods.end())
            return std::unexpected(Error::invalid_field("payment_method", "This partnership does not pay that way."));
        // A bank transfer needs an account to pay into: the payee's. The payee is the person, except
        // for backfill, where their organisation is paid for the time (and the expenses on the same
        // claim) through finance's own supplier records, which Roundtable does not hold; so only a
        // claim paid to the person needs the person's bank details here.
        if (method == "bank_transfer" && backfill.empty()) {
            long long saved = 0;
            sql << "SELECT COUNT(*) FROM bank_details WHERE person_id = :person AND partnership_id = :p", soci::into(saved), soci::use(person_id),
                soci::use(actor.partnership_id);
            if (saved == 0) {
                bool const vouchers = std::ranges::find(policy.payment_methods, "voucher") != policy.payment_methods.end();
                return std::unexpected(Error::invalid_field("payment_method", person_id == actor.person_id
                        ? (vouchers ? "Add your bank details first, or choose a voucher." : "Add your bank details first.")
                        : (vouchers ? "This person has no bank details on file: ask them to add theirs on their Payments page, or choose a voucher."
                                    : "This person has no bank details on file: ask them to add theirs on their Payments page.")));
            }
        }

        Claim claim;
        claim.id = new_id();
        claim.project_id = project_id;
        claim.activity_id = activity_id;
        claim.person_id = person_id;
        claim.group = group;
        claim.payment_method = method;
        auto const start = parse_time(starts_at), end = parse_time(ends_at);
        long long const length = start && end ? std::chrono::duration_cast<std::chrono::minutes>(*end - *start).count() : 0;
        if (include_time && minutes && length > 0 && *minutes > length && !actor.is_convener())
            return std::unexpected(Error::invalid_field("minutes",
                "The activity lasted " + std::to_string(length) + " minutes. Ask a convener to claim for preparation or travel time."));
        claim.minutes = include_time ? std::max(0LL, minutes.value_or(length)) : 0;
        if (!backfill.empty()) {
            // Backfill: the organisation is paid for its worker's time.
            std::string sector;
            sql << "SELECT o.sector FROM organisations o JOIN person_organisations po ON po.organisation_id = o.id "
                   "WHERE o.partnership_id = :p AND o.id = :o AND po.person_id = :person",
                soci::into(sector), soci::use(actor.partnership_id), soci::use(backfill), soci::use(person_id);
            if (!sql.got_data() || sector != "vcs")
                return std::unexpected(Error::invalid_field("backfill_organisation_id", "Choose the VCS organisation the person works for."));
            claim.organisation_id = backfill;
            // The day rate from 5 hours, half of it (to the nearest penny, halves up) below that; nothing for no time.
            claim.time_pence = !include_time || claim.minutes <= 0 ? 0
                : claim.minutes >= 300                              ? policy.backfill_day_pence
                                                                    : (policy.backfill_day_pence + 1) / 2;
        } else {
            claim.time_pence = include_time ? time_pence(policy.rates_for(kind), claim.minutes) : 0;
        }
        // Caps are per kind for the whole claim, so splitting a taxi fare over two lines does not get round one.
        std::map<std::string, long long> claimed_by_kind;
        std::set<std::string> receipts_used;
        for (std::size_t i = 0; i < expenses.size(); ++i) {
            auto& expense = expenses[i];
            auto const field = "expenses[" + std::to_string(i) + "]";
            auto const rule = policy.expenses.find(expense.kind);
            if (rule == policy.expenses.end() || !rule->second.reimbursed)
                return std::unexpected(Error::invalid_field(field + ".kind", "This partnership does not pay this kind of expense."));
            if (expense.miles)
                expense.amount_pence = *expense.miles * policy.mileage_pence_per_mile;
            auto& claimed = claimed_by_kind[expense.kind];
            claimed += expense.amount_pence;
            if (rule->second.cap_pence > 0 && claimed > rule->second.cap_pence)
                return std::unexpected(Error::invalid_field(field + ".amount_pence", "This is over the limit of " + pounds(rule->second.cap_pence)
                        + " for this kind of expense" + (claimed > expense.amount_pence ? " (with the lines above it)" : "")
                        + ". Ask the organiser before spending more."));
            if (expense.receipt_id && !receipts_used.insert(*expense.receipt_id).second)
                return std::unexpected(Error::invalid_field(field + ".receipt_id", "This receipt is already on another line."));
            if (expense.receipt_id) {
                std::string uploaded_by;
                soci::indicator claim_indicator = soci::i_ok;
                std::string attached;
                sql << "SELECT uploaded_by, claim_id FROM receipts WHERE partnership_id = :p AND id = :id", soci::into(uploaded_by),
                    soci::into(attached, claim_indicator), soci::use(actor.partnership_id), soci::use(*expense.receipt_id);
                if (!sql.got_data() || (uploaded_by != actor.person_id && uploaded_by != person_id) || claim_indicator == soci::i_ok)
                    return std::unexpected(Error::invalid_field(field + ".receipt_id", "Upload the receipt first; each receipt goes with one claim."));
            }
            claim.expenses_pence += expense.amount_pence;
        }
        claim.expenses = expenses;
        claim.total_pence = method == "none" ? 0 : claim.time_pence + claim.expenses_pence;
        claim.submitted_by = actor.person_id;
        claim.submitted_at = now_text();
        auto const expenses_json = expenses_text(claim.expenses);
        auto const organisation = claim.organisation_id.value_or("");
        auto organisation_indicator = claim.organisation_id ? soci::i_ok : soci::i_null;
        sql << "INSERT INTO claims (id, partnership_id, project_id, activity_id, person_id, organisation_id, stakeholder_group, minutes, time_pence, "
               "expenses, expenses_pence, total_pence, payment_method, status, submitted_by, submitted_at, reason, reference, over_budget) "
               "VALUES (:id, :p, :project, :activity, :person, :organisation, :grp, :minutes, :time, :expenses, :expenses_pence, :total, :method, "
               "'submitted', :by, :at, '', '', 0)",
            soci::use(claim.id), soci::use(actor.partnership_id), soci::use(claim.project_id), soci::use(claim.activity_id), soci::use(claim.person_id),
            soci::use(organisation, organisation_indicator), soci::use(claim.group), soci::use(claim.minutes), soci::use(claim.time_pence),
            soci::use(expenses_json), soci::use(claim.expenses_pence), soci::use(claim.total_pence), soci::use(claim.payment_method),
            soci::use(claim.submitted_by), soci::use(claim.submitted_at);
        for (auto const& expense : claim.expenses)
            if (expense.receipt_id)
                sql << "UPDATE receipts SET claim_id = :claim WHERE id = :id", soci::use(claim.id), soci::use(*expense.receipt_id);
        sql << "UPDATE payment_offers SET status = 'claimed', answered_at = :at WHERE activity_id = :a AND person_id = :person",
            soci::use(claim.submitted_at), soci::use(activity_id), soci::use(person_id);
        if (!early_reason.empty())
            sql << "UPDATE claims SET early_reason = :reason WHERE id = :id", soci::use(early_reason), soci::use(claim.id);
        privacy::record(sql, actor.partnership_id, actor.person_id,
            { .action = "claim.submitted", .subject_type = "claim", .subject_id = claim.id,
                .fields = early_reason.empty() ? std::vector<std::string> {} : std::vector<std::string> { "early_reason" } });
        return claim_json(*find_claim(sql, actor.partnership_id, claim.id));
    });
    return json_or_problem(result, 201);
}

Response list_claims_route(Services& services, RequestContext const& context)
{
    auto const& actor = context.signed_in();
    auto status = context.request.query_value("status").value_or("");
    if (!status.empty() && status != "submitted" && status != "approved" && status != "rejected" && status != "paid")
        return Response::problem(Error::invalid_field("status", "Choose submitted, approved, rejected or paid."));
    auto page = http::read_page(context.request);
    if (!page)
        return Response::problem(page.error());
    auto result = services.database.read([&](soci::session& sql) -> Result<boost::json::object> {
        // Others' claims (amounts, expenses) only for finance.
        bool const finance = is_finance(sql, actor);
        std::string where = finance ? "" : " AND c.person_id = :person";
        std::vector<std::string> values;
        if (!finance)
            values.push_back(actor.person_id);
        if (!status.empty()) {
            where += " AND c.status = :status";
            values.push_back(status);
        }
        auto const claims = claims_page(sql, actor.partnership_id, where, values, *page);
        return http::page_json(claims, [&](Claim const& claim) { return claim_json_for(sql, actor, finance, claim); });
    });
    return json_or_problem(result, 200);
}

Response get_claim_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) {
        auto const& actor = context.signed_in();
        auto result = services.database.read([&](soci::session& sql) -> Result<boost::json::object> {
            auto claim = find_claim(sql, actor.partnership_id, id);
            bool const finance = is_finance(sql, actor);
            if (!claim || (claim->person_id != actor.person_id && !finance))
                return std::unexpected(Error::not_found("There is no such claim."));
            return claim_json_for(sql, actor, finance, *claim);
        });
        return json_or_problem(result, 200);
    });
}

// approve | reject | paid: finance only, never on one's own claim.
Response decide_route(Services& services, RequestContext const& context, std::string const& decision)
{
    return with_id(context, [&](std::string const& id) {
        auto const& actor = context.signed_in();
        auto body = http::body_object(context.request);
        if (!body)
            return Response::problem(body.error());
        FormReader reader { *body };
        std::string reason, paid_on, reference;
        bool confirm_over_budget = false;
        if (decision == "reject") {
            reader.reject_unknown({ "reason" });
            reason = reader.text("reason", { .presence = Presence::Required, .min_length = 1, .max_length = 1000, .lines = TextRule::Lines::Multiple })
                         .value_or("");
        } else if (decision == "paid") {
            reader.reject_unknown({ "paid_on", "reference" });
            paid_on = reader.text("paid_on", { .presence = Presence::Required, .max_length = 10 }).value_or("");
            if (!paid_on.empty() && (paid_on.size() != 10 || !parse_time(paid_on + "T00:00:00Z")))
                reader.add_error("paid_on", "Enter the date it was paid, like 2026-12-01.");
            reference = reader.text("reference", { .presence = Presence::Required, .min_length = 1, .max_length = 100 }).value_or("");
        } else {
            reader.reject_unknown({ "confirm_over_budget" });
            confirm_over_budget = reader.boolean("confirm_over_budget", Presence::Optional).value_or(false);
        }
        if (!reader.ok())
            return Response::problem(Error::invalid(reader.errors()));
        // The finance controls first: a refusal is recorded for all conveners to see.
        auto const seen = services.database.read([&](soci::session& sql) -> Result<Claim> {
            auto claim = find_claim(sql, actor.partnership_id, id);
            if (!claim || (claim->person_id != actor.person_id && !is_finance(sql, actor)))
                return std::unexpected(Error::not_found("There is no such claim."));
            return *claim;
        });
        if (!seen)
            return Response::problem(seen.error());
        if (auto allowed = finance::check_claim_decision(services.database, actor, claim_people(*seen), id); !allowed)
            return Response::problem(allowed.error());
        auto result = services.database.write([&](soci::session& sql) -> Result<boost::json::object> {
            privacy::lock_for_change(sql, actor.partnership_id);
            auto claim = find_claim(sql, actor.partnership_id, id);
            bool const finance = is_finance(sql, actor);
            if (!claim || (claim->person_id != actor.person_id && !finance))
                return std::unexpected(Error::not_found("There is no such claim."));
            if (auto const refusal = finance::claim_decision_refusal(sql, actor, claim_people(*claim)))
                return std::unexpected(Error::forbidden(std::string { finance::rule_text(*refusal) }));
            auto const wanted = decision == "paid" ? "approved" : "submitted";
            if (claim->status != wanted)
                return std::unexpected(Error::conflict(decision == "paid" ? "Only approved claims are marked paid." : "This claim has been decided already."));
            auto const at = now_text();
            bool over_budget = false;
            if (decision == "approve") {
                auto const budget = load_budget(sql, actor.partnership_id, claim->project_id);
                long long committed = 0, committed_for_group = 0;
                for (auto const& other : select_claims(sql, actor.partnership_id, " AND c.project_id = :project", { claim->project_id }))
                    if (other.status == "approved" || other.status == "paid") {
                        committed += other.total_pence;
                        if (other.group == claim->group)
                            committed_for_group += other.total_pence;
                    }
                auto const group_budget = budget.by_group.find(claim->group);
                bool const over_total = budget.set && committed + claim->total_pence > budget.total_pence;
                bool const over_group = budget.set && group_budget != budget.by_group.end()
                    && committed_for_group + claim->total_pence > group_budget->second;
                over_budget = over_total || over_group;
                if (over_budget && !confirm_over_budget) {
                    auto error = Error::conflict(over_total
                            ? "Approving this takes the project over its participation budget of " + pounds(budget.total_pence) + ". Confirm to approve it anyway."
                            : "Approving this takes the group over its share of the budget, " + pounds(group_budget->second) + ". Confirm to approve it anyway.");
                    error.code = "over_budget";
                    return std::unexpected(error);
                }
                int const flag = over_budget ? 1 : 0;
                sql << "UPDATE claims SET status = 'approved', decided_by = :by, decided_at = :at, over_budget = :over WHERE id = :id",
                    soci::use(actor.person_id), soci::use(at), soci::use(flag), soci::use(id);
            } else if (decision == "reject") {
                sql << "UPDATE claims SET status = 'rejected', decided_by = :by, decided_at = :at, reason = :reason WHERE id = :id",
                    soci::use(actor.person_id), soci::use(at), soci::use(reason), soci::use(id);
                // The receipts can go with a new claim, and the offer stands again (unanswered) until one is made.
                sql << "UPDATE receipts SET claim_id = NULL WHERE claim_id = :id", soci::use(id);
                sql << "UPDATE payment_offers SET status = 'pending' WHERE activity_id = :a AND person_id = :person AND status = 'claimed'",
                    soci::use(claim->activity_id), soci::use(claim->person_id);
            } else {
                sql << "UPDATE claims SET status = 'paid', paid_on = :paid_on, reference = :reference WHERE id = :id", soci::use(paid_on),
                    soci::use(reference), soci::use(id);
            }
            privacy::record(sql, actor.partnership_id, actor.person_id,
                { over_budget ? "claim.approved_over_budget" : "claim." + decision, "claim", id });
            // The claimant hears of each step: approved, not approved (with why), paid.
            std::string const status = decision == "approve" ? "approved" : decision == "reject" ? "rejected" : "paid";
            notifications::notify(sql, actor.partnership_id,
                { claim->person_id, "claim_decided",
                    boost::json::serialize(boost::json::object { { "claim_id", id }, { "status", status },
                        { "reason", decision == "reject" ? reason : std::string {} }, { "amount_pence", claim->total_pence } }),
                    "/claims/" + id, "claim_decided:" + id + ":" + status });
            return claim_json_for(sql, actor, finance, *find_claim(sql, actor.partnership_id, id));
        });
        return json_or_problem(result, 200);
    });
}

Response approve_route(Services& services, RequestContext const& context)
{
    return decide_route(services, context, "approve");
}

Response reject_route(Services& services, RequestContext const& context)
{
    return decide_route(services, context, "reject");
}

Response paid_route(Services& services, RequestContext const& context)
{
    return decide_route(services, context, "paid");
}

// A CSV download produced piece by piece while it is sent (see http::Response::stream).
Response csv_response(std::function<std::optional<std::string>()> pieces, std::string const& file_name)
{
    Response response;
    response.stream = std::move(pieces);
    response.set_header("Content-Type", "text/csv; charset=utf-8");
    response.set_header("Content-Disposition", "attachment; filename=\"" + file_name + "\"");
    return response;
}

void csv_row(std::string& out, std::vector<std::string> const& fields)
{
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        surveys::csv::append_field(out, fields[i]);
    }
    out += "\r\n";
}

// The pieces of a claims CSV: the header first, then one page of claims per
// call (each page read in its own short transaction), then the total row made
// from the rows written, so the total always adds up to the penny.
struct ClaimsCsv {
    db::Database& database;
    std::string partnership_id;
    std::string where;
    std::vector<std::string> values;
    std::vector<std::string> header;
    // Appends a claim's row; returns what it adds to the totals.
    std::function<void(std::string&, soci::session&, Claim const&)> row;
    std::function<void(std::string&)> total;
    PageRequest page { k_max_page_size, std::nullopt };
    bool header_sent { false };
    bool done { false };

    std::optional<std::string> next()
    {
        if (done)
            return std::nullopt;
        std::string out;
        if (!header_sent) {
            header_sent = true;
            out += surveys::csv::k_byte_order_mark;
            csv_row(out, header);
            return out;
        }
        auto const more = database.read([&](soci::session& sql) {
            auto const claims = claims_page(sql, partnership_id, where, values, page);
            for (auto const& claim : claims.items)
                row(out, sql, claim);
            if (claims.next_cursor)
                page.after = NameCursor { claims.items.back().submitted_at, claims.items.back().id };
            return claims.next_cursor.has_value();
        });
        if (!more) {
            total(out);
            done = true;
        }
        return out;
    }
};

std::function<std::optional<std::string>()> pieces_of(std::shared_ptr<ClaimsCsv> csv)
{
    return [csv] { return csv->next(); };
}

Response export_route(Services& services, RequestContext const& context)
{
    auto const& actor = context.signed_in();
    auto const project = context.request.query_value("project_id").value_or("");
    auto checked = services.database.read([&](soci::session& sql) -> Status {
        if (!is_finance(sql, actor))
            return std::unexpected(finance_only());
        // Another partnership's project (or none at all) is not found, as on every route.
        if (!project.empty()) {
            if (auto organiser = projects::can_organise(sql, actor, project); !organiser)
                return std::unexpected(organiser.error());
        }
        return {};
    });
    if (!checked)
        return Response::problem(checked.error());
    struct Totals {
        long long total { 0 }, time { 0 }, expenses { 0 };
    };
    auto totals = std::make_shared<Totals>();
    auto csv = std::make_shared<ClaimsCsv>(ClaimsCsv { services.database, actor.partnership_id,
        project.empty() ? " AND c.status = :status" : " AND c.status = :status AND c.project_id = :project",
        project.empty() ? std::vector<std::string> { "approved" } : std::vector<std::string> { "approved", project },
        { "Claim ID", "Payee", "Payee type", "Payment method", "Account ending", "Activity", "Submitted", "Time (GBP)", "Expenses (GBP)", "Amount (GBP)" },
        [totals, partnership = actor.partnership_id](std::string& out, soci::session& sql, Claim const& claim) {
            if (claim.total_pence == 0)
                return; // nothing to pay (expenses-only claims with none, or no payment chosen)
            bool const organisation = claim.organisation_id.has_value();
            std::string last4;
            if (claim.payment_method == "bank_transfer" && !organisation) {
                soci::indicator indicator = soci::i_ok;
                sql << "SELECT last4 FROM bank_details WHERE partnership_id = :p AND person_id = :person", soci::into(last4, indicator),
                    soci::use(partnership), soci::use(claim.person_id);
                if (!sql.got_data() || indicator == soci::i_null)
                    last4.clear();
            }
            csv_row(out, { claim.id, organisation ? claim.organisation_name : claim.person_name, organisation ? "organisation" : "person",
                             claim.payment_method, last4, claim.activity_title, claim.submitted_at.substr(0, 10), decimal_pounds(claim.time_pence),
                             decimal_pounds(claim.expenses_pence), decimal_pounds(claim.total_pence) });
            totals->total += claim.total_pence;
            totals->time += claim.time_pence;
            totals->expenses += claim.expenses_pence;
        },
        [totals](std::string& out) {
            csv_row(out, { "TOTAL", "", "", "", "", "", "", decimal_pounds(totals->time), decimal_pounds(totals->expenses), decimal_pounds(totals->total) });
        } });
    return csv_response(pieces_of(csv), "claims-to-pay.csv");
}

Response my_payments_route(Services& services, RequestContext const& context)
{
    auto const& actor = context.signed_in();
    bool const csv = context.request.query_value("format").value_or("") == "csv";
    std::string const mine = " AND c.person_id = :person";
    if (csv) {
        auto paid = std::make_shared<long long>(0);
        return csv_response(pieces_of(std::make_shared<ClaimsCsv>(ClaimsCsv { services.database, actor.partnership_id, mine, { actor.person_id },
                                { "Activity", "Submitted", "Status", "Payment method", "Time (GBP)", "Expenses (GBP)", "Amount (GBP)", "Paid on",
                                    "Reference", "Paid to" },
                                [paid](std::string& out, soci::session&, Claim const& claim) {
                                    csv_row(out, { claim.activity_title, claim.submitted_at.substr(0, 10), claim.status, claim.payment_method,
                                                     decimal_pounds(claim.time_pence), decimal_pounds(claim.expenses_pence),
                                                     decimal_pounds(claim.total_pence), claim.paid_on.value_or(""), claim.reference,
                                                     claim.organisation_id ? claim.organisation_name : std::string { "me" } });
                                    if (!claim.organisation_id && claim.status == "paid")
                                        *paid += claim.total_pence;
                                },
                                [paid](std::string& out) { csv_row(out, { "TOTAL PAID", "", "", "", "", "", decimal_pounds(*paid), "", "", "" }); } })),
            "my-payments.csv");
    }
    auto page = http::read_page(context.request);
    if (!page)
        return Response::problem(page.error());
    auto result = services.database.read([&](soci::session& sql) -> Result<boost::json::object> {
        // The totals are over all my claims, not this page. Backfill is paid to the worker's
        // organisation, not to them: listed, but not in their totals (which people on benefits
        // may show to an assessor).
        long long paid = 0, approved = 0;
        soci::indicator paid_indicator = soci::i_ok, approved_indicator = soci::i_ok;
        sql << "SELECT SUM(CASE WHEN status = 'paid' THEN total_pence ELSE 0 END), SUM(CASE WHEN status = 'approved' THEN total_pence ELSE 0 END) "
               "FROM claims WHERE partnership_id = :p AND person_id = :person AND organisation_id IS NULL",
            soci::into(paid, paid_indicator), soci::into(approved, approved_indicator), soci::use(actor.partnership_id), soci::use(actor.person_id);
        if (paid_indicator == soci::i_null)
            paid = 0;
        if (approved_indicator == soci::i_null)
            approved = 0;
        auto const claims = claims_page(sql, actor.partnership_id, mine, { actor.person_id }, *page);
        return http::page_json(claims, [](Claim const& claim) { return claim_json(claim); },
            { { "paid_pence", paid }, { "approved_pence", approved }, { "paid", pounds(paid) } });
    });
    return json_or_problem(result, 200);
}

Response put_bank_route(Services& services, RequestContext const& context)
{
    auto const& actor = context.signed_in();
    auto body = http::body_object(context.request);
    if (!body)
        return Response::problem(body.error());
    FormReader reader { *body };
    reader.reject_unknown({ "account_name", "sort_code", "account_number" });
    auto const name = reader.text("account_name", { .presence = Presence::Required, .min_length = 1, .max_length = 100 }).value_or("");
    auto sort_code = reader.text("sort_code", { .presence = Presence::Required, .max_length = 10 }).value_or("");
    auto const account = reader.text("account_number", { .presence = Presence::Required, .max_length = 10 }).value_or("");
    std::erase_if(sort_code, [](char c) { return c == '-' || c == ' '; });
    if (!sort_code.empty() && (sort_code.size() != 6 || !std::ranges::all_of(sort_code, [](char c) { return c >= '0' && c <= '9'; })))
        reader.add_error("sort_code", "Enter a 6-digit sort code, like 30-94-57.");
    if (!account.empty() && (account.size() != 8 || !std::ranges::all_of(account, [](char c) { return c >= '0' && c <= '9'; })))
        reader.add_error("account_number", "Enter an 8-digit account number.");
    if (!reader.ok())
        return Response::problem(Error::invalid(reader.errors()));
    auto result = services.database.write([&](soci::session& sql) -> Result<boost::json::object> {
        auto const sealed = seal(boost::json::serialize(boost::json::object { { "account_name", name }, { "sort_code", sort_code }, { "account_number", account } }),
            services.data_key);
        auto const last4 = account.substr(4);
        auto const at = now_text();
        sql << "INSERT INTO bank_details (person_id, partnership_id, sealed, last4, updated_at) VALUES (:person, :p, :sealed, :last4, :at) "
               "ON CONFLICT (person_id) DO UPDATE SET sealed = excluded.sealed, last4 = excluded.last4, updated_at = excluded.updated_at",
            soci::use(actor.person_id), soci::use(actor.partnership_id), soci::use(sealed), soci::use(last4), soci::use(at);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "bank_details.saved", "person", actor.person_id });
        return boost::json::object { { "account_name", name }, { "account_ending", last4 }, { "updated_at", at } };
    });
    return json_or_problem(result, 200);
}

Response get_bank_route(Services& services, RequestContext const& context)
{
    auto const& actor = context.signed_in();
    auto result = services.database.read([&](soci::session& sql) -> Result<boost::json::object> {
        std::string sealed, last4, at;
        sql << "SELECT sealed, last4, updated_at FROM bank_details WHERE person_id = :person AND partnership_id = :p", soci::into(sealed),
            soci::into(last4), soci::into(at), soci::use(actor.person_id), soci::use(actor.partnership_id);
        if (!sql.got_data())
            return std::unexpected(Error::not_found("No bank details are saved."));
        auto const opened = open_sealed(sealed, services.data_key);
        std::string name;
        if (opened)
            name = std::string { boost::json::parse(*opened).at("account_name").as_string() };
        return boost::json::object { { "account_name", name }, { "account_ending", last4 }, { "updated_at", at } };
    });
    return json_or_problem(result, 200);
}

Response my_offers_route(Services& services, RequestContext const& context)
{
    auto const& actor = context.signed_in();
    auto page = http::read_page(context.request);
    if (!page)
        return Response::problem(page.error());
    auto body = services.database.read([&](soci::session& sql) {
        // Newest first.
        auto const keys = keyset(*page, "o.created_at", "o.id", SortOrder::Descending);
        std::vector<boost::json::object> offers;
        soci::rowset<soci::row> rows = (sql.prepare << "SELECT o.id, o.activity_id, a.title, a.starts_at, o.status, o.created_at FROM payment_offers o "
                                                       "JOIN activities a ON a.id = o.activity_id WHERE o.partnership_id = :p AND o.person_id = :person AND "
                                                           + keys.condition + " " + keys.order_limit,
            soci::use(actor.partnership_id), soci::use(actor.person_id), soci::use(keys.on), soci::use(keys.key), soci::use(keys.key),
            soci::use(keys.id), soci::use(keys.fetch));
        for (auto const& row : rows)
            offers.push_back({ { "id", db::text_at(row, 0) }, { "activity_id", db::text_at(row, 1) }, { "activity_title", db::text_at(row, 2) },
                { "starts_at", db::text_at(row, 3) }, { "status", db::text_at(row, 4) }, { "created_at", db::text_at(row, 5) } });
        auto const offers_page = finish_page(std::move(offers), page->limit, [](boost::json::object const& offer) {
            return NameCursor { std::string { offer.at("created_at").as_string() }, std::string { offer.at("id").as_string() } };
        });
        return http::page_json(offers_page, [](boost::json::object const& offer) { return offer; });
    });
    return Response::json(200, body);
}

Response answer_offer(Services& services, RequestContext const& context, std::string const& status)
{
    return with_id(context, [&](std::string const& id) {
        auto const& actor = context.signed_in();
        auto result = services.database.write([&](soci::session& sql) -> Result<boost::json::object> {
            privacy::lock_for_change(sql, actor.partnership_id); // against a claim at the same moment
            std::string person, current;
            sql << "SELECT person_id, status FROM payment_offers WHERE partnership_id = :p AND id = :id", soci::into(person), soci::into(current),
                soci::use(actor.partnership_id), soci::use(id);
            if (!sql.got_data() || (person != actor.person_id && !actor.is_convener()))
                return std::unexpected(Error::not_found("There is no such offer."));
            if (current == "claimed")
                return std::unexpected(Error::conflict("A claim has been made for this already."));
            auto const at = now_text();
            sql << "UPDATE payment_offers SET status = :status, answered_at = :at WHERE id = :id", soci::use(status), soci::use(at), soci::use(id);
            privacy::record(sql, actor.partnership_id, actor.person_id, { "payment_offer." + status, "payment_offer", id });
            return boost::json::object { { "id", id }, { "status", status } };
        });
        return json_or_problem(result, 200);
    });
}

Response accept_offer_route(Services& services, RequestContext const& context)
{
    return answer_offer(services, context, "accepted");
}

Response decline_offer_route(Services& services, RequestContext const& context)
{
    return answer_offer(services, context, "declined");
}

Response unpaid_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& project_id) {
        auto const& actor = context.signed_in();
        auto page = http::read_page(context.request);
        if (!page)
            return Response::problem(page.error());
        auto result = services.database.read([&](soci::session& sql) -> Result<boost::json::object> {
            auto organiser = projects::can_organise(sql, actor, project_id);
            if (!organiser)
                return std::unexpected(organiser.error());
            if (!*organiser && !is_finance(sql, actor))
                return std::unexpected(Error::forbidden("Only the project's organisers and finance see who has not been paid."));
            // Attendees paid by their employer to be there are left out. In the order attendance
            // was recorded; the key adds the activity, as one person attends many.
            constexpr std::string_view k_key = "att.recorded_at || '|' || att.activity_id";
            auto status_of = [](soci::row const& row) {
                auto const offer = db::optional_text_at(row, 6);
                auto const claim = db::optional_text_at(row, 7);
                std::string status = !offer ? "not_offered" : *offer == "pending" ? "unanswered" : *offer;
                if (claim)
                    status = *claim == "paid" ? "paid" : "claimed";
                return status;
            };
            auto select = [&](Keyset const& keys) {
                return std::string { R"(
                SELECT att.person_id, person.name, att.activity_id, a.title, att.recorded_at, att.stakeholder_group, o.status,
                       (SELECT c.status FROM claims c WHERE c.activity_id = att.activity_id AND c.person_id = att.person_id AND c.status <> 'rejected'
                        ORDER BY c.submitted_at DESC LIMIT 1)
                FROM activity_attendance att
                JOIN activities a ON a.id = att.activity_id
                JOIN people person ON person.id = att.person_id
                LEFT JOIN payment_offers o ON o.activity_id = att.activity_id AND o.person_id = att.person_id
                WHERE att.partnership_id = :p AND a.project_id = :project AND att.paid_by_employer = 0 AND )" }
                    + keys.condition + " " + keys.order_limit;
            };
            // The counts are over every attendee, not this page.
            std::map<std::string, long long> counts { { "not_offered", 0 }, { "unanswered", 0 }, { "accepted", 0 }, { "claimed", 0 }, { "paid", 0 },
                { "declined", 0 } };
            {
                auto const all = keyset_all(k_key, "att.person_id");
                soci::rowset<soci::row> rows = (sql.prepare << select(all), soci::use(actor.partnership_id), soci::use(project_id), soci::use(all.on),
                    soci::use(all.key), soci::use(all.key), soci::use(all.id), soci::use(all.fetch));
                for (auto const& row : rows)
                    ++counts[status_of(row)];
            }
            auto const keys = keyset(*page, k_key, "att.person_id");
            std::vector<std::pair<NameCursor, boost::json::object>> found;
            soci::rowset<soci::row> rows = (sql.prepare << select(keys), soci::use(actor.partnership_id), soci::use(project_id), soci::use(keys.on),
                soci::use(keys.key), soci::use(keys.key), soci::use(keys.id), soci::use(keys.fetch));
            for (auto const& row : rows) {
                NameCursor const key { db::text_at(row, 4) + "|" + db::text_at(row, 2), db::text_at(row, 0) };
                found.emplace_back(key,
                    boost::json::object { { "person_id", db::text_at(row, 0) }, { "name", db::text_at(row, 1) }, { "activity_id", db::text_at(row, 2) },
                        { "activity_title", db::text_at(row, 3) }, { "attended_at", db::text_at(row, 4) }, { "group", db::text_at(row, 5) },
                        { "status", status_of(row) } });
            }
            auto const attendees = finish_page(std::move(found), page->limit, [](auto const& item) { return item.first; });
            boost::json::object counted;
            for (auto const& [status, n] : counts)
                counted[status] = n;
            // Unpaid participation: attended and never offered payment (the barometer's figure).
            return http::page_json(attendees, [](auto const& item) { return item.second; },
                { { "counts", std::move(counted) }, { "unpaid_participation", counts["not_offered"] } });
        });
        return json_or_problem(result, 200);
    });
}

}

void register_routes(http::Router& router, Services& services)
{
    auto bind = [&services](Response (*handler)(Services&, RequestContext const&)) {
        return [&services, handler](RequestContext const& context) { return handler(services, context); };
    };
    router.add({ "GET", "/api/v1/participation-policy", Access::Session, bind(get_policy_route),
        { "What the partnership pays for time and expenses, and how", "resources", "", "Policy", 200 } });
    router.add({ "PUT", "/api/v1/participation-policy", Access::Session, bind(put_policy_route),
        { "Set the participation policy (conveners)", "resources", "Policy", "Policy", 200, {}, { 403, 422 } } });
    router.add({ "GET", "/api/v1/projects/{id}/budget", Access::Session, bind(get_budget_route),
        { "The project's participation budget, committed and spent, by group", "resources", "", "Budget", 200, {}, { 404 } } });
    router.add({ "PUT", "/api/v1/projects/{id}/budget", Access::Session, bind(put_budget_route),
        { "Set the participation budget (conveners)", "resources", "BudgetSet", "Budget", 200, {}, { 403, 404, 422 } } });
    router.add({ "POST", "/api/v1/receipts", Access::Session, bind(upload_receipt_route),
        { "Upload a receipt (PDF, JPEG or PNG, checked by content, up to 5 MB)", "resources", "", "Receipt", 201, {}, { 413, 415, 422 } },
        "application/pdf,image/jpeg,image/png", k_receipt_limit });
    router.add({ "GET", "/api/v1/receipts/{id}", Access::Session, bind(get_receipt_route),
        { "A receipt's file (the uploader, the claimant, finance)", "resources", "", "", 200, {}, { 404 } } });
    router.add({ "GET", "/api/v1/claims/export.csv", Access::Session, bind(export_route),
        { "Approved claims ready to pay, for a finance system (finance)", "resources", "", "", 200, { "project_id" }, { 403 } } });
    router.add({ "GET", "/api/v1/claims", Access::Session, bind(list_claims_route),
        { "Claims: my own, or everyone's for finance", "resources", "", "ClaimList", 200, { "status" }, { 422 } } });
    router.add({ "POST", "/api/v1/claims", Access::Session, bind(create_claim_route),
        { "Claim time and expenses for an activity attended", "resources", "ClaimCreate", "Claim", 201, {}, { 403, 409, 422 } } });
    router.add({ "GET", "/api/v1/claims/{id}", Access::Session, bind(get_claim_route),
        { "One claim (the claimant, finance)", "resources", "", "Claim", 200, {}, { 404 } } });
    router.add({ "POST", "/api/v1/claims/{id}/approve", Access::Session, bind(approve_route),
        { "Approve a claim (finance; never one's own); 409 over_budget unless confirmed", "resources", "ClaimApprove", "Claim", 200, {},
            { 403, 404, 409 } } });
    router.add({ "POST", "/api/v1/claims/{id}/reject", Access::Session, bind(reject_route),
        { "Reject a claim with a reason (finance)", "resources", "ClaimReject", "Claim", 200, {}, { 403, 404, 409, 422 } } });
    router.add({ "POST", "/api/v1/claims/{id}/paid", Access::Session, bind(paid_route),
        { "Mark an approved claim paid (finance)", "resources", "ClaimPaid", "Claim", 200, {}, { 403, 404, 409, 422 } } });
    router.add({ "GET", "/api/v1/me/payments", Access::Session, bind(my_payments_route),
        { "My claims and payments (?format=csv for my records)", "resources", "", "Payments", 200, { "format" } } });
    router.add({ "PUT", "/api/v1/me/bank-details", Access::Session, bind(put_bank_route),
        { "Save my bank details (sealed at rest; only the last 4 digits are shown again)", "resources", "BankDetails", "BankDetailsShown", 200, {},
            { 422 } } });
    router.add({ "GET", "/api/v1/me/bank-details", Access::Session, bind(get_bank_route),
        { "My bank details: name and the last 4 digits", "resources", "", "BankDetailsShown", 200, {}, { 404 } } });
    router.add({ "GET", "/api/v1/me/offers", Access::Session, bind(my_offers_route),
        { "Offers of payment for activities I attended", "resources", "", "OfferList", 200 } });
    router.add({ "POST", "/api/v1/offers/{id}/accept", Access::Session, bind(accept_offer_route),
        { "Accept an offer of payment (then claim)", "resources", "", "Offer", 200, {}, { 404, 409 } } });
    router.add({ "POST", "/api/v1/offers/{id}/decline", Access::Session, bind(decline_offer_route),
        { "Decline an offer of payment", "resources", "", "Offer", 200, {}, { 404, 409 } } });
    router.add({ "GET", "/api/v1/projects/{id}/unpaid", Access::Session, bind(unpaid_route),
        { "Attendees and whether they were offered and paid (organisers, finance)", "resources", "", "Unpaid", 200, {}, { 403, 404 } } });
}

}
