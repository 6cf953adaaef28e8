#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <soci/soci.h>

#include "core/cursor.hpp"
#include "db/database.hpp"
#include "modules/surveys/model.hpp"

namespace rt::surveys::store {

void insert_survey(soci::session& sql, Survey const& survey);
void update_survey(soci::session& sql, Survey const& survey);
[[nodiscard]] std::optional<Survey> find_survey(soci::session& sql, std::string_view partnership_id, std::string_view id);
// Newest first: one keyset page (limit + 1 rows) on (created_at, id).
[[nodiscard]] std::vector<Survey> list_surveys(soci::session& sql, std::string_view partnership_id, std::string_view project_id,
    PageRequest const& page);
[[nodiscard]] long long count_responses(soci::session& sql, std::string_view partnership_id, std::string_view survey_id);

// Records that a person answered; false when they already had.
[[nodiscard]] bool add_participant(soci::session& sql, std::string const& partnership_id, std::string const& survey_id, std::string const& person_id);
[[nodiscard]] bool has_participated(soci::session& sql, std::string_view survey_id, std::string_view person_id);

// Inserts through the connection's statement cache: an import of many rows
// compiles the statement once.
void insert_response(db::Database& database, std::string const& partnership_id, SurveyResponse const& response);
// In the order they came: one keyset page (limit + 1 rows) on (created_at, id).
[[nodiscard]] std::vector<SurveyResponse> list_responses(soci::session& sql, std::string_view partnership_id, std::string_view survey_id,
    PageRequest const& page);
// Every response, one row at a time (for counting: a survey may have millions).
void for_each_response(soci::session& sql, std::string_view partnership_id, std::string_view survey_id,
    std::function<void(SurveyResponse const&)> const& visit);
[[nodiscard]] std::optional<SurveyResponse> find_response(soci::session& sql, std::string_view partnership_id, std::string_view survey_id,
    std::string_view response_id);

}
