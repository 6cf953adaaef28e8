#include "modules/barometer/routes.hpp"

#include <boost/json.hpp>

#include "http/paging.hpp"
#include "http/respond.hpp"
#include "modules/barometer/commands.hpp"
#include "modules/barometer/queries.hpp"
#include "modules/barometer/settings.hpp"
#include "modules/bound.hpp"

namespace rt::barometer {

namespace {

using http::Access;
using http::RequestContext;
using http::Response;

boost::json::value optional_number(std::optional<double> const& value)
{
    return value ? boost::json::value(*value) : boost::json::value(nullptr);
}

boost::json::object note_json(Note const& note)
{
    return { { "id", note.id }, { "figure", note.figure }, { "text", note.text }, { "author_name", note.author_name },
        { "group", note.group.empty() ? boost::json::value(nullptr) : boost::json::value(note.group) }, { "created_at", note.created_at } };
}

boost::json::array notes_on(std::vector<Note> const& notes, std::string_view figure)
{
    boost::json::array found;
    for (auto const& note : notes)
        if (note.figure == figure)
            found.push_back(note_json(note));
    return found;
}

boost::json::object figure_json(Figure const& figure, std::vector<Note> const& notes)
{
    boost::json::object counts;
    for (auto const& [name, value] : figure.counts)
        counts[name] = value;
    boost::json::array missing_parts;
    for (auto const& part : figure.missing_parts) {
        boost::json::object params;
        for (auto const& [name, value] : part.params)
            params[name] = value;
        missing_parts.push_back({ { "key", part.key }, { "params", std::move(params) } });
    }
    auto const* spec = find_spec(figure.key);
    std::string_view when = "below";
    if (spec)
        when = !spec->when ? "never" : *spec->when == AlertWhen::Above ? "above" : "below";
    return { { "key", figure.key }, { "value", optional_number(figure.value) }, { "unit", figure.unit }, { "state", state_text(figure.state) },
        { "formula", figure.formula }, { "counts", std::move(counts) }, { "missing", figure.missing },
        { "missing_parts", std::move(missing_parts) }, { "threshold", optional_number(figure.threshold) },
        { "alert_when", when }, { "notes", notes_on(notes, figure.key) } };
}

boost::json::object alert_json(Alert const& alert)
{
    boost::json::object params;
    for (auto const& [name, value] : alert.params)
        params[name] = value;
    return { { "key", alert.key }, { "message", alert.message }, { "action_path", alert.action_path }, { "params", std::move(params) } };
}

boost::json::object breakdown_json(Breakdown const& breakdown)
{
    return { { "respondents", breakdown.respondents }, { "suppressed", breakdown.suppressed }, { "mean", optional_number(breakdown.mean) } };
}

boost::json::array groups_json(std::vector<GroupBreakdown> const& groups)
{
    boost::json::array array;
    for (auto const& entry : groups) {
        auto object = breakdown_json(entry.breakdown);
        object["group"] = entry.group;
        array.push_back(std::move(object));
    }
    return array;
}

boost::json::object ladder_json(LadderView const& ladder, std::vector<Note> const& notes)
{
    boost::json::array rungs;
    for (auto const rung : k_rungs)
        rungs.emplace_back(rung);
    boost::json::value mine = nullptr;
    if (ladder.mine)
        mine = boost::json::object { { "rung", k_rungs[static_cast<std::size_t>(ladder.mine->rung - 1)] }, { "comment", ladder.mine->comment },
            { "updated_at", ladder.mine->updated_at } };
    boost::json::value comments = nullptr;
    if (ladder.comments) {
        boost::json::array texts;
        for (auto const& comment : *ladder.comments)
            texts.emplace_back(comment);
        comments = std::move(texts);
    }
    return { { "stage", ladder.stage }, { "rungs", std::move(rungs) }, { "mine", std::move(mine) }, { "can_rate", ladder.can_rate },
        { "respondents", ladder.all.respondents }, { "suppressed", ladder.all.suppressed }, { "mean", optional_number(ladder.all.mean) },
        { "by_group", groups_json(ladder.by_group) }, { "statutory", breakdown_json(ladder.statutory) }, { "community", breakdown_json(ladder.community) },
        { "gap", optional_number(ladder.gap) }, { "comments", std::move(comments) }, { "notes", notes_on(notes, "ladder") } };
}

boost::json::object experience_json(ExperienceView const& experience, std::vector<Note> const& notes)
{
    boost::json::array questions, by_question;
    for (auto const& question : experience.questions) {
        questions.push_back({ { "key", question.key }, { "text", question.text } });
        by_question.push_back({ { "key", question.key }, { "respondents", question.all.respondents }, { "suppressed", question.all.suppressed },
            { "mean", optional_number(question.all.mean) }, { "by_group", groups_json(question.by_group) } });
    }
    return { { "stage", experience.stage }, { "questions", std::move(questions) }, { "answered", experience.answered },
        { "can_answer", experience.can_answer }, { "respondents", experience.all.respondents }, { "suppressed", experience.all.suppressed },
        { "by_question", std::move(by_question) }, { "notes", notes_on(notes, "experience") } };
}

boost::json::object barometer_json(ProjectBarometer const& barometer)
{
    boost::json::array barriers;
    for (auto const& barrier : barometer.barriers) {
        boost::json::array figures, alerts;
        for (auto const& figure : barrier.figures)
            figures.push_back(figure_json(figure, barometer.notes));
        for (auto const& alert : barrier.alerts)
            alerts.push_back(alert_json(alert));
        barriers.push_back({ { "key", barrier.key }, { "state", state_text(barrier.state) }, { "figures", std::move(figures) },
            { "alerts", std::move(alerts) } });
    }
    boost::json::array reach_figures, reach_alerts;
    for (auto const& figure : barometer.reach.figures)
        reach_figures.push_back(figure_json(figure, barometer.notes));
    for (auto const& alert : barometer.reach.alerts)
        reach_alerts.push_back(alert_json(alert));
    boost::json::object reach { { "state", state_text(barometer.reach.state) }, { "answered", barometer.reach.suppressed ? boost::json::value(nullptr) : boost::json::value(barometer.reach.answered) },
        { "suppressed", barometer.reach.suppressed }, { "baseline_set", barometer.reach.baseline_set }, { "figures", std::move(reach_figures) }, { "alerts", std::move(reach_alerts) },
        { "notes", notes_on(barometer.notes, "reach") } };
    return { { "project_id", barometer.project_id }, { "title", barometer.title }, { "stage", barometer.stage }, { "computed_at", barometer.computed_at },
        { "small_number", barometer.small_number }, { "barriers", std::move(barriers) }, { "reach", std::move(reach) },
        { "ladder", ladder_json(barometer.ladder, barometer.notes) }, { "experience", experience_json(barometer.experience, barometer.notes) } };
}

boost::json::object overview_row_json(OverviewRow const& row)
{
    boost::json::array barriers;
    for (auto const& barrier : row.barriers)
        barriers.push_back({ { "key", barrier.key }, { "state", state_text(barrier.state) }, { "alerts", barrier.alerts } });
    return { { "project_id", row.project_id }, { "title", row.title }, { "stage", row.stage }, { "state", state_text(row.state) },
        { "alerts", row.alerts }, { "barriers", std::move(barriers) } };
}

boost::json::object settings_json(Settings const& settings)
{
    boost::json::object thresholds, defaults, baseline, wording;
    for (auto const& spec : figure_specs()) {
        if (!spec.when)
            continue;
        thresholds[spec.key] = threshold_of(settings, spec.key);
        defaults[spec.key] = spec.default_threshold;
    }
    for (auto const& [category, share] : settings.baseline)
        baseline[category] = share;
    for (auto const& [question, text] : settings.experience_wording)
        wording[question] = text;
    boost::json::array categories_array;
    for (auto const& category : categories())
        categories_array.emplace_back(category);
    return { { "small_number", settings.small_number }, { "thresholds", std::move(thresholds) }, { "reach_threshold", reach_threshold_of(settings) },
        { "baseline", std::move(baseline) }, { "experience_wording", std::move(wording) },
        { "defaults", { { "thresholds", std::move(defaults) }, { "reach_threshold", k_default_reach_threshold }, { "small_number", k_default_small_number } } },
        { "categories", std::move(categories_array) } };
}

boost::json::object demographics_json(Demographics const& demographics)
{
    auto value = [](std::optional<std::string> const& answer) { return answer ? boost::json::value(*answer) : boost::json::value(nullptr); };
    return { { "age", value(demographics.age) }, { "disability", value(demographics.disability) }, { "carer", value(demographics.carer) },
        { "ethnicity", value(demographics.ethnicity) } };
}

Response barometer_route(Services& services, RequestContext const& context)
{
    return http::with_id(context, [&](std::string const& id) {
        return http::respond(project_barometer(services.database, context.signed_in(), id), 200, barometer_json);
    });
}

Response overview_route(Services& services, RequestContext const& context)
{
    return http::list_response(context.request, [&](PageRequest const& page) { return overview(services.database, context.signed_in(), page); },
        overview_row_json);
}

Response trend_route(Services& services, RequestContext const& context)
{
    return http::with_id(context, [&](std::string const& id) {
        auto const figure = context.request.query_value("figure").value_or("");
        return http::respond(trend(services.database, context.signed_in(), id, figure), 200, [&](std::vector<SnapshotPoint> const& points) {
            boost::json::array array;
            for (auto const& point : points)
                array.push_back({ { "day", point.day }, { "value", optional_number(point.value) }, { "state", point.state } });
            return boost::json::object { { "figure", figure }, { "points", std::move(array) } };
        });
    });
}

// After a rating or an answer, the section as the reader now sees it.
template<typename Section>
Response section_after(Services& services, RequestContext const& context, std::string const& id, Section section)
{
    return http::respond(project_barometer(services.database, context.signed_in(), id), 200, section);
}

Response ladder_route(Services& services, RequestContext const& context)
{
    return http::with_id(context, [&](std::string const& id) {
        return http::with_form<LadderForm>(
            context.request,
            [&](LadderForm const& form) {
                if (auto rated = rate_ladder(services.database, context.signed_in(), id, form); !rated)
                    return Response::problem(rated.error());
                return section_after(services, context, id, [](ProjectBarometer const& barometer) { return ladder_json(barometer.ladder, barometer.notes); });
            });
    });
}

Response experience_route(Services& services, RequestContext const& context)
{
    return http::with_id(context, [&](std::string const& id) {
        return http::with_form<ExperienceForm>(
            context.request,
            [&](ExperienceForm const& form) {
                if (auto answered = answer_experience(services.database, context.signed_in(), id, form); !answered)
                    return Response::problem(answered.error());
                return section_after(
                    services, context, id, [](ProjectBarometer const& barometer) { return experience_json(barometer.experience, barometer.notes); });
            });
    });
}

Response get_settings_route(Services& services, RequestContext const& context)
{
    return http::respond(get_settings(services.database, context.signed_in()), 200, settings_json);
}

Response put_settings_route(Services& services, RequestContext const& context)
{
    if (!context.signed_in().is_convener())
        return Response::problem(Error::forbidden("Only conveners change the barometer's settings."));
    return http::submit<SettingsForm>(
        context.request, 200, [&](SettingsForm const& form) { return change_settings(services.database, context.signed_in(), form); },
        settings_json);
}

Response note_route(Services& services, RequestContext const& context)
{
    return http::with_id(context, [&](std::string const& id) {
        return http::submit<NoteForm>(
            context.request, 201, [&](NoteForm const& form) { return add_note(services.database, context.signed_in(), id, form); },
            note_json);
    });
}

Response get_demographics_route(Services& services, RequestContext const& context)
{
    return http::respond(my_demographics(services.database, context.signed_in()), 200, demographics_json);
}

Response put_demographics_route(Services& services, RequestContext const& context)
{
    return http::submit<DemographicsForm>(
        context.request, 200, [&](DemographicsForm const& form) { return set_demographics(services.database, context.signed_in(), form); },
        demographics_json);
}

}

void register_routes(http::Router& router, Services& services)
{
    router.add({ "GET", "/api/v1/projects/{id}/barometer", Access::Session, bound(services, barometer_route),
        { "The co-production barometer of a project: six barriers, reach, the ladder and experience, each figure with how it was worked out",
            "barometer", "", "ProjectBarometer", 200 } });
    router.add({ "GET", "/api/v1/barometer", Access::Session, bound(services, overview_route),
        { "The barometer of every project, one row each, newest first", "barometer", "", "BarometerOverview", 200, { "limit", "after" } } });
    router.add({ "GET", "/api/v1/projects/{id}/barometer/trend", Access::Session, bound(services, trend_route),
        { "A figure's daily snapshots over the project's life", "barometer", "", "BarometerTrend", 200, { "figure" }, { 422 } } });
    router.add({ "PUT", "/api/v1/projects/{id}/ladder", Access::Session, bound(services, ladder_route),
        { "Rate the project on the ladder of co-production (members, once per stage)", "barometer", "LadderRating", "Ladder", 200, {}, { 409, 422 } } });
    router.add({ "PUT", "/api/v1/projects/{id}/experience", Access::Session, bound(services, experience_route),
        { "Answer the partners' experience questions, anonymously (members, once per stage)", "barometer", "ExperienceAnswers", "Experience", 200, {},
            { 409, 422 } } });
    router.add({ "GET", "/api/v1/barometer/settings", Access::Session, bound(services, get_settings_route),
        { "The barometer's thresholds, population baseline, small-number threshold and wording", "barometer", "", "BarometerSettings", 200 } });
    router.add({ "PUT", "/api/v1/barometer/settings", Access::Session, bound(services, put_settings_route),
        { "Change the barometer's settings (conveners)", "barometer", "BarometerSettingsUpdate", "BarometerSettings", 200, {}, { 422 } } });
    router.add({ "POST", "/api/v1/projects/{id}/barometer/notes", Access::Session, bound(services, note_route),
        { "Attach a note to a figure", "barometer", "BarometerNoteCreate", "BarometerNote", 201, {}, { 422 } } });
    router.add({ "GET", "/api/v1/me/demographics", Access::Session, bound(services, get_demographics_route),
        { "Your own answers about yourself, for reach (optional)", "barometer", "", "Demographics", 200 } });
    router.add({ "PUT", "/api/v1/me/demographics", Access::Session, bound(services, put_demographics_route),
        { "Change your own answers about yourself (optional, self-declared)", "barometer", "Demographics", "Demographics", 200, {}, { 422 } } });
}

}
