#include "modules/finance/queries.hpp"
#include "modules/resources/service.hpp"

#include <algorithm>

#include <boost/json.hpp>

#include "core/form.hpp"
#include "core/ids.hpp"
#include "core/time.hpp"
#include "db/database.hpp"
#include "modules/privacy/audit.hpp"

namespace rt::resources {

namespace {

boost::json::object rates_json(Rates const& rates)
{
    return { { "hourly_pence", rates.hourly_pence }, { "half_day_pence", rates.half_day_pence }, { "day_pence", rates.day_pence } };
}

std::optional<long long> read_pence(FormReader& reader, boost::json::object const& object, std::string_view field, std::string const& name,
    long long high = 100000000)
{
    auto const* value = object.if_contains(field);
    if (!value || value->is_null())
        return std::nullopt;
    if (!value->is_int64() || value->get_int64() < 0 || value->get_int64() > high) {
        reader.add_error(name, "Enter a whole number of pence from 0 to " + std::to_string(high) + ".");
        return std::nullopt;
    }
    return value->get_int64();
}

Rates read_rates(FormReader& reader, boost::json::value const* value, std::string const& name, Rates fallback)
{
    if (!value || value->is_null())
        return fallback;
    if (!value->is_object()) {
        reader.add_error(name, "Give hourly_pence, half_day_pence and day_pence.");
        return fallback;
    }
    auto const& object = value->get_object();
    Rates rates;
    rates.hourly_pence = read_pence(reader, object, "hourly_pence", name + ".hourly_pence").value_or(0);
    rates.half_day_pence = read_pence(reader, object, "half_day_pence", name + ".half_day_pence").value_or(0);
    rates.day_pence = read_pence(reader, object, "day_pence", name + ".day_pence").value_or(0);
    return rates;
}

}

Rates Policy::rates_for(std::string const& activity_kind) const
{
    auto const found = rates_by_kind.find(activity_kind);
    return found == rates_by_kind.end() ? default_rates : found->second;
}

Policy default_policy()
{
    // Starting figures for a partnership to change: £25 an hour, £75 a half
    // day, £150 a day; 45p a mile (HMRC's approved rate for the first 10,000 miles).
    Policy policy;
    policy.expenses = { { "travel", { true, 5000 } }, { "care_cover", { true, 10000 } }, { "interpreter", { true, 15000 } },
        { "subsistence", { true, 1500 } }, { "equipment", { true, 3000 } }, { "data_phone", { true, 1000 } } };
    policy.benefits_note = "If you get benefits, payment for your time may affect them. You can choose to claim expenses only, "
                           "or to be paid in vouchers, or not to be paid. Ask us for a letter for your benefits adviser.";
    return policy;
}

boost::json::object policy_json(Policy const& policy)
{
    boost::json::object by_kind, expenses;
    for (auto const& [kind, rates] : policy.rates_by_kind)
        by_kind[kind] = rates_json(rates);
    for (auto const& [kind, rule] : policy.expenses)
        expenses[kind] = { { "reimbursed", rule.reimbursed }, { "cap_pence", rule.cap_pence } };
    return { { "rates", rates_json(policy.default_rates) }, { "rates_by_kind", std::move(by_kind) }, { "expenses", std::move(expenses) },
        { "mileage_pence_per_mile", policy.mileage_pence_per_mile }, { "payment_methods", to_json_array(policy.payment_methods) },
        { "backfill_day_pence", policy.backfill_day_pence }, { "benefits_note", policy.benefits_note } };
}

Result<Policy> read_policy(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "rates", "rates_by_kind", "expenses", "mileage_pence_per_mile", "payment_methods", "backfill_day_pence", "benefits_note" });
    Policy policy = default_policy();
    policy.default_rates = read_rates(reader, body.if_contains("rates"), "rates", policy.default_rates);
    if (auto const* by_kind = body.if_contains("rates_by_kind"); by_kind && !by_kind->is_null()) {
        if (!by_kind->is_object())
            reader.add_error("rates_by_kind", "Give rates by activity kind.");
        else
            for (auto const& [kind, rates] : by_kind->get_object())
                policy.rates_by_kind[std::string { kind }] = read_rates(reader, &rates, "rates_by_kind." + std::string { kind }, {});
    }
    if (auto const* expenses = body.if_contains("expenses"); expenses && !expenses->is_null()) {
        if (!expenses->is_object()) {
            reader.add_error("expenses", "Give a rule for each kind of expense.");
        } else {
            for (auto const& [kind, rule] : expenses->get_object()) {
                std::string const name = "expenses." + std::string { kind };
                if (std::ranges::find(k_expense_kinds, std::string_view { kind }) == k_expense_kinds.end() || !rule.is_object()) {
                    reader.add_error(name, "Use travel, care_cover, interpreter, subsistence, equipment or data_phone.");
                    continue;
                }
                ExpenseRule parsed;
                if (auto const* reimbursed = rule.get_object().if_contains("reimbursed"); reimbursed && reimbursed->is_bool())
                    parsed.reimbursed = reimbursed->get_bool();
                parsed.cap_pence = read_pence(reader, rule.get_object(), "cap_pence", name + ".cap_pence").value_or(0);
                policy.expenses[std::string { kind }] = parsed;
            }
        }
    }
    policy.mileage_pence_per_mile = read_pence(reader, body, "mileage_pence_per_mile", "mileage_pence_per_mile", 1000).value_or(policy.mileage_pence_per_mile);
    if (auto methods = reader.choices("payment_methods", k_payment_methods); methods && !methods->empty())
        policy.payment_methods = std::move(*methods);
    policy.backfill_day_pence = read_pence(reader, body, "backfill_day_pence", "backfill_day_pence").value_or(policy.backfill_day_pence);
    if (reader.has("benefits_note"))
        policy.benefits_note = reader.text("benefits_note", { .presence = Presence::Optional, .max_length = 2000, .lines = TextRule::Lines::Multiple }).value_or("");
    if (!reader.ok())
        return std::unexpected(Error::invalid(reader.errors()));
    return policy;
}

bool is_finance(soci::session& sql, Actor const& actor)
{
    return finance::holds_finance(sql, actor);
}

bool employer_paid(std::string_view group)
{
    return group == "local_authority" || group == "health" || group == "provider" || group == "staff";
}

void offer_payment(soci::session& sql, Actor const& recorder, std::string const& project_id, std::string const& activity_id,
    std::string const& person_id)
{
    auto const id = new_id();
    auto const at = now_text();
    soci::statement insert = (sql.prepare << "INSERT INTO payment_offers (id, partnership_id, project_id, activity_id, person_id, status, created_at) "
                                             "VALUES (:id, :p, :project, :activity, :person, 'pending', :at) ON CONFLICT (activity_id, person_id) DO NOTHING",
        soci::use(id), soci::use(recorder.partnership_id), soci::use(project_id), soci::use(activity_id), soci::use(person_id), soci::use(at));
    insert.execute(true);
    if (insert.get_affected_rows() > 0)
        privacy::record(sql, recorder.partnership_id, recorder.person_id, { "payment.offered", "activity", activity_id, std::nullopt, person_id });
}

BarometerCounts barometer_counts(soci::session& sql, std::string_view partnership_id, std::string_view project_id)
{
    std::string const partnership { partnership_id }, project { project_id };
    BarometerCounts counts;
    {
        soci::rowset<soci::row> rows = (sql.prepare << "SELECT stakeholder_group, SUM(total_pence) FROM claims WHERE partnership_id = :p "
                                                       "AND project_id = :project AND status IN ('approved', 'paid') GROUP BY stakeholder_group",
            soci::use(partnership), soci::use(project));
        for (auto const& row : rows)
            counts.spend_by_group_pence[db::text_at(row, 0)] = db::integer_at(row, 1);
    }
    {
        soci::rowset<soci::row> rows = (sql.prepare << "SELECT submitted_at, paid_on FROM claims WHERE partnership_id = :p AND project_id = :project "
                                                       "AND status = 'paid' AND paid_on IS NOT NULL",
            soci::use(partnership), soci::use(project));
        for (auto const& row : rows) {
            // Whole days between the two dates (the day it was sent, the day it was paid).
            auto const sent = parse_time(db::text_at(row, 0).substr(0, 10) + "T00:00:00Z");
            auto const paid = parse_time(db::text_at(row, 1) + "T00:00:00Z");
            if (sent && paid)
                counts.days_to_payment.push_back(
                    static_cast<double>(std::max<long long>(0, std::chrono::duration_cast<std::chrono::hours>(*paid - *sent).count() / 24)));
        }
    }
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT COUNT(*), SUM(CASE WHEN o.id IS NULL AND NOT EXISTS (SELECT 1 FROM claims c "
                                                   "WHERE c.activity_id = t.activity_id AND c.person_id = t.person_id) THEN 1 ELSE 0 END) "
                                                   "FROM activity_attendance t JOIN activities a ON a.id = t.activity_id "
                                                   "LEFT JOIN payment_offers o ON o.activity_id = t.activity_id AND o.person_id = t.person_id "
                                                   "WHERE t.partnership_id = :p AND a.project_id = :project AND t.paid_by_employer = 0",
        soci::use(partnership), soci::use(project));
    for (auto const& row : rows) {
        counts.attended_unpaid = db::integer_at(row, 0);
        counts.attended_not_offered = db::integer_at(row, 1);
    }
    return counts;
}

}
