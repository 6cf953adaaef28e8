#include "modules/panels/forms.hpp"

#include <algorithm>
#include <set>

#include <boost/json.hpp>

#include "core/form.hpp"
#include "core/ids.hpp"
#include "modules/partnership/model.hpp"

namespace rt::panels {

namespace {

constexpr auto k_members_rule = "Add between 1 and 30 members, each with their group.";
constexpr auto k_criteria_rule = "Give between 1 and 20 criteria, each with a weight from 1 to 10.";
constexpr auto k_candidate_rule = "Choose a candidate of this panel.";

std::vector<PanelMember> read_members(FormReader& reader, boost::json::value const* list)
{
    std::vector<PanelMember> members;
    if (!list || !list->is_array() || list->get_array().empty() || list->get_array().size() > 30) {
        reader.add_error("members", k_members_rule);
        return members;
    }
    for (auto const& entry : list->get_array()) {
        auto const* object = entry.if_object();
        auto const* person = object ? object->if_contains("person_id") : nullptr;
        auto const* group = object ? object->if_contains("group") : nullptr;
        if (!person || !person->is_string() || !looks_like_id(person->get_string()) || !group || !group->is_string()
            || std::ranges::find(partnership::k_groups, std::string_view { group->get_string() }) == partnership::k_groups.end()) {
            reader.add_error("members", "Each member needs a person and one of the stakeholder groups.");
            return members;
        }
        members.push_back({ std::string { person->get_string() }, "", std::string { group->get_string() } });
    }
    std::set<std::string> groups, people;
    for (auto const& member : members) {
        groups.insert(member.group);
        if (!people.insert(member.person_id).second) {
            reader.add_error("members", "List each person once, in one group.");
            return members;
        }
    }
    if (groups.size() < 2)
        reader.add_error("members", "A panel needs members from at least two groups, so no group judges alone.");
    return members;
}

std::vector<Criterion> read_criteria(FormReader& reader, boost::json::value const* list)
{
    std::vector<Criterion> criteria;
    if (!list || !list->is_array() || list->get_array().empty() || list->get_array().size() > 20) {
        reader.add_error("criteria", k_criteria_rule);
        return criteria;
    }
    for (auto const& entry : list->get_array()) {
        auto const* object = entry.if_object();
        auto const* name = object ? object->if_contains("name") : nullptr;
        auto const* weight = object ? object->if_contains("weight") : nullptr;
        if (!name || !name->is_string() || name->get_string().empty() || code_point_count(name->get_string()) > 200 || !weight || !weight->is_int64()
            || weight->get_int64() < 1 || weight->get_int64() > 10) {
            reader.add_error("criteria", k_criteria_rule);
            return criteria;
        }
        criteria.push_back({ new_id(), std::string { name->get_string() }, static_cast<int>(weight->get_int64()) });
    }
    return criteria;
}

std::string read_candidate_id(FormReader& reader)
{
    auto const candidate = reader.text("candidate_id", { .presence = Presence::Required, .max_length = 36 }).value_or("");
    if (!candidate.empty() && !looks_like_id(candidate))
        reader.add_error("candidate_id", k_candidate_rule);
    return candidate;
}

}

Result<PanelForm> PanelForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "title", "purpose", "kind", "project_id", "members", "criteria" });
    PanelForm form;
    form.title = reader.text("title", { .presence = Presence::Required, .min_length = 1, .max_length = 200 }).value_or("");
    form.purpose = reader.text("purpose", { .presence = Presence::Optional, .max_length = 2000, .lines = TextRule::Lines::Multiple }).value_or("");
    form.kind = reader.choice("kind", k_panel_kinds, Presence::Required).value_or("");
    if (auto project = reader.text("project_id", { .presence = Presence::Optional, .max_length = 36 }); project && !project->empty()) {
        if (!looks_like_id(*project))
            reader.add_error("project_id", "Choose a project of this partnership.");
        else
            form.project_id = *project;
    }
    form.members = read_members(reader, body.if_contains("members"));
    form.criteria = read_criteria(reader, body.if_contains("criteria"));
    if (!reader.ok())
        return std::unexpected(Error::invalid(reader.errors()));
    return form;
}

Result<CandidateForm> CandidateForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "name", "details" });
    CandidateForm form;
    form.name = reader.text("name", { .presence = Presence::Required, .min_length = 1, .max_length = 200 }).value_or("");
    form.details = reader.text("details", { .presence = Presence::Optional, .max_length = 5000, .lines = TextRule::Lines::Multiple }).value_or("");
    if (!reader.ok())
        return std::unexpected(Error::invalid(reader.errors()));
    return form;
}

Result<ConflictForm> ConflictForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "candidate_id", "reason" });
    ConflictForm form;
    form.candidate_id = reader.text("candidate_id", { .presence = Presence::Required, .max_length = 36 }).value_or("");
    form.reason
        = reader.text("reason", { .presence = Presence::Required, .min_length = 1, .max_length = 1000, .lines = TextRule::Lines::Multiple }).value_or("");
    if (!form.candidate_id.empty() && !looks_like_id(form.candidate_id))
        reader.add_error("candidate_id", k_candidate_rule);
    if (!reader.ok())
        return std::unexpected(Error::invalid(reader.errors()));
    return form;
}

Result<ScoreForm> ScoreForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "candidate_id", "scores" });
    ScoreForm form;
    form.candidate_id = read_candidate_id(reader);
    if (auto const* given = body.if_contains("scores"); given && given->is_object())
        form.scores = given->get_object();
    else
        reader.add_error("scores", "Score every criterion from 0 to 5.");
    if (!reader.ok())
        return std::unexpected(Error::invalid(reader.errors()));
    return form;
}

}
