#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <soci/soci.h>

#include "core/cursor.hpp"
#include "modules/initiatives/model.hpp"

// The initiatives module's SQL. Every value is bound.
namespace rt::initiatives::store {

[[nodiscard]] std::optional<Initiative> find_initiative(soci::session& sql, std::string const& partnership_id, std::string const& id);
// Newest first, a keyset page of (created_at, id), limit + 1 rows.
[[nodiscard]] std::vector<std::pair<std::string, std::string>> initiative_keys(soci::session& sql, std::string const& partnership_id,
    std::optional<std::string> const& project_id, PageRequest const& page);
void insert_initiative(soci::session& sql, Initiative const& initiative);
void update_initiative(soci::session& sql, Initiative const& initiative);
// A project's initiatives, oldest first: for its timeline and the barometer.
[[nodiscard]] std::vector<Initiative> initiatives_of_project(soci::session& sql, std::string const& partnership_id, std::string const& project_id);

// The ids of the partnership's initiatives in one status, oldest first.
[[nodiscard]] std::vector<std::string> ids_with_status(soci::session& sql, std::string const& partnership_id, std::string const& status);

[[nodiscard]] bool approval_required(soci::session& sql, std::string const& partnership_id);
void save_approval_required(soci::session& sql, std::string const& partnership_id, bool required);

[[nodiscard]] std::vector<Task> tasks_of(soci::session& sql, std::string const& initiative_id);
// The tasks given to a person in running initiatives that are not done yet.
[[nodiscard]] std::vector<Task> open_tasks_of(soci::session& sql, std::string const& partnership_id, std::string const& person_id);
[[nodiscard]] std::optional<Task> find_task(soci::session& sql, std::string const& partnership_id, std::string const& id);
void insert_task(soci::session& sql, std::string const& partnership_id, Task const& task);
void update_task(soci::session& sql, Task const& task);

[[nodiscard]] std::vector<Role> roles_of(soci::session& sql, std::string const& initiative_id);
[[nodiscard]] std::optional<Role> find_role(soci::session& sql, std::string const& partnership_id, std::string const& id);
void insert_role(soci::session& sql, std::string const& partnership_id, Role const& role);
// False when the person already volunteers in the role.
[[nodiscard]] bool insert_volunteer(soci::session& sql, std::string const& partnership_id, Role const& role, std::string const& person_id,
    std::string const& at);

[[nodiscard]] std::vector<OfflineHelper> helpers_of(soci::session& sql, std::string const& initiative_id);
void insert_helper(soci::session& sql, std::string const& partnership_id, OfflineHelper const& helper);

[[nodiscard]] std::vector<Hours> hours_of(soci::session& sql, std::string const& initiative_id);
void insert_hours(soci::session& sql, std::string const& partnership_id, Hours const& hours);

[[nodiscard]] std::vector<Outcome> outcomes_of(soci::session& sql, std::string const& initiative_id);
void insert_outcome(soci::session& sql, std::string const& partnership_id, Outcome const& outcome);

[[nodiscard]] std::optional<Photo> find_photo(soci::session& sql, std::string const& partnership_id, std::string const& id);
void insert_photo(soci::session& sql, std::string const& partnership_id, Photo const& photo);
[[nodiscard]] std::vector<Story> stories_of(soci::session& sql, std::string const& initiative_id);
void insert_story(soci::session& sql, std::string const& partnership_id, Story const& story);

[[nodiscard]] std::vector<std::string> activities_of(soci::session& sql, std::string const& initiative_id);
// False when it was linked already.
[[nodiscard]] bool insert_activity(soci::session& sql, std::string const& partnership_id, std::string const& initiative_id, std::string const& activity_id);

}
