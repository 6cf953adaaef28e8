// Resources to take part: claims that nobody approves for themselves, caps,
// reasons for rejection, budgets and exports that reconcile to the penny,
// receipts checked by content, offers made when attendance is recorded.

#include <algorithm>
#include <map>

#include <boost/json.hpp>

#include "support/api_fixture.hpp"

namespace rt::test {
namespace {

class ResourcesApi : public ApiTest {
protected:
    static void SetUpTestSuite()
    {
        ApiTest::SetUpTestSuite();
        auto convener = convener_a();
        // Ada acts for the council; Fiona, a second convener, for the county council.
        ASSERT_EQ(convener.patch("/api/v1/people/" + s_convener_a_id,
                      boost::json::value { { "groups", { "local_authority" } }, { "organisation_ids", { organisation_of_sector("local_authority") } } }).status,
            200);
        auto const county = convener.post("/api/v1/organisations", boost::json::value { { "name", "County Council" }, { "sector", "local_authority" } });
        ASSERT_EQ(county.status, 201) << county.body;
        auto const finance = convener.post("/api/v1/people", boost::json::value { { "name", "Fiona Finance" }, { "email", unique_email("finance") },
                                                                 { "role", "convener" }, { "groups", { "local_authority" } },
                                                                 { "organisation_ids", { text(county.json().at("id")) } } });
        ASSERT_EQ(finance.status, 201) << finance.body;
        s_finance_id = text(finance.json().at("id"));
        std::string const url { finance.json().at("invite_url").as_string() };
        auto client = anonymous();
        auto const accepted = client.post("/api/v1/auth/accept-invite",
            boost::json::value { { "token", url.substr(url.find("token=") + 6) }, { "password", k_password } });
        ASSERT_EQ(accepted.status, 200);
        client.set_csrf_token(std::string { accepted.json().at("csrf_token").as_string() });
        s_finance = std::make_unique<HttpClient>(client);
        // They joined over a month ago (new accounts and fresh invitations do not handle money);
        // a third convener confirms the finance role each asks for the other.
        auto connie = convener_with_session("Connie Confirmer");
        backdate_sign_in_links(40);
        give_finance(s_finance_id, convener, connie.client);
        give_finance(s_convener_a_id, client, connie.client);
        // The policy for these tests: £20 an hour, no half-day or day rate.
        auto const policy = convener.send("PUT", "/api/v1/participation-policy",
            boost::json::serialize(boost::json::value { { "rates", { { "hourly_pence", 2000 }, { "half_day_pence", 0 }, { "day_pence", 0 } } },
                { "expenses", { { "travel", { { "reimbursed", true }, { "cap_pence", 5000 } } }, { "care_cover", { { "reimbursed", true }, { "cap_pence", 10000 } } },
                                  { "subsistence", { { "reimbursed", true }, { "cap_pence", 1500 } } }, { "equipment", { { "reimbursed", false } } } } },
                { "backfill_day_pence", 18000 } }),
            { { "Content-Type", "application/json" } });
        ASSERT_EQ(policy.status, 200) << policy.body;
    }
    static void TearDownTestSuite()
    {
        s_finance.reset();
        ApiTest::TearDownTestSuite();
    }

    static HttpClient finance() { return *s_finance; }

    struct Setup {
        std::string project;
        std::string activity; // 2 hours
    };

    static Setup make_activity(std::string const& title)
    {
        auto convener = convener_a();
        auto cora = convener.post("/api/v1/people", boost::json::value { { "name", "Cora Colead" }, { "groups", { "residents" } } });
        auto const project = convener.post("/api/v1/projects",
            boost::json::value { { "title", title }, { "summary", "Pay people for their time." }, { "interests", { "no-match-resources" } },
                { "charter", { { "co_leads", { { { "person_id", s_convener_a_id }, { "group", "local_authority" } },
                                                   { { "person_id", text(cora.json().at("id")) }, { "group", "residents" } } } } } } });
        EXPECT_EQ(project.status, 201) << project.body;
        auto const project_id = text(project.json().at("id"));
        auto const activity = convener.post("/api/v1/projects/" + project_id + "/activities",
            boost::json::value { { "kind", "forum" }, { "title", "Customer forum" }, { "purpose", "Talk about the service." },
                { "starts_at", "2026-11-02T13:00:00Z" }, { "ends_at", "2026-11-02T15:00:00Z" }, { "online_url", "https://meet.example/forum" } });
        EXPECT_EQ(activity.status, 201) << activity.body;
        return { project_id, text(activity.json().at("id")) };
    }

    static void attended(Setup const& setup, std::string const& person, std::string const& group)
    {
        auto const response = convener_a().post("/api/v1/activities/" + setup.activity + "/attendance",
            boost::json::value { { "person_id", person }, { "group", group } });
        EXPECT_EQ(response.status, 201) << response.body;
    }

    static HttpResponse claim(HttpClient& client, std::string const& activity, boost::json::array expenses, boost::json::object extra = {})
    {
        // Vouchers by default: a bank transfer needs the payee's bank details first (BankTransferNeedsTheBankDetailsOfWhoeverIsPaid).
        boost::json::object body { { "activity_id", activity }, { "payment_method", "voucher" }, { "expenses", std::move(expenses) } };
        for (auto const& [key, value] : extra)
            body[key] = value;
        return client.post("/api/v1/claims", boost::json::value(std::move(body)));
    }

    static inline std::string s_finance_id;
    static inline std::unique_ptr<HttpClient> s_finance;
};

TEST_F(ResourcesApi, NobodyApprovesTheirOwnClaim)
{
    auto const setup = make_activity("Self-approval project");
    attended(setup, s_convener_a_id, "local_authority");
    auto ada = convener_a();
    // The council pays Ada for her time: she claims her bus fare only.
    auto const own = claim(ada, setup.activity, { { { "kind", "travel" }, { "amount_pence", 400 } } }, { { "include_time", false } });
    ASSERT_EQ(own.status, 201) << own.body;
    auto const id = text(own.json().at("id"));
    auto const refused = ada.post("/api/v1/claims/" + id + "/approve", boost::json::value(boost::json::object {}));
    EXPECT_EQ(refused.status, 403);
    EXPECT_EQ(refused.json().at("code"), "own_claim");
    EXPECT_EQ(ada.get("/api/v1/claims/" + id).json().at("status"), "submitted");
    EXPECT_EQ(finance().post("/api/v1/claims/" + id + "/approve", boost::json::value(boost::json::object {})).json().at("status"), "approved");
    EXPECT_EQ(convener_b().post("/api/v1/claims/" + id + "/approve", boost::json::value(boost::json::object {})).status, 404);
    EXPECT_EQ(convener_b().get("/api/v1/claims/" + id).status, 404);
    EXPECT_EQ(anonymous().get("/api/v1/claims").status, 401);
}

TEST_F(ResourcesApi, OverACapNamesTheLineAndRejectingNeedsAReason)
{
    auto const setup = make_activity("Caps project");
    auto carer = person_with_session("Carla Carer", "service_users_carers");
    attended(setup, carer.id, "service_users_carers");
    auto const over = claim(carer.client, setup.activity,
        { { { "kind", "care_cover" }, { "amount_pence", 3000 } }, { { "kind", "travel" }, { "amount_pence", 6000 } } });
    EXPECT_EQ(over.status, 422);
    EXPECT_EQ(error_fields(over), std::vector<std::string> { "expenses[1].amount_pence" });
    EXPECT_EQ(error_fields(claim(carer.client, setup.activity, { { { "kind", "equipment" }, { "amount_pence", 100 } } })),
        std::vector<std::string> { "expenses[0].kind" });
    EXPECT_EQ(items(carer.client.get("/api/v1/claims")).size(), 0u);

    auto const made = claim(carer.client, setup.activity, { { { "kind", "care_cover" }, { "amount_pence", 3000 } } });
    ASSERT_EQ(made.status, 201);
    auto const id = text(made.json().at("id"));
    // 2 hours at £20 = 4000 pence, plus 3000 care cover.
    EXPECT_EQ(made.json().at("time_pence"), 4000);
    EXPECT_EQ(made.json().at("total_pence"), 7000);
    EXPECT_EQ(claim(carer.client, setup.activity, {}).status, 409);
    auto const no_reason = finance().post("/api/v1/claims/" + id + "/reject", boost::json::value(boost::json::object {}));
    EXPECT_EQ(error_fields(no_reason), std::vector<std::string> { "reason" });
    EXPECT_EQ(carer.client.get("/api/v1/claims/" + id).json().at("status"), "submitted");
    auto const rejected = finance().post("/api/v1/claims/" + id + "/reject", boost::json::value { { "reason", "Care cover needs a receipt." } });
    EXPECT_EQ(rejected.json().at("status"), "rejected");
    EXPECT_EQ(carer.client.get("/api/v1/claims/" + id).json().at("reason"), "Care cover needs a receipt.");
}

TEST_F(ResourcesApi, TotalsByProjectAndGroupReconcileToThePenny)
{
    auto const setup = make_activity("Budget project");
    auto convener = convener_a();
    ASSERT_EQ(convener.send("PUT", "/api/v1/projects/" + setup.project + "/budget",
                  boost::json::serialize(boost::json::value { { "total_pence", 20000 }, { "by_group", { { "residents", 10000 } } } }),
                  { { "Content-Type", "application/json" } }).status,
        200);
    auto rita = person_with_session("Rita Resident", "residents");
    auto sid = person_with_session("Sid User", "service_users_carers");
    auto vic = person_with_session("Vic Volunteer", "vcs");
    auto const organisation = convener.post("/api/v1/organisations", boost::json::value { { "name", "Riverside Befrienders" }, { "sector", "vcs" } });
    ASSERT_EQ(organisation.status, 201);
    auto const organisation_id = text(organisation.json().at("id"));
    ASSERT_EQ(convener.patch("/api/v1/people/" + vic.id, boost::json::value { { "organisation_ids", { organisation_id } } }).status, 200);
    attended(setup, rita.id, "residents");
    attended(setup, sid.id, "service_users_carers");
    attended(setup, vic.id, "vcs");

    // By hand (2 hours at £20 an hour = 4000 pence):
    //   Rita: 4000 + travel 1250 + care cover 3000 = 8250
    //   Sid:  4000 + subsistence 799 = 4799
    //   Vic's organisation (backfill, under 5 hours: half of 18000) = 9000
    auto const a = claim(rita.client, setup.activity, { { { "kind", "travel" }, { "amount_pence", 1250 } }, { { "kind", "care_cover" }, { "amount_pence", 3000 } } });
    auto const b = claim(sid.client, setup.activity, { { { "kind", "subsistence" }, { "amount_pence", 799 } } });
    auto const c = claim(vic.client, setup.activity, {}, { { "backfill_organisation_id", organisation_id } });
    ASSERT_EQ(a.status, 201);
    ASSERT_EQ(b.status, 201);
    ASSERT_EQ(c.status, 201) << c.body;
    EXPECT_EQ(a.json().at("total_pence"), 8250);
    EXPECT_EQ(b.json().at("total_pence"), 4799);
    EXPECT_EQ(c.json().at("total_pence"), 9000);
    auto const approve = [&](HttpResponse const& made, boost::json::object body = {}) {
        return finance().post("/api/v1/claims/" + text(made.json().at("id")) + "/approve", boost::json::value(std::move(body)));
    };
    ASSERT_EQ(approve(a).status, 200);
    ASSERT_EQ(approve(b).status, 200);
    // 8250 + 4799 + 9000 = 22049 > 20000: needs confirming, then is recorded as over.
    auto const over = approve(c);
    EXPECT_EQ(over.status, 409);
    EXPECT_EQ(over.json().at("code"), "over_budget");
    auto const confirmed = approve(c, { { "confirm_over_budget", true } });
    ASSERT_EQ(confirmed.status, 200);
    EXPECT_EQ(confirmed.json().at("over_budget"), true);
    ASSERT_EQ(finance().post("/api/v1/claims/" + text(a.json().at("id")) + "/paid",
                  boost::json::value { { "paid_on", "2026-11-20" }, { "reference", "BACS-0042" } }).status,
        200);

    auto const budget = convener.get("/api/v1/projects/" + setup.project + "/budget").json();
    EXPECT_EQ(budget.at("committed_pence"), 22049);
    EXPECT_EQ(budget.at("spent_pence"), 8250);
    EXPECT_EQ(budget.at("remaining_pence"), -2049);
    EXPECT_EQ(budget.at("committed_by_group").at("residents"), 8250);
    EXPECT_EQ(budget.at("committed_by_group").at("service_users_carers"), 4799);
    EXPECT_EQ(budget.at("committed_by_group").at("vcs"), 9000);
    EXPECT_EQ(budget.at("spent_by_group").at("residents"), 8250);

    // Ready to pay: Sid and Vic's organisation. Time 4000 + 9000 = 130.00,
    // expenses 7.99, amount 4799 + 9000 = 137.99.
    auto const csv = finance().get("/api/v1/claims/export.csv?project_id=" + setup.project);
    ASSERT_EQ(csv.status, 200);
    EXPECT_NE(csv.body.find("Riverside Befrienders,organisation"), std::string::npos);
    EXPECT_NE(csv.body.find("\r\nTOTAL,,,,,,,130.00,7.99,137.99\r\n"), std::string::npos) << csv.body;
    EXPECT_EQ(rita.client.get("/api/v1/claims/export.csv").status, 403);
    // The download is streamed (chunked), not sized up front.
    EXPECT_EQ(csv.header("transfer-encoding"), "chunked");
    EXPECT_EQ(csv.header("content-length"), "");

    // Another partnership's project is not found, for finance as for anyone.
    auto partner_b = convener_b();
    auto const b_me = text(partner_b.get("/api/v1/me").json().at("user").at("id"));
    ASSERT_EQ(partner_b.patch("/api/v1/people/" + b_me, boost::json::value { { "groups", { "residents" } } }).status, 200);
    auto const b_lead = partner_b.post("/api/v1/people", boost::json::value { { "name", "Bea Colead" }, { "groups", { "service_users_carers" } } });
    auto const b_project = partner_b.post("/api/v1/projects",
        boost::json::value { { "title", "B's own" }, { "summary", "Partnership B's project." }, { "interests", { "no-match-b" } },
            { "charter", { { "co_leads", { { { "person_id", b_me }, { "group", "residents" } },
                                               { { "person_id", text(b_lead.json().at("id")) }, { "group", "service_users_carers" } } } } } } });
    ASSERT_EQ(b_project.status, 201) << b_project.body;
    auto const other = finance().get("/api/v1/claims/export.csv?project_id=" + text(b_project.json().at("id")));
    EXPECT_EQ(other.status, 404) << other.body;
    EXPECT_EQ(finance().get("/api/v1/claims/export.csv?project_id=01a2044e-0000-7000-8000-000000000000").status, 404);

    // Rita's own payment history.
    auto const mine = rita.client.get("/api/v1/me/payments").json();
    EXPECT_EQ(mine.at("paid_pence"), 8250);
    EXPECT_EQ(mine.at("paid"), "£82.50");
    auto const history = rita.client.get("/api/v1/me/payments?format=csv");
    EXPECT_NE(history.body.find("BACS-0042"), std::string::npos);
    EXPECT_NE(history.body.find("TOTAL PAID,,,,,,82.50"), std::string::npos);
}

TEST_F(ResourcesApi, OnlyFinanceSeesOthersClaims)
{
    auto const setup = make_activity("Privacy project");
    auto rita = person_with_session("Rita Two", "residents");
    auto sam = person_with_session("Sam Two", "residents");
    attended(setup, rita.id, "residents");
    auto const made = claim(rita.client, setup.activity, {});
    ASSERT_EQ(made.status, 201);
    auto const id = text(made.json().at("id"));
    EXPECT_EQ(sam.client.get("/api/v1/claims/" + id).status, 404);
    for (auto const& item : items(sam.client.get("/api/v1/claims")))
        EXPECT_NE(text(item.at("id")), id);
    // A convener without the finance role sees only their own claims too.
    auto other_convener = person_with_session("Con Vener", "local_authority");
    ASSERT_EQ(convener_a().patch("/api/v1/people/" + other_convener.id, boost::json::value { { "role", "convener" } }).status, 200);
    for (auto const& item : items(other_convener.client.get("/api/v1/claims")))
        EXPECT_NE(text(item.at("id")), id);
    bool finance_sees = false;
    for (auto const& item : items(finance().get("/api/v1/claims")))
        finance_sees = finance_sees || text(item.at("id")) == id;
    EXPECT_TRUE(finance_sees);
    EXPECT_EQ(sam.client.post("/api/v1/claims", boost::json::value { { "activity_id", setup.activity }, { "payment_method", "voucher" } }).status, 422);
}

TEST_F(ResourcesApi, ReceiptsAreCheckedByTheirContent)
{
    auto rita = person_with_session("Rita Receipt", "residents");
    // A Windows program named like a PDF.
    std::string const program = std::string { "MZ\x90\x00\x03\x00\x00\x00", 8 } + "This program cannot be run in DOS mode.";
    auto const refused = rita.client.send("POST", "/api/v1/receipts", program, { { "Content-Type", "application/pdf" }, { "X-File-Name", "taxi.pdf" } });
    EXPECT_EQ(refused.status, 422);
    EXPECT_EQ(error_fields(refused), std::vector<std::string> { "file" });
    // A PNG sent as a PDF is refused too.
    auto const mislabelled = rita.client.send("POST", "/api/v1/receipts", std::string { "\x89PNG\r\n\x1a\n", 8 } + "rest",
        { { "Content-Type", "application/pdf" } });
    EXPECT_EQ(mislabelled.status, 422);
    EXPECT_EQ(rita.client.send("POST", "/api/v1/receipts", "%PDF-1.4", { { "Content-Type", "text/plain" } }).status, 415);

    std::string const pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
    auto const stored = rita.client.send("POST", "/api/v1/receipts", pdf, { { "Content-Type", "application/pdf" }, { "X-File-Name", "taxi.pdf" } });
    ASSERT_EQ(stored.status, 201) << stored.body;
    auto const id = text(stored.json().at("id"));
    auto const back = rita.client.get("/api/v1/receipts/" + id);
    EXPECT_EQ(back.body, pdf);
    EXPECT_EQ(back.header("content-type"), "application/pdf");
    EXPECT_EQ(member_a().get("/api/v1/receipts/" + id).status, 404);
    EXPECT_EQ(finance().get("/api/v1/receipts/" + id).status, 200);
}

TEST_F(ResourcesApi, AttendanceMakesOffersAndTheUnpaidListFollowsThem)
{
    auto const setup = make_activity("Offers project");
    std::vector<NewPerson> people;
    for (int i = 0; i < 5; ++i) {
        people.push_back(person_with_session("Attendee " + std::to_string(i), "residents"));
        attended(setup, people.back().id, "residents");
    }
    // An officer at the same meeting is paid by the council: no offer.
    auto officer = person_with_session("Olive Officer", "local_authority");
    attended(setup, officer.id, "local_authority");
    EXPECT_EQ(items(officer.client.get("/api/v1/me/offers")).size(), 0u);

    std::vector<std::string> offers;
    for (auto& person : people) {
        auto const mine = items(person.client.get("/api/v1/me/offers"));
        ASSERT_EQ(mine.size(), 1u);
        EXPECT_EQ(mine[0].at("status"), "pending");
        offers.push_back(text(mine[0].at("id")));
    }
    ASSERT_EQ(people[0].client.post("/api/v1/offers/" + offers[0] + "/accept").json().at("status"), "accepted");
    ASSERT_EQ(people[1].client.post("/api/v1/offers/" + offers[1] + "/decline").json().at("status"), "declined");
    EXPECT_EQ(people[2].client.post("/api/v1/offers/" + offers[0] + "/decline").status, 404); // not theirs

    auto const unpaid = convener_a().get("/api/v1/projects/" + setup.project + "/unpaid");
    ASSERT_EQ(unpaid.status, 200) << unpaid.body;
    auto const body = unpaid.json();
    EXPECT_EQ(body.at("items").as_array().size(), 5u); // the officer is not listed
    EXPECT_EQ(body.at("counts").at("unanswered"), 3);
    EXPECT_EQ(body.at("counts").at("accepted"), 1);
    EXPECT_EQ(body.at("counts").at("declined"), 1);
    EXPECT_EQ(body.at("unpaid_participation"), 0);
    for (auto const& item : body.at("items").as_array()) {
        auto const name = text(item.at("name"));
        auto const status = text(item.at("status"));
        if (name == "Attendee 0")
            EXPECT_EQ(status, "accepted");
        else if (name == "Attendee 1")
            EXPECT_EQ(status, "declined");
        else
            EXPECT_EQ(status, "unanswered") << name;
    }
    EXPECT_EQ(people[0].client.get("/api/v1/projects/" + setup.project + "/unpaid").status, 403);
    EXPECT_EQ(convener_b().get("/api/v1/projects/" + setup.project + "/unpaid").status, 404);
}

TEST_F(ResourcesApi, WhoeverRecordsAttendanceSaysWhoseEmployerPays)
{
    auto const setup = make_activity("Employer project");
    auto const record = [&](std::string const& person, std::string const& group, boost::json::value paid) {
        return convener_a().post("/api/v1/activities/" + setup.activity + "/attendance",
            boost::json::value { { "person_id", person }, { "group", group }, { "paid_by_employer", paid } });
    };
    // A VCS worker whose charity pays her to be there: no offer (her charity can claim backfill).
    auto vcs_worker = person_with_session("Vera Worker", "vcs");
    // A council officer on a day off, there as a resident would be: offered.
    auto officer = person_with_session("Owen Offduty", "local_authority");
    // Bad input first: nothing is recorded and nobody is offered anything.
    auto const bad = record(vcs_worker.id, "vcs", "yes");
    EXPECT_EQ(bad.status, 422);
    EXPECT_EQ(error_fields(bad), std::vector<std::string> { "paid_by_employer" });
    EXPECT_EQ(items(convener_a().get("/api/v1/activities/" + setup.activity + "/attendance")).size(), 0u);

    ASSERT_EQ(record(vcs_worker.id, "vcs", true).status, 201);
    ASSERT_EQ(record(officer.id, "local_authority", false).status, 201);
    // Without a word it follows the group: a resident is offered.
    auto resident = person_with_session("Rhea Resident", "residents");
    attended(setup, resident.id, "residents");

    EXPECT_EQ(items(vcs_worker.client.get("/api/v1/me/offers")).size(), 0u);
    EXPECT_EQ(items(officer.client.get("/api/v1/me/offers")).size(), 1u);
    EXPECT_EQ(items(resident.client.get("/api/v1/me/offers")).size(), 1u);
    std::map<std::string, bool> paid_by_employer;
    for (auto const& item : items(convener_a().get("/api/v1/activities/" + setup.activity + "/attendance")))
        paid_by_employer[text(item.at("person_id"))] = item.at("paid_by_employer").as_bool();
    EXPECT_EQ(paid_by_employer, (std::map<std::string, bool> { { vcs_worker.id, true }, { officer.id, false }, { resident.id, false } }));

    auto const unpaid = convener_a().get("/api/v1/projects/" + setup.project + "/unpaid").json();
    std::vector<std::string> listed;
    for (auto const& item : unpaid.at("items").as_array())
        listed.push_back(text(item.at("name")));
    std::ranges::sort(listed);
    EXPECT_EQ(listed, (std::vector<std::string> { "Owen Offduty", "Rhea Resident" }));
    EXPECT_EQ(unpaid.at("counts").at("unanswered"), 2);
}

TEST_F(ResourcesApi, ClaimsCannotBeStretched)
{
    auto const setup = make_activity("Stretch project");
    auto convener = convener_a();
    auto carer = person_with_session("Cass Carer", "service_users_carers");
    attended(setup, carer.id, "service_users_carers");
    // Travel is capped at £50 per claim, however many lines: 3000 + 3000 crosses it on the second line.
    auto const split = claim(carer.client, setup.activity, { { { "kind", "travel" }, { "amount_pence", 3000 } }, { { "kind", "travel" }, { "amount_pence", 3000 } } });
    EXPECT_EQ(split.status, 422);
    EXPECT_EQ(error_fields(split), std::vector<std::string> { "expenses[1].amount_pence" });
    // The meeting lasted 120 minutes: a day's worth is not the claimant's to ask for.
    auto const long_day = claim(carer.client, setup.activity, {}, { { "minutes", 600 } });
    EXPECT_EQ(error_fields(long_day), std::vector<std::string> { "minutes" });
    // One receipt, one line.
    std::string const pdf = "%PDF-1.4\n%%EOF\n";
    auto const receipt = carer.client.send("POST", "/api/v1/receipts", pdf, { { "Content-Type", "application/pdf" } });
    ASSERT_EQ(receipt.status, 201);
    auto const receipt_id = text(receipt.json().at("id"));
    auto const twice = claim(carer.client, setup.activity,
        { { { "kind", "travel" }, { "amount_pence", 1000 }, { "receipt_id", receipt_id } }, { { "kind", "care_cover" }, { "amount_pence", 1000 }, { "receipt_id", receipt_id } } });
    EXPECT_EQ(error_fields(twice), std::vector<std::string> { "expenses[1].receipt_id" });
    // "No payment" is declining the offer, not a claim, even for nothing.
    auto const none = claim(carer.client, setup.activity, {}, { { "payment_method", "none" } });
    EXPECT_EQ(error_fields(none), std::vector<std::string> { "payment_method" });
    auto const none_for_nothing = claim(carer.client, setup.activity, {}, { { "payment_method", "none" }, { "include_time", false } });
    EXPECT_EQ(error_fields(none_for_nothing), std::vector<std::string> { "payment_method" });
    EXPECT_EQ(items(carer.client.get("/api/v1/claims")).size(), 0u) << "nothing written by any of these";

    // Rejected: the receipt goes with the next claim, and the offer stands again.
    auto const first = claim(carer.client, setup.activity, { { { "kind", "travel" }, { "amount_pence", 1000 }, { "receipt_id", receipt_id } } });
    ASSERT_EQ(first.status, 201) << first.body;
    ASSERT_EQ(finance().post("/api/v1/claims/" + text(first.json().at("id")) + "/reject", boost::json::value { { "reason", "Wrong date on the ticket." } }).status, 200);
    auto const offers = items(carer.client.get("/api/v1/me/offers"));
    ASSERT_EQ(offers.size(), 1u);
    EXPECT_EQ(offers[0].at("status"), "pending");
    auto const again = claim(carer.client, setup.activity, { { { "kind", "travel" }, { "amount_pence", 1000 }, { "receipt_id", receipt_id } } });
    EXPECT_EQ(again.status, 201) << again.body;

    // A cancelled meeting has no attendance, so no offers.
    auto const cancelled = convener.post("/api/v1/projects/" + setup.project + "/activities",
        boost::json::value { { "kind", "forum" }, { "title", "Called off" }, { "purpose", "Talk about the service." },
            { "starts_at", "2026-12-02T13:00:00Z" }, { "ends_at", "2026-12-02T15:00:00Z" }, { "online_url", "https://meet.example/forum" } });
    ASSERT_EQ(cancelled.status, 201);
    auto const cancelled_id = text(cancelled.json().at("id"));
    ASSERT_EQ(convener.patch("/api/v1/activities/" + cancelled_id, boost::json::value { { "status", "cancelled" } }).status, 200);
    EXPECT_EQ(convener.post("/api/v1/activities/" + cancelled_id + "/attendance", boost::json::value { { "person_id", carer.id } }).status, 409);
}

TEST_F(ResourcesApi, EmployerPaidTimeAndOwnOrganisationsAreNotPaidTwice)
{
    auto const setup = make_activity("Employer claims project");
    auto convener = convener_a();
    auto const organisation = convener.post("/api/v1/organisations", boost::json::value { { "name", "Meadow Lane Carers" }, { "sector", "vcs" } });
    ASSERT_EQ(organisation.status, 201);
    auto const organisation_id = text(organisation.json().at("id"));
    // Fiona (finance) is on the charity's board; Wendy works for it.
    ASSERT_EQ(convener.patch("/api/v1/people/" + s_finance_id,
                  boost::json::value { { "organisation_ids", { organisation_id } }, { "groups", { "vcs" } } }).status,
        200);
    auto wendy = person_with_session("Wendy Worker", "vcs");
    ASSERT_EQ(convener.patch("/api/v1/people/" + wendy.id, boost::json::value { { "organisation_ids", { organisation_id } } }).status, 200);
    ASSERT_EQ(convener.post("/api/v1/activities/" + setup.activity + "/attendance",
                  boost::json::value { { "person_id", wendy.id }, { "group", "vcs" }, { "paid_by_employer", true } }).status,
        201);
    // Her charity pays her salary: her own claim for the time is refused; expenses only is fine.
    auto const time = claim(wendy.client, setup.activity, {});
    EXPECT_EQ(error_fields(time), std::vector<std::string> { "include_time" });
    // The charity claims the backfill instead (half of 18000 for 2 hours).
    auto const backfill = claim(wendy.client, setup.activity, { { { "kind", "travel" }, { "amount_pence", 500 } } },
        { { "backfill_organisation_id", organisation_id } });
    ASSERT_EQ(backfill.status, 201) << backfill.body;
    EXPECT_EQ(backfill.json().at("total_pence"), 9500);
    auto const id = text(backfill.json().at("id"));
    // Ada invited Wendy, but long enough ago that this is not an invitation chain.
    backdate_sign_in_links(40);
    // Fiona would be approving money for her own organisation; the claim says so before she tries.
    EXPECT_EQ(finance().get("/api/v1/claims/" + id).json().at("can_decide"), false);
    EXPECT_EQ(convener.get("/api/v1/claims/" + id).json().at("can_decide"), true);
    EXPECT_EQ(wendy.client.get("/api/v1/claims/" + id).json().at("can_decide"), false);
    auto const own = finance().post("/api/v1/claims/" + id + "/approve", boost::json::value(boost::json::object {}));
    EXPECT_EQ(own.status, 403);
    EXPECT_EQ(own.json().at("code"), "paid_to_their_organisation");
    ASSERT_EQ(convener.post("/api/v1/claims/" + id + "/approve", boost::json::value(boost::json::object {})).status, 200);
    ASSERT_EQ(convener.post("/api/v1/claims/" + id + "/paid", boost::json::value { { "paid_on", "2026-11-21" }, { "reference", "BACS-7" } }).status, 200);
    // Paid to the charity, not to Wendy: listed in her history, not in her totals.
    auto const mine = wendy.client.get("/api/v1/me/payments").json();
    EXPECT_EQ(mine.at("items").as_array().size(), 1u);
    EXPECT_EQ(mine.at("paid_pence"), 0);
    auto const csv = wendy.client.get("/api/v1/me/payments?format=csv").body;
    EXPECT_NE(csv.find("Meadow Lane Carers"), std::string::npos);
    EXPECT_NE(csv.find("TOTAL PAID,,,,,,0.00"), std::string::npos);
}

TEST_F(ResourcesApi, AGroupsShareOfTheBudgetNeedsConfirmingToo)
{
    auto const setup = make_activity("Group budget project");
    auto convener = convener_a();
    ASSERT_EQ(convener.send("PUT", "/api/v1/projects/" + setup.project + "/budget",
                  boost::json::serialize(boost::json::value { { "total_pence", 100000 }, { "by_group", { { "residents", 3000 } } } }),
                  { { "Content-Type", "application/json" } }).status,
        200);
    auto rhys = person_with_session("Rhys Resident", "residents");
    attended(setup, rhys.id, "residents");
    auto const made = claim(rhys.client, setup.activity, {}); // 2 hours at £20: 4000 > the residents' 3000
    ASSERT_EQ(made.status, 201);
    auto const id = text(made.json().at("id"));
    auto const over = finance().post("/api/v1/claims/" + id + "/approve", boost::json::value(boost::json::object {}));
    EXPECT_EQ(over.status, 409);
    EXPECT_EQ(over.json().at("code"), "over_budget");
    auto const confirmed = finance().post("/api/v1/claims/" + id + "/approve", boost::json::value { { "confirm_over_budget", true } });
    ASSERT_EQ(confirmed.status, 200);
    EXPECT_EQ(confirmed.json().at("over_budget"), true);
}

TEST_F(ResourcesApi, MeSaysWhoHasTheFinanceRole)
{
    EXPECT_EQ(finance().get("/api/v1/me").json().at("finance"), true);
    EXPECT_EQ(member_a().get("/api/v1/me").json().at("finance"), false);
    EXPECT_EQ(convener_b().get("/api/v1/me").json().at("finance"), false);
}

TEST_F(ResourcesApi, BankTransferNeedsTheBankDetailsOfWhoeverIsPaid)
{
    auto const setup = make_activity("Bank details project");
    auto convener = convener_a();
    auto bea = person_with_session("Bea Nobank", "residents");
    auto carl = person_with_session("Carl Nobank", "service_users_carers");
    attended(setup, bea.id, "residents");
    attended(setup, carl.id, "service_users_carers");
    auto const bank = boost::json::object { { "payment_method", "bank_transfer" } };

    // No bank details on file: refused, naming the field, and nothing is written.
    auto const refused = claim(bea.client, setup.activity, { { { "kind", "travel" }, { "amount_pence", 300 } } }, bank);
    EXPECT_EQ(refused.status, 422);
    EXPECT_EQ(error_fields(refused), std::vector<std::string> { "payment_method" });
    EXPECT_NE(refused.body.find("Add your bank details first, or choose a voucher."), std::string::npos) << refused.body;
    EXPECT_EQ(bea.client.get("/api/v1/claims").json().at("items").as_array().size(), 0u);
    // A convener claiming for Carl is told to ask him, not to add their own.
    auto const for_carl = claim(convener, setup.activity, {}, { { "payment_method", "bank_transfer" }, { "person_id", carl.id } });
    EXPECT_EQ(error_fields(for_carl), std::vector<std::string> { "payment_method" });
    EXPECT_NE(for_carl.body.find("ask them to add theirs"), std::string::npos) << for_carl.body;
    // The convener's own bank details are not Carl's: saving them changes nothing for him.
    ASSERT_EQ(convener.send("PUT", "/api/v1/me/bank-details",
                  boost::json::serialize(boost::json::value { { "account_name", "A Convener" }, { "sort_code", "11-22-33" }, { "account_number", "11112222" } }),
                  { { "Content-Type", "application/json" } }).status,
        200);
    EXPECT_EQ(claim(convener, setup.activity, {}, { { "payment_method", "bank_transfer" }, { "person_id", carl.id } }).status, 422);

    // Once Bea has saved hers, the same claim goes in (2 hours at £20 + £3 travel = 4300).
    ASSERT_EQ(bea.client.send("PUT", "/api/v1/me/bank-details",
                  boost::json::serialize(boost::json::value { { "account_name", "B Nobank" }, { "sort_code", "30-94-57" }, { "account_number", "87654321" } }),
                  { { "Content-Type", "application/json" } }).status,
        200);
    auto const accepted = claim(bea.client, setup.activity, { { { "kind", "travel" }, { "amount_pence", 300 } } }, bank);
    ASSERT_EQ(accepted.status, 201) << accepted.body;
    EXPECT_EQ(accepted.json().at("payment_method"), "bank_transfer");
    EXPECT_EQ(accepted.json().at("total_pence"), 4300);

    // Backfill is paid to the organisation, not to the worker: no personal bank details needed.
    auto const organisation = convener.post("/api/v1/organisations", boost::json::value { { "name", "Nobank Neighbours" }, { "sector", "vcs" } });
    ASSERT_EQ(organisation.status, 201);
    auto const organisation_id = text(organisation.json().at("id"));
    auto vera = person_with_session("Vera Nobank", "vcs");
    ASSERT_EQ(convener.patch("/api/v1/people/" + vera.id, boost::json::value { { "organisation_ids", { organisation_id } } }).status, 200);
    attended(setup, vera.id, "vcs");
    auto const backfill = claim(vera.client, setup.activity, {}, { { "payment_method", "bank_transfer" }, { "backfill_organisation_id", organisation_id } });
    EXPECT_EQ(backfill.status, 201) << backfill.body;
    EXPECT_EQ(anonymous().post("/api/v1/claims", boost::json::value { { "activity_id", setup.activity }, { "payment_method", "bank_transfer" } }).status, 401);
}

TEST_F(ResourcesApi, BankDetailsAreNeverShownInFull)
{
    auto rita = person_with_session("Rita Bank", "residents");
    EXPECT_EQ(error_fields(rita.client.send("PUT", "/api/v1/me/bank-details",
                  boost::json::serialize(boost::json::value { { "account_name", "R Bank" }, { "sort_code", "12" }, { "account_number", "abc" } }),
                  { { "Content-Type", "application/json" } })),
        (std::vector<std::string> { "account_number", "sort_code" }));
    auto const saved = rita.client.send("PUT", "/api/v1/me/bank-details",
        boost::json::serialize(boost::json::value { { "account_name", "R Bank" }, { "sort_code", "30-94-57" }, { "account_number", "12345678" } }),
        { { "Content-Type", "application/json" } });
    ASSERT_EQ(saved.status, 200) << saved.body;
    auto const shown = rita.client.get("/api/v1/me/bank-details");
    EXPECT_EQ(shown.json().at("account_ending"), "5678");
    EXPECT_EQ(shown.json().at("account_name"), "R Bank");
    EXPECT_EQ(shown.body.find("12345678"), std::string::npos);
    EXPECT_EQ(shown.body.find("309457"), std::string::npos);
}


TEST_F(ResourcesApi, AnInitiativesBudgetIsCommittedThenSpentThroughTheClaimsOfItsActivities)
{
    auto const setup = make_activity("Initiative budget project");
    auto convener = convener_a();
    auto rita = person_with_session("Rita Runs It", "residents");
    auto const made = rita.client.post("/api/v1/initiatives",
        boost::json::value { { "title", "Hug in a mug" }, { "purpose", "We take treats to people who may be lonely." }, { "for_whom", "Customers alone" },
            { "leads", { { { "person_id", rita.id }, { "group", "residents" } } } }, { "project_id", setup.project } });
    ASSERT_EQ(made.status, 201) << made.body;
    auto const base = "/api/v1/initiatives/" + text(made.json().at("id"));
    ASSERT_EQ(convener.post(base + "/approve").status, 200);
    ASSERT_EQ(convener.send("PUT", base + "/budget", R"({"budget_pence":15000})", { { "Content-Type", "application/json" } }).status, 200);
    // The lead links the forum the initiative runs; an activity of another project would not do.
    auto const other = make_activity("Another project");
    EXPECT_EQ(error_fields(rita.client.post(base + "/activities", boost::json::value { { "activity_id", other.activity } })),
        (std::vector<std::string> { "activity_id" }));
    ASSERT_EQ(rita.client.post(base + "/activities", boost::json::value { { "activity_id", setup.activity } }).status, 200);
    EXPECT_EQ(rita.client.post(base + "/activities", boost::json::value { { "activity_id", setup.activity } }).status, 409);

    // By hand: 2 hours at £20 = 4000, with travel 1250: 5250 committed once claimed, spent once paid.
    attended(setup, rita.id, "residents");
    auto const claimed = claim(rita.client, setup.activity, { { { "kind", "travel" }, { "amount_pence", 1250 } } });
    ASSERT_EQ(claimed.status, 201) << claimed.body;
    auto budget = [&] { return convener.get(base + "/budget").json(); };
    EXPECT_EQ(budget().at("committed_pence"), 5250);
    EXPECT_EQ(budget().at("spent_pence"), 0);
    EXPECT_EQ(budget().at("left_pence"), 9750);
    auto const id = text(claimed.json().at("id"));
    ASSERT_EQ(finance().post("/api/v1/claims/" + id + "/approve", boost::json::value(boost::json::object {})).status, 200);
    EXPECT_EQ(budget().at("committed_pence"), 5250);
    ASSERT_EQ(finance().post("/api/v1/claims/" + id + "/paid", boost::json::value { { "paid_on", "2026-11-20" }, { "reference", "BACS-0100" } }).status, 200);
    auto const spent = budget();
    EXPECT_EQ(spent.at("committed_pence"), 0);
    EXPECT_EQ(spent.at("spent_pence"), 5250);
    EXPECT_EQ(spent.at("left_pence"), 9750);
    EXPECT_EQ(spent.at("claims"), 1);
}

}
}
