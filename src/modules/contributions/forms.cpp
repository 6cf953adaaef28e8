#include "modules/contributions/forms.hpp"

#include "core/form.hpp"
#include "core/ids.hpp"
#include "modules/partnership/model.hpp"

namespace rt::contributions {

namespace {


std::optional<std::string> read_id(FormReader& reader, std::string_view field, Presence presence, std::string_view message)
{
    auto id = reader.text(field, { .presence = presence, .max_length = 36 });
    if (id && !id->empty() && !looks_like_id(*id)) {
        reader.add_error(field, std::string { message });
        return std::nullopt;
    }
    if (id && id->empty())
        return std::nullopt;
    return id;
}

}

Result<ContributionForm> ContributionForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "kind", "text", "group", "source", "activity_id", "person_id", "anonymous", "tags" });
    ContributionForm form;
    form.kind = reader.choice("kind", k_kinds, Presence::Required).value_or("");
    form.text = reader.text("text", { .presence = Presence::Required, .min_length = 1, .max_length = 5000, .lines = TextRule::Lines::Multiple })
                    .value_or("");
    form.group = reader.choice("group", partnership::k_groups, Presence::Optional);
    form.source = reader.choice("source", k_sources, Presence::Optional).value_or("online");
    if (form.source == "survey")
        reader.add_error("source", "Survey answers become contributions from the survey's responses.");
    form.activity_id = read_id(reader, "activity_id", Presence::Optional, "Choose an activity of this project.");
    if (form.source == "activity" && !form.activity_id && !reader.errors().contains("activity_id"))
        reader.add_error("activity_id", "Say which activity this was said at.");
    if (form.source != "activity" && form.activity_id)
        reader.add_error("activity_id", "Only contributions from an activity name one.");
    form.person_id = read_id(reader, "person_id", Presence::Optional, "Choose a person from the list.");
    form.anonymous = reader.boolean("anonymous", Presence::Optional).value_or(false);
    form.tags = reader.tags("tags").value_or(std::vector<std::string> {});
    return finish(reader, form);
}

Result<CorrectionForm> CorrectionForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "text" });
    CorrectionForm form;
    form.text = reader.text("text", { .presence = Presence::Required, .min_length = 1, .max_length = 5000, .lines = TextRule::Lines::Multiple })
                    .value_or("");
    return finish(reader, std::move(form));
}

Result<ResponseForm> ResponseForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "status", "response" });
    ResponseForm form;
    form.status = reader.choice("status", k_statuses, Presence::Required).value_or("");
    if (form.status == "received")
        reader.add_error("status", "A contribution cannot go back to received.");
    form.response = reader.text("response", { .presence = Presence::Optional, .max_length = 2000, .lines = TextRule::Lines::Multiple }).value_or("");
    if (form.status == "not_adopted" && form.response.empty())
        reader.add_error("response", "Say why this was not adopted: the person who said it should know.");
    return finish(reader, form);
}

Result<NeedForm> NeedForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "title", "description", "communities", "contribution_ids" });
    NeedForm form;
    form.title = reader.text("title", { .presence = Presence::Required, .min_length = 1, .max_length = 200 }).value_or("");
    form.description
        = reader.text("description", { .presence = Presence::Optional, .max_length = 2000, .lines = TextRule::Lines::Multiple }).value_or("");
    form.communities = reader.tags("communities").value_or(std::vector<std::string> {});
    form.contribution_ids = reader.ids("contribution_ids", 200).value_or(std::vector<std::string> {});
    return finish(reader, form);
}

Result<NeedUpdateForm> NeedUpdateForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "title", "description", "communities" });
    NeedUpdateForm form;
    if (reader.has("title"))
        form.title = reader.text("title", { .presence = Presence::Required, .min_length = 1, .max_length = 200 });
    if (reader.has("description"))
        form.description = reader.text("description", { .presence = Presence::Optional, .max_length = 2000, .lines = TextRule::Lines::Multiple })
                               .value_or("");
    if (reader.has("communities"))
        form.communities = reader.tags("communities");
    return finish(reader, form);
}

Result<EvidenceForm> EvidenceForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "contribution_ids" });
    EvidenceForm form;
    form.contribution_ids = reader.ids("contribution_ids", 200).value_or(std::vector<std::string> {});
    if (form.contribution_ids.empty() && !reader.errors().contains("contribution_ids"))
        reader.add_error("contribution_ids", "Choose at least one contribution.");
    return finish(reader, form);
}

Result<MergeForm> MergeForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "into" });
    MergeForm form;
    form.into = read_id(reader, "into", Presence::Required, "Choose the need to merge into.").value_or("");
    return finish(reader, form);
}

Result<RankingForm> RankingForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "group", "need_ids" });
    RankingForm form;
    form.group = reader.choice("group", partnership::k_groups, Presence::Required).value_or("");
    form.need_ids = reader.ids("need_ids", 200).value_or(std::vector<std::string> {});
    if (form.need_ids.empty() && !reader.errors().contains("need_ids"))
        reader.add_error("need_ids", "Put at least one need in order.");
    return finish(reader, form);
}

}
