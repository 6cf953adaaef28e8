#pragma once

#include <optional>
#include <string>
#include <vector>

#include "modules/decisions/counting.hpp"

namespace rt::decisions {

struct Proposal {
    std::string id;
    std::string partnership_id;
    std::string project_id;
    std::string title;
    std::string text;
    std::string method;
    std::string weighting { "equal_groups" };
    std::vector<std::string> options;
    int threshold_percent { 50 };
    int dots_per_voter { 3 };
    std::string closes_at;
    std::string status { "open" };
    int version { 1 };
    std::vector<std::string> required_groups;
    std::vector<std::string> contribution_ids;
    std::vector<std::string> need_ids;
    std::optional<std::string> proposer_person_id;
    std::string proposer_group;
    std::string created_at;
    std::string updated_at;
    std::string proposer_name; // filled for display
};

struct Vote {
    Ballot ballot;
    std::string reason;
    std::string comment;
    std::string updated_at;
    std::string name; // filled for display
};

struct Objection {
    std::string id;
    std::string person_id;
    std::string group;
    std::string kind; // object | block
    std::string reason;
    int version { 1 };
    std::string status { "standing" }; // standing | withdrawn | resolved_by_amendment
    std::string raised_at;
    std::optional<std::string> resolved_at;
    std::string name; // filled for display
};

struct Comment {
    std::string id;
    std::optional<std::string> parent_id;
    std::optional<std::string> person_id;
    std::string group;
    std::string text;
    std::string created_at;
    std::string name; // filled for display
};

}
