#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <soci/soci.h>

#include "modules/barometer/model.hpp"

// The barometer's own tables; its figures come from the other modules' queries.
namespace rt::barometer::store {

[[nodiscard]] Settings load_settings(soci::session& sql, std::string_view partnership_id);
void save_settings(soci::session& sql, std::string_view partnership_id, Settings const& settings);

[[nodiscard]] std::optional<LadderRating> find_rating(soci::session& sql, std::string_view project_id, std::string_view stage, std::string_view person_id);
void save_rating(soci::session& sql, std::string_view partnership_id, std::string_view project_id, LadderRating const& rating);
// The stage's ratings, with no names.
[[nodiscard]] std::vector<LadderRating> ratings(soci::session& sql, std::string_view partnership_id, std::string_view project_id, std::string_view stage);

[[nodiscard]] bool has_answered(soci::session& sql, std::string_view project_id, std::string_view stage, std::string_view person_id);
// Records that the person answered and, apart from it, the answers with their group alone.
void save_answer(soci::session& sql, std::string_view partnership_id, std::string_view project_id, std::string_view person_id,
    ExperienceAnswer const& answer);
[[nodiscard]] std::vector<ExperienceAnswer> answers(soci::session& sql, std::string_view partnership_id, std::string_view project_id, std::string_view stage);

void insert_note(soci::session& sql, std::string_view partnership_id, Note const& note);
// Newest first, with the author's name.
[[nodiscard]] std::vector<Note> notes(soci::session& sql, std::string_view partnership_id, std::string_view project_id);

[[nodiscard]] bool has_snapshot(soci::session& sql, std::string_view project_id, std::string_view day);
void insert_snapshot(soci::session& sql, std::string_view partnership_id, std::string_view project_id, std::string_view day, std::string const& figures);
// Oldest first: (day, figures JSON).
[[nodiscard]] std::vector<std::pair<std::string, std::string>> snapshots(soci::session& sql, std::string_view partnership_id, std::string_view project_id);

[[nodiscard]] Demographics find_demographics(soci::session& sql, std::string_view partnership_id, std::string_view person_id);
void save_demographics(soci::session& sql, std::string_view partnership_id, std::string_view person_id, Demographics const& demographics);
// The categories of every person in the partnership who answered: person -> categories.
[[nodiscard]] std::map<std::string, std::vector<std::string>> categories_by_person(soci::session& sql, std::string_view partnership_id);

}
