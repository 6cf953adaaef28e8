#include "modules/contributions/queries.hpp"

#include <algorithm>

#include "modules/partnership/model.hpp"
#include "modules/projects/queries.hpp"
#include "modules/projects/store.hpp"

namespace rt::contributions {

namespace {

// The project must exist in the actor's partnership (404 otherwise).
Status check_project(soci::session& sql, Actor const& actor, std::string const& project_id)
{
    auto organiser = projects::can_organise(sql, actor, project_id);
    if (!organiser)
        return std::unexpected(organiser.error());
    return {};
}

ContributionDetail detail_of(soci::session& sql, Actor const& actor, Contribution contribution)
{
    ContributionDetail detail;
    detail.history = store::list_history(sql, actor.partnership_id, contribution.id);
    detail.needs = store::needs_of_contribution(sql, actor.partnership_id, contribution.id);
    detail.shaped = shaped_by(sql, actor.partnership_id, contribution.id);
    detail.contribution = std::move(contribution);
    return detail;
}

NeedView view_of(Need need, std::vector<Contribution> const& contributions)
{
    NeedView view;
    std::map<std::string, int> counts;
    for (auto const& id : need.contribution_ids) {
        auto const found = std::ranges::find(contributions, id, &Contribution::id);
        if (found != contributions.end())
            ++counts[found->group];
    }
    for (auto const group : partnership::k_groups)
        if (auto const found = counts.find(std::string { group }); found != counts.end())
            view.evidence_by_group.emplace_back(found->first, found->second);
    view.need = std::move(need);
    return view;
}

}

Result<std::vector<Contribution>> list_contributions(db::Database& database, Actor const& actor, std::string const& project_id,
    store::ContributionFilter filter)
{
    return database.read([&](soci::session& sql) -> Result<std::vector<Contribution>> {
        if (auto checked = check_project(sql, actor, project_id); !checked)
            return std::unexpected(checked.error());
        filter.project_id = project_id;
        filter.author_person_id.reset();
        return store::list_contributions(sql, actor.partnership_id, filter);
    });
}

Result<ContributionDetail> get_contribution(db::Database& database, Actor const& actor, std::string const& id)
{
    return database.read([&](soci::session& sql) -> Result<ContributionDetail> {
        auto contribution = store::find_contribution(sql, actor.partnership_id, id);
        if (!contribution)
            return std::unexpected(Error::not_found("There is no such contribution in this partnership."));
        return detail_of(sql, actor, std::move(*contribution));
    });
}

Result<std::vector<Shaped>> get_shaped(db::Database& database, Actor const& actor, std::string const& contribution_id)
{
    return database.read([&](soci::session& sql) -> Result<std::vector<Shaped>> {
        if (!store::find_contribution(sql, actor.partnership_id, contribution_id))
            return std::unexpected(Error::not_found("There is no such contribution in this partnership."));
        return shaped_by(sql, actor.partnership_id, contribution_id);
    });
}

Result<std::vector<StatusGroup>> project_you_said_we_did(db::Database& database, Actor const& actor, std::string const& project_id)
{
    return database.read([&](soci::session& sql) -> Result<std::vector<StatusGroup>> {
        if (auto checked = check_project(sql, actor, project_id); !checked)
            return std::unexpected(checked.error());
        std::vector<StatusGroup> groups;
        for (auto const status : k_statuses)
            groups.push_back({ std::string { status }, {} });
        for (auto& contribution : store::list_contributions(sql, actor.partnership_id, { .project_id = project_id })) {
            auto const group = std::ranges::find(groups, contribution.status, &StatusGroup::status);
            if (group != groups.end())
                group->items.push_back(detail_of(sql, actor, std::move(contribution)));
        }
        return groups;
    });
}

Result<std::vector<ContributionDetail>> my_you_said_we_did(db::Database& database, Actor const& actor)
{
    return database.read([&](soci::session& sql) -> Result<std::vector<ContributionDetail>> {
        std::vector<ContributionDetail> items;
        for (auto& contribution : store::list_contributions(sql, actor.partnership_id, { .author_person_id = actor.person_id })) {
            auto detail = detail_of(sql, actor, std::move(contribution));
            if (auto const project = projects::store::find_project(sql, actor.partnership_id, detail.contribution.project_id))
                detail.project_title = project->title;
            items.push_back(std::move(detail));
        }
        return items;
    });
}

Result<std::vector<NeedView>> list_needs(db::Database& database, Actor const& actor, std::string const& project_id)
{
    return database.read([&](soci::session& sql) -> Result<std::vector<NeedView>> {
        if (auto checked = check_project(sql, actor, project_id); !checked)
            return std::unexpected(checked.error());
        auto needs = store::list_needs(sql, actor.partnership_id, project_id);
        auto const rankings = store::list_rankings(sql, actor.partnership_id, project_id);
        auto const priority = combine_priority(needs, rankings);
        auto const contributions = store::list_contributions(sql, actor.partnership_id, { .project_id = project_id });
        std::vector<NeedView> views;
        for (auto const& line : priority.order) {
            auto const found = std::ranges::find(needs, line.need_id, &Need::id);
            auto view = view_of(*found, contributions);
            if (!rankings.empty()) {
                view.rank = line.rank;
                view.score = line.score;
            }
            views.push_back(std::move(view));
        }
        return views;
    });
}

Result<NeedView> get_need(db::Database& database, Actor const& actor, std::string const& need_id)
{
    return database.read([&](soci::session& sql) -> Result<NeedView> {
        auto need = store::find_need(sql, actor.partnership_id, need_id);
        if (!need)
            return std::unexpected(Error::not_found("There is no such need in this partnership."));
        auto const contributions = store::list_contributions(sql, actor.partnership_id, { .project_id = need->project_id });
        auto const needs = store::list_needs(sql, actor.partnership_id, need->project_id);
        auto const rankings = store::list_rankings(sql, actor.partnership_id, need->project_id);
        auto view = view_of(std::move(*need), contributions);
        if (!rankings.empty()) {
            for (auto const& line : combine_priority(needs, rankings).order) {
                if (line.need_id == view.need.id) {
                    view.rank = line.rank;
                    view.score = line.score;
                }
            }
        }
        return view;
    });
}

Result<Priority> get_priority(db::Database& database, Actor const& actor, std::string const& project_id)
{
    return database.read([&](soci::session& sql) -> Result<Priority> {
        if (auto checked = check_project(sql, actor, project_id); !checked)
            return std::unexpected(checked.error());
        return combine_priority(store::list_needs(sql, actor.partnership_id, project_id), store::list_rankings(sql, actor.partnership_id, project_id));
    });
}

}
