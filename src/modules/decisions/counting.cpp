#include "modules/decisions/counting.hpp"

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <set>

#include <fmt/format.h>

namespace rt::decisions {

namespace {

constexpr double k_epsilon = 1e-9;

bool is_position_method(std::string_view method)
{
    return method == "consent" || method == "consensus" || method == "majority";
}

// Ballots by group, in a stable order.
std::map<std::string, std::vector<Ballot const*>> by_group(std::vector<Ballot> const& ballots)
{
    std::map<std::string, std::vector<Ballot const*>> groups;
    for (auto const& ballot : ballots)
        groups[ballot.group].push_back(&ballot);
    return groups;
}

// The combined figure for each choice: the share of all votes (per person)
// or the mean of the groups' own figures (equal groups).
std::map<std::string, double> combine(std::map<std::string, std::map<std::string, double>> const& per_group,
    std::map<std::string, std::map<std::string, long long>> const& raw, std::string const& weighting, std::vector<std::string> const& choices)
{
    std::map<std::string, double> totals;
    for (auto const& choice : choices)
        totals[choice] = 0;
    if (weighting == "per_person") {
        double all = 0;
        for (auto const& [group, counts] : raw)
            for (auto const& [choice, n] : counts)
                all += static_cast<double>(n);
        for (auto const& [group, counts] : raw)
            for (auto const& [choice, n] : counts)
                totals[choice] += all > 0 ? static_cast<double>(n) / all : 0;
        return totals;
    }
    for (auto const& [group, shares] : per_group)
        for (auto const& [choice, share] : shares)
            totals[choice] += share / static_cast<double>(per_group.size());
    return totals;
}

std::size_t best_option(std::vector<std::string> const& options, std::map<std::string, double> const& totals)
{
    std::size_t best = 0;
    for (std::size_t i = 1; i < options.size(); ++i)
        if (totals.at(options[i]) > totals.at(options[best]) + k_epsilon)
            best = i; // ties keep the option listed first
    return best;
}

void count_positions(CountInput const& input, CountResult& result)
{
    auto const& method = input.method;
    std::vector<std::string> choices;
    if (method == "consent")
        choices.assign(k_consent_positions.begin(), k_consent_positions.end());
    else if (method == "consensus")
        choices.assign(k_consensus_positions.begin(), k_consensus_positions.end());
    else
        choices.assign(k_majority_positions.begin(), k_majority_positions.end());
    for (auto const& [group, ballots] : by_group(input.ballots)) {
        auto& counts = result.counts[group];
        for (auto const& choice : choices)
            counts[choice] = 0;
        for (auto const* ballot : ballots)
            ++counts[ballot->position];
        for (auto const& [choice, n] : counts)
            result.group_positions[group][choice] = static_cast<double>(n) / static_cast<double>(ballots.size());
    }
    if (method != "majority") {
        result.totals = combine(result.group_positions, result.counts, input.weighting, choices);
        std::string const blocking_position = method == "consent" ? "object" : "block";
        for (auto const& ballot : input.ballots)
            if (ballot.position == blocking_position && ballot.version == input.version)
                result.blocking.push_back(ballot.person_id);
        bool const anyone_agrees = std::ranges::any_of(input.ballots, [](Ballot const& ballot) { return ballot.position == "agree"; });
        result.passed = result.quorum && result.blocking.empty() && (method == "consent" || anyone_agrees);
        result.outcome = result.passed ? "passed" : "not passed";
        if (!result.blocking.empty())
            result.explanation = fmt::format("{} {} still stand{}.", result.blocking.size(),
                method == "consent" ? (result.blocking.size() == 1 ? "objection" : "objections") : (result.blocking.size() == 1 ? "block" : "blocks"),
                result.blocking.size() == 1 ? "s" : "");
        else if (result.passed)
            result.explanation = method == "consent" ? "Nobody objects: the proposal passes." : "Everyone agrees or stands aside: the proposal passes.";
        return;
    }
    // Majority: the yes share among those who said yes or no.
    double share = 0;
    if (input.weighting == "per_person") {
        long long yes = 0, no = 0;
        for (auto const& [group, counts] : result.counts) {
            yes += counts.at("yes");
            no += counts.at("no");
        }
        share = yes + no > 0 ? static_cast<double>(yes) / static_cast<double>(yes + no) : 0;
    } else {
        double sum = 0;
        int groups = 0;
        for (auto const& [group, counts] : result.counts) {
            auto const decided = counts.at("yes") + counts.at("no");
            if (decided == 0)
                continue; // a group that only abstained has no position
            sum += static_cast<double>(counts.at("yes")) / static_cast<double>(decided);
            ++groups;
        }
        share = groups > 0 ? sum / groups : 0;
    }
    // When everyone abstained nobody said no either.
    bool const anyone_decided = std::ranges::any_of(result.counts, [](auto const& entry) { return entry.second.at("yes") + entry.second.at("no") > 0; });
    result.totals = { { "yes", share }, { "no", anyone_decided ? 1.0 - share : 0.0 } };
    result.passed = result.quorum && share > input.threshold + k_epsilon;
    result.outcome = result.passed ? "passed" : "not passed";
    result.explanation = fmt::format("Yes: {:.1f}% ({}); needed: more than {:.0f}%.", share * 100,
        input.weighting == "per_person" ? "of everyone who voted yes or no" : "the mean of each group's yes share", input.threshold * 100);
}

void count_scores_or_dots(CountInput const& input, CountResult& result)
{
    bool const scores = input.method == "score";
    auto const& options = input.options;
    for (auto const& [group, ballots] : by_group(input.ballots)) {
        auto& counts = result.counts[group];
        for (auto const& option : options)
            counts[option] = 0;
        long long group_total = 0;
        for (auto const* ballot : ballots) {
            auto const& values = scores ? ballot->scores : ballot->dots;
            for (std::size_t i = 0; i < options.size() && i < values.size(); ++i) {
                counts[options[i]] += values[i];
                group_total += values[i];
            }
        }
        for (auto const& option : options) {
            double const value = static_cast<double>(counts[option]);
            // Scores: the group's mean score; dots: the group's share of its dots.
            result.group_positions[group][option] = scores ? value / static_cast<double>(ballots.size())
                                                           : (group_total > 0 ? value / static_cast<double>(group_total) : 0);
        }
    }
    if (scores && input.weighting == "per_person") {
        for (auto const& option : options) {
            double sum = 0;
            for (auto const& [group, counts] : result.counts)
                sum += static_cast<double>(counts.at(option));
            result.totals[option] = input.ballots.empty() ? 0 : sum / static_cast<double>(input.ballots.size());
        }
    } else {
        result.totals = combine(result.group_positions, result.counts, input.weighting, options);
    }
    if (input.ballots.empty() || options.empty()) {
        result.outcome = "not passed";
        return;
    }
    auto const best = best_option(options, result.totals);
    result.passed = result.quorum;
    result.outcome = options[best];
    result.explanation = fmt::format("\"{}\" has the highest {}.", options[best],
        scores ? (input.weighting == "per_person" ? "mean score" : "mean of the groups' mean scores")
               : (input.weighting == "per_person" ? "share of the dots" : "mean of the groups' shares of their dots"));
}

void count_ranked_choice(CountInput const& input, CountResult& result)
{
    auto const& options = input.options;
    auto const n = options.size();
    auto const& ballots = input.ballots;
    // Groups by index, found once per ballot: the rounds then work on numbers.
    std::vector<std::string> group_names;
    std::vector<std::size_t> group_of(ballots.size());
    for (std::size_t b = 0; b < ballots.size(); ++b) {
        auto const found = std::ranges::find(group_names, ballots[b].group);
        group_of[b] = static_cast<std::size_t>(found - group_names.begin());
        if (found == group_names.end())
            group_names.push_back(ballots[b].group);
    }
    std::vector<long long> group_size(group_names.size(), 0);
    std::vector<std::vector<long long>> first(group_names.size(), std::vector<long long>(n, 0));
    for (std::size_t b = 0; b < ballots.size(); ++b) {
        ++group_size[group_of[b]];
        if (!ballots[b].ranking.empty())
            ++first[group_of[b]][static_cast<std::size_t>(ballots[b].ranking.front())];
    }
    for (std::size_t g = 0; g < group_names.size(); ++g) {
        auto& counts = result.counts[group_names[g]];
        auto& positions = result.group_positions[group_names[g]];
        for (std::size_t i = 0; i < n; ++i) {
            counts[options[i]] = first[g][i];
            positions[options[i]] = static_cast<double>(first[g][i]) / static_cast<double>(group_size[g]);
        }
    }
    if (ballots.empty() || n == 0) {
        result.outcome = "not passed";
        return;
    }
    // Each ballot weighs 1, or 1/(its group's voters) so that every group weighs 1.
    std::vector<double> group_weight(group_names.size(), 1.0);
    if (input.weighting == "equal_groups")
        for (std::size_t g = 0; g < group_names.size(); ++g)
            group_weight[g] = 1.0 / static_cast<double>(group_size[g]);
    // The rankings side by side in one array, so each round reads memory in order.
    std::vector<std::uint8_t> flat;
    std::vector<std::uint32_t> start(ballots.size() + 1, 0);
    for (std::size_t b = 0; b < ballots.size(); ++b) {
        for (int const choice : ballots[b].ranking)
            flat.push_back(static_cast<std::uint8_t>(choice));
        start[b + 1] = static_cast<std::uint32_t>(flat.size());
    }
    std::vector<std::uint8_t> continuing(n, 1);
    std::vector<double> first_round;
    std::size_t remaining = n;
    while (true) {
        std::vector<double> tallies(n, 0.0);
        double exhausted = 0;
        for (std::size_t b = 0; b < ballots.size(); ++b) {
            double const weight = group_weight[group_of[b]];
            std::uint32_t i = start[b];
            while (i < start[b + 1] && !continuing[flat[i]])
                ++i;
            if (i < start[b + 1])
                tallies[flat[i]] += weight;
            else
                exhausted += weight;
        }
        if (first_round.empty())
            first_round = tallies;
        double const active = std::accumulate(tallies.begin(), tallies.end(), 0.0);
        Round round;
        round.exhausted = exhausted;
        for (std::size_t i = 0; i < n; ++i)
            if (continuing[i])
                round.tallies[options[i]] = tallies[i];
        std::size_t leader = n;
        for (std::size_t i = 0; i < n; ++i)
            if (continuing[i] && (leader == n || tallies[i] > tallies[leader] + k_epsilon))
                leader = i;
        if (remaining == 1 || (active > 0 && tallies[leader] > active / 2 + k_epsilon)) {
            result.rounds.push_back(std::move(round));
            result.outcome = options[leader];
            for (std::size_t i = 0; i < n; ++i)
                result.totals[options[i]] = continuing[i] && active > 0 ? tallies[i] / active : 0;
            break;
        }
        // Eliminate the lowest; a tie goes against the option with fewer
        // first preferences, then against the one listed later.
        std::size_t lowest = n;
        for (std::size_t i = 0; i < n; ++i) {
            if (!continuing[i])
                continue;
            if (lowest == n || tallies[i] < tallies[lowest] - k_epsilon) {
                lowest = i;
            } else if (std::abs(tallies[i] - tallies[lowest]) <= k_epsilon) {
                if (first_round[i] < first_round[lowest] - k_epsilon || std::abs(first_round[i] - first_round[lowest]) <= k_epsilon)
                    lowest = i; // fewer first preferences, or equal and listed later
            }
        }
        continuing[lowest] = 0;
        --remaining;
        round.eliminated = options[lowest];
        result.rounds.push_back(std::move(round));
    }
    result.passed = result.quorum;
    result.explanation = fmt::format("\"{}\" won after {} {} of counting.", result.outcome, result.rounds.size(),
        result.rounds.size() == 1 ? "round" : "rounds");
}

}

CountResult count(CountInput const& input)
{
    CountResult result;
    result.voters = input.ballots.size();
    std::set<std::string> present;
    for (auto const& ballot : input.ballots)
        present.insert(ballot.group);
    for (auto const& group : input.required_groups)
        if (!present.contains(group))
            result.missing_groups.push_back(group);
    result.quorum = result.missing_groups.empty();

    if (is_position_method(input.method))
        count_positions(input, result);
    else if (input.method == "ranked_choice")
        count_ranked_choice(input, result);
    else
        count_scores_or_dots(input, result);

    if (!result.quorum) {
        result.passed = false;
        result.explanation = "Not every required group has voted, so this cannot pass. " + result.explanation;
    }
    return result;
}

std::optional<std::string> check_ballot(CountInput const& input, Ballot const& ballot, int dots_per_voter)
{
    auto const n = static_cast<int>(input.options.size());
    auto const& method = input.method;
    auto in = [](auto const& list, std::string const& value) { return std::ranges::find(list, value) != list.end(); };
    if (method == "consent")
        return in(k_consent_positions, ballot.position) ? std::nullopt : std::optional<std::string> { "Choose agree, abstain, concern or object." };
    if (method == "consensus")
        return in(k_consensus_positions, ballot.position) ? std::nullopt : std::optional<std::string> { "Choose agree, stand aside or block." };
    if (method == "majority")
        return in(k_majority_positions, ballot.position) ? std::nullopt : std::optional<std::string> { "Choose yes, no or abstain." };
    if (method == "ranked_choice") {
        std::set<int> seen;
        for (int const choice : ballot.ranking)
            if (choice < 0 || choice >= n || !seen.insert(choice).second)
                return "Rank the options, each once.";
        if (ballot.ranking.empty())
            return "Rank at least one option.";
        return std::nullopt;
    }
    if (method == "score") {
        if (static_cast<int>(ballot.scores.size()) != n)
            return "Give every option a score from 0 to 5.";
        for (int const score : ballot.scores)
            if (score < 0 || score > 5)
                return "Scores go from 0 to 5.";
        return std::nullopt;
    }
    if (static_cast<int>(ballot.dots.size()) != n)
        return "Give a number of dots for every option.";
    int total = 0;
    for (int const dots : ballot.dots) {
        if (dots < 0)
            return "Dots cannot be negative.";
        total += dots;
    }
    if (total < 1 || total > dots_per_voter)
        return fmt::format("Place between 1 and {} dots.", dots_per_voter);
    return std::nullopt;
}

}
