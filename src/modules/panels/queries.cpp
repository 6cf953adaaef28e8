#include "modules/panels/queries.hpp"

#include <algorithm>

#include "modules/panels/permissions.hpp"
#include "modules/panels/store.hpp"

namespace rt::panels {

Result<SeenPanel> see_panel(soci::session& sql, Actor const& actor, std::string const& id)
{
    auto panel = store::find_panel(sql, actor.partnership_id, id);
    if (!panel)
        return std::unexpected(Error::not_found("There is no such panel, or you do not sit on it."));
    auto const members = store::members(sql, panel->id);
    bool const sits = std::ranges::any_of(members, [&](PanelMember const& member) { return member.person_id == actor.person_id; });
    if (!can_see_panel(actor, sits))
        return std::unexpected(Error::not_found("There is no such panel, or you do not sit on it."));
    return SeenPanel { std::move(*panel), sits };
}

PanelView panel_view(soci::session& sql, Actor const& actor, Panel panel, bool with_detail)
{
    PanelView view;
    view.members = store::members(sql, panel.id);
    view.sits_on_it = std::ranges::any_of(view.members, [&](PanelMember const& member) { return member.person_id == actor.person_id; });
    if (with_detail) {
        PanelView::Detail detail;
        detail.candidates = store::candidates(sql, panel.id);
        for (auto const& conflict : store::conflicts(sql, panel.id))
            if (conflict.person_id == actor.person_id)
                detail.my_conflicts.push_back(conflict.candidate_id);
        for (auto const& score : store::scores(sql, panel.id)) {
            if (score.person_id != actor.person_id)
                continue;
            auto& by_criterion = detail.my_scores[score.candidate_id];
            for (std::size_t i = 0; i < panel.criteria.size() && i < score.scores.size(); ++i)
                by_criterion[panel.criteria[i].id] = score.scores[i];
        }
        view.detail = std::move(detail);
    }
    view.panel = std::move(panel);
    return view;
}

Page<PanelView> list_panels(db::Database& database, Actor const& actor, PageRequest const& page)
{
    return database.read([&](soci::session& sql) {
        auto const keys = finish_page(store::panel_keys(sql, actor.partnership_id, actor.is_convener(), actor.person_id, page), page.limit,
            [](auto const& row) { return NameCursor { row.first, row.second }; });
        Page<PanelView> views;
        views.next_cursor = keys.next_cursor;
        for (auto const& [created_at, id] : keys.items)
            if (auto panel = store::find_panel(sql, actor.partnership_id, id))
                views.items.push_back(panel_view(sql, actor, std::move(*panel), false));
        return views;
    });
}

Result<PanelView> get_panel(db::Database& database, Actor const& actor, std::string const& id)
{
    return database.read([&](soci::session& sql) -> Result<PanelView> {
        auto seen = see_panel(sql, actor, id);
        if (!seen)
            return std::unexpected(seen.error());
        return panel_view(sql, actor, std::move(seen->panel), true);
    });
}

Result<Results> get_results(db::Database& database, Actor const& actor, std::string const& id)
{
    return database.read([&](soci::session& sql) -> Result<Results> {
        auto seen = see_panel(sql, actor, id);
        if (!seen)
            return std::unexpected(seen.error());
        std::vector<CandidateRef> candidates;
        for (auto const& candidate : store::candidates(sql, id))
            candidates.push_back({ candidate.id, candidate.name });
        Results results { combine_panel(seen->panel.criteria, candidates, store::scores(sql, id)), {} };
        for (auto const& member : store::members(sql, id))
            ++results.members_by_group[member.group];
        return results;
    });
}

}
