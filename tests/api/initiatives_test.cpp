// Community-led initiatives (issue 18): residents and service users lead,
// staff support; conveners approve; tasks, volunteers, hours, offline
// helpers, outcomes and stories with photos kept without their metadata.

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <boost/json.hpp>

#include "support/api_fixture.hpp"
#include "support/mail_server.hpp"

namespace rt::test {
namespace {

class InitiativesApi : public ApiTest {
protected:
    // Rosa leads for residents; Sam (staff) supports.
    struct Team {
        NewPerson rosa;
        NewPerson sam;
        std::string initiative;
    };

    static boost::json::object proposal(std::string const& title, std::string const& lead, std::string const& lead_group, std::string const& supporter = "")
    {
        boost::json::object body { { "title", title }, { "purpose", "We take a mug of treats and a kind note to people who may be lonely." },
            { "for_whom", "Customers who live alone" }, { "leads", { { { "person_id", lead }, { "group", lead_group } } } } };
        if (!supporter.empty())
            body["supporters"] = { { { "person_id", supporter }, { "group", "staff" } } };
        return body;
    }

    static Team approved_team(std::string const& title)
    {
        Team team { person_with_session("Rosa Resident", "residents"), person_with_session("Sam Staff", "staff"), "" };
        auto const made = team.rosa.client.post("/api/v1/initiatives", boost::json::value(proposal(title, team.rosa.id, "residents", team.sam.id)));
        EXPECT_EQ(made.status, 201) << made.body;
        team.initiative = text(made.json().at("id"));
        EXPECT_EQ(convener_a().post("/api/v1/initiatives/" + team.initiative + "/approve").status, 200);
        return team;
    }

    static std::string created(HttpResponse const& response)
    {
        EXPECT_EQ(response.status, 201) << response.body;
        return text(response.json().at("id"));
    }
};

TEST_F(InitiativesApi, AResidentProposesAConvenerApprovesAndTheProposersReadAReasonWhenTurnedDown)
{
    auto rosa = person_with_session("Rosa Proposer", "residents");
    auto const made = rosa.client.post("/api/v1/initiatives", boost::json::value(proposal("Hug in a mug", rosa.id, "residents")));
    ASSERT_EQ(made.status, 201) << made.body;
    auto const body = made.json();
    auto const id = text(body.at("id"));
    EXPECT_EQ(text(body.at("status")), "proposed");
    EXPECT_EQ(text(body.at("leads").at(0).at("name")), "Rosa Proposer");
    EXPECT_TRUE(body.at("can_lead").as_bool());

    // Waiting: another member does not see it; the conveners do.
    EXPECT_EQ(member_a().get("/api/v1/initiatives/" + id).status, 404);
    auto convener = convener_a();
    EXPECT_TRUE(convener.get("/api/v1/initiatives/" + id).json().at("can_decide").as_bool());
    EXPECT_EQ(rosa.client.post("/api/v1/initiatives/" + id + "/approve").status, 403);
    auto const approved = convener.post("/api/v1/initiatives/" + id + "/approve");
    ASSERT_EQ(approved.status, 200) << approved.body;
    EXPECT_EQ(text(approved.json().at("status")), "approved");
    EXPECT_EQ(convener.post("/api/v1/initiatives/" + id + "/approve").status, 409);
    EXPECT_EQ(member_a().get("/api/v1/initiatives/" + id).status, 200); // running: every member reads it

    // Turned down: a reason is needed, and the proposer reads it.
    auto const second = created(rosa.client.post("/api/v1/initiatives", boost::json::value(proposal("Bingo on Tuesdays", rosa.id, "residents"))));
    auto const no_reason = convener.post("/api/v1/initiatives/" + second + "/decline", boost::json::value(boost::json::object {}));
    EXPECT_EQ(no_reason.status, 422);
    EXPECT_EQ(error_fields(no_reason), (std::vector<std::string> { "reason" }));
    ASSERT_EQ(convener.post("/api/v1/initiatives/" + second + "/decline", boost::json::value { { "reason", "The hall is booked on Tuesdays." } }).status, 200);
    auto const seen = rosa.client.get("/api/v1/initiatives/" + second).json();
    EXPECT_EQ(text(seen.at("status")), "declined");
    EXPECT_EQ(text(seen.at("decline_reason")), "The hall is booked on Tuesdays.");

    // The audit log has each step.
    auto const audit = convener.get("/api/v1/audit?limit=50").body;
    for (auto const* action : { "initiative.proposed", "initiative.approved", "initiative.declined" })
        EXPECT_NE(audit.find(action), std::string::npos) << action;
}

TEST_F(InitiativesApi, ALeadMustComeFromACommunityGroupAndBeInIt)
{
    auto sam = person_with_session("Sam Lead Attempt", "staff");
    auto const staff_lead = sam.client.post("/api/v1/initiatives", boost::json::value(proposal("Staff-led", sam.id, "staff")));
    ASSERT_EQ(staff_lead.status, 422) << staff_lead.body;
    EXPECT_EQ(error_fields(staff_lead), (std::vector<std::string> { "leads" }));
    // Named for a group they are not in.
    auto const pretending = sam.client.post("/api/v1/initiatives", boost::json::value(proposal("Pretending", sam.id, "residents")));
    ASSERT_EQ(pretending.status, 422) << pretending.body;
    EXPECT_EQ(error_fields(pretending), (std::vector<std::string> { "leads" }));
    auto const none = sam.client.post("/api/v1/initiatives",
        boost::json::value { { "title", "" }, { "purpose", "Something" }, { "for_whom", "Someone" }, { "leads", boost::json::array {} } });
    EXPECT_EQ(error_fields(none), (std::vector<std::string> { "leads", "title" }));
    // Nothing was written.
    for (auto const& item : items(convener_a().get("/api/v1/initiatives?limit=100")))
        EXPECT_NE(text(item.at("title")), "Staff-led");
}

TEST_F(InitiativesApi, ASupporterHelpsButOnlyTheLeadsDecide)
{
    auto team = approved_team("Supported initiative");
    auto const base = "/api/v1/initiatives/" + team.initiative;
    // The supporter cannot change the purpose, nor plan tasks.
    EXPECT_EQ(team.sam.client.patch(base, boost::json::value { { "purpose", "What staff think it should be." } }).status, 403);
    EXPECT_EQ(team.sam.client.post(base + "/tasks", boost::json::value { { "title", "Staff task" } }).status, 403);
    // The lead gives the supporter a task, and one to herself.
    auto const theirs = created(team.rosa.client.post(base + "/tasks", boost::json::value { { "title", "Collect the mugs from the shop" }, { "owner_id", team.sam.id },
                                                                       { "milestone", "Get ready" }, { "due_on", "2027-01-15" } }));
    auto const hers = created(team.rosa.client.post(base + "/tasks", boost::json::value { { "title", "Write the notes" }, { "owner_id", team.rosa.id } }));
    // The supporter moves their own task on, but not its title, and not someone else's task.
    auto const done = team.sam.client.patch("/api/v1/tasks/" + theirs, boost::json::value { { "status", "done" } });
    ASSERT_EQ(done.status, 200) << done.body;
    EXPECT_EQ(text(done.json().at("status")), "done");
    EXPECT_EQ(team.sam.client.patch("/api/v1/tasks/" + theirs, boost::json::value { { "title", "Renamed" } }).status, 403);
    EXPECT_EQ(team.sam.client.patch("/api/v1/tasks/" + hers, boost::json::value { { "status", "done" } }).status, 403);
    // A member who is not a lead cannot edit it; another partnership does not find it; nobody signed out does.
    EXPECT_EQ(member_a().patch(base, boost::json::value { { "title", "Mine now" } }).status, 403);
    EXPECT_EQ(convener_b().get(base).status, 404);
    EXPECT_EQ(convener_b().patch("/api/v1/tasks/" + theirs, boost::json::value { { "status", "to_do" } }).status, 404);
    EXPECT_EQ(anonymous().get(base).status, 401);
    // A task can only go to someone who takes part.
    auto const outsider = team.rosa.client.post(base + "/tasks", boost::json::value { { "title", "Outside" }, { "owner_id", s_member_a_id } });
    EXPECT_EQ(error_fields(outsider), (std::vector<std::string> { "owner_id" }));
    // The lead changes the words.
    auto const changed = team.rosa.client.patch(base, boost::json::value { { "for_whom", "Customers who live alone, and their carers" } });
    ASSERT_EQ(changed.status, 200) << changed.body;
    EXPECT_EQ(text(changed.json().at("for_whom")), "Customers who live alone, and their carers");
    auto const tasks = team.rosa.client.get(base + "/tasks");
    ASSERT_EQ(tasks.status, 200);
    EXPECT_EQ(items(tasks).size(), 2u);
    // Rosa's task not yet done waits on her home page; Sam's done one no longer waits on his.
    auto const waiting = [](HttpClient& client, std::string const& key) {
        std::vector<std::string> ids;
        auto const next = client.get("/api/v1/me/next").json();
        for (auto const& section : next.at("sections").as_array())
            if (text(section.at("key")) == key)
                for (auto const& item : section.at("items").as_array())
                    ids.push_back(text(item.at("id")));
        return ids;
    };
    EXPECT_EQ(waiting(team.rosa.client, "tasks"), (std::vector<std::string> { hers }));
    EXPECT_TRUE(waiting(team.sam.client, "tasks").empty());
}

TEST_F(InitiativesApi, AProposalWaitsOnTheConvenersHomePage)
{
    auto rosa = person_with_session("Rosa Waiting", "residents");
    auto const id = created(rosa.client.post("/api/v1/initiatives", boost::json::value(proposal("Waiting for an answer", rosa.id, "residents"))));
    auto convener = convener_a();
    auto const in_section = [&](HttpClient& client) {
        auto const next = client.get("/api/v1/me/next").json();
        for (auto const& section : next.at("sections").as_array())
            if (text(section.at("key")) == "initiatives")
                for (auto const& item : section.at("items").as_array())
                    if (text(item.at("id")) == id)
                        return true;
        return false;
    };
    EXPECT_TRUE(in_section(convener));
    EXPECT_FALSE(in_section(rosa.client));
    ASSERT_EQ(convener.post("/api/v1/initiatives/" + id + "/approve").status, 200);
    EXPECT_FALSE(in_section(convener));
}

TEST_F(InitiativesApi, HoursRollUpPerVolunteerAndRoleWithOfflineHelpersCountedButNeverNamed)
{
    auto team = approved_team("Hours initiative");
    auto const base = "/api/v1/initiatives/" + team.initiative;
    auto const making = created(team.rosa.client.post(base + "/roles", boost::json::value { { "title", "Making mugs" } }));
    auto const delivering = created(team.rosa.client.post(base + "/roles", boost::json::value { { "title", "Delivering on Tuesdays" } }));
    auto vera = person_with_session("Vera Volunteer", "residents");
    auto walt = person_with_session("Walt Volunteer", "service_users_carers");
    EXPECT_EQ(vera.client.post("/api/v1/roles/" + making + "/volunteers", boost::json::value(boost::json::object {})).status, 204);
    EXPECT_EQ(vera.client.post("/api/v1/roles/" + making + "/volunteers", boost::json::value(boost::json::object {})).status, 409);
    EXPECT_EQ(walt.client.post("/api/v1/roles/" + delivering + "/volunteers", boost::json::value(boost::json::object {})).status, 204);
    // Walt cannot sign Vera up; a lead can.
    EXPECT_EQ(walt.client.post("/api/v1/roles/" + delivering + "/volunteers", boost::json::value { { "person_id", vera.id } }).status, 403);
    EXPECT_EQ(team.rosa.client.post("/api/v1/roles/" + delivering + "/volunteers", boost::json::value { { "person_id", vera.id } }).status, 204);
    auto const knitters = created(team.rosa.client.post(base + "/offline-helpers", boost::json::value { { "name", "Mrs Okafor's knitting circle" }, { "count", 3 } }));
    EXPECT_EQ(vera.client.post(base + "/offline-helpers", boost::json::value { { "name", "Friends" }, { "count", 2 } }).status, 403);

    auto const log = [&](HttpClient& client, boost::json::object body) { return client.post(base + "/hours", boost::json::value(std::move(body))); };
    // By hand:
    //   Vera: making 90 + delivering 60 = 150
    //   Walt: delivering 45 + 30 (logged by Rosa) = 75
    //   The knitting circle (offline): making 120
    //   Per role: making 90 + 120 = 210; delivering 60 + 45 + 30 = 135. Total 150 + 75 + 120 = 345.
    EXPECT_EQ(log(vera.client, { { "role_id", making }, { "minutes", 90 }, { "on", "2026-11-03" } }).status, 201);
    EXPECT_EQ(log(vera.client, { { "role_id", delivering }, { "minutes", 60 }, { "on", "2026-11-10" } }).status, 201);
    EXPECT_EQ(log(walt.client, { { "role_id", delivering }, { "minutes", 45 }, { "on", "2026-11-10" } }).status, 201);
    EXPECT_EQ(log(team.rosa.client, { { "role_id", delivering }, { "minutes", 30 }, { "on", "2026-11-17" }, { "person_id", walt.id } }).status, 201);
    EXPECT_EQ(log(team.rosa.client, { { "role_id", making }, { "minutes", 120 }, { "on", "2026-11-04" }, { "helper_id", knitters } }).status, 201);
    // Refused, and nothing written: someone else's time, a role not theirs, no minutes, a day to come, a helper by a volunteer.
    EXPECT_EQ(log(walt.client, { { "role_id", delivering }, { "minutes", 30 }, { "on", "2026-11-17" }, { "person_id", vera.id } }).status, 403);
    EXPECT_EQ(error_fields(log(walt.client, { { "role_id", making }, { "minutes", 30 }, { "on", "2026-11-17" } })), (std::vector<std::string> { "person_id" }));
    EXPECT_EQ(error_fields(log(walt.client, { { "role_id", delivering }, { "minutes", 0 }, { "on", "2099-01-01" } })),
        (std::vector<std::string> { "minutes", "on" }));
    EXPECT_EQ(log(vera.client, { { "role_id", making }, { "minutes", 30 }, { "on", "2026-11-17" }, { "helper_id", knitters } }).status, 403);

    auto const seen = team.rosa.client.get(base).json();
    auto const& hours = seen.at("hours");
    EXPECT_EQ(hours.at("total_minutes"), 345);
    EXPECT_EQ(hours.at("offline_minutes"), 120);
    EXPECT_EQ(hours.at("offline_people"), 3);
    std::map<std::string, long long> people, roles;
    for (auto const& person : hours.at("by_person").as_array())
        people[text(person.at("name"))] = person.at("minutes").as_int64();
    for (auto const& role : hours.at("by_role").as_array())
        roles[text(role.at("title"))] = role.at("minutes").as_int64();
    EXPECT_EQ(people, (std::map<std::string, long long> { { "Vera Volunteer", 150 }, { "Walt Volunteer", 75 } }));
    EXPECT_EQ(roles, (std::map<std::string, long long> { { "Making mugs", 210 }, { "Delivering on Tuesdays", 135 } }));
    // Two volunteers with accounts (Vera once, though in two roles) and three offline helpers.
    EXPECT_EQ(seen.at("volunteers"), 5);
    // The knitting circle's name is nowhere in the sums; a member who is not the initiative's sees the sums but no names.
    EXPECT_EQ(boost::json::serialize(hours).find("Okafor"), std::string::npos);
    auto const outside = member_a().get(base).json();
    EXPECT_EQ(outside.at("hours").at("total_minutes"), 345);
    EXPECT_TRUE(outside.at("hours").at("by_person").is_null());
    EXPECT_EQ(boost::json::serialize(outside).find("Okafor"), std::string::npos);
    EXPECT_EQ(boost::json::serialize(outside).find("Vera"), std::string::npos);
}

TEST_F(InitiativesApi, OutcomesStoriesAndAPhotoKeptWithoutItsLocation)
{
    auto team = approved_team("Stories initiative");
    auto const base = "/api/v1/initiatives/" + team.initiative;
    auto const reached = team.rosa.client.post(base + "/outcomes", boost::json::value { { "measure", "People reached" }, { "value", 40 }, { "note", "Mugs taken round before Christmas." } });
    ASSERT_EQ(reached.status, 201) << reached.body;
    EXPECT_EQ(reached.json().at("value"), 40);
    EXPECT_EQ(error_fields(team.rosa.client.post(base + "/outcomes", boost::json::value { { "measure", "People reached" }, { "value", -1 } })),
        (std::vector<std::string> { "value" }));
    EXPECT_EQ(team.sam.client.post(base + "/outcomes", boost::json::value { { "measure", "People reached" }, { "value", 2 } }).status, 403);

    // A photo with its GPS position, added by exiftool (an independent tool).
    auto const fixture = std::filesystem::path { __FILE__ }.parent_path().parent_path() / "fixtures" / "mug.jpg";
    auto const located = std::filesystem::temp_directory_path() / ("located-" + std::to_string(::getpid()) + ".jpg");
    std::filesystem::copy_file(fixture, located, std::filesystem::copy_options::overwrite_existing);
    (void)run_command("exiftool -q -overwrite_original -GPSLatitude=51.5 -GPSLatitudeRef=N -GPSLongitude=0.12 -GPSLongitudeRef=W -Artist='Rosa' "
        + located.string());
    auto const tags_of = [](std::filesystem::path const& file) {
        return boost::json::parse(run_command("exiftool -j -n -G1 " + file.string())).as_array().at(0).as_object();
    };
    auto const before = tags_of(located);
    ASSERT_TRUE(before.contains("GPS:GPSLatitude")) << boost::json::serialize(before);
    std::ifstream in { located, std::ios::binary };
    std::string const bytes { std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>() };

    EXPECT_EQ(team.sam.client.send("POST", base + "/photos", bytes, { { "Content-Type", "image/jpeg" } }).status, 403);
    EXPECT_EQ(team.rosa.client.send("POST", base + "/photos", "not a photo", { { "Content-Type", "image/jpeg" } }).status, 422);
    auto const uploaded = team.rosa.client.send("POST", base + "/photos", bytes, { { "Content-Type", "image/jpeg" } });
    ASSERT_EQ(uploaded.status, 201) << uploaded.body;
    auto const photo = text(uploaded.json().at("id"));

    // Without alt text the story is refused, naming alt; nothing is written.
    auto const no_alt = team.rosa.client.post(base + "/stories", boost::json::value { { "text", "Joan cried when she opened her mug." }, { "photo_id", photo } });
    ASSERT_EQ(no_alt.status, 422);
    EXPECT_EQ(error_fields(no_alt), (std::vector<std::string> { "alt" }));
    EXPECT_TRUE(team.rosa.client.get(base).json().at("stories").as_array().empty());
    auto const story = team.rosa.client.post(base + "/stories",
        boost::json::value { { "text", "Joan cried when she opened her mug." }, { "photo_id", photo }, { "alt", "A blue mug with a yellow sun on it." } });
    ASSERT_EQ(story.status, 201) << story.body;
    auto const path = text(story.json().at("photo").at("path"));

    // Read back: still a JPEG, with no GPS, no EXIF at all.
    auto const read = member_a().get(path);
    ASSERT_EQ(read.status, 200);
    EXPECT_EQ(read.header("content-type"), "image/jpeg");
    auto const kept = std::filesystem::temp_directory_path() / ("kept-" + std::to_string(::getpid()) + ".jpg");
    std::ofstream { kept, std::ios::binary } << read.body;
    auto const after = tags_of(kept);
    EXPECT_EQ(text(after.at("File:FileType")), "JPEG");
    for (auto const& [key, value] : after) {
        EXPECT_EQ(std::string { key }.find("GPS"), std::string::npos) << key;
        EXPECT_EQ(std::string { key }.rfind("IFD0:", 0), std::string::npos) << key;
    }
    EXPECT_FALSE(after.contains("IFD0:Artist"));
    EXPECT_EQ(convener_b().get(path).status, 404);
    std::filesystem::remove(located);
    std::filesystem::remove(kept);
}

TEST_F(InitiativesApi, TheLeadsEndItWithWhatTheyLearnedAndCanStartAgain)
{
    auto team = approved_team("Ending initiative");
    auto const base = "/api/v1/initiatives/" + team.initiative;
    EXPECT_EQ(error_fields(team.rosa.client.post(base + "/close", boost::json::value(boost::json::object {}))), (std::vector<std::string> { "learned" }));
    EXPECT_EQ(team.sam.client.post(base + "/close", boost::json::value { { "learned", "Staff view." } }).status, 403);
    auto const closed = team.rosa.client.post(base + "/close", boost::json::value { { "learned", "People wanted a chat more than the treats." } });
    ASSERT_EQ(closed.status, 200) << closed.body;
    EXPECT_EQ(text(closed.json().at("status")), "closed");
    EXPECT_EQ(team.rosa.client.post(base + "/tasks", boost::json::value { { "title", "After the end" } }).status, 409);
    auto const again = team.rosa.client.post(base + "/reopen");
    ASSERT_EQ(again.status, 200);
    EXPECT_EQ(text(again.json().at("status")), "approved");
    EXPECT_EQ(text(again.json().at("learned")), "People wanted a chat more than the treats.");
}

TEST_F(InitiativesApi, APartnershipCanSkipApprovalAndOnlyConvenersSetTheBudget)
{
    auto convener = convener_a();
    EXPECT_EQ(member_a().send("PUT", "/api/v1/initiative-settings", R"({"approval_required":false})", { { "Content-Type", "application/json" } }).status, 403);
    ASSERT_EQ(convener.send("PUT", "/api/v1/initiative-settings", R"({"approval_required":false})", { { "Content-Type", "application/json" } }).status, 200);
    auto rosa = person_with_session("Rosa Straight Away", "residents");
    auto const made = rosa.client.post("/api/v1/initiatives", boost::json::value(proposal("Straight away", rosa.id, "residents")));
    EXPECT_EQ(text(made.json().at("status")), "approved");
    ASSERT_EQ(convener.send("PUT", "/api/v1/initiative-settings", R"({"approval_required":true})", { { "Content-Type", "application/json" } }).status, 200);
    auto const id = text(made.json().at("id"));
    auto const put = [&](HttpClient& client, std::string const& body) {
        return client.send("PUT", "/api/v1/initiatives/" + id + "/budget", body, { { "Content-Type", "application/json" } });
    };
    EXPECT_EQ(put(rosa.client, R"({"budget_pence":15000})").status, 403);
    EXPECT_EQ(error_fields(put(convener, R"({"budget_pence":-5})")), (std::vector<std::string> { "budget_pence" }));
    auto const set = put(convener, R"({"budget_pence":15000})");
    ASSERT_EQ(set.status, 200) << set.body;
    EXPECT_EQ(set.json().at("budget_pence"), 15000);
    EXPECT_EQ(set.json().at("left_pence"), 15000);
    EXPECT_EQ(convener_b().get("/api/v1/initiatives/" + id + "/budget").status, 404);
}

}
}
