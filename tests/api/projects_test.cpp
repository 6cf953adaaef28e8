// Projects from the drawing board: invitations at creation, the first stage
// gate, answering invitations, members, the timeline, and tenant isolation.

#include <map>
#include <set>

#include <boost/json.hpp>

#include "support/api_fixture.hpp"

namespace rt::test {
namespace {

class ProjectsApi : public ApiTest {
protected:
    struct Fixture {
        std::string matching_by_interest;   // organisation
        std::string matching_by_community;  // organisation
        std::string not_matching;           // organisation
        std::string resident_opted_in;      // person, residents, interest older-people
        std::string resident_other_interest;// person, residents, interest transport
        std::string officer_opted_in;       // person, local_authority only: speaks through an organisation
        std::string vcs_worker_email;       // acts for matching_by_interest
    };

    // Partnership A gets a small world of its own; names carry a suffix so
    // that the tests in this suite do not see each other's matches.
    static Fixture build(std::string const& tag)
    {
        auto convener = convener_a();
        Fixture fixture;
        auto organisation = [&](std::string const& name, boost::json::array interests, boost::json::array communities, std::string const& sector) {
            auto const response = convener.post("/api/v1/organisations", boost::json::value { { "name", name }, { "sector", sector },
                { "interests", std::move(interests) }, { "communities", std::move(communities) } });
            EXPECT_EQ(response.status, 201) << response.body;
            return text(response.json().at("id"));
        };
        fixture.matching_by_interest = organisation("Lunch Club " + tag, { tag, "food" }, {}, "vcs");
        fixture.matching_by_community = organisation("Care Agency " + tag, { "home-care" }, { tag }, "provider");
        fixture.not_matching = organisation("Youth Club " + tag, { "young-people" }, { "students" }, "vcs");
        auto person = [&](std::string const& name, boost::json::array groups, boost::json::array interests, boost::json::object extra = {}) {
            boost::json::object body { { "name", name }, { "groups", std::move(groups) }, { "interests", std::move(interests) } };
            for (auto const& entry : extra)
                body[entry.key()] = entry.value();
            auto const response = convener.post("/api/v1/people", body);
            EXPECT_EQ(response.status, 201) << response.body;
            return text(response.json().at("id"));
        };
        fixture.resident_opted_in = person("Rita Resident " + tag, { "residents" }, { tag });
        fixture.resident_other_interest = person("Ron Resident " + tag, { "residents" }, { "transport" });
        fixture.officer_opted_in = person("Olu Officer " + tag, { "local_authority" }, { tag });
        fixture.vcs_worker_email = unique_email("worker." + tag);
        person("Wanda Worker " + tag, { "vcs" }, {},
            { { "email", fixture.vcs_worker_email }, { "organisation_ids", { fixture.matching_by_interest } } });
        return fixture;
    }

    static void give_convener_a_group()
    {
        auto convener = convener_a();
        auto const response = convener.patch("/api/v1/people/" + s_convener_a_id, boost::json::value { { "groups", { "local_authority" } } });
        ASSERT_EQ(response.status, 200) << response.body;
    }

    static boost::json::value project_body(std::string const& title, std::string const& tag, boost::json::array required)
    {
        return { { "title", title }, { "summary", "Work out together what people need." }, { "need", "Lonely afternoons." },
            { "interests", { tag } },
            { "charter", { { "required_groups", std::move(required) }, { "decision_rule", "consent" },
                             { "co_leads", { { { "person_id", s_convener_a_id }, { "group", "local_authority" } },
                                               { { "person_id", s_member_a_id }, { "group", "residents" } } } } } } };
    }

    static HttpClient sign_in_by_invitation(std::string const& email)
    {
        auto convener = convener_a();
        auto people = items(convener.get("/api/v1/people?limit=200"));
        std::string id;
        for (auto const& person : people) {
            if (person.as_object().contains("email") && text(person.at("email")) == email)
                id = text(person.at("id"));
        }
        auto const invite = convener.post("/api/v1/people/" + id + "/invite");
        EXPECT_EQ(invite.status, 201);
        auto const url = text(invite.json().at("invite_url"));
        auto client = anonymous();
        auto const accepted = client.post("/api/v1/auth/accept-invite", boost::json::value { { "token", url.substr(url.find('=') + 1) }, { "password", k_password } });
        EXPECT_EQ(accepted.status, 200) << accepted.body;
        client.set_csrf_token(text(accepted.json().at("csrf_token")));
        return client;
    }
};

TEST_F(ProjectsApi, CreationInvitesExactlyTheMatchesAtOnce)
{
    give_convener_a_group();
    auto const fixture = build("tag-match");
    auto convener = convener_a();
    auto const created = convener.post("/api/v1/projects", project_body("Matching project", "tag-match", { "local_authority", "residents", "vcs" }));
    ASSERT_EQ(created.status, 201) << created.body;
    auto const project = created.json().as_object();
    auto const id = text(project.at("id"));
    EXPECT_EQ(project.at("stage"), "discover");
    EXPECT_EQ(project.at("counts").at("unsent"), 3) << "two organisations and one resident";
    EXPECT_EQ(project.at("counts").at("members"), 2) << "the co-leads";

    auto const invitations = items(convener.get("/api/v1/projects/" + id + "/invitations"));
    std::set<std::string> invited;
    for (auto const& invitation : invitations) {
        invited.insert(text(invitation.at("organisation_id").is_null() ? invitation.at("person_id") : invitation.at("organisation_id")));
        EXPECT_EQ(invitation.at("created_at"), project.at("created_at")) << "created in the same transaction as the project";
        EXPECT_TRUE(invitation.at("sent_at").is_null()) << "not sent before the convener reviews them";
        EXPECT_EQ(invitation.at("matched_on"), (boost::json::array { "tag-match" }));
    }
    EXPECT_EQ(invited, (std::set<std::string> { fixture.matching_by_interest, fixture.matching_by_community, fixture.resident_opted_in }));
    for (auto const& invitation : invitations) {
        if (text(invitation.at("organisation_id")) == fixture.matching_by_community)
            EXPECT_EQ(invitation.at("group"), "provider") << "an organisation takes part in its sector's group";
        if (text(invitation.at("person_id")) == fixture.resident_opted_in)
            EXPECT_EQ(invitation.at("group"), "residents");
    }
}

TEST_F(ProjectsApi, TheFirstGateNeedsEveryRequiredGroup)
{
    give_convener_a_group();
    auto const fixture = build("tag-gate");
    auto convener = convener_a();
    auto const created = convener.post("/api/v1/projects", project_body("Gated project", "tag-gate", { "local_authority", "residents", "vcs" }));
    ASSERT_EQ(created.status, 201);
    auto const id = text(created.json().at("id"));

    auto const blocked = convener.post("/api/v1/projects/" + id + "/stage", boost::json::value { { "to", "design" }, { "reason", "Ready to design." } });
    ASSERT_EQ(blocked.status, 409) << blocked.body;
    EXPECT_EQ(blocked.json().at("code"), "groups_missing");
    EXPECT_EQ(blocked.json().at("missing_groups"), (boost::json::array { "vcs" }));
    EXPECT_NE(text(blocked.json().at("detail")).find("voluntary and community sector"), std::string::npos);

    auto const no_reason = convener.post("/api/v1/projects/" + id + "/stage", boost::json::value { { "to", "design" }, { "override", true } });
    EXPECT_EQ(no_reason.status, 422);
    EXPECT_EQ(error_fields(no_reason), (std::vector<std::string> { "reason" }));
    // A co-lead who is not a convener may move stages but not override the gate.
    auto const member_override = member_a().post("/api/v1/projects/" + id + "/stage",
        boost::json::value { { "to", "design" }, { "reason", "Let us go on." }, { "override", true } });
    EXPECT_EQ(member_override.status, 403);
    EXPECT_EQ(convener.get("/api/v1/projects/" + id).json().at("stage"), "discover");

    // The lunch club's worker accepts for it, and the gate opens.
    ASSERT_EQ(convener.post("/api/v1/projects/" + id + "/invitations/send").json().at("sent"), 3);
    auto worker = sign_in_by_invitation(fixture.vcs_worker_email);
    std::string invitation_id;
    for (auto const& invitation : items(worker.get("/api/v1/me/invitations"))) {
        if (text(invitation.at("project_id")) == id)
            invitation_id = text(invitation.at("id"));
    }
    ASSERT_FALSE(invitation_id.empty()) << "the worker sees the invitation to their organisation";
    auto const accepted = worker.post("/api/v1/invitations/" + invitation_id + "/accept");
    ASSERT_EQ(accepted.status, 200) << accepted.body;
    EXPECT_EQ(text(accepted.json().at("organisation_id")), fixture.matching_by_interest);
    EXPECT_EQ(accepted.json().at("group"), "vcs");
    EXPECT_EQ(worker.post("/api/v1/invitations/" + invitation_id + "/accept").status, 409) << "answered once";

    auto const moved = member_a().post("/api/v1/projects/" + id + "/stage", boost::json::value { { "to", "design" }, { "reason", "Everyone is here." } });
    ASSERT_EQ(moved.status, 200) << moved.body;
    EXPECT_EQ(moved.json().at("stage"), "design");
    EXPECT_TRUE(moved.json().at("missing_groups").as_array().empty());
    EXPECT_EQ(convener.post("/api/v1/projects/" + id + "/stage", boost::json::value { { "to", "review" }, { "reason", "Skip." } }).status, 422);
}

TEST_F(ProjectsApi, AConvenerOverrideIsRecordedWithItsReason)
{
    give_convener_a_group();
    build("tag-override");
    auto convener = convener_a();
    auto const created = convener.post("/api/v1/projects", project_body("Urgent project", "tag-override", { "local_authority", "health" }));
    auto const id = text(created.json().at("id"));
    auto const moved = convener.post("/api/v1/projects/" + id + "/stage",
        boost::json::value { { "to", "design" }, { "reason", "The winter deadline cannot wait; health will join in design." }, { "override", true } });
    ASSERT_EQ(moved.status, 200) << moved.body;

    auto const timeline = convener.get("/api/v1/projects/" + id + "/timeline").json();
    auto const changes = timeline.at("stage_changes").as_array();
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes[0].at("override"), true);
    EXPECT_EQ(changes[0].at("missing_groups"), (boost::json::array { "health" }));
    EXPECT_EQ(changes[0].at("by_name"), "Ada Convener");
    EXPECT_EQ(changes[0].at("reason"), "The winter deadline cannot wait; health will join in design.");
}

TEST_F(ProjectsApi, TheTimelineShowsFirstMomentsAndNeverInvitedGroups)
{
    give_convener_a_group();
    auto const fixture = build("tag-timeline");
    auto convener = convener_a();
    auto const created = convener.post("/api/v1/projects", project_body("Timeline project", "tag-timeline", { "local_authority", "residents", "health" }));
    auto const id = text(created.json().at("id"));
    ASSERT_EQ(convener.post("/api/v1/projects/" + id + "/invitations/send").status, 200);

    auto const timeline = convener.get("/api/v1/projects/" + id + "/timeline");
    ASSERT_EQ(timeline.status, 200) << timeline.body;
    EXPECT_NE(timeline.body.find("\"lag_days\":0.0"), std::string::npos) << "days to one decimal, not 0E0";
    EXPECT_EQ(timeline.body.find("E0"), std::string::npos);
    std::map<std::string, boost::json::object> groups;
    auto const body = timeline.json();
    for (auto const& row : body.at("groups").as_array())
        groups[text(row.at("group"))] = row.as_object();
    ASSERT_EQ(groups.size(), 7u);
    // The co-leads joined when the project was made: 0 days, in discover.
    EXPECT_EQ(groups["local_authority"].at("accepted").at("lag_days").as_double(), 0.0);
    EXPECT_EQ(groups["local_authority"].at("accepted").at("stage"), "discover");
    EXPECT_EQ(groups["residents"].at("invited").at("lag_days").as_double(), 0.0);
    // Health was required but nobody of it matched: never invited, not "0 days".
    EXPECT_TRUE(groups["health"].at("required").as_bool());
    EXPECT_TRUE(groups["health"].at("invited").is_null());
    EXPECT_TRUE(groups["health"].at("accepted").is_null());
    // The provider was invited when the invitations were sent, in discover.
    ASSERT_FALSE(groups["provider"].at("invited").is_null());
    EXPECT_EQ(groups["provider"].at("invited").at("stage"), "discover");
    EXPECT_TRUE(groups["provider"].at("accepted").is_null());
    EXPECT_FALSE(groups["provider"].at("required").as_bool());

    // A member added at a meeting counts as invited and accepted at that moment.
    auto const added = convener.post("/api/v1/projects/" + id + "/members",
        boost::json::value { { "person_id", fixture.resident_other_interest }, { "group", "residents" } });
    ASSERT_EQ(added.status, 201) << added.body;
    EXPECT_EQ(added.json().at("via"), "direct");
    auto const again = convener.post("/api/v1/projects/" + id + "/members",
        boost::json::value { { "person_id", fixture.resident_other_interest }, { "group", "residents" } });
    EXPECT_EQ(again.status, 409);
    auto const events = convener.get("/api/v1/projects/" + id + "/timeline").json().at("events").as_array();
    EXPECT_EQ(text(events.back().at("kind")), "joined");
    EXPECT_EQ(text(events.back().at("name")), "Ron Resident tag-timeline");
}

TEST_F(ProjectsApi, ConvenersReviewInvitationsBeforeSending)
{
    give_convener_a_group();
    auto const fixture = build("tag-review");
    auto convener = convener_a();
    auto const id = text(convener.post("/api/v1/projects", project_body("Reviewed project", "tag-review", { "local_authority" })).json().at("id"));
    auto invitations = items(convener.get("/api/v1/projects/" + id + "/invitations"));
    ASSERT_EQ(invitations.size(), 3u);
    auto const removed = text(invitations[0].at("id"));

    EXPECT_EQ(member_a().del("/api/v1/invitations/" + removed).status, 204) << "a co-lead may remove one";
    auto const by_hand = convener.post("/api/v1/projects/" + id + "/invitations", boost::json::value { { "organisation_id", fixture.not_matching } });
    ASSERT_EQ(by_hand.status, 201) << by_hand.body;
    EXPECT_TRUE(by_hand.json().at("matched_on").as_array().empty());
    EXPECT_EQ(convener.post("/api/v1/projects/" + id + "/invitations", boost::json::value { { "organisation_id", fixture.not_matching } }).status, 409);
    auto const neither = convener.post("/api/v1/projects/" + id + "/invitations", boost::json::value(boost::json::object {}));
    EXPECT_EQ(neither.status, 422);

    // Not sent yet: nobody can accept.
    auto const unsent = text(by_hand.json().at("id"));
    EXPECT_EQ(convener.post("/api/v1/invitations/" + unsent + "/accept").status, 409);
    EXPECT_EQ(convener.post("/api/v1/projects/" + id + "/invitations/send").json().at("sent"), 3);
    EXPECT_EQ(convener.del("/api/v1/invitations/" + unsent).status, 409) << "a sent invitation stays on the record";
    EXPECT_EQ(convener.post("/api/v1/projects/" + id + "/invitations/send").json().at("sent"), 0);
}

TEST_F(ProjectsApi, BadInputWrongRoleAndOtherPartnerships)
{
    give_convener_a_group();
    auto convener = convener_a();
    auto body = project_body("", "Not A Tag", { "aliens" }).as_object();
    body["charter"].as_object()["co_leads"] = boost::json::array { { { "person_id", s_convener_a_id }, { "group", "local_authority" } } };
    auto const invalid = convener.post("/api/v1/projects", body);
    ASSERT_EQ(invalid.status, 422) << invalid.body;
    EXPECT_EQ(error_fields(invalid), (std::vector<std::string> { "charter.co_leads", "charter.required_groups", "interests", "title" }));

    // A co-lead must belong to the group they lead for.
    auto wrong_group = project_body("Wrong group", "tag-other", { "health" }).as_object();
    wrong_group["charter"].as_object()["co_leads"] = boost::json::array { { { "person_id", s_convener_a_id }, { "group", "health" } },
        { { "person_id", s_member_a_id }, { "group", "residents" } } };
    auto const refused_group = convener.post("/api/v1/projects", wrong_group);
    EXPECT_EQ(refused_group.status, 422);
    EXPECT_EQ(error_fields(refused_group), (std::vector<std::string> { "charter.co_leads" }));

    auto const member_start = member_a().post("/api/v1/projects", project_body("Member project", "tag-other", { "residents" }));
    EXPECT_EQ(member_start.status, 403);
    EXPECT_EQ(member_start.json().at("code"), "forbidden");

    auto const id = text(convener.post("/api/v1/projects", project_body("Private project", "tag-other", { "residents" })).json().at("id"));
    auto other = convener_b();
    EXPECT_EQ(other.get("/api/v1/projects/" + id).status, 404);
    EXPECT_EQ(other.get("/api/v1/projects/" + id + "/timeline").status, 404);
    EXPECT_EQ(other.get("/api/v1/projects/" + id + "/members").status, 404);
    EXPECT_EQ(other.get("/api/v1/projects/" + id + "/invitations").status, 404);
    EXPECT_EQ(other.post("/api/v1/projects/" + id + "/stage", boost::json::value { { "to", "closed" }, { "reason", "Mine now." } }).status, 404);
    for (auto const& project : items(other.get("/api/v1/projects")))
        EXPECT_NE(text(project.at("id")), id);
    EXPECT_EQ(convener.get("/api/v1/projects/" + id).json().at("stage"), "discover");
}

TEST_F(ProjectsApi, GroupsMustBeTheirsAndNobodyJoinsTwice)
{
    give_convener_a_group();
    auto const fixture = build("tag-twice");
    auto convener = convener_a();
    auto const id = text(convener.post("/api/v1/projects", project_body("Twice project", "tag-twice", { "local_authority", "health" })).json().at("id"));

    // A co-lead cannot seat someone in a group they do not belong to (it would open the gate).
    auto const wrong_group = member_a().post("/api/v1/projects/" + id + "/members",
        boost::json::value { { "person_id", fixture.resident_opted_in }, { "group", "health" } });
    EXPECT_EQ(wrong_group.status, 422);
    EXPECT_EQ(error_fields(wrong_group), (std::vector<std::string> { "group" }));
    auto const org_group = member_a().post("/api/v1/projects/" + id + "/invitations",
        boost::json::value { { "organisation_id", fixture.not_matching }, { "group", "health" } });
    EXPECT_EQ(org_group.status, 422) << "an organisation takes part in its sector's group";

    // Rita was invited (sent); joining her directly answers that invitation.
    ASSERT_EQ(convener.post("/api/v1/projects/" + id + "/invitations/send").status, 200);
    std::string rita_invitation;
    for (auto const& invitation : items(convener.get("/api/v1/projects/" + id + "/invitations")))
        if (text(invitation.at("person_id")) == fixture.resident_opted_in)
            rita_invitation = text(invitation.at("id"));
    ASSERT_EQ(convener.post("/api/v1/projects/" + id + "/members",
                  boost::json::value { { "person_id", fixture.resident_opted_in }, { "group", "residents" } }).status, 201);
    EXPECT_EQ(convener.post("/api/v1/invitations/" + rita_invitation + "/accept").status, 409);
    int rita_rows = 0;
    for (auto const& member : items(convener.get("/api/v1/projects/" + id + "/members")))
        rita_rows += text(member.at("person_id")) == fixture.resident_opted_in ? 1 : 0;
    EXPECT_EQ(rita_rows, 1);

    // The same person twice as co-lead is a form error, not a clash.
    auto twice = project_body("Twice led", "tag-twice", { "local_authority" }).as_object();
    twice["charter"].as_object()["co_leads"] = boost::json::array { { { "person_id", s_convener_a_id }, { "group", "local_authority" } },
        { { "person_id", s_convener_a_id }, { "group", "residents" } } };
    auto const refused = convener.post("/api/v1/projects", twice);
    EXPECT_EQ(refused.status, 422);
    EXPECT_EQ(error_fields(refused), (std::vector<std::string> { "charter.co_leads" }));

    // An organisation with project history stays on the record.
    EXPECT_EQ(convener.del("/api/v1/organisations/" + fixture.matching_by_interest).status, 409);
    EXPECT_EQ(convener.get("/api/v1/organisations/" + fixture.matching_by_interest).status, 200);
}

TEST_F(ProjectsApi, TheListPagesNewestFirst)
{
    give_convener_a_group();
    auto convener = convener_a();
    for (int i = 0; i < 3; ++i)
        ASSERT_EQ(convener.post("/api/v1/projects", project_body("Paged project " + std::to_string(i), "tag-paged", { "residents" })).status, 201);
    auto const everything = items(convener.get("/api/v1/projects?limit=200"));
    ASSERT_GE(everything.size(), 3u);
    EXPECT_EQ(everything[0].at("title"), "Paged project 2") << "newest first";

    std::vector<std::string> seen;
    std::string target = "/api/v1/projects?limit=2";
    for (int guard = 0; guard < 50; ++guard) {
        auto const page = convener.get(target);
        ASSERT_EQ(page.status, 200);
        auto const body = page.json();
        EXPECT_LE(body.at("items").as_array().size(), 2u);
        for (auto const& project : body.at("items").as_array())
            seen.push_back(text(project.at("id")));
        if (body.at("next_cursor").is_null())
            break;
        target = "/api/v1/projects?limit=2&after=" + text(body.at("next_cursor"));
    }
    std::vector<std::string> expected;
    for (auto const& project : everything)
        expected.push_back(text(project.at("id")));
    EXPECT_EQ(seen, expected);
    EXPECT_EQ(convener.get("/api/v1/projects?limit=0").status, 422);
}

TEST_F(ProjectsApi, MembersAccessNeedsOnlyForConvenersAndCoLeads)
{
    give_convener_a_group();
    auto convener = convener_a();
    auto const id = text(convener.post("/api/v1/projects", project_body("Needs project", "tag-needs", { "residents" })).json().at("id"));
    // Mo Member is a co-lead with large print among their needs (set at sign-up).
    auto const as_convener = items(convener.get("/api/v1/projects/" + id + "/members"));
    bool saw_needs = false;
    for (auto const& member : as_convener)
        saw_needs = saw_needs || member.as_object().contains("access_needs");
    EXPECT_TRUE(saw_needs);

    // A partnership member who is not a co-lead sees names and groups only.
    auto const email = unique_email("onlooker");
    auto const created = convener.post("/api/v1/people", boost::json::value { { "name", "Otto Onlooker" }, { "email", email } });
    auto const url = text(created.json().at("invite_url"));
    auto onlooker = anonymous();
    ASSERT_EQ(onlooker.post("/api/v1/auth/accept-invite", boost::json::value { { "token", url.substr(url.find('=') + 1) }, { "password", k_password } }).status, 200);
    auto const as_onlooker = items(onlooker.get("/api/v1/projects/" + id + "/members"));
    ASSERT_EQ(as_onlooker.size(), 2u);
    for (auto const& member : as_onlooker)
        EXPECT_FALSE(member.as_object().contains("access_needs"));
    EXPECT_EQ(onlooker.get("/api/v1/projects/" + id + "/invitations").status, 403);
}


// Issue 13: a project starts with no co-leads; they are chosen later, from the
// partners who accepted, and leaving discover needs two from two groups.
TEST_F(ProjectsApi, CoLeadsAreChosenFromThoseAtTheTableBeforeLeavingDiscover)
{
    auto convener = convener_a();
    auto const created = convener.post("/api/v1/projects", boost::json::value { { "title", "Led later" }, { "summary", "Work out together what people need." },
        { "interests", { "tag-colead" } }, { "charter", { { "required_groups", { "residents", "vcs" } } } } });
    ASSERT_EQ(created.status, 201) << created.body;
    auto const id = text(created.json().at("id"));
    EXPECT_EQ(created.json().at("charter").at("co_leads"), boost::json::array {});
    EXPECT_EQ(created.json().at("counts").at("members"), 0) << "nobody sits at the table before anyone is invited";

    auto const to_design = boost::json::value { { "to", "design" }, { "reason", "Ready to design." } };
    // Nobody accepted and no co-leads: the groups are named, and the co-leads too.
    auto const empty = convener.post("/api/v1/projects/" + id + "/stage", to_design);
    ASSERT_EQ(empty.status, 409) << empty.body;
    EXPECT_EQ(empty.json().at("code"), "groups_missing");
    EXPECT_EQ(empty.json().at("missing_groups"), (boost::json::array { "residents", "vcs" }));
    EXPECT_EQ(error_fields(empty), (std::vector<std::string> { "co_leads" }));

    // A resident and a VCS worker (acting for a VCS organisation) join.
    auto const organisation = text(convener.post("/api/v1/organisations", boost::json::value { { "name", "Co-lead Lunch Club" }, { "sector", "vcs" } })
                                       .json().at("id"));
    auto const resident = text(convener.post("/api/v1/people", boost::json::value { { "name", "Ria Resident" }, { "groups", { "residents" } } })
                                   .json().at("id"));
    auto const worker = text(convener.post("/api/v1/people",
        boost::json::value { { "name", "Vik Worker" }, { "groups", { "vcs" } }, { "organisation_ids", { organisation } } }).json().at("id"));
    auto const outsider = text(convener.post("/api/v1/people", boost::json::value { { "name", "Oona Outside" }, { "groups", { "residents" } } })
                                   .json().at("id"));
    ASSERT_EQ(convener.post("/api/v1/projects/" + id + "/members", boost::json::value { { "person_id", resident }, { "group", "residents" } }).status, 201);
    ASSERT_EQ(convener.post("/api/v1/projects/" + id + "/members", boost::json::value { { "person_id", worker }, { "group", "vcs" } }).status, 201);

    // Every group is at the table now; only the co-leads are missing.
    auto const no_leads = convener.post("/api/v1/projects/" + id + "/stage", to_design);
    ASSERT_EQ(no_leads.status, 409) << no_leads.body;
    EXPECT_EQ(no_leads.json().at("code"), "co_leads_missing");
    EXPECT_EQ(no_leads.json().at("missing_groups"), boost::json::array {});
    EXPECT_EQ(error_fields(no_leads), (std::vector<std::string> { "co_leads" }));

    auto const path = "/api/v1/projects/" + id + "/co-leads";
    auto const put = [](HttpClient client, std::string const& target, boost::json::value const& value) {
        return client.send("PUT", target, boost::json::serialize(value));
    };
    auto const lead = [](std::string const& person, std::string const& group) { return boost::json::object { { "person_id", person }, { "group", group } }; };
    // One co-lead, two from one group, or someone not at the table: refused, nothing changes.
    auto const one = put(convener, path, boost::json::value { { "co_leads", { lead(resident, "residents") } } });
    EXPECT_EQ(one.status, 422) << one.body;
    EXPECT_EQ(error_fields(one), (std::vector<std::string> { "co_leads" }));
    auto const outside = put(convener, path, boost::json::value { { "co_leads", { lead(resident, "residents"), lead(outsider, "residents") } } });
    EXPECT_EQ(outside.status, 422) << "not only one group, and Oona has not joined";
    auto const not_member = put(convener, path, boost::json::value { { "co_leads", { lead(outsider, "residents"), lead(worker, "vcs") } } });
    EXPECT_EQ(not_member.status, 422) << not_member.body;
    EXPECT_EQ(error_fields(not_member), (std::vector<std::string> { "co_leads" }));
    EXPECT_NE(text(not_member.json().at("errors").at("co_leads").at(0)).find("Oona Outside"), std::string::npos);
    auto const wrong_group = put(convener, path, boost::json::value { { "co_leads", { lead(resident, "vcs"), lead(worker, "residents") } } });
    EXPECT_EQ(wrong_group.status, 422) << "each leads for the group they joined in";
    // Who may choose: conveners of this partnership only.
    EXPECT_EQ(put(anonymous(), path, boost::json::value { { "co_leads", boost::json::array {} } }).status, 401);
    auto const member = put(member_a(), path, boost::json::value { { "co_leads", { lead(resident, "residents"), lead(worker, "vcs") } } });
    EXPECT_EQ(member.status, 403) << member.body;
    EXPECT_EQ(put(convener_b(), path, boost::json::value { { "co_leads", { lead(resident, "residents"), lead(worker, "vcs") } } }).status, 404);
    EXPECT_EQ(convener.get("/api/v1/projects/" + id).json().at("charter").at("co_leads"), boost::json::array {});

    auto const chosen = put(convener, path, boost::json::value { { "co_leads", { lead(resident, "residents"), lead(worker, "vcs") } } });
    ASSERT_EQ(chosen.status, 200) << chosen.body;
    std::set<std::string> names;
    auto const chosen_project = chosen.json();
    for (auto const& co_lead : chosen_project.at("charter").at("co_leads").as_array())
        names.insert(text(co_lead.at("name")) + "/" + text(co_lead.at("group")));
    EXPECT_EQ(names, (std::set<std::string> { "Ria Resident/residents", "Vik Worker/vcs" }));
    bool audited = false;
    for (auto const& entry : items(convener.get("/api/v1/audit?limit=20")))
        audited = audited || (entry.at("action") == "project.co_leads_set" && text(entry.at("subject_id")) == id);
    EXPECT_TRUE(audited);

    auto const moved = convener.post("/api/v1/projects/" + id + "/stage", to_design);
    ASSERT_EQ(moved.status, 200) << moved.body;
    EXPECT_EQ(moved.json().at("stage"), "design");
}
}
}
