#include "modules/surveys/forms.hpp"

#include <algorithm>
#include <set>

#include <boost/json.hpp>

#include "core/form.hpp"
#include "core/language_tag.hpp"
#include "core/ids.hpp"
#include "core/time.hpp"
#include "modules/contributions/model.hpp"
#include "modules/partnership/model.hpp"
#include "modules/partnership/forms.hpp"

namespace rt::surveys {

namespace {


bool is_choice_kind(std::string_view kind)
{
    return kind == "single_choice" || kind == "multiple_choice" || kind == "ranking";
}

std::optional<std::vector<std::string>> read_options(FormReader& reader, boost::json::value const* value, std::string const& field)
{
    if (!value || value->is_null())
        return std::vector<std::string> {};
    if (!value->is_array()) {
        reader.add_error(field, "Give the options as a list.");
        return std::nullopt;
    }
    std::vector<std::string> options;
    for (auto const& item : value->get_array()) {
        if (!item.is_string()) {
            reader.add_error(field, "Each option is a piece of text.");
            return std::nullopt;
        }
        std::string option { item.get_string() };
        auto const length = code_point_count(option);
        if (length == 0 || length > 200 || option.find_first_of(";\r\n") != std::string::npos) {
            reader.add_error(field, "Each option is 1 to 200 characters on one line, without \";\".");
            return std::nullopt;
        }
        options.push_back(std::move(option));
    }
    return options;
}

Question read_question(FormReader& reader, boost::json::value const& entry, std::string const& field, std::set<std::string>& ids)
{
    Question question;
    if (!entry.is_object()) {
        reader.add_error(field, "Each question needs a kind and its text.");
        return question;
    }
    FormReader item { entry.get_object() };
    item.reject_unknown({ "id", "kind", "text", "options", "required", "translations" });
    auto id = item.text("id", { .presence = Presence::Optional, .max_length = 36 }).value_or("");
    question.id = looks_like_id(id) && ids.insert(id).second ? id : new_id();
    ids.insert(question.id);
    question.kind = item.choice("kind", k_question_kinds, Presence::Required).value_or("");
    question.text = item.text("text", { .presence = Presence::Required, .min_length = 1, .max_length = 500 }).value_or("");
    if (auto options = read_options(item, entry.get_object().if_contains("options"), "options"))
        question.options = std::move(*options);
    if (is_choice_kind(question.kind) && (question.options.size() < 2 || question.options.size() > 20))
        item.add_error("options", "Give between 2 and 20 options.");
    if (!is_choice_kind(question.kind) && !question.kind.empty() && !question.options.empty())
        item.add_error("options", "Only choice and ranking questions have options.");
    std::set<std::string> distinct(question.options.begin(), question.options.end());
    if (distinct.size() != question.options.size())
        item.add_error("options", "Give each option once.");
    if (auto const* required = entry.get_object().if_contains("required"); required && !required->is_null()) {
        if (!required->is_bool())
            item.add_error("required", "Must be true or false.");
        else
            question.required = required->get_bool();
    }
    if (auto const* translations = entry.get_object().if_contains("translations"); translations && !translations->is_null()) {
        if (!translations->is_object()) {
            item.add_error("translations", "Give translations by language, like {\"pl\": {\"text\": ...}}.");
        } else {
            for (auto const& [language, value] : translations->get_object()) {
                std::string const name = "translations." + std::string { language };
                if (!canonical_language_tag(language) || !value.is_object()) {
                    item.add_error(name, "Use a language code like pl or ar, with the question's text.");
                    continue;
                }
                FormReader translation_reader { value.get_object() };
                translation_reader.reject_unknown({ "text", "options" });
                Translation translation;
                translation.text = translation_reader.text("text", { .presence = Presence::Required, .min_length = 1, .max_length = 500 }).value_or("");
                if (auto options = read_options(translation_reader, value.get_object().if_contains("options"), "options"))
                    translation.options = std::move(*options);
                if (translation.options.size() != question.options.size())
                    translation_reader.add_error("options", "Translate every option, in the same order.");
                for (auto const& [sub, messages] : translation_reader.errors())
                    for (auto const& message : messages)
                        item.add_error(name + "." + sub, message);
                question.translations[std::string { language }] = std::move(translation);
            }
        }
    }
    for (auto const& [sub, messages] : item.errors())
        for (auto const& message : messages)
            reader.add_error(field + "." + sub, message);
    return question;
}

}

Result<SurveyForm> SurveyForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "title", "description", "anonymous", "opens_at", "closes_at", "language", "questions" });
    SurveyForm form;
    auto& survey = form.survey;
    survey.title = reader.text("title", { .presence = Presence::Required, .min_length = 1, .max_length = 200 }).value_or("");
    survey.description
        = reader.text("description", { .presence = Presence::Optional, .max_length = 2000, .lines = TextRule::Lines::Multiple }).value_or("");
    if (auto const* anonymous = body.if_contains("anonymous"); anonymous && !anonymous->is_null()) {
        if (!anonymous->is_bool())
            reader.add_error("anonymous", "Must be true or false.");
        else
            survey.anonymous = anonymous->get_bool();
    }
    survey.opens_at = reader.text("opens_at", { .presence = Presence::Required, .max_length = 40 }).value_or("");
    survey.closes_at = reader.text("closes_at", { .presence = Presence::Required, .max_length = 40 }).value_or("");
    auto const opens = survey.opens_at.empty() ? std::nullopt : parse_time(survey.opens_at);
    auto const closes = survey.closes_at.empty() ? std::nullopt : parse_time(survey.closes_at);
    if (!survey.opens_at.empty() && !opens)
        reader.add_error("opens_at", "Enter a date and time like 2026-12-01T09:00:00Z.");
    if (!survey.closes_at.empty() && !closes)
        reader.add_error("closes_at", "Enter a date and time like 2026-12-31T17:00:00Z.");
    if (opens && closes && *closes <= *opens)
        reader.add_error("closes_at", "The survey must close after it opens.");
    if (opens)
        survey.opens_at = format_time(*opens);
    if (closes)
        survey.closes_at = format_time(*closes);
    survey.language = reader.text("language", { .presence = Presence::Optional, .max_length = 35 }).value_or("en");
    if (survey.language.empty())
        survey.language = "en";
    if (auto canonical = canonical_language_tag(survey.language))
        survey.language = std::move(*canonical);
    else
        reader.add_error("language", "Use a BCP 47 language tag like en, pl, ar or ti.");
    auto const* questions = body.if_contains("questions");
    if (!questions || !questions->is_array() || questions->get_array().empty() || questions->get_array().size() > 100) {
        reader.add_error("questions", "Ask between 1 and 100 questions.");
    } else {
        std::set<std::string> ids;
        std::size_t index = 0;
        for (auto const& entry : questions->get_array())
            survey.questions.push_back(read_question(reader, entry, "questions[" + std::to_string(index++) + "]", ids));
    }
    return finish(reader, form);
}

Result<AnswerForm> AnswerForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "group", "answers" });
    AnswerForm form;
    form.group = reader.choice("group", partnership::k_groups, Presence::Optional);
    auto const* answers = body.if_contains("answers");
    if (!answers || !answers->is_array() || answers->get_array().size() > 100) {
        reader.add_error("answers", "Send the answers as a list of {question_id, value}.");
        return finish(reader, form);
    }
    std::size_t index = 0;
    for (auto const& entry : answers->get_array()) {
        auto const field = "answers[" + std::to_string(index++) + "]";
        auto const* object = entry.if_object();
        auto const* id = object ? object->if_contains("question_id") : nullptr;
        auto const* value = object ? object->if_contains("value") : nullptr;
        if (!id || !id->is_string() || !value) {
            reader.add_error(field, "Each answer needs a question_id and a value.");
            continue;
        }
        std::string const question_id { id->get_string() };
        if (form.answers.contains(question_id))
            reader.add_error(field, "Answer each question once.");
        else if (!value->is_null())
            form.answers[question_id] = *value;
    }
    return finish(reader, form);
}

Result<ConvertForm> ConvertForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "question_id", "kind" });
    ConvertForm form;
    form.question_id = reader.text("question_id", { .presence = Presence::Required, .min_length = 1, .max_length = 36 }).value_or("");
    form.kind = reader.choice("kind", contributions::k_kinds, Presence::Required).value_or("");
    return finish(reader, form);
}

boost::json::array questions_json(std::vector<Question> const& questions)
{
    boost::json::array array;
    for (auto const& question : questions) {
        boost::json::object translations;
        for (auto const& [language, translation] : question.translations)
            translations[language] = { { "text", translation.text }, { "options", to_json_array(translation.options) } };
        array.push_back({ { "id", question.id }, { "kind", question.kind }, { "text", question.text },
            { "options", to_json_array(question.options) }, { "required", question.required }, { "translations", std::move(translations) } });
    }
    return array;
}

std::vector<Question> questions_from_json(boost::json::array const& array)
{
    std::vector<Question> questions;
    auto strings = [](boost::json::value const& value) {
        std::vector<std::string> out;
        for (auto const& item : value.as_array())
            out.emplace_back(item.as_string());
        return out;
    };
    for (auto const& entry : array) {
        auto const& object = entry.as_object();
        Question question;
        question.id = object.at("id").as_string();
        question.kind = object.at("kind").as_string();
        question.text = object.at("text").as_string();
        question.options = strings(object.at("options"));
        question.required = object.at("required").as_bool();
        for (auto const& [language, value] : object.at("translations").as_object())
            question.translations[std::string { language }]
                = { std::string { value.at("text").as_string() }, strings(value.at("options")) };
        questions.push_back(std::move(question));
    }
    return questions;
}

boost::json::object survey_values(Survey const& survey)
{
    return { { "title", survey.title }, { "description", survey.description }, { "anonymous", survey.anonymous },
        { "opens_at", survey.opens_at }, { "closes_at", survey.closes_at }, { "language", survey.language },
        { "questions", questions_json(survey.questions) } };
}

}
