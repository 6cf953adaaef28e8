#include "modules/contributions/queries.hpp"

#include <algorithm>

#include "modules/partnership/model.hpp"
#include "modules/projects/queries.hpp"

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
    detail.earlier_wordings = store::earlier_wordings(sql, contribution.id);
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

Result<Page<Contribution>> list_contributions(db::Database& database, Actor const& actor, std::string const& project_id,
    store::ContributionFilter filter, PageRequest const& page)
{
    return database.read([&](soci::session& sql) -> Result<Page<Contribution>> {
        if (auto checked = check_project(sql, actor, project_id); !checked)
            return std::unexpected(checked.error());
        filter.project_id = project_id;
        filter.author_person_id.reset();
        filter.page = page;
        return finish_page(store::list_contributions(sql, actor.partnership_id, filter), page.limit,
            [](Contribution const& contribution) { return NameCursor { contribution.created_at, contribution.id }; });
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

Result<Page<Shaped>> get_shaped(db::Database& database, Actor const& actor, std::string const& contribution_id, PageRequest const& page)
{
    return database.read([&](soci::session& sql) -> Result<Page<Shaped>> {
        if (!store::find_contribution(sql, actor.partnership_id, contribution_id))
            return std::unexpected(Error::not_found("There is no such contribution in this partnership."));
        // What one contribution shaped is small by nature (the needs and
        // decisions that cite it), and comes from several tables.
        return slice_page(shaped_by(sql, actor.partnership_id, contribution_id), page, [](Shaped const& shaped) { return shaped.link.from_id; });
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

Result<Page<ContributionDetail>> my_you_said_we_did(db::Database& database, Actor const& actor, PageRequest const& request)
{
    return database.read([&](soci::session& sql) -> Result<Page<ContributionDetail>> {
        auto contributions = finish_page(store::list_contributions(sql, actor.partnership_id, { .author_person_id = actor.person_id, .page = request }),
            request.limit, [](Contribution const& contribution) { return NameCursor { contribution.created_at, contribution.id }; });
        Page<ContributionDetail> page { {}, std::move(contributions.next_cursor) };
        for (auto& contribution : contributions.items) {
            auto detail = detail_of(sql, actor, std::move(contribution));
            if (auto const project = projects::find_project(sql, actor.partnership_id, detail.contribution.project_id))
                detail.project_title = project->title;
            page.items.push_back(std::move(detail));
        }
        return page;
    });
}

Result<Page<NeedView>> list_needs(db::Database& database, Actor const& actor, std::string const& project_id, PageRequest const& page)
{
    return database.read([&](soci::session& sql) -> Result<Page<NeedView>> {
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
        // The combined priority is worked out over the whole register (every
        // group's rankings of every need), so the page is cut from that order.
        return slice_page(std::move(views), page, [](NeedView const& view) { return view.need.id; });
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

BarometerCounts barometer_counts(soci::session& sql, std::string_view partnership_id, std::string_view project_id)
{
    std::string const partnership { partnership_id }, project { project_id };
    BarometerCounts counts;
    // Kept as contributions are made and answered, not counted here.
    for (auto const& [group, status, n] : store::tallies(sql, partnership_id, project_id)) {
        counts.by_group[group] += n;
        if (status == "adopted" || status == "partly_adopted")
            counts.adopted_by_group[group] += n;
    }
    {
        // A decision is traced to groups through the contributions it names,
        // and through the evidence of the needs it names.
        soci::rowset<soci::row> rows = (sql.prepare << "SELECT l.from_id, c.stakeholder_group FROM trace_links l "
                                                       "JOIN contributions c ON c.id = l.to_id "
                                                       "WHERE l.partnership_id = :p AND l.project_id = :project AND l.from_type = 'decision' "
                                                       "AND l.to_type = 'contribution' "
                                                       "UNION "
                                                       "SELECT l.from_id, c.stakeholder_group FROM trace_links l "
                                                       "JOIN need_evidence e ON e.need_id = l.to_id JOIN contributions c ON c.id = e.contribution_id "
                                                       "WHERE l.partnership_id = :p2 AND l.project_id = :project2 AND l.from_type = 'decision' "
                                                       "AND l.to_type = 'need'",
            soci::use(partnership), soci::use(project), soci::use(partnership), soci::use(project));
        for (auto const& row : rows)
            counts.groups_by_decision[db::text_at(row, 0)].insert(db::text_at(row, 1));
    }
    return counts;
}

namespace {

// A contribution as the golden thread sees it: its words are its substance
// (an answer or a change of status is not a change to what was said).
Traced traced_words(std::string project_id, std::string kind, std::string text, std::string group, std::string at)
{
    auto substance = text;
    return { std::move(project_id), std::move(kind), std::move(text), std::move(group), std::move(at), std::move(substance) };
}

}

std::optional<Traced> contribution_traced(soci::session& sql, std::string_view partnership_id, std::string_view id)
{
    auto const contribution = store::find_contribution(sql, partnership_id, id);
    if (!contribution)
        return std::nullopt;
    return traced_words(contribution->project_id, contribution->kind, contribution->text, contribution->group, contribution->created_at);
}

std::map<std::string, Traced> contributions_traced(db::Database& database, std::string_view partnership_id, std::vector<std::string> const& ids)
{
    std::map<std::string, Traced> traced;
    for (auto& words : store::words_of(database, partnership_id, ids))
        traced.emplace(words.id, traced_words(words.project_id, words.kind, std::move(words.text), words.group, words.created_at));
    return traced;
}

std::optional<Traced> need_traced(soci::session& sql, std::string_view partnership_id, std::string_view id)
{
    auto const need = store::find_need(sql, partnership_id, id);
    if (!need)
        return std::nullopt;
    auto substance = need->title + "\n" + need->description + "\n" + need->status + "\n" + need->merged_into.value_or("");
    return Traced { need->project_id, need->title, need->description, "", need->created_at, std::move(substance) };
}

}
