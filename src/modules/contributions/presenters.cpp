#include "modules/contributions/presenters.hpp"

#include <cmath>

#include "core/form.hpp"

namespace rt::contributions {

namespace {

boost::json::value optional_json(std::optional<std::string> const& value)
{
    return value ? boost::json::value(*value) : boost::json::value(nullptr);
}

}

double rounded(double value)
{
    return std::round(value * 1000.0) / 1000.0;
}

boost::json::object contribution_json(Contribution const& contribution, std::string const& viewer_id)
{
    boost::json::value author = nullptr;
    if (!contribution.anonymous && contribution.author_person_id)
        author = boost::json::object { { "id", *contribution.author_person_id }, { "name", contribution.author_name } };
    boost::json::value recorder = nullptr;
    if (contribution.recorded_by)
        recorder = boost::json::object { { "id", *contribution.recorded_by }, { "name", contribution.recorder_name } };
    return {
        { "id", contribution.id },
        { "project_id", contribution.project_id },
        { "kind", contribution.kind },
        { "text", contribution.text },
        { "group", contribution.group },
        { "source", contribution.source },
        { "activity_id", optional_json(contribution.activity_id) },
        { "survey_id", optional_json(contribution.survey_id) },
        { "anonymous", contribution.anonymous },
        { "author", std::move(author) },
        { "recorded_by", std::move(recorder) },
        { "tags", to_json_array(contribution.tags) },
        { "status", contribution.status },
        { "response", contribution.response },
        { "responded_at", optional_json(contribution.responded_at) },
        { "created_at", contribution.created_at },
        { "mine", contribution.author_person_id && *contribution.author_person_id == viewer_id },
    };
}

boost::json::object shaped_json(Shaped const& shaped)
{
    return {
        { "from_type", shaped.link.from_type },
        { "from_id", shaped.link.from_id },
        { "title", shaped.link.title },
        { "via", shaped.via },
        { "need_id", optional_json(shaped.need_id) },
        { "created_at", shaped.link.created_at },
    };
}

boost::json::object detail_json(ContributionDetail const& detail, std::string const& viewer_id)
{
    auto object = contribution_json(detail.contribution, viewer_id);
    boost::json::array history, needs, shaped, wordings;
    for (auto const& wording : detail.earlier_wordings)
        wordings.push_back({ { "text", wording.text }, { "replaced_at", wording.replaced_at } });
    for (auto const& entry : detail.history)
        history.push_back({ { "status", entry.status }, { "response", entry.response }, { "at", entry.at } });
    for (auto const& need : detail.needs)
        needs.push_back({ { "id", need.id }, { "title", need.title } });
    for (auto const& entry : detail.shaped)
        shaped.push_back(shaped_json(entry));
    object["history"] = std::move(history);
    object["earlier_wordings"] = std::move(wordings);
    object["needs"] = std::move(needs);
    object["shaped"] = std::move(shaped);
    if (!detail.project_title.empty())
        object["project_title"] = detail.project_title;
    return object;
}

}
