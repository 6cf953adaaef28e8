#include "modules/initiatives/store.hpp"

#include "db/database.hpp"

namespace rt::initiatives::store {

namespace {

constexpr std::string_view k_initiative_columns = "id, project_id, section_id, title, purpose, for_whom, status, decline_reason, learned, budget_pence, "
                                                  "proposed_by, decided_by, decided_at, closed_at, created_at, updated_at";

// NOTE: names from the partnership module's people, joined because every
// initiative page names its leads and supporters.
std::vector<Member> members_of(soci::session& sql, std::string const& initiative_id)
{
    std::vector<Member> members;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT m.person_id, m.role, m.stakeholder_group, p.name FROM initiative_people m "
                                                   "JOIN people p ON p.id = m.person_id WHERE m.initiative_id = :i ORDER BY m.role, m.position",
        soci::use(initiative_id));
    for (auto const& row : rows)
        members.push_back({ db::text_at(row, 0), db::text_at(row, 1), db::text_at(row, 2), db::text_at(row, 3) });
    return members;
}

Initiative initiative_from_row(soci::session& sql, std::string const& partnership_id, soci::row const& row)
{
    Initiative i;
    i.id = db::text_at(row, 0);
    i.partnership_id = partnership_id;
    i.project_id = db::optional_text_at(row, 1);
    i.section_id = db::optional_text_at(row, 2);
    i.title = db::text_at(row, 3);
    i.purpose = db::text_at(row, 4);
    i.for_whom = db::text_at(row, 5);
    i.status = db::text_at(row, 6);
    i.decline_reason = db::text_at(row, 7);
    i.learned = db::text_at(row, 8);
    i.budget_pence = db::integer_at(row, 9);
    i.proposed_by = db::text_at(row, 10);
    i.decided_by = db::optional_text_at(row, 11);
    i.decided_at = db::optional_text_at(row, 12);
    i.closed_at = db::optional_text_at(row, 13);
    i.created_at = db::text_at(row, 14);
    i.updated_at = db::text_at(row, 15);
    return i;
}

}

std::optional<Initiative> find_initiative(soci::session& sql, std::string const& partnership_id, std::string const& id)
{
    std::optional<Initiative> found;
    {
        soci::rowset<soci::row> rows = (sql.prepare << "SELECT " + std::string { k_initiative_columns } + " FROM initiatives WHERE partnership_id = :p AND id = :id",
            soci::use(partnership_id), soci::use(id));
        for (auto const& row : rows)
            found = initiative_from_row(sql, partnership_id, row);
    }
    if (found)
        found->members = members_of(sql, found->id);
    return found;
}

std::vector<std::pair<std::string, std::string>> initiative_keys(soci::session& sql, std::string const& partnership_id,
    std::optional<std::string> const& project_id, PageRequest const& page)
{
    auto const keys = keyset(page, "created_at", "id", SortOrder::Descending);
    int const every_project = project_id ? 0 : 1;
    std::string const project = project_id.value_or("");
    std::vector<std::pair<std::string, std::string>> found;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT created_at, id FROM initiatives WHERE partnership_id = :p "
                                                   "AND (:every = 1 OR project_id = :project) AND "
                                                       + keys.condition + " " + keys.order_limit,
        soci::use(partnership_id), soci::use(every_project), soci::use(project), soci::use(keys.on), soci::use(keys.key), soci::use(keys.key),
        soci::use(keys.id), soci::use(keys.fetch));
    for (auto const& row : rows)
        found.emplace_back(db::text_at(row, 0), db::text_at(row, 1));
    return found;
}

void insert_initiative(soci::session& sql, Initiative const& i)
{
    db::Nullable project { i.project_id }, section { i.section_id };
    sql << "INSERT INTO initiatives (id, partnership_id, project_id, section_id, title, purpose, for_whom, status, decline_reason, learned, budget_pence, "
           "proposed_by, decided_by, decided_at, closed_at, created_at, updated_at) VALUES (:id, :p, :project, :section, :title, :purpose, :for_whom, "
           ":status, '', '', 0, :by, NULL, NULL, NULL, :created, :updated)",
        soci::use(i.id), soci::use(i.partnership_id), soci::use(project.value, project.indicator), soci::use(section.value, section.indicator),
        soci::use(i.title), soci::use(i.purpose), soci::use(i.for_whom), soci::use(i.status), soci::use(i.proposed_by), soci::use(i.created_at),
        soci::use(i.updated_at);
    int position = 0;
    for (auto const& member : i.members) {
        sql << "INSERT INTO initiative_people (initiative_id, person_id, role, stakeholder_group, position) VALUES (:i, :person, :role, :grp, :position)",
            soci::use(i.id), soci::use(member.person_id), soci::use(member.role), soci::use(member.group), soci::use(position);
        ++position;
    }
}

void update_initiative(soci::session& sql, Initiative const& i)
{
    db::Nullable decided_by { i.decided_by }, decided_at { i.decided_at }, closed_at { i.closed_at };
    sql << "UPDATE initiatives SET title = :title, purpose = :purpose, for_whom = :for_whom, status = :status, decline_reason = :reason, "
           "learned = :learned, budget_pence = :budget, decided_by = :decided_by, decided_at = :decided_at, closed_at = :closed_at, "
           "updated_at = :updated WHERE id = :id",
        soci::use(i.title), soci::use(i.purpose), soci::use(i.for_whom), soci::use(i.status), soci::use(i.decline_reason), soci::use(i.learned),
        soci::use(i.budget_pence), soci::use(decided_by.value, decided_by.indicator), soci::use(decided_at.value, decided_at.indicator),
        soci::use(closed_at.value, closed_at.indicator), soci::use(i.updated_at), soci::use(i.id);
}

std::vector<Initiative> initiatives_of_project(soci::session& sql, std::string const& partnership_id, std::string const& project_id)
{
    std::vector<Initiative> found;
    {
        soci::rowset<soci::row> rows = (sql.prepare << "SELECT " + std::string { k_initiative_columns }
                + " FROM initiatives WHERE partnership_id = :p AND project_id = :project ORDER BY created_at, id",
            soci::use(partnership_id), soci::use(project_id));
        for (auto const& row : rows)
            found.push_back(initiative_from_row(sql, partnership_id, row));
    }
    for (auto& initiative : found)
        initiative.members = members_of(sql, initiative.id);
    return found;
}

std::vector<std::string> ids_with_status(soci::session& sql, std::string const& partnership_id, std::string const& status)
{
    std::vector<std::string> ids;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT id FROM initiatives WHERE partnership_id = :p AND status = :status ORDER BY created_at, id",
        soci::use(partnership_id), soci::use(status));
    for (auto const& row : rows)
        ids.push_back(db::text_at(row, 0));
    return ids;
}

bool approval_required(soci::session& sql, std::string const& partnership_id)
{
    long long required = 1;
    soci::indicator indicator = soci::i_null;
    sql << "SELECT approval_required FROM initiative_settings WHERE partnership_id = :p", soci::into(required, indicator), soci::use(partnership_id);
    return !sql.got_data() || indicator == soci::i_null || required != 0;
}

void save_approval_required(soci::session& sql, std::string const& partnership_id, bool required)
{
    int const value = required ? 1 : 0;
    sql << "INSERT INTO initiative_settings (partnership_id, approval_required) VALUES (:p, :value) "
           "ON CONFLICT (partnership_id) DO UPDATE SET approval_required = excluded.approval_required",
        soci::use(partnership_id), soci::use(value);
}

namespace {

constexpr std::string_view k_task_columns = "t.id, t.initiative_id, t.title, t.milestone, t.owner_id, t.due_on, t.status, t.created_by, t.created_at, "
                                            "t.updated_at, COALESCE(p.name, '')";

Task task_from_row(soci::row const& row)
{
    return { db::text_at(row, 0), db::text_at(row, 1), db::text_at(row, 2), db::text_at(row, 3), db::optional_text_at(row, 4),
        db::optional_text_at(row, 5), db::text_at(row, 6), db::text_at(row, 7), db::text_at(row, 8), db::text_at(row, 9), db::text_at(row, 10) };
}

}

// NOTE: an owner's name from the partnership module's people, joined as every task shows who has it.
std::vector<Task> tasks_of(soci::session& sql, std::string const& initiative_id)
{
    std::vector<Task> tasks;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT " + std::string { k_task_columns }
            + " FROM initiative_tasks t LEFT JOIN people p ON p.id = t.owner_id WHERE t.initiative_id = :i ORDER BY t.created_at, t.id",
        soci::use(initiative_id));
    for (auto const& row : rows)
        tasks.push_back(task_from_row(row));
    return tasks;
}

std::vector<Task> open_tasks_of(soci::session& sql, std::string const& partnership_id, std::string const& person_id)
{
    std::vector<Task> tasks;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT " + std::string { k_task_columns }
            + " FROM initiative_tasks t JOIN initiatives i ON i.id = t.initiative_id LEFT JOIN people p ON p.id = t.owner_id "
              "WHERE t.partnership_id = :p AND t.owner_id = :person AND t.status <> 'done' AND i.status = 'approved' ORDER BY t.created_at, t.id",
        soci::use(partnership_id), soci::use(person_id));
    for (auto const& row : rows)
        tasks.push_back(task_from_row(row));
    return tasks;
}

std::optional<Task> find_task(soci::session& sql, std::string const& partnership_id, std::string const& id)
{
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT " + std::string { k_task_columns }
            + " FROM initiative_tasks t LEFT JOIN people p ON p.id = t.owner_id WHERE t.partnership_id = :p AND t.id = :id",
        soci::use(partnership_id), soci::use(id));
    for (auto const& row : rows)
        return task_from_row(row);
    return std::nullopt;
}

void insert_task(soci::session& sql, std::string const& partnership_id, Task const& t)
{
    db::Nullable owner { t.owner_id }, due { t.due_on };
    sql << "INSERT INTO initiative_tasks (id, partnership_id, initiative_id, title, milestone, owner_id, due_on, status, created_by, created_at, updated_at) "
           "VALUES (:id, :p, :i, :title, :milestone, :owner, :due, :status, :by, :created, :updated)",
        soci::use(t.id), soci::use(partnership_id), soci::use(t.initiative_id), soci::use(t.title), soci::use(t.milestone),
        soci::use(owner.value, owner.indicator), soci::use(due.value, due.indicator), soci::use(t.status), soci::use(t.created_by), soci::use(t.created_at),
        soci::use(t.updated_at);
}

void update_task(soci::session& sql, Task const& t)
{
    db::Nullable owner { t.owner_id }, due { t.due_on };
    sql << "UPDATE initiative_tasks SET title = :title, milestone = :milestone, owner_id = :owner, due_on = :due, status = :status, updated_at = :updated "
           "WHERE id = :id",
        soci::use(t.title), soci::use(t.milestone), soci::use(owner.value, owner.indicator), soci::use(due.value, due.indicator), soci::use(t.status),
        soci::use(t.updated_at), soci::use(t.id);
}

namespace {

std::vector<std::string> volunteers_of(soci::session& sql, std::string const& role_id)
{
    std::vector<std::string> ids;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT person_id FROM initiative_volunteers WHERE role_id = :r ORDER BY joined_at, person_id",
        soci::use(role_id));
    for (auto const& row : rows)
        ids.push_back(db::text_at(row, 0));
    return ids;
}

}

std::vector<Role> roles_of(soci::session& sql, std::string const& initiative_id)
{
    std::vector<Role> roles;
    {
        soci::rowset<soci::row> rows = (sql.prepare << "SELECT id, initiative_id, title, description, created_at FROM initiative_roles "
                                                       "WHERE initiative_id = :i ORDER BY created_at, id",
            soci::use(initiative_id));
        for (auto const& row : rows)
            roles.push_back({ db::text_at(row, 0), db::text_at(row, 1), db::text_at(row, 2), db::text_at(row, 3), db::text_at(row, 4), {} });
    }
    for (auto& role : roles)
        role.volunteer_ids = volunteers_of(sql, role.id);
    return roles;
}

std::optional<Role> find_role(soci::session& sql, std::string const& partnership_id, std::string const& id)
{
    std::optional<Role> found;
    {
        soci::rowset<soci::row> rows = (sql.prepare << "SELECT id, initiative_id, title, description, created_at FROM initiative_roles "
                                                       "WHERE partnership_id = :p AND id = :id",
            soci::use(partnership_id), soci::use(id));
        for (auto const& row : rows)
            found = Role { db::text_at(row, 0), db::text_at(row, 1), db::text_at(row, 2), db::text_at(row, 3), db::text_at(row, 4), {} };
    }
    if (found)
        found->volunteer_ids = volunteers_of(sql, found->id);
    return found;
}

void insert_role(soci::session& sql, std::string const& partnership_id, Role const& r)
{
    sql << "INSERT INTO initiative_roles (id, partnership_id, initiative_id, title, description, created_at) VALUES (:id, :p, :i, :title, :description, :at)",
        soci::use(r.id), soci::use(partnership_id), soci::use(r.initiative_id), soci::use(r.title), soci::use(r.description), soci::use(r.created_at);
}

bool insert_volunteer(soci::session& sql, std::string const& partnership_id, Role const& role, std::string const& person_id, std::string const& at)
{
    long long existing = 0;
    sql << "SELECT COUNT(*) FROM initiative_volunteers WHERE role_id = :r AND person_id = :person", soci::into(existing), soci::use(role.id),
        soci::use(person_id);
    if (existing > 0)
        return false;
    sql << "INSERT INTO initiative_volunteers (role_id, partnership_id, initiative_id, person_id, joined_at) VALUES (:r, :p, :i, :person, :at)",
        soci::use(role.id), soci::use(partnership_id), soci::use(role.initiative_id), soci::use(person_id), soci::use(at);
    return true;
}

std::vector<OfflineHelper> helpers_of(soci::session& sql, std::string const& initiative_id)
{
    std::vector<OfflineHelper> helpers;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT id, initiative_id, name, helpers, role_id, recorded_by, recorded_at FROM initiative_offline_helpers "
                                                   "WHERE initiative_id = :i ORDER BY recorded_at, id",
        soci::use(initiative_id));
    for (auto const& row : rows)
        helpers.push_back({ db::text_at(row, 0), db::text_at(row, 1), db::text_at(row, 2), static_cast<int>(db::integer_at(row, 3)),
            db::optional_text_at(row, 4), db::text_at(row, 5), db::text_at(row, 6) });
    return helpers;
}

void insert_helper(soci::session& sql, std::string const& partnership_id, OfflineHelper const& h)
{
    db::Nullable role { h.role_id };
    sql << "INSERT INTO initiative_offline_helpers (id, partnership_id, initiative_id, name, helpers, role_id, recorded_by, recorded_at) "
           "VALUES (:id, :p, :i, :name, :helpers, :role, :by, :at)",
        soci::use(h.id), soci::use(partnership_id), soci::use(h.initiative_id), soci::use(h.name), soci::use(h.count), soci::use(role.value, role.indicator),
        soci::use(h.recorded_by), soci::use(h.recorded_at);
}

std::vector<Hours> hours_of(soci::session& sql, std::string const& initiative_id)
{
    std::vector<Hours> hours;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT id, initiative_id, role_id, person_id, helper_id, minutes, worked_on, logged_by, logged_at "
                                                   "FROM initiative_hours WHERE initiative_id = :i ORDER BY worked_on, logged_at, id",
        soci::use(initiative_id));
    for (auto const& row : rows)
        hours.push_back({ db::text_at(row, 0), db::text_at(row, 1), db::text_at(row, 2), db::optional_text_at(row, 3), db::optional_text_at(row, 4),
            db::integer_at(row, 5), db::text_at(row, 6), db::text_at(row, 7), db::text_at(row, 8) });
    return hours;
}

void insert_hours(soci::session& sql, std::string const& partnership_id, Hours const& h)
{
    db::Nullable person { h.person_id }, helper { h.helper_id };
    sql << "INSERT INTO initiative_hours (id, partnership_id, initiative_id, role_id, person_id, helper_id, minutes, worked_on, logged_by, logged_at) "
           "VALUES (:id, :p, :i, :role, :person, :helper, :minutes, :on, :by, :at)",
        soci::use(h.id), soci::use(partnership_id), soci::use(h.initiative_id), soci::use(h.role_id), soci::use(person.value, person.indicator),
        soci::use(helper.value, helper.indicator), soci::use(h.minutes), soci::use(h.worked_on), soci::use(h.logged_by), soci::use(h.logged_at);
}

std::vector<Outcome> outcomes_of(soci::session& sql, std::string const& initiative_id)
{
    std::vector<Outcome> outcomes;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT id, initiative_id, measure, hundredths, note, recorded_by, recorded_at FROM initiative_outcomes "
                                                   "WHERE initiative_id = :i ORDER BY recorded_at, id",
        soci::use(initiative_id));
    for (auto const& row : rows)
        outcomes.push_back({ db::text_at(row, 0), db::text_at(row, 1), db::text_at(row, 2), db::integer_at(row, 3), db::text_at(row, 4), db::text_at(row, 5),
            db::text_at(row, 6) });
    return outcomes;
}

void insert_outcome(soci::session& sql, std::string const& partnership_id, Outcome const& o)
{
    sql << "INSERT INTO initiative_outcomes (id, partnership_id, initiative_id, measure, hundredths, note, recorded_by, recorded_at) "
           "VALUES (:id, :p, :i, :measure, :value, :note, :by, :at)",
        soci::use(o.id), soci::use(partnership_id), soci::use(o.initiative_id), soci::use(o.measure), soci::use(o.hundredths), soci::use(o.note),
        soci::use(o.recorded_by), soci::use(o.recorded_at);
}

std::optional<Photo> find_photo(soci::session& sql, std::string const& partnership_id, std::string const& id)
{
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT id, initiative_id, media_type, size, uploaded_by, uploaded_at FROM initiative_photos "
                                                   "WHERE partnership_id = :p AND id = :id",
        soci::use(partnership_id), soci::use(id));
    for (auto const& row : rows)
        return Photo { db::text_at(row, 0), db::text_at(row, 1), db::text_at(row, 2), db::integer_at(row, 3), db::text_at(row, 4), db::text_at(row, 5) };
    return std::nullopt;
}

void insert_photo(soci::session& sql, std::string const& partnership_id, Photo const& p)
{
    sql << "INSERT INTO initiative_photos (id, partnership_id, initiative_id, media_type, size, uploaded_by, uploaded_at) "
           "VALUES (:id, :p, :i, :type, :size, :by, :at)",
        soci::use(p.id), soci::use(partnership_id), soci::use(p.initiative_id), soci::use(p.media_type), soci::use(p.size), soci::use(p.uploaded_by),
        soci::use(p.uploaded_at);
}

std::vector<Story> stories_of(soci::session& sql, std::string const& initiative_id)
{
    std::vector<Story> stories;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT id, initiative_id, text, photo_id, alt, created_by, created_at FROM initiative_stories "
                                                   "WHERE initiative_id = :i ORDER BY created_at, id",
        soci::use(initiative_id));
    for (auto const& row : rows)
        stories.push_back({ db::text_at(row, 0), db::text_at(row, 1), db::text_at(row, 2), db::optional_text_at(row, 3), db::text_at(row, 4),
            db::text_at(row, 5), db::text_at(row, 6) });
    return stories;
}

void insert_story(soci::session& sql, std::string const& partnership_id, Story const& s)
{
    db::Nullable photo { s.photo_id };
    sql << "INSERT INTO initiative_stories (id, partnership_id, initiative_id, text, photo_id, alt, created_by, created_at) "
           "VALUES (:id, :p, :i, :text, :photo, :alt, :by, :at)",
        soci::use(s.id), soci::use(partnership_id), soci::use(s.initiative_id), soci::use(s.text), soci::use(photo.value, photo.indicator), soci::use(s.alt),
        soci::use(s.created_by), soci::use(s.created_at);
}

std::vector<std::string> activities_of(soci::session& sql, std::string const& initiative_id)
{
    std::vector<std::string> ids;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT activity_id FROM initiative_activities WHERE initiative_id = :i ORDER BY activity_id",
        soci::use(initiative_id));
    for (auto const& row : rows)
        ids.push_back(db::text_at(row, 0));
    return ids;
}

bool insert_activity(soci::session& sql, std::string const& partnership_id, std::string const& initiative_id, std::string const& activity_id)
{
    long long existing = 0;
    sql << "SELECT COUNT(*) FROM initiative_activities WHERE initiative_id = :i AND activity_id = :a", soci::into(existing), soci::use(initiative_id),
        soci::use(activity_id);
    if (existing > 0)
        return false;
    sql << "INSERT INTO initiative_activities (initiative_id, activity_id, partnership_id) VALUES (:i, :a, :p)", soci::use(initiative_id),
        soci::use(activity_id), soci::use(partnership_id);
    return true;
}

}
