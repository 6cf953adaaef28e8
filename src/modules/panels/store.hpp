#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <soci/soci.h>

#include "core/cursor.hpp"
#include "modules/panels/model.hpp"

// The panels module's SQL: panels, panel_members, panel_candidates,
// panel_conflicts and panel_scores. Every value is bound.
namespace rt::panels::store {

[[nodiscard]] std::optional<Panel> find_panel(soci::session& sql, std::string const& partnership_id, std::string const& id);
// Newest first, a keyset page of (created_at, id), limit + 1 rows: every
// panel for `everyone`, otherwise those the person sits on.
[[nodiscard]] std::vector<std::pair<std::string, std::string>> panel_keys(soci::session& sql, std::string const& partnership_id, bool everyone,
    std::string const& person_id, PageRequest const& page);
void insert_panel(soci::session& sql, Panel const& panel, std::string const& created_by);

// By name. NOTE: the names are the partnership module's people, joined as
// every panel shows its members.
[[nodiscard]] std::vector<PanelMember> members(soci::session& sql, std::string const& panel_id);
void insert_member(soci::session& sql, std::string const& partnership_id, std::string const& panel_id, PanelMember const& member);

// In the order they were added.
[[nodiscard]] std::vector<Candidate> candidates(soci::session& sql, std::string const& panel_id);
void insert_candidate(soci::session& sql, std::string const& partnership_id, std::string const& panel_id, Candidate const& candidate);

[[nodiscard]] std::vector<Conflict> conflicts(soci::session& sql, std::string const& panel_id);
void insert_conflict(soci::session& sql, std::string const& partnership_id, std::string const& panel_id, Conflict const& conflict);

// Each with the group the member sits for.
[[nodiscard]] std::vector<PanelScore> scores(soci::session& sql, std::string const& panel_id);
void save_score(soci::session& sql, std::string const& partnership_id, std::string const& panel_id, PanelScore const& score);
void delete_score(soci::session& sql, std::string const& panel_id, std::string const& person_id, std::string const& candidate_id);

}
