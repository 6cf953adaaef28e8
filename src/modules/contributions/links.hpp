#pragma once

#include <optional>
#include <string>
#include <vector>

#include <soci/soci.h>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "modules/contributions/model.hpp"

// The traceability store: later items (decisions, document sections) name the
// contributions and needs behind them, and a contribution's author can see
// what it shaped. Other modules call these inside their own transactions.
namespace rt::contributions {

struct LinkSource {
    std::string type; // decision | document_section
    std::string id;
    std::string title;
};

// Links `source` to each contribution and need, which must belong to the
// project (otherwise an error naming `contribution_ids` or `need_ids`).
[[nodiscard]] Status link_sources(soci::session& sql, Actor const& actor, std::string const& project_id, LinkSource const& source,
    std::vector<std::string> const& contribution_ids, std::vector<std::string> const& need_ids);

// For items that may trace to any project's contributions and needs (a
// partnership's living document): links `source` to one contribution or
// need (`to_type`), in that item's own project; false when there is none in
// the partnership. Unlinking removes the link again.
[[nodiscard]] bool link_source_to(soci::session& sql, Actor const& actor, LinkSource const& source, std::string const& to_type,
    std::string const& to_id);
void unlink_source(soci::session& sql, std::string const& partnership_id, LinkSource const& source, std::string const& to_type,
    std::string const& to_id);

struct Shaped {
    Link link;
    std::string via; // contribution | need
    std::optional<std::string> need_id;
};

// What this contribution shaped: the needs it evidences, items linked to it,
// and items linked to those needs (merged needs included), oldest first.
[[nodiscard]] std::vector<Shaped> shaped_by(soci::session& sql, std::string const& partnership_id, std::string const& contribution_id);

}
