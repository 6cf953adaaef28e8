#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/json/object.hpp>

namespace rt::surveys {

inline constexpr std::array<std::string_view, 5> k_question_kinds { "single_choice", "multiple_choice", "free_text", "scale", "ranking" };

struct Translation {
    std::string text;
    std::vector<std::string> options; // the same options, in the same order
};

struct Question {
    std::string id;
    std::string kind;
    std::string text;
    std::vector<std::string> options;
    bool required { true };
    std::map<std::string, Translation> translations; // by language tag
};

struct Survey {
    std::string id;
    std::string partnership_id;
    std::string project_id;
    std::string title;
    std::string description;
    bool anonymous { false };
    std::string opens_at;
    std::string closes_at;
    std::string language { "en" };
    std::vector<Question> questions;
    std::string created_by;
    std::string created_at;
    std::string updated_at;
};

struct SurveyResponse {
    std::string id;
    std::string survey_id;
    std::optional<std::string> respondent_person_id;
    std::string respondent_name; // filled for display
    std::string group;
    boost::json::object answers; // question id -> value
    std::string source { "web" }; // web | import
    std::string created_at;
};

}
