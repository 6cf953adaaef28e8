#include "modules/surveys/queries.hpp"

#include <boost/json.hpp>

#include "core/time.hpp"
#include "modules/projects/queries.hpp"
#include "modules/surveys/answers.hpp"
#include "modules/surveys/csv.hpp"
#include "modules/surveys/store.hpp"

namespace rt::surveys {

namespace {

std::string status_of(Survey const& survey, std::string const& now)
{
    if (now < survey.opens_at)
        return "not_open";
    return now < survey.closes_at ? "open" : "closed";
}

Result<bool> organiser_of(soci::session& sql, Actor const& actor, Survey const& survey)
{
    return projects::can_organise(sql, actor, survey.project_id);
}

}

Result<Page<SurveyView>> list_surveys(db::Database& database, Actor const& actor, std::string const& project_id, PageRequest const& request)
{
    return database.read([&](soci::session& sql) -> Result<Page<SurveyView>> {
        auto organiser = projects::can_organise(sql, actor, project_id);
        if (!organiser)
            return std::unexpected(organiser.error());
        auto const now = now_text();
        auto surveys = finish_page(store::list_surveys(sql, actor.partnership_id, project_id, request), request.limit,
            [](Survey const& survey) { return NameCursor { survey.created_at, survey.id }; });
        Page<SurveyView> views { {}, std::move(surveys.next_cursor) };
        for (auto& survey : surveys.items) {
            SurveyView view;
            view.responses = store::count_responses(sql, actor.partnership_id, survey.id);
            view.status = status_of(survey, now);
            view.can_organise = *organiser;
            view.my_response = store::has_participated(sql, survey.id, actor.person_id);
            view.survey = std::move(survey);
            views.items.push_back(std::move(view));
        }
        return views;
    });
}

Result<SurveyView> get_survey(db::Database& database, Actor const& actor, std::string const& survey_id)
{
    return database.read([&](soci::session& sql) -> Result<SurveyView> {
        auto survey = store::find_survey(sql, actor.partnership_id, survey_id);
        if (!survey)
            return std::unexpected(Error::not_found("There is no such survey in this partnership."));
        auto organiser = organiser_of(sql, actor, *survey);
        if (!organiser)
            return std::unexpected(organiser.error());
        SurveyView view;
        view.responses = store::count_responses(sql, actor.partnership_id, survey->id);
        view.status = status_of(*survey, now_text());
        view.can_organise = *organiser;
        view.my_response = store::has_participated(sql, survey->id, actor.person_id);
        view.survey = std::move(*survey);
        return view;
    });
}

namespace {

// The survey, when the actor may see its responses one by one.
Result<Survey> survey_for_responses(soci::session& sql, Actor const& actor, std::string const& survey_id)
{
    auto survey = store::find_survey(sql, actor.partnership_id, survey_id);
    if (!survey)
        return std::unexpected(Error::not_found("There is no such survey in this partnership."));
    auto organiser = organiser_of(sql, actor, *survey);
    if (!organiser)
        return std::unexpected(organiser.error());
    if (!*organiser)
        return std::unexpected(Error::forbidden("Only conveners and the project's co-leads see the responses one by one."));
    return std::move(*survey);
}

Page<SurveyResponse> responses_page(soci::session& sql, std::string const& partnership_id, Survey const& survey, PageRequest const& request)
{
    auto page = finish_page(store::list_responses(sql, partnership_id, survey.id, request), request.limit,
        [](SurveyResponse const& response) { return NameCursor { response.created_at, response.id }; });
    if (survey.anonymous) {
        for (auto& response : page.items) {
            response.respondent_person_id.reset();
            response.respondent_name.clear();
        }
    }
    return page;
}

void append_header(std::string& out, Survey const& survey)
{
    csv::append_field(out, "Response ID");
    out += ',';
    csv::append_field(out, "Submitted at");
    out += ',';
    csv::append_field(out, "Group");
    if (!survey.anonymous) {
        out += ',';
        csv::append_field(out, "Respondent");
    }
    for (auto const& question : survey.questions) {
        out += ',';
        csv::append_field(out, question.text);
    }
    out += "\r\n";
}

void append_row(std::string& out, Survey const& survey, SurveyResponse const& response)
{
    csv::append_field(out, response.id);
    out += ',';
    csv::append_field(out, response.created_at);
    out += ',';
    csv::append_field(out, response.group);
    if (!survey.anonymous) {
        out += ',';
        csv::append_field(out, response.respondent_name);
    }
    for (auto const& question : survey.questions) {
        out += ',';
        if (auto const* value = response.answers.if_contains(question.id))
            csv::append_field(out, answer_cell(question, *value));
    }
    out += "\r\n";
}

}

Result<ResponsesView> list_responses(db::Database& database, Actor const& actor, std::string const& survey_id, PageRequest const& request)
{
    return database.read([&](soci::session& sql) -> Result<ResponsesView> {
        auto survey = survey_for_responses(sql, actor, survey_id);
        if (!survey)
            return std::unexpected(survey.error());
        auto page = responses_page(sql, actor.partnership_id, *survey, request);
        return ResponsesView { std::move(*survey), std::move(page) };
    });
}

Result<std::function<std::optional<std::string>()>> export_csv(db::Database& database, Actor const& actor, std::string const& survey_id)
{
    auto survey = database.read([&](soci::session& sql) { return survey_for_responses(sql, actor, survey_id); });
    if (!survey)
        return std::unexpected(survey.error());
    // Each piece is one page of rows read in its own short transaction, so
    // neither the server nor the database holds the whole file.
    struct State {
        db::Database& database;
        std::string partnership_id;
        Survey survey;
        PageRequest page { k_max_page_size, std::nullopt };
        bool header_sent { false };
        bool done { false };
    };
    auto state = std::make_shared<State>(State { database, actor.partnership_id, std::move(*survey) });
    return [state]() -> std::optional<std::string> {
        if (state->done)
            return std::nullopt;
        std::string out;
        if (!state->header_sent) {
            state->header_sent = true;
            out += csv::k_byte_order_mark;
            append_header(out, state->survey);
            return out;
        }
        auto page = state->database.read([&](soci::session& sql) { return responses_page(sql, state->partnership_id, state->survey, state->page); });
        for (auto const& response : page.items)
            append_row(out, state->survey, response);
        if (page.next_cursor)
            state->page.after = NameCursor { page.items.back().created_at, page.items.back().id };
        else
            state->done = true;
        return out;
    };
}

Result<Results> get_results(db::Database& database, Actor const& actor, std::string const& survey_id)
{
    return database.read([&](soci::session& sql) -> Result<Results> {
        auto survey = store::find_survey(sql, actor.partnership_id, survey_id);
        if (!survey)
            return std::unexpected(Error::not_found("There is no such survey in this partnership."));
        if (auto organiser = organiser_of(sql, actor, *survey); !organiser)
            return std::unexpected(organiser.error());
        Results results;
        for (auto const& question : survey->questions) {
            QuestionResult result { question, {}, {}, std::nullopt, 0 };
            if (question.kind != "ranking")
                for (auto const& option : question.options)
                    result.counts[option] = 0;
            if (question.kind == "scale")
                for (char score = '1'; score <= '5'; ++score)
                    result.counts[std::string(1, score)] = 0;
            results.questions.push_back(std::move(result));
        }
        std::vector<double> scale_sums(results.questions.size(), 0);
        std::vector<std::map<std::string, double>> rank_sums(results.questions.size());
        store::for_each_response(sql, actor.partnership_id, survey_id, [&](SurveyResponse const& response) {
            ++results.responses;
            ++results.by_group[response.group];
            for (std::size_t i = 0; i < results.questions.size(); ++i) {
                auto& result = results.questions[i];
                auto const* value = response.answers.if_contains(result.question.id);
                if (!value)
                    continue;
                ++result.answered;
                if (value->is_string() && result.question.kind == "single_choice") {
                    ++result.counts[std::string { value->get_string() }];
                } else if (value->is_int64()) {
                    ++result.counts[std::to_string(value->get_int64())];
                    scale_sums[i] += static_cast<double>(value->get_int64());
                } else if (value->is_array()) {
                    double place = 1;
                    for (auto const& item : value->get_array()) {
                        std::string const option { item.get_string() };
                        if (result.question.kind == "ranking")
                            rank_sums[i][option] += place++;
                        else
                            ++result.counts[option];
                    }
                }
            }
        });
        for (std::size_t i = 0; i < results.questions.size(); ++i) {
            auto& result = results.questions[i];
            if (result.answered == 0)
                continue;
            auto const answered = static_cast<double>(result.answered);
            if (result.question.kind == "scale")
                result.mean = scale_sums[i] / answered;
            if (result.question.kind == "ranking") {
                for (auto const& [option, sum] : rank_sums[i])
                    result.mean_rank[option] = sum / answered;
            }
        }
        return results;
    });
}

std::optional<std::vector<Question>> survey_questions(soci::session& sql, std::string_view partnership_id, std::string_view survey_id)
{
    auto survey = store::find_survey(sql, partnership_id, survey_id);
    if (!survey)
        return std::nullopt;
    return std::move(survey->questions);
}

std::optional<Traced> question_traced(soci::session& sql, std::string_view partnership_id, std::string_view survey_id,
    std::string_view question_id)
{
    auto const survey = store::find_survey(sql, partnership_id, survey_id);
    if (!survey)
        return std::nullopt;
    for (auto const& question : survey->questions) {
        if (question.id != question_id)
            continue;
        auto substance = question.text;
        for (auto const& option : question.options)
            substance += "\n" + option;
        auto const answered = store::count_responses(sql, partnership_id, survey_id);
        return Traced { survey->project_id, survey->title, question.text, std::to_string(answered), survey->created_at, std::move(substance) };
    }
    return std::nullopt;
}

}
