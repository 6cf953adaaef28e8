#include "modules/resources/exports.hpp"

#include <memory>
#include <vector>

#include "modules/projects/queries.hpp"
#include "modules/resources/queries.hpp"
#include "modules/resources/store.hpp"
#include "modules/surveys/csv.hpp"

namespace rt::resources {

namespace {

void csv_row(std::string& out, std::vector<std::string> const& fields)
{
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        surveys::csv::append_field(out, fields[i]);
    }
    out += "\r\n";
}

struct ClaimsCsv {
    db::Database& database;
    std::string partnership_id;
    store::ClaimFilter filter;
    std::vector<std::string> header;
    // Appends a claim's row, adding it to the totals.
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
            auto const claims = store::claims_page(sql, partnership_id, filter, page);
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

CsvPieces pieces_of(std::shared_ptr<ClaimsCsv> csv)
{
    return [csv] { return csv->next(); };
}

}

Result<CsvPieces> claims_to_pay_csv(db::Database& database, Actor const& actor, std::string const& project_id)
{
    auto checked = database.read([&](soci::session& sql) -> Status {
        if (!is_finance(sql, actor))
            return std::unexpected(Error::forbidden("Only conveners with the finance role do this."));
        // Another partnership's project (or none at all) is not found, as on every route.
        if (!project_id.empty()) {
            if (auto organiser = projects::can_organise(sql, actor, project_id); !organiser)
                return std::unexpected(organiser.error());
        }
        return {};
    });
    if (!checked)
        return std::unexpected(checked.error());
    struct Totals {
        long long total { 0 }, time { 0 }, expenses { 0 };
    };
    auto totals = std::make_shared<Totals>();
    store::ClaimFilter filter { .status = "approved" };
    if (!project_id.empty())
        filter.project_id = project_id;
    return pieces_of(std::make_shared<ClaimsCsv>(ClaimsCsv { database, actor.partnership_id, filter,
        { "Claim ID", "Payee", "Payee type", "Payment method", "Account ending", "Activity", "Submitted", "Time (GBP)", "Expenses (GBP)", "Amount (GBP)" },
        [totals, partnership = actor.partnership_id](std::string& out, soci::session& sql, Claim const& claim) {
            if (claim.total_pence == 0)
                return; // nothing to pay (expenses-only claims with none, or no payment chosen)
            bool const organisation = claim.organisation_id.has_value();
            std::string last4;
            if (claim.payment_method == "bank_transfer" && !organisation)
                if (auto const details = store::find_bank_details(sql, partnership, claim.person_id))
                    last4 = details->last4;
            csv_row(out, { claim.id, organisation ? claim.organisation_name : claim.person_name, organisation ? "organisation" : "person",
                             claim.payment_method, last4, claim.activity_title, claim.submitted_at.substr(0, 10), decimal_pounds(claim.time_pence),
                             decimal_pounds(claim.expenses_pence), decimal_pounds(claim.total_pence) });
            totals->total += claim.total_pence;
            totals->time += claim.time_pence;
            totals->expenses += claim.expenses_pence;
        },
        [totals](std::string& out) {
            csv_row(out, { "TOTAL", "", "", "", "", "", "", decimal_pounds(totals->time), decimal_pounds(totals->expenses), decimal_pounds(totals->total) });
        } }));
}

CsvPieces my_payments_csv(db::Database& database, Actor const& actor)
{
    auto paid = std::make_shared<long long>(0);
    return pieces_of(std::make_shared<ClaimsCsv>(ClaimsCsv { database, actor.partnership_id, { .person_id = actor.person_id },
        { "Activity", "Submitted", "Status", "Payment method", "Time (GBP)", "Expenses (GBP)", "Amount (GBP)", "Paid on", "Reference", "Paid to" },
        [paid](std::string& out, soci::session&, Claim const& claim) {
            csv_row(out, { claim.activity_title, claim.submitted_at.substr(0, 10), claim.status, claim.payment_method, decimal_pounds(claim.time_pence),
                             decimal_pounds(claim.expenses_pence), decimal_pounds(claim.total_pence), claim.paid_on.value_or(""), claim.reference,
                             claim.organisation_id ? claim.organisation_name : std::string { "me" } });
            if (!claim.organisation_id && claim.status == "paid")
                *paid += claim.total_pence;
        },
        [paid](std::string& out) { csv_row(out, { "TOTAL PAID", "", "", "", "", "", decimal_pounds(*paid), "", "", "" }); } }));
}

}
