// The care provider's seed text, as a third demo project: Meadowbank Care's
// living strategy, written with its customers and staff. It shows what the
// first two projects cannot yet: contributions heard at a tea-and-talk
// session (one recorded for Rose, who has no account), the answers given to
// each, a need with its evidence, and a consent decision that customers'
// words shaped, so "you said, we did" has something to say. Attendance at the
// session offers payment to those not paid by an employer to be there.
//
// Every step goes through the same forms and commands as the API, from the
// JSON a client would send, so the demo cannot hold what the API would refuse.

#include "app/demo_parts.hpp"

#include <boost/json.hpp>

#include "core/time.hpp"
#include "modules/contributions/commands.hpp"
#include "modules/decisions/commands.hpp"
#include "modules/documents/commands.hpp"
#include "modules/documents/forms.hpp"
#include "modules/engagement/commands.hpp"
#include "modules/projects/commands.hpp"

namespace rt::app {

namespace {

template<typename Form>
Result<Form> form_from(boost::json::value const& body)
{
    return Form::read(body.as_object());
}

std::string time_days_ago(double days)
{
    return format_time(now() - std::chrono::milliseconds { static_cast<long long>(days * 86'400'000) });
}

}

namespace {

Status seed_demo_strategy_document(db::Database& database, Actor const& writer, std::string const& project_id, std::vector<std::string> const& said,
    std::string const& need_id, std::string const& decision_id, Actor const& beth);

}

Status seed_demo_living_strategy(db::Database& database, Actor const& convener, std::map<std::string_view, std::string>& people,
    std::filesystem::path const& files_dir)
{
    auto as = [&](std::string_view person) { return Actor { people[person], convener.partnership_id, Role::Member, "", "" }; };
    auto const helen = as("Helen Clarke");

    auto project_form = form_from<projects::ProjectForm>(boost::json::value {
        { "title", "A living strategy with Meadowbank's customers and staff" },
        { "summary", "Meadowbank Care wants its plans to be written with the people who use its services and the people who work there. "
                     "We keep the plan up to date as we hear from you." },
        { "need", "Customers and care workers said the old plan was written for them, not with them." },
        { "population", "Meadowbank Care's home-care and day-service customers, their families, and its staff" },
        { "interests", { "home-care", "day-services" } },
        { "charter",
            { { "required_groups", { "provider", "staff", "service_users_carers", "vcs" } },
                { "co_leads", { { { "person_id", people["Helen Clarke"] }, { "group", "provider" } },
                                  { { "person_id", people["Kofi Mensah"] }, { "group", "staff" } } } } } },
    });
    if (!project_form)
        return std::unexpected(project_form.error());
    auto project = days_ago(60, [&] { return projects::create_project(database, convener, *project_form); });
    if (!project)
        return std::unexpected(project.error());
    auto const project_id = project->id;

    for (auto const& [person, group] : { std::pair { "Joan Price", "service_users_carers" }, { "Rose Adeyemi", "service_users_carers" },
             { "Beth Morgan", "vcs" } }) {
        projects::InviteeForm member;
        member.person_id = people[person];
        member.group = group;
        if (auto added = days_ago(58, [&] { return projects::add_member(database, convener, project_id, member); }); !added)
            return std::unexpected(added.error());
    }

    // The tea-and-talk session, six weeks ago.
    auto tea_form = form_from<engagement::ActivityForm>(boost::json::value {
        { "kind", "tea_and_talk" },
        { "title", "Tea and talk: what should Meadowbank do better?" },
        { "purpose", "Tea, cake and a chat about your care. Tell us what works, what does not, and what you would change." },
        { "starts_at", time_days_ago(42) },
        { "ends_at", time_days_ago(42 - 2.0 / 24) },
        { "venue", { { "address", "Meadowbank Day Centre, 3 Orchard Road" }, { "features", { "step-free", "hearing-loop", "quiet-room" } } } },
        { "languages", { "en" } },
    });
    if (!tea_form)
        return std::unexpected(tea_form.error());
    auto tea = days_ago(50, [&] { return engagement::create_activity(database, helen, project_id, *tea_form); });
    if (!tea)
        return std::unexpected(tea.error());
    // Helen and Kofi are paid by Meadowbank to be there; Rose and Beth are offered payment.
    for (auto const* person : { "Helen Clarke", "Kofi Mensah", "Rose Adeyemi", "Beth Morgan" }) {
        engagement::AttendanceForm attended;
        attended.person_id = people[person];
        if (auto done = days_ago(41.9, [&] { return engagement::record_attendance(database, helen, tea->id, attended); }); !done)
            return done;
    }

    struct Said {
        std::string_view person;
        boost::json::value body;
    };
    std::vector<Said> const said {
        // Grace wrote down what Rose said, in her words.
        { "Grace Mensah",
            { { "kind", "need" }, { "text", "I want the same carers most days. Then I do not have to explain everything again." },
                { "group", "service_users_carers" }, { "source", "activity" }, { "activity_id", tea->id }, { "person_id", people["Rose Adeyemi"] },
                { "tags", { "regular-carers" } } } },
        { "Kofi Mensah",
            { { "kind", "idea" }, { "text", "Customers could sit on the interview panel when we hire new care workers." }, { "group", "staff" },
                { "source", "activity" }, { "activity_id", tea->id }, { "person_id", people["Kofi Mensah"] }, { "tags", { "recruitment" } } } },
        { "Beth Morgan",
            { { "kind", "concern" }, { "text", "Some customers will not speak up in a big forum. Small tea-and-talk groups work better for them." },
                { "group", "vcs" }, { "tags", { "forum" } } } },
        { "Kofi Mensah",
            { { "kind", "experience" }, { "text", "Visits are booked too close together, so we rush, and customers notice." }, { "group", "staff" },
                { "anonymous", true }, { "tags", { "regular-carers", "rotas" } } } },
        { "Helen Clarke",
            { { "kind", "question" }, { "text", "Would customers like the forum to meet online as well as in the day centre?" },
                { "group", "provider" }, { "tags", { "forum" } } } },
    };
    std::vector<std::string> ids;
    for (auto const& item : said) {
        auto form = form_from<contributions::ContributionForm>(item.body);
        if (!form)
            return std::unexpected(form.error());
        auto const actor = item.person == "Grace Mensah" ? convener : as(item.person);
        auto made = days_ago(41.8, [&] { return contributions::create_contribution(database, actor, project_id, *form); });
        if (!made)
            return std::unexpected(made.error());
        ids.push_back(made->id);
    }

    struct Answer {
        std::size_t contribution;
        std::string_view status;
        std::string_view response;
    };
    std::vector<Answer> const answers {
        { 0, "partly_adopted",
            "Each customer now has a small team of no more than three regular carers. We cannot promise the same person every day, "
            "because of holidays and sickness." },
        { 1, "adopted", "Customers now sit on every interview panel for care workers. See the decision below." },
        { 2, "considered", "We are trying small groups at the next two forums and will ask how they went." },
        { 3, "adopted", "Visits now have 15 minutes of travel time between them on every rota." },
        { 4, "not_adopted",
            "We asked at the forum and most customers would rather meet in person. We will keep meeting in the day centre and post the notes "
            "to anyone who cannot come." },
    };
    for (auto const& answer : answers) {
        auto form = form_from<contributions::ResponseForm>(boost::json::value { { "status", answer.status }, { "response", answer.response } });
        if (!form)
            return std::unexpected(form.error());
        if (auto done = days_ago(30, [&] { return contributions::respond(database, helen, ids[answer.contribution], *form); }); !done)
            return std::unexpected(done.error());
    }

    projects::StageForm to_design { "design", "We heard from customers, staff and the community sector at tea and talk. Now we plan the changes together.", false };
    if (auto moved = days_ago(36, [&] { return projects::move_stage(database, helen, project_id, to_design); }); !moved)
        return std::unexpected(moved.error());

    auto need = form_from<contributions::NeedForm>(boost::json::value {
        { "title", "Seeing the same carers" },
        { "description", "Customers want to know who is coming. Care workers want time to get to know them." },
        { "communities", { "older-people", "home-care" } },
        { "contribution_ids", { ids[0], ids[3] } },
    });
    if (!need)
        return std::unexpected(need.error());
    auto const same_carers = days_ago(35, [&] { return contributions::create_need(database, helen, project_id, *need); });
    if (!same_carers)
        return std::unexpected(same_carers.error());

    // Kofi's idea becomes a proposal; every group consents; Helen closes it.
    // Read as it was written, four weeks ago, when its closing time was still to come.
    auto const closes_at = time_days_ago(21);
    auto proposal_form = days_ago(28, [&] { return form_from<decisions::ProposalForm>(boost::json::value {
        { "title", "Customers on interview panels" },
        { "text", "Two customers will sit on every interview panel for care workers. They get the same questions and the same say as staff. "
                  "We pay them for their time." },
        { "method", "consent" },
        { "closes_at", closes_at },
        { "contribution_ids", { ids[1] } },
        { "group", "staff" },
    }); });
    if (!proposal_form)
        return std::unexpected(proposal_form.error());
    auto proposal = days_ago(28, [&] { return decisions::create_proposal(database, as("Kofi Mensah"), project_id, *proposal_form); });
    if (!proposal)
        return std::unexpected(proposal.error());
    struct Vote {
        std::string_view person;
        std::string_view position;
        std::string_view comment;
    };
    std::vector<Vote> const votes {
        { "Kofi Mensah", "agree", "" },
        { "Helen Clarke", "agree", "" },
        { "Joan Price", "agree", "I would like to be on a panel." },
        { "Beth Morgan", "concern", "Panel members will need a short training session first." },
    };
    for (auto const& vote : votes) {
        auto form = form_from<decisions::VoteForm>(boost::json::value { { "position", vote.position }, { "comment", vote.comment } });
        if (!form)
            return std::unexpected(form.error());
        if (auto cast = days_ago(25, [&] { return decisions::cast_vote(database, as(vote.person), proposal->id, *form); }); !cast)
            return cast;
    }
    auto close = form_from<decisions::CloseForm>(boost::json::value {
        { "rationale", "Every group agreed. Beth's concern is answered: panel members get a training session before their first panel." } });
    if (!close)
        return std::unexpected(close.error());
    auto const decision = days_ago(20, [&] { return decisions::close_proposal(database, helen, proposal->id, *close); });
    if (!decision)
        return std::unexpected(decision.error());

    // The strategy itself: four objectives, each traced to what was said at
    // tea and talk, published; then Beth corrects her words, so one link is
    // suspect until Helen or Kofi looks at it again.
    if (auto written = seed_demo_strategy_document(database, helen, project_id, ids, same_carers->id, *decision, as("Beth Morgan")); !written)
        return written;
    return seed_demo_hug_in_a_mug(database, convener, people, project_id, files_dir);
}

namespace {

Status seed_demo_strategy_document(db::Database& database, Actor const& writer, std::string const& project_id, std::vector<std::string> const& said,
    std::string const& need_id, std::string const& decision_id, Actor const& beth)
{
    auto document_form = form_from<documents::DocumentForm>(
        boost::json::value { { "title", "Meadowbank Care strategy" }, { "kind", "strategy" }, { "project_id", project_id } });
    if (!document_form)
        return std::unexpected(document_form.error());
    auto document = days_ago(19, [&] { return documents::create_document(database, writer, *document_form); });
    if (!document)
        return std::unexpected(document.error());
    auto add = [&](boost::json::object body) -> Result<std::string> {
        auto form = documents::SectionForm::read(body, documents::SectionForm::Purpose::Create);
        if (!form)
            return std::unexpected(form.error());
        auto made = days_ago(19, [&] { return documents::add_section(database, writer, document->id, *form); });
        if (!made)
            return std::unexpected(made.error());
        return made->id;
    };
    auto link = [&](std::string const& section, std::string_view kind, std::string const& source) -> Status {
        auto form = form_from<documents::LinkForm>(boost::json::value { { "source_kind", kind }, { "source_id", source } });
        if (!form)
            return std::unexpected(form.error());
        auto made = days_ago(19, [&] { return documents::add_link(database, writer, section, *form); });
        if (!made)
            return std::unexpected(made.error());
        return {};
    };

    auto intro = add({ { "kind", "text" }, { "heading", "How we wrote this" },
        { "body", "Customers, families, carers and care workers told us what matters at tea and talk sessions, in surveys and at the forum. "
                  "Each part of this plan shows what was said that shaped it. We keep it up to date as we hear more." } });
    if (!intro)
        return std::unexpected(intro.error());
    struct Objective {
        boost::json::object section;
        std::vector<std::pair<std::string_view, std::string>> sources;
        std::optional<boost::json::object> action;
        std::string_view action_status;
    };
    std::vector<Objective> const objectives {
        { { { "kind", "objective" }, { "heading", "Customers see the same carers" },
              { "body", "Each customer has a small team of regular carers, so they do not have to explain everything again." },
              { "owner_group", "provider" }, { "review_on", format_time(now() + std::chrono::days { 90 }).substr(0, 10) },
              { "measure", "Most visits are by one of the customer's regular carers." } },
            { { "need", need_id }, { "contribution", said[0] } },
            boost::json::object { { "kind", "action" }, { "heading", "Teams of no more than three regular carers" } }, "done" },
        { { { "kind", "objective" }, { "heading", "Customers help choose who cares for them" },
              { "body", "Customers sit on every interview panel for care workers, with the same say as staff." }, { "owner_group", "service_users_carers" },
              { "measure", "Every interview panel has two customers on it." } },
            { { "decision", decision_id }, { "contribution", said[1] } },
            boost::json::object { { "kind", "action" }, { "heading", "Train customers for interview panels" } }, "on_track" },
        { { { "kind", "objective" }, { "heading", "Everyone can have their say, in the way that suits them" },
              { "body", "We meet in small groups as well as at the forum, so quieter customers are heard too." }, { "owner_group", "vcs" },
              { "measure", "Customers who do not come to the forum still take part." } },
            { { "contribution", said[2] }, { "contribution", said[4] } },
            boost::json::object { { "kind", "action" }, { "heading", "Try small groups at the next two forums" } }, "on_track" },
        { { { "kind", "objective" }, { "heading", "Care workers have time to care" },
              { "body", "Rotas leave time to travel between visits, so nobody has to rush." }, { "owner_group", "staff" },
              { "measure", "No rota has visits without travel time between them." } },
            { { "contribution", said[3] } },
            boost::json::object { { "kind", "action" }, { "heading", "15 minutes of travel time between visits" } }, "done" },
    };
    std::vector<std::pair<std::string, std::string_view>> progress; // each action's status, recorded after publishing
    for (auto const& objective : objectives) {
        auto id = add(objective.section);
        if (!id)
            return std::unexpected(id.error());
        for (auto const& [kind, source] : objective.sources)
            if (auto linked = link(*id, kind, source); !linked)
                return linked;
        auto action = *objective.action;
        action["parent_id"] = *id;
        auto action_id = add(action);
        if (!action_id)
            return std::unexpected(action_id.error());
        if (auto linked = link(*action_id, "section", *id); !linked)
            return linked;
        progress.emplace_back(*action_id, objective.action_status);
        progress.emplace_back(*id, "on_track");
    }
    auto publish = form_from<documents::PublishForm>(boost::json::value { { "note", "Our first strategy written with customers and staff." } });
    if (!publish)
        return std::unexpected(publish.error());
    if (auto published = days_ago(18, [&] { return documents::publish(database, writer, document->id, *publish); }); !published)
        return std::unexpected(published.error());
    for (auto const& [action_id, status] : progress) {
        auto form = form_from<documents::ProgressForm>(boost::json::value { { "status", status }, { "note", "" } });
        if (!form)
            return std::unexpected(form.error());
        if (auto recorded = days_ago(12, [&] { return documents::record_progress(database, writer, action_id, *form); }); !recorded)
            return std::unexpected(recorded.error());
    }

    auto correction = form_from<contributions::CorrectionForm>(boost::json::value {
        { "text", "Some customers will not speak up in a big forum. Small tea-and-talk groups, or a chat at home, work better for them." } });
    if (!correction)
        return std::unexpected(correction.error());
    if (auto corrected = days_ago(6, [&] { return contributions::correct_contribution(database, beth, said[2], *correction); }); !corrected)
        return std::unexpected(corrected.error());
    return {};
}

}

}
