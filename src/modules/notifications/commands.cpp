#include "modules/notifications/commands.hpp"

#include <condition_variable>
#include <mutex>
#include <random>
#include <set>
#include <span>
#include <thread>

#include <boost/json.hpp>
#include <spdlog/spdlog.h>

#include "core/crypto.hpp"
#include "core/ids.hpp"
#include "core/log.hpp"
#include "core/short_code.hpp"
#include "core/time.hpp"
#include "modules/engagement/commands.hpp"
#include "modules/engagement/queries.hpp"
#include "modules/home/queries.hpp"
#include "modules/language/service.hpp"
#include "modules/notifications/mail.hpp"
#include "modules/notifications/messages.hpp"
#include "modules/notifications/store.hpp"
#include "modules/notifications/tokens.hpp"
#include "modules/partnership/queries.hpp"
#include "modules/privacy/audit.hpp"
#include "modules/projects/queries.hpp"

namespace rt::notifications {

namespace {

// A job's lease, renewed every few seconds while its worker lives: a worker
// that dies (killed, or its machine gone) leaves the job to be taken again
// within k_lease, however long the job itself may take.
constexpr auto k_lease = std::chrono::seconds { 15 };
constexpr auto k_renew_every = std::chrono::seconds { 5 };

// Renews the lease of a running job until it is destroyed.
class LeaseKeeper {
public:
    LeaseKeeper(db::Database& database, std::string job_id)
        : m_thread([&database, id = std::move(job_id)](std::stop_token stop) {
            std::mutex mutex;
            std::condition_variable_any wake;
            while (true) {
                std::unique_lock lock { mutex };
                if (wake.wait_for(lock, stop, k_renew_every, [&] { return stop.stop_requested(); }))
                    return;
                try {
                    (void)database.write([&](soci::session& sql) -> Status {
                        store::renew_lease(sql, id, format_time(now() + k_lease));
                        return {};
                    });
                } catch (std::exception const& error) {
                    spdlog::warn(R"("event":"lease_renewal_failed","job":{},"error":{})", json_quoted(id), json_quoted(error.what()));
                }
            }
        })
    {
    }

private:
    std::jthread m_thread;
};

// 2 s, 4 s, 8 s ... at most an hour, each between half and one and a half
// times that: 12 attempts span about an hour and a quarter of an outage.
std::chrono::milliseconds backoff(long long attempts)
{
    thread_local std::mt19937 random { std::random_device {}() };
    auto const base = std::min<double>(3600.0, 2.0 * static_cast<double>(1LL << std::min<long long>(attempts - 1, 20)));
    std::uniform_real_distribution<double> jitter { 0.5, 1.5 };
    return std::chrono::milliseconds { static_cast<long long>(base * jitter(random) * 1000) };
}

bool known(std::span<std::string_view const> list, std::string const& value)
{
    return std::ranges::find(list, value) != list.end();
}

std::string text_in(boost::json::object const& object, std::string_view key)
{
    auto const* value = object.if_contains(key);
    return value && value->is_string() ? std::string { value->get_string() } : std::string {};
}

// Who a message goes to, and the words every message ends with.
struct Addressee {
    partnership::Person person;
    std::string partnership_name;
};

std::optional<Addressee> addressee(soci::session& sql, std::string const& partnership_id, std::string const& person_id)
{
    auto person = partnership::find_person(sql, partnership_id, person_id);
    auto found = partnership::find_partnership(sql, partnership_id);
    if (!person || !found)
        return std::nullopt;
    return Addressee { std::move(*person), found->name };
}

std::map<std::string, std::string> footer_values(MailSettings const& settings, Addressee const& to, std::string const& topic)
{
    std::map<std::string, std::string> values { { "name", to.person.name }, { "partnership", to.partnership_name },
        { "preferences", settings.public_url + "/notifications/preferences" } };
    if (!settings.signing_key.empty()) {
        auto const token = make_unsubscribe_token({ to.person.partnership_id, to.person.id, topic }, settings.signing_key);
        values["unsubscribe"] = settings.public_url + "/unsubscribe?token=" + token;
        values["unsubscribe_post"] = settings.public_url + "/api/v1/unsubscribe?token=" + token;
    }
    return values;
}

// Hands a message over once: a Message-ID already recorded is not sent again.
Status deliver_once(db::Database& database, MailSettings const& settings, Job const& job, Message const& message,
    std::vector<std::string> const& notification_ids)
{
    auto const sent = database.read([&](soci::session& sql) -> Result<bool> { return store::was_sent(sql, message.message_id); });
    if (!sent)
        return std::unexpected(sent.error());
    if (!*sent)
        if (auto delivered = deliver(settings, message); !delivered)
            return delivered;
    return database.write([&](soci::session& sql) -> Status {
        store::record_sent(sql, job.partnership_id, message.message_id, job.id, now_text());
        for (auto const& id : notification_ids)
            store::set_email_state(sql, id, "sent");
        return {};
    });
}

Message message_to(Addressee const& to, std::string message_id, Rendered const& rendered, std::map<std::string, std::string> const& values)
{
    Message message { std::move(message_id), to.person.name, to.person.email.value_or(""), rendered.subject, rendered.text, rendered.html,
        rendered.language };
    if (auto const post = values.find("unsubscribe_post"); post != values.end()) {
        message.unsubscribe_post_url = post->second;
        message.unsubscribe_page_url = values.at("unsubscribe");
    }
    return message;
}

void log_fallback(Rendered const& rendered, std::string const& wanted)
{
    if (rendered.fell_back)
        spdlog::info(R"("event":"mail_language_fallback","wanted":{},"used":"en")", json_quoted(wanted));
}

// One notification's email, with the activity's calendar file for activities.
Status send_notice(db::Database& database, MailSettings const& settings, Job const& job)
{
    auto const payload = boost::json::parse(job.payload).as_object();
    auto const notification_id = text_in(payload, "notification_id");
    struct Loaded {
        Notification notification;
        boost::json::object params;
        Addressee to;
        std::optional<std::string> calendar;
    };
    auto const loaded = database.read([&](soci::session& sql) -> Result<std::optional<Loaded>> {
        auto notification = store::find_notification(sql, job.partnership_id, notification_id);
        if (!notification || notification->email_state != "queued")
            return std::nullopt; // gone (the person was erased), or already sent
        auto to = addressee(sql, job.partnership_id, notification->person_id);
        if (!to)
            return std::nullopt;
        std::optional<std::string> calendar;
        auto const params = boost::json::parse(notification->params).as_object();
        if (notification->kind.starts_with("activity_") || notification->kind == "waiting_list_place")
            calendar = engagement::calendar_file(sql, job.partnership_id, text_in(params, "activity_id"));
        return Loaded { std::move(*notification), params, std::move(*to), std::move(calendar) };
    });
    if (!loaded)
        return std::unexpected(loaded.error());
    if (!*loaded)
        return {};
    auto const& [notification, params, to, calendar] = **loaded;
    if (!to.person.email) // no address: the app, a letter or a phone call reach them
        return database.write([&](soci::session& sql) -> Status {
            store::set_email_state(sql, notification.id, "none");
            return {};
        });
    auto values = footer_values(settings, to, std::string { topic_of(notification.kind) });
    values["link"] = settings.public_url + notification.path;
    Rendered rendered;
    if (notification.kind == "project_invitation") {
        for (auto const* key : { "project_title", "project_summary", "sender_name", "organisation_name", "code" })
            values[key] = text_in(params, key);
        // The summary in the reader's language when someone has translated its current wording.
        auto const translated = database.read([&](soci::session& sql) -> Result<std::optional<std::string>> {
            return language::translation_in(sql, job.partnership_id, "project", text_in(params, "project_id"), "summary", to.person.preferred_language);
        });
        if (!translated)
            return std::unexpected(translated.error());
        if (*translated)
            values["project_summary"] = **translated;
        values["project"] = values["project_title"];
        values["summary"] = values["project_summary"];
        values["sender"] = values["sender_name"];
        values["organisation"] = values["organisation_name"];
        rendered = render_invitation(to.person.preferred_language, values, !values["organisation_name"].empty());
    } else {
        rendered = render_notice(to.person.preferred_language, notification.kind, params, values, true);
    }
    log_fallback(rendered, to.person.preferred_language);
    auto message = message_to(to, "n-" + notification.id + "@roundtable", rendered, values);
    if (calendar)
        message.attachments.push_back({ "activity.ics", "text/calendar; method=PUBLISH", *calendar });
    return deliver_once(database, settings, job, message, {});
}

// Several notifications in one email.
Status send_digest(db::Database& database, MailSettings const& settings, Job const& job)
{
    auto const payload = boost::json::parse(job.payload).as_object();
    auto const person_id = text_in(payload, "person_id");
    struct Loaded {
        Addressee to;
        std::vector<Notification> notifications;
    };
    auto const loaded = database.read([&](soci::session& sql) -> Result<std::optional<Loaded>> {
        auto to = addressee(sql, job.partnership_id, person_id);
        if (!to)
            return std::nullopt;
        Loaded found { std::move(*to), {} };
        for (auto const& id : payload.at("notification_ids").as_array())
            if (auto notification = store::find_notification(sql, job.partnership_id, std::string { id.as_string() });
                notification && notification->email_state == "digest")
                found.notifications.push_back(std::move(*notification));
        return found;
    });
    if (!loaded)
        return std::unexpected(loaded.error());
    if (!*loaded || (*loaded)->notifications.empty())
        return {};
    auto const& [to, notifications] = **loaded;
    std::vector<std::string> ids;
    for (auto const& notification : notifications)
        ids.push_back(notification.id);
    if (!to.person.email)
        return database.write([&](soci::session& sql) -> Status {
            for (auto const& id : ids)
                store::set_email_state(sql, id, "none");
            return {};
        });
    std::vector<DigestItem> items;
    for (auto const& notification : notifications)
        items.push_back({ notification.kind, boost::json::parse(notification.params).as_object(), settings.public_url + notification.path });
    auto const values = footer_values(settings, to, "digest");
    auto const rendered = render_digest(to.person.preferred_language, items, values);
    log_fallback(rendered, to.person.preferred_language);
    // The job's id names the message: a retry sends the same one.
    return deliver_once(database, settings, job, message_to(to, "digest-" + job.id + "@roundtable", rendered, values), ids);
}

// The organisers' digest: each convener, and each co-lead of an open project,
// whose choice for "organising" is this period and who has something waiting
// (what their home page counts) gets one email of it. Each person's message
// has its own Message-ID, so a retry sends only the ones not yet gone.
Status send_organiser_digest(db::Database& database, MailSettings const& settings, Job const& job)
{
    auto const period = text_in(boost::json::parse(job.payload).as_object(), "period");
    auto const organisers = database.read([&](soci::session& sql) -> Result<std::vector<Addressee>> {
        std::set<std::string> ids;
        for (auto& id : partnership::convener_ids(sql, job.partnership_id))
            ids.insert(std::move(id));
        for (auto const& [partnership_id, project_id] : projects::open_projects(sql))
            if (partnership_id == job.partnership_id)
                if (auto const project = projects::find_project(sql, partnership_id, project_id))
                    for (auto const& co_lead : project->co_leads)
                        ids.insert(co_lead.person_id);
        std::vector<Addressee> found;
        for (auto const& id : ids) {
            auto to = addressee(sql, job.partnership_id, id);
            if (!to || !to->person.email)
                continue;
            auto const chosen = store::preferences(sql, job.partnership_id, id);
            auto const choice = chosen.find("organising");
            if ((choice == chosen.end() ? std::string { default_delivery("organising") } : choice->second) == period)
                found.push_back(std::move(*to));
        }
        return found;
    });
    if (!organisers)
        return std::unexpected(organisers.error());
    for (auto const& to : *organisers) {
        Actor const actor { to.person.id, to.person.partnership_id, to.person.role, "", "" };
        auto const next = home::what_needs_me(database, actor);
        if (!next)
            return std::unexpected(next.error());
        std::vector<WaitingWork> waiting;
        for (auto const& section : next->sections) {
            if (section.count == 0 || (section.key != "contributions" && section.key != "arrangements" && section.key != "claims"))
                continue;
            WaitingWork work { section.key, section.count, {} };
            for (auto const& item : section.items)
                work.items.push_back({ item.title, item.project_title, settings.public_url + item.href });
            waiting.push_back(std::move(work));
        }
        if (waiting.empty())
            continue;
        auto values = footer_values(settings, to, "organising");
        values["link"] = settings.public_url + "/";
        auto const rendered = render_organiser_digest(to.person.preferred_language, waiting, values);
        log_fallback(rendered, to.person.preferred_language);
        if (auto sent = deliver_once(database, settings, job, message_to(to, "o-" + job.id + "." + to.person.id + "@roundtable", rendered, values), {});
            !sent)
            return sent;
    }
    return {};
}

// An account's sign-in link, in the person's language, without an unsubscribe link.
Status send_security_mail(db::Database& database, MailSettings const& settings, Job const& job)
{
    auto payload = boost::json::parse(job.payload).as_object();
    auto const sealed = text_in(payload, "sealed_link");
    if (sealed.empty())
        return {}; // sent already: the link was forgotten then
    auto const link = open_sealed(sealed, settings.link_key);
    if (!link)
        return std::unexpected(Error { ErrorKind::Invalid, "The sign-in link in this job cannot be opened with this server's key." });
    auto const to = database.read([&](soci::session& sql) -> Result<std::optional<Addressee>> {
        return addressee(sql, job.partnership_id, text_in(payload, "person_id"));
    });
    if (!to)
        return std::unexpected(to.error());
    if (*to && (*to)->person.email) {
        // No unsubscribe values: security mail cannot be stopped, so it has no List-Unsubscribe.
        std::map<std::string, std::string> const values { { "name", (*to)->person.name }, { "partnership", (*to)->partnership_name },
            { "preferences", settings.public_url + "/notifications/preferences" }, { "link", *link } };
        auto const& params = payload.at("params").as_object();
        auto const kind = text_in(payload, "mail");
        auto const rendered = render_notice((*to)->person.preferred_language, kind, params, values, false);
        log_fallback(rendered, (*to)->person.preferred_language);
        if (auto sent = deliver_once(database, settings, job, message_to(**to, "s-" + job.id + "@roundtable", rendered, values), {}); !sent)
            return sent;
    }
    payload.erase("sealed_link");
    return database.write([&](soci::session& sql) -> Status {
        store::set_payload(sql, job.id, boost::json::serialize(payload));
        return {};
    });
}

Status send_reminder(db::Database& database, Job const& job)
{
    auto const payload = boost::json::parse(job.payload).as_object();
    return database.write([&](soci::session& sql) -> Status {
        engagement::remind(sql, job.partnership_id, text_in(payload, "activity_id"), text_in(payload, "person_id"), text_in(payload, "starts_at"));
        return {};
    });
}

}

std::string_view topic_of(std::string_view kind)
{
    if (kind == "project_invitation")
        return "invitations";
    if (kind.starts_with("activity_") || kind == "waiting_list_place")
        return "activities";
    if (kind == "contribution_answered" || kind == "shaped_progress")
        return "answers";
    if (kind == "decision_closed")
        return "decisions";
    if (kind == "claim_decided")
        return "claims";
    return {};
}

void notify(soci::session& sql, std::string_view partnership_id, Notice const& notice)
{
    auto const topic = topic_of(notice.kind);
    if (topic.empty())
        throw std::invalid_argument("No topic for notices of kind " + notice.kind);
    auto const chosen = store::preferences(sql, partnership_id, notice.person_id);
    auto const found = chosen.find(std::string { topic });
    std::string const delivery = found == chosen.end() ? "email" : found->second;
    Notification notification { new_id(), std::string { partnership_id }, notice.person_id, notice.kind, notice.params, notice.path, now_text(),
        std::nullopt, delivery == "email" ? "queued" : delivery == "in_app" ? "none" : "digest" };
    if (!store::insert_notification(sql, notification, topic, notice.key))
        return;
    if (notification.email_state == "queued")
        store::enqueue(sql, partnership_id, "email", "email:" + notification.id,
            boost::json::serialize(boost::json::object { { "notification_id", notification.id } }));
}

void schedule(soci::session& sql, std::string_view partnership_id, std::string_view kind, std::string const& key, std::string const& payload,
    std::string const& at)
{
    store::enqueue(sql, partnership_id, kind, key, payload, at);
}

void enqueue_invitation(soci::session& sql, std::string_view partnership_id, std::string_view invitation_id, std::string_view sender_id)
{
    auto const mail = projects::invitation_mail(sql, partnership_id, invitation_id, sender_id);
    if (!mail)
        return;
    auto const& invitation = mail->invitation;
    boost::json::object params { { "invitation_id", invitation.id }, { "project_id", invitation.project_id }, { "project_title", mail->project_title },
        { "project_summary", mail->project_summary }, { "sender_name", mail->sender_name },
        { "organisation_name", invitation.organisation_id ? boost::json::value(mail->organisation_name) : boost::json::value(nullptr) },
        { "code", invitation.short_code ? show_short_code(*invitation.short_code) : std::string {} } };
    auto const text = boost::json::serialize(params);
    for (auto const& recipient : mail->recipients)
        notify(sql, partnership_id, { recipient.person_id, "project_invitation", text, "/invitations", "project_invitation:" + invitation.id });
}

void enqueue_security_mail(soci::session& sql, std::string_view partnership_id, std::string const& person_id, SecurityMail kind,
    std::string const& link, std::string const& sender_name, std::string_view link_key)
{
    boost::json::object payload { { "person_id", person_id },
        { "mail", kind == SecurityMail::AccountInvitation ? "account_invitation" : "password_reset" },
        { "params", boost::json::object { { "sender_name", sender_name } } }, { "sealed_link", seal(link, link_key) } };
    store::enqueue(sql, partnership_id, "security_email", "security:" + new_id(), boost::json::serialize(payload));
}

Result<Notification> mark_read(db::Database& database, Actor const& actor, std::string const& id)
{
    return database.write([&](soci::session& sql) -> Result<Notification> {
        auto found = store::find_notification(sql, actor.partnership_id, id);
        if (!found || found->person_id != actor.person_id)
            return std::unexpected(Error::not_found("There is no such notification."));
        if (!found->read_at) {
            auto const at = now_text();
            (void)store::mark_read(sql, actor.partnership_id, actor.person_id, id, at);
            privacy::record(sql, actor.partnership_id, actor.person_id, { "notification.read", "notification", id });
            found->read_at = at;
        }
        return *found;
    });
}

Result<long long> mark_all_read(db::Database& database, Actor const& actor)
{
    return database.write([&](soci::session& sql) -> Result<long long> {
        auto const read = store::mark_all_read(sql, actor.partnership_id, actor.person_id, now_text());
        if (read > 0)
            privacy::record(sql, actor.partnership_id, actor.person_id, { "notifications.all_read", "person", actor.person_id });
        return read;
    });
}

Status set_preferences(db::Database& database, Actor const& actor, std::vector<Preference> const& changes)
{
    for (auto const& change : changes) {
        if (!known(k_topics, change.topic))
            return std::unexpected(Error::invalid_field("preferences." + change.topic,
                change.topic == "security" ? "Security emails cannot be turned off." : "There is no such kind of message."));
        if (!known(k_deliveries, change.delivery))
            return std::unexpected(Error::invalid_field("preferences." + change.topic, "Choose email, daily, weekly or in_app."));
        if (change.topic == "organising" && change.delivery == "email")
            return std::unexpected(Error::invalid_field("preferences.organising", "What needs you comes as one email: choose daily, weekly or in_app."));
    }
    return database.write([&](soci::session& sql) -> Status {
        auto const at = now_text();
        std::vector<std::string> topics;
        for (auto const& change : changes) {
            store::set_preference(sql, actor.partnership_id, actor.person_id, change.topic, change.delivery, at);
            topics.push_back(change.topic);
        }
        privacy::record(sql, actor.partnership_id, actor.person_id,
            { "notifications.preferences_changed", "person", actor.person_id, std::nullopt, std::nullopt, topics });
        return {};
    });
}

Result<Preference> unsubscribe(db::Database& database, std::string const& token, std::string const& key)
{
    auto const read = read_unsubscribe_token(token, key);
    if (!read || (read->topic != "digest" && !known(k_topics, read->topic)))
        return std::unexpected(Error::invalid_field("token", "This unsubscribe link is not one of Roundtable's, or it was cut short."));
    return database.write([&](soci::session& sql) -> Result<Preference> {
        if (!partnership::find_person(sql, read->partnership_id, read->person_id))
            return std::unexpected(Error::invalid_field("token", "This unsubscribe link is for someone who is no longer here."));
        auto const at = now_text();
        if (read->topic == "digest") {
            for (auto const& [topic, delivery] : store::preferences(sql, read->partnership_id, read->person_id))
                if (delivery == "daily" || delivery == "weekly")
                    store::set_preference(sql, read->partnership_id, read->person_id, topic, "in_app", at);
        } else {
            store::set_preference(sql, read->partnership_id, read->person_id, read->topic, "in_app", at);
        }
        privacy::record(sql, read->partnership_id, read->person_id, { "notifications.unsubscribed", "person", read->person_id, std::nullopt, std::nullopt, { read->topic } });
        return Preference { read->topic, "in_app" };
    });
}

Result<long long> queue_digests(db::Database& database, std::string const& period, std::string const& run)
{
    return database.write([&](soci::session& sql) -> Result<long long> {
        if (!store::take_digest_run(sql, period, run, now_text()))
            return 0LL;
        long long queued = 0;
        for (auto const& [who, ids] : store::waiting_for_digest(sql, period)) {
            boost::json::array list;
            for (auto const& id : ids)
                list.push_back(boost::json::string { id });
            store::enqueue(sql, who.first, "digest", "digest:" + period + ":" + run + ":" + who.second,
                boost::json::serialize(boost::json::object { { "person_id", who.second }, { "notification_ids", std::move(list) } }));
            ++queued;
        }
        // One organisers' digest job for each partnership with work under way; it finds who has something waiting.
        std::set<std::string> partnerships;
        for (auto const& [partnership_id, project_id] : projects::open_projects(sql))
            partnerships.insert(partnership_id);
        for (auto const& partnership_id : partnerships) {
            store::enqueue(sql, partnership_id, "organiser_digest", "organisers:" + period + ":" + run + ":" + partnership_id,
                boost::json::serialize(boost::json::object { { "period", period } }));
            ++queued;
        }
        return queued;
    });
}

Result<bool> run_next_job(db::Database& database, MailSettings const& settings)
{
    auto const claimed = database.write([&](soci::session& sql) -> Result<std::optional<Job>> {
        return store::claim(sql, database.dialect(), now_text(), format_time(now() + k_lease));
    });
    if (!claimed)
        return std::unexpected(claimed.error());
    if (!*claimed)
        return false;
    auto const& job = **claimed;
    Status outcome;
    try {
        LeaseKeeper const keeper { database, job.id };
        if (job.kind == "email")
            outcome = send_notice(database, settings, job);
        else if (job.kind == "digest")
            outcome = send_digest(database, settings, job);
        else if (job.kind == "organiser_digest")
            outcome = send_organiser_digest(database, settings, job);
        else if (job.kind == "security_email")
            outcome = send_security_mail(database, settings, job);
        else if (job.kind == "activity_reminder")
            outcome = send_reminder(database, job);
        else
            outcome = std::unexpected(Error { ErrorKind::Invalid, "No worker knows jobs of kind " + job.kind + "." });
    } catch (std::exception const& error) {
        outcome = std::unexpected(Error { ErrorKind::Internal, error.what() });
    }
    auto const at = now_text();
    auto const recorded = database.write([&](soci::session& sql) -> Status {
        if (outcome)
            store::finish(sql, job.id, at);
        else if (job.attempts >= k_most_attempts || outcome.error().kind == ErrorKind::Invalid)
            store::give_up(sql, job.id, at, outcome.error().detail);
        else
            store::retry_later(sql, job.id, format_time(now() + backoff(job.attempts)), outcome.error().detail);
        return {};
    });
    if (!outcome)
        spdlog::warn(R"("event":"job_failed","job":{},"kind":{},"attempt":{},"error":{})", json_quoted(job.id), json_quoted(job.kind), job.attempts,
            json_quoted(outcome.error().detail));
    if (!recorded)
        return std::unexpected(recorded.error());
    return true;
}

void work(db::Database& database, MailSettings const& settings, std::stop_token stop)
{
    std::mutex mutex;
    std::condition_variable_any wake;
    while (!stop.stop_requested()) {
        bool ran = false;
        try {
            auto const result = run_next_job(database, settings);
            ran = result && *result;
            if (!result)
                spdlog::error(R"("event":"worker_error","error":{})", json_quoted(result.error().detail));
        } catch (std::exception const& error) {
            spdlog::error(R"("event":"worker_error","error":{})", json_quoted(error.what()));
        }
        if (ran)
            continue;
        std::unique_lock lock { mutex };
        wake.wait_for(lock, stop, std::chrono::milliseconds { 500 }, [] { return false; });
    }
}

}
