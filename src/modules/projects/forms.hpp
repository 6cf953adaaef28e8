#pragma once

#include <optional>
#include <string>
#include <vector>

#include <boost/json/object.hpp>

#include "core/error.hpp"
#include "modules/projects/model.hpp"

namespace rt::projects {

struct ProjectForm {
    std::string title;
    std::string summary;
    std::string need;
    std::string population;
    std::vector<std::string> interests;
    std::vector<std::string> communities;
    std::vector<std::string> required_groups;
    std::string decision_rule { "consent" };
    std::string chair_rotation { "each_meeting" };
    std::vector<CoLead> co_leads;

    [[nodiscard]] static Result<ProjectForm> read(boost::json::object const& body);
};

// The charter's first step: co-leads chosen from the partners who accepted.
struct CoLeadsForm {
    std::vector<CoLead> co_leads;

    [[nodiscard]] static Result<CoLeadsForm> read(boost::json::object const& body);
};

struct ProjectUpdateForm {
    std::optional<std::string> title;
    std::optional<std::string> summary;
    std::optional<std::string> need;
    std::optional<std::string> population;

    [[nodiscard]] static Result<ProjectUpdateForm> read(boost::json::object const& body);
    [[nodiscard]] std::vector<std::string> present_fields() const;
};

struct StageForm {
    std::string to;
    std::string reason;
    bool override_gate { false };

    [[nodiscard]] static Result<StageForm> read(boost::json::object const& body);
};

// An invitation or a member added by hand: one organisation or one person.
struct InviteeForm {
    std::optional<std::string> organisation_id;
    std::optional<std::string> person_id;
    std::optional<std::string> group;

    enum class Kind { Invitation, Member };
    [[nodiscard]] static Result<InviteeForm> read(boost::json::object const& body, Kind kind);
};

// An answer an organiser records for someone who gave it on paper, by
// phone or in person: how it came (required then) and a note. Empty when
// the invitee answers themself.
struct AnswerForm {
    std::string via; // "" | paper | phone | in_person
    std::string note;

    [[nodiscard]] static Result<AnswerForm> read(boost::json::object const& body);
};

struct DeclineForm {
    std::string reason;
    std::string via;
    std::string note;

    [[nodiscard]] static Result<DeclineForm> read(boost::json::object const& body);
};

}
