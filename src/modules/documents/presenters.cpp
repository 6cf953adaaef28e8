#include "modules/documents/presenters.hpp"

#include <boost/json.hpp>

namespace rt::documents {

namespace {

boost::json::value optional_json(std::optional<std::string> const& value)
{
    return value ? boost::json::value(*value) : boost::json::value(nullptr);
}

boost::json::value suspect_value(std::optional<SuspectReason> const& reason)
{
    if (!reason)
        return nullptr;
    return *reason == SuspectReason::SourceChanged ? "source_changed" : "beneath";
}

boost::json::value progress_value(std::optional<Progress> const& progress)
{
    if (!progress)
        return nullptr;
    return boost::json::object { { "actions", progress->actions }, { "done", progress->done }, { "dropped", progress->dropped },
        { "share", progress->share ? boost::json::value(*progress->share) : boost::json::value(nullptr) } };
}

boost::json::value source_value(std::optional<Traced> const& source)
{
    if (!source)
        return nullptr;
    return boost::json::object { { "title", source->title }, { "text", source->text }, { "group", source->group }, { "at", source->at },
        { "project_id", source->project_id.empty() ? boost::json::value(nullptr) : boost::json::value(source->project_id) } };
}

boost::json::value consultation_value(DocumentView const& view)
{
    if (!view.consultation)
        return nullptr;
    return boost::json::object { { "opened_at", view.consultation->opened_at }, { "closes_at", view.consultation->closes_at },
        { "open", view.consulting } };
}

boost::json::object link_view_json(LinkView const& view)
{
    auto object = link_json(view.link);
    object["suspect"] = view.suspect;
    object["source"] = source_value(view.source);
    return object;
}

boost::json::object section_view_json(SectionView const& view)
{
    auto object = section_json(view.section);
    boost::json::array links;
    for (auto const& link : view.links)
        links.push_back(link_view_json(link));
    object["links"] = std::move(links);
    object["suspect"] = suspect_value(view.suspect);
    object["no_community_trace"] = view.no_community_trace;
    object["progress"] = progress_value(view.progress);
    if (view.versions) {
        object["versions"] = language::versions_json(*view.versions);
        object["published"] = view.published;
    }
    return object;
}

boost::json::array words_json(std::vector<WordRun> const& runs)
{
    boost::json::array array;
    for (auto const& run : runs)
        array.push_back({ { "change", run.change == WordChange::Added ? "added" : run.change == WordChange::Removed ? "removed" : "same" },
            { "text", run.text } });
    return array;
}

std::string_view change_name(SectionChange change)
{
    switch (change) {
    case SectionChange::Added:
        return "added";
    case SectionChange::Removed:
        return "removed";
    case SectionChange::Reworded:
        return "reworded";
    case SectionChange::Unchanged:
        break;
    }
    return "unchanged";
}

}

boost::json::object section_json(Section const& s)
{
    return { { "id", s.id }, { "document_id", s.document_id }, { "parent_id", optional_json(s.parent_id) }, { "position", s.position },
        { "kind", s.kind }, { "heading", s.heading }, { "body", s.body }, { "owner_group", optional_json(s.owner_group) },
        { "due_on", optional_json(s.due_on) }, { "review_on", optional_json(s.review_on) }, { "status", optional_json(s.status) },
        { "dropped_reason", optional_json(s.dropped_reason) }, { "measure", s.measure }, { "updated_at", s.updated_at } };
}

boost::json::object link_json(SectionLink const& link)
{
    return { { "id", link.id }, { "section_id", link.section_id }, { "source_kind", link.source_kind }, { "source_id", link.source_id },
        { "created_at", link.created_at }, { "cleared_at", optional_json(link.cleared_at) }, { "cleared_reason", link.cleared_reason } };
}

boost::json::object document_json(DocumentView const& view)
{
    auto const& d = view.document;
    boost::json::array sections;
    for (auto const& section : view.sections)
        sections.push_back(section_view_json(section));
    return { { "id", d.id }, { "project_id", optional_json(d.project_id) }, { "title", d.title }, { "kind", d.kind },
        { "published_version", d.published_version }, { "created_at", d.created_at }, { "updated_at", d.updated_at }, { "writer", view.writer },
        { "version", view.version ? boost::json::value(*view.version) : boost::json::value(nullptr) }, { "suspect_links", view.suspect_links },
        { "without_trace", view.without_trace }, { "consultation", consultation_value(view) },
        { "public_path", view.public_path ? boost::json::value(*view.public_path) : boost::json::value(nullptr) }, { "sections", std::move(sections) } };
}

boost::json::object version_json(Version const& version)
{
    boost::json::object object { { "number", version.number }, { "note", version.note }, { "published_at", version.published_at } };
    if (!version.sections.empty()) {
        boost::json::array sections;
        for (auto const& section : version.sections)
            sections.push_back(section_json(section));
        object["sections"] = std::move(sections);
    }
    return object;
}

boost::json::object difference_json(Difference const& difference)
{
    boost::json::array sections;
    for (auto const& s : difference.sections) {
        boost::json::array also;
        for (auto const& field : s.also_changed)
            also.emplace_back(field);
        sections.push_back({ { "section_id", s.section_id }, { "change", change_name(s.change) }, { "kind", s.kind }, { "heading", s.heading },
            { "heading_words", words_json(s.heading_words) }, { "body_words", words_json(s.body_words) }, { "also_changed", std::move(also) } });
    }
    return { { "from", difference.from }, { "to", difference.to }, { "sections", std::move(sections) } };
}

boost::json::object suspect_json(SuspectList const& list)
{
    boost::json::array sections;
    for (auto const& section : list.sections)
        sections.push_back(section_view_json(section));
    return { { "sections", std::move(sections) } };
}

boost::json::object thread_json(Thread const& thread)
{
    boost::json::array story;
    for (auto const& e : thread.story)
        story.push_back({ { "at", e.at }, { "kind", e.kind }, { "title", e.title }, { "text", e.text }, { "group", e.group }, { "through", e.through },
            { "link_id", optional_json(e.link_id) }, { "suspect", e.suspect },
            { "version", e.version ? boost::json::value(*e.version) : boost::json::value(nullptr) }, { "status", e.status }, { "by", e.by } });
    return { { "document_id", thread.document_id }, { "document_title", thread.document_title }, { "section", section_json(thread.section) },
        { "progress", progress_value(thread.progress) }, { "suspect", suspect_value(thread.suspect) },
        { "no_community_trace", thread.no_community_trace }, { "story", std::move(story) } };
}

boost::json::object response_json(SectionResponse const& r, std::string const& viewer_id)
{
    return { { "id", r.id }, { "document_id", r.document_id }, { "section_id", r.section_id }, { "kind", r.kind }, { "group", r.group },
        { "text", r.text }, { "reason", r.reason }, { "status", r.status }, { "answer", r.answer }, { "answered_at", optional_json(r.answered_at) },
        { "contribution_id", r.contribution_id }, { "created_at", r.created_at }, { "mine", r.person_id == viewer_id } };
}

boost::json::object response_view_json(ResponseView const& view)
{
    auto object = response_json(view.response, view.mine ? view.response.person_id : std::string {});
    object["section_heading"] = view.section_heading;
    return object;
}

boost::json::object progress_note_json(ProgressNote const& note)
{
    return { { "id", note.id }, { "section_id", note.section_id }, { "status", note.status }, { "note", note.note }, { "at", note.at } };
}

}
