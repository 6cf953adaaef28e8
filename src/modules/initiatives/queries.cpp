#include "modules/initiatives/queries.hpp"

#include <algorithm>
#include <set>

#include "modules/documents/queries.hpp"
#include "modules/initiatives/permissions.hpp"
#include "modules/initiatives/store.hpp"
#include "modules/partnership/queries.hpp"
#include "modules/resources/queries.hpp"

namespace rt::initiatives {

HoursRollUp roll_up(std::vector<Hours> const& hours, std::vector<Role> const& roles, std::vector<OfflineHelper> const& helpers,
    std::map<std::string, std::string> const& names)
{
    HoursRollUp sums;
    std::map<std::string, long long> by_person, by_role;
    for (auto const& entry : hours) {
        sums.total_minutes += entry.minutes;
        by_role[entry.role_id] += entry.minutes;
        if (entry.person_id)
            by_person[*entry.person_id] += entry.minutes;
        else
            sums.offline_minutes += entry.minutes;
    }
    for (auto const& [person_id, minutes] : by_person) {
        auto const name = names.find(person_id);
        sums.people.push_back({ person_id, name == names.end() ? "" : name->second, minutes });
    }
    std::ranges::stable_sort(sums.people, [](auto const& a, auto const& b) { return a.minutes > b.minutes; });
    for (auto const& role : roles)
        sums.roles.push_back({ role.id, role.title, by_role.contains(role.id) ? by_role[role.id] : 0 });
    for (auto const& helper : helpers)
        sums.offline_people += helper.count;
    return sums;
}

namespace {

Error not_found()
{
    return Error::not_found("There is no such initiative in this partnership.");
}

InitiativeView view_of(soci::session& sql, Actor const& actor, Initiative initiative)
{
    InitiativeView view;
    view.tasks = store::tasks_of(sql, initiative.id);
    auto const roles = store::roles_of(sql, initiative.id);
    view.helpers = store::helpers_of(sql, initiative.id);
    view.outcomes = store::outcomes_of(sql, initiative.id);
    view.stories = store::stories_of(sql, initiative.id);
    view.activity_ids = store::activities_of(sql, initiative.id);
    view.sees_people = can_see_volunteers(actor, initiative);
    view.can_lead = can_lead(actor, initiative);
    view.can_decide = can_decide(actor) && initiative.status == "proposed";
    std::map<std::string, std::string> names;
    std::set<std::string> volunteers;
    for (auto const& role : roles) {
        RoleView shown { role, {}, std::ranges::find(role.volunteer_ids, actor.person_id) != role.volunteer_ids.end() };
        for (auto const& person_id : role.volunteer_ids) {
            volunteers.insert(person_id);
            auto const person = partnership::find_person(sql, initiative.partnership_id, person_id);
            if (person)
                names[person_id] = person->name;
            if (view.sees_people && person)
                shown.volunteers.push_back({ person_id, person->name, person->access_needs });
        }
        view.roles.push_back(std::move(shown));
    }
    for (auto const& member : initiative.members)
        names[member.person_id] = member.name;
    auto hours = store::hours_of(sql, initiative.id);
    // Someone who is not the initiative's sees the sums; whose time it was is for its people.
    view.hours = roll_up(hours, roles, view.helpers, names);
    if (!view.sees_people) {
        view.hours.people.clear();
        for (auto& helper : view.helpers)
            helper.name.clear();
    }
    view.volunteer_count = static_cast<int>(volunteers.size()) + view.hours.offline_people;
    auto const totals = resources::claim_totals(sql, initiative.partnership_id, view.activity_ids);
    view.budget = { initiative.budget_pence, totals.committed_pence, totals.spent_pence, totals.claims };
    if (initiative.section_id)
        view.section_heading = documents::section_heading(sql, initiative.partnership_id, *initiative.section_id);
    view.initiative = std::move(initiative);
    return view;
}

bool takes_part(InitiativeView const& view, std::string const& person_id)
{
    return is_lead(view.initiative, person_id) || is_supporter(view.initiative, person_id)
        || std::ranges::any_of(view.roles, [](RoleView const& role) { return role.mine; });
}

}

Result<InitiativeView> get_initiative(db::Database& database, Actor const& actor, std::string const& id)
{
    return database.read([&](soci::session& sql) -> Result<InitiativeView> {
        auto initiative = store::find_initiative(sql, actor.partnership_id, id);
        if (!initiative || !can_see(actor, *initiative))
            return std::unexpected(not_found());
        return view_of(sql, actor, std::move(*initiative));
    });
}

Result<Page<InitiativeView>> list_initiatives(db::Database& database, Actor const& actor, ListFilter const& filter, PageRequest const& page)
{
    return database.read([&](soci::session& sql) -> Result<Page<InitiativeView>> {
        // A partnership's initiatives are tens, not thousands: the filters are applied to them all, then the page is cut.
        auto keys = store::initiative_keys(sql, actor.partnership_id, filter.project_id, { 100000, std::nullopt });
        std::vector<InitiativeView> views;
        for (auto const& [created_at, id] : keys) {
            auto initiative = store::find_initiative(sql, actor.partnership_id, id);
            if (!initiative || !can_see(actor, *initiative))
                continue;
            auto view = view_of(sql, actor, std::move(*initiative));
            if (filter.mine && !takes_part(view, actor.person_id))
                continue;
            if (filter.recruiting && (view.initiative.status != "approved" || view.roles.empty()))
                continue;
            views.push_back(std::move(view));
        }
        return slice_page(std::move(views), page, [](InitiativeView const& view) { return view.initiative.id; });
    });
}

Result<Page<Task>> list_tasks(db::Database& database, Actor const& actor, std::string const& id, PageRequest const& page)
{
    auto view = get_initiative(database, actor, id);
    if (!view)
        return std::unexpected(view.error());
    return slice_page(std::move(view->tasks), page, [](Task const& task) { return task.id; });
}

Result<Page<Role>> list_roles(db::Database& database, Actor const& actor, std::string const& id, PageRequest const& page)
{
    auto view = get_initiative(database, actor, id);
    if (!view)
        return std::unexpected(view.error());
    std::vector<Role> roles;
    for (auto& role : view->roles)
        roles.push_back(std::move(role.role));
    return slice_page(std::move(roles), page, [](Role const& role) { return role.id; });
}

Result<bool> approval_setting(db::Database& database, Actor const& actor)
{
    return database.read([&](soci::session& sql) -> Result<bool> { return store::approval_required(sql, actor.partnership_id); });
}

std::filesystem::path photo_path(std::filesystem::path const& files_dir, std::string const& partnership_id, std::string const& id)
{
    return files_dir / "photos" / partnership_id / id;
}

Result<PhotoFile> get_photo(db::Database& database, std::filesystem::path const& files_dir, Actor const& actor, std::string const& id)
{
    return database.read([&](soci::session& sql) -> Result<PhotoFile> {
        auto photo = store::find_photo(sql, actor.partnership_id, id);
        if (!photo)
            return std::unexpected(Error::not_found("There is no such photo in this partnership."));
        auto const initiative = store::find_initiative(sql, actor.partnership_id, photo->initiative_id);
        if (!initiative || !can_see(actor, *initiative))
            return std::unexpected(Error::not_found("There is no such photo in this partnership."));
        auto path = photo_path(files_dir, actor.partnership_id, photo->id);
        return PhotoFile { std::move(*photo), std::move(path) };
    });
}

std::vector<LedInitiative> led_initiatives(soci::session& sql, std::string_view partnership_id, std::string_view project_id)
{
    std::vector<LedInitiative> led;
    for (auto const& initiative : store::initiatives_of_project(sql, std::string { partnership_id }, std::string { project_id })) {
        if (initiative.status != "approved" && initiative.status != "closed")
            continue;
        LedInitiative entry { initiative.id, initiative.title, initiative.status, initiative.decided_at.value_or(initiative.created_at), {} };
        for (auto const& member : initiative.members)
            if (member.role == "lead" && std::ranges::find(entry.lead_groups, member.group) == entry.lead_groups.end())
                entry.lead_groups.push_back(member.group);
        led.push_back(std::move(entry));
    }
    return led;
}

Waiting waiting_for(soci::session& sql, Actor const& actor)
{
    // The home page asks on every visit: two reads (proposals, the reader's open tasks), not every initiative's whole view.
    Waiting waiting;
    if (can_decide(actor))
        for (auto const& id : store::ids_with_status(sql, actor.partnership_id, "proposed"))
            if (auto initiative = store::find_initiative(sql, actor.partnership_id, id))
                waiting.to_approve.push_back(std::move(*initiative));
    std::map<std::string, Initiative> running;
    for (auto& task : store::open_tasks_of(sql, actor.partnership_id, actor.person_id)) {
        auto found = running.find(task.initiative_id);
        if (found == running.end()) {
            auto initiative = store::find_initiative(sql, actor.partnership_id, task.initiative_id);
            if (!initiative)
                continue;
            found = running.emplace(task.initiative_id, std::move(*initiative)).first;
        }
        waiting.tasks.emplace_back(std::move(task), found->second);
    }
    std::ranges::stable_sort(waiting.tasks, [](auto const& a, auto const& b) {
        return a.first.due_on.value_or("9999") < b.first.due_on.value_or("9999");
    });
    return waiting;
}

}
