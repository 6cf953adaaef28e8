#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <boost/json/object.hpp>

#include "core/error.hpp"
#include "modules/panels/model.hpp"

// Typed input for panels, each read from a JSON body with its problems named by field.
namespace rt::panels {

struct PanelForm {
    std::string title;
    std::string purpose;
    std::string kind;
    std::optional<std::string> project_id;
    std::vector<PanelMember> members; // person and group; at least two groups
    std::vector<Criterion> criteria;  // names and weights; ids are given here

    [[nodiscard]] static Result<PanelForm> read(boost::json::object const& body);
};

struct CandidateForm {
    std::string name;
    std::string details;

    [[nodiscard]] static Result<CandidateForm> read(boost::json::object const& body);
};

struct ConflictForm {
    std::string candidate_id;
    std::string reason;

    [[nodiscard]] static Result<ConflictForm> read(boost::json::object const& body);
};

// Scores by criterion id, checked against the panel's criteria by the command.
struct ScoreForm {
    std::string candidate_id;
    boost::json::object scores;

    [[nodiscard]] static Result<ScoreForm> read(boost::json::object const& body);
};

}
