#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/actor.hpp"
#include "core/cursor.hpp"

namespace rt::partnership {

inline constexpr std::array<std::string_view, 5> k_sectors { "local_authority", "health", "vcs", "provider", "other" };

// The stakeholder groups: the unit of equal partnership (DESIGN.md).
inline constexpr std::array<std::string_view, 7> k_groups {
    "local_authority", "health", "vcs", "provider", "service_users_carers", "residents", "staff"
};

// A group's name in English words, for messages: "service_users_carers" ->
// "service users and carers", "vcs" -> "voluntary and community sector".
[[nodiscard]] inline std::string group_in_words(std::string_view group)
{
    if (group == "service_users_carers")
        return "service users and carers";
    if (group == "vcs")
        return "voluntary and community sector";
    std::string words { group };
    for (auto& c : words)
        if (c == '_')
            c = ' ';
    return words;
}

inline constexpr std::array<std::string_view, 2> k_roles { "convener", "member" };

struct Partnership {
    std::string id;
    std::string name;
    std::string colour;
    std::string created_at;
    std::string updated_at;
};

struct PartnershipSummary {
    std::map<std::string, long long> organisations_by_sector;
    std::map<std::string, long long> people_by_group;
    long long organisations { 0 };
    long long people { 0 };
};

struct Organisation {
    std::string id;
    std::string partnership_id;
    std::string name;
    std::string sector;
    std::vector<std::string> interests;
    std::vector<std::string> communities;
    std::string description;
    std::string website;
    std::string created_at;
    std::string updated_at;
};

struct Person {
    std::string id;
    std::string partnership_id;
    std::string name;
    std::optional<std::string> email;
    Role role { Role::Member };
    std::vector<std::string> groups;
    std::vector<std::string> organisation_ids;
    std::vector<std::string> interests;
    std::string preferred_language { "en" };
    std::vector<std::string> access_needs;
    std::string created_at;
    std::string updated_at;
};

// One change to a person's stakeholder groups: lived-experience groups are
// self-declared, so each change is kept and shown on the person's page.
struct GroupChange {
    std::string changed_at;
    std::string changed_by; // a person id
    std::string changed_by_name;
    std::vector<std::string> added;
    std::vector<std::string> removed;
};

// What sign-in needs to know of a person found by email.
struct LoginIdentity {
    std::string person_id;
    std::string partnership_id;
    Role role;
};

// An organisation or person whose tags meet a set of tags (for invitations).
struct TagMatch {
    std::string id;
    std::string name;
    std::string sector;              // organisations
    std::vector<std::string> groups; // people
    std::vector<std::string> matched;
};

}
