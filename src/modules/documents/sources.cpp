#include "modules/documents/sources.hpp"

#include <algorithm>

#include "core/crypto.hpp"
#include "modules/contributions/queries.hpp"
#include "modules/decisions/queries.hpp"
#include "modules/engagement/queries.hpp"
#include "modules/surveys/queries.hpp"

namespace rt::documents {

std::optional<Traced> find_source(soci::session& sql, std::string const& partnership_id, std::vector<Section> const& draft, std::string const& kind,
    std::string const& id)
{
    if (kind == "contribution")
        return contributions::contribution_traced(sql, partnership_id, id);
    if (kind == "need")
        return contributions::need_traced(sql, partnership_id, id);
    if (kind == "decision")
        return decisions::decision_traced(sql, partnership_id, id);
    if (kind == "activity")
        return engagement::minutes_traced(sql, partnership_id, id);
    if (kind == "survey_question") {
        auto const slash = id.find('/');
        if (slash == std::string::npos)
            return std::nullopt;
        return surveys::question_traced(sql, partnership_id, id.substr(0, slash), id.substr(slash + 1));
    }
    if (kind == "section") {
        auto const found = std::ranges::find(draft, id, &Section::id);
        if (found == draft.end())
            return std::nullopt;
        return Traced { "", found->heading, found->body, found->owner_group.value_or(""), found->updated_at, found->heading + "\n" + found->body };
    }
    return std::nullopt;
}

std::string fingerprint_of(Traced const& source)
{
    return sha256_hex(source.substance);
}

Sources sources_now(db::Database& database, soci::session& sql, std::string const& partnership_id, std::vector<Section> const& draft,
    std::vector<SectionLink> const& links)
{
    Sources sources;
    std::vector<std::string> contribution_ids;
    for (auto const& link : links) {
        if (link.source_kind == "contribution") {
            contribution_ids.push_back(link.source_id);
            continue;
        }
        std::pair<std::string, std::string> key { link.source_kind, link.source_id };
        if (sources.contains(key))
            continue;
        if (auto source = find_source(sql, partnership_id, draft, link.source_kind, link.source_id))
            sources.emplace(std::move(key), std::move(*source));
    }
    std::ranges::sort(contribution_ids);
    auto const repeated = std::ranges::unique(contribution_ids);
    contribution_ids.erase(repeated.begin(), repeated.end());
    for (auto& [id, source] : contributions::contributions_traced(database, partnership_id, contribution_ids))
        sources.emplace(std::pair<std::string, std::string> { "contribution", id }, std::move(source));
    return sources;
}

Fingerprints fingerprints_of(Sources const& sources)
{
    Fingerprints fingerprints;
    for (auto const& [key, source] : sources)
        fingerprints.emplace(key, fingerprint_of(source));
    return fingerprints;
}

}
