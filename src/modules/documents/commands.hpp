#pragma once

#include <string>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "db/database.hpp"
#include "modules/documents/forms.hpp"
#include "modules/documents/model.hpp"

// One use case each: permission, checks against what is stored, one
// transaction with its audit entry.
namespace rt::documents {

[[nodiscard]] Result<Document> create_document(db::Database& database, Actor const& actor, DocumentForm const& form);
[[nodiscard]] Status change_document(db::Database& database, Actor const& actor, std::string const& id, DocumentChangeForm const& form);

// Added at `position` among its siblings (after the last when not given).
[[nodiscard]] Result<Section> add_section(db::Database& database, Actor const& actor, std::string const& document_id, SectionForm const& form);
[[nodiscard]] Result<Section> change_section(db::Database& database, Actor const& actor, std::string const& document_id, std::string const& section_id,
    SectionForm const& form);
// A section with sections under it is not removed (409): move or remove them first.
[[nodiscard]] Status remove_section(db::Database& database, Actor const& actor, std::string const& document_id, std::string const& section_id);

// Freezes the draft as the next version. Every section's words are checked
// for plain language and recorded as a published text (the partnership's
// hard rule refuses the version, naming the section).
[[nodiscard]] Result<Version> publish(db::Database& database, Actor const& actor, std::string const& document_id, PublishForm const& form);

[[nodiscard]] Result<SectionLink> add_link(db::Database& database, Actor const& actor, std::string const& section_id, LinkForm const& form);
[[nodiscard]] Status remove_link(db::Database& database, Actor const& actor, std::string const& link_id);
// The link takes its source's fingerprint as it is now, with who cleared it,
// when and why; 409 for a link that is not suspect.
[[nodiscard]] Result<SectionLink> clear_link(db::Database& database, Actor const& actor, std::string const& link_id, ClearForm const& form);

// Opens the draft for comment until `closes_at` (again: a new closing date).
// Comments count as contributions to the document's project, so a
// partnership's own document is not consulted on here (409).
[[nodiscard]] Status open_consultation(db::Database& database, Actor const& actor, std::string const& document_id, ConsultationForm const& form);
// Any member, while the consultation is open, for a group of theirs in the project.
[[nodiscard]] Result<SectionResponse> comment_on(db::Database& database, Actor const& actor, std::string const& section_id, CommentForm const& form);
[[nodiscard]] Result<SectionResponse> suggest_wording(db::Database& database, Actor const& actor, std::string const& section_id,
    SuggestionForm const& form);
// The writers: an accepted suggestion becomes the draft's wording, links the
// section to its contribution and answers that as adopted; a declined one
// answers it as not adopted, with the reason.
[[nodiscard]] Result<SectionResponse> accept_suggestion(db::Database& database, Actor const& actor, std::string const& suggestion_id);
[[nodiscard]] Result<SectionResponse> decline_suggestion(db::Database& database, Actor const& actor, std::string const& suggestion_id,
    DeclineForm const& form);

// The latest published version at a stable public address (the same token
// each time until it is stopped); 409 before the first version.
[[nodiscard]] Status make_public(db::Database& database, Actor const& actor, std::string const& document_id);
[[nodiscard]] Status stop_public(db::Database& database, Actor const& actor, std::string const& document_id);

// An objective's or action's status, with a note; recorded with who and when.
[[nodiscard]] Result<ProgressNote> record_progress(db::Database& database, Actor const& actor, std::string const& section_id, ProgressForm const& form);

}
