#include "modules/finance/store.hpp"

#include "db/database.hpp"

namespace rt::finance::store {

namespace {

constexpr std::string_view k_holds = "SELECT COUNT(*) FROM finance_officers WHERE partnership_id = :p AND person_id = :person";
constexpr std::string_view k_holders
    = "SELECT person_id, granted_by, granted_at FROM finance_officers WHERE partnership_id = :p ORDER BY granted_at, person_id";
constexpr std::string_view k_grant
    = "INSERT INTO finance_officers (person_id, partnership_id, granted_by, granted_at) VALUES (:person, :p, :by, :at)";
constexpr std::string_view k_remove = "DELETE FROM finance_officers WHERE partnership_id = :p AND person_id = :person";

constexpr std::string_view k_request_columns
    = "id, partnership_id, person_id, give, reason, requested_by, requested_at, status, decided_by, decided_at";
constexpr std::string_view k_insert_request = R"(
    INSERT INTO finance_requests (id, partnership_id, person_id, give, reason, requested_by, requested_at, status)
    VALUES (:id, :p, :person, :give, :reason, :by, :at, 'pending'))";
constexpr std::string_view k_decide_request
    = "UPDATE finance_requests SET status = :status, decided_by = :by, decided_at = :at WHERE partnership_id = :p AND id = :id";

constexpr std::string_view k_insert_event = R"(
    INSERT INTO finance_control_events (id, partnership_id, at, kind, rule, actor_id, person_id, claim_id, request_id)
    VALUES (:id, :p, :at, :kind, :rule, :actor, :person, :claim, :request))";
constexpr std::string_view k_event_columns = "id, partnership_id, at, kind, rule, actor_id, person_id, claim_id, request_id";


RequestStatus status_from(std::string const& text)
{
    if (text == "confirmed")
        return RequestStatus::Confirmed;
    if (text == "cancelled")
        return RequestStatus::Cancelled;
    return RequestStatus::Pending;
}

FinanceRequest request_from(soci::row const& row)
{
    FinanceRequest request;
    request.id = db::text_at(row, 0);
    request.partnership_id = db::text_at(row, 1);
    request.person_id = db::text_at(row, 2);
    request.give = db::integer_at(row, 3) != 0;
    request.reason = db::text_at(row, 4);
    request.requested_by = db::text_at(row, 5);
    request.requested_at = db::text_at(row, 6);
    request.status = status_from(db::text_at(row, 7));
    request.decided_by = db::optional_text_at(row, 8);
    request.decided_at = db::optional_text_at(row, 9);
    return request;
}

std::string request_query(std::string_view where)
{
    return "SELECT " + std::string { k_request_columns } + " FROM finance_requests WHERE partnership_id = :p" + std::string { where }
        + " ORDER BY requested_at, id";
}

std::vector<FinanceRequest> read_requests(soci::rowset<soci::row> const& rows)
{
    std::vector<FinanceRequest> requests;
    for (auto const& row : rows)
        requests.push_back(request_from(row));
    return requests;
}

soci::indicator present(std::optional<std::string> const& value)
{
    return value ? soci::i_ok : soci::i_null;
}

}

bool holds_finance(soci::session& sql, std::string const& partnership_id, std::string const& person_id)
{
    long long count = 0;
    sql << k_holds, soci::use(partnership_id), soci::use(person_id), soci::into(count);
    return count > 0;
}

std::vector<FinanceHolder> holders(soci::session& sql, std::string const& partnership_id)
{
    std::vector<FinanceHolder> found;
    soci::rowset<soci::row> rows = (sql.prepare << k_holders, soci::use(partnership_id));
    for (auto const& row : rows)
        found.push_back({ db::text_at(row, 0), db::text_at(row, 1), db::text_at(row, 2) });
    return found;
}

void grant(soci::session& sql, std::string const& partnership_id, std::string const& person_id, std::string const& granted_by, std::string const& at)
{
    remove(sql, partnership_id, person_id);
    sql << k_grant, soci::use(person_id), soci::use(partnership_id), soci::use(granted_by), soci::use(at);
}

void remove(soci::session& sql, std::string const& partnership_id, std::string const& person_id)
{
    sql << k_remove, soci::use(partnership_id), soci::use(person_id);
}

void insert_request(soci::session& sql, FinanceRequest const& request)
{
    int const give = request.give ? 1 : 0;
    sql << k_insert_request, soci::use(request.id), soci::use(request.partnership_id), soci::use(request.person_id), soci::use(give),
        soci::use(request.reason), soci::use(request.requested_by), soci::use(request.requested_at);
}

std::optional<FinanceRequest> find_request(soci::session& sql, std::string const& partnership_id, std::string const& id)
{
    auto found = read_requests((sql.prepare << request_query(" AND id = :id"), soci::use(partnership_id), soci::use(id)));
    if (found.empty())
        return std::nullopt;
    return found.front();
}

std::optional<FinanceRequest> pending_request_for(soci::session& sql, std::string const& partnership_id, std::string const& person_id)
{
    auto found = read_requests(
        (sql.prepare << request_query(" AND person_id = :person AND status = 'pending'"), soci::use(partnership_id), soci::use(person_id)));
    if (found.empty())
        return std::nullopt;
    return found.front();
}

std::vector<FinanceRequest> pending_requests(soci::session& sql, std::string const& partnership_id)
{
    return read_requests((sql.prepare << request_query(" AND status = 'pending'"), soci::use(partnership_id)));
}

void decide_request(soci::session& sql, FinanceRequest const& request)
{
    std::string const status { request_status_text(request.status) };
    auto const by = request.decided_by.value_or("");
    auto const at = request.decided_at.value_or("");
    sql << k_decide_request, soci::use(status), soci::use(by), soci::use(at), soci::use(request.partnership_id), soci::use(request.id);
}

void insert_event(soci::session& sql, ControlEvent const& event)
{
    auto const person = event.person_id.value_or("");
    auto const claim = event.claim_id.value_or("");
    auto const request = event.request_id.value_or("");
    auto person_indicator = present(event.person_id);
    auto claim_indicator = present(event.claim_id);
    auto request_indicator = present(event.request_id);
    sql << k_insert_event, soci::use(event.id), soci::use(event.partnership_id), soci::use(event.at), soci::use(event.kind), soci::use(event.rule),
        soci::use(event.actor_id), soci::use(person, person_indicator), soci::use(claim, claim_indicator), soci::use(request, request_indicator);
}

std::vector<ControlEvent> events(soci::session& sql, std::string const& partnership_id, std::optional<std::string> const& before, std::size_t limit)
{
    // Ids are UUIDv7, so their order is the order they were made in.
    std::string query = "SELECT " + std::string { k_event_columns } + " FROM finance_control_events WHERE partnership_id = :p";
    if (before)
        query += " AND id < :before";
    query += " ORDER BY id DESC LIMIT " + std::to_string(limit);
    std::vector<ControlEvent> found;
    auto const read = [&](soci::rowset<soci::row> const& rows) {
        for (auto const& row : rows)
            found.push_back({ db::text_at(row, 0), db::text_at(row, 1), db::text_at(row, 2), db::text_at(row, 3), db::text_at(row, 4),
                db::text_at(row, 5), db::optional_text_at(row, 6), db::optional_text_at(row, 7), db::optional_text_at(row, 8) });
    };
    if (before)
        read(soci::rowset<soci::row>((sql.prepare << query, soci::use(partnership_id), soci::use(*before))));
    else
        read(soci::rowset<soci::row>((sql.prepare << query, soci::use(partnership_id))));
    return found;
}

}
