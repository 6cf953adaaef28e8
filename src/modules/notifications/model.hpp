#pragma once

#include <optional>
#include <string>
#include <string_view>

// The notifications module (issue 15, first part): a job queue in the
// database, and email delivered over SMTP, or into the outbox folder when no
// SMTP server is configured.
namespace rt::notifications {

struct Job {
    std::string id;
    std::string partnership_id;
    std::string kind; // email, digest, security_email, activity_reminder
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
    // Signs the unsubscribe links in emails (see tokens.hpp); from the data key.
    std::string signing_key;
    // Opens the sign-in links sealed in security mail jobs; from the data key.
    std::string link_key;
};

// Where the sign-in links that a command emails point (the site's address),
// and the key that seals them while they wait in the queue.
struct SignInLinks {
    std::string public_url;
    std::string link_key;
};

// Security mail: an account's sign-in link. It always goes (no preference
// turns it off, never in a digest) and has no unsubscribe link.
enum class SecurityMail { AccountInvitation, PasswordReset };

}

#include <vector>

namespace rt::notifications {

// What a notification is about: each kind belongs to one topic, and people
// choose per topic how its emails reach them. Security mail (an account's
// sign-in links, password changes) has no topic: it always comes.
// "organising" is the organisers' digest of what needs them (contributions to
// answer, access needs not yet arranged, claims to decide): daily unless chosen
// otherwise, and never "email" at once, as it is a summary.
inline constexpr std::string_view k_topics[] = { "invitations", "activities", "answers", "decisions", "claims", "organising" };

// What a topic comes as until the person chooses.
[[nodiscard]] inline std::string_view default_delivery(std::string_view topic)
{
    return topic == "organising" ? "daily" : "email";
}

// email: at once; daily or weekly: one digest email; in_app: no email.
inline constexpr std::string_view k_deliveries[] = { "email", "daily", "weekly", "in_app" };

// The topic of a kind of notification, or "" for a kind Roundtable does not know.
[[nodiscard]] std::string_view topic_of(std::string_view kind);

// One person's notification, shown in the app and (by their choice) emailed.
// The words are not stored: `kind` and `params` are worded in the reader's
// language, by the web app and by the email templates.
struct Notification {
    std::string id;
    std::string partnership_id;
    std::string person_id;
    std::string kind;
    std::string params; // a JSON object
    std::string path;   // the app's page it is about
    std::string created_at;
    std::optional<std::string> read_at;
    // queued (an email job waits or ran), digest (waiting for the person's
    // digest), none (in-app only, or no email address), sent (in a digest)
    std::string email_state;
};

// What a module asks to tell a person. `key` makes it once only: a second
// notice with the same key (for the same person) is not added.
struct Notice {
    std::string person_id;
    std::string kind;
    std::string params; // a JSON object
    std::string path;
    std::string key;
};

struct Preference {
    std::string topic;
    std::string delivery;
};

}
