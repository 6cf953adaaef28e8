#include "modules/decisions/forms.hpp"

#include <set>

#include <boost/json.hpp>

#include "core/form.hpp"
#include "core/ids.hpp"
#include "core/time.hpp"
#include "modules/partnership/model.hpp"

namespace rt::decisions {

namespace {


std::optional<int> read_int(FormReader& reader, boost::json::object const& body, std::string_view field, int low, int high)
{
    auto const* value = body.if_contains(field);
    if (!value || value->is_null())
        return std::nullopt;
    if (!value->is_int64() || value->get_int64() < low || value->get_int64() > high) {
        reader.add_error(field, "Enter a whole number from " + std::to_string(low) + " to " + std::to_string(high) + ".");
        return std::nullopt;
    }
    return static_cast<int>(value->get_int64());
}

std::optional<std::map<std::string, int>> read_option_numbers(FormReader& reader, boost::json::object const& body, std::string_view field)
{
    auto const* value = body.if_contains(field);
    if (!value || value->is_null())
        return std::nullopt;
    if (!value->is_object()) {
        reader.add_error(field, "Give a number for each option, like {\"Option\": 3}.");
        return std::nullopt;
    }
    std::map<std::string, int> numbers;
    for (auto const& [option, number] : value->get_object()) {
        if (!number.is_int64() || number.get_int64() < -1000 || number.get_int64() > 1000) {
            reader.add_error(field, "Each option needs a whole number.");
            return std::nullopt;
        }
        numbers[std::string { option }] = static_cast<int>(number.get_int64());
    }
    return numbers;
}

}

Result<ProposalForm> ProposalForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "title", "text", "method", "weighting", "options", "threshold", "dots_per_voter", "closes_at", "contribution_ids",
        "need_ids", "group" });
    ProposalForm form;
    form.title = reader.text("title", { .presence = Presence::Required, .min_length = 1, .max_length = 200 }).value_or("");
    form.text = reader.text("text", { .presence = Presence::Required, .min_length = 1, .max_length = 10000, .lines = TextRule::Lines::Multiple })
                    .value_or("");
    form.method = reader.choice("method", k_methods, Presence::Optional);
    form.weighting = reader.choice("weighting", k_weightings, Presence::Optional).value_or("equal_groups");
    if (auto const* options = body.if_contains("options"); options && !options->is_null()) {
        bool good = options->is_array() && options->get_array().size() >= 2 && options->get_array().size() <= 20;
        std::set<std::string> seen;
        if (good) {
            for (auto const& option : options->get_array()) {
                if (!option.is_string() || option.get_string().empty() || code_point_count(option.get_string()) > 200
                    || !seen.insert(std::string { option.get_string() }).second) {
                    good = false;
                    break;
                }
                form.options.emplace_back(option.get_string());
            }
        }
        if (!good)
            reader.add_error("options", "Give between 2 and 20 different options, each up to 200 characters.");
    }
    bool const needs_options = form.method == "score" || form.method == "ranked_choice" || form.method == "dot_vote";
    if (needs_options && form.options.empty() && !reader.errors().contains("options"))
        reader.add_error("options", "Give the options people choose between.");
    if (auto const* threshold = body.if_contains("threshold"); threshold && !threshold->is_null()) {
        double const value = threshold->is_number() ? threshold->to_number<double>() : -1;
        if (value < 0.5 || value > 0.9)
            reader.add_error("threshold", "Choose a share from 0.5 (more than half) to 0.9.");
        else
            form.threshold_percent = static_cast<int>(value * 100 + 0.5);
    }
    form.dots_per_voter = read_int(reader, body, "dots_per_voter", 1, 20).value_or(3);
    form.closes_at = reader.text("closes_at", { .presence = Presence::Required, .max_length = 40 }).value_or("");
    if (!form.closes_at.empty()) {
        auto const closes = parse_time(form.closes_at);
        if (!closes || *closes <= now())
            reader.add_error("closes_at", "Enter a time in the future, like 2030-01-31T17:00:00Z.");
        else
            form.closes_at = format_time(*closes);
    }
    form.contribution_ids = reader.ids("contribution_ids", 100).value_or(std::vector<std::string> {});
    form.need_ids = reader.ids("need_ids", 100).value_or(std::vector<std::string> {});
    form.group = reader.choice("group", partnership::k_groups, Presence::Optional);
    return finish(reader, form);
}

Result<AmendForm> AmendForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "title", "text" });
    AmendForm form;
    if (reader.has("title"))
        form.title = reader.text("title", { .presence = Presence::Required, .min_length = 1, .max_length = 200 });
    if (reader.has("text"))
        form.text = reader.text("text", { .presence = Presence::Required, .min_length = 1, .max_length = 10000, .lines = TextRule::Lines::Multiple });
    if (!form.title && !form.text && reader.ok())
        reader.add_error("text", "Change the title or the text.");
    return finish(reader, form);
}

Result<VoteForm> VoteForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "position", "ranking", "scores", "dots", "reason", "comment", "group" });
    VoteForm form;
    if (reader.has("position"))
        form.position = reader.text("position", { .presence = Presence::Required, .min_length = 1, .max_length = 20 });
    if (auto const* ranking = body.if_contains("ranking"); ranking && !ranking->is_null()) {
        if (!ranking->is_array() || ranking->get_array().size() > 20) {
            reader.add_error("ranking", "Give the options in your order.");
        } else {
            form.ranking.emplace();
            for (auto const& option : ranking->get_array()) {
                if (!option.is_string()) {
                    reader.add_error("ranking", "Give the options in your order.");
                    break;
                }
                form.ranking->emplace_back(option.get_string());
            }
        }
    }
    form.scores = read_option_numbers(reader, body, "scores");
    form.dots = read_option_numbers(reader, body, "dots");
    form.reason = reader.text("reason", { .presence = Presence::Optional, .max_length = 2000, .lines = TextRule::Lines::Multiple }).value_or("");
    form.comment = reader.text("comment", { .presence = Presence::Optional, .max_length = 2000, .lines = TextRule::Lines::Multiple }).value_or("");
    form.group = reader.choice("group", partnership::k_groups, Presence::Optional);
    return finish(reader, form);
}

Result<CommentForm> CommentForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "text", "parent_id" });
    CommentForm form;
    form.text = reader.text("text", { .presence = Presence::Required, .min_length = 1, .max_length = 5000, .lines = TextRule::Lines::Multiple })
                    .value_or("");
    auto parent = reader.text("parent_id", { .presence = Presence::Optional, .max_length = 36 });
    if (parent && !parent->empty()) {
        if (!looks_like_id(*parent))
            reader.add_error("parent_id", "Reply to a comment on this proposal.");
        else
            form.parent_id = *parent;
    }
    return finish(reader, form);
}

Result<CloseForm> CloseForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "rationale", "close_without_quorum" });
    CloseForm form;
    form.rationale = reader.text("rationale", { .presence = Presence::Required, .min_length = 1, .max_length = 5000, .lines = TextRule::Lines::Multiple })
                         .value_or("");
    if (auto const* flag = body.if_contains("close_without_quorum"); flag && !flag->is_null()) {
        if (!flag->is_bool())
            reader.add_error("close_without_quorum", "Must be true or false.");
        else
            form.close_without_quorum = flag->get_bool();
    }
    return finish(reader, form);
}

}
