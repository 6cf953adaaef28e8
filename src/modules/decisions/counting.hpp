#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Counting votes so that no stakeholder group can decide alone. Pure: no
// database; the unit tests give hand-worked results (docs/decisions.md).
namespace rt::decisions {

inline constexpr std::array<std::string_view, 6> k_methods { "consent", "consensus", "majority", "score", "ranked_choice", "dot_vote" };
inline constexpr std::array<std::string_view, 2> k_weightings { "equal_groups", "per_person" };
// The positions a voter can take, by method (the other methods vote on options).
inline constexpr std::array<std::string_view, 4> k_consent_positions { "agree", "abstain", "concern", "object" };
inline constexpr std::array<std::string_view, 3> k_consensus_positions { "agree", "stand_aside", "block" };
inline constexpr std::array<std::string_view, 3> k_majority_positions { "yes", "no", "abstain" };

struct Ballot {
    std::string person_id;
    std::string group;
    std::string position;            // consent, consensus, majority
    std::vector<int> ranking;        // ranked_choice: option indexes, most preferred first
    std::vector<int> scores;         // score: 0-5 per option
    std::vector<int> dots;           // dot_vote: dots per option
    int version { 1 };               // the proposal's version when the vote was cast
};

struct CountInput {
    std::string method;
    std::string weighting { "equal_groups" };
    std::vector<std::string> options;         // for score, ranked_choice, dot_vote
    std::vector<std::string> required_groups; // quorum: each must have voted
    double threshold { 0.5 };                 // majority: the yes share must be above this
    int version { 1 };                        // the proposal's current version
    std::vector<Ballot> ballots;
};

struct Round {
    std::map<std::string, double> tallies; // continuing options -> weight of ballots
    std::optional<std::string> eliminated;
    double exhausted { 0 };
};

struct CountResult {
    bool quorum { false };
    std::size_t voters { 0 };
    std::vector<std::string> missing_groups;
    bool passed { false };
    std::string outcome;                                       // the winning option, or "passed" / "not passed"
    std::map<std::string, std::map<std::string, long long>> counts;          // group -> choice -> raw votes (or points)
    std::map<std::string, std::map<std::string, double>> group_positions;    // group -> choice -> share within the group
    std::map<std::string, double> totals;                      // choice -> combined figure under the weighting
    std::vector<std::string> blocking;                         // person ids whose objection or block stands
    std::vector<Round> rounds;                                 // ranked_choice
    std::string explanation;                                   // one plain sentence
};

[[nodiscard]] CountResult count(CountInput const& input);

// Checks a ballot's shape for the method (the first problem, or nothing).
[[nodiscard]] std::optional<std::string> check_ballot(CountInput const& input, Ballot const& ballot, int dots_per_voter);

}
