#include "modules/projects/forms.hpp"

#include "core/form.hpp"
#include "core/ids.hpp"
#include "modules/partnership/model.hpp"
#include "modules/projects/lifecycle.hpp"

namespace rt::projects {

namespace {

TextRule long_text(Presence presence, std::size_t max_length)
{
    return { .presence = presence, .min_length = presence == Presence::Required ? 1u : 0u, .max_length = max_length,
        .lines = TextRule::Lines::Multiple };
}

// Absent, null or [] is "none chosen yet". Otherwise at least two different
// people from at least two groups, so that no one sector leads alone.
std::vector<CoLead> read_co_leads(boost::json::value const* value, FormReader& reader, std::string const& field)
{
    std::vector<CoLead> leads;
    if (!value || value->is_null())
        return leads;
    if (!value->is_array()) {
        reader.add_error(field, "Choose two co-leads from two different groups.");
        return leads;
    }
    for (auto const& entry : value->get_array()) {
        auto const* person_id = entry.is_object() ? entry.get_object().if_contains("person_id") : nullptr;
        auto const* group = entry.is_object() ? entry.get_object().if_contains("group") : nullptr;
        if (!person_id || !person_id->is_string() || !looks_like_id(person_id->get_string()) || !group || !group->is_string()
            || std::ranges::find(partnership::k_groups, std::string_view { group->get_string() }) == partnership::k_groups.end()) {
            reader.add_error(field, "Each co-lead needs a person and one of the stakeholder groups.");
            return {};
        }
        leads.push_back({ std::string { person_id->get_string() }, std::string { group->get_string() }, {} });
    }
    if (leads.empty())
        return leads;
    for (std::size_t i = 0; i < leads.size(); ++i) {
        for (std::size_t j = i + 1; j < leads.size(); ++j) {
            if (leads[i].person_id == leads[j].person_id) {
                reader.add_error(field, "Choose different people as co-leads.");
                return {};
            }
        }
    }
    if (co_lead_group_count(leads) < 2)
        reader.add_error(field, "Choose two co-leads from two different groups, so that no one sector leads alone.");
    if (leads.size() > 6)
        reader.add_error(field, "Choose six co-leads or fewer.");
    return leads;
}

}

Result<ProjectForm> ProjectForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "title", "summary", "need", "population", "interests", "communities", "charter" });
    ProjectForm form;
    form.title = reader.text("title", { .presence = Presence::Required, .min_length = 1, .max_length = 200 }).value_or("");
    form.summary = reader.text("summary", long_text(Presence::Required, 2000)).value_or("");
    form.need = reader.text("need", long_text(Presence::Optional, 2000)).value_or("");
    form.population = reader.text("population", long_text(Presence::Optional, 500)).value_or("");
    form.interests = reader.tags("interests").value_or(std::vector<std::string> {});
    if (form.interests.empty() && !reader.errors().contains("interests"))
        reader.add_error("interests", "Give at least one area of interest, like older-people: it is how partners are found and invited.");
    form.communities = reader.tags("communities").value_or(std::vector<std::string> {});

    auto const* charter_value = body.if_contains("charter");
    if (!charter_value || !charter_value->is_object()) {
        reader.add_error("charter", "Give the charter: who must be at the table and who leads.");
        return finish(reader, form);
    }
    auto const& charter = charter_value->get_object();
    FormReader charter_reader { charter };
    charter_reader.reject_unknown({ "required_groups", "decision_rule", "chair_rotation", "co_leads" });
    form.required_groups = charter_reader.choices("required_groups", partnership::k_groups)
                               .value_or(std::vector<std::string>(partnership::k_groups.begin(), partnership::k_groups.end()));
    if (form.required_groups.empty() && !charter_reader.errors().contains("required_groups"))
        charter_reader.add_error("required_groups", "Choose at least one group that must be at the table.");
    form.decision_rule = charter_reader.choice("decision_rule", k_decision_rules, Presence::Optional).value_or("consent");
    form.chair_rotation = charter_reader.choice("chair_rotation", k_chair_rotations, Presence::Optional).value_or("each_meeting");

    // Co-leads are chosen later, from the partners who accepted (the charter's
    // first step); a project may still be started with them.
    form.co_leads = read_co_leads(charter.if_contains("co_leads"), charter_reader, "co_leads");
    for (auto const& [field, messages] : charter_reader.errors()) {
        for (auto const& message : messages)
            reader.add_error("charter." + field, message);
    }
    return finish(reader, form);
}

Result<ProjectUpdateForm> ProjectUpdateForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "title", "summary", "need", "population" });
    ProjectUpdateForm form;
    form.title = reader.text("title", { .presence = Presence::Optional, .min_length = 1, .max_length = 200 });
    form.summary = reader.text("summary", long_text(Presence::Optional, 2000));
    if (form.summary && form.summary->empty()) {
        reader.add_error("summary", "Enter a summary in plain language.");
        form.summary.reset();
    }
    form.need = reader.text("need", long_text(Presence::Optional, 2000));
    form.population = reader.text("population", long_text(Presence::Optional, 500));
    return finish(reader, form);
}

std::vector<std::string> ProjectUpdateForm::present_fields() const
{
    std::vector<std::string> fields;
    if (title)
        fields.emplace_back("title");
    if (summary)
        fields.emplace_back("summary");
    if (need)
        fields.emplace_back("need");
    if (population)
        fields.emplace_back("population");
    return fields;
}

Result<StageForm> StageForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "to", "reason", "override" });
    StageForm form;
    form.to = reader.choice("to", k_stages, Presence::Required).value_or("");
    auto reason = reader.text("reason", long_text(Presence::Required, 2000));
    if (reason)
        form.reason = *reason;
    form.override_gate = reader.boolean("override", Presence::Optional).value_or(false);
    if (form.override_gate && !reason) {
        // An override needs its reason above all: say so in plain words.
        FieldErrors errors = reader.errors();
        errors["reason"] = { "Write why the project moves on without every group: the partners will see it." };
        return std::unexpected(Error::invalid(std::move(errors)));
    }
    return finish(reader, form);
}

Result<InviteeForm> InviteeForm::read(boost::json::object const& body, Kind kind)
{
    FormReader reader { body };
    InviteeForm form;
    if (kind == Kind::Invitation) {
        reader.reject_unknown({ "organisation_id", "person_id", "group" });
        form.organisation_id = reader.text("organisation_id", { .max_length = 36 });
    } else {
        reader.reject_unknown({ "person_id", "group" });
    }
    form.person_id = reader.text("person_id", { .presence = kind == Kind::Member ? Presence::Required : Presence::Optional, .max_length = 36 });
    form.group = reader.choice("group", partnership::k_groups, kind == Kind::Member ? Presence::Required : Presence::Optional);
    if (form.organisation_id && !looks_like_id(*form.organisation_id)) {
        reader.add_error("organisation_id", "Choose an organisation from the list.");
        form.organisation_id.reset();
    }
    if (form.person_id && !looks_like_id(*form.person_id)) {
        reader.add_error("person_id", "Choose a person from the list.");
        form.person_id.reset();
    }
    if (kind == Kind::Invitation && reader.ok() && form.organisation_id.has_value() == form.person_id.has_value())
        reader.add_error("person_id", "Choose either an organisation or a person.");
    return finish(reader, form);
}

namespace {

void read_answer(FormReader& reader, std::string& via, std::string& note)
{
    via = reader.text("via", { .presence = Presence::Optional, .max_length = 20 }).value_or("");
    if (!via.empty() && via != "paper" && via != "phone" && via != "in_person")
        reader.add_error("via", "Choose how the answer reached you: paper, phone or in_person.");
    note = reader.text("note", long_text(Presence::Optional, 1000)).value_or("");
}

}

Result<AnswerForm> AnswerForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "via", "note" });
    AnswerForm form;
    read_answer(reader, form.via, form.note);
    return finish(reader, form);
}

Result<DeclineForm> DeclineForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "reason", "via", "note" });
    DeclineForm form;
    form.reason = reader.text("reason", long_text(Presence::Optional, 1000)).value_or("");
    read_answer(reader, form.via, form.note);
    return finish(reader, form);
}

}

namespace rt::projects {

Result<CoLeadsForm> CoLeadsForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "co_leads" });
    CoLeadsForm form;
    if (!body.contains("co_leads"))
        reader.add_error("co_leads", "Choose two co-leads from two different groups.");
    else
        form.co_leads = read_co_leads(body.if_contains("co_leads"), reader, "co_leads");
    return finish(reader, form);
}

}
