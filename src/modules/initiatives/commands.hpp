#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "db/database.hpp"
#include "modules/initiatives/forms.hpp"
#include "modules/initiatives/model.hpp"

// One use case each: permission, checks against what is stored, one
// transaction with its audit entry.
namespace rt::initiatives {

// Any member proposes; each lead and supporter must be in the group they are
// named for. Approved at once when the partnership skips approval.
[[nodiscard]] Result<Initiative> propose(db::Database& database, Actor const& actor, InitiativeForm const& form);
// The leads change its words; supporters and everyone else cannot (403).
[[nodiscard]] Status change_initiative(db::Database& database, Actor const& actor, std::string const& id, InitiativeChangeForm const& form);
// The conveners, while it is proposed (409 after).
[[nodiscard]] Status approve(db::Database& database, Actor const& actor, std::string const& id);
[[nodiscard]] Status decline(db::Database& database, Actor const& actor, std::string const& id, ReasonForm const& form);
// The leads end it with what they learned, and can start it again.
[[nodiscard]] Status close(db::Database& database, Actor const& actor, std::string const& id, LearnedForm const& form);
[[nodiscard]] Status reopen(db::Database& database, Actor const& actor, std::string const& id);
[[nodiscard]] Status save_settings(db::Database& database, Actor const& actor, SettingsForm const& form);

[[nodiscard]] Result<Task> add_task(db::Database& database, Actor const& actor, std::string const& initiative_id, TaskForm const& form);
[[nodiscard]] Result<Task> change_task(db::Database& database, Actor const& actor, std::string const& task_id, TaskForm const& form);

[[nodiscard]] Result<Role> add_role(db::Database& database, Actor const& actor, std::string const& initiative_id, RoleForm const& form);
// Oneself, or (a lead) someone else; 409 when they volunteer in it already.
[[nodiscard]] Status volunteer(db::Database& database, Actor const& actor, std::string const& role_id, VolunteerForm const& form);
[[nodiscard]] Result<Hours> log_hours(db::Database& database, Actor const& actor, std::string const& initiative_id, HoursForm const& form);
[[nodiscard]] Result<OfflineHelper> add_helper(db::Database& database, Actor const& actor, std::string const& initiative_id, HelperForm const& form);

[[nodiscard]] Status set_budget(db::Database& database, Actor const& actor, std::string const& initiative_id, BudgetForm const& form);
// An activity of the initiative's project that the initiative runs: its
// claims spend the initiative's budget, and it shows on the initiative.
[[nodiscard]] Status link_activity(db::Database& database, Actor const& actor, std::string const& initiative_id, ActivityLinkForm const& form);

[[nodiscard]] Result<Outcome> record_outcome(db::Database& database, Actor const& actor, std::string const& initiative_id, OutcomeForm const& form);
// The photo is kept without its metadata; the story's words are checked for
// plain language and recorded as a published text.
[[nodiscard]] Result<Photo> upload_photo(db::Database& database, std::filesystem::path const& files_dir, Actor const& actor,
    std::string const& initiative_id, std::string_view bytes);
[[nodiscard]] Result<Story> add_story(db::Database& database, Actor const& actor, std::string const& initiative_id, StoryForm const& form);

}
