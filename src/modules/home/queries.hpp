#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "db/database.hpp"

// "What needs you": the home page's read model. It owns no tables; it reads the
// other modules through their queries, with the reader's own permissions, so a
// person sees only what those modules would show them.
namespace rt::home {

struct NextItem {
    std::string id;
    std::string title;
    std::string detail; // a name, a group, a count: whatever tells the item apart
    std::string project_id;
    std::string project_title;
    std::string at; // when it happens, closes or was sent (RFC 3339), or ""
    std::string href; // the web page where the next step is taken
};

// One kind of thing waiting for the reader: how many, and the first few.
struct NextSection {
    std::string key; // invitations | activities | arrangements | votes | contributions | translations | claims | reviews | initiatives | tasks
    long long count { 0 };
    std::vector<NextItem> items;
};

struct SetupStep {
    std::string key; // organisations | people | project
    bool done { false };
    std::string href;
};

struct NextView {
    std::optional<std::vector<SetupStep>> setup; // conveners, until every step is done
    std::vector<NextSection> sections;           // only the kinds the reader may act on
};

inline constexpr std::size_t k_items_per_section = 3;

[[nodiscard]] Result<NextView> what_needs_me(db::Database& database, Actor const& actor);

}
