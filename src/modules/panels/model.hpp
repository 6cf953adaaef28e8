#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Panels: service users, carers and staff on recruitment interviews and
// award judging, beside the council and the providers. Members come from at
// least two groups, declare conflicts of interest, score each candidate on
// weighted criteria, and every group weighs the same in the result.
namespace rt::panels {

inline constexpr std::array<std::string_view, 3> k_panel_kinds { "recruitment", "award", "other" };

struct Criterion {
    std::string id;
    std::string name;
    int weight { 1 };
};

struct Panel {
    std::string id;
    std::string partnership_id;
    std::optional<std::string> project_id;
    std::string title;
    std::string purpose;
    std::string kind;
    std::vector<Criterion> criteria;
    std::string created_at;
};

struct PanelMember {
    std::string person_id;
    std::string name; // filled for display
    std::string group;
};

struct Candidate {
    std::string id;
    std::string name;
    std::string details;
    std::string created_at;
};

struct Conflict {
    std::string person_id;
    std::string candidate_id;
    std::string reason;
    std::string declared_at;
};

// One member's scores for one candidate: one per criterion, in the panel's order.
struct PanelScore {
    std::string person_id;
    std::string group;
    std::string candidate_id;
    std::vector<int> scores;
    std::string updated_at;
};

}
