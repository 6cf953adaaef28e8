#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rt::contributions {

inline constexpr std::array<std::string_view, 6> k_kinds { "need", "idea", "concern", "experience", "question", "feedback" };
inline constexpr std::array<std::string_view, 4> k_sources { "online", "activity", "survey", "on_behalf" };
// In the order a contribution moves through them, which is also the order of
// the "you said, we did" groups.
inline constexpr std::array<std::string_view, 5> k_statuses { "received", "considered", "adopted", "partly_adopted", "not_adopted" };

struct PersonRef {
    std::string id;
    std::string name;
};

struct Contribution {
    std::string id;
    std::string partnership_id;
    std::string project_id;
    std::string kind;
    std::string text;
    std::string group;
    std::string source { "online" };
    std::optional<std::string> activity_id;
    std::optional<std::string> survey_id;
    std::optional<std::string> survey_answer; // response_id:question_id, once turned into this
    std::optional<std::string> author_person_id; // never leaves the server when anonymous
    bool anonymous { false };
    std::optional<std::string> recorded_by;
    std::vector<std::string> tags;
    std::string status { "received" };
    std::string response;
    std::optional<std::string> responded_at;
    std::string created_at;
    std::string updated_at;
    // Filled for display.
    std::string author_name;
    std::string recorder_name;
};

struct HistoryEntry {
    std::string status;
    std::string response;
    std::string at;
};

struct Need {
    std::string id;
    std::string partnership_id;
    std::string project_id;
    std::string title;
    std::string description;
    std::vector<std::string> communities;
    std::string status { "open" }; // open | merged
    std::optional<std::string> merged_into;
    std::string created_by;
    std::string created_at;
    std::string updated_at;
    std::vector<std::string> contribution_ids; // filled for display
};

// One person's order of needs, for one of their groups.
struct Ranking {
    std::string person_id;
    std::string group;
    std::vector<std::string> need_ids; // most important first
};

// Something later (a decision, a document section) that traces back to a
// contribution or a need.
struct Link {
    std::string from_type;
    std::string from_id;
    std::string title;
    std::string to_type; // contribution | need
    std::string to_id;
    std::string created_at;
};

}
