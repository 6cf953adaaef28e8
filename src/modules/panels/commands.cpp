#include "modules/panels/commands.hpp"

#include <algorithm>

#include "core/ids.hpp"
#include "core/time.hpp"
#include "modules/panels/permissions.hpp"
#include "modules/panels/store.hpp"
#include "modules/partnership/queries.hpp"
#include "modules/privacy/audit.hpp"
#include "modules/projects/queries.hpp"

namespace rt::panels {

namespace {

// The candidate must be on this panel (422 otherwise); the actor must sit on it.
Result<Panel> judged_by(soci::session& sql, Actor const& actor, std::string const& panel_id, std::string const& candidate_id)
{
    auto seen = see_panel(sql, actor, panel_id);
    if (!seen)
        return std::unexpected(seen.error());
    if (!can_judge(seen->sits_on_it))
        return std::unexpected(Error::forbidden("Only the panel's members do this."));
    auto const candidates = store::candidates(sql, panel_id);
    if (std::ranges::find(candidates, candidate_id, &Candidate::id) == candidates.end())
        return std::unexpected(Error::invalid_field("candidate_id", "Choose a candidate of this panel."));
    return std::move(seen->panel);
}

}

Result<PanelView> create_panel(db::Database& database, Actor const& actor, PanelForm const& form)
{
    if (!can_set_up_panels(actor))
        return std::unexpected(Error::forbidden("Only conveners set up panels."));
    return database.write([&](soci::session& sql) -> Result<PanelView> {
        if (form.project_id && !projects::find_project(sql, actor.partnership_id, *form.project_id))
            return std::unexpected(Error::invalid_field("project_id", "Choose a project of this partnership."));
        for (auto const& member : form.members) {
            auto const person = partnership::find_person(sql, actor.partnership_id, member.person_id);
            if (!person || std::ranges::find(person->groups, member.group) == person->groups.end())
                return std::unexpected(Error::invalid_field("members", "Each member must be in this partnership and in the group given."));
        }
        Panel panel { new_id(), actor.partnership_id, form.project_id, form.title, form.purpose, form.kind, form.criteria, now_text() };
        store::insert_panel(sql, panel, actor.person_id);
        for (auto const& member : form.members)
            store::insert_member(sql, actor.partnership_id, panel.id, member);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "panel.created", "panel", panel.id });
        return panel_view(sql, actor, std::move(panel), true);
    });
}

Result<Candidate> add_candidate(db::Database& database, Actor const& actor, std::string const& panel_id, CandidateForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<Candidate> {
        if (auto seen = see_panel(sql, actor, panel_id); !seen)
            return std::unexpected(seen.error());
        if (!can_add_candidates(actor))
            return std::unexpected(Error::forbidden("Only conveners add candidates."));
        Candidate candidate { new_id(), form.name, form.details, now_text() };
        store::insert_candidate(sql, actor.partnership_id, panel_id, candidate);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "panel.candidate_added", "panel", panel_id, std::nullopt, candidate.id });
        return candidate;
    });
}

Result<Conflict> declare_conflict(db::Database& database, Actor const& actor, std::string const& panel_id, ConflictForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<Conflict> {
        privacy::lock_for_change(sql, actor.partnership_id); // declaring and scoring take turns
        if (auto panel = judged_by(sql, actor, panel_id, form.candidate_id); !panel)
            return std::unexpected(panel.error());
        Conflict conflict { actor.person_id, form.candidate_id, form.reason, now_text() };
        store::insert_conflict(sql, actor.partnership_id, panel_id, conflict);
        store::delete_score(sql, panel_id, actor.person_id, form.candidate_id);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "panel.conflict_declared", "panel", panel_id, std::nullopt, form.candidate_id });
        return conflict;
    });
}

Result<Scored> score_candidate(db::Database& database, Actor const& actor, std::string const& panel_id, ScoreForm const& form)
{
    return database.write([&](soci::session& sql) -> Result<Scored> {
        privacy::lock_for_change(sql, actor.partnership_id);
        auto panel = judged_by(sql, actor, panel_id, form.candidate_id);
        if (!panel)
            return std::unexpected(panel.error());
        auto const conflicts = store::conflicts(sql, panel_id);
        if (std::ranges::any_of(conflicts, [&](Conflict const& c) { return c.person_id == actor.person_id && c.candidate_id == form.candidate_id; })) {
            auto error = Error::forbidden("You declared a conflict of interest with this candidate, so you do not score them.");
            error.code = "conflict_of_interest";
            return std::unexpected(error);
        }
        PanelScore score { actor.person_id, "", form.candidate_id, {}, now_text() };
        Scored scored { form.candidate_id, {}, score.updated_at };
        for (auto const& criterion : panel->criteria) {
            auto const* value = form.scores.if_contains(criterion.id);
            if (!value || !value->is_int64() || value->get_int64() < 0 || value->get_int64() > 5)
                return std::unexpected(Error::invalid_field("scores", "Score every criterion from 0 to 5."));
            score.scores.push_back(static_cast<int>(value->get_int64()));
            scored.by_criterion.emplace_back(criterion.id, score.scores.back());
        }
        if (form.scores.size() != panel->criteria.size())
            return std::unexpected(Error::invalid_field("scores", "Score only this panel's criteria."));
        store::save_score(sql, actor.partnership_id, panel_id, score);
        privacy::record(sql, actor.partnership_id, actor.person_id, { "panel.scored", "panel", panel_id, std::nullopt, form.candidate_id });
        return scored;
    });
}

}
