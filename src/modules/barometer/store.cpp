#include "modules/barometer/store.hpp"

#include <boost/json.hpp>

#include "core/ids.hpp"
#include "core/time.hpp"
#include "db/database.hpp"
#include "modules/barometer/settings.hpp"

namespace rt::barometer::store {

namespace {

constexpr std::string_view k_load_settings = "SELECT settings, updated_by, updated_at FROM barometer_settings WHERE partnership_id = :p";
constexpr std::string_view k_save_settings = R"(
    INSERT INTO barometer_settings (partnership_id, settings, updated_by, updated_at) VALUES (:p, :settings, :by, :at)
    ON CONFLICT (partnership_id) DO UPDATE SET settings = excluded.settings, updated_by = excluded.updated_by, updated_at = excluded.updated_at)";

constexpr std::string_view k_rating_columns = "person_id, stakeholder_group, stage, rung, comment, updated_at";
constexpr std::string_view k_save_rating = R"(
    INSERT INTO ladder_ratings (partnership_id, project_id, person_id, stage, stakeholder_group, rung, comment, updated_at)
    VALUES (:p, :project, :person, :stage, :g, :rung, :comment, :at)
    ON CONFLICT (project_id, stage, person_id) DO UPDATE SET stakeholder_group = excluded.stakeholder_group, rung = excluded.rung,
        comment = excluded.comment, updated_at = excluded.updated_at)";

constexpr std::string_view k_has_answered
    = "SELECT COUNT(*) FROM experience_respondents WHERE project_id = :project AND stage = :stage AND person_id = :person";
constexpr std::string_view k_insert_respondent
    = "INSERT INTO experience_respondents (partnership_id, project_id, stage, person_id) VALUES (:p, :project, :stage, :person)";
constexpr std::string_view k_insert_answer = R"(
    INSERT INTO experience_answers (id, partnership_id, project_id, stage, stakeholder_group, answers) VALUES (:id, :p, :project, :stage, :g, :answers))";
constexpr std::string_view k_answers
    = "SELECT stakeholder_group, stage, answers FROM experience_answers WHERE partnership_id = :p AND project_id = :project AND stage = :stage";

constexpr std::string_view k_insert_note = R"(
    INSERT INTO barometer_notes (id, partnership_id, project_id, figure, text, person_id, stakeholder_group, created_at)
    VALUES (:id, :p, :project, :figure, :text, :person, :g, :at))";
// NOTE: each note's author name is the partnership module's people, joined so
// a figure's notes come in one statement rather than a name lookup per note.
constexpr std::string_view k_notes = R"(
    SELECT n.id, n.project_id, n.figure, n.text, n.person_id, n.stakeholder_group, n.created_at, person.name
    FROM barometer_notes n LEFT JOIN people person ON person.id = n.person_id
    WHERE n.partnership_id = :p AND n.project_id = :project ORDER BY n.created_at DESC, n.id DESC)";

constexpr std::string_view k_has_snapshot = "SELECT COUNT(*) FROM barometer_snapshots WHERE project_id = :project AND day = :day";
constexpr std::string_view k_insert_snapshot = R"(
    INSERT INTO barometer_snapshots (partnership_id, project_id, day, figures, taken_at) VALUES (:p, :project, :day, :figures, :at)
    ON CONFLICT (project_id, day) DO NOTHING)";
constexpr std::string_view k_snapshots
    = "SELECT day, figures FROM barometer_snapshots WHERE partnership_id = :p AND project_id = :project ORDER BY day";

constexpr std::string_view k_find_demographics = "SELECT answers FROM person_demographics WHERE partnership_id = :p AND person_id = :person";
constexpr std::string_view k_save_demographics = R"(
    INSERT INTO person_demographics (person_id, partnership_id, answers, updated_at) VALUES (:person, :p, :answers, :at)
    ON CONFLICT (person_id) DO UPDATE SET answers = excluded.answers, updated_at = excluded.updated_at)";
constexpr std::string_view k_all_demographics = "SELECT person_id, answers FROM person_demographics WHERE partnership_id = :p";

std::string settings_text(Settings const& settings)
{
    boost::json::object thresholds, baseline, wording;
    for (auto const& [key, value] : settings.thresholds)
        thresholds[key] = value;
    for (auto const& [key, value] : settings.baseline)
        baseline[key] = value;
    for (auto const& [key, value] : settings.experience_wording)
        wording[key] = value;
    boost::json::object object { { "small_number", settings.small_number }, { "thresholds", std::move(thresholds) },
        { "baseline", std::move(baseline) }, { "experience_wording", std::move(wording) } };
    if (settings.reach_threshold)
        object["reach_threshold"] = *settings.reach_threshold;
    return boost::json::serialize(object);
}

Settings settings_from(std::string const& text)
{
    Settings settings;
    auto const parsed = boost::json::parse(text).as_object();
    if (auto const* n = parsed.if_contains("small_number"))
        settings.small_number = static_cast<int>(n->to_number<double>());
    if (auto const* value = parsed.if_contains("reach_threshold"))
        settings.reach_threshold = value->to_number<double>();
    if (auto const* thresholds = parsed.if_contains("thresholds"))
        for (auto const& [key, value] : thresholds->as_object())
            settings.thresholds[std::string { key }] = value.to_number<double>();
    if (auto const* baseline = parsed.if_contains("baseline"))
        for (auto const& [key, value] : baseline->as_object())
            settings.baseline[std::string { key }] = value.to_number<double>();
    if (auto const* wording = parsed.if_contains("experience_wording"))
        for (auto const& [key, value] : wording->as_object())
            settings.experience_wording[std::string { key }] = std::string { value.as_string() };
    return settings;
}

std::string demographics_text(Demographics const& demographics)
{
    boost::json::object object;
    auto put = [&](std::string_view key, std::optional<std::string> const& value) {
        if (value)
            object[key] = *value;
    };
    put("age", demographics.age);
    put("disability", demographics.disability);
    put("carer", demographics.carer);
    put("ethnicity", demographics.ethnicity);
    return boost::json::serialize(object);
}

Demographics demographics_from(std::string const& text)
{
    Demographics demographics;
    auto const parsed = boost::json::parse(text).as_object();
    auto get = [&](std::string_view key) -> std::optional<std::string> {
        if (auto const* value = parsed.if_contains(key); value && value->is_string())
            return std::string { value->as_string() };
        return std::nullopt;
    };
    demographics.age = get("age");
    demographics.disability = get("disability");
    demographics.carer = get("carer");
    demographics.ethnicity = get("ethnicity");
    return demographics;
}

}

Settings load_settings(soci::session& sql, std::string_view partnership_id)
{
    std::string const partnership { partnership_id };
    soci::rowset<soci::row> rows = (sql.prepare << k_load_settings, soci::use(partnership));
    for (auto const& row : rows) {
        auto settings = settings_from(db::text_at(row, 0));
        settings.updated_by = db::text_at(row, 1);
        settings.updated_at = db::text_at(row, 2);
        return settings;
    }
    return {};
}

void save_settings(soci::session& sql, std::string_view partnership_id, Settings const& settings)
{
    std::string const partnership { partnership_id }, text = settings_text(settings);
    sql << k_save_settings, soci::use(partnership), soci::use(text), soci::use(settings.updated_by), soci::use(settings.updated_at);
}

std::optional<LadderRating> find_rating(soci::session& sql, std::string_view project_id, std::string_view stage, std::string_view person_id)
{
    std::string const project { project_id }, at_stage { stage }, person { person_id };
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT " + std::string { k_rating_columns }
                                                       + " FROM ladder_ratings WHERE project_id = :project AND stage = :stage AND person_id = :person",
        soci::use(project), soci::use(at_stage), soci::use(person));
    for (auto const& row : rows)
        return LadderRating { db::text_at(row, 0), db::text_at(row, 1), db::text_at(row, 2), static_cast<int>(db::integer_at(row, 3)),
            db::text_at(row, 4), db::text_at(row, 5) };
    return std::nullopt;
}

void save_rating(soci::session& sql, std::string_view partnership_id, std::string_view project_id, LadderRating const& rating)
{
    std::string const partnership { partnership_id }, project { project_id };
    sql << k_save_rating, soci::use(partnership), soci::use(project), soci::use(rating.person_id), soci::use(rating.stage), soci::use(rating.group),
        soci::use(rating.rung), soci::use(rating.comment), soci::use(rating.updated_at);
}

std::vector<LadderRating> ratings(soci::session& sql, std::string_view partnership_id, std::string_view project_id, std::string_view stage)
{
    std::string const partnership { partnership_id }, project { project_id }, at_stage { stage };
    std::vector<LadderRating> found;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT " + std::string { k_rating_columns }
                                                       + " FROM ladder_ratings WHERE partnership_id = :p AND project_id = :project AND stage = :stage "
                                                         "ORDER BY updated_at, person_id",
        soci::use(partnership), soci::use(project), soci::use(at_stage));
    for (auto const& row : rows)
        found.push_back({ db::text_at(row, 0), db::text_at(row, 1), db::text_at(row, 2), static_cast<int>(db::integer_at(row, 3)), db::text_at(row, 4),
            db::text_at(row, 5) });
    return found;
}

bool has_answered(soci::session& sql, std::string_view project_id, std::string_view stage, std::string_view person_id)
{
    std::string const project { project_id }, at_stage { stage }, person { person_id };
    long long n = 0;
    sql << k_has_answered, soci::use(project), soci::use(at_stage), soci::use(person), soci::into(n);
    return n > 0;
}

void save_answer(soci::session& sql, std::string_view partnership_id, std::string_view project_id, std::string_view person_id,
    ExperienceAnswer const& answer)
{
    std::string const partnership { partnership_id }, project { project_id }, person { person_id };
    sql << k_insert_respondent, soci::use(partnership), soci::use(project), soci::use(answer.stage), soci::use(person);
    boost::json::object answers;
    for (auto const& [question, value] : answer.answers)
        answers[question] = value;
    std::string const id = new_id(), text = boost::json::serialize(answers);
    sql << k_insert_answer, soci::use(id), soci::use(partnership), soci::use(project), soci::use(answer.stage), soci::use(answer.group), soci::use(text);
}

std::vector<ExperienceAnswer> answers(soci::session& sql, std::string_view partnership_id, std::string_view project_id, std::string_view stage)
{
    std::string const partnership { partnership_id }, project { project_id }, at_stage { stage };
    std::vector<ExperienceAnswer> found;
    soci::rowset<soci::row> rows = (sql.prepare << k_answers, soci::use(partnership), soci::use(project), soci::use(at_stage));
    for (auto const& row : rows) {
        ExperienceAnswer answer { db::text_at(row, 0), db::text_at(row, 1), {} };
        auto const parsed = boost::json::parse(db::text_at(row, 2));
        for (auto const& [question, value] : parsed.as_object())
            answer.answers[std::string { question }] = static_cast<int>(value.to_number<double>());
        found.push_back(std::move(answer));
    }
    return found;
}

void insert_note(soci::session& sql, std::string_view partnership_id, Note const& note)
{
    std::string const partnership { partnership_id };
    sql << k_insert_note, soci::use(note.id), soci::use(partnership), soci::use(note.project_id), soci::use(note.figure), soci::use(note.text),
        soci::use(note.person_id), soci::use(note.group), soci::use(note.created_at);
}

std::vector<Note> notes(soci::session& sql, std::string_view partnership_id, std::string_view project_id)
{
    std::string const partnership { partnership_id }, project { project_id };
    std::vector<Note> found;
    soci::rowset<soci::row> rows = (sql.prepare << k_notes, soci::use(partnership), soci::use(project));
    for (auto const& row : rows)
        found.push_back({ db::text_at(row, 0), db::text_at(row, 1), db::text_at(row, 2), db::text_at(row, 3), db::text_at(row, 4), db::text_at(row, 5),
            db::text_at(row, 6), db::text_at(row, 7) });
    return found;
}

bool has_snapshot(soci::session& sql, std::string_view project_id, std::string_view day)
{
    std::string const project { project_id }, on { day };
    long long n = 0;
    sql << k_has_snapshot, soci::use(project), soci::use(on), soci::into(n);
    return n > 0;
}

void insert_snapshot(soci::session& sql, std::string_view partnership_id, std::string_view project_id, std::string_view day, std::string const& figures)
{
    std::string const partnership { partnership_id }, project { project_id }, on { day }, at = now_text();
    sql << k_insert_snapshot, soci::use(partnership), soci::use(project), soci::use(on), soci::use(figures), soci::use(at);
}

std::vector<std::pair<std::string, std::string>> snapshots(soci::session& sql, std::string_view partnership_id, std::string_view project_id)
{
    std::string const partnership { partnership_id }, project { project_id };
    std::vector<std::pair<std::string, std::string>> found;
    soci::rowset<soci::row> rows = (sql.prepare << k_snapshots, soci::use(partnership), soci::use(project));
    for (auto const& row : rows)
        found.emplace_back(db::text_at(row, 0), db::text_at(row, 1));
    return found;
}

Demographics find_demographics(soci::session& sql, std::string_view partnership_id, std::string_view person_id)
{
    std::string const partnership { partnership_id }, person { person_id };
    soci::rowset<soci::row> rows = (sql.prepare << k_find_demographics, soci::use(partnership), soci::use(person));
    for (auto const& row : rows)
        return demographics_from(db::text_at(row, 0));
    return {};
}

void save_demographics(soci::session& sql, std::string_view partnership_id, std::string_view person_id, Demographics const& demographics)
{
    std::string const partnership { partnership_id }, person { person_id }, text = demographics_text(demographics), at = now_text();
    sql << k_save_demographics, soci::use(person), soci::use(partnership), soci::use(text), soci::use(at);
}

std::map<std::string, std::vector<std::string>> categories_by_person(soci::session& sql, std::string_view partnership_id)
{
    std::string const partnership { partnership_id };
    std::map<std::string, std::vector<std::string>> found;
    soci::rowset<soci::row> rows = (sql.prepare << k_all_demographics, soci::use(partnership));
    for (auto const& row : rows)
        found[db::text_at(row, 0)] = categories_of(demographics_from(db::text_at(row, 1)));
    return found;
}

}
