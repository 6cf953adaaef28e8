#pragma once

#include <string>
#include <vector>

#include <boost/json/object.hpp>

#include "modules/decisions/counting.hpp"
#include "modules/decisions/model.hpp"

namespace rt::decisions {

struct Closer {
    std::string id;
    std::string name;
};

// The decision record, as stored when a proposal closes and as answered.
[[nodiscard]] boost::json::object decision_json(std::string const& id, Proposal const& proposal, CountResult const& result,
    std::vector<Objection> const& objections, std::string const& rationale, Closer const& closer, std::string const& closer_group,
    std::string const& at);
[[nodiscard]] boost::json::object tally_json(CountResult const& result);
[[nodiscard]] boost::json::array objections_json(std::vector<Objection> const& objections);

}
