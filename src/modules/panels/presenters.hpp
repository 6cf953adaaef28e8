#pragma once

#include <boost/json/object.hpp>

#include "modules/panels/commands.hpp"
#include "modules/panels/queries.hpp"

// The one place panels become JSON.
namespace rt::panels {

[[nodiscard]] boost::json::object panel_json(PanelView const& view);
[[nodiscard]] boost::json::object candidate_json(Candidate const& candidate);
[[nodiscard]] boost::json::object conflict_json(Conflict const& conflict);
[[nodiscard]] boost::json::object scored_json(Scored const& scored);
[[nodiscard]] boost::json::object results_json(Results const& results);

}
