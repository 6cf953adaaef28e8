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

Status seed_demo_living_strategy(db::Database& database, Actor const& convener, std::map<std::string_view, std::string>& people)
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
    if (auto made = days_ago(35, [&] { return contributions::create_need(database, helen, project_id, *need); }); !made)
        return std::unexpected(made.error());

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
    if (auto closed = days_ago(20, [&] { return decisions::close_proposal(database, helen, proposal->id, *close); }); !closed)
        return std::unexpected(closed.error());
    return {};
}

}
