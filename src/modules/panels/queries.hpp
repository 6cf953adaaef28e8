#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <soci/soci.h>

#include "core/actor.hpp"
#include "core/cursor.hpp"
#include "core/error.hpp"
#include "db/database.hpp"
#include "modules/panels/combining.hpp"
#include "modules/panels/model.hpp"

namespace rt::panels {

// The panel, if the actor may see it, and whether they sit on it;
// otherwise it does not exist for them (candidates' details are private).
struct SeenPanel {
    Panel panel;
    bool sits_on_it { false };
};
[[nodiscard]] Result<SeenPanel> see_panel(soci::session& sql, Actor const& actor, std::string const& id);

// A panel as its reader sees it; with its candidates and the reader's own
// conflicts and scores when it is opened on its own.
struct PanelView {
    Panel panel;
    std::vector<PanelMember> members;
    bool sits_on_it { false };
    struct Detail {
        std::vector<Candidate> candidates;
        std::vector<std::string> my_conflicts;                         // candidate ids
        std::map<std::string, std::map<std::string, int>> my_scores; // candidate -> criterion -> score
    };
    std::optional<Detail> detail;
};
[[nodiscard]] PanelView panel_view(soci::session& sql, Actor const& actor, Panel panel, bool with_detail);

// Newest first: conveners see every panel, others the panels they sit on.
[[nodiscard]] Page<PanelView> list_panels(db::Database& database, Actor const& actor, PageRequest const& page);
[[nodiscard]] Result<PanelView> get_panel(db::Database& database, Actor const& actor, std::string const& id);

struct Results {
    std::vector<CandidateResult> candidates;
    std::map<std::string, int> members_by_group;
};
[[nodiscard]] Result<Results> get_results(db::Database& database, Actor const& actor, std::string const& id);

}
