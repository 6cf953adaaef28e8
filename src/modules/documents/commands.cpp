#include "modules/documents/commands.hpp"

#include <algorithm>

#include <boost/json.hpp>

#include "core/crypto.hpp"
#include "core/ids.hpp"
#include "core/time.hpp"
#include "modules/contributions/commands.hpp"
#include "modules/contributions/links.hpp"
#include "modules/contributions/queries.hpp"
#include "modules/documents/permissions.hpp"
#include "modules/documents/queries.hpp"
#include "modules/documents/sources.hpp"
#include "modules/documents/store.hpp"
#include "modules/documents/thread.hpp"
#include "modules/language/service.hpp"
#include "modules/privacy/audit.hpp"
#include "modules/projects/queries.hpp"

namespace rt::documents {

namespace {

Error not_writer()
{
    return Error::forbidden("Only the document's writers change it: the conveners, or the project's organisers for a project's document.");
}

// The document, which the actor must write; 404 when they may not see it at all.
Result<Document> written_by(soci::session& sql, Actor const& actor, std::string const& document_id)
{
    auto seen = see_document(sql, actor, document_id);
    if (!seen)
        return std::unexpected(seen.error());
    if (!seen->writer)
        return std::unexpected(not_writer());
    return std::move(seen->document);
}

// The section, in a document the actor writes.
struct WrittenSection {
    Document document;
    Section section;
};
Result<WrittenSection> written_section(soci::session& sql, Actor const& actor, std::string const& section_id)
{
    auto section = store::find_section(sql, actor.partnership_id, section_id);
    if (!section)
        return std::unexpected(Error::not_found("There is no such section in this partnership."));
    auto document = written_by(sql, actor, section->document_id);
    if (!document)
        return std::unexpected(document.error());
    return WrittenSection { std::move(*document), std::move(*section) };
}

void touch(soci::session& sql, Document& document)
{
    document.updated_at = now_text();
    store::update_document(sql, document);
}

// Objectives and actions carry an owner, dates and a status; other kinds do not.
void fit_to_kind(Section& section)
{
    if (is_tracked(section.kind)) {
        if (!section.status)
            section.status = "not_started";
        return;
    }
    section.owner_group.reset();
    section.due_on.reset();
    section.review_on.reset();
    section.status.reset();
    section.dropped_reason.reset();
    section.measure.clear();
}

// A parent must be another section of the same draft, and not one beneath the section itself.
Status check_parent(std::vector<Section> const& draft, std::string const& section_id, std::optional<std::string> const& parent_id)
{
    if (!parent_id)
        return {};
    auto const error = Error::invalid_field("parent_id", "Choose a section of this document, not this one or one beneath it.");
    for (std::optional<std::string> at = parent_id; at;) {
        if (*at == section_id)
            return std::unexpected(error);
        auto const found = std::ranges::find(draft, *at, &Section::id);
        if (found == draft.end())
            return std::unexpected(error);
        at = found->parent_id;
    }
    return {};
}

int next_position(std::vector<Section> const& draft, std::optional<std::string> const& parent_id)
{
    int next = 0;
    for (auto const& section : draft)
        if (section.parent_id == parent_id)
            next = std::max(next, section.position + 1);
    return next;
}

void apply(SectionForm const& form, Section& section)
{
    if (form.kind)
        section.kind = *form.kind;
    if (form.heading)
        section.heading = *form.heading;
    if (form.body)
        section.body = *form.body;
    if (form.owner_group)
        section.owner_group = *form.owner_group;
    if (form.due_on)
        section.due_on = *form.due_on;
    if (form.review_on)
        section.review_on = *form.review_on;
    if (form.measure)
        section.measure = *form.measure;
}

contributions::LinkSource shaping(Section const& section)
{
    return { "document_section", section.id, section.heading };
}

}

Result<Document> create_document(db::Database& database, Actor const& actor, DocumentForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<Document> {
        bool organises = false;
        if (form.project_id) {
            auto organiser = projects::can_organise(sql, actor, *form.project_id);
            if (!organiser)
                return std::unexpected(Error::invalid_field("project_id", "Choose a project of this partnership."));
            organises = *organiser;
        }
        if (!can_write_document(actor, organises))
            return std::unexpected(Error::forbidden(form.project_id ? "Only the project's organisers start its documents."
                                                                    : "Only conveners start the partnership's documents."));
        auto const now = now_text();
        Document document { new_id(), actor.partnership_id, form.project_id, form.title, form.kind, 0, actor.person_id, now, now };
        store::insert_document(sql, document);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "document.created", "document", document.id });
        return document;
    });
}

Status change_document(db::Database& database, Actor const& actor, std::string const& id, DocumentChangeForm const& form)
{
    return database.write([&](soci::session& sql) -> Status {
        auto document = written_by(sql, actor, id);
        if (!document)
            return std::unexpected(document.error());
        std::vector<std::string> fields;
        if (form.title && *form.title != document->title) {
            document->title = *form.title;
            fields.emplace_back("title");
        }
        if (form.kind && *form.kind != document->kind) {
            document->kind = *form.kind;
            fields.emplace_back("kind");
        }
        if (fields.empty())
            return {};
        touch(sql, *document);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "document.changed", "document", id, std::nullopt, std::nullopt, fields });
        return {};
    });
}

Result<Section> add_section(db::Database& database, Actor const& actor, std::string const& document_id, SectionForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<Section> {
        privacy::lock_for_change(sql, actor.partnership_id); // positions are read, then moved
        auto document = written_by(sql, actor, document_id);
        if (!document)
            return std::unexpected(document.error());
        auto const draft = store::sections(sql, document_id);
        if (draft.size() >= 500)
            return std::unexpected(Error::conflict("A document holds up to 500 sections. Start another document for the rest."));
        Section section;
        section.id = new_id();
        section.document_id = document_id;
        section.parent_id = form.parent_id.value_or(std::nullopt);
        if (auto checked = check_parent(draft, section.id, section.parent_id); !checked)
            return std::unexpected(checked.error());
        apply(form, section);
        fit_to_kind(section);
        int const last = next_position(draft, section.parent_id);
        section.position = std::min(form.position.value_or(last), last);
        section.updated_at = now_text();
        store::make_room(sql, document_id, section.parent_id, section.position);
        store::insert_section(sql, actor.partnership_id, section);
        touch(sql, *document);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "document.section_added", "document", document_id, std::nullopt, section.id });
        return section;
    });
}

Result<Section> change_section(db::Database& database, Actor const& actor, std::string const& document_id, std::string const& section_id,
    SectionForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<Section> {
        privacy::lock_for_change(sql, actor.partnership_id);
        auto written = written_section(sql, actor, section_id);
        if (!written || written->document.id != document_id)
            return std::unexpected(written ? Error::not_found("There is no such section in this document.") : written.error());
        auto& section = written->section;
        auto const draft = store::sections(sql, document_id);
        auto const before = section;
        apply(form, section);
        fit_to_kind(section);
        if (form.parent_id && *form.parent_id != section.parent_id) {
            if (auto checked = check_parent(draft, section.id, *form.parent_id); !checked)
                return std::unexpected(checked.error());
            section.parent_id = *form.parent_id;
            section.position = next_position(draft, section.parent_id);
        }
        if (form.position && *form.position != section.position) {
            // Swap places with the sibling there (the editor moves one step at a time).
            for (auto sibling : draft) {
                if (sibling.id == section.id || sibling.parent_id != section.parent_id || sibling.position != *form.position)
                    continue;
                sibling.position = section.position;
                store::update_section(sql, sibling);
            }
            section.position = *form.position;
        }
        section.updated_at = now_text();
        store::update_section(sql, section);
        touch(sql, written->document);
        std::vector<std::string> fields;
        if (before.heading != section.heading)
            fields.emplace_back("heading");
        if (before.body != section.body)
            fields.emplace_back("body");
        privacy::record(sql, actor.partnership_id, actor.person_id,
            { "document.section_changed", "document", document_id, std::nullopt, section.id, std::move(fields) });
        return section;
    });
}

Status remove_section(db::Database& database, Actor const& actor, std::string const& document_id, std::string const& section_id)
{
    return database.write([&](soci::session& sql) -> Status {
        auto written = written_section(sql, actor, section_id);
        if (!written || written->document.id != document_id)
            return std::unexpected(written ? Error::not_found("There is no such section in this document.") : written.error());
        auto const draft = store::sections(sql, document_id);
        if (std::ranges::any_of(draft, [&](Section const& other) { return other.parent_id == section_id; }))
            return std::unexpected(Error::conflict("This section has sections under it. Move or remove them first."));
        for (auto const& link : store::links_of_document(sql, document_id))
            if (link.section_id == section_id && (link.source_kind == "contribution" || link.source_kind == "need"))
                contributions::unlink_source(sql, actor.partnership_id, shaping(written->section), link.source_kind, link.source_id);
        store::delete_section(sql, section_id);
        touch(sql, written->document);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "document.section_removed", "document", document_id, section_id });
        return {};
    });
}

Result<Version> publish(db::Database& database, Actor const& actor, std::string const& document_id, PublishForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<Version> {
        privacy::lock_for_change(sql, actor.partnership_id); // one number per version
        auto document = written_by(sql, actor, document_id);
        if (!document)
            return std::unexpected(document.error());
        auto sections = in_reading_order(store::sections(sql, document_id));
        if (sections.empty())
            return std::unexpected(Error::conflict("Add a section before publishing."));
        for (auto const& section : sections) {
            auto checked = language::record_published(sql, actor,
                { "document_section", section.id, "body", published_wording(section), document->project_id });
            if (!checked) {
                auto error = checked.error();
                if (error.kind == ErrorKind::Invalid) {
                    auto const& messages = error.field_errors.begin()->second;
                    return std::unexpected(Error::invalid_field("sections", "“" + section.heading + "”: " + (messages.empty() ? "" : messages.front())));
                }
                return std::unexpected(std::move(error));
            }
        }
        Version version { document->published_version + 1, form.note, actor.person_id, now_text(), std::move(sections) };
        store::insert_version(sql, actor.partnership_id, document_id, version);
        document->published_version = version.number;
        touch(sql, *document);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "document.published", "document", document_id });
        return version;
    });
}

Result<SectionLink> add_link(db::Database& database, Actor const& actor, std::string const& section_id, LinkForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<SectionLink> {
        auto written = written_section(sql, actor, section_id);
        if (!written)
            return std::unexpected(written.error());
        auto const draft = store::sections(sql, written->document.id);
        if (form.source_kind == "section" && form.source_id == section_id)
            return std::unexpected(Error::invalid_field("source_id", "Link a section to another section, not to itself."));
        auto const source = find_source(sql, actor.partnership_id, draft, form.source_kind, form.source_id);
        bool const in_scope = source
            && (form.source_kind == "section" || !written->document.project_id || source->project_id == *written->document.project_id);
        if (!in_scope)
            return std::unexpected(Error::invalid_field("source_id",
                form.source_kind == "activity" ? "Choose an activity of this project whose minutes are written."
                                               : "Choose something from this document, or from its project."));
        SectionLink link { new_id(), section_id, form.source_kind, form.source_id, fingerprint_of(*source), actor.person_id, now_text(), std::nullopt,
            std::nullopt, "" };
        if (!store::insert_link(sql, actor.partnership_id, written->document.id, link))
            return std::unexpected(Error::conflict("This section is already linked to that."));
        if (form.source_kind == "contribution" || form.source_kind == "need")
            (void)contributions::link_source_to(sql, actor, shaping(written->section), form.source_kind, form.source_id);
        privacy::record(sql, actor.partnership_id, actor.person_id,
            { "document.linked", "document", written->document.id, std::nullopt, link.id });
        return link;
    });
}

Status remove_link(db::Database& database, Actor const& actor, std::string const& link_id)
{
    return database.write([&](soci::session& sql) -> Status {
        auto const link = store::find_link(sql, actor.partnership_id, link_id);
        if (!link)
            return std::unexpected(Error::not_found("There is no such link in this partnership."));
        auto written = written_section(sql, actor, link->section_id);
        if (!written)
            return std::unexpected(written.error());
        if (link->source_kind == "contribution" || link->source_kind == "need")
            contributions::unlink_source(sql, actor.partnership_id, shaping(written->section), link->source_kind, link->source_id);
        store::delete_link(sql, link_id);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "document.unlinked", "document", written->document.id, link_id });
        return {};
    });
}

Result<SectionLink> clear_link(db::Database& database, Actor const& actor, std::string const& link_id, ClearForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<SectionLink> {
        auto link = store::find_link(sql, actor.partnership_id, link_id);
        if (!link)
            return std::unexpected(Error::not_found("There is no such link in this partnership."));
        auto written = written_section(sql, actor, link->section_id);
        if (!written)
            return std::unexpected(written.error());
        auto const draft = store::sections(sql, written->document.id);
        auto const source = find_source(sql, actor.partnership_id, draft, link->source_kind, link->source_id);
        if (!source)
            return std::unexpected(Error::conflict("What this link pointed to is gone: remove the link instead."));
        auto const now = fingerprint_of(*source);
        if (now == link->fingerprint)
            return std::unexpected(Error::conflict("This link is not suspect: nothing has changed since it was made or last cleared."));
        link->fingerprint = now;
        link->cleared_by = actor.person_id;
        link->cleared_at = now_text();
        link->cleared_reason = form.reason;
        store::clear_link(sql, *link);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "document.link_cleared", "document", written->document.id, std::nullopt, link_id });
        return std::move(*link);
    });
}

Result<ProgressNote> record_progress(db::Database& database, Actor const& actor, std::string const& section_id, ProgressForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<ProgressNote> {
        auto written = written_section(sql, actor, section_id);
        if (!written)
            return std::unexpected(written.error());
        auto& section = written->section;
        if (!is_tracked(section.kind))
            return std::unexpected(Error::invalid_field("status", "Only objectives and actions have progress."));
        ProgressNote note { new_id(), section_id, form.status, form.note, actor.person_id, now_text(), "" };
        section.status = form.status;
        section.dropped_reason = form.status == "dropped" ? std::optional<std::string> { form.note } : std::nullopt;
        section.updated_at = note.at;
        store::update_section(sql, section);
        store::insert_progress(sql, actor.partnership_id, written->document.id, note);
        // The people whose words shaped it hear how it is going: those linked to
        // it, and for an objective those linked to the actions that deliver it.
        std::vector<std::string> said;
        auto const draft = store::sections(sql, written->document.id);
        auto const links = store::links_of_document(sql, written->document.id);
        auto const above = sections_above(draft, links);
        for (auto const& link : links) {
            if (link.source_kind != "contribution")
                continue;
            auto const rests = above.find(link.section_id);
            bool const beneath = rests != above.end() && rests->second.contains(section_id);
            if (link.section_id == section_id || (section.kind == "objective" && beneath))
                said.push_back(link.source_id);
        }
        boost::json::object params { { "document_id", written->document.id }, { "document_title", written->document.title },
            { "section_id", section_id }, { "section_heading", section.heading }, { "section_status", form.status }, { "note", form.note.substr(0, 300) } };
        contributions::tell_authors(sql, actor, said, "shaped_progress", boost::json::serialize(params), "/sections/" + section_id + "/thread",
            "shaped_progress:" + note.id);
        privacy::record(sql, actor.partnership_id, actor.person_id,
            { "document.progress", "document", written->document.id, std::nullopt, section_id, { "status" } });
        return note;
    });
}

namespace {

// The section of a draft open for comment now, for a member of the partnership.
Result<WrittenSection> open_for_comment(soci::session& sql, Actor const& actor, std::string const& section_id)
{
    auto section = store::find_section(sql, actor.partnership_id, section_id);
    if (!section)
        return std::unexpected(Error::not_found("There is no such section in this partnership."));
    auto seen = see_document(sql, actor, section->document_id);
    if (!seen)
        return std::unexpected(Error::not_found("There is no such section in this partnership."));
    if (!seen->consulting)
        return std::unexpected(Error::conflict("This draft is not open for comments now."));
    return WrittenSection { std::move(seen->document), std::move(*section) };
}

Result<SectionResponse> respond_to_section(soci::session& sql, Actor const& actor, WrittenSection const& at, std::string kind, std::string text,
    std::string reason)
{
    contributions::ContributionForm form;
    form.kind = kind == "suggestion" ? "idea" : "feedback";
    form.text = kind == "suggestion" ? "Suggested wording for “" + at.section.heading + "”: " + text + (reason.empty() ? "" : "\n\nWhy: " + reason)
                                     : "On “" + at.section.heading + "”: " + text;
    if (form.text.size() > 20000)
        return std::unexpected(Error::invalid_field(kind == "suggestion" ? "body" : "text", "Write less: up to 20,000 characters with the heading."));
    auto contribution = contributions::record_contribution(sql, actor, *at.document.project_id, form);
    if (!contribution)
        return std::unexpected(contribution.error());
    SectionResponse response { new_id(), at.document.id, at.section.id, std::move(kind), actor.person_id, contribution->group, std::move(text),
        std::move(reason), "open", "", std::nullopt, std::nullopt, contribution->id, now_text() };
    store::insert_response(sql, actor.partnership_id, response);
    privacy::record(sql, actor.partnership_id, actor.person_id,
        { "document." + response.kind + "_added", "document", at.document.id, std::nullopt, response.id });
    return response;
}

// A suggestion still open, on a document the actor writes.
struct Suggestion {
    SectionResponse response;
    WrittenSection at;
};
Result<Suggestion> open_suggestion(soci::session& sql, Actor const& actor, std::string const& id)
{
    auto response = store::find_response(sql, actor.partnership_id, id);
    if (!response || response->kind != "suggestion")
        return std::unexpected(Error::not_found("There is no such suggestion in this partnership."));
    auto written = written_section(sql, actor, response->section_id);
    if (!written)
        return std::unexpected(written.error());
    if (response->status != "open")
        return std::unexpected(Error::conflict("This suggestion has already been answered."));
    return Suggestion { std::move(*response), std::move(*written) };
}

}

Status open_consultation(db::Database& database, Actor const& actor, std::string const& document_id, ConsultationForm const& form)
{
    return database.write([&](soci::session& sql) -> Status {
        auto document = written_by(sql, actor, document_id);
        if (!document)
            return std::unexpected(document.error());
        if (!document->project_id)
            return std::unexpected(Error::conflict("Comments count as contributions to a project: consult on a project's document."));
        if (store::sections(sql, document_id).empty())
            return std::unexpected(Error::conflict("Add a section before asking for comments."));
        store::save_consultation(sql, actor.partnership_id, document_id, { actor.person_id, now_text(), form.closes_at });
        privacy::record(sql, actor.partnership_id, actor.person_id, { "document.consultation_opened", "document", document_id });
        return {};
    });
}

Result<SectionResponse> comment_on(db::Database& database, Actor const& actor, std::string const& section_id, CommentForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<SectionResponse> {
        auto at = open_for_comment(sql, actor, section_id);
        if (!at)
            return std::unexpected(at.error());
        return respond_to_section(sql, actor, *at, "comment", form.text, "");
    });
}

Result<SectionResponse> suggest_wording(db::Database& database, Actor const& actor, std::string const& section_id, SuggestionForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<SectionResponse> {
        auto at = open_for_comment(sql, actor, section_id);
        if (!at)
            return std::unexpected(at.error());
        return respond_to_section(sql, actor, *at, "suggestion", form.body, form.reason);
    });
}

Result<SectionResponse> accept_suggestion(db::Database& database, Actor const& actor, std::string const& suggestion_id)
{
    return database.write([&](soci::session& sql) -> Result<SectionResponse> {
        privacy::lock_for_change(sql, actor.partnership_id);
        auto suggestion = open_suggestion(sql, actor, suggestion_id);
        if (!suggestion)
            return std::unexpected(suggestion.error());
        auto& section = suggestion->at.section;
        auto& response = suggestion->response;
        section.body = response.text;
        section.updated_at = now_text();
        store::update_section(sql, section);
        touch(sql, suggestion->at.document);
        auto answered = contributions::record_response(sql, actor, response.contribution_id,
            { "adopted", "We used your wording for “" + section.heading + "” in the draft of “" + suggestion->at.document.title + "”." });
        if (!answered)
            return std::unexpected(answered.error());
        // The accepted words came from this person: the section now traces to them.
        auto const source = contributions::contribution_traced(sql, actor.partnership_id, response.contribution_id);
        if (source) {
            SectionLink link { new_id(), section.id, "contribution", response.contribution_id, fingerprint_of(*source), actor.person_id, now_text(),
                std::nullopt, std::nullopt, "" };
            if (store::insert_link(sql, actor.partnership_id, suggestion->at.document.id, link))
                (void)contributions::link_source_to(sql, actor, shaping(section), "contribution", response.contribution_id);
        }
        response.status = "accepted";
        response.answer = answered->response;
        response.answered_by = actor.person_id;
        response.answered_at = section.updated_at;
        store::answer_response(sql, response);
        privacy::record(sql, actor.partnership_id, actor.person_id,
            { "document.suggestion_accepted", "document", suggestion->at.document.id, std::nullopt, response.id, { "body" } });
        return std::move(response);
    });
}

Result<SectionResponse> decline_suggestion(db::Database& database, Actor const& actor, std::string const& suggestion_id, DeclineForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<SectionResponse> {
        privacy::lock_for_change(sql, actor.partnership_id);
        auto suggestion = open_suggestion(sql, actor, suggestion_id);
        if (!suggestion)
            return std::unexpected(suggestion.error());
        auto& response = suggestion->response;
        auto answered = contributions::record_response(sql, actor, response.contribution_id, { "not_adopted", form.reason });
        if (!answered)
            return std::unexpected(answered.error());
        response.status = "declined";
        response.answer = form.reason;
        response.answered_by = actor.person_id;
        response.answered_at = now_text();
        store::answer_response(sql, response);
        privacy::record(sql, actor.partnership_id, actor.person_id,
            { "document.suggestion_declined", "document", suggestion->at.document.id, std::nullopt, response.id });
        return std::move(response);
    });
}

namespace {

// A document whose public address the actor may start or stop.
Result<Document> shared_by(soci::session& sql, Actor const& actor, std::string const& document_id)
{
    auto document = written_by(sql, actor, document_id);
    if (document && !can_make_public(actor))
        return std::unexpected(Error::forbidden("Only conveners put a document where anyone can read it."));
    return document;
}

}

Status make_public(db::Database& database, Actor const& actor, std::string const& document_id)
{
    return database.write([&](soci::session& sql) -> Status {
        auto document = shared_by(sql, actor, document_id);
        if (!document)
            return std::unexpected(document.error());
        if (document->published_version == 0)
            return std::unexpected(Error::conflict("Publish a version first: only published versions are public."));
        if (store::public_token(sql, document_id))
            return {};
        store::save_public_token(sql, actor.partnership_id, document_id, random_token(), actor.person_id, now_text());
        privacy::record(sql, actor.partnership_id, actor.person_id, { "document.made_public", "document", document_id });
        return {};
    });
}

Status stop_public(db::Database& database, Actor const& actor, std::string const& document_id)
{
    return database.write([&](soci::session& sql) -> Status {
        if (auto document = shared_by(sql, actor, document_id); !document)
            return std::unexpected(document.error());
        if (!store::public_token(sql, document_id))
            return {};
        store::delete_public_token(sql, document_id);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "document.public_stopped", "document", document_id });
        return {};
    });
}

}
