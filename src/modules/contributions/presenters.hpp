#pragma once

#include <string>

#include <boost/json/object.hpp>

#include "modules/contributions/links.hpp"
#include "modules/contributions/model.hpp"
#include "modules/contributions/queries.hpp"

namespace rt::contributions {

// The one place a contribution becomes JSON: an anonymous contribution never
// carries its author, whoever is asking; `mine` tells the author it is theirs.
[[nodiscard]] boost::json::object contribution_json(Contribution const& contribution, std::string const& viewer_id);
[[nodiscard]] boost::json::object detail_json(ContributionDetail const& detail, std::string const& viewer_id);
[[nodiscard]] boost::json::object shaped_json(Shaped const& shaped);
// Scores to three decimals, so that JSON shows 2.5 rather than 2.4999999.
[[nodiscard]] double rounded(double value);

}
