#include "modules/barometer/assemble.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "modules/barometer/settings.hpp"
#include "modules/partnership/model.hpp"

namespace rt::barometer {

namespace {

std::map<std::string, double> as_doubles(std::map<std::string, long long> const& counts)
{
    std::map<std::string, double> result;
    for (auto const& [name, n] : counts)
        result[name] = static_cast<double>(n);
    return result;
}

std::string path_of(std::string const& project_id, std::string_view page)
{
    return "/projects/" + project_id + "/" + std::string { page };
}

bool alerting(Figure const& figure)
{
    return figure.state == State::Alert;
}

std::string plural(long long n, std::string_view one, std::string_view many)
{
    return fmt::format("{} {}", n, n == 1 ? one : many);
}

std::string days_text(double days)
{
    return fmt::format("{:g}", std::round(days * 10) / 10);
}

Barrier invited_early(Inputs const& in, Settings const& settings)
{
    Barrier barrier { "invited_early" };
    long long discover = 0;
    std::map<std::string, std::optional<double>> invited, took_part;
    std::vector<std::string> late;
    for (auto const& group : in.required_groups) {
        auto const found = in.groups.find(group);
        GroupMoments const moments = found == in.groups.end() ? GroupMoments {} : found->second;
        invited[group] = moments.invited_days;
        took_part[group] = moments.took_part_days;
        if (moments.took_part_stage == "discover")
            ++discover;
        else
            late.push_back(group);
    }
    auto earliest = share("earliest_stage",
        "Required groups whose first involvement (a first attendance, contribution or vote) came while the project was in discover, "
        "over the required groups.",
        "groups first involved in discover", discover, "required groups", static_cast<long long>(in.required_groups.size()),
        threshold_of(settings, "earliest_stage"));
    if (!late.empty() && !in.required_groups.empty()) {
        std::vector<std::string> words;
        for (auto const& group : late)
            words.push_back(partnership::group_in_words(group));
        earliest.say_missing(fmt::format("Not first involved in discover (later, or not yet): {}.", fmt::join(words, ", ")), "not_in_discover",
            { { "groups", group_keys(late) } });
    }
    auto invitation = longest_lag("invitation_lag_days",
        "The longest time, over the required groups, from the project's creation to the group's first invitation.", in.required_groups, invited,
        in.days_so_far, threshold_of(settings, "invitation_lag_days"));
    auto participation = longest_lag("participation_lag_days",
        "The longest time, over the required groups, from the project's creation to the group's first attendance, contribution or vote.",
        in.required_groups, took_part, in.days_so_far, threshold_of(settings, "participation_lag_days"));

    for (auto const& group : in.required_groups) {
        if (!invited[group])
            barrier.alerts.push_back({ "group_not_invited",
                fmt::format("No one from the {} has been invited yet: review invitations.", partnership::group_in_words(group)),
                path_of(in.project_id, "invitations"), { { "group", group } } });
    }
    // A group not yet invited has its own alert; "late" names the longest
    // wait of a group that was invited (or took part), when that is over the threshold.
    auto alert_latest = [&](std::map<std::string, std::optional<double>> const& lags, std::string const& threshold_key, std::string const& key,
                            std::string_view wording, std::string const& fix) {
        std::optional<std::pair<std::string, double>> last;
        for (auto const& [group, lag] : lags)
            if (lag && (!last || *lag > last->second))
                last = std::pair { group, *lag };
        if (!last || last->second <= threshold_of(settings, threshold_key))
            return;
        auto const days = days_text(last->second);
        barrier.alerts.push_back({ key, fmt::format(fmt::runtime(wording), partnership::group_in_words(last->first), days), path_of(in.project_id, fix),
            { { "group", last->first }, { "days", days } } });
    };
    alert_latest(invited, "invitation_lag_days", "invited_late",
        "The {} was first invited {} days after the project started: invite every group as a project starts.", "timeline");
    alert_latest(took_part, "participation_lag_days", "took_part_late",
        "The {} first took part {} days after the project started: plan an activity with them soon.", "activities/new");
    if (alerting(earliest))
        barrier.alerts.push_back({ "involved_late",
            fmt::format("Only {} of {} required groups took part while the project was finding needs: hold an activity with the groups who "
                        "joined late.",
                discover, in.required_groups.size()),
            path_of(in.project_id, "activities/new"), { { "count", std::to_string(discover) } } });
    barrier.figures = { std::move(earliest), std::move(invitation), std::move(participation) };
    return barrier;
}

Barrier marginal(Inputs const& in, Settings const& settings)
{
    Barrier barrier { "marginal" };
    auto voice = balance("voice_balance", in.required_groups, as_doubles(in.contributions_by_group), threshold_of(settings, "voice_balance"));
    voice.formula = "How evenly the required groups' contributions are spread: " + voice.formula;
    auto influence = balance("influence_balance", in.required_groups, in.adopted.by_group, threshold_of(settings, "influence_balance"));
    influence.formula = "How evenly the credit for what was adopted is spread (each adopted contribution credits its group; each decision "
                        "agreed credits, equally, the groups of the contributions behind it): "
        + influence.formula;
    if (in.adopted.untraced > 0)
        influence.say_missing(fmt::format("{} agreed decisions trace to no contribution and are left out.", in.adopted.untraced),
            "untraced_decisions", { { "count", std::to_string(in.adopted.untraced) } });
    bool const vcs_required = std::ranges::find(in.required_groups, "vcs") != in.required_groups.end();
    Figure vcs;
    if (vcs_required) {
        vcs = credit_share("vcs_share", "vcs", in.adopted, threshold_of(settings, "vcs_share"));
    } else {
        vcs.key = "vcs_share";
        vcs.unit = "share";
        vcs.threshold = threshold_of(settings, "vcs_share");
        vcs.formula = "The voluntary and community sector's share of the credit for adopted items.";
        vcs.say_missing("The voluntary and community sector is not a required group of this project.", "vcs_not_required");
    }
    if (alerting(voice))
        barrier.alerts.push_back({ "voice_unbalanced", "Contributions come mostly from some groups: ask the quieter groups at an activity.",
            path_of(in.project_id, "contributions"), {} });
    if (alerting(influence) || alerting(vcs))
        barrier.alerts.push_back({ "influence_unbalanced", "What was adopted traces mostly to some groups: review what each group said.",
            path_of(in.project_id, "you-said-we-did"), {} });
    barrier.figures = { std::move(voice), std::move(influence), std::move(vcs) };
    return barrier;
}

bool is_community_group(std::string const& group)
{
    return std::ranges::find(k_community_groups, group) != k_community_groups.end();
}

Barrier equal_partner(Inputs const& in, Settings const& settings)
{
    Barrier barrier { "equal_partner" };
    std::map<std::string, double> initiative;
    long long proposals = 0, chairs = 0, co_leads = 0;
    for (auto const& [group, n] : in.proposals_by_group) {
        initiative[group] += static_cast<double>(n);
        proposals += n;
    }
    for (auto const& [group, n] : in.chairs_by_group) {
        initiative[group] += static_cast<double>(n);
        chairs += n;
    }
    for (auto const& [group, n] : in.co_leads_by_group) {
        initiative[group] += static_cast<double>(n);
        co_leads += n;
    }
    long long lead_places = 0;
    for (auto const& [group, n] : in.initiatives_led_by_group) {
        initiative[group] += static_cast<double>(n);
        lead_places += n;
    }
    auto held = balance("initiative_balance", in.required_groups, initiative, threshold_of(settings, "initiative_balance"));
    held.formula = fmt::format("How evenly proposals made ({}), activities chaired ({}), co-lead places ({}) and initiatives led ({}) are spread "
                               "over the required groups: {}",
        proposals, chairs, co_leads, lead_places, held.formula);
    // Delivery led by community groups: of the places leading the work (chairing its activities, leading its
    // initiatives), the share held by service users and carers, residents and the voluntary and community sector.
    long long community_places = 0;
    for (auto const& [group, n] : in.chairs_by_group)
        if (is_community_group(group))
            community_places += n;
    for (auto const& [group, n] : in.initiatives_led_by_group)
        if (is_community_group(group))
            community_places += n;
    auto delivery = share("community_delivery_share",
        "Places leading the delivery held by service users and carers, residents and the voluntary and community sector, over all such places "
        "(activities chaired and initiatives led, each initiative once for each group that leads it).",
        "places held by community groups", community_places, "places leading the delivery", chairs + lead_places,
        threshold_of(settings, "community_delivery_share"));
    auto weight = balance("decision_weight_balance", in.required_groups, decision_weights(in.decisions),
        threshold_of(settings, "decision_weight_balance"));
    weight.formula = "How evenly the weight in decisions made is spread (with equal group weighting each group that voted holds an equal "
                     "part of the decision; weighted by person, a group holds its voters' share): "
        + weight.formula;
    if (alerting(held))
        barrier.alerts.push_back({ "initiative_unbalanced",
            "Proposals, chairs and co-leads come mostly from some groups: share the chair and the co-lead places.", path_of(in.project_id, "members"),
            {} });
    if (alerting(weight))
        barrier.alerts.push_back({ "decision_weight_unbalanced", "Some groups held little weight in the decisions made: review how decisions are made.",
            path_of(in.project_id, "proposals"), {} });
    if (alerting(delivery))
        barrier.alerts.push_back({ "delivery_not_community_led",
            "Staff and officers lead most of the delivery: invite service users, carers and residents to run an initiative, or to chair.",
            "/initiatives/new?project=" + in.project_id, {} });
    barrier.figures = { std::move(held), std::move(weight), std::move(delivery) };
    return barrier;
}

// A figure that cannot say anything yet: no value, and why.
void no_data(Figure& figure, std::string english, std::string key, std::map<std::string, std::string> params = {})
{
    figure.value.reset();
    figure.state = State::NotEnoughData;
    figure.missing.clear();
    figure.missing_parts.clear();
    figure.say_missing(std::move(english), std::move(key), std::move(params));
}

Barrier top_down(Inputs const& in, Settings const& settings)
{
    Barrier barrier { "top_down" };
    auto const made = static_cast<long long>(in.decisions.size());
    auto quorum = share("quorum_rate", "Decisions at which every group the proposal required voted, over all decisions made.",
        "decisions with every required group", in.decisions_with_every_group, "decisions", made, threshold_of(settings, "quorum_rate"));
    auto const without = made - in.decisions_with_every_group;
    auto closed = count("closed_without_groups", "Decisions made without a vote from every group the proposal required.",
        { { "decisions", static_cast<double>(made) } }, without, threshold_of(settings, "closed_without_groups"));
    // With nothing decided, nothing was decided without anyone: not a zero to be pleased with.
    if (made == 0)
        no_data(closed, "No decisions yet.", "none_yet", { { "what", "decisions" } });
    if (alerting(closed) || alerting(quorum))
        barrier.alerts.push_back({ "decided_without_groups",
            fmt::format("{} made without every required group: review decisions.", plural(without, "decision was", "decisions were")),
            path_of(in.project_id, "proposals"), { { "count", std::to_string(without) } } });
    barrier.figures = { std::move(quorum), std::move(closed) };
    return barrier;
}

Barrier language(Inputs const& in, Settings const& settings)
{
    Barrier barrier { "language" };
    auto plain = share("plain_language", "Published texts that met the readability target with no unexplained jargon, over all published texts.",
        "texts in plain language", in.plain, "published texts", in.published, threshold_of(settings, "plain_language"));
    auto translated = share("translation_coverage",
        "For each published text and each language the project's members read besides English: whether a translation of the current "
        "wording exists.",
        "translations", in.translated_pairs, "texts times languages", in.translation_pairs, threshold_of(settings, "translation_coverage"));
    if (in.members == 0) {
        translated.missing.clear();
        translated.missing_parts.clear();
        translated.say_missing("The project has no members yet.", "no_members");
    } else if (!in.members_read_other_languages) {
        translated.missing.clear();
        translated.missing_parts.clear();
        translated.say_missing("Every member of the project reads English, so no translation is needed.", "all_read_english");
    }
    auto easy = share("easy_read_coverage", "Published texts with an Easy Read version of the current wording, over all published texts.",
        "texts in Easy Read", in.easy_read, "published texts", in.published, threshold_of(settings, "easy_read_coverage"));
    auto access = share("access_met",
        "Access needs and interpreter requests of people with a place at the project's activities that were arranged or met by the "
        "venue, over all of them.",
        "needs met", in.needs_met, "needs", in.needs_requested, threshold_of(settings, "access_met"));
    if (alerting(plain))
        barrier.alerts.push_back({ "plain_language",
            fmt::format("{} of {} published texts are hard to read or use unexplained jargon: rewrite them in plain English.",
                in.published - in.plain, in.published),
            path_of(in.project_id, "edit"), { { "count", std::to_string(in.published - in.plain) } } });
    if (alerting(translated) || alerting(easy))
        barrier.alerts.push_back({ "translations_missing", "Texts are missing translations or Easy Read versions: see what needs translating.",
            path_of(in.project_id, "translations-needed"), {} });
    auto unreachable = count("unreachable",
        "Members of the project that no email reaches: people with no email address, and organisations none of whose contacts has one. "
        "Only a letter, a phone call or a visit reaches them.",
        { { "members", static_cast<double>(in.members) } }, in.members_unreachable, threshold_of(settings, "unreachable"));
    if (in.members == 0) {
        unreachable.value.reset();
        unreachable.state = State::NotEnoughData;
        unreachable.missing.clear();
        unreachable.missing_parts.clear();
        unreachable.say_missing("The project has no members yet.", "no_members");
    }
    if (alerting(unreachable))
        barrier.alerts.push_back({ "unreachable",
            fmt::format("{} by email: send letters or call.", plural(in.members_unreachable, "member cannot be reached", "members cannot be reached")),
            path_of(in.project_id, "invitations"), { { "count", std::to_string(in.members_unreachable) } } });
    if (alerting(access)) {
        auto const open = in.needs_requested - in.needs_met;
        barrier.alerts.push_back({ "needs_not_met",
            fmt::format("{} not met: plan the activities' arrangements.", plural(open, "access or language need was", "access or language needs were")),
            path_of(in.project_id, "activities"), { { "count", std::to_string(open) } } });
    }
    barrier.figures = { std::move(plain), std::move(translated), std::move(easy), std::move(access), std::move(unreachable) };
    return barrier;
}

Barrier resources(Inputs const& in, Settings const& settings)
{
    Barrier barrier { "resources" };
    auto days = median_days_to_payment(in.days_to_payment, threshold_of(settings, "median_days_to_payment"));
    auto offered = count("attended_not_offered",
        "Attendances by people not paid by their employer to be there, with no offer of payment and no claim for that activity.",
        { { "attendances not paid by an employer", static_cast<double>(in.attended_unpaid) } }, in.attended_not_offered,
        threshold_of(settings, "attended_not_offered"));
    if (in.attended_unpaid == 0)
        no_data(offered, "Nobody has attended yet who is not paid by an employer to be there.", "no_unpaid_attendances");
    auto spend = total("spend_by_group", "pence", "Claims approved or paid, in pence, by the claimant's group.", as_doubles(in.spend_by_group_pence));
    if (alerting(days)) {
        auto const text = days_text(*days.value);
        barrier.alerts.push_back({ "slow_payment", fmt::format("Claims take {} days to be paid (the median): pay claims sooner.", text), "/finance",
            { { "days", text } } });
    }
    if (alerting(offered))
        barrier.alerts.push_back({ "not_offered",
            fmt::format("{} without an offer of payment: record offers.", plural(in.attended_not_offered, "person attended", "people attended")),
            path_of(in.project_id, "budget"), { { "count", std::to_string(in.attended_not_offered) } } });
    barrier.figures = { std::move(days), std::move(offered), std::move(spend) };
    return barrier;
}

}

State overall(std::vector<Figure> const& figures)
{
    if (std::ranges::any_of(figures, [](Figure const& figure) { return figure.state == State::Alert; }))
        return State::Alert;
    if (std::ranges::any_of(figures, [](Figure const& figure) { return figure.state == State::Ok; }))
        return State::Ok;
    return State::NotEnoughData;
}

std::vector<Barrier> assemble(Inputs const& inputs, Settings const& settings)
{
    std::vector<Barrier> barriers { invited_early(inputs, settings), marginal(inputs, settings), equal_partner(inputs, settings),
        top_down(inputs, settings), language(inputs, settings), resources(inputs, settings) };
    for (auto& barrier : barriers) {
        // A figure with no threshold never alerts.
        for (auto& figure : barrier.figures)
            if (auto const* spec = find_spec(figure.key); spec && !spec->when)
                figure.threshold.reset();
        barrier.state = overall(barrier.figures);
    }
    return barriers;
}

Reach assemble_reach(std::string const& project_id, ReachInput const& input, Settings const& settings)
{
    Reach result;
    result.answered = input.answered;
    result.suppressed = input.answered < settings.small_number;
    if (result.suppressed)
        return result; // fewer than the small number answered: no figures at all
    result.figures = reach(input, reach_threshold_of(settings));
    for (auto const& figure : result.figures) {
        if (figure.state != State::Alert)
            continue;
        auto const category = figure.key.substr(std::string_view { "reach:" }.size());
        result.alerts.push_back({ "under_reached", fmt::format("People in {} are under-reached: plan an activity with them.", category),
            path_of(project_id, "activities/new"), { { "category", category } } });
    }
    result.state = overall(result.figures);
    return result;
}

}
