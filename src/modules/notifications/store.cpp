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

constexpr std::string_view k_notification_columns = "id, partnership_id, person_id, kind, params, path, created_at, read_at, email_state";

Notification notification_from(soci::row const& row)
{
    return { db::text_at(row, 0), db::text_at(row, 1), db::text_at(row, 2), db::text_at(row, 3), db::text_at(row, 4), db::text_at(row, 5),
        db::text_at(row, 6), db::optional_text_at(row, 7), db::text_at(row, 8) };
}

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

void enqueue(soci::session& sql, std::string_view partnership_id, std::string_view kind, std::string_view idempotency_key, std::string const& payload,
    std::optional<std::string> const& run_after)
{
    std::string const id = new_id(), partnership { partnership_id }, what { kind }, key { idempotency_key }, at = now_text();
    std::string const after = run_after.value_or(at);
    soci::statement insert = (sql.prepare << k_enqueue, soci::use(id), soci::use(partnership), soci::use(what), soci::use(payload), soci::use(key),
        soci::use(after), soci::use(at));
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

void renew_lease(soci::session& sql, std::string const& id, std::string const& lease_until)
{
    sql << "UPDATE jobs SET lease_until = :lease WHERE id = :id AND status = 'running'", soci::use(lease_until), soci::use(id);
}

void finish(soci::session& sql, std::string const& id, std::string const& at)
{
    sql << "UPDATE jobs SET status = 'done', finished_at = :at, lease_until = NULL WHERE id = :id", soci::use(at), soci::use(id);
}

void set_payload(soci::session& sql, std::string const& id, std::string const& payload)
{
    sql << "UPDATE jobs SET payload = :payload WHERE id = :id", soci::use(payload), soci::use(id);
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

bool insert_notification(soci::session& sql, Notification const& n, std::string_view topic, std::string const& key)
{
    std::string const what { topic };
    soci::statement insert = (sql.prepare << "INSERT INTO notifications (id, partnership_id, person_id, kind, topic, params, path, dedupe_key, created_at, "
                                             "read_at, email_state) VALUES (:id, :p, :person, :kind, :topic, :params, :path, :key, :at, NULL, :state) "
                                             "ON CONFLICT (partnership_id, person_id, dedupe_key) DO NOTHING",
        soci::use(n.id), soci::use(n.partnership_id), soci::use(n.person_id), soci::use(n.kind), soci::use(what), soci::use(n.params), soci::use(n.path),
        soci::use(key), soci::use(n.created_at), soci::use(n.email_state));
    insert.execute(true);
    return insert.get_affected_rows() > 0;
}

std::optional<Notification> find_notification(soci::session& sql, std::string_view partnership_id, std::string const& id)
{
    std::string const partnership { partnership_id };
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT " + std::string { k_notification_columns } + " FROM notifications WHERE id = :id AND "
                                                       "partnership_id = :p",
        soci::use(id), soci::use(partnership));
    for (auto const& row : rows)
        return notification_from(row);
    return std::nullopt;
}

std::vector<Notification> list_notifications(soci::session& sql, std::string_view partnership_id, std::string_view person_id, bool unread_only,
    std::optional<std::pair<std::string, std::string>> const& after, std::size_t limit)
{
    std::string const partnership { partnership_id }, person { person_id };
    std::string const at = after ? after->first : std::string {}, id = after ? after->second : std::string {};
    int const unread = unread_only ? 1 : 0, paged = after ? 1 : 0;
    long long const most = static_cast<long long>(limit);
    std::vector<Notification> found;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT " + std::string { k_notification_columns }
                                                       + " FROM notifications WHERE partnership_id = :p AND person_id = :person "
                                                         "AND (:unread = 0 OR read_at IS NULL) AND (:paged = 0 OR created_at < :at OR (created_at = :at2 AND id < :id)) "
                                                         "ORDER BY created_at DESC, id DESC LIMIT :n",
        soci::use(partnership), soci::use(person), soci::use(unread), soci::use(paged), soci::use(at), soci::use(at), soci::use(id), soci::use(most));
    for (auto const& row : rows)
        found.push_back(notification_from(row));
    return found;
}

long long unread_count(soci::session& sql, std::string_view partnership_id, std::string_view person_id)
{
    std::string const partnership { partnership_id }, person { person_id };
    long long n = 0;
    sql << "SELECT COUNT(*) FROM notifications WHERE partnership_id = :p AND person_id = :person AND read_at IS NULL", soci::use(partnership),
        soci::use(person), soci::into(n);
    return n;
}

bool mark_read(soci::session& sql, std::string_view partnership_id, std::string_view person_id, std::string const& id, std::string const& at)
{
    std::string const partnership { partnership_id }, person { person_id };
    soci::statement update = (sql.prepare << "UPDATE notifications SET read_at = :at WHERE id = :id AND partnership_id = :p AND person_id = :person "
                                             "AND read_at IS NULL",
        soci::use(at), soci::use(id), soci::use(partnership), soci::use(person));
    update.execute(true);
    return update.get_affected_rows() > 0;
}

long long mark_all_read(soci::session& sql, std::string_view partnership_id, std::string_view person_id, std::string const& at)
{
    std::string const partnership { partnership_id }, person { person_id };
    soci::statement update = (sql.prepare << "UPDATE notifications SET read_at = :at WHERE partnership_id = :p AND person_id = :person AND read_at IS NULL",
        soci::use(at), soci::use(partnership), soci::use(person));
    update.execute(true);
    return update.get_affected_rows();
}

void set_email_state(soci::session& sql, std::string const& id, std::string_view state)
{
    std::string const value { state };
    sql << "UPDATE notifications SET email_state = :state WHERE id = :id", soci::use(value), soci::use(id);
}

std::map<std::string, std::string> preferences(soci::session& sql, std::string_view partnership_id, std::string_view person_id)
{
    std::string const partnership { partnership_id }, person { person_id };
    std::map<std::string, std::string> chosen;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT topic, delivery FROM notification_preferences WHERE partnership_id = :p AND person_id = :person",
        soci::use(partnership), soci::use(person));
    for (auto const& row : rows)
        chosen[db::text_at(row, 0)] = db::text_at(row, 1);
    return chosen;
}

void set_preference(soci::session& sql, std::string_view partnership_id, std::string_view person_id, std::string const& topic,
    std::string const& delivery, std::string const& at)
{
    std::string const partnership { partnership_id }, person { person_id };
    soci::statement upsert = (sql.prepare << "INSERT INTO notification_preferences (partnership_id, person_id, topic, delivery, updated_at) "
                                             "VALUES (:p, :person, :topic, :delivery, :at) ON CONFLICT (person_id, topic) "
                                             "DO UPDATE SET delivery = excluded.delivery, updated_at = excluded.updated_at",
        soci::use(partnership), soci::use(person), soci::use(topic), soci::use(delivery), soci::use(at));
    upsert.execute(true);
}

std::map<std::pair<std::string, std::string>, std::vector<std::string>> waiting_for_digest(soci::session& sql, std::string const& period)
{
    std::map<std::pair<std::string, std::string>, std::vector<std::string>> waiting;
    std::string const also = period == "daily" ? "email" : period;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT n.partnership_id, n.person_id, n.id FROM notifications n "
                                                   "LEFT JOIN notification_preferences p ON p.person_id = n.person_id AND p.topic = n.topic "
                                                   "WHERE n.email_state = 'digest' AND COALESCE(p.delivery, 'email') IN (:period, :also) "
                                                   "ORDER BY n.person_id, n.created_at, n.id",
        soci::use(period), soci::use(also));
    for (auto const& row : rows)
        waiting[{ db::text_at(row, 0), db::text_at(row, 1) }].push_back(db::text_at(row, 2));
    return waiting;
}

bool take_digest_run(soci::session& sql, std::string const& period, std::string const& day, std::string const& at)
{
    soci::statement insert = (sql.prepare << "INSERT INTO digest_runs (period, day, ran_at) VALUES (:period, :day, :at) ON CONFLICT (period, day) DO NOTHING",
        soci::use(period), soci::use(day), soci::use(at));
    insert.execute(true);
    return insert.get_affected_rows() > 0;
}

}
