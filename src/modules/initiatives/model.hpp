#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Community-led initiatives: people who use services, carers, residents and
// community groups run a piece of work of their own ("hug in a mug"), with
// staff and officers recorded as supporters, not owners. The leads decide;
// a supporter changes only a task a lead gave them.
namespace rt::initiatives {

// proposed: waiting for the conveners (unless the partnership skips approval);
// declined: with the reason the proposers read; closed: with what was learned.
inline constexpr std::array<std::string_view, 4> k_statuses { "proposed", "approved", "declined", "closed" };
inline constexpr std::array<std::string_view, 3> k_task_statuses { "to_do", "doing", "done" };
// The groups that lead: the community side of the partnership.
inline constexpr std::array<std::string_view, 3> k_leading_groups { "service_users_carers", "residents", "vcs" };

[[nodiscard]] inline bool is_leading_group(std::string_view group)
{
    for (auto const candidate : k_leading_groups)
        if (candidate == group)
            return true;
    return false;
}

// A lead (from a community group) or a supporter (staff, officers), with the
// group they take part for.
struct Member {
    std::string person_id;
    std::string role; // lead | supporter
    std::string group;
    std::string name; // filled for display
};

struct Initiative {
    std::string id;
    std::string partnership_id;
    std::optional<std::string> project_id;
    std::optional<std::string> section_id; // the living document's objective it serves
    std::string title;
    std::string purpose;
    std::string for_whom;
    std::string status { "proposed" };
    std::string decline_reason;
    std::string learned;
    long long budget_pence { 0 };
    std::string proposed_by;
    std::optional<std::string> decided_by;
    std::optional<std::string> decided_at;
    std::optional<std::string> closed_at;
    std::string created_at;
    std::string updated_at;
    std::vector<Member> members;
};

struct Task {
    std::string id;
    std::string initiative_id;
    std::string title;
    std::string milestone; // tasks with the same milestone go together; "" for none
    std::optional<std::string> owner_id;
    std::optional<std::string> due_on;
    std::string status { "to_do" };
    std::string created_by;
    std::string created_at;
    std::string updated_at;
    std::string owner_name; // filled for display
};

struct Role {
    std::string id;
    std::string initiative_id;
    std::string title;
    std::string description;
    std::string created_at;
    std::vector<std::string> volunteer_ids;
};

// Someone without an account who helps: a name and how many people, nothing more.
struct OfflineHelper {
    std::string id;
    std::string initiative_id;
    std::string name;
    int count { 1 };
    std::optional<std::string> role_id;
    std::string recorded_by;
    std::string recorded_at;
};

struct Hours {
    std::string id;
    std::string initiative_id;
    std::string role_id;
    std::optional<std::string> person_id; // a volunteer with an account
    std::optional<std::string> helper_id; // or offline helpers
    long long minutes { 0 };
    std::string worked_on; // YYYY-MM-DD
    std::string logged_by;
    std::string logged_at;
};

struct Outcome {
    std::string id;
    std::string initiative_id;
    std::string measure; // "People reached", or a measure agreed at the start
    long long hundredths { 0 }; // the value times 100: 40 people is 4000
    std::string note;
    std::string recorded_by;
    std::string recorded_at;
};

// A photo's bytes, with what it shows in words; its metadata (EXIF, GPS) is gone before it is kept.
struct Photo {
    std::string id;
    std::string initiative_id;
    std::string media_type;
    long long size { 0 };
    std::string uploaded_by;
    std::string uploaded_at;
};

struct Story {
    std::string id;
    std::string initiative_id;
    std::string text;
    std::optional<std::string> photo_id;
    std::string alt;
    std::string created_by;
    std::string created_at;
};

}
