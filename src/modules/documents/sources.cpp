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

Fingerprints fingerprints_now(soci::session& sql, std::string const& partnership_id, std::vector<Section> const& draft,
    std::vector<SectionLink> const& links)
{
    Fingerprints now;
    for (auto const& link : links) {
        std::pair<std::string, std::string> key { link.source_kind, link.source_id };
        if (now.contains(key))
            continue;
        if (auto source = find_source(sql, partnership_id, draft, link.source_kind, link.source_id))
            now.emplace(std::move(key), fingerprint_of(*source));
    }
    return now;
}

}
