#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <soci/soci.h>

#include "core/cursor.hpp"
#include "modules/documents/model.hpp"

// The documents module's SQL: documents, document_sections (the draft),
// document_versions (published, frozen), section_links and section_progress.
// Every value is bound.
namespace rt::documents::store {

[[nodiscard]] std::optional<Document> find_document(soci::session& sql, std::string const& partnership_id, std::string const& id);
// Newest first, a keyset page of (created_at, id), limit + 1 rows: every
// document for `drafts_too`, otherwise the published ones.
[[nodiscard]] std::vector<std::pair<std::string, std::string>> document_keys(soci::session& sql, std::string const& partnership_id, bool drafts_too,
    PageRequest const& page);
void insert_document(soci::session& sql, Document const& document);
void update_document(soci::session& sql, Document const& document);

// The draft's sections, in no particular order (documents::in_reading_order sorts them).
[[nodiscard]] std::vector<Section> sections(soci::session& sql, std::string const& document_id);
[[nodiscard]] std::optional<Section> find_section(soci::session& sql, std::string const& partnership_id, std::string const& id);
void insert_section(soci::session& sql, std::string const& partnership_id, Section const& section);
void update_section(soci::session& sql, Section const& section);
void delete_section(soci::session& sql, std::string const& id);
// Moves the siblings at `position` and after one place on, to make room.
void make_room(soci::session& sql, std::string const& document_id, std::optional<std::string> const& parent_id, int position);

void insert_version(soci::session& sql, std::string const& partnership_id, std::string const& document_id, Version const& version);
// Oldest first, without their sections.
[[nodiscard]] std::vector<Version> versions(soci::session& sql, std::string const& document_id);
[[nodiscard]] std::optional<Version> find_version(soci::session& sql, std::string const& document_id, int number);

[[nodiscard]] std::vector<SectionLink> links_of_document(soci::session& sql, std::string const& document_id);
[[nodiscard]] std::optional<SectionLink> find_link(soci::session& sql, std::string const& partnership_id, std::string const& id);
// The document of a link, for checking who may change it.
[[nodiscard]] std::optional<std::string> document_of_link(soci::session& sql, std::string const& link_id);
// False when the section already had a link to that source.
[[nodiscard]] bool insert_link(soci::session& sql, std::string const& partnership_id, std::string const& document_id, SectionLink const& link);
void delete_link(soci::session& sql, std::string const& id);
void clear_link(soci::session& sql, SectionLink const& link);
// Every section (of any document of the partnership) linked to this source: (document id, section id).
[[nodiscard]] std::vector<std::pair<std::string, std::string>> sections_linked_to(soci::session& sql, std::string const& partnership_id,
    std::string const& source_kind, std::string const& source_id);

void insert_progress(soci::session& sql, std::string const& partnership_id, std::string const& document_id, ProgressNote const& note);
// Oldest first. NOTE: names from the partnership module's people, joined as
// every progress note shows who wrote it.
[[nodiscard]] std::vector<ProgressNote> progress_of(soci::session& sql, std::string const& section_id);

[[nodiscard]] std::optional<Consultation> find_consultation(soci::session& sql, std::string const& document_id);
void save_consultation(soci::session& sql, std::string const& partnership_id, std::string const& document_id, Consultation const& consultation);

void insert_response(soci::session& sql, std::string const& partnership_id, SectionResponse const& response);
[[nodiscard]] std::optional<SectionResponse> find_response(soci::session& sql, std::string const& partnership_id, std::string const& id);
void answer_response(soci::session& sql, SectionResponse const& response);
// Oldest first; only one person's when `person_id` is given.
[[nodiscard]] std::vector<SectionResponse> responses_of(soci::session& sql, std::string const& document_id, std::optional<std::string> const& person_id);

// A document's public address, by its token (unguessable: 32 random bytes).
[[nodiscard]] std::optional<std::string> public_token(soci::session& sql, std::string const& document_id);
// (partnership id, document id)
[[nodiscard]] std::optional<std::pair<std::string, std::string>> document_by_token(soci::session& sql, std::string const& token);
void save_public_token(soci::session& sql, std::string const& partnership_id, std::string const& document_id, std::string const& token,
    std::string const& by, std::string const& at);
void delete_public_token(soci::session& sql, std::string const& document_id);

// Objectives and actions whose review date has come (on or before `today`,
// YYYY-MM-DD) and that are neither done nor dropped, in the partnership's
// documents, soonest first.
[[nodiscard]] std::vector<Section> reviews_due(soci::session& sql, std::string const& partnership_id, std::string const& today);

}
