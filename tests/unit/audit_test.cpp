// The audit chain's hash: any change to any field changes it.

#include <gtest/gtest.h>

#include "modules/privacy/audit.hpp"

namespace rt::privacy {
namespace {

TEST(AuditHash, CoversEveryField)
{
    AuditEntry const entry { "id-1", 7, "2026-11-22T13:34:23.123Z", "actor", "organisation.created", "organisation", "org-1", "", "", "{}", "previous", "" };
    auto const hash = entry_hash(entry);
    EXPECT_EQ(hash.size(), 64u);
    EXPECT_EQ(hash, entry_hash(entry)) << "deterministic";

    auto changed = [&](auto mutate) {
        auto copy = entry;
        mutate(copy);
        return entry_hash(copy);
    };
    EXPECT_NE(hash, changed([](AuditEntry& e) { e.seq = 8; }));
    EXPECT_NE(hash, changed([](AuditEntry& e) { e.at = "2026-11-22T13:34:23.124Z"; }));
    EXPECT_NE(hash, changed([](AuditEntry& e) { e.actor_id = "someone-else"; }));
    EXPECT_NE(hash, changed([](AuditEntry& e) { e.action = "organisation.deleted"; }));
    EXPECT_NE(hash, changed([](AuditEntry& e) { e.subject_id = "org-2"; }));
    EXPECT_NE(hash, changed([](AuditEntry& e) { e.details = R"({"fields":["name"]})"; }));
    EXPECT_NE(hash, changed([](AuditEntry& e) { e.previous_hash = "other"; }));
    // Moving text between adjacent fields must not give the same hash.
    EXPECT_NE(changed([](AuditEntry& e) { e.subject_type = "organisationx"; e.subject_id = "rg-1"; }),
        changed([](AuditEntry& e) { e.subject_type = "organisation"; e.subject_id = "xrg-1"; }));
}

}
}
