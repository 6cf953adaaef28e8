#include "modules/home/queries.hpp"

#include <algorithm>

#include "core/time.hpp"
#include "modules/contributions/queries.hpp"
#include "modules/decisions/queries.hpp"
#include "modules/documents/queries.hpp"
#include "modules/initiatives/queries.hpp"
#include "modules/engagement/queries.hpp"
#include "modules/language/service.hpp"
#include "modules/partnership/queries.hpp"
#include "modules/projects/queries.hpp"
#include "modules/resources/queries.hpp"

namespace rt::home {

namespace {

// Projects looked at for the home page: the newest, which is where work is.
constexpr std::size_t k_projects_looked_at = 50;

// The first `count` code points of UTF-8 text, with an ellipsis when cut.
std::string shortened(std::string const& text, std::size_t count)
{
    std::size_t points = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && points++ == count)
            return text.substr(0, i) + "…";
    }
    return text;
}

void add(NextSection& section, NextItem item)
{
    ++section.count;
    section.items.push_back(std::move(item));
}

// Soonest first, then only the first few kept (the count stays the whole number).
void finish(NextSection& section)
{
    std::ranges::stable_sort(section.items, [](NextItem const& a, NextItem const& b) { return a.at < b.at; });
    if (section.items.size() > k_items_per_section)
        section.items.resize(k_items_per_section);
}

}

Result<NextView> what_needs_me(db::Database& database, Actor const& actor)
{
    NextView view;
    auto projects = projects::list_projects(database, actor, PageRequest { k_projects_looked_at, std::nullopt });
    if (!projects)
        return std::unexpected(projects.error());

    if (actor.is_convener()) {
        auto partnership = partnership::get_partnership(database, actor);
        if (!partnership)
            return std::unexpected(partnership.error());
        // "Organisations" is done once there is one besides those the convener
        // acts for (`roundtable init --organisation` makes hers); "people"
        // once someone besides the convener who set it up is there.
        auto const me = partnership::get_person(database, actor, actor.person_id);
        auto const own = me ? static_cast<long long>(me->organisation_ids.size()) : 0;
        std::vector<SetupStep> steps { { "organisations", partnership->summary.organisations > own, "/organisations/new" },
            { "people", partnership->summary.people > 1, "/people/new" }, { "project", !projects->items.empty(), "/projects/new" } };
        if (std::ranges::any_of(steps, [](SetupStep const& step) { return !step.done; }))
            view.setup = std::move(steps);
    }

    NextSection invitations { "invitations" }, activities { "activities" }, arrangements { "arrangements" }, votes { "votes" },
        contributions { "contributions" }, translations { "translations" };
    auto mine = every_item([&](PageRequest const& page) { return projects::my_invitations(database, actor, page); });
    if (!mine)
        return std::unexpected(mine.error());
    for (auto const& invitation : *mine)
        // The project is the invitation's title, so it is not repeated beneath it.
        add(invitations, { invitation.id, invitation.project_title, invitation.invitee_name, invitation.project_id, "",
                             invitation.sent_at.value_or(""), "/invitations" });

    auto const now_time = now_text();
    bool organiser_somewhere = false;
    for (auto const& project : projects->items) {
        if (project.project.stage == "closed")
            continue;
        auto const& project_id = project.project.id;
        auto const& project_title = project.project.title;
        bool const organiser = project.can_manage;
        organiser_somewhere = organiser_somewhere || organiser;

        auto listed = every_item([&](PageRequest const& page) { return engagement::list_activities(database, actor, project_id, page); });
        if (!listed)
            return std::unexpected(listed.error());
        for (auto const& activity : *listed) {
            if (activity.activity.status != "scheduled" || activity.activity.starts_at <= now_time)
                continue;
            if (activity.mine)
                add(activities, { activity.activity.id, activity.activity.title, activity.mine->status, project_id, project_title,
                                    activity.activity.starts_at, "/activities/" + activity.activity.id });
            if (!activity.can_organise)
                continue;
            auto plan = engagement::get_plan(database, actor, activity.activity.id);
            if (!plan)
                return std::unexpected(plan.error());
            long long open = 0;
            for (auto const& need : plan->needs)
                open += !need.arranged && !need.met_by_venue ? 1 : 0;
            for (auto const& interpreter : plan->interpreters)
                open += interpreter.arranged ? 0 : 1;
            if (open > 0)
                add(arrangements, { activity.activity.id, activity.activity.title, std::to_string(open), project_id, project_title,
                                      activity.activity.starts_at, "/activities/" + activity.activity.id + "/plan" });
        }

        auto proposals = every_item([&](PageRequest const& page) { return decisions::list_proposals(database, actor, project_id, page); });
        if (!proposals)
            return std::unexpected(proposals.error());
        for (auto const& proposal : *proposals) {
            if (proposal.proposal.status != "open" || proposal.proposal.closes_at <= now_time || !proposal.can_take_part || proposal.my_vote)
                continue;
            add(votes, { proposal.proposal.id, proposal.proposal.title, "", project_id, project_title, proposal.proposal.closes_at,
                           "/proposals/" + proposal.proposal.id });
        }

        if (!organiser)
            continue;
        contributions::store::ContributionFilter filter;
        filter.status = "received";
        auto received = every_item([&](PageRequest const& page) { return contributions::list_contributions(database, actor, project_id, filter, page); });
        if (!received)
            return std::unexpected(received.error());
        for (auto const& contribution : *received)
            add(contributions, { contribution.id, shortened(contribution.text, 80), contribution.group, project_id, project_title,
                                   contribution.created_at, "/contributions/" + contribution.id });

        // Every text lacking a language, page after page (the count is the whole number).
        for (PageRequest page { k_max_page_size, std::nullopt };;) {
        auto needed = language::translations_needed(database, actor, project_id, page);
        if (!needed)
            return std::unexpected(needed.error());
        for (auto const& entry : needed->at("items").as_array()) {
            auto const& text = entry.as_object();
            auto const type = std::string { text.at("subject_type").as_string() };
            auto const id = std::string { text.at("subject_id").as_string() };
            auto const field = std::string { text.at("field").as_string() };
            auto const languages = text.at("missing_languages").as_array().size() + text.at("outdated_languages").as_array().size();
            add(translations, { id, type + "." + field, std::to_string(languages), project_id, project_title,
                                  std::string { text.at("published_at").as_string() }, "/translations/" + type + "/" + id + "/" + field });
        }
        auto const& next = needed->at("next_cursor");
        if (!next.is_string())
            break;
        page.after = decode_cursor(next.as_string());
        }
    }

    view.sections.push_back(std::move(invitations));
    view.sections.push_back(std::move(activities));
    if (organiser_somewhere || actor.is_convener())
        view.sections.push_back(std::move(arrangements));
    view.sections.push_back(std::move(votes));
    if (organiser_somewhere || actor.is_convener()) {
        view.sections.push_back(std::move(contributions));
        view.sections.push_back(std::move(translations));
    }
    auto claims = database.read([&](soci::session& sql) { return resources::claims_to_decide(sql, actor); });
    if (claims) {
        NextSection section { "claims" };
        for (auto const& claim : *claims)
            add(section, { claim.id, claim.activity_title, claim.person_name, claim.project_id, "", claim.submitted_at, "/claims/" + claim.id });
        view.sections.push_back(std::move(section));
    }
    // Objectives and actions in the reader's documents whose review date has come.
    auto reviews = database.read([&](soci::session& sql) { return documents::reviews_due(sql, actor); });
    if (!reviews.empty()) {
        NextSection section { "reviews" };
        for (auto const& due : reviews)
            add(section, { due.section.id, due.section.heading, due.document.title, due.document.project_id.value_or(""), "",
                             due.section.review_on.value_or(""), "/sections/" + due.section.id + "/thread" });
        view.sections.push_back(std::move(section));
    }
    // Initiatives: proposals for the conveners to answer, and the tasks given to the reader.
    auto const waiting = database.read([&](soci::session& sql) { return initiatives::waiting_for(sql, actor); });
    if (actor.is_convener()) {
        NextSection section { "initiatives" };
        for (auto const& initiative : waiting.to_approve)
            add(section, { initiative.id, initiative.title, initiative.for_whom, initiative.project_id.value_or(""), "", initiative.created_at,
                             "/initiatives/" + initiative.id });
        view.sections.push_back(std::move(section));
    }
    if (!waiting.tasks.empty()) {
        NextSection section { "tasks" };
        for (auto const& [task, initiative] : waiting.tasks)
            add(section, { task.id, task.title, initiative.title, initiative.project_id.value_or(""), "", task.due_on.value_or(""),
                             "/initiatives/" + initiative.id + "#task-" + task.id });
        view.sections.push_back(std::move(section));
    }
    for (auto& section : view.sections)
        finish(section);
    return view;
}

}
