#pragma once

#include <optional>
#include <string>

// The notifications module (issue 15, first part): a job queue in the
// database, and email delivered over SMTP, or into the outbox folder when no
// SMTP server is configured.
namespace rt::notifications {

struct Job {
    std::string id;
    std::string partnership_id;
    std::string kind; // project_invitation
    std::string payload; // JSON
    std::string idempotency_key;
    std::string status { "queued" }; // queued | running | done | failed
    long long attempts { 0 };
    std::string run_after;
    std::optional<std::string> lease_until;
    std::string last_error;
    std::string created_at;
    std::optional<std::string> finished_at;
};

// Where mail goes: an SMTP server (smtp://user:pass@host:587, smtps://...), or
// without one the outbox folder, one .eml file a message.
struct MailSettings {
    std::string smtp_url;
    std::string from { "Roundtable <roundtable@localhost>" };
    std::string outbox;
    std::string public_url;
};

}
