#include "modules/initiatives/presenters.hpp"

#include <boost/json.hpp>

namespace rt::initiatives {

namespace {

boost::json::value optional_json(std::optional<std::string> const& value)
{
    return value ? boost::json::value(*value) : boost::json::value(nullptr);
}

// 4000 hundredths is 40; 450 is 4.5.
boost::json::value value_json(long long hundredths)
{
    if (hundredths % 100 == 0)
        return boost::json::value(hundredths / 100);
    return boost::json::value(static_cast<double>(hundredths) / 100.0);
}

}

boost::json::object task_json(Task const& t)
{
    return { { "id", t.id }, { "initiative_id", t.initiative_id }, { "title", t.title }, { "milestone", t.milestone }, { "owner_id", optional_json(t.owner_id) },
        { "owner_name", t.owner_id ? boost::json::value(t.owner_name) : boost::json::value(nullptr) }, { "due_on", optional_json(t.due_on) },
        { "status", t.status }, { "created_at", t.created_at }, { "updated_at", t.updated_at } };
}

boost::json::object role_json(Role const& r)
{
    return { { "id", r.id }, { "initiative_id", r.initiative_id }, { "title", r.title }, { "description", r.description },
        { "volunteers", static_cast<long long>(r.volunteer_ids.size()) }, { "created_at", r.created_at } };
}

boost::json::object hours_json(Hours const& h)
{
    return { { "id", h.id }, { "initiative_id", h.initiative_id }, { "role_id", h.role_id }, { "person_id", optional_json(h.person_id) },
        { "helper_id", optional_json(h.helper_id) }, { "minutes", h.minutes }, { "on", h.worked_on }, { "logged_at", h.logged_at } };
}

boost::json::object helper_json(OfflineHelper const& h)
{
    return { { "id", h.id }, { "name", h.name.empty() ? boost::json::value(nullptr) : boost::json::value(h.name) }, { "count", h.count },
        { "role_id", optional_json(h.role_id) }, { "recorded_at", h.recorded_at } };
}

boost::json::object outcome_json(Outcome const& o)
{
    return { { "id", o.id }, { "measure", o.measure }, { "value", value_json(o.hundredths) }, { "note", o.note }, { "recorded_at", o.recorded_at } };
}

boost::json::object photo_json(Photo const& p)
{
    return { { "id", p.id }, { "initiative_id", p.initiative_id }, { "media_type", p.media_type }, { "size", p.size },
        { "path", "/api/v1/initiative-photos/" + p.id }, { "uploaded_at", p.uploaded_at } };
}

boost::json::object story_json(Story const& s)
{
    return { { "id", s.id }, { "text", s.text },
        { "photo", s.photo_id ? boost::json::value(boost::json::object { { "path", "/api/v1/initiative-photos/" + *s.photo_id }, { "alt", s.alt } })
                              : boost::json::value(nullptr) },
        { "created_at", s.created_at } };
}

boost::json::object initiative_json(InitiativeView const& view)
{
    auto const& i = view.initiative;
    boost::json::array leads, supporters, tasks, roles, helpers, outcomes, stories, activities;
    for (auto const& member : i.members)
        (member.role == "lead" ? leads : supporters)
            .push_back({ { "person_id", member.person_id }, { "name", member.name }, { "group", member.group } });
    for (auto const& task : view.tasks)
        tasks.push_back(task_json(task));
    for (auto const& role : view.roles) {
        auto object = role_json(role.role);
        object["mine"] = role.mine;
        if (view.sees_people) {
            boost::json::array people;
            for (auto const& volunteer : role.volunteers) {
                boost::json::array needs;
                for (auto const& need : volunteer.access_needs)
                    needs.push_back(boost::json::value(need));
                people.push_back({ { "person_id", volunteer.person_id }, { "name", volunteer.name }, { "access_needs", std::move(needs) } });
            }
            object["people"] = std::move(people);
        }
        roles.push_back(std::move(object));
    }
    for (auto const& helper : view.helpers)
        helpers.push_back(helper_json(helper));
    for (auto const& outcome : view.outcomes)
        outcomes.push_back(outcome_json(outcome));
    for (auto const& story : view.stories)
        stories.push_back(story_json(story));
    for (auto const& id : view.activity_ids)
        activities.push_back(boost::json::value(id));
    boost::json::array by_person, by_role;
    for (auto const& person : view.hours.people)
        by_person.push_back({ { "person_id", person.person_id }, { "name", person.name }, { "minutes", person.minutes } });
    for (auto const& role : view.hours.roles)
        by_role.push_back({ { "role_id", role.role_id }, { "title", role.title }, { "minutes", role.minutes } });
    return { { "id", i.id }, { "project_id", optional_json(i.project_id) }, { "section_id", optional_json(i.section_id) },
        { "section_heading", optional_json(view.section_heading) }, { "title", i.title }, { "purpose", i.purpose }, { "for_whom", i.for_whom },
        { "status", i.status }, { "decline_reason", i.decline_reason }, { "learned", i.learned }, { "proposed_by", i.proposed_by },
        { "decided_at", optional_json(i.decided_at) }, { "closed_at", optional_json(i.closed_at) }, { "created_at", i.created_at },
        { "updated_at", i.updated_at }, { "leads", std::move(leads) }, { "supporters", std::move(supporters) }, { "tasks", std::move(tasks) },
        { "roles", std::move(roles) }, { "offline_helpers", std::move(helpers) },
        { "hours",
            { { "total_minutes", view.hours.total_minutes }, { "offline_minutes", view.hours.offline_minutes },
                { "offline_people", view.hours.offline_people }, { "by_person", view.sees_people ? boost::json::value(std::move(by_person)) : nullptr },
                { "by_role", std::move(by_role) } } },
        { "volunteers", view.volunteer_count }, { "outcomes", std::move(outcomes) }, { "stories", std::move(stories) },
        { "activity_ids", std::move(activities) },
        { "budget",
            { { "budget_pence", view.budget.budget_pence }, { "committed_pence", view.budget.committed_pence }, { "spent_pence", view.budget.spent_pence },
                { "left_pence", view.budget.budget_pence - view.budget.committed_pence - view.budget.spent_pence }, { "claims", view.budget.claims } } },
        { "can_lead", view.can_lead }, { "can_decide", view.can_decide }, { "sees_people", view.sees_people } };
}

}
