#include "modules/notifications/store.hpp"

#include "core/ids.hpp"
#include "core/time.hpp"

namespace rt::notifications::store {

namespace {

constexpr std::string_view k_columns
    = "id, partnership_id, kind, payload, idempotency_key, status, attempts, run_after, lease_until, last_error, created_at, finished_at";
constexpr std::string_view k_enqueue = R"(
    INSERT INTO jobs (id, partnership_id, kind, payload, idempotency_key, status, attempts, run_after, last_error, created_at)
    VALUES (:id, :p, :kind, :payload, :key, 'queued', 0, :after, '', :at) ON CONFLICT (idempotency_key) DO NOTHING)";
// Due: queued and its time has come, or running under a lease that ran out (its worker died).
constexpr std::string_view k_due = "(status = 'queued' AND run_after <= :now) OR (status = 'running' AND lease_until < :now2)";

Job job_from(soci::row const& row)
{
    Job job;
    job.id = db::text_at(row, 0);
    job.partnership_id = db::text_at(row, 1);
    job.kind = db::text_at(row, 2);
    job.payload = db::text_at(row, 3);
    job.idempotency_key = db::text_at(row, 4);
    job.status = db::text_at(row, 5);
    job.attempts = db::integer_at(row, 6);
    job.run_after = db::text_at(row, 7);
    job.lease_until = db::optional_text_at(row, 8);
    job.last_error = db::text_at(row, 9);
    job.created_at = db::text_at(row, 10);
    job.finished_at = db::optional_text_at(row, 11);
    return job;
}

}

void enqueue(soci::session& sql, std::string_view partnership_id, std::string_view kind, std::string_view idempotency_key, std::string const& payload)
{
    std::string const id = new_id(), partnership { partnership_id }, what { kind }, key { idempotency_key }, at = now_text();
    soci::statement insert = (sql.prepare << k_enqueue, soci::use(id), soci::use(partnership), soci::use(what), soci::use(payload), soci::use(key),
        soci::use(at), soci::use(at));
    insert.execute(true);
}

std::optional<Job> claim(soci::session& sql, db::Dialect dialect, std::string const& now, std::string const& lease_until)
{
    std::string const pick = "SELECT id FROM jobs WHERE " + std::string { k_due } + " ORDER BY run_after, id LIMIT 1"
        + (dialect == db::Dialect::Postgresql ? " FOR UPDATE SKIP LOCKED" : "");
    std::string const update = "UPDATE jobs SET status = 'running', attempts = attempts + 1, lease_until = :lease WHERE id = (" + pick
        + ") RETURNING " + std::string { k_columns };
    soci::rowset<soci::row> rows = (sql.prepare << update, soci::use(lease_until), soci::use(now), soci::use(now));
    for (auto const& row : rows)
        return job_from(row);
    return std::nullopt;
}

void finish(soci::session& sql, std::string const& id, std::string const& at)
{
    sql << "UPDATE jobs SET status = 'done', finished_at = :at, lease_until = NULL WHERE id = :id", soci::use(at), soci::use(id);
}

void retry_later(soci::session& sql, std::string const& id, std::string const& run_after, std::string const& error)
{
    sql << "UPDATE jobs SET status = 'queued', run_after = :after, last_error = :error, lease_until = NULL WHERE id = :id", soci::use(run_after),
        soci::use(error), soci::use(id);
}

void give_up(soci::session& sql, std::string const& id, std::string const& at, std::string const& error)
{
    sql << "UPDATE jobs SET status = 'failed', finished_at = :at, last_error = :error, lease_until = NULL WHERE id = :id", soci::use(at),
        soci::use(error), soci::use(id);
}

bool was_sent(soci::session& sql, std::string const& message_id)
{
    long long n = 0;
    sql << "SELECT COUNT(*) FROM sent_messages WHERE message_id = :id", soci::use(message_id), soci::into(n);
    return n > 0;
}

void record_sent(soci::session& sql, std::string_view partnership_id, std::string const& message_id, std::string const& job_id, std::string const& at)
{
    std::string const partnership { partnership_id };
    soci::statement insert = (sql.prepare << "INSERT INTO sent_messages (message_id, partnership_id, job_id, sent_at) VALUES (:m, :p, :j, :at) "
                                             "ON CONFLICT (message_id) DO NOTHING",
        soci::use(message_id), soci::use(partnership), soci::use(job_id), soci::use(at));
    insert.execute(true);
}

std::vector<Job> list(soci::session& sql, std::optional<std::string> const& status, std::size_t limit)
{
    std::vector<Job> jobs;
    auto const wanted = status.value_or("");
    long long const most = static_cast<long long>(limit);
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT " + std::string { k_columns }
                                                       + " FROM jobs WHERE (:status = '' OR status = :status2) ORDER BY created_at DESC, id DESC LIMIT :n",
        soci::use(wanted), soci::use(wanted), soci::use(most));
    for (auto const& row : rows)
        jobs.push_back(job_from(row));
    return jobs;
}

bool requeue(soci::session& sql, std::string const& id, std::string const& at)
{
    soci::statement update = (sql.prepare << "UPDATE jobs SET status = 'queued', run_after = :at, attempts = 0, finished_at = NULL WHERE id = :id "
                                             "AND status = 'failed'",
        soci::use(at), soci::use(id));
    update.execute(true);
    return update.get_affected_rows() > 0;
}

}
