#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <boost/json/object.hpp>

#include "core/error.hpp"
#include "modules/decisions/model.hpp"

namespace rt::decisions {

struct ProposalForm {
    std::string title;
    std::string text;
    std::optional<std::string> method;
    std::string weighting { "equal_groups" };
    std::vector<std::string> options;
    int threshold_percent { 50 };
    int dots_per_voter { 3 };
    std::string closes_at;
    std::vector<std::string> contribution_ids;
    std::vector<std::string> need_ids;
    std::optional<std::string> group;

    [[nodiscard]] static Result<ProposalForm> read(boost::json::object const& body);
};

struct AmendForm {
    std::optional<std::string> title;
    std::optional<std::string> text;

    [[nodiscard]] static Result<AmendForm> read(boost::json::object const& body);
};

// A vote as sent: which fields matter depends on the proposal's method, so
// the command checks it against the proposal.
struct VoteForm {
    std::optional<std::string> position;
    std::optional<std::vector<std::string>> ranking;
    std::optional<std::map<std::string, int>> scores;
    std::optional<std::map<std::string, int>> dots;
    std::string reason;
    std::string comment;
    std::optional<std::string> group;

    [[nodiscard]] static Result<VoteForm> read(boost::json::object const& body);
};

struct CommentForm {
    std::string text;
    std::optional<std::string> parent_id;

    [[nodiscard]] static Result<CommentForm> read(boost::json::object const& body);
};

struct CloseForm {
    std::string rationale;
    bool close_without_quorum { false };

    [[nodiscard]] static Result<CloseForm> read(boost::json::object const& body);
};

}
