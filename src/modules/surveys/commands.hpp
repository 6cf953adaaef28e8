#pragma once

#include <string>
#include <vector>

#include <boost/json/object.hpp>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "db/database.hpp"
#include "modules/contributions/model.hpp"
#include "modules/surveys/forms.hpp"
#include "modules/surveys/model.hpp"

namespace rt::surveys {

[[nodiscard]] Result<Survey> create_survey(db::Database& database, Actor const& actor, std::string const& project_id, SurveyForm const& form);
[[nodiscard]] Result<Survey> update_survey(db::Database& database, Actor const& actor, std::string const& survey_id, boost::json::object body);

struct Answered {
    std::string id;
    std::string group;
};
[[nodiscard]] Result<Answered> answer_survey(db::Database& database, Actor const& actor, std::string const& survey_id, AnswerForm const& form);

struct ImportReport {
    long long imported { 0 };
    std::vector<std::string> unknown_columns;
    std::vector<std::string> ignored_columns;
};
// All rows or none: every bad row is reported (error.rows) and nothing is written.
[[nodiscard]] Result<ImportReport> import_responses(db::Database& database, Actor const& actor, std::string const& survey_id,
    std::string_view csv_text, std::optional<std::string> const& default_group);

[[nodiscard]] Result<contributions::Contribution> answer_to_contribution(db::Database& database, Actor const& actor,
    std::string const& survey_id, std::string const& response_id, ConvertForm const& form);

}
