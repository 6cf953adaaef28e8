#pragma once

#include <optional>
#include <string>
#include <vector>

#include <boost/json/object.hpp>

#include "core/error.hpp"
#include "modules/initiatives/model.hpp"

// Typed input for initiatives, each read from a JSON body with its problems
// named by field.
namespace rt::initiatives {

struct PersonInGroup {
    std::string person_id;
    std::string group;
};

// Leads must take part for a community group (service users and carers,
// residents, voluntary and community sector): checked here, as `leads`.
struct InitiativeForm {
    std::string title;
    std::string purpose;
    std::string for_whom;
    std::vector<PersonInGroup> leads;
    std::vector<PersonInGroup> supporters;
    std::optional<std::string> project_id;
    std::optional<std::string> section_id;

    [[nodiscard]] static Result<InitiativeForm> read(boost::json::object const& body);
};

struct InitiativeChangeForm {
    std::optional<std::string> title;
    std::optional<std::string> purpose;
    std::optional<std::string> for_whom;

    [[nodiscard]] static Result<InitiativeChangeForm> read(boost::json::object const& body);
};

struct ReasonForm {
    std::string reason;

    [[nodiscard]] static Result<ReasonForm> read(boost::json::object const& body);
};

struct LearnedForm {
    std::string learned;

    [[nodiscard]] static Result<LearnedForm> read(boost::json::object const& body);
};

struct SettingsForm {
    bool approval_required { true };

    [[nodiscard]] static Result<SettingsForm> read(boost::json::object const& body);
};

struct TaskForm {
    std::optional<std::string> title;
    std::optional<std::string> milestone;
    std::optional<std::optional<std::string>> owner_id; // given as null: nobody has it
    std::optional<std::optional<std::string>> due_on;
    std::optional<std::string> status;

    enum class Purpose { Create, Change };
    [[nodiscard]] static Result<TaskForm> read(boost::json::object const& body, Purpose purpose);
    // Only the status is given (what the person a task is given to may change).
    [[nodiscard]] bool only_status() const { return status && !title && !milestone && !owner_id && !due_on; }
};

struct RoleForm {
    std::string title;
    std::string description;

    [[nodiscard]] static Result<RoleForm> read(boost::json::object const& body);
};

struct VolunteerForm {
    std::optional<std::string> person_id; // none: the person asking

    [[nodiscard]] static Result<VolunteerForm> read(boost::json::object const& body);
};

struct HoursForm {
    std::optional<std::string> person_id;
    std::optional<std::string> helper_id;
    std::string role_id;
    long long minutes { 0 };
    std::string on;

    [[nodiscard]] static Result<HoursForm> read(boost::json::object const& body);
};

struct HelperForm {
    std::string name;
    int count { 1 };
    std::optional<std::string> role_id;

    [[nodiscard]] static Result<HelperForm> read(boost::json::object const& body);
};

struct BudgetForm {
    long long budget_pence { 0 };

    [[nodiscard]] static Result<BudgetForm> read(boost::json::object const& body);
};

struct OutcomeForm {
    std::string measure;
    long long hundredths { 0 };
    std::string note;

    [[nodiscard]] static Result<OutcomeForm> read(boost::json::object const& body);
};

// A story's words and, with a photo uploaded first, its alt text: what the
// photo shows, for people who cannot see it (required with a photo).
struct StoryForm {
    std::string text;
    std::optional<std::string> photo_id;
    std::string alt;

    [[nodiscard]] static Result<StoryForm> read(boost::json::object const& body);
};

struct ActivityLinkForm {
    std::string activity_id;

    [[nodiscard]] static Result<ActivityLinkForm> read(boost::json::object const& body);
};

}
