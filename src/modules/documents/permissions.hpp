#pragma once

#include "core/actor.hpp"

// Pure rules, no database: whether the actor organises the document's
// project is looked up by the caller (a partnership's own documents are the
// conveners').
namespace rt::documents {

// Who writes a document: the conveners for the partnership's, the project's
// organisers (conveners and co-leads) for a project's.
[[nodiscard]] bool can_write_document(Actor const& actor, bool organises_project);
// The draft, its links and what is suspect: the writers only, until it is
// published; every member reads the published versions.
[[nodiscard]] bool can_read_draft(Actor const& actor, bool organises_project);
[[nodiscard]] bool can_read_published(Actor const& actor);
// Putting a published version at a public address, readable by anyone with
// it, is the conveners' call.
[[nodiscard]] bool can_make_public(Actor const& actor);
// Clearing a suspect link is a judgement about what people said: the writers
// only, each time with a reason.
[[nodiscard]] bool can_clear_link(Actor const& actor, bool organises_project);

}
