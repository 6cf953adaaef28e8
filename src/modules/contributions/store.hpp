#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include <soci/soci.h>

#include "core/cursor.hpp"

#include "db/database.hpp"
#include "modules/contributions/model.hpp"

namespace rt::contributions::store {

// Both keep contribution_tallies (the count by project, group and status
// that the barometer reads) in the same transaction.
void insert_contribution(soci::session& sql, Contribution const& contribution);
void set_status(soci::session& sql, Contribution const& contribution, std::string const& status_before);
void set_text(soci::session& sql, Contribution const& contribution);
// The words a correction replaced, kept in contribution_wordings.
void insert_wording(soci::session& sql, std::string const& partnership_id, std::string const& contribution_id, std::string const& text,
    std::string const& by, std::string const& at);
struct Wording {
    std::string text;
    std::string replaced_at;
};
// Oldest first.
[[nodiscard]] std::vector<Wording> earlier_wordings(soci::session& sql, std::string_view contribution_id);
// Each project's contributions by group and status, as kept.
[[nodiscard]] std::vector<std::tuple<std::string, std::string, long long>> tallies(soci::session& sql, std::string_view partnership_id,
    std::string_view project_id);
[[nodiscard]] std::optional<Contribution> find_contribution(soci::session& sql, std::string_view partnership_id, std::string_view id);

struct ContributionFilter {
    std::optional<std::string> project_id;
    std::optional<std::string> author_person_id;
    std::optional<std::string> status;
    std::optional<std::string> kind;
    std::optional<std::string> group;
    std::optional<PageRequest> page; // none: every matching row
};
// Newest first, with author and recorder names. With a page: that keyset
// page on (created_at, id), limit + 1 rows.
[[nodiscard]] std::vector<Contribution> list_contributions(soci::session& sql, std::string_view partnership_id, ContributionFilter const& filter);

void insert_history(soci::session& sql, std::string const& partnership_id, std::string const& contribution_id, HistoryEntry const& entry,
    std::optional<std::string> const& changed_by);
[[nodiscard]] std::vector<HistoryEntry> list_history(soci::session& sql, std::string_view partnership_id, std::string_view contribution_id);

void insert_need(soci::session& sql, Need const& need);
void update_need(soci::session& sql, Need const& need);
[[nodiscard]] std::optional<Need> find_need(soci::session& sql, std::string_view partnership_id, std::string_view id);
// Every need of the project (merged ones too), oldest first, with their evidence.
[[nodiscard]] std::vector<Need> list_needs(soci::session& sql, std::string_view partnership_id, std::string_view project_id);
void add_evidence(soci::session& sql, std::string const& partnership_id, std::string const& need_id, std::string const& contribution_id,
    std::string const& by, std::string const& at);
// Copies the evidence of one need to another (already present: kept once).
void copy_evidence(soci::session& sql, std::string const& partnership_id, std::string const& from_need, std::string const& to_need,
    std::string const& by, std::string const& at);
struct NeedRef {
    std::string id;
    std::string title;
};
// The open needs a contribution evidences (directly or through a merged need).
[[nodiscard]] std::vector<NeedRef> needs_of_contribution(soci::session& sql, std::string_view partnership_id, std::string_view contribution_id);

void save_ranking(soci::session& sql, std::string const& partnership_id, std::string const& project_id, Ranking const& ranking,
    std::string const& at);
[[nodiscard]] std::vector<Ranking> list_rankings(soci::session& sql, std::string_view partnership_id, std::string_view project_id);

// Returns false when the same link already existed.
bool insert_link(soci::session& sql, std::string const& partnership_id, std::string const& project_id, Link const& link,
    std::string const& by);
void delete_link(soci::session& sql, std::string const& partnership_id, Link const& link);
[[nodiscard]] std::vector<Link> links_to(soci::session& sql, std::string_view partnership_id, std::string_view to_type, std::string_view to_id);

// The words of many contributions at once, by id (those in the partnership;
// unknown ids are left out): id, project_id, kind, text, group, created_at.
struct Words {
    std::string id;
    std::string project_id;
    std::string kind;
    std::string text;
    std::string group;
    std::string created_at;
};
[[nodiscard]] std::vector<Words> words_of(db::Database& database, std::string_view partnership_id, std::vector<std::string> const& ids);

}
