#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/actor.hpp"
#include "core/cursor.hpp"
#include "core/error.hpp"
#include "core/traced.hpp"
#include "db/database.hpp"
#include "modules/surveys/model.hpp"

namespace rt::surveys {

struct SurveyView {
    Survey survey;
    long long responses { 0 };
    std::string status; // not_open | open | closed
    bool can_organise { false };
    bool my_response { false };
};

// Newest first.
[[nodiscard]] Result<Page<SurveyView>> list_surveys(db::Database& database, Actor const& actor, std::string const& project_id,
    PageRequest const& page);
[[nodiscard]] Result<SurveyView> get_survey(db::Database& database, Actor const& actor, std::string const& survey_id);

struct ResponsesView {
    Survey survey;
    Page<SurveyResponse> responses;
};
// Organisers only, in the order they came; respondents are never named in an anonymous survey.
[[nodiscard]] Result<ResponsesView> list_responses(db::Database& database, Actor const& actor, std::string const& survey_id,
    PageRequest const& page);

// RFC 4180, UTF-8 with a byte order mark (spreadsheets then read it as UTF-8).
// The permission is checked now; the file is then produced piece by piece
// (the header, then one page of rows per call), nullopt at the end.
[[nodiscard]] Result<std::function<std::optional<std::string>()>> export_csv(db::Database& database, Actor const& actor,
    std::string const& survey_id);

struct QuestionResult {
    Question question;
    std::map<std::string, long long> counts; // by option (choices), by "1".."5" (scale)
    std::map<std::string, double> mean_rank; // ranking: mean place per option (1 = first)
    std::optional<double> mean;              // scale
    long long answered { 0 };
};
struct Results {
    long long responses { 0 };
    std::map<std::string, long long> by_group;
    std::vector<QuestionResult> questions;
};
[[nodiscard]] Result<Results> get_results(db::Database& database, Actor const& actor, std::string const& survey_id);

// A survey's questions with their translations, for other modules (the
// translations a project still needs); nullopt when there is no such survey
// in the partnership.
[[nodiscard]] std::optional<std::vector<Question>> survey_questions(soci::session& sql, std::string_view partnership_id, std::string_view survey_id);

// For the documents module's golden thread: one question of a survey, with
// how many answered the survey (substance: the question's words and options);
// nothing when there is no such question in the partnership.
[[nodiscard]] std::optional<Traced> question_traced(soci::session& sql, std::string_view partnership_id, std::string_view survey_id,
    std::string_view question_id);

}
