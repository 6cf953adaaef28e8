#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

// The barometer's arithmetic (issue 14; definitions in ../shared/DESIGN.md,
// "The co-production barometer"): pure functions from counts to figures, no
// database. Every figure carries its formula in words, the counts it came
// from and what was missing, so anyone allowed to see it can work it out
// again by hand; "not enough data" is a state, never a zero.
namespace rt::barometer {

enum class State { Ok, Alert, NotEnoughData };

[[nodiscard]] char const* state_text(State state); // "ok" | "alert" | "not_enough_data"

// One sentence of what was missing, by a key the web app words in the
// reader's language, with its values ("groups": group keys joined by commas).
struct Missing {
    std::string key;
    std::map<std::string, std::string> params;
};

struct Figure {
    std::string key;
    std::optional<double> value; // none when there is not enough data
    std::string unit;            // "ratio" | "share" | "days"
    State state { State::NotEnoughData };
    std::string formula;                      // in words
    std::map<std::string, double> counts;     // the raw counts (or credits) it came from
    std::string missing;                      // what was missing and how it was treated; "" when nothing
    std::vector<Missing> missing_parts;       // the same, sentence by sentence, to be put in other languages
    std::optional<double> threshold;

    // Adds a sentence to `missing` (in English) and to `missing_parts`.
    void say_missing(std::string english, std::string key, std::map<std::string, std::string> params = {});
};

// Group keys joined by commas, for a Missing's "groups".
[[nodiscard]] std::string group_keys(std::vector<std::string> const& groups);

// How a figure crosses its threshold into an alert.
enum class AlertWhen { Below, Above };

// Normalised Shannon entropy of the shares of the required groups:
// H(p) / ln k, with p_g = count_g / total and 0 ln 0 = 0. 1 when every
// required group has the same share, 0 when one group has it all. A group
// outside `required` is left out (and named in `missing`). With one required
// group the balance is 1 by definition. Nothing counted: not enough data.
[[nodiscard]] Figure balance(std::string key, std::vector<std::string> const& required, std::map<std::string, double> const& counts,
    double threshold);

// Credit for adopted items, each traced to the groups whose contributions it
// came from: one item's credit of 1 is split equally among its distinct
// groups. Items that trace to no group are counted as untraced.
struct Credit {
    std::map<std::string, double> by_group;
    long long items { 0 };
    long long untraced { 0 };
};
[[nodiscard]] Credit credit_adopted(std::vector<std::set<std::string>> const& traced_groups);

// The share of all credit held by one group (the VCS share of adopted items).
[[nodiscard]] Figure credit_share(std::string key, std::string const& group, Credit const& credit, double threshold);

// The median of the days (the mean of the middle two for an even count).
[[nodiscard]] std::optional<double> median(std::vector<double> values);

// Median days from claim to payment; an alert above the threshold.
[[nodiscard]] Figure median_days_to_payment(std::vector<double> const& days, double threshold);

// A share `hits` of `total` (quorum rate, earliest-stage score, plain
// language share), with its alert direction. total 0: not enough data.
[[nodiscard]] Figure share(std::string key, std::string formula, std::string hits_name, long long hits, std::string total_name, long long total,
    double threshold, AlertWhen when = AlertWhen::Below);

// Reach: for each category with a baseline share b, the participant share
// s = participants in it / participants who answered, and the ratio s / b;
// under `threshold` (0.8 by default) it is flagged. A category with no
// baseline, or nobody who answered, is not enough data.
struct ReachInput {
    std::map<std::string, double> baseline; // category -> share of the population (0..1)
    std::map<std::string, long long> participants; // category -> participants who said so
    long long answered { 0 }; // participants who answered the question at all
};
[[nodiscard]] std::vector<Figure> reach(ReachInput const& input, double threshold = 0.8);

// The longest of the groups' lags in days: each required group's time from
// the project's creation to its first invitation (or involvement). A group
// with none yet counts the days so far, and is named in `missing`. An alert
// above the threshold. No required group: not enough data.
[[nodiscard]] Figure longest_lag(std::string key, std::string formula, std::vector<std::string> const& required,
    std::map<std::string, std::optional<double>> const& lags, double days_so_far, double threshold);

// A count with an alert above the threshold (decisions made without every
// group, attendees never offered payment). Always known.
[[nodiscard]] Figure count(std::string key, std::string formula, std::map<std::string, double> counts, long long value, double threshold);

// A total shown with its parts and no threshold (spend by group): never an
// alert; nothing counted yet is not enough data.
[[nodiscard]] Figure total(std::string key, std::string unit, std::string formula, std::map<std::string, double> const& parts);

// The weight each group held in decisions made. With equal group weighting
// every group that voted holds an equal part of the decision; weighted by
// person, a group holds its voters' share. A decision nobody voted on gives
// no weight.
struct DecisionVotes {
    bool equal_groups { true };
    std::map<std::string, long long> voters_by_group;
};
[[nodiscard]] std::map<std::string, double> decision_weights(std::vector<DecisionVotes> const& decisions);

// A breakdown of ratings (ladder rungs 1-7, experience answers 1-5) with
// small-number protection: fewer than `small_number` respondents gives no
// mean, only that it is suppressed.
struct Breakdown {
    long long respondents { 0 };
    bool suppressed { true };
    std::optional<double> mean;
};
[[nodiscard]] Breakdown breakdown(std::vector<int> const& ratings, int small_number);

}
