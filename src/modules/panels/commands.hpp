#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "db/database.hpp"
#include "modules/panels/forms.hpp"
#include "modules/panels/model.hpp"
#include "modules/panels/queries.hpp"

// One use case each: permission, checks against what is stored, one
// transaction with its audit entry.
namespace rt::panels {

// Every member must be in the partnership and in the group given.
[[nodiscard]] Result<PanelView> create_panel(db::Database& database, Actor const& actor, PanelForm const& form);
[[nodiscard]] Result<Candidate> add_candidate(db::Database& database, Actor const& actor, std::string const& panel_id, CandidateForm const& form);
// A member who declares a conflict with a candidate does not score them;
// any scores given before no longer count.
[[nodiscard]] Result<Conflict> declare_conflict(db::Database& database, Actor const& actor, std::string const& panel_id, ConflictForm const& form);
// A member's scores as given: by criterion id, in the panel's order.
struct Scored {
    std::string candidate_id;
    std::vector<std::pair<std::string, int>> by_criterion;
    std::string updated_at;
};
// Every criterion from 0 to 5; scoring again replaces the member's scores.
[[nodiscard]] Result<Scored> score_candidate(db::Database& database, Actor const& actor, std::string const& panel_id, ScoreForm const& form);

}
