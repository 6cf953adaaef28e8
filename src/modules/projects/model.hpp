#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rt::projects {

inline constexpr std::array<std::string_view, 5> k_stages { "discover", "design", "deliver", "review", "closed" };
inline constexpr std::array<std::string_view, 6> k_decision_rules { "consent", "consensus", "majority", "score", "ranked_choice", "dot_vote" };
inline constexpr std::array<std::string_view, 3> k_chair_rotations { "each_meeting", "each_stage", "co_leads_take_turns" };
// People invited as themselves, rather than for an organisation (DESIGN.md).
inline constexpr std::array<std::string_view, 3> k_lived_experience_groups { "service_users_carers", "residents", "staff" };

struct CoLead {
    std::string person_id;
    std::string group;
    std::string name; // filled for display
};

struct Project {
    std::string id;
    std::string partnership_id;
    std::string title;
    std::string summary;
    std::string need;
    std::string population;
    std::vector<std::string> interests;
    std::vector<std::string> communities;
    std::string stage { "discover" };
    std::vector<std::string> required_groups;
    std::string decision_rule { "consent" };
    std::string chair_rotation { "each_meeting" };
    std::vector<CoLead> co_leads;
    std::string created_by;
    std::string created_at;
    std::string updated_at;
};

struct Invitation {
    std::string id;
    std::string partnership_id;
    std::string project_id;
    std::optional<std::string> organisation_id;
    std::optional<std::string> person_id;
    std::string group;
    std::string status { "pending" }; // pending | accepted | declined
    std::vector<std::string> matched_on;
    std::string created_at;
    std::optional<std::string> sent_at;
    std::optional<std::string> responded_at;
    // Who recorded the answer, and how it reached us: "online" when the
    // invitee answered in Roundtable, else paper | phone | in_person, recorded
    // by an organiser with an optional note (issue 13, item 8).
    std::optional<std::string> responded_by;
    std::string answered_via;
    std::string answer_note;
    // Given when the invitation is sent: 8 letters and digits to quote on the
    // phone or read from a printed letter (none on invitations sent before).
    std::optional<std::string> short_code;
    std::string responded_by_name; // filled for display
    std::string invitee_name; // filled for display
    std::string project_title; // filled for display
    // For organisers: how the invitation reaches its invitee, "email" (at
    // least one of them has an address), "no_email" (a letter or a call
    // is needed) or "no_contact" (an organisation nobody acts for); "" when not worked out.
    std::string reach;
};

// A member as who they are, without the rest (person or organisation).
struct MemberRef {
    std::optional<std::string> person_id;
    std::optional<std::string> organisation_id;
};

struct Member {
    std::string id;
    std::string partnership_id;
    std::string project_id;
    std::optional<std::string> person_id;
    std::optional<std::string> organisation_id;
    std::string group;
    std::string via; // co_lead | invitation | direct
    std::optional<std::string> invitation_id;
    std::string joined_at;
    std::string name;                      // filled for display
    bool needs_visible { false };          // the viewer may see the next two
    std::vector<std::string> access_needs;
    std::string preferred_language;
};

struct StageChange {
    std::string from;
    std::string to;
    std::string at;
    std::string actor_id;
    std::string actor_name;
    std::string reason;
    bool override_gate { false };
    std::vector<std::string> missing_groups;
};

// One dated fact on the project's timeline. Other modules add `took_part`
// events (attendance, contributions, votes) through record_took_part().
struct ProjectEvent {
    std::string group;
    std::string kind; // invited | accepted | declined | joined | took_part
    std::string stage;
    std::string subject_id;
    std::string subject_name;
    std::string at;
};

struct InvitationCounts {
    long long unsent { 0 };
    long long pending { 0 };
    long long accepted { 0 };
    long long declined { 0 };
    long long members { 0 };
};

}
