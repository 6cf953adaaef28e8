#include "modules/privacy/audit.hpp"

#include "core/cursor.hpp"

#include <fmt/format.h>

#include "core/crypto.hpp"
#include "core/form.hpp"
#include "core/ids.hpp"
#include "core/time.hpp"

namespace rt::privacy {

namespace {

// NOTE: the audit chain's sequence and head are columns of the partnership
// module's partnerships row: every change in a partnership takes that one row's
// lock first (lock_for_change), so its audit entries are numbered in the order
// the changes committed, on SQLite and PostgreSQL alike.
constexpr std::string_view k_advance_chain = "UPDATE partnerships SET audit_seq = audit_seq + 1 WHERE id = :partnership_id";
constexpr std::string_view k_read_chain = "SELECT audit_seq, audit_head FROM partnerships WHERE id = :partnership_id";
constexpr std::string_view k_set_head = "UPDATE partnerships SET audit_head = :hash WHERE id = :partnership_id";
constexpr std::string_view k_insert_entry = R"(
    INSERT INTO audit_log (id, partnership_id, seq, at, actor_id, action, subject_type, subject_id,
                           before_id, after_id, details, previous_hash, hash)
    VALUES (:id, :partnership_id, :seq, :at, :actor_id, :action, :subject_type, :subject_id,
            :before_id, :after_id, :details, :previous_hash, :hash))";
constexpr std::string_view k_entry_columns
    = "id, partnership_id, seq, at, actor_id, action, subject_type, subject_id, before_id, after_id, details, previous_hash, hash";

AuditEntry entry_from_row(soci::row const& row)
{
    return AuditEntry {
        .id = db::text_at(row, 0),
        .seq = db::integer_at(row, 2),
        .at = db::text_at(row, 3),
        .actor_id = db::text_at(row, 4),
        .action = db::text_at(row, 5),
        .subject_type = db::text_at(row, 6),
        .subject_id = db::text_at(row, 7),
        .before_id = db::text_at(row, 8),
        .after_id = db::text_at(row, 9),
        .details = db::text_at(row, 10),
        .previous_hash = db::text_at(row, 11),
        .hash = db::text_at(row, 12),
    };
}

soci::indicator indicator_for(std::string const& text)
{
    return text.empty() ? soci::i_null : soci::i_ok;
}

}

std::string entry_hash(AuditEntry const& entry)
{
    // Fields joined by a unit separator that cannot appear in any of them
    // (ids, names of actions, RFC 3339 times, serialised JSON).
    constexpr char k_separator = '\x1f';
    std::string text;
    for (auto const* part : { &entry.previous_hash, &entry.id, &entry.at, &entry.actor_id, &entry.action, &entry.subject_type,
             &entry.subject_id, &entry.before_id, &entry.after_id, &entry.details }) {
        text += *part;
        text += k_separator;
    }
    text += std::to_string(entry.seq);
    return sha256_hex(text);
}

long long chain_length(soci::session& sql, std::string_view partnership_id)
{
    std::string const partnership { partnership_id };
    long long seq = 0;
    std::string head;
    sql << k_read_chain, soci::use(partnership), soci::into(seq), soci::into(head);
    return seq;
}

void lock_for_change(soci::session& sql, std::string_view partnership_id)
{
    std::string const partnership { partnership_id };
    // NOTE: the partnerships row's lock, as for the audit chain above.
    sql << "UPDATE partnerships SET audit_seq = audit_seq WHERE id = :partnership_id", soci::use(partnership);
}

void record(soci::session& sql, std::string_view partnership_id, std::optional<std::string_view> actor_id, AuditEvent const& event)
{
    std::string const partnership { partnership_id };
    // The UPDATE comes first: in PostgreSQL it locks the partnership row, so two
    // concurrent writers cannot both extend the chain from the same head.
    sql << k_advance_chain, soci::use(partnership);
    long long seq = 0;
    std::string head;
    sql << k_read_chain, soci::use(partnership), soci::into(seq), soci::into(head);

    boost::json::object details;
    if (!event.fields.empty())
        details["fields"] = to_json_array(event.fields);

    AuditEntry entry {
        .id = new_id(),
        .seq = seq,
        .at = now_text(),
        .actor_id = actor_id ? std::string { *actor_id } : std::string {},
        .action = event.action,
        .subject_type = event.subject_type,
        .subject_id = event.subject_id,
        .before_id = event.before_id.value_or(""),
        .after_id = event.after_id.value_or(""),
        .details = boost::json::serialize(details),
        .previous_hash = head,
        .hash = {},
    };
    entry.hash = entry_hash(entry);

    auto actor_indicator = indicator_for(entry.actor_id);
    auto before_indicator = indicator_for(entry.before_id);
    auto after_indicator = indicator_for(entry.after_id);
    sql << k_insert_entry, soci::use(entry.id), soci::use(partnership), soci::use(entry.seq), soci::use(entry.at),
        soci::use(entry.actor_id, actor_indicator), soci::use(entry.action), soci::use(entry.subject_type),
        soci::use(entry.subject_id), soci::use(entry.before_id, before_indicator), soci::use(entry.after_id, after_indicator),
        soci::use(entry.details), soci::use(entry.previous_hash), soci::use(entry.hash);
    sql << k_set_head, soci::use(entry.hash), soci::use(partnership);
}

VerifyReport verify(db::Database& database)
{
    return database.read([](soci::session& sql) {
        VerifyReport report;
        std::vector<std::tuple<std::string, long long, std::string>> chains;
        // NOTE: each partnership's chain head, kept on the partnerships row (see above).
        soci::rowset<soci::row> partnerships = (sql.prepare << "SELECT id, audit_seq, audit_head FROM partnerships ORDER BY id");
        for (auto const& row : partnerships)
            chains.emplace_back(db::text_at(row, 0), db::integer_at(row, 1), db::text_at(row, 2));

        for (auto const& [partnership_id, final_seq, final_head] : chains) {
            ++report.partnerships;
            long long expected_seq = 1;
            std::string head;
            std::string const select = fmt::format("SELECT {} FROM audit_log WHERE partnership_id = :partnership_id ORDER BY seq", k_entry_columns);
            soci::rowset<soci::row> rows = (sql.prepare << select, soci::use(partnership_id));
            for (auto const& row : rows) {
                auto const entry = entry_from_row(row);
                ++report.entries;
                if (entry.seq != expected_seq)
                    report.problems.push_back(fmt::format("partnership {}: entry {} is missing (found {} next)", partnership_id, expected_seq, entry.seq));
                if (entry.previous_hash != head)
                    report.problems.push_back(fmt::format("partnership {}: entry {} does not follow the entry before it", partnership_id, entry.seq));
                if (entry_hash(entry) != entry.hash)
                    report.problems.push_back(fmt::format("partnership {}: entry {} was changed after it was written", partnership_id, entry.seq));
                head = entry.hash;
                expected_seq = entry.seq + 1;
            }
            if (expected_seq - 1 != final_seq || head != final_head)
                report.problems.push_back(fmt::format("partnership {}: the chain ends at entry {} but {} were written", partnership_id, expected_seq - 1, final_seq));
        }
        return report;
    });
}

AuditPage list_entries(soci::session& sql, std::string_view partnership_id, std::size_t limit, std::optional<long long> before_seq)
{
    std::string const partnership { partnership_id };
    long long const boundary = before_seq.value_or(std::numeric_limits<long long>::max());
    long long const fetch = static_cast<long long>(limit) + 1;
    std::string const select = fmt::format(
        "SELECT {} FROM audit_log WHERE partnership_id = :partnership_id AND seq < :boundary ORDER BY seq DESC LIMIT :fetch", k_entry_columns);
    soci::rowset<soci::row> rows = (sql.prepare << select, soci::use(partnership), soci::use(boundary), soci::use(fetch));
    AuditPage page;
    for (auto const& row : rows)
        page.entries.push_back(entry_from_row(row));
    if (page.entries.size() > limit) {
        page.entries.pop_back();
        page.next_cursor = encode_cursor({ std::to_string(page.entries.back().seq), page.entries.back().id });
    }
    return page;
}

boost::json::object to_json(AuditEntry const& entry)
{
    boost::json::object object;
    object["id"] = entry.id;
    object["seq"] = entry.seq;
    object["at"] = entry.at;
    object["actor_id"] = entry.actor_id.empty() ? boost::json::value(nullptr) : boost::json::value(entry.actor_id);
    object["action"] = entry.action;
    object["subject_type"] = entry.subject_type;
    object["subject_id"] = entry.subject_id;
    object["before_id"] = entry.before_id.empty() ? boost::json::value(nullptr) : boost::json::value(entry.before_id);
    object["after_id"] = entry.after_id.empty() ? boost::json::value(nullptr) : boost::json::value(entry.after_id);
    boost::system::error_code error;
    auto details = boost::json::parse(entry.details, error);
    object["details"] = error ? boost::json::value(boost::json::object {}) : details;
    return object;
}

}
