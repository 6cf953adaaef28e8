#include "modules/decisions/panels.hpp"

#include <algorithm>
#include <set>

#include <boost/json.hpp>

#include "core/form.hpp"
#include "core/ids.hpp"
#include "core/time.hpp"
#include "http/paging.hpp"
#include "http/respond.hpp"
#include "modules/decisions/routes.hpp"
#include "modules/projects/queries.hpp"
#include "modules/partnership/model.hpp"
#include "modules/partnership/queries.hpp"
#include "modules/privacy/audit.hpp"

namespace rt::decisions {

std::vector<CandidateResult> combine_panel(std::vector<Criterion> const& criteria, std::vector<CandidateRef> const& candidates,
    std::vector<PanelScore> const& scores)
{
    double total_weight = 0;
    for (auto const& criterion : criteria)
        total_weight += criterion.weight;
    std::vector<CandidateResult> results;
    for (auto const& candidate : candidates) {
        CandidateResult result { candidate.id, candidate.name, 0, 0, {}, 0 };
        std::map<std::string, std::pair<double, int>> groups; // sum, members
        for (auto const& score : scores) {
            if (score.candidate_id != candidate.id || score.scores.size() != criteria.size() || total_weight == 0)
                continue;
            double weighted = 0;
            for (std::size_t i = 0; i < criteria.size(); ++i)
                weighted += criteria[i].weight * score.scores[i];
            groups[score.group].first += weighted / total_weight;
            ++groups[score.group].second;
            ++result.scorers;
        }
        for (auto const& [group, sum_and_count] : groups) {
            result.by_group[group] = sum_and_count.first / sum_and_count.second;
            result.score += result.by_group[group] / static_cast<double>(groups.size());
        }
        results.push_back(std::move(result));
    }
    std::ranges::stable_sort(results, [](CandidateResult const& a, CandidateResult const& b) { return a.score > b.score + 1e-9; });
    int rank = 0;
    for (auto& result : results)
        result.rank = ++rank;
    return results;
}

namespace {

using http::Access;
using http::RequestContext;
using http::Response;
using http::json_or_problem;
using http::with_id;

inline constexpr std::array<std::string_view, 3> k_panel_kinds { "recruitment", "award", "other" };

struct Panel {
    std::string id;
    std::string partnership_id;
    std::optional<std::string> project_id;
    std::string title;
    std::string purpose;
    std::string kind;
    std::vector<Criterion> criteria;
    std::string created_at;
};

struct PanelMember {
    std::string person_id;
    std::string name;
    std::string group;
};

struct Candidate {
    std::string id;
    std::string name;
    std::string details;
    std::string created_at;
};

std::string criteria_text(std::vector<Criterion> const& criteria)
{
    boost::json::array array;
    for (auto const& criterion : criteria)
        array.push_back({ { "id", criterion.id }, { "name", criterion.name }, { "weight", criterion.weight } });
    return boost::json::serialize(array);
}

std::vector<Criterion> criteria_from(std::string const& text)
{
    std::vector<Criterion> criteria;
    auto const parsed = boost::json::parse(text); // kept alive for the loop
    for (auto const& entry : parsed.as_array())
        criteria.push_back({ std::string { entry.at("id").as_string() }, std::string { entry.at("name").as_string() },
            static_cast<int>(entry.at("weight").as_int64()) });
    return criteria;
}

std::optional<Panel> find_panel(soci::session& sql, std::string const& partnership_id, std::string const& id)
{
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT id, project_id, title, purpose, kind, criteria, created_at FROM panels "
                                                   "WHERE partnership_id = :p AND id = :id",
        soci::use(partnership_id), soci::use(id));
    for (auto const& row : rows)
        return Panel { db::text_at(row, 0), partnership_id, db::optional_text_at(row, 1), db::text_at(row, 2), db::text_at(row, 3),
            db::text_at(row, 4), criteria_from(db::text_at(row, 5)), db::text_at(row, 6) };
    return std::nullopt;
}

std::vector<PanelMember> panel_members(soci::session& sql, std::string const& panel_id)
{
    std::vector<PanelMember> members;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT m.person_id, p.name, m.stakeholder_group FROM panel_members m "
                                                   "JOIN people p ON p.id = m.person_id WHERE m.panel_id = :panel ORDER BY p.name, m.person_id",
        soci::use(panel_id));
    for (auto const& row : rows)
        members.push_back({ db::text_at(row, 0), db::text_at(row, 1), db::text_at(row, 2) });
    return members;
}

std::vector<Candidate> panel_candidates(soci::session& sql, std::string const& panel_id)
{
    std::vector<Candidate> candidates;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT id, name, details, created_at FROM panel_candidates WHERE panel_id = :panel "
                                                   "ORDER BY created_at, id",
        soci::use(panel_id));
    for (auto const& row : rows)
        candidates.push_back({ db::text_at(row, 0), db::text_at(row, 1), db::text_at(row, 2), db::text_at(row, 3) });
    return candidates;
}

std::vector<std::pair<std::string, std::string>> conflicts_of(soci::session& sql, std::string const& panel_id)
{
    std::vector<std::pair<std::string, std::string>> conflicts; // person, candidate
    soci::rowset<soci::row> rows
        = (sql.prepare << "SELECT person_id, candidate_id FROM panel_conflicts WHERE panel_id = :panel", soci::use(panel_id));
    for (auto const& row : rows)
        conflicts.emplace_back(db::text_at(row, 0), db::text_at(row, 1));
    return conflicts;
}

std::vector<PanelScore> scores_of(soci::session& sql, std::string const& panel_id)
{
    std::vector<PanelScore> scores;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT s.person_id, m.stakeholder_group, s.candidate_id, s.scores FROM panel_scores s "
                                                   "JOIN panel_members m ON m.panel_id = s.panel_id AND m.person_id = s.person_id "
                                                   "WHERE s.panel_id = :panel",
        soci::use(panel_id));
    for (auto const& row : rows) {
        PanelScore score { db::text_at(row, 0), db::text_at(row, 1), db::text_at(row, 2), {} };
        auto const parsed = boost::json::parse(db::text_at(row, 3));
        for (auto const& value : parsed.as_array())
            score.scores.push_back(static_cast<int>(value.as_int64()));
        scores.push_back(std::move(score));
    }
    return scores;
}

// The panel, if the actor sits on it or is a convener; otherwise it does not
// exist for them (candidate details are private to the panel).
Result<std::pair<Panel, bool>> load_panel(soci::session& sql, Actor const& actor, std::string const& id)
{
    auto panel = find_panel(sql, actor.partnership_id, id);
    if (!panel)
        return std::unexpected(Error::not_found("There is no such panel, or you do not sit on it."));
    auto const members = panel_members(sql, panel->id);
    bool const member = std::ranges::any_of(members, [&](PanelMember const& m) { return m.person_id == actor.person_id; });
    if (!member && !actor.is_convener())
        return std::unexpected(Error::not_found("There is no such panel, or you do not sit on it."));
    return std::pair { std::move(*panel), member };
}

boost::json::object panel_json(soci::session& sql, Actor const& actor, Panel const& panel, bool detail)
{
    boost::json::array criteria, members;
    for (auto const& criterion : panel.criteria)
        criteria.push_back({ { "id", criterion.id }, { "name", criterion.name }, { "weight", criterion.weight } });
    auto const people = panel_members(sql, panel.id);
    for (auto const& member : people)
        members.push_back({ { "person_id", member.person_id }, { "name", member.name }, { "group", member.group } });
    boost::json::object object { { "id", panel.id }, { "title", panel.title }, { "purpose", panel.purpose }, { "kind", panel.kind },
        { "project_id", panel.project_id ? boost::json::value(*panel.project_id) : boost::json::value(nullptr) }, { "criteria", std::move(criteria) },
        { "members", std::move(members) },
        { "i_sit_on_it", std::ranges::any_of(people, [&](PanelMember const& m) { return m.person_id == actor.person_id; }) },
        { "created_at", panel.created_at } };
    if (!detail)
        return object;
    boost::json::array candidates, my_conflicts;
    for (auto const& candidate : panel_candidates(sql, panel.id))
        candidates.push_back({ { "id", candidate.id }, { "name", candidate.name }, { "details", candidate.details }, { "created_at", candidate.created_at } });
    for (auto const& [person, candidate] : conflicts_of(sql, panel.id))
        if (person == actor.person_id)
            my_conflicts.emplace_back(candidate);
    boost::json::object my_scores;
    for (auto const& score : scores_of(sql, panel.id)) {
        if (score.person_id != actor.person_id)
            continue;
        boost::json::object by_criterion;
        for (std::size_t i = 0; i < panel.criteria.size() && i < score.scores.size(); ++i)
            by_criterion[panel.criteria[i].id] = score.scores[i];
        my_scores[score.candidate_id] = std::move(by_criterion);
    }
    object["candidates"] = std::move(candidates);
    object["my_conflicts"] = std::move(my_conflicts);
    object["my_scores"] = std::move(my_scores);
    return object;
}



Response list_route(Services& services, RequestContext const& context)
{
    auto const& actor = context.signed_in();
    auto page = http::read_page(context.request);
    if (!page)
        return Response::problem(page.error());
    auto result = services.database.read([&](soci::session& sql) -> Result<boost::json::object> {
        // Newest first; conveners see every panel, others the panels they sit on.
        auto const keys = keyset(*page, "p.created_at", "p.id", SortOrder::Descending);
        int const everyone = actor.is_convener() ? 1 : 0;
        std::vector<std::pair<std::string, std::string>> found; // (created_at, id)
        soci::rowset<soci::row> rows = (sql.prepare << "SELECT p.created_at, p.id FROM panels p WHERE p.partnership_id = :p "
                                                       "AND (:everyone = 1 OR EXISTS (SELECT 1 FROM panel_members m "
                                                       "WHERE m.panel_id = p.id AND m.person_id = :person)) AND "
                                                           + keys.condition + " " + keys.order_limit,
            soci::use(actor.partnership_id), soci::use(everyone), soci::use(actor.person_id), soci::use(keys.on), soci::use(keys.key),
            soci::use(keys.key), soci::use(keys.id), soci::use(keys.fetch));
        for (auto const& row : rows)
            found.emplace_back(db::text_at(row, 0), db::text_at(row, 1));
        auto const ids = finish_page(std::move(found), page->limit, [](auto const& row) { return NameCursor { row.first, row.second }; });
        boost::json::array items;
        for (auto const& [created_at, id] : ids.items)
            if (auto panel = find_panel(sql, actor.partnership_id, id))
                items.push_back(panel_json(sql, actor, *panel, false));
        return http::page_json(std::move(items), ids.next_cursor);
    });
    return json_or_problem(result, 200);
}

Response create_route(Services& services, RequestContext const& context)
{
    auto const& actor = context.signed_in();
    auto body = http::body_object(context.request);
    if (!body)
        return Response::problem(body.error());
    FormReader reader { *body };
    reader.reject_unknown({ "title", "purpose", "kind", "project_id", "members", "criteria" });
    Panel panel;
    panel.title = reader.text("title", { .presence = Presence::Required, .min_length = 1, .max_length = 200 }).value_or("");
    panel.purpose = reader.text("purpose", { .presence = Presence::Optional, .max_length = 2000, .lines = TextRule::Lines::Multiple }).value_or("");
    panel.kind = reader.choice("kind", k_panel_kinds, Presence::Required).value_or("");
    if (auto project = reader.text("project_id", { .presence = Presence::Optional, .max_length = 36 }); project && !project->empty()) {
        if (!looks_like_id(*project))
            reader.add_error("project_id", "Choose a project of this partnership.");
        else
            panel.project_id = *project;
    }
    std::vector<PanelMember> members;
    auto const* member_list = body->if_contains("members");
    if (!member_list || !member_list->is_array() || member_list->get_array().empty() || member_list->get_array().size() > 30) {
        reader.add_error("members", "Add between 1 and 30 members, each with their group.");
    } else {
        for (auto const& entry : member_list->get_array()) {
            auto const* object = entry.if_object();
            auto const* person = object ? object->if_contains("person_id") : nullptr;
            auto const* group = object ? object->if_contains("group") : nullptr;
            if (!person || !person->is_string() || !looks_like_id(person->get_string()) || !group || !group->is_string()
                || std::ranges::find(partnership::k_groups, std::string_view { group->get_string() }) == partnership::k_groups.end()) {
                reader.add_error("members", "Each member needs a person and one of the stakeholder groups.");
                break;
            }
            members.push_back({ std::string { person->get_string() }, "", std::string { group->get_string() } });
        }
    }
    std::set<std::string> member_groups, member_people;
    for (auto const& member : members) {
        member_groups.insert(member.group);
        if (!member_people.insert(member.person_id).second && !reader.errors().contains("members"))
            reader.add_error("members", "List each person once, in one group.");
    }
    if (!members.empty() && member_groups.size() < 2 && !reader.errors().contains("members"))
        reader.add_error("members", "A panel needs members from at least two groups, so no group judges alone.");
    auto const* criteria = body->if_contains("criteria");
    if (!criteria || !criteria->is_array() || criteria->get_array().empty() || criteria->get_array().size() > 20) {
        reader.add_error("criteria", "Give between 1 and 20 criteria, each with a weight from 1 to 10.");
    } else {
        for (auto const& entry : criteria->get_array()) {
            auto const* object = entry.if_object();
            auto const* name = object ? object->if_contains("name") : nullptr;
            auto const* weight = object ? object->if_contains("weight") : nullptr;
            if (!name || !name->is_string() || name->get_string().empty() || code_point_count(name->get_string()) > 200 || !weight
                || !weight->is_int64() || weight->get_int64() < 1 || weight->get_int64() > 10) {
                reader.add_error("criteria", "Give between 1 and 20 criteria, each with a weight from 1 to 10.");
                break;
            }
            panel.criteria.push_back({ new_id(), std::string { name->get_string() }, static_cast<int>(weight->get_int64()) });
        }
    }
    if (!reader.ok())
        return Response::problem(Error::invalid(reader.errors()));
    if (!actor.is_convener())
        return Response::problem(Error::forbidden("Only conveners set up panels."));
    auto result = services.database.write([&](soci::session& sql) -> Result<boost::json::object> {
        if (panel.project_id && !projects::find_project(sql, actor.partnership_id, *panel.project_id))
            return std::unexpected(Error::invalid_field("project_id", "Choose a project of this partnership."));
        for (auto const& member : members) {
            auto const person = partnership::find_person(sql, actor.partnership_id, member.person_id);
            if (!person || std::ranges::find(person->groups, member.group) == person->groups.end())
                return std::unexpected(Error::invalid_field("members", "Each member must be in this partnership and in the group given."));
        }
        panel.id = new_id();
        panel.partnership_id = actor.partnership_id;
        panel.created_at = now_text();
        auto const project = panel.project_id.value_or("");
        auto project_indicator = panel.project_id ? soci::i_ok : soci::i_null;
        auto const criteria_json = criteria_text(panel.criteria);
        sql << "INSERT INTO panels (id, partnership_id, project_id, title, purpose, kind, criteria, created_by, created_at) "
               "VALUES (:id, :p, :project, :title, :purpose, :kind, :criteria, :by, :at)",
            soci::use(panel.id), soci::use(actor.partnership_id), soci::use(project, project_indicator), soci::use(panel.title),
            soci::use(panel.purpose), soci::use(panel.kind), soci::use(criteria_json), soci::use(actor.person_id), soci::use(panel.created_at);
        for (auto const& member : members)
            sql << "INSERT INTO panel_members (panel_id, person_id, partnership_id, stakeholder_group) VALUES (:panel, :person, :p, :grp) "
                   "ON CONFLICT (panel_id, person_id) DO NOTHING",
                soci::use(panel.id), soci::use(member.person_id), soci::use(actor.partnership_id), soci::use(member.group);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "panel.created", "panel", panel.id });
        return panel_json(sql, actor, panel, true);
    });
    return json_or_problem(result, 201);
}

Response get_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) {
        auto const& actor = context.signed_in();
        auto result = services.database.read([&](soci::session& sql) -> Result<boost::json::object> {
            auto loaded = load_panel(sql, actor, id);
            if (!loaded)
                return std::unexpected(loaded.error());
            return panel_json(sql, actor, loaded->first, true);
        });
        return json_or_problem(result, 200);
    });
}

Response candidate_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) {
        auto const& actor = context.signed_in();
        auto body = http::body_object(context.request);
        if (!body)
            return Response::problem(body.error());
        FormReader reader { *body };
        reader.reject_unknown({ "name", "details" });
        Candidate candidate;
        candidate.name = reader.text("name", { .presence = Presence::Required, .min_length = 1, .max_length = 200 }).value_or("");
        candidate.details = reader.text("details", { .presence = Presence::Optional, .max_length = 5000, .lines = TextRule::Lines::Multiple }).value_or("");
        if (!reader.ok())
            return Response::problem(Error::invalid(reader.errors()));
        auto result = services.database.write([&](soci::session& sql) -> Result<boost::json::object> {
            auto loaded = load_panel(sql, actor, id);
            if (!loaded)
                return std::unexpected(loaded.error());
            if (!actor.is_convener())
                return std::unexpected(Error::forbidden("Only conveners add candidates."));
            candidate.id = new_id();
            candidate.created_at = now_text();
            sql << "INSERT INTO panel_candidates (id, partnership_id, panel_id, name, details, created_at) VALUES (:id, :p, :panel, :name, :details, :at)",
                soci::use(candidate.id), soci::use(actor.partnership_id), soci::use(id), soci::use(candidate.name), soci::use(candidate.details),
                soci::use(candidate.created_at);
            privacy::record(sql, actor.partnership_id, actor.person_id, { "panel.candidate_added", "panel", id, std::nullopt, candidate.id });
            return boost::json::object { { "id", candidate.id }, { "name", candidate.name }, { "details", candidate.details },
                { "created_at", candidate.created_at } };
        });
        return json_or_problem(result, 201);
    });
}

// The candidate must be on this panel (422 otherwise); the actor must sit on it.
Result<Panel> member_and_candidate(soci::session& sql, Actor const& actor, std::string const& panel_id, std::string const& candidate_id)
{
    auto loaded = load_panel(sql, actor, panel_id);
    if (!loaded)
        return std::unexpected(loaded.error());
    if (!loaded->second)
        return std::unexpected(Error::forbidden("Only the panel's members do this."));
    auto const candidates = panel_candidates(sql, panel_id);
    if (std::ranges::find(candidates, candidate_id, &Candidate::id) == candidates.end())
        return std::unexpected(Error::invalid_field("candidate_id", "Choose a candidate of this panel."));
    return std::move(loaded->first);
}

Response conflict_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) {
        auto const& actor = context.signed_in();
        auto body = http::body_object(context.request);
        if (!body)
            return Response::problem(body.error());
        FormReader reader { *body };
        reader.reject_unknown({ "candidate_id", "reason" });
        auto const candidate = reader.text("candidate_id", { .presence = Presence::Required, .max_length = 36 }).value_or("");
        auto const reason = reader.text("reason", { .presence = Presence::Required, .min_length = 1, .max_length = 1000, .lines = TextRule::Lines::Multiple })
                                .value_or("");
        if (!candidate.empty() && !looks_like_id(candidate))
            reader.add_error("candidate_id", "Choose a candidate of this panel.");
        if (!reader.ok())
            return Response::problem(Error::invalid(reader.errors()));
        auto result = services.database.write([&](soci::session& sql) -> Result<boost::json::object> {
            privacy::lock_for_change(sql, actor.partnership_id); // declaring and scoring take turns
            auto panel = member_and_candidate(sql, actor, id, candidate);
            if (!panel)
                return std::unexpected(panel.error());
            auto const at = now_text();
            sql << "INSERT INTO panel_conflicts (panel_id, person_id, candidate_id, partnership_id, reason, declared_at) "
                   "VALUES (:panel, :person, :candidate, :p, :reason, :at) ON CONFLICT (panel_id, person_id, candidate_id) DO NOTHING",
                soci::use(id), soci::use(actor.person_id), soci::use(candidate), soci::use(actor.partnership_id), soci::use(reason), soci::use(at);
            // Any scores given before the declaration no longer count.
            sql << "DELETE FROM panel_scores WHERE panel_id = :panel AND person_id = :person AND candidate_id = :candidate", soci::use(id),
                soci::use(actor.person_id), soci::use(candidate);
            privacy::record(sql, actor.partnership_id, actor.person_id, { "panel.conflict_declared", "panel", id, std::nullopt, candidate });
            return boost::json::object { { "candidate_id", candidate }, { "reason", reason }, { "declared_at", at } };
        });
        return json_or_problem(result, 201);
    });
}

Response score_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) {
        auto const& actor = context.signed_in();
        auto body = http::body_object(context.request);
        if (!body)
            return Response::problem(body.error());
        FormReader reader { *body };
        reader.reject_unknown({ "candidate_id", "scores" });
        auto const candidate = reader.text("candidate_id", { .presence = Presence::Required, .max_length = 36 }).value_or("");
        if (!candidate.empty() && !looks_like_id(candidate))
            reader.add_error("candidate_id", "Choose a candidate of this panel.");
        auto const* given = body->if_contains("scores");
        if (!given || !given->is_object())
            reader.add_error("scores", "Score every criterion from 0 to 5.");
        if (!reader.ok())
            return Response::problem(Error::invalid(reader.errors()));
        auto result = services.database.write([&](soci::session& sql) -> Result<boost::json::object> {
            privacy::lock_for_change(sql, actor.partnership_id);
            auto panel = member_and_candidate(sql, actor, id, candidate);
            if (!panel)
                return std::unexpected(panel.error());
            auto const conflicts = conflicts_of(sql, id);
            if (std::ranges::find(conflicts, std::pair { actor.person_id, candidate }) != conflicts.end()) {
                auto error = Error::forbidden("You declared a conflict of interest with this candidate, so you do not score them.");
                error.code = "conflict_of_interest";
                return std::unexpected(error);
            }
            boost::json::array values;
            boost::json::object by_criterion;
            auto const& object = given->get_object();
            for (auto const& criterion : panel->criteria) {
                auto const* value = object.if_contains(criterion.id);
                if (!value || !value->is_int64() || value->get_int64() < 0 || value->get_int64() > 5)
                    return std::unexpected(Error::invalid_field("scores", "Score every criterion from 0 to 5."));
                values.push_back(value->get_int64());
                by_criterion[criterion.id] = value->get_int64();
            }
            if (object.size() != panel->criteria.size())
                return std::unexpected(Error::invalid_field("scores", "Score only this panel's criteria."));
            auto const text = boost::json::serialize(values);
            auto const at = now_text();
            sql << "INSERT INTO panel_scores (panel_id, person_id, candidate_id, partnership_id, scores, updated_at) "
                   "VALUES (:panel, :person, :candidate, :p, :scores, :at) ON CONFLICT (panel_id, person_id, candidate_id) "
                   "DO UPDATE SET scores = excluded.scores, updated_at = excluded.updated_at",
                soci::use(id), soci::use(actor.person_id), soci::use(candidate), soci::use(actor.partnership_id), soci::use(text), soci::use(at);
            privacy::record(sql, actor.partnership_id, actor.person_id, { "panel.scored", "panel", id, std::nullopt, candidate });
            return boost::json::object { { "candidate_id", candidate }, { "scores", std::move(by_criterion) }, { "updated_at", at } };
        });
        return json_or_problem(result, 200);
    });
}

Response results_route(Services& services, RequestContext const& context)
{
    return with_id(context, [&](std::string const& id) {
        auto const& actor = context.signed_in();
        auto result = services.database.read([&](soci::session& sql) -> Result<boost::json::object> {
            auto loaded = load_panel(sql, actor, id);
            if (!loaded)
                return std::unexpected(loaded.error());
            std::vector<CandidateRef> candidates;
            for (auto const& candidate : panel_candidates(sql, id))
                candidates.push_back({ candidate.id, candidate.name });
            boost::json::array rows, groups;
            for (auto const& line : combine_panel(loaded->first.criteria, candidates, scores_of(sql, id))) {
                boost::json::object by_group;
                for (auto const& [group, score] : line.by_group)
                    by_group[group] = std::round(score * 1000) / 1000;
                rows.push_back({ { "candidate_id", line.candidate_id }, { "name", line.name }, { "score", std::round(line.score * 1000) / 1000 },
                    { "rank", line.rank }, { "by_group", std::move(by_group) }, { "scorers", line.scorers } });
            }
            std::map<std::string, int> per_group;
            for (auto const& member : panel_members(sql, id))
                ++per_group[member.group];
            for (auto const& [group, count] : per_group)
                groups.push_back({ { "group", group }, { "members", count } });
            return boost::json::object { { "candidates", std::move(rows) }, { "groups", std::move(groups) } };
        });
        return json_or_problem(result, 200);
    });
}

}

void register_panel_routes(http::Router& router, Services& services)
{
    auto bind = [&services](Response (*handler)(Services&, RequestContext const&)) {
        return [&services, handler](RequestContext const& context) { return handler(services, context); };
    };
    router.add({ "GET", "/api/v1/panels", Access::Session, bind(list_route),
        { "The panels I sit on (conveners: all)", "panels", "", "PanelList", 200 } });
    router.add({ "POST", "/api/v1/panels", Access::Session, bind(create_route),
        { "Set up a panel with members from several groups and weighted criteria (conveners)", "panels", "PanelCreate", "Panel", 201, {},
            { 403, 422 } } });
    router.add({ "GET", "/api/v1/panels/{id}", Access::Session, bind(get_route),
        { "A panel with its candidates (members and conveners only)", "panels", "", "Panel", 200, {}, { 404 } } });
    router.add({ "POST", "/api/v1/panels/{id}/candidates", Access::Session, bind(candidate_route),
        { "Add a candidate or nomination (conveners)", "panels", "CandidateCreate", "Candidate", 201, {}, { 403, 404, 422 } } });
    router.add({ "POST", "/api/v1/panels/{id}/conflicts", Access::Session, bind(conflict_route),
        { "Declare a conflict of interest with a candidate (members)", "panels", "ConflictCreate", "Conflict", 201, {}, { 403, 404, 422 } } });
    router.add({ "POST", "/api/v1/panels/{id}/scores", Access::Session, bind(score_route),
        { "Score a candidate on every criterion (members without a conflict)", "panels", "ScoreCreate", "Scores", 200, {}, { 403, 404, 422 } } });
    router.add({ "GET", "/api/v1/panels/{id}/results", Access::Session, bind(results_route),
        { "Candidates in order: every group weighs the same", "panels", "", "PanelResults", 200, {}, { 404 } } });
}

}
