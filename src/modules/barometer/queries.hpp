#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/actor.hpp"
#include "core/cursor.hpp"
#include "core/error.hpp"
#include "db/database.hpp"
#include "modules/barometer/assemble.hpp"
#include "modules/barometer/model.hpp"

namespace rt::barometer {

struct GroupBreakdown {
    std::string group;
    Breakdown breakdown;
};

struct LadderView {
    std::string stage;
    std::optional<LadderRating> mine;
    bool can_rate { false };
    Breakdown all;
    std::vector<GroupBreakdown> by_group;
    Breakdown statutory;
    Breakdown community;
    std::optional<double> gap; // community mean minus statutory mean
    std::optional<std::vector<std::string>> comments;
};

struct QuestionView {
    std::string key;
    std::string text;
    Breakdown all;
    std::vector<GroupBreakdown> by_group;
};

struct ExperienceView {
    std::string stage;
    bool answered { false };
    bool can_answer { false };
    Breakdown all;
    std::vector<QuestionView> questions;
};

struct ProjectBarometer {
    std::string project_id;
    std::string title;
    std::string stage;
    std::string computed_at;
    int small_number { 5 };
    std::vector<Barrier> barriers;
    Reach reach;
    LadderView ladder;
    ExperienceView experience;
    std::vector<Note> notes;
};

[[nodiscard]] Result<ProjectBarometer> project_barometer(db::Database& database, Actor const& actor, std::string const& project_id);

// One barrier's line in the overview: its state and how many alerts it raised.
struct BarrierSummary {
    std::string key;
    State state { State::NotEnoughData };
    long long alerts { 0 };
};

struct OverviewRow {
    std::string project_id;
    std::string title;
    std::string stage;
    State state { State::NotEnoughData };
    long long alerts { 0 };
    std::vector<BarrierSummary> barriers;
};
// Newest project first, paged like the projects list.
[[nodiscard]] Result<Page<OverviewRow>> overview(db::Database& database, Actor const& actor, PageRequest const& page);

// Oldest first, one point per daily snapshot; 422 `figure` for a key that is not a figure.
[[nodiscard]] Result<std::vector<SnapshotPoint>> trend(db::Database& database, Actor const& actor, std::string const& project_id,
    std::string const& figure);

[[nodiscard]] Result<Settings> get_settings(db::Database& database, Actor const& actor);
[[nodiscard]] Result<Demographics> my_demographics(db::Database& database, Actor const& actor);

// Figures are kept between requests while the partnership's audit chain (and
// the hour) is unchanged; benchmarks of the first request after a change
// forget them first.
void forget_computed_figures();

// The figures of a project as the daily snapshot keeps them, as JSON text:
// [{key, value|null, state}]. Nothing for a project not in the partnership.
[[nodiscard]] std::optional<std::string> snapshot_figures(soci::session& sql, std::string const& partnership_id, std::string const& project_id);

}
