#pragma once

#include <optional>
#include <string>
#include <vector>

namespace rt::privacy {

// What happened, for one audit entry. No personal data goes in here: the log
// is append-only and hash-chained, so it could never be erased later.
struct AuditEvent {
    std::string action;       // organisation.created, person.updated, session.created, ...
    std::string subject_type; // organisation, person, partnership, session, invite
    std::string subject_id;
    std::optional<std::string> before_id {};
    std::optional<std::string> after_id {};
    std::vector<std::string> fields {}; // names of the fields that changed
};

struct AuditEntry {
    std::string id;
    long long seq { 0 };
    std::string at;
    std::string actor_id;
    std::string action;
    std::string subject_type;
    std::string subject_id;
    std::string before_id;
    std::string after_id;
    std::string details;
    std::string previous_hash;
    std::string hash;
};

struct VerifyReport {
    long long partnerships { 0 };
    long long entries { 0 };
    std::vector<std::string> problems;
    [[nodiscard]] bool ok() const { return problems.empty(); }
};

}
