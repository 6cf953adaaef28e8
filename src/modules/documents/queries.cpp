#include "modules/documents/queries.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "core/crypto.hpp"
#include "core/time.hpp"
#include "modules/documents/permissions.hpp"
#include "modules/documents/sources.hpp"
#include "modules/documents/store.hpp"
#include "modules/projects/queries.hpp"

namespace rt::documents {

namespace {

Error document_not_found()
{
    return Error::not_found("There is no such document in this partnership.");
}

// The sections a reader sees: the draft for its writers, else the latest version's.
struct Shown {
    std::optional<int> version;
    std::vector<Section> sections;
};

Shown shown_to(soci::session& sql, SeenDocument const& seen)
{
    if (seen.writer || seen.consulting)
        return { std::nullopt, in_reading_order(store::sections(sql, seen.document.id)) };
    auto version = store::find_version(sql, seen.document.id, seen.document.published_version);
    if (!version)
        return { seen.document.published_version, {} };
    // Progress is delivery, not wording: the published words with today's status.
    auto const draft = store::sections(sql, seen.document.id);
    for (auto& section : version->sections) {
        auto const now = std::ranges::find(draft, section.id, &Section::id);
        if (now == draft.end())
            continue;
        section.status = now->status;
        section.dropped_reason = now->dropped_reason;
    }
    return { version->number, in_reading_order(std::move(version->sections)) };
}

std::vector<SectionView> section_views(db::Database& database, soci::session& sql, std::string const& partnership_id, std::vector<Section> const& draft,
    std::vector<Section> const& shown, std::vector<SectionLink> const& links, bool writer)
{
    auto const sources = sources_now(database, sql, partnership_id, draft, links);
    auto const suspicion = find_suspicion(draft, links, fingerprints_of(sources));
    auto const untraced = without_community_trace(shown, links);
    std::map<std::string, std::vector<SectionLink const*>> links_of; // by section
    for (auto const& link : links)
        links_of[link.section_id].push_back(&link);
    std::vector<SectionView> views;
    views.reserve(shown.size());
    for (auto const& section : shown) {
        SectionView view { section, {}, std::nullopt, untraced.contains(section.id), std::nullopt };
        for (auto const* link : links_of[section.id]) {
            bool const suspect = writer && suspicion.links.contains(link->id);
            auto const source = sources.find({ link->source_kind, link->source_id });
            view.links.push_back({ *link, source == sources.end() ? std::nullopt : std::optional<Traced> { source->second }, suspect });
        }
        if (writer) {
            if (auto const found = suspicion.sections.find(section.id); found != suspicion.sections.end())
                view.suspect = found->second;
        }
        if (section.kind == "objective")
            view.progress = roll_up(section.id, shown, links);
        views.push_back(std::move(view));
    }
    return views;
}

}

Result<SeenDocument> see_document(soci::session& sql, Actor const& actor, std::string const& id)
{
    auto document = store::find_document(sql, actor.partnership_id, id);
    if (!document)
        return std::unexpected(document_not_found());
    bool organises = false;
    if (document->project_id) {
        auto organiser = projects::can_organise(sql, actor, *document->project_id);
        organises = organiser && *organiser;
    }
    bool const writer = can_read_draft(actor, organises);
    auto consultation = store::find_consultation(sql, document->id);
    bool const consulting = consultation && consultation->closes_at > now_text();
    if (!writer && !consulting && (document->published_version == 0 || !can_read_published(actor)))
        return std::unexpected(document_not_found());
    return SeenDocument { std::move(*document), writer, std::move(consultation), consulting };
}

DocumentView document_view(db::Database& database, soci::session& sql, Actor const& actor, SeenDocument seen)
{
    auto const draft = store::sections(sql, seen.document.id);
    auto const links = store::links_of_document(sql, seen.document.id);
    auto shown = shown_to(sql, seen);
    DocumentView view;
    view.writer = seen.writer;
    view.version = shown.version;
    view.consultation = seen.consultation;
    view.consulting = seen.consulting;
    if (seen.writer)
        if (auto token = store::public_token(sql, seen.document.id))
            view.public_path = "/public/documents/" + *token;
    view.sections = section_views(database, sql, actor.partnership_id, draft, shown.sections, links, seen.writer);
    for (auto const& section : view.sections) {
        view.suspect_links += static_cast<int>(std::ranges::count_if(section.links, &LinkView::suspect));
        view.without_trace += section.no_community_trace ? 1 : 0;
    }
    view.document = std::move(seen.document);
    return view;
}

Result<DocumentView> get_document(db::Database& database, Actor const& actor, std::string const& id)
{
    return database.read([&](soci::session& sql) -> Result<DocumentView> {
        auto seen = see_document(sql, actor, id);
        if (!seen)
            return std::unexpected(seen.error());
        std::set<std::string> published; // the sections of the latest version: the ones a translation can be made of
        if (seen->document.published_version > 0)
            if (auto const latest = store::find_version(sql, seen->document.id, seen->document.published_version))
                for (auto const& section : latest->sections)
                    published.insert(section.id);
        auto view = document_view(database, sql, actor, std::move(*seen));
        // Translations are of a section's heading and body together, as published.
        for (auto& section : view.sections) {
            section.versions = language::versions_of(sql, actor.partnership_id, "document_section", section.section.id,
                sha256_hex(published_wording(section.section)));
            section.published = published.contains(section.section.id);
        }
        return view;
    });
}

Result<Page<DocumentView>> list_documents(db::Database& database, Actor const& actor, PageRequest const& page)
{
    return database.read([&](soci::session& sql) -> Result<Page<DocumentView>> {
        auto const keys = finish_page(store::document_keys(sql, actor.partnership_id, actor.is_convener(), page), page.limit,
            [](auto const& row) { return NameCursor { row.first, row.second }; });
        Page<DocumentView> views;
        views.next_cursor = keys.next_cursor;
        for (auto const& [created_at, id] : keys.items) {
            auto seen = see_document(sql, actor, id);
            if (!seen)
                continue;
            // The list shows titles and counts; sections stay for the document's own page.
            auto view = document_view(database, sql, actor, std::move(*seen));
            for (auto& section : view.sections)
                section.links.clear();
            views.items.push_back(std::move(view));
        }
        return views;
    });
}

Result<Page<Version>> list_versions(db::Database& database, Actor const& actor, std::string const& id, PageRequest const& page)
{
    return database.read([&](soci::session& sql) -> Result<Page<Version>> {
        auto seen = see_document(sql, actor, id);
        if (!seen)
            return std::unexpected(seen.error());
        // A document's versions are few (one a publication), so the page is cut from them all.
        return slice_page(store::versions(sql, id), page, [](Version const& version) { return std::to_string(version.number); });
    });
}

Result<Version> get_version(db::Database& database, Actor const& actor, std::string const& id, int number)
{
    return database.read([&](soci::session& sql) -> Result<Version> {
        auto seen = see_document(sql, actor, id);
        if (!seen)
            return std::unexpected(seen.error());
        auto version = store::find_version(sql, id, number);
        if (!version)
            return std::unexpected(Error::not_found("This document has no such version."));
        version->sections = in_reading_order(std::move(version->sections));
        return std::move(*version);
    });
}

Result<Difference> get_difference(db::Database& database, Actor const& actor, std::string const& id, int from, int to)
{
    return database.read([&](soci::session& sql) -> Result<Difference> {
        auto seen = see_document(sql, actor, id);
        if (!seen)
            return std::unexpected(seen.error());
        auto sections_of = [&](int number, std::string const& field) -> Result<std::vector<Section>> {
            if (number == 0) {
                if (!seen->writer)
                    return std::unexpected(Error::invalid_field(field, "Choose a published version."));
                return store::sections(sql, id);
            }
            auto version = store::find_version(sql, id, number);
            if (!version)
                return std::unexpected(Error::invalid_field(field, "Choose a version of this document."));
            return std::move(version->sections);
        };
        auto earlier = sections_of(from, "from");
        if (!earlier)
            return std::unexpected(earlier.error());
        auto later = sections_of(to, "to");
        if (!later)
            return std::unexpected(later.error());
        return Difference { from, to, difference_between(*earlier, *later) };
    });
}

Result<SuspectList> list_suspect(db::Database& database, Actor const& actor, std::string const& id)
{
    return database.read([&](soci::session& sql) -> Result<SuspectList> {
        auto seen = see_document(sql, actor, id);
        if (!seen)
            return std::unexpected(seen.error());
        if (!seen->writer)
            return std::unexpected(Error::forbidden("Only the document's writers review its suspect links."));
        auto view = document_view(database, sql, actor, std::move(*seen));
        SuspectList list;
        for (auto& section : view.sections) {
            if (!section.suspect)
                continue;
            std::erase_if(section.links, [](LinkView const& link) { return !link.suspect; });
            list.sections.push_back(std::move(section));
        }
        return list;
    });
}

Result<Thread> get_thread(db::Database& database, Actor const& actor, std::string const& section_id)
{
    return database.read([&](soci::session& sql) -> Result<Thread> {
        auto const section = store::find_section(sql, actor.partnership_id, section_id);
        if (!section)
            return std::unexpected(Error::not_found("There is no such section in this partnership."));
        auto seen = see_document(sql, actor, section->document_id);
        if (!seen)
            return std::unexpected(Error::not_found("There is no such section in this partnership."));
        auto const document_id = seen->document.id;
        auto const document_title = seen->document.title;
        auto view = document_view(database, sql, actor, std::move(*seen));
        auto const own = std::ranges::find(view.sections, section_id, [](SectionView const& v) { return v.section.id; });
        if (own == view.sections.end())
            return std::unexpected(Error::not_found("This section is not in the published version yet."));

        Thread thread { document_id, document_title, own->section, {}, own->progress, own->suspect, own->no_community_trace };
        // The sections that deliver this one, whose sources are part of its story.
        std::set<std::string> delivering;
        for (auto const& other : view.sections) {
            if (other.section.parent_id == section_id)
                delivering.insert(other.section.id);
            for (auto const& link : other.links)
                if (link.link.source_kind == "section" && link.link.source_id == section_id)
                    delivering.insert(other.section.id);
        }
        for (auto const& other : view.sections) {
            bool const self = other.section.id == section_id;
            if (!self && !delivering.contains(other.section.id))
                continue;
            for (auto const& link : other.links) {
                if (link.link.source_kind == "section" && !self)
                    continue; // the delivering section's link to this one
                ThreadEntry entry;
                entry.kind = link.link.source_kind;
                entry.link_id = link.link.id;
                entry.suspect = link.suspect;
                entry.through = self ? "" : other.section.heading;
                if (link.source) {
                    entry.at = link.source->at;
                    entry.title = link.source->title;
                    entry.text = link.source->text;
                    entry.group = link.source->group;
                } else {
                    entry.at = link.link.created_at;
                    entry.title = "";
                    entry.text = "";
                }
                thread.story.push_back(std::move(entry));
            }
        }
        // The versions in which it first appeared or changed.
        std::optional<Section> before;
        for (auto const& version : store::versions(sql, document_id)) {
            auto const full = store::find_version(sql, document_id, version.number);
            if (!full)
                continue;
            auto const found = std::ranges::find(full->sections, section_id, &Section::id);
            if (found == full->sections.end())
                continue;
            if (!before || before->heading != found->heading || before->body != found->body)
                thread.story.push_back({ version.published_at, "version", found->heading, found->body, "", "", std::nullopt, false, version.number,
                    before ? "reworded" : "added" });
            before = *found;
        }
        for (auto const& note : store::progress_of(sql, section_id))
            thread.story.push_back({ note.at, "progress", "", note.note, "", "", std::nullopt, false, std::nullopt, note.status, note.name });
        std::ranges::stable_sort(thread.story, [](ThreadEntry const& a, ThreadEntry const& b) { return a.at < b.at; });
        return thread;
    });
}

Result<Page<ResponseView>> list_responses(db::Database& database, Actor const& actor, std::string const& document_id, PageRequest const& page)
{
    return database.read([&](soci::session& sql) -> Result<Page<ResponseView>> {
        auto seen = see_document(sql, actor, document_id);
        if (!seen)
            return std::unexpected(seen.error());
        auto const draft = store::sections(sql, document_id);
        std::vector<ResponseView> views;
        auto const person = seen->writer ? std::nullopt : std::optional<std::string> { actor.person_id };
        for (auto& response : store::responses_of(sql, document_id, person)) {
            auto const section = std::ranges::find(draft, response.section_id, &Section::id);
            bool const mine = response.person_id == actor.person_id;
            views.push_back({ std::move(response), section == draft.end() ? "" : section->heading, mine });
        }
        // A draft's comments are a few hundred at most, so the page is cut from them all.
        return slice_page(std::move(views), page, [](ResponseView const& view) { return view.response.id; });
    });
}

std::optional<PublicDocument> public_document(db::Database& database, std::string const& token)
{
    return database.read([&](soci::session& sql) -> std::optional<PublicDocument> {
        auto const found = store::document_by_token(sql, token);
        if (!found)
            return std::nullopt;
        auto document = store::find_document(sql, found->first, found->second);
        if (!document || document->published_version == 0)
            return std::nullopt;
        auto version = store::find_version(sql, document->id, document->published_version);
        if (!version)
            return std::nullopt;
        version->sections = in_reading_order(std::move(version->sections));
        PublicDocument shown { std::move(*document), std::move(*version), {} };
        for (auto const& section : shown.version.sections)
            shown.versions[section.id]
                = language::versions_of(sql, found->first, "document_section", section.id, sha256_hex(published_wording(section)));
        return shown;
    });
}

std::vector<ReviewDue> reviews_due(soci::session& sql, Actor const& actor)
{
    std::vector<ReviewDue> due;
    std::map<std::string, std::optional<SeenDocument>> seen; // by document: each looked up once
    for (auto& section : store::reviews_due(sql, actor.partnership_id, now_text().substr(0, 10))) {
        auto found = seen.find(section.document_id);
        if (found == seen.end()) {
            auto document = see_document(sql, actor, section.document_id);
            found = seen.emplace(section.document_id, document ? std::optional<SeenDocument> { std::move(*document) } : std::nullopt).first;
        }
        if (!found->second || !found->second->writer)
            continue;
        due.push_back({ std::move(section), found->second->document });
    }
    return due;
}

std::optional<std::string> section_heading(soci::session& sql, std::string const& partnership_id, std::string const& section_id)
{
    auto const section = store::find_section(sql, partnership_id, section_id);
    if (!section)
        return std::nullopt;
    return section->heading;
}

}
