#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/actor.hpp"
#include "core/cursor.hpp"
#include "core/error.hpp"
#include "core/traced.hpp"
#include "db/database.hpp"
#include "modules/contributions/links.hpp"
#include "modules/contributions/model.hpp"
#include "modules/contributions/priority.hpp"
#include "modules/contributions/store.hpp"

namespace rt::contributions {

struct ContributionDetail {
    Contribution contribution;
    std::string project_title;
    std::vector<HistoryEntry> history;
    std::vector<store::Wording> earlier_wordings; // before each correction, oldest first
    std::vector<store::NeedRef> needs;
    std::vector<Shaped> shaped;
};

[[nodiscard]] Result<Page<Contribution>> list_contributions(db::Database& database, Actor const& actor, std::string const& project_id,
    store::ContributionFilter filter, PageRequest const& page);
[[nodiscard]] Result<ContributionDetail> get_contribution(db::Database& database, Actor const& actor, std::string const& id);
[[nodiscard]] Result<Page<Shaped>> get_shaped(db::Database& database, Actor const& actor, std::string const& contribution_id, PageRequest const& page);

struct StatusGroup {
    std::string status;
    std::vector<ContributionDetail> items;
};
[[nodiscard]] Result<std::vector<StatusGroup>> project_you_said_we_did(db::Database& database, Actor const& actor, std::string const& project_id);
// Newest first.
[[nodiscard]] Result<Page<ContributionDetail>> my_you_said_we_did(db::Database& database, Actor const& actor, PageRequest const& page);

struct NeedView {
    Need need;
    std::vector<std::pair<std::string, int>> evidence_by_group;
    std::optional<int> rank;
    std::optional<double> score;
};
// Open needs in combined priority order (no rankings yet: oldest first).
// In combined priority order (the page is cut from that order).
[[nodiscard]] Result<Page<NeedView>> list_needs(db::Database& database, Actor const& actor, std::string const& project_id, PageRequest const& page);
[[nodiscard]] Result<NeedView> get_need(db::Database& database, Actor const& actor, std::string const& need_id);
[[nodiscard]] Result<Priority> get_priority(db::Database& database, Actor const& actor, std::string const& project_id);

// For the barometer, counted in the database: contributions by the group
// that made them, adopted ones (adopted or partly adopted) by group, the
// groups each decision traces to (through the contributions it names and the
// evidence of the needs it names).
struct BarometerCounts {
    std::map<std::string, long long> by_group;
    std::map<std::string, long long> adopted_by_group;
    std::map<std::string, std::set<std::string>> groups_by_decision;
};
[[nodiscard]] BarometerCounts barometer_counts(soci::session& sql, std::string_view partnership_id, std::string_view project_id);

// For the documents module's golden thread: a contribution as it reads now
// (substance: its words), or a need (substance: its title, description and
// whether it was merged); nothing when there is none in the partnership.
[[nodiscard]] std::optional<Traced> contribution_traced(soci::session& sql, std::string_view partnership_id, std::string_view id);
// The same for many contributions at once (a document's thousands of links), by id.
[[nodiscard]] std::map<std::string, Traced> contributions_traced(db::Database& database, std::string_view partnership_id,
    std::vector<std::string> const& ids);
[[nodiscard]] std::optional<Traced> need_traced(soci::session& sql, std::string_view partnership_id, std::string_view id);

}
