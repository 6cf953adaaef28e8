#include "modules/notifications/commands.hpp"

#include <condition_variable>
#include <mutex>
#include <random>

#include <boost/json.hpp>
#include <spdlog/spdlog.h>

#include "core/log.hpp"
#include "core/short_code.hpp"
#include "core/time.hpp"
#include "modules/notifications/mail.hpp"
#include "modules/notifications/messages.hpp"
#include "modules/notifications/store.hpp"
#include "modules/projects/queries.hpp"

namespace rt::notifications {

namespace {

// A job's lease: long enough for one job's emails; a worker that dies
// leaves the job to be taken again once it runs out.
constexpr auto k_lease = std::chrono::minutes { 5 };

// 2 s, 4 s, 8 s ... at most an hour, each between half and one and a half
// times that: 12 attempts span about an hour and a quarter of an outage.
std::chrono::milliseconds backoff(long long attempts)
{
    thread_local std::mt19937 random { std::random_device {}() };
    auto const base = std::min<double>(3600.0, 2.0 * static_cast<double>(1LL << std::min<long long>(attempts - 1, 20)));
    std::uniform_real_distribution<double> jitter { 0.5, 1.5 };
    return std::chrono::milliseconds { static_cast<long long>(base * jitter(random) * 1000) };
}

// The invitation's emails; those already sent (by Message-ID) are not sent again.
Status send_invitation(db::Database& database, MailSettings const& settings, Job const& job)
{
    auto const payload = boost::json::parse(job.payload).as_object();
    auto const invitation_id = std::string { payload.at("invitation_id").as_string() };
    auto const sender_id = std::string { payload.at("sent_by").as_string() };
    auto const mail = database.read([&](soci::session& sql) -> Result<std::optional<projects::InvitationMail>> {
        return projects::invitation_mail(sql, job.partnership_id, invitation_id, sender_id);
    });
    if (!mail)
        return std::unexpected(mail.error());
    if (!*mail)
        return {}; // the invitation was withdrawn since: nothing to send
    auto const& found = **mail;
    for (auto const& recipient : found.recipients) {
        if (!recipient.email)
            continue; // no email address: the letter and the phone are for them
        auto const message_id = "invitation-" + invitation_id + "-" + recipient.person_id + "@roundtable";
        auto const sent = database.read([&](soci::session& sql) -> Result<bool> { return store::was_sent(sql, message_id); });
        if (!sent)
            return std::unexpected(sent.error());
        if (*sent)
            continue;
        std::map<std::string, std::string> const values { { "name", recipient.name }, { "sender", found.sender_name },
            { "project", found.project_title }, { "summary", found.project_summary }, { "organisation", found.organisation_name },
            { "partnership", found.partnership_name }, { "link", settings.public_url + "/invitations" },
            { "code", found.invitation.short_code ? show_short_code(*found.invitation.short_code) : std::string {} } };
        auto const rendered = render_invitation(recipient.language, values, found.invitation.organisation_id.has_value());
        if (rendered.fell_back)
            spdlog::info(R"("event":"mail_language_fallback","wanted":{},"used":"en")", json_quoted(recipient.language));
        Message const message { message_id, recipient.name, *recipient.email, rendered.subject, rendered.text, rendered.html, rendered.language };
        if (auto delivered = deliver(settings, message); !delivered)
            return delivered;
        auto const recorded = database.write([&](soci::session& sql) -> Status {
            store::record_sent(sql, job.partnership_id, message_id, job.id, now_text());
            return {};
        });
        if (!recorded)
            return recorded;
    }
    return {};
}

}

void enqueue_invitation(soci::session& sql, std::string_view partnership_id, std::string_view invitation_id, std::string_view sender_id)
{
    boost::json::object payload { { "invitation_id", invitation_id }, { "sent_by", sender_id } };
    store::enqueue(sql, partnership_id, "project_invitation", "project_invitation:" + std::string { invitation_id }, boost::json::serialize(payload));
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
        if (job.kind == "project_invitation")
            outcome = send_invitation(database, settings, job);
        else
            outcome = std::unexpected(Error { ErrorKind::Internal, "No worker knows jobs of kind " + job.kind + "." });
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
