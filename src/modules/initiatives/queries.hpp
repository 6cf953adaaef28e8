#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <soci/soci.h>

#include "core/actor.hpp"
#include "core/cursor.hpp"
#include "core/error.hpp"
#include "db/database.hpp"
#include "modules/initiatives/model.hpp"

namespace rt::initiatives {

// Time given, added up: per named volunteer, per role, and offline helpers
// counted together and never named.
struct HoursRollUp {
    struct Person {
        std::string person_id;
        std::string name;
        long long minutes { 0 };
    };
    struct ByRole {
        std::string role_id;
        std::string title;
        long long minutes { 0 };
    };
    std::vector<Person> people; // most time first
    std::vector<ByRole> roles;  // in the roles' order
    long long offline_minutes { 0 };
    int offline_people { 0 };
    long long total_minutes { 0 };
};
// Pure: the sums, for the hand-worked tests.
[[nodiscard]] HoursRollUp roll_up(std::vector<Hours> const& hours, std::vector<Role> const& roles, std::vector<OfflineHelper> const& helpers,
    std::map<std::string, std::string> const& names);

struct Volunteer {
    std::string person_id;
    std::string name;
    std::vector<std::string> access_needs; // from their profile, as for activities
};

struct RoleView {
    Role role;
    std::vector<Volunteer> volunteers; // for the initiative's people and conveners; empty otherwise
    bool mine { false };
};

struct BudgetView {
    long long budget_pence { 0 };
    long long committed_pence { 0 };
    long long spent_pence { 0 };
    long long claims { 0 };
};

struct InitiativeView {
    Initiative initiative;
    std::vector<Task> tasks;
    std::vector<RoleView> roles;
    std::vector<OfflineHelper> helpers; // names for its people and conveners only
    HoursRollUp hours;
    std::vector<Outcome> outcomes;
    std::vector<Story> stories;
    std::vector<std::string> activity_ids;
    BudgetView budget;
    std::optional<std::string> section_heading;
    bool can_lead { false };
    bool can_decide { false };
    bool sees_people { false };
    int volunteer_count { 0 }; // people with an account, once each, plus offline helpers
};

[[nodiscard]] Result<InitiativeView> get_initiative(db::Database& database, Actor const& actor, std::string const& id);

struct ListFilter {
    bool mine { false };       // the actor leads, supports or volunteers
    bool recruiting { false }; // running, with roles to volunteer in
    std::optional<std::string> project_id;
};
// Newest first: what the actor may see.
[[nodiscard]] Result<Page<InitiativeView>> list_initiatives(db::Database& database, Actor const& actor, ListFilter const& filter, PageRequest const& page);

// One initiative's tasks and roles, a page at a time (they are few: cut from them all).
[[nodiscard]] Result<Page<Task>> list_tasks(db::Database& database, Actor const& actor, std::string const& id, PageRequest const& page);
[[nodiscard]] Result<Page<Role>> list_roles(db::Database& database, Actor const& actor, std::string const& id, PageRequest const& page);

[[nodiscard]] Result<bool> approval_setting(db::Database& database, Actor const& actor);

[[nodiscard]] std::filesystem::path photo_path(std::filesystem::path const& files_dir, std::string const& partnership_id, std::string const& id);
struct PhotoFile {
    Photo photo;
    std::filesystem::path path;
};
[[nodiscard]] Result<PhotoFile> get_photo(db::Database& database, std::filesystem::path const& files_dir, Actor const& actor, std::string const& id);

// For the project timeline and the barometer: a project's initiatives that
// ran (approved or closed), with the groups of their leads.
struct LedInitiative {
    std::string id;
    std::string title;
    std::string status;
    std::string started_at; // decided (or proposed, when approval was skipped)
    std::vector<std::string> lead_groups;
};
[[nodiscard]] std::vector<LedInitiative> led_initiatives(soci::session& sql, std::string_view partnership_id, std::string_view project_id);

// For the home page: the proposals waiting for a convener (conveners only),
// and the tasks given to the actor that are not done, soonest due first.
struct Waiting {
    std::vector<Initiative> to_approve;
    std::vector<std::pair<Task, Initiative>> tasks;
};
[[nodiscard]] Waiting waiting_for(soci::session& sql, Actor const& actor);

}
