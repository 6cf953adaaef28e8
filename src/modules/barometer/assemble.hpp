#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "modules/barometer/figures.hpp"
#include "modules/barometer/model.hpp"

// From the counts the other modules give to the six barrier cards, each
// with its figures and alerts: a pure function, unit-tested with a project
// worked out by hand.
namespace rt::barometer {

struct Alert {
    std::string key;
    std::string message; // English; the web app words it from key and params
    std::string action_path;
    std::map<std::string, std::string> params;
};

struct Barrier {
    std::string key;
    State state { State::NotEnoughData };
    std::vector<Figure> figures;
    std::vector<Alert> alerts;
};

struct GroupMoments {
    std::optional<double> invited_days;   // since the project was created
    std::optional<double> took_part_days;
    std::optional<std::string> took_part_stage;
};

struct Inputs {
    std::string project_id;
    std::vector<std::string> required_groups;
    double days_so_far { 0 };
    std::map<std::string, GroupMoments> groups;
    std::map<std::string, long long> contributions_by_group;
    Credit adopted;
    std::map<std::string, long long> proposals_by_group;
    std::map<std::string, long long> chairs_by_group;
    std::map<std::string, long long> co_leads_by_group;
    // Community-led initiatives of the project that ran: for each group, how many it led.
    std::map<std::string, long long> initiatives_led_by_group;
    long long initiatives_led { 0 };
    std::vector<DecisionVotes> decisions;
    long long decisions_with_every_group { 0 };
    long long published { 0 };
    long long plain { 0 };
    bool members_read_other_languages { false };
    long long translation_pairs { 0 };
    long long translated_pairs { 0 };
    long long easy_read { 0 };
    long long members { 0 };
    long long members_unreachable { 0 }; // people with no email, organisations with no contact who has one
    long long needs_requested { 0 };
    long long needs_met { 0 };
    std::vector<double> days_to_payment;
    long long attended_unpaid { 0 };
    long long attended_not_offered { 0 };
    std::map<std::string, long long> spend_by_group_pence;
};

[[nodiscard]] std::vector<Barrier> assemble(Inputs const& inputs, Settings const& settings);

// Reach: one figure per baseline category, and an alert for each flagged one.
struct Reach {
    State state { State::NotEnoughData };
    bool baseline_set { false }; // the partnership has given a population baseline
    long long answered { 0 };
    bool suppressed { true };
    std::vector<Figure> figures;
    std::vector<Alert> alerts;
};
[[nodiscard]] Reach assemble_reach(std::string const& project_id, ReachInput const& input, Settings const& settings);

// A barrier's state: alert when any figure is, else ok when any is, else not enough data.
[[nodiscard]] State overall(std::vector<Figure> const& figures);

}
