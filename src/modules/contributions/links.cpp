#include "modules/contributions/links.hpp"

#include <algorithm>

#include "core/time.hpp"
#include "db/database.hpp"
#include "modules/contributions/store.hpp"

namespace rt::contributions {

Status link_sources(soci::session& sql, Actor const& actor, std::string const& project_id, LinkSource const& source,
    std::vector<std::string> const& contribution_ids, std::vector<std::string> const& need_ids)
{
    for (auto const& id : contribution_ids) {
        auto const contribution = store::find_contribution(sql, actor.partnership_id, id);
        if (!contribution || contribution->project_id != project_id)
            return std::unexpected(Error::invalid_field("contribution_ids", "Choose contributions made to this project."));
    }
    for (auto const& id : need_ids) {
        auto const need = store::find_need(sql, actor.partnership_id, id);
        if (!need || need->project_id != project_id)
            return std::unexpected(Error::invalid_field("need_ids", "Choose needs of this project."));
    }
    auto const at = now_text();
    for (auto const& id : contribution_ids)
        store::insert_link(sql, actor.partnership_id, project_id, { source.type, source.id, source.title, "contribution", id, at }, actor.person_id);
    for (auto const& id : need_ids)
        store::insert_link(sql, actor.partnership_id, project_id, { source.type, source.id, source.title, "need", id, at }, actor.person_id);
    return {};
}

bool link_source_to(soci::session& sql, Actor const& actor, LinkSource const& source, std::string const& to_type, std::string const& to_id)
{
    std::optional<std::string> project_id;
    if (to_type == "contribution") {
        if (auto const contribution = store::find_contribution(sql, actor.partnership_id, to_id))
            project_id = contribution->project_id;
    } else if (to_type == "need") {
        if (auto const need = store::find_need(sql, actor.partnership_id, to_id))
            project_id = need->project_id;
    }
    if (!project_id)
        return false;
    store::insert_link(sql, actor.partnership_id, *project_id, { source.type, source.id, source.title, to_type, to_id, now_text() }, actor.person_id);
    return true;
}

void unlink_source(soci::session& sql, std::string const& partnership_id, LinkSource const& source, std::string const& to_type, std::string const& to_id)
{
    store::delete_link(sql, partnership_id, { source.type, source.id, source.title, to_type, to_id, "" });
}

std::vector<Shaped> shaped_by(soci::session& sql, std::string const& partnership_id, std::string const& contribution_id)
{
    std::vector<Shaped> shaped;
    // Every need holding this contribution as evidence, merged ones too: a
    // decision linked to a need before it was merged still traces back here.
    std::vector<std::pair<std::string, std::string>> needs; // id, title
    std::vector<std::string> created;
    {
        soci::rowset<soci::row> rows = (sql.prepare << "SELECT n.id, n.title, n.status, n.created_at FROM need_evidence e "
                                                       "JOIN needs n ON n.id = e.need_id WHERE e.partnership_id = :p AND e.contribution_id = :c "
                                                       "ORDER BY n.created_at, n.id",
            soci::use(partnership_id), soci::use(contribution_id));
        for (auto const& row : rows) {
            needs.emplace_back(db::text_at(row, 0), db::text_at(row, 1));
            if (db::text_at(row, 2) == "open")
                shaped.push_back({ { "need", db::text_at(row, 0), db::text_at(row, 1), "contribution", contribution_id, db::text_at(row, 3) },
                    "contribution", std::nullopt });
        }
    }
    for (auto& link : store::links_to(sql, partnership_id, "contribution", contribution_id))
        shaped.push_back({ std::move(link), "contribution", std::nullopt });
    for (auto const& [need_id, title] : needs) {
        for (auto& link : store::links_to(sql, partnership_id, "need", need_id))
            shaped.push_back({ std::move(link), "need", need_id });
    }
    // One entry per item: the same decision may be linked both ways.
    std::vector<Shaped> unique;
    for (auto& entry : shaped) {
        bool const seen = std::ranges::any_of(unique, [&](Shaped const& other) {
            return other.link.from_type == entry.link.from_type && other.link.from_id == entry.link.from_id;
        });
        if (!seen)
            unique.push_back(std::move(entry));
    }
    std::ranges::stable_sort(unique, [](Shaped const& a, Shaped const& b) { return a.link.created_at < b.link.created_at; });
    return unique;
}

}
