#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <soci/soci.h>

#include "core/actor.hpp"
#include "core/cursor.hpp"
#include "core/error.hpp"
#include "core/traced.hpp"
#include "db/database.hpp"
#include "modules/documents/difference.hpp"
#include "modules/documents/model.hpp"
#include "modules/documents/thread.hpp"
#include "modules/language/service.hpp"

namespace rt::documents {

// The document, if the actor may see it, and whether they write it (a
// document never published does not exist for anyone else).
struct SeenDocument {
    Document document;
    bool writer { false };
    std::optional<Consultation> consultation;
    bool consulting { false }; // open for comment now: every member reads the draft
};
[[nodiscard]] Result<SeenDocument> see_document(soci::session& sql, Actor const& actor, std::string const& id);

struct LinkView {
    SectionLink link;
    std::optional<Traced> source; // none: the source is gone
    bool suspect { false };
};

struct SectionView {
    Section section;
    std::vector<LinkView> links;
    std::optional<SuspectReason> suspect;
    bool no_community_trace { false };
    std::optional<Progress> progress; // objectives
    // Its translations and Easy Read version (a document's own page only).
    std::optional<language::TextVersions> versions;
    bool published { false }; // in the latest version (a document's own page only)
};

// The draft for its writers; for everyone else the latest published version.
struct DocumentView {
    Document document;
    bool writer { false };
    std::optional<int> version; // the version shown; none: the draft
    std::optional<Consultation> consultation;
    bool consulting { false };
    std::optional<std::string> public_path; // writers only: /public/documents/TOKEN
    std::vector<SectionView> sections; // in reading order
    int suspect_links { 0 };
    int without_trace { 0 };
};
[[nodiscard]] Result<DocumentView> get_document(db::Database& database, Actor const& actor, std::string const& id);
// Newest first: writers see every document, others the published ones.
[[nodiscard]] Result<Page<DocumentView>> list_documents(db::Database& database, Actor const& actor, PageRequest const& page);
[[nodiscard]] DocumentView document_view(db::Database& database, soci::session& sql, Actor const& actor, SeenDocument seen);

// Oldest first, without their sections.
[[nodiscard]] Result<Page<Version>> list_versions(db::Database& database, Actor const& actor, std::string const& id, PageRequest const& page);
[[nodiscard]] Result<Version> get_version(db::Database& database, Actor const& actor, std::string const& id, int number);

// `from` and `to` are version numbers; 0 is the draft (its writers only).
struct Difference {
    int from { 0 };
    int to { 0 };
    std::vector<SectionDifference> sections;
};
[[nodiscard]] Result<Difference> get_difference(db::Database& database, Actor const& actor, std::string const& id, int from, int to);

// The suspect links of the draft, each with its section and source, and the
// sections suspect because of what lies beneath them.
struct SuspectList {
    std::vector<SectionView> sections; // only the suspect ones, in reading order, with only their suspect links
};
[[nodiscard]] Result<SuspectList> list_suspect(db::Database& database, Actor const& actor, std::string const& id);

// "Where did this come from?": a section's story in time order.
struct ThreadEntry {
    std::string at;
    std::string kind; // a source kind, or "version" or "progress"
    std::string title;
    std::string text;
    std::string group;
    std::string through; // the heading of the section it came through (an action delivering this objective); empty: this one
    std::optional<std::string> link_id;
    bool suspect { false };
    std::optional<int> version;
    std::string status; // progress and version entries
    std::string by;     // who wrote a progress note
};
struct Thread {
    std::string document_id;
    std::string document_title;
    Section section;
    std::vector<ThreadEntry> story;
    std::optional<Progress> progress;
    std::optional<SuspectReason> suspect;
    bool no_community_trace { false };
};
[[nodiscard]] Result<Thread> get_thread(db::Database& database, Actor const& actor, std::string const& section_id);

// The comments and suggestions on a document's draft, oldest first: all of
// them for its writers, each member's own for them. A person's name is never
// shown: the group they spoke for is.
struct ResponseView {
    SectionResponse response;
    std::string section_heading;
    bool mine { false };
};
[[nodiscard]] Result<Page<ResponseView>> list_responses(db::Database& database, Actor const& actor, std::string const& document_id,
    PageRequest const& page);

// The latest published version behind a public address, for anyone; never
// the draft. Nothing for an unknown or stopped address.
struct PublicDocument {
    Document document;
    Version version;
    // Each section's translations and Easy Read version, judged against the version's words.
    std::map<std::string, language::TextVersions> versions;
};
[[nodiscard]] std::optional<PublicDocument> public_document(db::Database& database, std::string const& token);

// For the home page: the sections whose review date has come, in the
// documents the actor writes, soonest first, with their document.
struct ReviewDue {
    Section section;
    Document document;
};
[[nodiscard]] std::vector<ReviewDue> reviews_due(soci::session& sql, Actor const& actor);

// A section's heading, for a module that points at one (an initiative serving an objective); none when it is not this partnership's.
[[nodiscard]] std::optional<std::string> section_heading(soci::session& sql, std::string const& partnership_id, std::string const& section_id);

}
