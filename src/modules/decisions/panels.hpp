#pragma once

#include <map>
#include <string>
#include <vector>

// Panels: service users and staff on recruitment interviews and award
// judging. The combining of scores is pure and unit-tested.
namespace rt::decisions {

struct Criterion {
    std::string id;
    std::string name;
    int weight { 1 };
};

struct PanelScore {
    std::string person_id;
    std::string group;
    std::string candidate_id;
    std::vector<int> scores; // one per criterion, in the panel's order
};

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
