#pragma once

#include <map>
#include <string>
#include <vector>

#include "modules/panels/model.hpp"

// How a panel's scores are combined: pure, unit tested.
namespace rt::panels {

struct CandidateRef {
    std::string id;
    std::string name;
};

struct CandidateResult {
    std::string candidate_id;
    std::string name;
    double score { 0 };
    int rank { 0 };
    std::map<std::string, double> by_group;
    int scorers { 0 };
};

// A member's score for a candidate is the weighted mean of their criterion
// scores; a group's is the mean over its members who scored; the candidate's
// is the mean over the groups that scored. Highest first; ties keep the
// order the candidates were added.
[[nodiscard]] std::vector<CandidateResult> combine_panel(std::vector<Criterion> const& criteria, std::vector<CandidateRef> const& candidates,
    std::vector<PanelScore> const& scores);

}
