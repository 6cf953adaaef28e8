#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Living documents: a partnership's or a project's strategy, specification,
// values or plan, as an ordered tree of sections, published in numbered
// versions, with every section linked to what people said that shaped it
// ("the golden thread"). A link keeps a fingerprint of its source, so a
// source that changes afterwards makes the link suspect.
namespace rt::documents {

inline constexpr std::array<std::string_view, 6> k_document_kinds { "strategy", "service_specification", "values", "charter", "plan", "other" };
inline constexpr std::array<std::string_view, 5> k_section_kinds { "vision", "value", "objective", "action", "text" };
// Objectives and actions only.
inline constexpr std::array<std::string_view, 5> k_statuses { "not_started", "on_track", "at_risk", "done", "dropped" };
// What a section can be linked to: what people said (the first five) or another section.
inline constexpr std::array<std::string_view, 6> k_source_kinds { "contribution", "need", "decision", "survey_question", "activity", "section" };

[[nodiscard]] inline bool is_tracked(std::string_view section_kind)
{
    return section_kind == "objective" || section_kind == "action";
}

struct Document {
    std::string id;
    std::string partnership_id;
    std::optional<std::string> project_id;
    std::string title;
    std::string kind;
    int published_version { 0 }; // 0: never published
    std::string created_by;
    std::string created_at;
    std::string updated_at;
};

struct Section {
    std::string id;
    std::string document_id;
    std::optional<std::string> parent_id;
    int position { 0 }; // among its siblings, from 0
    std::string kind;
    std::string heading;
    std::string body; // plain text with light markdown
    // Objectives and actions only.
    std::optional<std::string> owner_group;
    std::optional<std::string> due_on;    // YYYY-MM-DD
    std::optional<std::string> review_on; // YYYY-MM-DD
    std::optional<std::string> status;
    std::optional<std::string> dropped_reason;
    std::string measure; // what will show it worked
    std::string updated_at;
};

// A published version: the sections as they were, frozen.
struct Version {
    int number { 0 };
    std::string note;
    std::string published_by;
    std::string published_at;
    std::vector<Section> sections;
};

struct SectionLink {
    std::string id;
    std::string section_id;
    std::string source_kind;
    std::string source_id;
    std::string fingerprint; // SHA-256 of the source's substance when linked (or last cleared)
    std::string created_by;
    std::string created_at;
    std::optional<std::string> cleared_by;
    std::optional<std::string> cleared_at;
    std::string cleared_reason;
};

struct ProgressNote {
    std::string id;
    std::string section_id;
    std::string status;
    std::string note;
    std::string person_id;
    std::string at;
    std::string name; // filled for display
};

// A draft open for comment until `closes_at`.
struct Consultation {
    std::string opened_by;
    std::string opened_at;
    std::string closes_at;
};

// A member's comment on a section of the draft, or the wording they suggest
// for it; each is also a contribution of their group to the project.
struct SectionResponse {
    std::string id;
    std::string document_id;
    std::string section_id;
    std::string kind; // comment | suggestion
    std::string person_id;
    std::string group;
    std::string text;   // the comment, or the suggested wording
    std::string reason; // why, for a suggestion
    std::string status { "open" }; // open | accepted | declined
    std::string answer;
    std::optional<std::string> answered_by;
    std::optional<std::string> answered_at;
    std::string contribution_id;
    std::string created_at;
};

}
