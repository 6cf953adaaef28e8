#include "modules/language/service.hpp"
#include "modules/contributions/commands.hpp"

#include <algorithm>
#include <set>

#include <boost/json.hpp>

#include "core/ids.hpp"
#include "core/time.hpp"
#include "modules/contributions/permissions.hpp"
#include "modules/contributions/store.hpp"
#include "modules/engagement/queries.hpp"
#include "modules/notifications/commands.hpp"
#include "modules/partnership/queries.hpp"
#include "modules/privacy/audit.hpp"
#include "modules/projects/commands.hpp"
#include "modules/projects/lifecycle.hpp"
#include "modules/projects/queries.hpp"

namespace rt::contributions {

namespace {

Error organisers_only()
{
    return Error::forbidden("Only conveners and the project's co-leads do this.");
}

Error contribution_not_found()
{
    return Error::not_found("There is no such contribution in this partnership.");
}

Error need_not_found()
{
    return Error::not_found("There is no such need in this partnership.");
}

// Every contribution puts "took part" on the timeline for its group; the
// subject is the contribution, never its author.
void record_new(soci::session& sql, Actor const& actor, Contribution const& contribution)
{
    store::insert_contribution(sql, contribution);
    store::insert_history(sql, actor.partnership_id, contribution.id, { contribution.status, contribution.response, contribution.created_at },
        std::nullopt);
    projects::record_took_part(sql, actor.partnership_id, contribution.project_id, contribution.group, contribution.id, "A contribution",
        contribution.created_at);
    if (contribution.author_person_id && !contribution.anonymous)
        projects::record_participant(sql, actor.partnership_id, contribution.project_id, *contribution.author_person_id);
    // An anonymous contribution written by its author leaves no actor in the
    // audit log: the entry would name them.
    bool const hide_actor = contribution.anonymous && contribution.author_person_id == actor.person_id;
    privacy::record(sql, actor.partnership_id, hide_actor ? std::nullopt : std::optional<std::string_view> { actor.person_id },
        { "contribution.created", "contribution", contribution.id });
}

// The need, its project's organiser check, for commands on needs.
Result<Need> load_need_to_change(soci::session& sql, Actor const& actor, std::string const& need_id)
{
    auto need = store::find_need(sql, actor.partnership_id, need_id);
    if (!need)
        return std::unexpected(need_not_found());
    auto organiser = projects::can_organise(sql, actor, need->project_id);
    if (!organiser)
        return std::unexpected(organiser.error());
    if (!*organiser)
        return std::unexpected(organisers_only());
    return std::move(*need);
}

Status check_evidence(soci::session& sql, Actor const& actor, std::string const& project_id, std::vector<std::string> const& ids)
{
    for (auto const& id : ids) {
        auto const contribution = store::find_contribution(sql, actor.partnership_id, id);
        if (!contribution || contribution->project_id != project_id)
            return std::unexpected(Error::invalid_field("contribution_ids", "Choose contributions made to this project."));
    }
    return {};
}

}

Result<Contribution> create_contribution(db::Database& database, Actor const& actor, std::string const& project_id, ContributionForm const& form)
{
    return database.write([&](soci::session& sql) { return record_contribution(sql, actor, project_id, form); });
}

Result<Contribution> record_contribution(soci::session& sql, Actor const& actor, std::string const& project_id, ContributionForm const& form)
{
    auto organiser = projects::can_organise(sql, actor, project_id);
    if (!organiser)
        return std::unexpected(organiser.error());
    bool const for_someone = form.person_id.has_value() && *form.person_id != actor.person_id;
    if ((for_someone || form.source == "on_behalf") && !*organiser)
        return std::unexpected(Error::forbidden("Only conveners and the project's co-leads record what others said."));
    // An organiser noting something said at an activity, naming nobody, records it for someone unnamed
    // (they name themselves with person_id to speak for themselves).
    bool const organiser_recording = *organiser;

    Contribution contribution;
    contribution.id = new_id();
    contribution.partnership_id = actor.partnership_id;
    contribution.project_id = project_id;
    contribution.kind = form.kind;
    contribution.text = form.text;
    contribution.source = form.source;
    contribution.anonymous = form.anonymous;
    contribution.tags = form.tags;
    contribution.created_at = contribution.updated_at = now_text();

    // Whose words these are: the person named, nobody (on behalf of
    // someone unnamed), or the person writing.
    std::optional<partnership::Person> author;
    if (form.person_id) {
        author = partnership::find_person(sql, actor.partnership_id, *form.person_id);
        if (!author)
            return std::unexpected(Error::invalid_field("person_id", "Choose a person from this partnership."));
    } else if (form.source == "online" || form.source == "survey" || (form.source == "activity" && !organiser_recording)) {
        author = partnership::find_person(sql, actor.partnership_id, actor.person_id);
    }
    if (author)
        contribution.author_person_id = author->id;
    if (!author || author->id != actor.person_id)
        contribution.recorded_by = actor.person_id;

    if (author) {
        auto const groups = projects::groups_in_project(sql, actor.partnership_id, contribution.project_id, author->id, author->groups);
        if (groups.empty())
            return std::unexpected(Error::invalid_field("group", author->name + " has no group in their profile yet: add the group they take part in first."));
        contribution.group = form.group.value_or(projects::default_group(groups));
        if (form.group && std::ranges::find(groups, *form.group) == groups.end())
            return std::unexpected(Error::invalid_field("group", author->name + " does not take part in that group in this project."));
    } else {
        if (!form.group)
            return std::unexpected(Error::invalid_field("group", "Say which group the person speaks for."));
        contribution.group = *form.group;
    }
    if (form.activity_id) {
        if (engagement::project_of_activity(sql, actor.partnership_id, *form.activity_id) != project_id)
            return std::unexpected(Error::invalid_field("activity_id", "Choose an activity of this project."));
        contribution.activity_id = *form.activity_id;
    }
    record_new(sql, actor, contribution);
    contribution.author_name = author ? author->name : "";
    return contribution;
}

void insert_from_survey(soci::session& sql, Actor const& actor, Contribution contribution)
{
    record_new(sql, actor, contribution);
}

Result<Contribution> correct_contribution(db::Database& database, Actor const& actor, std::string const& contribution_id, CorrectionForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<Contribution> {
        privacy::lock_for_change(sql, actor.partnership_id);
        auto contribution = store::find_contribution(sql, actor.partnership_id, contribution_id);
        if (!contribution)
            return std::unexpected(contribution_not_found());
        if (!can_correct_contribution(actor, *contribution))
            return std::unexpected(Error::forbidden("Only the person who said it, or the organiser who wrote it down for them, corrects the words."));
        if (contribution->text == form.text)
            return std::move(*contribution);
        auto const at = now_text();
        store::insert_wording(sql, actor.partnership_id, contribution->id, contribution->text, actor.person_id, at);
        contribution->text = form.text;
        contribution->updated_at = at;
        store::set_text(sql, *contribution);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "contribution.corrected", "contribution", contribution->id, std::nullopt, std::nullopt,
            { "text" } });
        return std::move(*contribution);
    });
}

Result<Contribution> respond(db::Database& database, Actor const& actor, std::string const& contribution_id, ResponseForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<Contribution> {
        privacy::lock_for_change(sql, actor.partnership_id);
        return record_response(sql, actor, contribution_id, form);
    });
}

Result<Contribution> record_response(soci::session& sql, Actor const& actor, std::string const& contribution_id, ResponseForm const& form)
{
    auto contribution = store::find_contribution(sql, actor.partnership_id, contribution_id);
    if (!contribution)
        return std::unexpected(contribution_not_found());
    auto organiser = projects::can_organise(sql, actor, contribution->project_id);
    if (!organiser)
        return std::unexpected(organiser.error());
    if (!*organiser)
        return std::unexpected(Error::forbidden("Only conveners and the project's co-leads answer contributions."));
    auto const status_before = contribution->status;
    contribution->status = form.status;
    contribution->response = form.response;
    contribution->responded_at = contribution->updated_at = now_text();
    store::set_status(sql, *contribution, status_before);
    if (auto checked = language::record_published(sql, actor,
            { "contribution_response", contribution->id, "response", contribution->response, contribution->project_id });
        !checked)
        return std::unexpected(checked.error());
    store::insert_history(sql, actor.partnership_id, contribution->id, { form.status, form.response, *contribution->responded_at },
        actor.person_id);
    privacy::record(sql, actor.partnership_id, actor.person_id, { "contribution.responded", "contribution", contribution->id });
    // "You said, we did" reaches the person who said it (anonymous or not:
    // only they see it), once per answer given.
    if (contribution->author_person_id && *contribution->author_person_id != actor.person_id) {
        auto const project = projects::find_project(sql, actor.partnership_id, contribution->project_id);
        boost::json::object params { { "contribution_id", contribution->id }, { "project_id", contribution->project_id },
            { "project_title", project ? project->title : std::string {} }, { "status", contribution->status },
            { "response", contribution->response.substr(0, 300) } };
        notifications::notify(sql, actor.partnership_id, { *contribution->author_person_id, "contribution_answered", boost::json::serialize(params),
            "/contributions/" + contribution->id, "contribution_answered:" + contribution->id + ":" + *contribution->responded_at });
    }
    return *contribution;
}

Result<Need> create_need(db::Database& database, Actor const& actor, std::string const& project_id, NeedForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<Need> {
        auto organiser = projects::can_organise(sql, actor, project_id);
        if (!organiser)
            return std::unexpected(organiser.error());
        if (!*organiser)
            return std::unexpected(organisers_only());
        if (auto checked = check_evidence(sql, actor, project_id, form.contribution_ids); !checked)
            return std::unexpected(checked.error());
        Need need;
        need.id = new_id();
        need.partnership_id = actor.partnership_id;
        need.project_id = project_id;
        need.title = form.title;
        need.description = form.description;
        need.communities = form.communities;
        need.created_by = actor.person_id;
        need.created_at = need.updated_at = now_text();
        store::insert_need(sql, need);
        for (auto const& id : form.contribution_ids)
            store::add_evidence(sql, actor.partnership_id, need.id, id, actor.person_id, need.created_at);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "need.created", "need", need.id });
        need.contribution_ids = form.contribution_ids;
        return need;
    });
}

Result<Need> update_need(db::Database& database, Actor const& actor, std::string const& need_id, NeedUpdateForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<Need> {
        auto need = load_need_to_change(sql, actor, need_id);
        if (!need)
            return need;
        if (need->status != "open")
            return std::unexpected(Error::conflict("This need was merged into another; change that one."));
        if (form.title)
            need->title = *form.title;
        if (form.description)
            need->description = *form.description;
        if (form.communities)
            need->communities = *form.communities;
        need->updated_at = now_text();
        store::update_need(sql, *need);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "need.updated", "need", need->id });
        return need;
    });
}

Result<Need> add_evidence(db::Database& database, Actor const& actor, std::string const& need_id, EvidenceForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<Need> {
        privacy::lock_for_change(sql, actor.partnership_id); // against a merge at the same moment
        auto need = load_need_to_change(sql, actor, need_id);
        if (!need)
            return need;
        if (need->status != "open")
            return std::unexpected(Error::conflict("This need was merged into another; add the evidence there."));
        if (auto checked = check_evidence(sql, actor, need->project_id, form.contribution_ids); !checked)
            return std::unexpected(checked.error());
        auto const at = now_text();
        for (auto const& id : form.contribution_ids)
            store::add_evidence(sql, actor.partnership_id, need->id, id, actor.person_id, at);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "need.evidence_added", "need", need->id });
        return *store::find_need(sql, actor.partnership_id, need->id);
    });
}

Result<Need> merge_need(db::Database& database, Actor const& actor, std::string const& need_id, MergeForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<Need> {
        privacy::lock_for_change(sql, actor.partnership_id);
        auto need = load_need_to_change(sql, actor, need_id);
        if (!need)
            return need;
        auto into = store::find_need(sql, actor.partnership_id, form.into);
        if (!into || into->project_id != need->project_id || into->id == need->id || into->status != "open")
            return std::unexpected(Error::invalid_field("into", "Choose another open need of this project."));
        if (need->status != "open")
            return std::unexpected(Error::conflict("This need was already merged."));
        auto const at = now_text();
        store::copy_evidence(sql, actor.partnership_id, need->id, into->id, actor.person_id, at);
        for (auto const& community : need->communities)
            if (std::ranges::find(into->communities, community) == into->communities.end())
                into->communities.push_back(community);
        into->updated_at = at;
        store::update_need(sql, *into);
        need->status = "merged";
        need->merged_into = into->id;
        need->updated_at = at;
        store::update_need(sql, *need);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "need.merged", "need", need->id, std::nullopt, into->id });
        return *store::find_need(sql, actor.partnership_id, into->id);
    });
}

Result<Priority> save_ranking(db::Database& database, Actor const& actor, std::string const& project_id, RankingForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<Priority> {
        auto organiser = projects::can_organise(sql, actor, project_id);
        if (!organiser)
            return std::unexpected(organiser.error());
        auto const person = partnership::find_person(sql, actor.partnership_id, actor.person_id);
        auto const groups = person ? projects::groups_in_project(sql, actor.partnership_id, project_id, person->id, person->groups)
                                   : std::vector<std::string> {};
        if (std::ranges::find(groups, form.group) == groups.end())
            return std::unexpected(Error::invalid_field("group", "Rank for a group you take part in, in this project."));
        auto const needs = store::list_needs(sql, actor.partnership_id, project_id);
        for (auto const& id : form.need_ids) {
            auto const found = std::ranges::find(needs, id, &Need::id);
            if (found == needs.end() || found->status != "open")
                return std::unexpected(Error::invalid_field("need_ids", "Put only open needs of this project in order."));
        }
        store::save_ranking(sql, actor.partnership_id, project_id, { actor.person_id, form.group, form.need_ids }, now_text());
        privacy::record(sql, actor.partnership_id, actor.person_id, { "needs.ranked", "project", project_id });
        return combine_priority(needs, store::list_rankings(sql, actor.partnership_id, project_id));
    });
}

void tell_authors(soci::session& sql, Actor const& actor, std::vector<std::string> const& contribution_ids, std::string const& kind,
    std::string const& params, std::string const& path, std::string const& key)
{
    std::set<std::string> told;
    for (auto const& id : contribution_ids) {
        auto const contribution = store::find_contribution(sql, actor.partnership_id, id);
        if (!contribution || !contribution->author_person_id || *contribution->author_person_id == actor.person_id)
            continue;
        auto const& person = *contribution->author_person_id;
        if (!told.insert(person).second)
            continue;
        notifications::notify(sql, actor.partnership_id, { person, kind, params, path, key + ":" + person });
    }
}

}
