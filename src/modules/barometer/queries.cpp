#include "modules/barometer/queries.hpp"

#include <algorithm>
#include <mutex>
#include <set>

#include <boost/json.hpp>

#include "core/time.hpp"
#include "modules/barometer/permissions.hpp"
#include "modules/barometer/settings.hpp"
#include "modules/barometer/store.hpp"
#include "modules/contributions/queries.hpp"
#include "modules/decisions/queries.hpp"
#include "modules/initiatives/queries.hpp"
#include "modules/engagement/queries.hpp"
#include "modules/language/service.hpp"
#include "modules/partnership/model.hpp"
#include "modules/partnership/queries.hpp"
#include "modules/privacy/audit.hpp"
#include "modules/projects/queries.hpp"
#include "modules/resources/queries.hpp"

namespace rt::barometer {

namespace {

Error project_not_found()
{
    return Error::not_found("There is no such project in this partnership.");
}

struct Computed {
    projects::BarometerFacts facts;
    std::vector<Barrier> barriers;
    Reach reach;
};

// The counts every figure needs.
Inputs gather(soci::session& sql, std::string const& partnership_id, projects::BarometerFacts const& facts)
{
    auto const& project = facts.project;
    Inputs in;
    in.project_id = project.id;
    in.required_groups = project.required_groups;
    if (auto const created = parse_time(project.created_at))
        in.days_so_far = projects::lag_in_days(*created, now());
    for (auto const& row : facts.groups) {
        GroupMoments moments;
        if (row.invited)
            moments.invited_days = row.invited->lag_days;
        if (row.took_part) {
            moments.took_part_days = row.took_part->lag_days;
            moments.took_part_stage = row.took_part->stage;
        }
        in.groups[row.group] = std::move(moments);
    }
    for (auto const& co_lead : project.co_leads)
        ++in.co_leads_by_group[co_lead.group];
    for (auto const& led : initiatives::led_initiatives(sql, partnership_id, project.id)) {
        ++in.initiatives_led;
        for (auto const& group : led.lead_groups)
            ++in.initiatives_led_by_group[group];
    }

    auto const contributed = contributions::barometer_counts(sql, partnership_id, project.id);
    in.contributions_by_group = contributed.by_group;
    for (auto const& [group, n] : contributed.adopted_by_group) {
        in.adopted.by_group[group] += static_cast<double>(n);
        in.adopted.items += n;
    }

    auto const decided = decisions::barometer_counts(sql, partnership_id, project.id);
    in.proposals_by_group = decided.proposals_by_group;
    for (auto const& decision : decided.decisions) {
        in.decisions.push_back({ decision.weighting == "equal_groups", decision.voters_by_group });
        auto const& required = decision.required_groups.empty() ? project.required_groups : decision.required_groups;
        bool const everyone = std::ranges::all_of(required, [&](std::string const& group) {
            auto const found = decision.voters_by_group.find(group);
            return found != decision.voters_by_group.end() && found->second > 0;
        });
        in.decisions_with_every_group += everyone ? 1 : 0;
        if (!decision.passed)
            continue;
        // An agreed decision is an adopted item credited to the groups behind it.
        ++in.adopted.items;
        auto const traced = contributed.groups_by_decision.find(decision.id);
        if (traced == contributed.groups_by_decision.end() || traced->second.empty()) {
            ++in.adopted.untraced;
            continue;
        }
        for (auto const& group : traced->second)
            in.adopted.by_group[group] += 1.0 / static_cast<double>(traced->second.size());
    }

    // Who no email reaches: asked of the partnership once, not person by person.
    auto const without_email = partnership::people_without_email(sql, partnership_id);
    for (auto const& member : projects::member_refs(sql, partnership_id, project.id)) {
        ++in.members;
        if (member.person_id) {
            in.members_unreachable += without_email.contains(*member.person_id) ? 1 : 0;
        } else if (member.organisation_id) {
            auto const contacts = partnership::organisation_contacts(sql, partnership_id, *member.organisation_id);
            in.members_unreachable += std::ranges::none_of(contacts, [](partnership::Person const& contact) { return contact.email.has_value(); }) ? 1 : 0;
        }
    }

    auto const engaged = engagement::barometer_counts(sql, partnership_id, project.id);
    in.chairs_by_group = engaged.chairs_by_group;
    in.needs_requested = engaged.needs_requested;
    in.needs_met = engaged.needs_met;

    auto const worded = language::barometer_counts(sql, partnership_id, project.id);
    in.published = worded.published;
    in.plain = worded.plain;
    in.members_read_other_languages = !worded.member_languages.empty();
    in.translation_pairs = worded.translation_pairs;
    in.translated_pairs = worded.translated_pairs;
    in.easy_read = worded.easy_read;

    auto const paid = resources::barometer_counts(sql, partnership_id, project.id);
    in.days_to_payment = paid.days_to_payment;
    in.attended_unpaid = paid.attended_unpaid;
    in.attended_not_offered = paid.attended_not_offered;
    in.spend_by_group_pence = paid.spend_by_group_pence;
    return in;
}

// Reach over the people who took part: attended, contributed under their own
// name or voted. Each question's shares are over those who answered it.
// Without a baseline, or with nobody who answered, nobody is looked up.
Reach reach_of(soci::session& sql, std::string const& partnership_id, std::string const& project_id, Settings const& settings)
{
    Reach merged;
    merged.baseline_set = !settings.baseline.empty();
    if (!merged.baseline_set)
        return merged;
    auto const answers = store::categories_by_person(sql, partnership_id);
    if (answers.empty())
        return merged;
    // Kept as people attend, speak under their own name and vote: once each.
    auto const participants = projects::participants(sql, partnership_id, project_id);

    for (auto const& person : participants)
        if (auto const found = answers.find(person); found != answers.end() && !found->second.empty())
            ++merged.answered;
    merged.suppressed = merged.answered < settings.small_number;
    if (merged.suppressed)
        return merged;
    for (auto const& question : demographic_questions()) {
        auto const prefix = std::string { question.key } + ":";
        ReachInput input;
        for (auto const& [category, share] : settings.baseline)
            if (category.starts_with(prefix))
                input.baseline[category] = share;
        if (input.baseline.empty())
            continue;
        for (auto const& person : participants) {
            auto const found = answers.find(person);
            if (found == answers.end())
                continue;
            auto const in_question = std::ranges::find_if(found->second, [&](std::string const& c) { return c.starts_with(prefix); });
            if (in_question == found->second.end())
                continue;
            ++input.answered;
            ++input.participants[*in_question];
        }
        auto part = assemble_reach(project_id, input, settings);
        if (part.suppressed)
            continue; // too few answered this question to show it
        for (auto& figure : part.figures)
            merged.figures.push_back(std::move(figure));
        for (auto& alert : part.alerts)
            merged.alerts.push_back(std::move(alert));
    }
    merged.state = overall(merged.figures);
    return merged;
}

std::optional<Computed> compute(soci::session& sql, std::string const& partnership_id, std::string const& project_id, Settings const& settings)
{
    auto facts = projects::barometer_facts(sql, partnership_id, project_id);
    if (!facts)
        return std::nullopt;
    auto const inputs = gather(sql, partnership_id, *facts);
    Computed computed { std::move(*facts), assemble(inputs, settings), {} };
    computed.reach = reach_of(sql, partnership_id, project_id, settings);
    return computed;
}

// Figures computed for a project are kept while nothing has changed: every
// state change adds to the partnership's audit chain, so an unchanged chain
// length means unchanged counts. The hour is part of the key too, because
// waits (days so far) grow with time. Viewer-specific parts (one's own
// rating, who may read comments) are never kept.
struct Cached {
    long long chain { 0 };
    std::string hour;
    Computed computed;
};
std::mutex g_cache_mutex;
std::map<std::string, Cached> g_cache;
constexpr std::size_t k_cache_entries = 500;

std::optional<Computed> compute_cached(soci::session& sql, std::string const& partnership_id, std::string const& project_id, Settings const& settings)
{
    auto const chain = privacy::chain_length(sql, partnership_id);
    auto const hour = now_text().substr(0, 13);
    auto const key = partnership_id + "/" + project_id;
    {
        std::scoped_lock lock { g_cache_mutex };
        if (auto const found = g_cache.find(key); found != g_cache.end() && found->second.chain == chain && found->second.hour == hour)
            return found->second.computed;
    }
    auto computed = compute(sql, partnership_id, project_id, settings);
    if (!computed)
        return std::nullopt;
    std::scoped_lock lock { g_cache_mutex };
    if (g_cache.size() >= k_cache_entries)
        g_cache.clear();
    g_cache[key] = Cached { chain, hour, *computed };
    return computed;
}

std::vector<GroupBreakdown> by_group(std::vector<std::pair<std::string, int>> const& ratings, int small_number)
{
    std::vector<GroupBreakdown> groups;
    for (auto const group : partnership::k_groups) {
        std::vector<int> values;
        for (auto const& [g, value] : ratings)
            if (g == group)
                values.push_back(value);
        if (!values.empty())
            groups.push_back({ std::string { group }, breakdown(values, small_number) });
    }
    return groups;
}

Breakdown of_groups(std::vector<std::pair<std::string, int>> const& ratings, std::span<std::string_view const> groups, int small_number)
{
    std::vector<int> values;
    for (auto const& [group, value] : ratings)
        if (std::ranges::find(groups, group) != groups.end())
            values.push_back(value);
    return breakdown(values, small_number);
}

LadderView ladder_of(soci::session& sql, Actor const& actor, projects::Project const& project, bool is_member, bool is_organiser, int small_number)
{
    LadderView view;
    view.stage = project.stage;
    view.mine = store::find_rating(sql, project.id, project.stage, actor.person_id);
    view.can_rate = can_rate(is_member, project.stage == "closed");
    auto const rated = store::ratings(sql, actor.partnership_id, project.id, project.stage);
    std::vector<std::pair<std::string, int>> ratings;
    std::vector<int> all;
    for (auto const& rating : rated) {
        ratings.emplace_back(rating.group, rating.rung);
        all.push_back(rating.rung);
    }
    view.all = breakdown(all, small_number);
    view.by_group = by_group(ratings, small_number);
    view.statutory = of_groups(ratings, k_statutory_groups, small_number);
    view.community = of_groups(ratings, k_community_groups, small_number);
    if (view.statutory.mean && view.community.mean)
        view.gap = *view.community.mean - *view.statutory.mean;
    if (can_read_comments(is_member, is_organiser, !view.all.suppressed)) {
        std::vector<std::string> comments;
        for (auto const& rating : rated)
            if (!rating.comment.empty())
                comments.push_back(rating.comment);
        std::ranges::sort(comments); // in no order that could point to who wrote them
        view.comments = std::move(comments);
    }
    return view;
}

ExperienceView experience_of(soci::session& sql, Actor const& actor, projects::Project const& project, bool is_member, Settings const& settings)
{
    ExperienceView view;
    view.stage = project.stage;
    view.answered = store::has_answered(sql, project.id, project.stage, actor.person_id);
    view.can_answer = can_rate(is_member, project.stage == "closed") && !view.answered;
    auto const answers = store::answers(sql, actor.partnership_id, project.id, project.stage);
    // The whole questionnaire: who answered, and no one mean.
    view.all.respondents = static_cast<long long>(answers.size());
    view.all.suppressed = view.all.respondents < settings.small_number;
    for (auto const question : k_questions) {
        QuestionView entry;
        entry.key = std::string { question };
        auto const worded = settings.experience_wording.find(entry.key);
        entry.text = worded != settings.experience_wording.end() ? worded->second : std::string { default_wording(question) };
        std::vector<std::pair<std::string, int>> ratings;
        std::vector<int> values;
        for (auto const& answer : answers) {
            if (auto const found = answer.answers.find(entry.key); found != answer.answers.end()) {
                ratings.emplace_back(answer.group, found->second);
                values.push_back(found->second);
            }
        }
        entry.all = breakdown(values, settings.small_number);
        entry.by_group = by_group(ratings, settings.small_number);
        view.questions.push_back(std::move(entry));
    }
    return view;
}

boost::json::array snapshot_of(Computed const& computed, std::optional<double> ladder_mean)
{
    boost::json::array figures;
    auto add = [&](Figure const& figure) {
        figures.push_back({ { "key", figure.key }, { "value", figure.value ? boost::json::value(*figure.value) : boost::json::value(nullptr) },
            { "state", state_text(figure.state) } });
    };
    for (auto const& barrier : computed.barriers)
        for (auto const& figure : barrier.figures)
            add(figure);
    for (auto const& figure : computed.reach.figures)
        add(figure);
    figures.push_back({ { "key", "ladder" }, { "value", ladder_mean ? boost::json::value(*ladder_mean) : boost::json::value(nullptr) },
        { "state", ladder_mean ? "ok" : "not_enough_data" } });
    return figures;
}

bool is_trend_figure(std::string const& figure)
{
    if (figure == "ladder")
        return true;
    if (figure.starts_with("reach:"))
        return is_category(std::string_view { figure }.substr(6));
    return find_spec(figure) != nullptr;
}

}

Result<ProjectBarometer> project_barometer(db::Database& database, Actor const& actor, std::string const& project_id)
{
    return database.read([&](soci::session& sql) -> Result<ProjectBarometer> {
        auto const settings = store::load_settings(sql, actor.partnership_id);
        auto computed = compute_cached(sql, actor.partnership_id, project_id, settings);
        if (!computed)
            return std::unexpected(project_not_found());
        auto const& project = computed->facts.project;
        bool const is_member = !projects::member_groups(sql, actor.partnership_id, project.id, actor.person_id).empty();
        auto const organiser = projects::can_organise(sql, actor, project.id);
        ProjectBarometer result;
        result.project_id = project.id;
        result.title = project.title;
        result.stage = project.stage;
        result.computed_at = now_text();
        result.small_number = settings.small_number;
        result.barriers = std::move(computed->barriers);
        result.reach = std::move(computed->reach);
        result.ladder = ladder_of(sql, actor, project, is_member, organiser && *organiser, settings.small_number);
        result.experience = experience_of(sql, actor, project, is_member, settings);
        result.notes = store::notes(sql, actor.partnership_id, project.id);
        return result;
    });
}

Result<Page<OverviewRow>> overview(db::Database& database, Actor const& actor, PageRequest const& page)
{
    auto projects = projects::list_projects(database, actor, page);
    if (!projects)
        return std::unexpected(projects.error());
    return database.read([&](soci::session& sql) -> Result<Page<OverviewRow>> {
        auto const settings = store::load_settings(sql, actor.partnership_id);
        Page<OverviewRow> rows;
        rows.next_cursor = projects->next_cursor;
        for (auto const& view : projects->items) {
            auto computed = compute_cached(sql, actor.partnership_id, view.project.id, settings);
            if (!computed)
                continue;
            OverviewRow row { view.project.id, view.project.title, view.project.stage };
            std::vector<Figure> every;
            for (auto const& barrier : computed->barriers) {
                auto const alerts = static_cast<long long>(barrier.alerts.size());
                row.barriers.push_back({ barrier.key, barrier.state, alerts });
                row.alerts += alerts;
                every.insert(every.end(), barrier.figures.begin(), barrier.figures.end());
            }
            row.barriers.push_back({ "reach", computed->reach.state, static_cast<long long>(computed->reach.alerts.size()) });
            row.alerts += static_cast<long long>(computed->reach.alerts.size());
            every.insert(every.end(), computed->reach.figures.begin(), computed->reach.figures.end());
            row.state = overall(every);
            rows.items.push_back(std::move(row));
        }
        return rows;
    });
}

Result<std::vector<SnapshotPoint>> trend(db::Database& database, Actor const& actor, std::string const& project_id, std::string const& figure)
{
    if (!is_trend_figure(figure))
        return std::unexpected(Error::invalid_field("figure", "Choose one of the barometer's figures."));
    return database.read([&](soci::session& sql) -> Result<std::vector<SnapshotPoint>> {
        if (!projects::find_project(sql, actor.partnership_id, project_id))
            return std::unexpected(project_not_found());
        std::vector<SnapshotPoint> points;
        for (auto const& [day, text] : store::snapshots(sql, actor.partnership_id, project_id)) {
            SnapshotPoint point { day, std::nullopt, "not_enough_data" };
            auto const parsed = boost::json::parse(text);
            for (auto const& entry : parsed.as_array()) {
                auto const& object = entry.as_object();
                if (object.at("key").as_string() != figure)
                    continue;
                if (!object.at("value").is_null())
                    point.value = object.at("value").to_number<double>();
                point.state = std::string { object.at("state").as_string() };
            }
            points.push_back(std::move(point));
        }
        return points;
    });
}

Result<Settings> get_settings(db::Database& database, Actor const& actor)
{
    return database.read([&](soci::session& sql) -> Result<Settings> { return store::load_settings(sql, actor.partnership_id); });
}

Result<Demographics> my_demographics(db::Database& database, Actor const& actor)
{
    return database.read([&](soci::session& sql) -> Result<Demographics> { return store::find_demographics(sql, actor.partnership_id, actor.person_id); });
}

std::optional<std::string> snapshot_figures(soci::session& sql, std::string const& partnership_id, std::string const& project_id)
{
    auto const settings = store::load_settings(sql, partnership_id);
    auto const computed = compute(sql, partnership_id, project_id, settings);
    if (!computed)
        return std::nullopt;
    std::vector<int> rungs;
    for (auto const& rating : store::ratings(sql, partnership_id, project_id, computed->facts.project.stage))
        rungs.push_back(rating.rung);
    auto const ladder = breakdown(rungs, settings.small_number);
    return boost::json::serialize(snapshot_of(*computed, ladder.mean));
}

void forget_computed_figures()
{
    std::scoped_lock lock { g_cache_mutex };
    g_cache.clear();
}

}
