#include "modules/resources/store.hpp"

#include <boost/json.hpp>

#include "core/ids.hpp"
#include "db/database.hpp"

namespace rt::resources::store {

namespace {

// NOTE: the names come from the people, activities and organisations tables
// (other modules'): joined here because every list of claims shows them and
// a page of claims would otherwise ask for each name on its own.
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

}

std::optional<std::string> policy_text(soci::session& sql, std::string const& partnership_id)
{
    std::string text;
    soci::indicator indicator = soci::i_null;
    sql << "SELECT policy FROM participation_policies WHERE partnership_id = :p", soci::into(text, indicator), soci::use(partnership_id);
    if (!sql.got_data() || indicator != soci::i_ok)
        return std::nullopt;
    return text;
}

void save_policy(soci::session& sql, std::string const& partnership_id, std::string const& policy_text, std::string const& by, std::string const& at)
{
    sql << "INSERT INTO participation_policies (partnership_id, policy, updated_by, updated_at) VALUES (:p, :policy, :by, :at) "
           "ON CONFLICT (partnership_id) DO UPDATE SET policy = excluded.policy, updated_by = excluded.updated_by, updated_at = excluded.updated_at",
        soci::use(partnership_id), soci::use(policy_text), soci::use(by), soci::use(at);
}

Budget find_budget(soci::session& sql, std::string const& partnership_id, std::string const& project_id)
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

void save_budget(soci::session& sql, std::string const& partnership_id, std::string const& project_id, Budget const& budget, std::string const& by,
    std::string const& at)
{
    boost::json::object groups;
    for (auto const& [group, pence] : budget.by_group)
        groups[group] = pence;
    auto const groups_text = boost::json::serialize(groups);
    sql << "INSERT INTO project_budgets (project_id, partnership_id, total_pence, by_group, updated_by, updated_at) "
           "VALUES (:project, :p, :total, :groups, :by, :at) ON CONFLICT (project_id) DO UPDATE SET total_pence = excluded.total_pence, "
           "by_group = excluded.by_group, updated_by = excluded.updated_by, updated_at = excluded.updated_at",
        soci::use(project_id), soci::use(partnership_id), soci::use(budget.total_pence), soci::use(groups_text), soci::use(by), soci::use(at);
}

std::vector<Claim> select_claims(soci::session& sql, std::string const& partnership_id, ClaimFilter const& filter, std::optional<PageRequest> const& page)
{
    std::string where;
    std::vector<std::string> values;
    auto narrow = [&](std::optional<std::string> const& value, std::string_view condition) {
        if (!value)
            return;
        where += condition;
        values.push_back(*value);
    };
    narrow(filter.id, " AND c.id = :id");
    narrow(filter.person_id, " AND c.person_id = :person");
    narrow(filter.project_id, " AND c.project_id = :project");
    narrow(filter.status, " AND c.status = :status");
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

Page<Claim> claims_page(soci::session& sql, std::string const& partnership_id, ClaimFilter const& filter, PageRequest const& page)
{
    return finish_page(select_claims(sql, partnership_id, filter, page), page.limit,
        [](Claim const& claim) { return NameCursor { claim.submitted_at, claim.id }; });
}

std::optional<Claim> find_claim(soci::session& sql, std::string const& partnership_id, std::string const& id)
{
    auto claims = select_claims(sql, partnership_id, { .id = id });
    if (claims.empty())
        return std::nullopt;
    return std::move(claims.front());
}

long long open_claims(soci::session& sql, std::string const& activity_id, std::string const& person_id)
{
    long long existing = 0;
    sql << "SELECT COUNT(*) FROM claims WHERE activity_id = :a AND person_id = :person AND status <> 'rejected'", soci::into(existing),
        soci::use(activity_id), soci::use(person_id);
    return existing;
}

void insert_claim(soci::session& sql, std::string const& partnership_id, Claim const& claim, std::string const& early_reason)
{
    auto const expenses_json = expenses_text(claim.expenses);
    auto const organisation = claim.organisation_id.value_or("");
    auto organisation_indicator = claim.organisation_id ? soci::i_ok : soci::i_null;
    sql << "INSERT INTO claims (id, partnership_id, project_id, activity_id, person_id, organisation_id, stakeholder_group, minutes, time_pence, "
           "expenses, expenses_pence, total_pence, payment_method, status, submitted_by, submitted_at, reason, reference, over_budget, early_reason) "
           "VALUES (:id, :p, :project, :activity, :person, :organisation, :grp, :minutes, :time, :expenses, :expenses_pence, :total, :method, "
           "'submitted', :by, :at, '', '', 0, :early)",
        soci::use(claim.id), soci::use(partnership_id), soci::use(claim.project_id), soci::use(claim.activity_id), soci::use(claim.person_id),
        soci::use(organisation, organisation_indicator), soci::use(claim.group), soci::use(claim.minutes), soci::use(claim.time_pence),
        soci::use(expenses_json), soci::use(claim.expenses_pence), soci::use(claim.total_pence), soci::use(claim.payment_method),
        soci::use(claim.submitted_by), soci::use(claim.submitted_at), soci::use(early_reason);
}

void approve_claim(soci::session& sql, std::string const& id, std::string const& by, std::string const& at, bool over_budget)
{
    int const flag = over_budget ? 1 : 0;
    sql << "UPDATE claims SET status = 'approved', decided_by = :by, decided_at = :at, over_budget = :over WHERE id = :id", soci::use(by),
        soci::use(at), soci::use(flag), soci::use(id);
}

void reject_claim(soci::session& sql, std::string const& id, std::string const& by, std::string const& at, std::string const& reason)
{
    sql << "UPDATE claims SET status = 'rejected', decided_by = :by, decided_at = :at, reason = :reason WHERE id = :id", soci::use(by), soci::use(at),
        soci::use(reason), soci::use(id);
}

void mark_paid(soci::session& sql, std::string const& id, std::string const& paid_on, std::string const& reference)
{
    sql << "UPDATE claims SET status = 'paid', paid_on = :paid_on, reference = :reference WHERE id = :id", soci::use(paid_on), soci::use(reference),
        soci::use(id);
}

std::pair<long long, long long> paid_and_approved_pence(soci::session& sql, std::string const& partnership_id, std::string const& person_id)
{
    long long paid = 0, approved = 0;
    soci::indicator paid_indicator = soci::i_ok, approved_indicator = soci::i_ok;
    sql << "SELECT SUM(CASE WHEN status = 'paid' THEN total_pence ELSE 0 END), SUM(CASE WHEN status = 'approved' THEN total_pence ELSE 0 END) "
           "FROM claims WHERE partnership_id = :p AND person_id = :person AND organisation_id IS NULL",
        soci::into(paid, paid_indicator), soci::into(approved, approved_indicator), soci::use(partnership_id), soci::use(person_id);
    return { paid_indicator == soci::i_null ? 0 : paid, approved_indicator == soci::i_null ? 0 : approved };
}

void insert_receipt(soci::session& sql, std::string const& partnership_id, Receipt const& receipt)
{
    sql << "INSERT INTO receipts (id, partnership_id, uploaded_by, media_type, size, sha256, file_name, created_at) "
           "VALUES (:id, :p, :by, :type, :size, :sha, :name, :at)",
        soci::use(receipt.id), soci::use(partnership_id), soci::use(receipt.uploaded_by), soci::use(receipt.media_type), soci::use(receipt.size),
        soci::use(receipt.sha256), soci::use(receipt.file_name), soci::use(receipt.created_at);
}

std::optional<Receipt> find_receipt(soci::session& sql, std::string const& partnership_id, std::string const& id)
{
    Receipt receipt;
    std::string claim_id;
    soci::indicator claim_indicator = soci::i_null;
    sql << "SELECT id, uploaded_by, media_type, size, sha256, file_name, claim_id, created_at FROM receipts WHERE partnership_id = :p AND id = :id",
        soci::into(receipt.id), soci::into(receipt.uploaded_by), soci::into(receipt.media_type), soci::into(receipt.size), soci::into(receipt.sha256),
        soci::into(receipt.file_name), soci::into(claim_id, claim_indicator), soci::into(receipt.created_at), soci::use(partnership_id), soci::use(id);
    if (!sql.got_data())
        return std::nullopt;
    if (claim_indicator == soci::i_ok)
        receipt.claim_id = claim_id;
    return receipt;
}

void attach_receipt(soci::session& sql, std::string const& receipt_id, std::string const& claim_id)
{
    sql << "UPDATE receipts SET claim_id = :claim WHERE id = :id", soci::use(claim_id), soci::use(receipt_id);
}

void detach_receipts(soci::session& sql, std::string const& claim_id)
{
    sql << "UPDATE receipts SET claim_id = NULL WHERE claim_id = :id", soci::use(claim_id);
}

bool insert_offer(soci::session& sql, std::string const& partnership_id, std::string const& project_id, std::string const& activity_id,
    std::string const& person_id, std::string const& at)
{
    auto const id = new_id();
    soci::statement insert = (sql.prepare << "INSERT INTO payment_offers (id, partnership_id, project_id, activity_id, person_id, status, created_at) "
                                             "VALUES (:id, :p, :project, :activity, :person, 'pending', :at) ON CONFLICT (activity_id, person_id) DO NOTHING",
        soci::use(id), soci::use(partnership_id), soci::use(project_id), soci::use(activity_id), soci::use(person_id), soci::use(at));
    insert.execute(true);
    return insert.get_affected_rows() > 0;
}

std::optional<Offer> find_offer(soci::session& sql, std::string const& partnership_id, std::string const& id)
{
    Offer offer;
    sql << "SELECT id, person_id, activity_id, status, created_at FROM payment_offers WHERE partnership_id = :p AND id = :id", soci::into(offer.id),
        soci::into(offer.person_id), soci::into(offer.activity_id), soci::into(offer.status), soci::into(offer.created_at), soci::use(partnership_id),
        soci::use(id);
    if (!sql.got_data())
        return std::nullopt;
    return offer;
}

void set_offer_status(soci::session& sql, std::string const& id, std::string const& status, std::string const& at)
{
    sql << "UPDATE payment_offers SET status = :status, answered_at = :at WHERE id = :id", soci::use(status), soci::use(at), soci::use(id);
}

void mark_offer_claimed(soci::session& sql, std::string const& activity_id, std::string const& person_id, std::string const& at)
{
    sql << "UPDATE payment_offers SET status = 'claimed', answered_at = :at WHERE activity_id = :a AND person_id = :person", soci::use(at),
        soci::use(activity_id), soci::use(person_id);
}

void reopen_offer(soci::session& sql, std::string const& activity_id, std::string const& person_id)
{
    sql << "UPDATE payment_offers SET status = 'pending' WHERE activity_id = :a AND person_id = :person AND status = 'claimed'", soci::use(activity_id),
        soci::use(person_id);
}

std::vector<Offer> list_offers(soci::session& sql, std::string const& partnership_id, std::string const& person_id, PageRequest const& page)
{
    // NOTE: the activity's title and start come from the engagement module's
    // table, joined as every offer shows them.
    auto const keys = keyset(page, "o.created_at", "o.id", SortOrder::Descending);
    std::vector<Offer> offers;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT o.id, o.person_id, o.activity_id, a.title, a.starts_at, o.status, o.created_at "
                                                   "FROM payment_offers o JOIN activities a ON a.id = o.activity_id "
                                                   "WHERE o.partnership_id = :p AND o.person_id = :person AND "
                                                       + keys.condition + " " + keys.order_limit,
        soci::use(partnership_id), soci::use(person_id), soci::use(keys.on), soci::use(keys.key), soci::use(keys.key), soci::use(keys.id),
        soci::use(keys.fetch));
    for (auto const& row : rows)
        offers.push_back({ db::text_at(row, 0), db::text_at(row, 1), db::text_at(row, 2), db::text_at(row, 3), db::text_at(row, 4), db::text_at(row, 5),
            db::text_at(row, 6) });
    return offers;
}

bool has_bank_details(soci::session& sql, std::string const& partnership_id, std::string const& person_id)
{
    long long saved = 0;
    sql << "SELECT COUNT(*) FROM bank_details WHERE person_id = :person AND partnership_id = :p", soci::into(saved), soci::use(person_id),
        soci::use(partnership_id);
    return saved > 0;
}

std::optional<BankDetails> find_bank_details(soci::session& sql, std::string const& partnership_id, std::string const& person_id)
{
    BankDetails details;
    soci::indicator last4_indicator = soci::i_ok;
    sql << "SELECT sealed, last4, updated_at FROM bank_details WHERE person_id = :person AND partnership_id = :p", soci::into(details.sealed),
        soci::into(details.last4, last4_indicator), soci::into(details.updated_at), soci::use(person_id), soci::use(partnership_id);
    if (!sql.got_data())
        return std::nullopt;
    if (last4_indicator != soci::i_ok)
        details.last4.clear();
    return details;
}

void save_bank_details(soci::session& sql, std::string const& partnership_id, std::string const& person_id, BankDetails const& details)
{
    sql << "INSERT INTO bank_details (person_id, partnership_id, sealed, last4, updated_at) VALUES (:person, :p, :sealed, :last4, :at) "
           "ON CONFLICT (person_id) DO UPDATE SET sealed = excluded.sealed, last4 = excluded.last4, updated_at = excluded.updated_at",
        soci::use(person_id), soci::use(partnership_id), soci::use(details.sealed), soci::use(details.last4), soci::use(details.updated_at);
}

// NOTE: these three read the engagement and partnership modules' tables
// (activities, activity_attendance, organisations, person_organisations)
// inside the claim's own transaction, whose lock is held: those modules'
// queries open transactions of their own.
std::optional<ActivityFacts> find_activity(soci::session& sql, std::string const& partnership_id, std::string const& activity_id)
{
    ActivityFacts facts;
    sql << "SELECT project_id, kind, starts_at, ends_at FROM activities WHERE partnership_id = :p AND id = :id", soci::into(facts.project_id),
        soci::into(facts.kind), soci::into(facts.starts_at), soci::into(facts.ends_at), soci::use(partnership_id), soci::use(activity_id);
    if (!sql.got_data())
        return std::nullopt;
    return facts;
}

std::optional<AttendanceFacts> find_attendance(soci::session& sql, std::string const& activity_id, std::string const& person_id)
{
    AttendanceFacts facts;
    int paid_by_employer = 0;
    sql << "SELECT stakeholder_group, paid_by_employer FROM activity_attendance WHERE activity_id = :a AND person_id = :person", soci::into(facts.group),
        soci::into(paid_by_employer), soci::use(activity_id), soci::use(person_id);
    if (!sql.got_data())
        return std::nullopt;
    facts.paid_by_employer = paid_by_employer != 0;
    return facts;
}

std::optional<std::string> member_organisation_sector(soci::session& sql, std::string const& partnership_id, std::string const& organisation_id,
    std::string const& person_id)
{
    std::string sector;
    sql << "SELECT o.sector FROM organisations o JOIN person_organisations po ON po.organisation_id = o.id "
           "WHERE o.partnership_id = :p AND o.id = :o AND po.person_id = :person",
        soci::into(sector), soci::use(partnership_id), soci::use(organisation_id), soci::use(person_id);
    if (!sql.got_data())
        return std::nullopt;
    return sector;
}

std::vector<AttendeeRow> attendees(soci::session& sql, std::string const& partnership_id, std::string const& project_id,
    std::optional<PageRequest> const& page)
{
    // NOTE: attendance, activities and names are the engagement and
    // partnership modules' tables, joined so that a page of a long register
    // is one statement.
    constexpr std::string_view k_key = "att.recorded_at || '|' || att.activity_id";
    auto const keys = page ? keyset(*page, k_key, "att.person_id") : keyset_all(k_key, "att.person_id");
    std::string const query = std::string { R"(
        SELECT att.person_id, person.name, att.activity_id, a.title, att.recorded_at, att.stakeholder_group, o.status,
               (SELECT c.status FROM claims c WHERE c.activity_id = att.activity_id AND c.person_id = att.person_id AND c.status <> 'rejected'
                ORDER BY c.submitted_at DESC LIMIT 1)
        FROM activity_attendance att
        JOIN activities a ON a.id = att.activity_id
        JOIN people person ON person.id = att.person_id
        LEFT JOIN payment_offers o ON o.activity_id = att.activity_id AND o.person_id = att.person_id
        WHERE att.partnership_id = :p AND a.project_id = :project AND att.paid_by_employer = 0 AND )" }
        + keys.condition + " " + keys.order_limit;
    std::vector<AttendeeRow> found;
    soci::rowset<soci::row> rows = (sql.prepare << query, soci::use(partnership_id), soci::use(project_id), soci::use(keys.on), soci::use(keys.key),
        soci::use(keys.key), soci::use(keys.id), soci::use(keys.fetch));
    for (auto const& row : rows)
        found.push_back({ db::text_at(row, 0), db::text_at(row, 1), db::text_at(row, 2), db::text_at(row, 3), db::text_at(row, 4), db::text_at(row, 5),
            db::optional_text_at(row, 6), db::optional_text_at(row, 7) });
    return found;
}

std::vector<std::pair<std::string, long long>> spend_by_group(soci::session& sql, std::string const& partnership_id, std::string const& project_id)
{
    std::vector<std::pair<std::string, long long>> spend;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT stakeholder_group, SUM(total_pence) FROM claims WHERE partnership_id = :p "
                                                   "AND project_id = :project AND status IN ('approved', 'paid') GROUP BY stakeholder_group",
        soci::use(partnership_id), soci::use(project_id));
    for (auto const& row : rows)
        spend.emplace_back(db::text_at(row, 0), db::integer_at(row, 1));
    return spend;
}

std::vector<std::pair<std::string, std::string>> paid_claim_dates(soci::session& sql, std::string const& partnership_id, std::string const& project_id)
{
    std::vector<std::pair<std::string, std::string>> dates;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT submitted_at, paid_on FROM claims WHERE partnership_id = :p AND project_id = :project "
                                                   "AND status = 'paid' AND paid_on IS NOT NULL",
        soci::use(partnership_id), soci::use(project_id));
    for (auto const& row : rows)
        dates.emplace_back(db::text_at(row, 0), db::text_at(row, 1));
    return dates;
}

std::pair<long long, long long> unpaid_and_not_offered(soci::session& sql, std::string const& partnership_id, std::string const& project_id)
{
    // NOTE: attendance and activities are the engagement module's tables,
    // counted here in one statement with the offers and claims they meet.
    std::pair<long long, long long> counts { 0, 0 };
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT COUNT(*), SUM(CASE WHEN o.id IS NULL AND NOT EXISTS (SELECT 1 FROM claims c "
                                                   "WHERE c.activity_id = t.activity_id AND c.person_id = t.person_id) THEN 1 ELSE 0 END) "
                                                   "FROM activity_attendance t JOIN activities a ON a.id = t.activity_id "
                                                   "LEFT JOIN payment_offers o ON o.activity_id = t.activity_id AND o.person_id = t.person_id "
                                                   "WHERE t.partnership_id = :p AND a.project_id = :project AND t.paid_by_employer = 0",
        soci::use(partnership_id), soci::use(project_id));
    for (auto const& row : rows)
        counts = { db::integer_at(row, 0), db::integer_at(row, 1) };
    return counts;
}

std::vector<std::pair<std::string, long long>> claim_amounts(soci::session& sql, std::string const& partnership_id, std::string const& activity_id)
{
    std::vector<std::pair<std::string, long long>> amounts;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT status, total_pence FROM claims WHERE partnership_id = :p AND activity_id = :a ORDER BY id",
        soci::use(partnership_id), soci::use(activity_id));
    for (auto const& row : rows)
        amounts.emplace_back(db::text_at(row, 0), db::integer_at(row, 1));
    return amounts;
}

}
