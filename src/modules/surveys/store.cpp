#include "modules/surveys/store.hpp"

#include <boost/json.hpp>

#include "db/query.hpp"
#include "modules/surveys/forms.hpp"

namespace rt::surveys::store {

namespace {

constexpr std::string_view k_survey_columns = "id, partnership_id, project_id, title, description, anonymous, opens_at, closes_at, language, "
                                              "questions, created_by, created_at, updated_at";

Survey survey_from_row(soci::row const& row)
{
    Survey survey;
    survey.id = db::text_at(row, 0);
    survey.partnership_id = db::text_at(row, 1);
    survey.project_id = db::text_at(row, 2);
    survey.title = db::text_at(row, 3);
    survey.description = db::text_at(row, 4);
    survey.anonymous = db::integer_at(row, 5) != 0;
    survey.opens_at = db::text_at(row, 6);
    survey.closes_at = db::text_at(row, 7);
    survey.language = db::text_at(row, 8);
    survey.questions = questions_from_json(boost::json::parse(db::text_at(row, 9)).as_array());
    survey.created_by = db::text_at(row, 10);
    survey.created_at = db::text_at(row, 11);
    survey.updated_at = db::text_at(row, 12);
    return survey;
}

// NOTE: respondents' names from the partnership module's people, joined with a page of responses.
constexpr std::string_view k_response_select = R"(
    SELECT r.id, r.survey_id, r.respondent_person_id, p.name, r.stakeholder_group, r.answers, r.source, r.created_at
    FROM survey_responses r LEFT JOIN people p ON p.id = r.respondent_person_id
    WHERE r.partnership_id = :p AND r.survey_id = :s)";

SurveyResponse response_from_row(soci::row const& row)
{
    SurveyResponse response;
    response.id = db::text_at(row, 0);
    response.survey_id = db::text_at(row, 1);
    response.respondent_person_id = db::optional_text_at(row, 2);
    response.respondent_name = db::optional_text_at(row, 3).value_or("");
    response.group = db::text_at(row, 4);
    response.answers = boost::json::parse(db::text_at(row, 5)).as_object();
    response.source = db::text_at(row, 6);
    response.created_at = db::text_at(row, 7);
    return response;
}

}

void insert_survey(soci::session& sql, Survey const& survey)
{
    auto const questions = boost::json::serialize(questions_json(survey.questions));
    int const anonymous = survey.anonymous ? 1 : 0;
    sql << "INSERT INTO surveys (" << k_survey_columns
        << ") VALUES (:id, :p, :project, :title, :description, :anonymous, :opens_at, :closes_at, :language, :questions, :created_by, "
           ":created_at, :updated_at)",
        soci::use(survey.id), soci::use(survey.partnership_id), soci::use(survey.project_id), soci::use(survey.title),
        soci::use(survey.description), soci::use(anonymous), soci::use(survey.opens_at), soci::use(survey.closes_at),
        soci::use(survey.language), soci::use(questions), soci::use(survey.created_by), soci::use(survey.created_at),
        soci::use(survey.updated_at);
}

void update_survey(soci::session& sql, Survey const& survey)
{
    auto const questions = boost::json::serialize(questions_json(survey.questions));
    int const anonymous = survey.anonymous ? 1 : 0;
    sql << "UPDATE surveys SET title = :title, description = :description, anonymous = :anonymous, opens_at = :opens_at, "
           "closes_at = :closes_at, language = :language, questions = :questions, updated_at = :updated_at "
           "WHERE partnership_id = :p AND id = :id",
        soci::use(survey.title), soci::use(survey.description), soci::use(anonymous), soci::use(survey.opens_at), soci::use(survey.closes_at),
        soci::use(survey.language), soci::use(questions), soci::use(survey.updated_at), soci::use(survey.partnership_id), soci::use(survey.id);
}

std::optional<Survey> find_survey(soci::session& sql, std::string_view partnership_id, std::string_view id)
{
    std::string const partnership { partnership_id }, wanted { id };
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT " << k_survey_columns << " FROM surveys WHERE partnership_id = :p AND id = :id",
        soci::use(partnership), soci::use(wanted));
    for (auto const& row : rows)
        return survey_from_row(row);
    return std::nullopt;
}

std::vector<Survey> list_surveys(soci::session& sql, std::string_view partnership_id, std::string_view project_id, PageRequest const& page)
{
    std::string const partnership { partnership_id }, project { project_id };
    auto const keys = keyset(page, "created_at", "id", SortOrder::Descending);
    std::vector<Survey> surveys;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT " << k_survey_columns
                                                << " FROM surveys WHERE partnership_id = :p AND project_id = :project AND " << keys.condition
                                                << " " << keys.order_limit,
        soci::use(partnership), soci::use(project), soci::use(keys.on), soci::use(keys.key), soci::use(keys.key), soci::use(keys.id),
        soci::use(keys.fetch));
    for (auto const& row : rows)
        surveys.push_back(survey_from_row(row));
    return surveys;
}

long long count_responses(soci::session& sql, std::string_view partnership_id, std::string_view survey_id)
{
    std::string const partnership { partnership_id }, survey { survey_id };
    long long count = 0;
    sql << "SELECT COUNT(*) FROM survey_responses WHERE partnership_id = :p AND survey_id = :s", soci::into(count), soci::use(partnership),
        soci::use(survey);
    return count;
}

bool add_participant(soci::session& sql, std::string const& partnership_id, std::string const& survey_id, std::string const& person_id)
{
    soci::statement statement = (sql.prepare << "INSERT INTO survey_participants (survey_id, person_id, partnership_id) VALUES (:s, :person, :p) "
                                                "ON CONFLICT (survey_id, person_id) DO NOTHING",
        soci::use(survey_id), soci::use(person_id), soci::use(partnership_id));
    statement.execute(true);
    return statement.get_affected_rows() > 0;
}

bool has_participated(soci::session& sql, std::string_view survey_id, std::string_view person_id)
{
    std::string const survey { survey_id }, person { person_id };
    long long count = 0;
    sql << "SELECT COUNT(*) FROM survey_participants WHERE survey_id = :s AND person_id = :person", soci::into(count), soci::use(survey),
        soci::use(person);
    return count > 0;
}

void insert_response(db::Database& database, std::string const& partnership_id, SurveyResponse const& response)
{
    db::Query query { database, "INSERT INTO survey_responses (id, partnership_id, survey_id, respondent_person_id, stakeholder_group, answers, "
                                "source, created_at) VALUES (:id, :p, :s, :respondent, :grp, :answers, :source, :at)" };
    query.bind(response.id)
        .bind(partnership_id)
        .bind(response.survey_id)
        .bind_optional(response.respondent_person_id)
        .bind(response.group)
        .bind(boost::json::serialize(response.answers))
        .bind(response.source)
        .bind(response.created_at)
        .run();
}

std::vector<SurveyResponse> list_responses(soci::session& sql, std::string_view partnership_id, std::string_view survey_id,
    PageRequest const& page)
{
    std::string const partnership { partnership_id }, survey { survey_id };
    auto const keys = keyset(page, "r.created_at", "r.id");
    std::vector<SurveyResponse> responses;
    soci::rowset<soci::row> rows = (sql.prepare << std::string { k_response_select } + " AND " + keys.condition + " " + keys.order_limit,
        soci::use(partnership), soci::use(survey), soci::use(keys.on), soci::use(keys.key), soci::use(keys.key), soci::use(keys.id),
        soci::use(keys.fetch));
    for (auto const& row : rows)
        responses.push_back(response_from_row(row));
    return responses;
}

void for_each_response(soci::session& sql, std::string_view partnership_id, std::string_view survey_id,
    std::function<void(SurveyResponse const&)> const& visit)
{
    // In keyset pages: PostgreSQL's client library holds a whole result in
    // memory, so one query over millions of rows would too.
    PageRequest page { k_max_page_size, std::nullopt };
    for (;;) {
        auto rows = list_responses(sql, partnership_id, survey_id, page);
        bool const more = rows.size() > page.limit;
        if (more)
            rows.pop_back();
        for (auto const& response : rows)
            visit(response);
        if (!more)
            return;
        page.after = NameCursor { rows.back().created_at, rows.back().id };
    }
}

std::optional<SurveyResponse> find_response(soci::session& sql, std::string_view partnership_id, std::string_view survey_id,
    std::string_view response_id)
{
    std::string const partnership { partnership_id }, survey { survey_id }, response { response_id };
    soci::rowset<soci::row> rows = (sql.prepare << std::string { k_response_select } + " AND r.id = :r", soci::use(partnership),
        soci::use(survey), soci::use(response));
    for (auto const& row : rows)
        return response_from_row(row);
    return std::nullopt;
}

}
