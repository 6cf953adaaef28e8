#pragma once

#include <optional>
#include <string>
#include <vector>

#include <boost/json/object.hpp>

#include "core/error.hpp"
#include "modules/contributions/model.hpp"

namespace rt::contributions {

struct ContributionForm {
    std::string kind;
    std::string text;
    std::optional<std::string> group;
    std::string source { "online" };
    std::optional<std::string> activity_id;
    std::optional<std::string> person_id; // whose words, when an organiser records them
    bool anonymous { false };
    std::vector<std::string> tags;

    [[nodiscard]] static Result<ContributionForm> read(boost::json::object const& body);
};

// New words for a contribution, from its author or the organiser who recorded it.
struct CorrectionForm {
    std::string text;

    [[nodiscard]] static Result<CorrectionForm> read(boost::json::object const& body);
};

struct ResponseForm {
    std::string status;
    std::string response;

    [[nodiscard]] static Result<ResponseForm> read(boost::json::object const& body);
};

struct NeedForm {
    std::string title;
    std::string description;
    std::vector<std::string> communities;
    std::vector<std::string> contribution_ids;

    [[nodiscard]] static Result<NeedForm> read(boost::json::object const& body);
};

struct NeedUpdateForm {
    std::optional<std::string> title;
    std::optional<std::string> description;
    std::optional<std::vector<std::string>> communities;

    [[nodiscard]] static Result<NeedUpdateForm> read(boost::json::object const& body);
};

struct EvidenceForm {
    std::vector<std::string> contribution_ids;

    [[nodiscard]] static Result<EvidenceForm> read(boost::json::object const& body);
};

struct MergeForm {
    std::string into;

    [[nodiscard]] static Result<MergeForm> read(boost::json::object const& body);
};

struct RankingForm {
    std::string group;
    std::vector<std::string> need_ids;

    [[nodiscard]] static Result<RankingForm> read(boost::json::object const& body);
};

}
