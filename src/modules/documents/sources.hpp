#pragma once

#include <optional>
#include <string>
#include <vector>

#include <soci/soci.h>

#include "core/traced.hpp"
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

// Every linked source's fingerprint now, for find_suspicion.
[[nodiscard]] Fingerprints fingerprints_now(soci::session& sql, std::string const& partnership_id, std::vector<Section> const& draft,
    std::vector<SectionLink> const& links);

}
