#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <soci/soci.h>

#include "core/traced.hpp"
#include "db/database.hpp"
#include "modules/documents/model.hpp"
#include "modules/documents/thread.hpp"

// What a section's links point at, read through the owning modules' queries
// (contributions, decisions, surveys, engagement) or from the draft itself.
namespace rt::documents {

// The source as it is now; nothing when it is gone. A section source is one
// of the draft's sections (its heading and body are the substance).
[[nodiscard]] std::optional<Traced> find_source(soci::session& sql, std::string const& partnership_id, std::vector<Section> const& draft,
    std::string const& kind, std::string const& id);

// The fingerprint a link keeps: SHA-256 of the substance, in hex.
[[nodiscard]] std::string fingerprint_of(Traced const& source);

// Every linked source as it is now, by (kind, id); a source that is gone has
// no entry. Contributions, by far the most linked, are read in slices.
using Sources = std::map<std::pair<std::string, std::string>, Traced>;
[[nodiscard]] Sources sources_now(db::Database& database, soci::session& sql, std::string const& partnership_id, std::vector<Section> const& draft,
    std::vector<SectionLink> const& links);
// Their fingerprints, for find_suspicion.
[[nodiscard]] Fingerprints fingerprints_of(Sources const& sources);

}
