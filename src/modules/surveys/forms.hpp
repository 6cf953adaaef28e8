#pragma once

#include <optional>
#include <string>
#include <vector>

#include <boost/json/object.hpp>

#include "core/error.hpp"
#include "modules/surveys/model.hpp"

namespace rt::surveys {

// A whole survey; PATCH merges the body over the current values first.
// Questions keep a valid id they are sent with, so answers stay attached.
struct SurveyForm {
    Survey survey;

    [[nodiscard]] static Result<SurveyForm> read(boost::json::object const& body);
};

struct AnswerForm {
    std::optional<std::string> group;
    boost::json::object answers; // question id -> value, unchecked (needs the survey)

    [[nodiscard]] static Result<AnswerForm> read(boost::json::object const& body);
};

struct ConvertForm {
    std::string question_id;
    std::string kind;

    [[nodiscard]] static Result<ConvertForm> read(boost::json::object const& body);
};

[[nodiscard]] boost::json::object survey_values(Survey const& survey);
[[nodiscard]] boost::json::array questions_json(std::vector<Question> const& questions);
[[nodiscard]] std::vector<Question> questions_from_json(boost::json::array const& array);

}
