#include "modules/documents/forms.hpp"

#include <boost/json.hpp>

#include "core/form.hpp"
#include "core/ids.hpp"
#include "core/time.hpp"
#include "modules/documents/model.hpp"
#include "modules/partnership/model.hpp"

namespace rt::documents {

namespace {

constexpr TextRule k_heading_rule { .presence = Presence::Optional, .min_length = 1, .max_length = 200 };
constexpr TextRule k_body_rule { .presence = Presence::Optional, .max_length = 20000, .lines = TextRule::Lines::Multiple };

// A field that may be given as null to empty it: absent (no change), null, or a value.
bool given_as_null(boost::json::object const& body, std::string_view field)
{
    auto const* value = body.if_contains(field);
    return value && value->is_null();
}

std::optional<std::optional<std::string>> nullable_id(FormReader& reader, boost::json::object const& body, std::string_view field, std::string message)
{
    if (!reader.has(field))
        return std::nullopt;
    if (given_as_null(body, field))
        return std::optional<std::string> {};
    auto const id = reader.text(field, { .presence = Presence::Required, .max_length = 36 });
    if (id && !looks_like_id(*id)) {
        reader.add_error(field, std::move(message));
        return std::nullopt;
    }
    return id ? std::optional<std::optional<std::string>> { *id } : std::nullopt;
}

std::optional<std::optional<std::string>> nullable_date(FormReader& reader, boost::json::object const& body, std::string_view field)
{
    if (!reader.has(field))
        return std::nullopt;
    if (given_as_null(body, field))
        return std::optional<std::string> {};
    auto const date = reader.text(field, { .presence = Presence::Required, .min_length = 10, .max_length = 10 });
    if (date && !parse_time(*date + "T00:00:00Z")) {
        reader.add_error(field, "Enter a date like 2027-03-31.");
        return std::nullopt;
    }
    return date ? std::optional<std::optional<std::string>> { *date } : std::nullopt;
}

}

Result<DocumentForm> DocumentForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "title", "kind", "project_id" });
    DocumentForm form;
    form.title = reader.text("title", { .presence = Presence::Required, .min_length = 1, .max_length = 200 }).value_or("");
    form.kind = reader.choice("kind", k_document_kinds, Presence::Required).value_or("");
    if (auto project = nullable_id(reader, body, "project_id", "Choose a project of this partnership."); project)
        form.project_id = *project;
    return finish(reader, std::move(form));
}

Result<DocumentChangeForm> DocumentChangeForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "title", "kind" });
    DocumentChangeForm form;
    form.title = reader.text("title", { .presence = Presence::Optional, .min_length = 1, .max_length = 200 });
    form.kind = reader.choice("kind", k_document_kinds, Presence::Optional);
    return finish(reader, std::move(form));
}

Result<SectionForm> SectionForm::read(boost::json::object const& body, Purpose purpose)
{
    FormReader reader { body };
    reader.reject_unknown({ "kind", "heading", "body", "parent_id", "position", "owner_group", "due_on", "review_on", "measure" });
    bool const creating = purpose == Purpose::Create;
    SectionForm form;
    form.kind = reader.choice("kind", k_section_kinds, creating ? Presence::Required : Presence::Optional);
    auto heading_rule = k_heading_rule;
    if (creating)
        heading_rule.presence = Presence::Required;
    form.heading = reader.text("heading", heading_rule);
    form.body = reader.text("body", k_body_rule);
    form.parent_id = nullable_id(reader, body, "parent_id", "Choose a section of this document.");
    if (auto const* position = body.if_contains("position")) {
        if (!position->is_int64() || position->get_int64() < 0 || position->get_int64() > 10000)
            reader.add_error("position", "Give the place as a whole number from 0.");
        else
            form.position = static_cast<int>(position->get_int64());
    }
    if (reader.has("owner_group")) {
        if (given_as_null(body, "owner_group"))
            form.owner_group = std::optional<std::string> {};
        else if (auto group = reader.choice("owner_group", partnership::k_groups, Presence::Required))
            form.owner_group = *group;
    }
    form.due_on = nullable_date(reader, body, "due_on");
    form.review_on = nullable_date(reader, body, "review_on");
    form.measure = reader.text("measure", { .presence = Presence::Optional, .max_length = 2000, .lines = TextRule::Lines::Multiple });
    return finish(reader, std::move(form));
}

Result<PublishForm> PublishForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "note" });
    PublishForm form;
    form.note = reader.text("note", { .presence = Presence::Optional, .max_length = 2000, .lines = TextRule::Lines::Multiple }).value_or("");
    return finish(reader, std::move(form));
}

Result<LinkForm> LinkForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "source_kind", "source_id" });
    LinkForm form;
    form.source_kind = reader.choice("source_kind", k_source_kinds, Presence::Required).value_or("");
    form.source_id = reader.text("source_id", { .presence = Presence::Required, .min_length = 1, .max_length = 80 }).value_or("");
    if (!form.source_id.empty()) {
        bool good = looks_like_id(form.source_id);
        if (form.source_kind == "survey_question") {
            auto const slash = form.source_id.find('/');
            good = slash != std::string::npos && looks_like_id(form.source_id.substr(0, slash)) && slash + 1 < form.source_id.size();
        }
        if (!good)
            reader.add_error("source_id",
                form.source_kind == "survey_question" ? "Give the survey's id and the question's id as SURVEY_ID/QUESTION_ID." : "Choose what to link to.");
    }
    return finish(reader, std::move(form));
}

Result<ClearForm> ClearForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "reason" });
    ClearForm form;
    form.reason = reader.text("reason", { .presence = Presence::Required, .min_length = 1, .max_length = 2000, .lines = TextRule::Lines::Multiple })
                      .value_or("");
    return finish(reader, std::move(form));
}

Result<ProgressForm> ProgressForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "status", "note" });
    ProgressForm form;
    form.status = reader.choice("status", k_statuses, Presence::Required).value_or("");
    form.note = reader.text("note", { .presence = Presence::Optional, .max_length = 2000, .lines = TextRule::Lines::Multiple }).value_or("");
    if (form.status == "dropped" && form.note.empty() && !reader.errors().contains("note"))
        reader.add_error("note", "Say why it was dropped.");
    return finish(reader, std::move(form));
}

Result<ConsultationForm> ConsultationForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "closes_at" });
    ConsultationForm form;
    form.closes_at = reader.text("closes_at", { .presence = Presence::Required, .min_length = 1, .max_length = 40 }).value_or("");
    if (!form.closes_at.empty()) {
        auto const closes = parse_time(form.closes_at);
        if (!closes)
            reader.add_error("closes_at", "Give the closing date and time, like 2027-03-31T17:00:00Z.");
        else if (*closes <= now())
            reader.add_error("closes_at", "Choose a closing date in the future.");
        else
            form.closes_at = format_time(*closes);
    }
    return finish(reader, std::move(form));
}

Result<CommentForm> CommentForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "text" });
    CommentForm form;
    form.text = reader.text("text", { .presence = Presence::Required, .min_length = 1, .max_length = 5000, .lines = TextRule::Lines::Multiple })
                    .value_or("");
    return finish(reader, std::move(form));
}

Result<SuggestionForm> SuggestionForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "body", "reason" });
    SuggestionForm form;
    form.body = reader.text("body", { .presence = Presence::Required, .min_length = 1, .max_length = 20000, .lines = TextRule::Lines::Multiple })
                    .value_or("");
    form.reason = reader.text("reason", { .presence = Presence::Optional, .max_length = 2000, .lines = TextRule::Lines::Multiple }).value_or("");
    return finish(reader, std::move(form));
}

Result<DeclineForm> DeclineForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "reason" });
    DeclineForm form;
    form.reason = reader.text("reason", { .presence = Presence::Required, .min_length = 1, .max_length = 2000, .lines = TextRule::Lines::Multiple })
                      .value_or("");
    return finish(reader, std::move(form));
}

}
