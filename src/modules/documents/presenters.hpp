#pragma once

#include <boost/json/object.hpp>

#include "modules/documents/model.hpp"
#include "modules/documents/queries.hpp"

// The one place living documents become JSON.
namespace rt::documents {

[[nodiscard]] boost::json::object document_json(DocumentView const& view);
[[nodiscard]] boost::json::object section_json(Section const& section);
[[nodiscard]] boost::json::object link_json(SectionLink const& link);
[[nodiscard]] boost::json::object version_json(Version const& version);
[[nodiscard]] boost::json::object difference_json(Difference const& difference);
[[nodiscard]] boost::json::object suspect_json(SuspectList const& list);
[[nodiscard]] boost::json::object thread_json(Thread const& thread);
[[nodiscard]] boost::json::object progress_note_json(ProgressNote const& note);
// A comment or suggestion: the group it came from, never the person.
[[nodiscard]] boost::json::object response_json(SectionResponse const& response, std::string const& viewer_id);
[[nodiscard]] boost::json::object response_view_json(ResponseView const& view);

}
