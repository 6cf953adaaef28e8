#include "modules/barometer/forms.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "core/form.hpp"
#include "modules/barometer/settings.hpp"

namespace rt::barometer {

namespace {

std::optional<double> number(boost::json::value const& value)
{
    if (!value.is_number())
        return std::nullopt;
    auto const n = value.to_number<double>();
    return std::isfinite(n) ? std::optional<double> { n } : std::nullopt;
}

std::optional<long long> whole_number(boost::json::value const& value)
{
    auto const n = number(value);
    if (!n || std::floor(*n) != *n)
        return std::nullopt;
    return static_cast<long long>(*n);
}

std::string percent_words(double max)
{
    return max == 1 ? std::string { "a number from 0 to 1 (0.8 means 80%)" } : fmt::format("a whole number from 0 to {:g}", max);
}

}

Result<LadderForm> LadderForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "rung", "comment" });
    auto const rung = reader.choice("rung", k_rungs, Presence::Required);
    auto comment = reader.text("comment", { .presence = Presence::Optional, .max_length = 1000, .lines = TextRule::Lines::Multiple });
    if (!reader.ok())
        return std::unexpected(Error::invalid(reader.errors()));
    auto const position = std::ranges::find(k_rungs, *rung) - k_rungs.begin();
    return LadderForm { static_cast<int>(position) + 1, comment.value_or("") };
}

Result<ExperienceForm> ExperienceForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "answers" });
    ExperienceForm form;
    auto const* answers = body.if_contains("answers");
    if (!answers || !answers->is_object()) {
        reader.add_error("answers", "Answer at least one of the statements, from 1 (strongly disagree) to 5 (strongly agree).");
        return std::unexpected(Error::invalid(reader.errors()));
    }
    for (auto const& [key, value] : answers->as_object()) {
        std::string const question { key };
        auto const field = "answers." + question;
        if (std::ranges::find(k_questions, question) == k_questions.end()) {
            reader.add_error(field, "There is no such statement.");
            continue;
        }
        if (value.is_null())
            continue; // left unanswered
        auto const n = whole_number(value);
        if (!n || *n < 1 || *n > 5) {
            reader.add_error(field, "Choose from 1 (strongly disagree) to 5 (strongly agree).");
            continue;
        }
        form.answers[question] = static_cast<int>(*n);
    }
    if (reader.ok() && form.answers.empty())
        reader.add_error("answers", "Answer at least one of the statements, from 1 (strongly disagree) to 5 (strongly agree).");
    return finish(reader, std::move(form));
}

Result<SettingsForm> SettingsForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "small_number", "thresholds", "reach_threshold", "baseline", "experience_wording" });
    SettingsForm form;
    if (auto const* value = body.if_contains("small_number")) {
        auto const n = whole_number(*value);
        if (!n || *n < k_least_small_number || *n > 50)
            reader.add_error("small_number", fmt::format("Enter a whole number from {} to 50: breakdowns with fewer people than this are hidden.",
                                                 k_least_small_number));
        else
            form.small_number = static_cast<int>(*n);
    }
    if (auto const* value = body.if_contains("thresholds")) {
        if (!value->is_object()) {
            reader.add_error("thresholds", "Give the thresholds by figure, like {\"quorum_rate\": 0.8}.");
        } else {
            std::map<std::string, double> thresholds;
            for (auto const& [key, entry] : value->as_object()) {
                std::string const figure { key };
                auto const field = "thresholds." + figure;
                auto const* spec = find_spec(figure);
                if (!spec || !spec->when) {
                    reader.add_error(field, spec ? "This figure has no threshold." : "There is no such figure.");
                    continue;
                }
                auto const n = number(entry);
                bool const whole = spec->unit == "count" || spec->unit == "days";
                if (!n || *n < 0 || *n > spec->max_threshold || (spec->unit == "count" && std::floor(*n) != *n)) {
                    reader.add_error(field, "Enter " + (whole ? percent_words(spec->max_threshold) : percent_words(1)) + ".");
                    continue;
                }
                thresholds[figure] = *n;
            }
            form.thresholds = std::move(thresholds);
        }
    }
    if (auto const* value = body.if_contains("reach_threshold")) {
        if (value->is_null()) {
            form.reach_threshold = std::optional<double> {};
        } else if (auto const n = number(*value); !n || *n < 0 || *n > 1) {
            reader.add_error("reach_threshold", "Enter " + percent_words(1) + ".");
        } else {
            form.reach_threshold = std::optional<double> { *n };
        }
    }
    if (auto const* value = body.if_contains("baseline")) {
        if (!value->is_object()) {
            reader.add_error("baseline", "Give the population's shares by category, like {\"age:75_plus\": 0.09}.");
        } else {
            std::map<std::string, double> baseline;
            std::map<std::string, double> by_question;
            for (auto const& [key, entry] : value->as_object()) {
                std::string const category { key };
                auto const field = "baseline." + category;
                if (!is_category(category)) {
                    reader.add_error(field, "There is no such category.");
                    continue;
                }
                auto const n = number(entry);
                if (!n || *n < 0 || *n > 1) {
                    reader.add_error(field, "Enter the population's share from 0 to 1 (0.09 means 9%).");
                    continue;
                }
                baseline[category] = *n;
                by_question[category.substr(0, category.find(':'))] += *n;
            }
            for (auto const& [question, sum] : by_question)
                if (sum > 1.0 + 1e-9)
                    reader.add_error("baseline", fmt::format("The shares for {} add up to more than the whole population.", question));
            form.baseline = std::move(baseline);
        }
    }
    if (auto const* value = body.if_contains("experience_wording")) {
        if (!value->is_object()) {
            reader.add_error("experience_wording", "Give the wording by statement.");
        } else {
            std::map<std::string, std::string> wording;
            for (auto const& [key, entry] : value->as_object()) {
                std::string const question { key };
                auto const field = "experience_wording." + question;
                if (std::ranges::find(k_questions, question) == k_questions.end()) {
                    reader.add_error(field, "There is no such statement.");
                    continue;
                }
                if (!entry.is_string() || entry.as_string().size() > 600 || code_point_count(entry.as_string()) > 200
                    || std::string_view { entry.as_string() }.find('\n') != std::string_view::npos) {
                    reader.add_error(field, "Write the statement on one line, in 200 characters or fewer.");
                    continue;
                }
                if (!entry.as_string().empty())
                    wording[question] = std::string { entry.as_string() };
            }
            form.experience_wording = std::move(wording);
        }
    }
    return finish(reader, std::move(form));
}

void SettingsForm::apply_to(Settings& settings) const
{
    if (small_number)
        settings.small_number = *small_number;
    if (thresholds)
        settings.thresholds = *thresholds;
    if (reach_threshold)
        settings.reach_threshold = *reach_threshold;
    if (baseline)
        settings.baseline = *baseline;
    if (experience_wording)
        settings.experience_wording = *experience_wording;
}

Result<NoteForm> NoteForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "figure", "text" });
    auto figure = reader.text("figure", { .presence = Presence::Required, .min_length = 1, .max_length = 100 });
    auto text = reader.text("text", { .presence = Presence::Required, .min_length = 1, .max_length = 1000, .lines = TextRule::Lines::Multiple });
    bool const reach_category = figure && figure->starts_with("reach:") && is_category(std::string_view { *figure }.substr(6));
    if (figure && !find_spec(*figure) && *figure != "reach" && *figure != "ladder" && *figure != "experience" && !reach_category)
        reader.add_error("figure", "Choose one of the barometer's figures.");
    if (!reader.ok())
        return std::unexpected(Error::invalid(reader.errors()));
    return NoteForm { *figure, *text };
}

Result<DemographicsForm> DemographicsForm::read(boost::json::object const& body)
{
    FormReader reader { body };
    reader.reject_unknown({ "age", "disability", "carer", "ethnicity" });
    DemographicsForm form;
    for (auto const& question : demographic_questions()) {
        auto const* value = body.if_contains(question.key);
        if (!value || value->is_null())
            continue;
        std::vector<std::string_view> allowed = question.answers;
        allowed.push_back("prefer_not_to_say");
        auto answer = reader.choice(question.key, allowed, Presence::Optional);
        if (!answer)
            continue;
        if (question.key == "age")
            form.demographics.age = answer;
        else if (question.key == "disability")
            form.demographics.disability = answer;
        else if (question.key == "carer")
            form.demographics.carer = answer;
        else
            form.demographics.ethnicity = answer;
    }
    return finish(reader, std::move(form));
}

}
