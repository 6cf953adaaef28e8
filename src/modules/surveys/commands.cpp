#include "modules/language/service.hpp"
#include "modules/surveys/commands.hpp"

#include <algorithm>
#include <set>

#include <boost/json.hpp>
#include <fmt/format.h>

#include "core/ids.hpp"
#include "core/time.hpp"
#include "modules/contributions/commands.hpp"
#include "modules/partnership/model.hpp"
#include "modules/partnership/queries.hpp"
#include "modules/privacy/audit.hpp"
#include "modules/projects/commands.hpp"
#include "modules/projects/lifecycle.hpp"
#include "modules/projects/queries.hpp"
#include "modules/surveys/answers.hpp"
#include "modules/surveys/csv.hpp"
#include "modules/surveys/store.hpp"

namespace rt::surveys {

namespace {

Error survey_not_found()
{
    return Error::not_found("There is no such survey in this partnership.");
}

Error organisers_only()
{
    return Error::forbidden("Only conveners and the project's co-leads run surveys.");
}

// The survey, if the actor organises its project.
Result<Survey> load_to_organise(soci::session& sql, Actor const& actor, std::string const& survey_id)
{
    auto survey = store::find_survey(sql, actor.partnership_id, survey_id);
    if (!survey)
        return std::unexpected(survey_not_found());
    auto organiser = projects::can_organise(sql, actor, survey->project_id);
    if (!organiser)
        return std::unexpected(organiser.error());
    if (!*organiser)
        return std::unexpected(organisers_only());
    return std::move(*survey);
}

// In an anonymous survey a response's id and time must not show when it was
// given (that could be matched with who answered): a random id and the day only.
std::pair<std::string, std::string> response_id_and_time(Survey const& survey, std::string const& now)
{
    if (!survey.anonymous)
        return { new_id(), now };
    return { new_random_id(), now.substr(0, 10) + "T00:00:00Z" };
}

// The description and the questions, as participants will read them.
Status record_survey_texts(soci::session& sql, Actor const& actor, Survey const& survey)
{
    if (auto checked = language::record_published(sql, actor, { "survey", survey.id, "description", survey.description, survey.project_id, survey.language });
        !checked)
        return checked;
    std::string questions;
    for (auto const& question : survey.questions) {
        questions += question.text;
        // A question without its own end mark is still a sentence of its own.
        if (!question.text.empty() && question.text.back() != '?' && question.text.back() != '.')
            questions += '.';
        questions += "\n\n";
    }
    return language::record_published(sql, actor, { "survey", survey.id, "questions", questions, survey.project_id, survey.language });
}

std::string lowered(std::string_view text)
{
    std::string out;
    auto const first = text.find_first_not_of(" \t");
    auto const last = text.find_last_not_of(" \t");
    if (first == std::string_view::npos)
        return out;
    for (char c : text.substr(first, last - first + 1))
        out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    return out;
}

std::optional<std::string> group_from_cell(std::string_view cell)
{
    static constexpr std::pair<std::string_view, std::string_view> k_labels[] {
        { "local authority", "local_authority" }, { "council", "local_authority" }, { "health", "health" }, { "nhs", "health" },
        { "vcs", "vcs" }, { "voluntary and community sector", "vcs" }, { "provider", "provider" }, { "service provider", "provider" },
        { "service users and carers", "service_users_carers" }, { "service user or carer", "service_users_carers" },
        { "residents", "residents" }, { "resident", "residents" }, { "staff", "staff" },
    };
    auto const key = lowered(cell);
    if (std::ranges::find(partnership::k_groups, key) != partnership::k_groups.end())
        return key;
    for (auto const& [label, group] : k_labels)
        if (label == key)
            return std::string { group };
    return std::nullopt;
}

bool is_ignored_column(std::string const& heading)
{
    static constexpr std::string_view k_ignored[] { "response id", "submitted at", "timestamp", "start time", "completion time",
        "respondent", "email", "name", "id" };
    return std::ranges::find(k_ignored, heading) != std::end(k_ignored);
}

}

Result<Survey> create_survey(db::Database& database, Actor const& actor, std::string const& project_id, SurveyForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<Survey> {
        auto organiser = projects::can_organise(sql, actor, project_id);
        if (!organiser)
            return std::unexpected(organiser.error());
        if (!*organiser)
            return std::unexpected(organisers_only());
        auto survey = form.survey;
        survey.id = new_id();
        survey.partnership_id = actor.partnership_id;
        survey.project_id = project_id;
        survey.created_by = actor.person_id;
        survey.created_at = survey.updated_at = now_text();
        store::insert_survey(sql, survey);
        if (auto checked = record_survey_texts(sql, actor, survey); !checked)
            return std::unexpected(checked.error());
        privacy::record(sql, actor.partnership_id, actor.person_id, { "survey.created", "survey", survey.id });
        return survey;
    });
}

Result<Survey> update_survey(db::Database& database, Actor const& actor, std::string const& survey_id, boost::json::object body)
{
    return database.write([&](soci::session& sql) -> Result<Survey> {
        privacy::lock_for_change(sql, actor.partnership_id);
        auto current = load_to_organise(sql, actor, survey_id);
        if (!current)
            return current;
        auto merged = survey_values(*current);
        for (auto const& [key, value] : body)
            merged[key] = value;
        auto form = SurveyForm::read(merged);
        if (!form)
            return std::unexpected(form.error());
        bool const answered = store::count_responses(sql, actor.partnership_id, survey_id) > 0;
        if (answered && (body.contains("questions") || form->survey.anonymous != current->anonymous))
            return std::unexpected(Error::conflict("People have answered already: the questions and anonymity cannot change now."));
        auto survey = std::move(form->survey);
        survey.id = current->id;
        survey.partnership_id = current->partnership_id;
        survey.project_id = current->project_id;
        survey.created_by = current->created_by;
        survey.created_at = current->created_at;
        survey.updated_at = now_text();
        store::update_survey(sql, survey);
        if (auto checked = record_survey_texts(sql, actor, survey); !checked)
            return std::unexpected(checked.error());
        privacy::record(sql, actor.partnership_id, actor.person_id, { "survey.updated", "survey", survey.id });
        return survey;
    });
}

Result<Answered> answer_survey(db::Database& database, Actor const& actor, std::string const& survey_id, AnswerForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<Answered> {
        privacy::lock_for_change(sql, actor.partnership_id); // against a change of questions at the same moment
        auto survey = store::find_survey(sql, actor.partnership_id, survey_id);
        if (!survey)
            return std::unexpected(survey_not_found());
        auto const now = now_text();
        if (now < survey->opens_at || now >= survey->closes_at) {
            auto error = Error::conflict(now < survey->opens_at ? "This survey is not open yet." : "This survey has closed.");
            error.code = "closed";
            return std::unexpected(error);
        }
        auto const person = partnership::find_person(sql, actor.partnership_id, actor.person_id);
        if (!person)
            return std::unexpected(Error::forbidden());
        auto const groups = projects::groups_in_project(sql, actor.partnership_id, survey->project_id, person->id, person->groups);
        if (groups.empty())
            return std::unexpected(Error::invalid_field("group", "Add the group you take part in to your profile first, so your answer counts for it."));
        auto const group = form.group.value_or(projects::default_group(groups));
        if (form.group && std::ranges::find(groups, *form.group) == groups.end())
            return std::unexpected(Error::invalid_field("group", "Answer for a group you take part in, in this project."));

        FieldErrors errors;
        boost::json::object answers;
        for (auto const& [id, value] : form.answers) {
            auto const question = std::ranges::find(survey->questions, std::string_view { id }, &Question::id);
            if (question == survey->questions.end()) {
                errors["answers"].push_back("One answer is for a question this survey does not ask.");
                continue;
            }
            boost::json::value checked = value;
            if (auto problem = check_answer(*question, checked))
                errors["answers." + question->id].push_back(*problem);
            else
                answers[question->id] = std::move(checked);
        }
        for (auto const& question : survey->questions)
            if (question.required && !form.answers.contains(question.id) && !errors.contains("answers." + question.id))
                errors["answers." + question.id].push_back("Answer this question.");
        if (!errors.empty())
            return std::unexpected(Error::invalid(std::move(errors)));

        // Who answered is kept apart from the answers, so that an anonymous
        // survey still takes one answer per person.
        if (!store::add_participant(sql, actor.partnership_id, survey->id, actor.person_id))
            return std::unexpected(Error::conflict("You have answered this survey already."));
        SurveyResponse response;
        std::tie(response.id, response.created_at) = response_id_and_time(*survey, now);
        response.survey_id = survey->id;
        if (!survey->anonymous)
            response.respondent_person_id = actor.person_id;
        response.group = group;
        response.answers = std::move(answers);
        store::insert_response(database, actor.partnership_id, response);
        // In an anonymous survey the timeline names the survey, never the response (whose id must not meet a time).
        projects::record_took_part(sql, actor.partnership_id, survey->project_id, group, survey->anonymous ? survey->id : response.id,
            "A survey response", response.created_at);
        privacy::record(sql, actor.partnership_id, survey->anonymous ? std::nullopt : std::optional<std::string_view> { actor.person_id },
            { "survey.answered", "survey", survey->id });
        return Answered { response.id, group };
    });
}

Result<ImportReport> import_responses(db::Database& database, Actor const& actor, std::string const& survey_id, std::string_view csv_text,
    std::optional<std::string> const& default_group)
{
    // Only organisers get as far as parsing a large file.
    if (auto allowed = database.read([&](soci::session& sql) -> Status {
            auto survey = load_to_organise(sql, actor, survey_id);
            if (!survey)
                return std::unexpected(survey.error());
            return {};
        });
        !allowed)
        return std::unexpected(allowed.error());
    auto records = csv::read(csv_text);
    if (!records)
        return std::unexpected(records.error());
    if (records->empty())
        return std::unexpected(Error::invalid_field("file", "The file is empty: it needs a first row naming the columns."));

    return database.write([&](soci::session& sql) -> Result<ImportReport> {
        privacy::lock_for_change(sql, actor.partnership_id);
        auto survey = load_to_organise(sql, actor, survey_id);
        if (!survey)
            return std::unexpected(survey.error());

        // Map the columns: a question, the group, one to ignore, or unknown.
        auto const& header = records->front().fields;
        std::vector<Question const*> column_question(header.size(), nullptr);
        std::optional<std::size_t> group_column;
        ImportReport report;
        std::set<std::string> matched;
        Error problems = Error::invalid_field("file", "Some rows need correcting; nothing was imported.");
        for (std::size_t column = 0; column < header.size(); ++column) {
            auto const heading = lowered(csv::unguard(header[column]));
            if (heading == "group" || heading == "stakeholder group") {
                group_column = column;
                continue;
            }
            Question const* found = nullptr;
            for (auto const& question : survey->questions) {
                bool same = lowered(question.text) == heading;
                for (auto const& [language, translation] : question.translations)
                    same = same || lowered(translation.text) == heading;
                if (same)
                    found = &question;
            }
            if (found) {
                if (!matched.insert(found->id).second)
                    problems.rows.push_back({ records->front().line, header[column], "Two columns are the same question." });
                column_question[column] = found;
            } else if (is_ignored_column(heading)) {
                report.ignored_columns.push_back(header[column]);
            } else {
                report.unknown_columns.push_back(header[column]);
            }
        }
        if (!group_column && !default_group)
            return std::unexpected(Error::invalid_field("group", "Add a Group column, or choose the group these answers come from."));
        if (matched.empty())
            return std::unexpected(Error::invalid_field("file", "No column is headed with a question of this survey."));

        // Check every row before writing any.
        std::vector<SurveyResponse> responses;
        responses.reserve(records->size() - 1);
        auto const now = now_text();
        std::set<std::string> groups;
        for (std::size_t index = 1; index < records->size(); ++index) {
            auto const& record = (*records)[index];
            if (record.fields.size() != header.size()) {
                problems.rows.push_back({ record.line, "",
                    fmt::format("This row has {} cells; the first row names {} columns.", record.fields.size(), header.size()) });
                continue;
            }
            SurveyResponse response;
            std::tie(response.id, response.created_at) = response_id_and_time(*survey, now);
            response.survey_id = survey->id;
            response.source = "import";
            bool good = true;
            if (group_column) {
                auto const group = group_from_cell(record.fields[*group_column]);
                if (!group && !default_group) {
                    problems.rows.push_back({ record.line, header[*group_column], "Use a group such as residents, staff or health." });
                    good = false;
                }
                response.group = group.value_or(default_group.value_or(""));
            } else {
                response.group = *default_group;
            }
            for (std::size_t column = 0; column < header.size(); ++column) {
                auto const* question = column_question[column];
                if (!question)
                    continue;
                auto answer = read_cell(*question, csv::unguard(record.fields[column]));
                if (answer.problem) {
                    problems.rows.push_back({ record.line, header[column], *answer.problem });
                    good = false;
                } else if (answer.value) {
                    response.answers[question->id] = std::move(*answer.value);
                } else if (question->required) {
                    problems.rows.push_back({ record.line, header[column], "This question needs an answer." });
                    good = false;
                }
            }
            if (good) {
                groups.insert(response.group);
                responses.push_back(std::move(response));
            }
        }
        if (!problems.rows.empty())
            return std::unexpected(std::move(problems));

        for (auto const& response : responses)
            store::insert_response(database, actor.partnership_id, response);
        for (auto const& group : groups)
            projects::record_took_part(sql, actor.partnership_id, survey->project_id, group, survey->id, "Imported survey responses", now);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "survey.responses_imported", "survey", survey->id });
        report.imported = static_cast<long long>(responses.size());
        return report;
    });
}

Result<contributions::Contribution> answer_to_contribution(db::Database& database, Actor const& actor, std::string const& survey_id,
    std::string const& response_id, ConvertForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<contributions::Contribution> {
        auto survey = load_to_organise(sql, actor, survey_id);
        if (!survey)
            return std::unexpected(survey.error());
        auto const response = store::find_response(sql, actor.partnership_id, survey_id, response_id);
        if (!response)
            return std::unexpected(Error::not_found("There is no such response to this survey."));
        auto const question = std::ranges::find(survey->questions, form.question_id, &Question::id);
        if (question == survey->questions.end() || question->kind != "free_text")
            return std::unexpected(Error::invalid_field("question_id", "Choose a free-text question of this survey."));
        auto const* answer = response->answers.if_contains(question->id);
        if (!answer || !answer->is_string())
            return std::unexpected(Error::invalid_field("question_id", "This response did not answer that question."));

        contributions::Contribution contribution;
        contribution.id = new_id();
        contribution.partnership_id = actor.partnership_id;
        contribution.project_id = survey->project_id;
        contribution.kind = form.kind;
        contribution.text = std::string { answer->get_string() };
        contribution.group = response->group;
        contribution.source = "survey";
        contribution.survey_id = survey->id;
        contribution.survey_answer = response->id + ":" + question->id;
        contribution.author_person_id = response->respondent_person_id;
        contribution.author_name = response->respondent_name;
        contribution.anonymous = survey->anonymous;
        contribution.recorded_by = actor.person_id;
        contribution.created_at = contribution.updated_at = now_text();
        // The unique survey_answer turns a second attempt into a conflict.
        contributions::insert_from_survey(sql, actor, contribution);
        return contribution;
    });
}

}
