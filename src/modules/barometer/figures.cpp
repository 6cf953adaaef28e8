#include "modules/barometer/figures.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "modules/partnership/model.hpp"

namespace rt::barometer {

void Figure::say_missing(std::string english, std::string key, std::map<std::string, std::string> params)
{
    missing = missing.empty() ? std::move(english) : missing + " " + english;
    missing_parts.push_back({ std::move(key), std::move(params) });
}

std::string group_keys(std::vector<std::string> const& groups)
{
    std::string joined;
    for (auto const& group : groups)
        joined += (joined.empty() ? "" : ",") + group;
    return joined;
}


char const* state_text(State state)
{
    switch (state) {
    case State::Ok:
        return "ok";
    case State::Alert:
        return "alert";
    case State::NotEnoughData:
        return "not_enough_data";
    }
    return "not_enough_data";
}

namespace {

// "vcs, service_users_carers" -> "voluntary and community sector, service users and carers".
std::string in_words(std::vector<std::string> const& groups)
{
    std::vector<std::string> words;
    for (auto const& group : groups)
        words.push_back(partnership::group_in_words(group));
    return fmt::format("{}", fmt::join(words, ", "));
}

State judged(double value, double threshold, AlertWhen when)
{
    bool const alert = when == AlertWhen::Below ? value < threshold : value > threshold;
    return alert ? State::Alert : State::Ok;
}

}

Figure balance(std::string key, std::vector<std::string> const& required, std::map<std::string, double> const& counts, double threshold)
{
    Figure figure;
    figure.key = std::move(key);
    figure.unit = "ratio";
    figure.threshold = threshold;
    figure.formula = "The normalised entropy of the required groups' shares: H(p) / ln k, where p is each group's share of the "
                     "total, H(p) = -sum(p ln p) and k is the number of required groups. 1 means every group has the same share; "
                     "0 means one group has it all.";
    double total = 0;
    for (auto const& group : required) {
        auto const found = counts.find(group);
        double const count = found == counts.end() ? 0 : found->second;
        figure.counts[group] = count;
        total += count;
    }
    std::vector<std::string> outside;
    for (auto const& [group, count] : counts)
        if (std::ranges::find(required, group) == required.end() && count > 0)
            outside.push_back(group);
    if (!outside.empty())
        figure.say_missing(fmt::format("Left out, not being required groups: {}.", in_words(outside)), "not_required_groups",
            { { "groups", group_keys(outside) } });
    if (required.empty() || total <= 0) {
        figure.say_missing("Nothing counted yet.", "nothing_counted");
        return figure;
    }
    if (required.size() == 1) {
        figure.value = 1.0;
        if (figure.missing.empty())
            figure.say_missing("One required group: balanced by definition.", "one_required_group");
        figure.state = judged(1.0, threshold, AlertWhen::Below);
        return figure;
    }
    double entropy = 0;
    for (auto const& group : required) {
        double const p = figure.counts[group] / total;
        if (p > 0)
            entropy -= p * std::log(p);
    }
    figure.value = entropy / std::log(static_cast<double>(required.size()));
    figure.state = judged(*figure.value, threshold, AlertWhen::Below);
    return figure;
}

Credit credit_adopted(std::vector<std::set<std::string>> const& traced_groups)
{
    Credit credit;
    for (auto const& groups : traced_groups) {
        ++credit.items;
        if (groups.empty()) {
            ++credit.untraced;
            continue;
        }
        double const each = 1.0 / static_cast<double>(groups.size());
        for (auto const& group : groups)
            credit.by_group[group] += each;
    }
    return credit;
}

Figure credit_share(std::string key, std::string const& group, Credit const& credit, double threshold)
{
    Figure figure;
    figure.key = std::move(key);
    figure.unit = "share";
    figure.threshold = threshold;
    figure.formula = fmt::format("The {} group's share of the credit for adopted items: each adopted item gives 1, split equally "
                                 "among the groups whose contributions it traces to.",
        group);
    double total = 0;
    for (auto const& [name, amount] : credit.by_group) {
        figure.counts[name] = amount;
        total += amount;
    }
    figure.counts["untraced items"] = static_cast<double>(credit.untraced);
    if (credit.untraced > 0)
        figure.say_missing(fmt::format("{} adopted items trace to no contribution and are left out.", credit.untraced), "untraced_items",
            { { "count", std::to_string(credit.untraced) } });
    if (total <= 0)
        return figure;
    auto const found = credit.by_group.find(group);
    figure.value = (found == credit.by_group.end() ? 0.0 : found->second) / total;
    figure.state = judged(*figure.value, threshold, AlertWhen::Below);
    return figure;
}

std::optional<double> median(std::vector<double> values)
{
    if (values.empty())
        return std::nullopt;
    std::ranges::sort(values);
    auto const middle = values.size() / 2;
    return values.size() % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

Figure median_days_to_payment(std::vector<double> const& days, double threshold)
{
    Figure figure;
    figure.key = "median_days_to_payment";
    figure.unit = "days";
    figure.threshold = threshold;
    figure.formula = "The median number of days from a claim being sent to it being paid, over the claims paid so far "
                     "(the middle one, or the mean of the middle two).";
    figure.counts["claims paid"] = static_cast<double>(days.size());
    figure.value = median(days);
    if (!figure.value) {
        figure.say_missing("No claim has been paid yet.", "no_claim_paid");
        return figure;
    }
    figure.state = judged(*figure.value, threshold, AlertWhen::Above);
    return figure;
}

Figure share(std::string key, std::string formula, std::string hits_name, long long hits, std::string total_name, long long total, double threshold,
    AlertWhen when)
{
    Figure figure;
    figure.key = std::move(key);
    figure.unit = "share";
    figure.threshold = threshold;
    figure.formula = std::move(formula);
    figure.counts[hits_name] = static_cast<double>(hits);
    figure.counts[total_name] = static_cast<double>(total);
    if (total <= 0) {
        figure.say_missing(fmt::format("No {} yet.", total_name), "none_yet", { { "what", total_name } });
        return figure;
    }
    figure.value = static_cast<double>(hits) / static_cast<double>(total);
    figure.state = judged(*figure.value, threshold, when);
    return figure;
}

std::vector<Figure> reach(ReachInput const& input, double threshold)
{
    std::vector<Figure> figures;
    for (auto const& [category, baseline] : input.baseline) {
        Figure figure;
        figure.key = "reach:" + category;
        figure.unit = "ratio";
        figure.threshold = threshold;
        figure.formula = "The participants' share in this category (those in it over those who answered) divided by the "
                         "population's share in it from the baseline. Under the threshold, the category is under-reached.";
        auto const found = input.participants.find(category);
        long long const in_category = found == input.participants.end() ? 0 : found->second;
        figure.counts["participants in the category"] = static_cast<double>(in_category);
        figure.counts["participants who answered"] = static_cast<double>(input.answered);
        figure.counts["baseline share"] = baseline;
        if (baseline <= 0)
            figure.say_missing("The baseline gives this category no share of the population.", "baseline_no_share");
        else if (input.answered <= 0)
            figure.say_missing("No participant has answered the question yet.", "nobody_answered");
        else {
            figure.value = (static_cast<double>(in_category) / static_cast<double>(input.answered)) / baseline;
            figure.state = judged(*figure.value, threshold, AlertWhen::Below);
        }
        figures.push_back(std::move(figure));
    }
    return figures;
}

Figure longest_lag(std::string key, std::string formula, std::vector<std::string> const& required,
    std::map<std::string, std::optional<double>> const& lags, double days_so_far, double threshold)
{
    Figure figure;
    figure.key = std::move(key);
    figure.unit = "days";
    figure.threshold = threshold;
    figure.formula = std::move(formula);
    if (required.empty()) {
        figure.say_missing("The project requires no group.", "no_required_group");
        return figure;
    }
    std::vector<std::string> not_yet;
    double longest = 0;
    for (auto const& group : required) {
        auto const found = lags.find(group);
        auto const lag = found == lags.end() ? std::nullopt : found->second;
        double const days = lag ? *lag : days_so_far;
        if (!lag)
            not_yet.push_back(group);
        figure.counts[group] = days;
        longest = std::max(longest, days);
    }
    if (!not_yet.empty())
        figure.say_missing(fmt::format("Not yet: {}; counted as the {:g} days so far.", in_words(not_yet), days_so_far), "not_yet_counted_so_far",
            { { "groups", group_keys(not_yet) }, { "days", fmt::format("{:g}", days_so_far) } });
    figure.value = longest;
    figure.state = judged(longest, threshold, AlertWhen::Above);
    return figure;
}

Figure count(std::string key, std::string formula, std::map<std::string, double> counts, long long value, double threshold)
{
    Figure figure;
    figure.key = std::move(key);
    figure.unit = "count";
    figure.threshold = threshold;
    figure.formula = std::move(formula);
    figure.counts = std::move(counts);
    figure.value = static_cast<double>(value);
    figure.state = judged(static_cast<double>(value), threshold, AlertWhen::Above);
    return figure;
}

Figure total(std::string key, std::string unit, std::string formula, std::map<std::string, double> const& parts)
{
    Figure figure;
    figure.key = std::move(key);
    figure.unit = std::move(unit);
    figure.formula = std::move(formula);
    figure.counts = parts;
    double sum = 0;
    for (auto const& [name, amount] : parts)
        sum += amount;
    if (sum <= 0) {
        figure.say_missing("Nothing counted yet.", "nothing_counted");
        return figure;
    }
    figure.value = sum;
    figure.state = State::Ok;
    return figure;
}

std::map<std::string, double> decision_weights(std::vector<DecisionVotes> const& decisions)
{
    std::map<std::string, double> weights;
    for (auto const& decision : decisions) {
        long long voters = 0, groups = 0;
        for (auto const& [group, n] : decision.voters_by_group) {
            voters += n;
            groups += n > 0 ? 1 : 0;
        }
        if (voters == 0)
            continue;
        for (auto const& [group, n] : decision.voters_by_group) {
            if (n <= 0)
                continue;
            weights[group] += decision.equal_groups ? 1.0 / static_cast<double>(groups) : static_cast<double>(n) / static_cast<double>(voters);
        }
    }
    return weights;
}

Breakdown breakdown(std::vector<int> const& ratings, int small_number)
{
    Breakdown result;
    result.respondents = static_cast<long long>(ratings.size());
    result.suppressed = result.respondents < small_number;
    if (result.suppressed || ratings.empty())
        return result;
    double sum = 0;
    for (auto const rating : ratings)
        sum += rating;
    result.mean = sum / static_cast<double>(ratings.size());
    return result;
}

}
