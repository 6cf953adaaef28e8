// Proposals, votes, decisions and panels: quorum of every group, one vote
// per person under concurrency, objections that block until withdrawn or
// answered by an amendment, and panels where conflicts exclude.

#include <thread>

#include <boost/json.hpp>

#include "support/api_fixture.hpp"

namespace rt::test {
namespace {

class DecisionsApi : public ApiTest {
protected:
    // A project needing the council, the VCS and residents, with a member of
    // each: Mo (residents), a volunteer (VCS) and an officer (council).
    struct Setup {
        std::string project;
        NewPerson volunteer;
        NewPerson officer;
    };

    static Setup make_project(std::string const& title)
    {
        auto convener = convener_a();
        EXPECT_EQ(convener.patch("/api/v1/people/" + s_convener_a_id, boost::json::value { { "groups", { "local_authority" } }, { "organisation_ids", { organisation_of_sector("local_authority") } } }).status, 200);
        auto cora = convener.post("/api/v1/people", boost::json::value { { "name", "Cora Colead" }, { "groups", { "residents" } } });
        auto const response = convener.post("/api/v1/projects",
            boost::json::value { { "title", title }, { "summary", "Decide together." }, { "interests", { "no-match-decisions" } },
                { "charter", { { "required_groups", { "local_authority", "vcs", "residents" } }, { "decision_rule", "consent" },
                                 { "co_leads", { { { "person_id", s_convener_a_id }, { "group", "local_authority" } },
                                                   { { "person_id", text(cora.json().at("id")) }, { "group", "residents" } } } } } } });
        EXPECT_EQ(response.status, 201) << response.body;
        Setup setup { text(response.json().at("id")), person_with_session("Val Volunteer", "vcs"), person_with_session("Otto Officer", "local_authority") };
        for (auto const& [id, group] : { std::pair { s_member_a_id, "residents" }, std::pair { setup.volunteer.id, "vcs" },
                 std::pair { setup.officer.id, "local_authority" } }) {
            auto const added = convener.post("/api/v1/projects/" + setup.project + "/members", boost::json::value { { "person_id", id }, { "group", group } });
            EXPECT_EQ(added.status, 201) << added.body;
        }
        return setup;
    }

    static std::string propose(HttpClient& client, std::string const& project, boost::json::object extra = {})
    {
        boost::json::object body { { "title", "Open the centre on Saturdays" }, { "text", "The day centre opens 10am to 2pm on Saturdays." },
            { "closes_at", "2031-01-01T00:00:00Z" } };
        for (auto const& [key, value] : extra)
            body[key] = value;
        auto const response = client.post("/api/v1/projects/" + project + "/proposals", boost::json::value(body));
        EXPECT_EQ(response.status, 201) << response.body;
        return text(response.json().at("id"));
    }

    static HttpResponse vote(HttpClient& client, std::string const& proposal, boost::json::object body)
    {
        return client.post("/api/v1/proposals/" + proposal + "/votes", boost::json::value(std::move(body)));
    }
};

TEST_F(DecisionsApi, ConsentWithAnObjectionAnAmendmentAndADecisionRecord)
{
    auto setup = make_project("Consent project");
    auto member = member_a();
    auto const evidence = member.post("/api/v1/projects/" + setup.project + "/contributions",
        boost::json::value { { "kind", "idea" }, { "text", "Weekends are lonely: open on Saturdays." } });
    ASSERT_EQ(evidence.status, 201);
    auto const contribution = text(evidence.json().at("id"));
    auto const id = propose(member, setup.project, { { "contribution_ids", { contribution } } });

    EXPECT_EQ(vote(member, id, { { "position", "agree" } }).status, 200);
    EXPECT_EQ(vote(setup.officer.client, id, { { "position", "agree" }, { "comment", "Staff can cover." } }).status, 200);
    // An objection must say why.
    EXPECT_EQ(error_fields(vote(setup.volunteer.client, id, { { "position", "object" } })), std::vector<std::string> { "reason" });
    auto const objected = vote(setup.volunteer.client, id, { { "position", "object" }, { "reason", "Our volunteers cannot do Saturdays." } });
    ASSERT_EQ(objected.status, 200) << objected.body;
    EXPECT_EQ(objected.json().at("tally").at("passed"), false);
    EXPECT_EQ(objected.json().at("objections").as_array()[0].at("status"), "standing");

    // Amended: the objection to version 1 is answered by the amendment.
    auto const amended = member.patch("/api/v1/proposals/" + id,
        boost::json::value { { "text", "The day centre opens 10am to 2pm on Saturdays, run by paid staff." } });
    ASSERT_EQ(amended.status, 200) << amended.body;
    EXPECT_EQ(amended.json().at("version"), 2);
    EXPECT_EQ(amended.json().at("objections").as_array()[0].at("status"), "resolved_by_amendment");
    // The objector's vote was about the old wording: it leaves the count, and the VCS, whose only
    // voter she was, must vote on the new wording before the proposal can pass.
    EXPECT_EQ(amended.json().at("tally").at("passed"), false);
    EXPECT_EQ(amended.json().at("tally").at("missing_groups"), (boost::json::array { "vcs" }));
    EXPECT_TRUE(setup.volunteer.client.get("/api/v1/proposals/" + id).json().at("my_vote").is_null());
    EXPECT_EQ(member.get("/api/v1/proposals/" + id).json().at("votes").as_array().size(), 2u);
    // Objecting again to the new version blocks again; withdrawing it clears it.
    vote(setup.volunteer.client, id, { { "position", "object" }, { "reason", "Still no." } });
    EXPECT_EQ(member.get("/api/v1/proposals/" + id).json().at("tally").at("passed"), false);
    auto const withdrawn = vote(setup.volunteer.client, id, { { "position", "agree" } });
    EXPECT_EQ(withdrawn.json().at("objections").as_array()[1].at("status"), "withdrawn");

    // Only organisers close; the record keeps the positions and the objections.
    EXPECT_EQ(member.post("/api/v1/proposals/" + id + "/close", boost::json::value { { "rationale", "x" } }).json().at("code"), "forbidden");
    auto const closed = convener_a().post("/api/v1/proposals/" + id + "/close",
        boost::json::value { { "rationale", "Every group agreed once staff cover was written in." } });
    ASSERT_EQ(closed.status, 201) << closed.body;
    auto const decision = closed.json();
    EXPECT_EQ(decision.at("passed"), true);
    EXPECT_EQ(decision.at("quorum"), true);
    EXPECT_EQ(decision.at("method"), "consent");
    EXPECT_EQ(decision.at("counts").at("vcs").at("agree"), 1);
    EXPECT_EQ(decision.at("objections").as_array().size(), 2u);
    EXPECT_EQ(decision.at("rationale"), "Every group agreed once staff cover was written in.");
    EXPECT_EQ(convener_a().get("/api/v1/decisions/" + text(decision.at("id"))).json().at("passed"), true);
    EXPECT_EQ(vote(member, id, { { "position", "agree" } }).json().at("code"), "closed");

    // The contribution behind it now shows the decision it shaped.
    bool shaped = false;
    for (auto const& item : items(member.get("/api/v1/contributions/" + contribution + "/shaped")))
        shaped = shaped || (item.at("from_type") == "decision" && text(item.at("from_id")) == text(decision.at("id")));
    EXPECT_TRUE(shaped);
}

TEST_F(DecisionsApi, AnAmendmentCannotSilenceAnObjection)
{
    auto setup = make_project("Silence project");
    auto member = member_a(); // Mo, residents
    auto rae = person_with_session("Rae Resident", "residents");
    ASSERT_EQ(convener_a().post("/api/v1/projects/" + setup.project + "/members", boost::json::value { { "person_id", rae.id }, { "group", "residents" } }).status,
        201);
    auto const id = propose(setup.officer.client, setup.project);
    ASSERT_EQ(vote(setup.officer.client, id, { { "position", "agree" } }).status, 200);
    ASSERT_EQ(vote(setup.volunteer.client, id, { { "position", "agree" } }).status, 200);
    ASSERT_EQ(vote(rae.client, id, { { "position", "agree" } }).status, 200);
    ASSERT_EQ(vote(member, id, { { "position", "object" }, { "reason", "Saturdays clash with church." } }).status, 200);

    // A new title is not new wording: the objection stands. Restating it keeps one objection, with the new reason.
    auto const retitled = setup.officer.client.patch("/api/v1/proposals/" + id, boost::json::value { { "title", "Saturday opening" } });
    ASSERT_EQ(retitled.status, 200) << retitled.body;
    EXPECT_EQ(retitled.json().at("version"), 1);
    EXPECT_EQ(retitled.json().at("objections").as_array()[0].at("status"), "standing");
    auto const restated = vote(member, id, { { "position", "object" }, { "reason", "Saturday mornings clash with church." } });
    ASSERT_EQ(restated.json().at("objections").as_array().size(), 1u);
    EXPECT_EQ(restated.json().at("objections").as_array()[0].at("reason"), "Saturday mornings clash with church.");

    // New wording answers it, but the proposal cannot be closed over Mo before the closing time:
    // residents are present through Rae, yet Mo has not seen the new wording.
    ASSERT_EQ(setup.officer.client.patch("/api/v1/proposals/" + id, boost::json::value { { "text", "The day centre opens on Saturday afternoons." } }).status,
        200);
    auto const early = convener_a().post("/api/v1/proposals/" + id + "/close", boost::json::value { { "rationale", "Answered." } });
    EXPECT_EQ(early.status, 409);
    EXPECT_EQ(early.json().at("code"), "objectors_not_heard");
    EXPECT_EQ(early.json().at("people").as_array().size(), 1u);
    // Not through the back door either: quorum is met, so the flag for closing without it changes nothing.
    auto const flagged = convener_a().post("/api/v1/proposals/" + id + "/close",
        boost::json::value { { "rationale", "Answered." }, { "close_without_quorum", true } });
    EXPECT_EQ(flagged.json().at("code"), "objectors_not_heard");
    ASSERT_EQ(vote(member, id, { { "position", "agree" } }).status, 200);

    // Someone in the partnership but not in the project sees the count, not who voted or objected.
    auto outsider = person_with_session("Olu Outsider", "residents");
    auto const seen = outsider.client.get("/api/v1/proposals/" + id).json();
    EXPECT_EQ(seen.at("votes_shown"), false);
    EXPECT_EQ(seen.at("can_take_part"), false);
    EXPECT_EQ(member.get("/api/v1/proposals/" + id).json().at("can_take_part"), true);
    EXPECT_EQ(seen.at("votes").as_array().size(), 0u);
    EXPECT_TRUE(seen.at("objections").as_array()[0].at("person").is_null());
    EXPECT_EQ(seen.at("objections").as_array()[0].at("group"), "residents");
    EXPECT_EQ(seen.at("tally").at("voters"), 4);
    EXPECT_FALSE(member.get("/api/v1/proposals/" + id).json().at("objections").as_array()[0].at("person").is_null());

    auto const closed = convener_a().post("/api/v1/proposals/" + id + "/close", boost::json::value { { "rationale", "Everyone agreed." } });
    ASSERT_EQ(closed.status, 201) << closed.body;
    EXPECT_EQ(closed.json().at("passed"), true);
    auto const decision = text(closed.json().at("id"));
    EXPECT_TRUE(outsider.client.get("/api/v1/decisions/" + decision).json().at("objections").as_array()[0].at("person").is_null());
    EXPECT_FALSE(member.get("/api/v1/decisions/" + decision).json().at("objections").as_array()[0].at("person").is_null());
    // Deliberation ends with the vote.
    EXPECT_EQ(member.post("/api/v1/proposals/" + id + "/comments", boost::json::value { { "text", "Too late?" } }).json().at("code"), "closed");
}

TEST_F(DecisionsApi, ClosingWithoutQuorumNamesTheMissingGroups)
{
    auto setup = make_project("Quorum project");
    auto member = member_a();
    auto const id = propose(member, setup.project, { { "method", "majority" } });
    ASSERT_EQ(vote(member, id, { { "position", "yes" } }).status, 200);
    auto const refused = convener_a().post("/api/v1/proposals/" + id + "/close", boost::json::value { { "rationale", "Time is up." } });
    EXPECT_EQ(refused.status, 409);
    EXPECT_EQ(refused.json().at("code"), "quorum_missing");
    EXPECT_EQ(refused.json().at("missing_groups"), (boost::json::array { "local_authority", "vcs" }));
    EXPECT_EQ(member.get("/api/v1/proposals/" + id).json().at("status"), "open");

    auto const closed = convener_a().post("/api/v1/proposals/" + id + "/close",
        boost::json::value { { "rationale", "Closed without them; it cannot pass." }, { "close_without_quorum", true } });
    ASSERT_EQ(closed.status, 201);
    EXPECT_EQ(closed.json().at("passed"), false);
    EXPECT_EQ(closed.json().at("missing_groups"), (boost::json::array { "local_authority", "vcs" }));
}

TEST_F(DecisionsApi, TwoConcurrentVotesByOnePersonLeaveOneVote)
{
    auto setup = make_project("Concurrency project");
    auto member = member_a();
    auto const id = propose(member, setup.project, { { "method", "majority" } });
    for (int round = 0; round < 5; ++round) {
        std::thread yes([&] { vote(setup.volunteer.client, id, { { "position", "yes" } }); });
        std::thread no([&] { vote(setup.volunteer.client, id, { { "position", "no" } }); });
        yes.join();
        no.join();
    }
    auto const proposal = member.get("/api/v1/proposals/" + id).json();
    EXPECT_EQ(proposal.at("voters"), 1);
    EXPECT_EQ(proposal.at("votes").as_array().size(), 1u);
    auto const counts = proposal.at("tally").at("counts").at("vcs");
    EXPECT_EQ(counts.at("yes").as_int64() + counts.at("no").as_int64(), 1);
}

TEST_F(DecisionsApi, OnlyMembersVoteAndOtherPartnershipsSeeNothing)
{
    auto setup = make_project("Members project");
    auto member = member_a();
    auto const id = propose(member, setup.project, { { "method", "ranked_choice" }, { "options", { "Bus", "Taxi", "Walk" } } });
    auto outsider = person_with_session("Nora Notmember", "residents");
    auto const refused = vote(outsider.client, id, { { "ranking", { "Bus" } } });
    EXPECT_EQ(refused.status, 403);
    EXPECT_EQ(refused.json().at("code"), "forbidden");
    EXPECT_EQ(outsider.client.post("/api/v1/projects/" + setup.project + "/proposals",
                  boost::json::value { { "title", "x" }, { "text", "y" }, { "closes_at", "2031-01-01T00:00:00Z" } }).status, 403);
    EXPECT_EQ(convener_b().get("/api/v1/proposals/" + id).status, 404);
    auto other = convener_b();
    EXPECT_EQ(vote(other, id, { { "ranking", { "Bus" } } }).status, 404);
    EXPECT_EQ(anonymous().get("/api/v1/proposals/" + id).status, 401);
    EXPECT_EQ(error_fields(vote(member, id, { { "ranking", { "Bus", "Plane" } } })), std::vector<std::string> { "ranking" });
    auto const bad = member.post("/api/v1/projects/" + setup.project + "/proposals",
        boost::json::value { { "title", "" }, { "text", "x" }, { "method", "score" }, { "closes_at", "2001-01-01T00:00:00Z" } });
    EXPECT_EQ(error_fields(bad), (std::vector<std::string> { "closes_at", "options", "title" }));
    EXPECT_EQ(items(member.get("/api/v1/projects/" + setup.project + "/proposals")).size(), 1u);

    // A ranked vote, and comments one level deep.
    auto const ranked = vote(member, id, { { "ranking", { "Walk", "Bus" } } });
    ASSERT_EQ(ranked.status, 200) << ranked.body;
    EXPECT_EQ(ranked.json().at("my_vote").at("ranking"), (boost::json::array { "Walk", "Bus" }));
    auto const comment = member.post("/api/v1/proposals/" + id + "/comments", boost::json::value { { "text", "Walking is free." } });
    ASSERT_EQ(comment.status, 201);
    auto const reply = setup.volunteer.client.post("/api/v1/proposals/" + id + "/comments",
        boost::json::value { { "text", "Not for everyone." }, { "parent_id", text(comment.json().at("id")) } });
    ASSERT_EQ(reply.status, 201);
    EXPECT_EQ(reply.json().at("group"), "vcs");
    EXPECT_EQ(error_fields(member.post("/api/v1/proposals/" + id + "/comments",
                  boost::json::value { { "text", "Deeper" }, { "parent_id", text(reply.json().at("id")) } })),
        std::vector<std::string> { "parent_id" });
}

TEST_F(DecisionsApi, PanelsExcludeConflictsAndWeighGroupsEqually)
{
    auto setup = make_project("Panel project");
    auto convener = convener_a();
    auto staff_one = person_with_session("Sam Staff", "staff");
    auto staff_two = person_with_session("Tia Staff", "staff");
    auto const created = convener.post("/api/v1/panels",
        boost::json::value { { "title", "Care worker of the year" }, { "kind", "award" },
            { "members", { { { "person_id", s_member_a_id }, { "group", "residents" } }, { { "person_id", staff_one.id }, { "group", "staff" } },
                             { { "person_id", staff_two.id }, { "group", "staff" } } } },
            { "criteria", { { { "name", "Kindness" }, { "weight", 2 } }, { { "name", "Reliability" }, { "weight", 1 } } } } });
    ASSERT_EQ(created.status, 201) << created.body;
    auto const panel = text(created.json().at("id"));
    auto const criteria = created.json().at("criteria").as_array();
    auto const kindness = text(criteria[0].at("id")), reliability = text(criteria[1].at("id"));
    auto const add = [&](std::string const& name) {
        auto const response = convener.post("/api/v1/panels/" + panel + "/candidates", boost::json::value { { "name", name }, { "details", "Nominated by a resident." } });
        EXPECT_EQ(response.status, 201);
        return text(response.json().at("id"));
    };
    auto const ada = add("Ada"), ben = add("Ben");

    // Candidate details are for the panel and conveners only.
    EXPECT_EQ(setup.volunteer.client.get("/api/v1/panels/" + panel).status, 404);
    EXPECT_EQ(convener_b().get("/api/v1/panels/" + panel).status, 404);
    EXPECT_EQ(member_a().get("/api/v1/panels/" + panel).json().at("candidates").as_array().size(), 2u);
    EXPECT_EQ(member_a().post("/api/v1/panels/" + panel + "/candidates", boost::json::value { { "name", "Cy" } }).status, 403);

    // Tia declares a conflict with Ben (her brother) and cannot score him.
    ASSERT_EQ(staff_two.client.post("/api/v1/panels/" + panel + "/conflicts",
                  boost::json::value { { "candidate_id", ben }, { "reason", "He is my brother." } }).status, 201);
    auto const conflicted = staff_two.client.post("/api/v1/panels/" + panel + "/scores",
        boost::json::value { { "candidate_id", ben }, { "scores", { { kindness, 5 }, { reliability, 5 } } } });
    EXPECT_EQ(conflicted.status, 403);
    EXPECT_EQ(conflicted.json().at("code"), "conflict_of_interest");
    EXPECT_EQ(error_fields(member_a().post("/api/v1/panels/" + panel + "/scores",
                  boost::json::value { { "candidate_id", ada }, { "scores", { { kindness, 9 }, { reliability, 1 } } } })),
        std::vector<std::string> { "scores" });

    auto const score = [&](HttpClient& client, std::string const& candidate, int kind, int reliable) {
        auto const response = client.post("/api/v1/panels/" + panel + "/scores",
            boost::json::value { { "candidate_id", candidate }, { "scores", { { kindness, kind }, { reliability, reliable } } } });
        EXPECT_EQ(response.status, 200) << response.body;
    };
    auto mo = member_a();
    score(mo, ada, 2, 2);              // Mo (residents): Ada (2*2+2)/3 = 2
    score(mo, ben, 5, 2);              // Mo: Ben (2*5+2)/3 = 4
    score(staff_one.client, ada, 5, 5); // Sam (staff): Ada 5
    score(staff_one.client, ben, 2, 5); // Sam: Ben (2*2+5)/3 = 3
    score(staff_two.client, ada, 5, 2); // Tia (staff): Ada (2*5+2)/3 = 4; no score for Ben
    // Ada: residents 2, staff (5+4)/2 = 4.5 -> (2 + 4.5)/2 = 3.25
    // Ben: residents 4, staff 3 (Sam only) -> 3.5: Ben first.
    auto const results = convener.get("/api/v1/panels/" + panel + "/results").json();
    auto const candidates = results.at("candidates").as_array();
    ASSERT_EQ(candidates.size(), 2u);
    EXPECT_EQ(candidates[0].at("name"), "Ben");
    EXPECT_DOUBLE_EQ(candidates[0].at("score").to_number<double>(), 3.5);
    EXPECT_EQ(candidates[0].at("scorers"), 2);
    EXPECT_DOUBLE_EQ(candidates[1].at("score").to_number<double>(), 3.25);
    EXPECT_DOUBLE_EQ(candidates[1].at("by_group").at("staff").to_number<double>(), 4.5);
    EXPECT_EQ(setup.volunteer.client.get("/api/v1/panels/" + panel + "/results").status, 404);
}

}
}
