// Trust between partners (issue 27): nobody approves their own money, speaks
// for a group they are not in, or takes over another's account. Each test
// walks a path a hostile insider tried, and checks it is refused and seen.

#include <algorithm>
#include <filesystem>
#include <cstdio>
#include <fstream>

#include <boost/json.hpp>

#include "support/api_fixture.hpp"

namespace rt::test {
namespace {

class TrustApi : public ApiTest {
protected:
    static void SetUpTestSuite()
    {
        // Sign-in links are emailed by the job queue's worker.
        s_server_arguments = { "--workers", "1" };
        ApiTest::SetUpTestSuite();
        s_server_arguments = { "--workers", "0" };
        auto convener = convener_a();
        // £20 an hour, so a claim's amount is easy to work out.
        auto const policy = convener.send("PUT", "/api/v1/participation-policy",
            boost::json::serialize(boost::json::value { { "rates", { { "hourly_pence", 2000 }, { "half_day_pence", 0 }, { "day_pence", 0 } } },
                { "expenses", { { "travel", { { "reimbursed", true }, { "cap_pence", 5000 } } } } } }),
            { { "Content-Type", "application/json" } });
        ASSERT_EQ(policy.status, 200) << policy.body;
    }

    // A project with one two-hour activity that `people` attended (as residents).
    static std::string activity_attended_by(std::vector<std::string> const& people, std::string const& title)
    {
        auto convener = convener_a();
        auto const project = convener.post("/api/v1/projects",
            boost::json::value { { "title", title }, { "summary", "Pay people for their time." }, { "interests", { "no-match-trust" } },
                { "charter", boost::json::object {} } });
        EXPECT_EQ(project.status, 201) << project.body;
        auto const activity = convener.post("/api/v1/projects/" + text(project.json().at("id")) + "/activities",
            boost::json::value { { "kind", "forum" }, { "title", "Forum" }, { "purpose", "Talk about the service." },
                { "starts_at", "2026-11-02T13:00:00Z" }, { "ends_at", "2026-11-02T15:00:00Z" }, { "online_url", "https://meet.example/forum" } });
        EXPECT_EQ(activity.status, 201) << activity.body;
        auto const activity_id = text(activity.json().at("id"));
        for (auto const& person : people) {
            auto const attended = convener.post("/api/v1/activities/" + activity_id + "/attendance",
                boost::json::value { { "person_id", person }, { "group", "residents" }, { "paid_by_employer", false } });
            EXPECT_EQ(attended.status, 201) << attended.body;
        }
        return activity_id;
    }

    static std::string claim_travel(HttpClient& client, std::string const& activity_id, int pence)
    {
        auto const made = client.post("/api/v1/claims",
            boost::json::value { { "activity_id", activity_id }, { "payment_method", "voucher" }, { "include_time", false },
                { "expenses", { { { "kind", "travel" }, { "amount_pence", pence } } } } });
        EXPECT_EQ(made.status, 201) << made.body;
        return text(made.json().at("id"));
    }

    static std::vector<std::string> refused_rules(HttpClient client)
    {
        std::vector<std::string> rules;
        for (auto const& item : items(client.get("/api/v1/finance-controls?limit=200")))
            if (item.at("kind") == "refused")
                rules.push_back(text(item.at("rule")));
        return rules;
    }
};

TEST_F(TrustApi, NobodyGivesThemselvesTheFinanceRole)
{
    auto ada = convener_a();
    auto const refused = ada.post("/api/v1/people/" + s_convener_a_id + "/finance", boost::json::value { { "finance", true } });
    EXPECT_EQ(refused.status, 403);
    EXPECT_EQ(refused.json().at("code"), "self_grant");
    EXPECT_EQ(ada.get("/api/v1/me").json().at("finance"), false);
    // Every convener sees the attempt, and the audit log has it.
    auto const rules = refused_rules(ada);
    EXPECT_NE(std::ranges::find(rules, "self_grant"), rules.end());
    bool audited = false;
    for (auto const& entry : items(ada.get("/api/v1/audit?limit=200")))
        audited = audited || entry.at("action") == "finance.refused.self_grant";
    EXPECT_TRUE(audited);

    // Bad input, no session, a member, another partnership.
    EXPECT_EQ(error_fields(ada.post("/api/v1/people/" + s_member_a_id + "/finance", boost::json::value { { "finance", "yes" } })),
        std::vector<std::string> { "finance" });
    EXPECT_EQ(anonymous().post("/api/v1/people/" + s_convener_a_id + "/finance", boost::json::value { { "finance", true } }).status, 401);
    EXPECT_EQ(member_a().post("/api/v1/people/" + s_convener_a_id + "/finance", boost::json::value { { "finance", true } }).status, 403);
    EXPECT_EQ(convener_b().post("/api/v1/people/" + s_convener_a_id + "/finance", boost::json::value { { "finance", true } }).status, 404);
    EXPECT_EQ(member_a().get("/api/v1/finance-controls").status, 403);
    EXPECT_EQ(anonymous().get("/api/v1/finance-controls").status, 401);
}

TEST_F(TrustApi, ASecondConvenerConfirmsTheFinanceRole)
{
    auto carl = convener_with_session("Carl Second");
    auto dee = convener_with_session("Dee Third");
    // Dee and Carl joined over a week ago: their accounts are not new.
    backdate_sign_in_links(8);
    auto ada = convener_a();

    auto const asked = ada.post("/api/v1/people/" + carl.id + "/finance", boost::json::value { { "finance", true }, { "reason", "Our treasurer" } });
    ASSERT_EQ(asked.status, 202) << asked.body;
    EXPECT_EQ(asked.json().at("status"), "pending");
    auto const request_id = text(asked.json().at("id"));
    // Asked for is not given.
    EXPECT_EQ(carl.client.get("/api/v1/me").json().at("finance"), false);
    // A second request for the same person waits for the first.
    EXPECT_EQ(dee.client.post("/api/v1/people/" + carl.id + "/finance", boost::json::value { { "finance", true } }).json().at("code"),
        "request_pending");
    // Neither the one who asked nor the one it is about confirms it; another partnership cannot see it.
    EXPECT_EQ(ada.post("/api/v1/finance-requests/" + request_id + "/confirm").json().at("code"), "own_request");
    EXPECT_EQ(carl.client.post("/api/v1/finance-requests/" + request_id + "/confirm").json().at("code"), "subject_of_request");
    EXPECT_EQ(convener_b().post("/api/v1/finance-requests/" + request_id + "/confirm").status, 404);
    EXPECT_EQ(member_a().post("/api/v1/finance-requests/" + request_id + "/confirm").status, 403);
    EXPECT_EQ(carl.client.get("/api/v1/me").json().at("finance"), false);

    auto const confirmed = dee.client.post("/api/v1/finance-requests/" + request_id + "/confirm");
    ASSERT_EQ(confirmed.status, 200) << confirmed.body;
    EXPECT_EQ(confirmed.json().at("status"), "confirmed");
    EXPECT_EQ(text(confirmed.json().at("decided_by").at("id")), dee.id);
    EXPECT_EQ(carl.client.get("/api/v1/me").json().at("finance"), true);
    EXPECT_EQ(dee.client.post("/api/v1/finance-requests/" + request_id + "/confirm").status, 409) << "answered once";

    // The controls page shows who holds it and what happened.
    auto const controls = ada.get("/api/v1/finance-controls");
    bool holds = false;
    auto const controls_body = controls.json();
    for (auto const& holder : controls_body.at("holders").as_array())
        holds = holds || text(holder.at("person").at("id")) == carl.id;
    EXPECT_TRUE(holds);
    std::vector<std::string> kinds;
    for (auto const& item : items(controls))
        if (item.at("person").is_object() && text(item.at("person").at("id")) == carl.id)
            kinds.push_back(text(item.at("kind")));
    // Newest first: granted, then the refusals of Carl and Ada, then the request.
    EXPECT_EQ(kinds, (std::vector<std::string> { "granted", "requested" }));
    EXPECT_GE(refused_rules(ada).size(), 2u);

    // Taking it away needs a second convener too; a request can be turned down.
    auto const removal = ada.post("/api/v1/people/" + carl.id + "/finance", boost::json::value { { "finance", false } });
    ASSERT_EQ(removal.status, 202);
    ASSERT_EQ(dee.client.post("/api/v1/finance-requests/" + text(removal.json().at("id")) + "/cancel").status, 200);
    EXPECT_EQ(carl.client.get("/api/v1/me").json().at("finance"), true);
}

// The path a hostile convener walked: a second convener account on an alias
// of her own email, given the finance role, approving her own claim.
TEST_F(TrustApi, AConvenerCannotPayHerselfThroughASecondAccount)
{
    auto ada = convener_a();
    auto const alias_email = s_convener_a_email.substr(0, s_convener_a_email.find('@')) + "+finance" + s_convener_a_email.substr(s_convener_a_email.find('@'));
    auto const alias = ada.post("/api/v1/people", boost::json::value { { "name", "Ada Again" }, { "email", alias_email }, { "role", "convener" } });
    ASSERT_EQ(alias.status, 201) << alias.body;
    auto const alias_id = text(alias.json().at("id"));
    std::string const url { alias.json().at("invite_url").as_string() };
    auto second = anonymous();
    auto const accepted = second.post("/api/v1/auth/accept-invite",
        boost::json::value { { "token", url.substr(url.find("token=") + 6) }, { "password", k_password } });
    ASSERT_EQ(accepted.status, 200);
    second.set_csrf_token(std::string { accepted.json().at("csrf_token").as_string() });

    // The first step, giving the second account the finance role, does not take effect:
    auto const asked = ada.post("/api/v1/people/" + alias_id + "/finance", boost::json::value { { "finance", true } });
    ASSERT_EQ(asked.status, 202);
    auto const request_id = text(asked.json().at("id"));
    // ...and neither of her accounts can confirm it.
    EXPECT_EQ(second.post("/api/v1/finance-requests/" + request_id + "/confirm").json().at("code"), "subject_of_request");
    EXPECT_EQ(ada.post("/api/v1/finance-requests/" + request_id + "/confirm").json().at("code"), "own_request");
    EXPECT_EQ(second.get("/api/v1/me").json().at("finance"), false);

    // Even if a third convener were misled into confirming, the money does not move.
    auto third = convener_with_session("Tess Third");
    backdate_sign_in_links(8); // Tess's own account is not new
    ASSERT_EQ(third.client.post("/api/v1/finance-requests/" + request_id + "/confirm").status, 200);
    // She lives in the borough, and came to a forum as a resident.
    ASSERT_EQ(ada.patch("/api/v1/people/" + s_convener_a_id, boost::json::value { { "groups", { "residents" } } }).status, 200);
    auto const activity = activity_attended_by({ s_convener_a_id }, "Self-payment project");
    auto const claim_id = claim_travel(ada, activity, 4500);
    auto const approve = second.post("/api/v1/claims/" + claim_id + "/approve", boost::json::value(boost::json::object {}));
    EXPECT_EQ(approve.status, 403);
    EXPECT_EQ(approve.json().at("code"), "same_email");
    EXPECT_EQ(ada.get("/api/v1/claims/" + claim_id).json().at("status"), "submitted");
    EXPECT_EQ(second.get("/api/v1/claims/" + claim_id).json().at("cannot_decide_because"), "same_email");
    auto const rules = refused_rules(ada);
    EXPECT_NE(std::ranges::find(rules, "same_email"), rules.end());
}

TEST_F(TrustApi, NewAccountsChainsAndSharedOrganisationsDoNotApprovePayments)
{
    auto fiona = convener_with_session("Fiona Finance");
    auto gail = convener_with_session("Gail Giver");
    auto hal = convener_with_session("Hal Helper");
    // Everyone so far joined 40 days ago: no new accounts, no recent invitations.
    backdate_sign_in_links(40);
    give_finance(fiona.id, gail.client, hal.client);

    // Fiona invites a resident this week, who then claims: one invited the other.
    auto const rita = fiona.client.post("/api/v1/people",
        boost::json::value { { "name", "Rita Resident" }, { "email", unique_email("rita") }, { "groups", { "residents" } } });
    ASSERT_EQ(rita.status, 201) << rita.body;
    auto const rita_id = text(rita.json().at("id"));
    std::string const url { rita.json().at("invite_url").as_string() };
    auto rita_client = anonymous();
    auto const accepted = rita_client.post("/api/v1/auth/accept-invite",
        boost::json::value { { "token", url.substr(url.find("token=") + 6) }, { "password", k_password } });
    ASSERT_EQ(accepted.status, 200);
    rita_client.set_csrf_token(std::string { accepted.json().at("csrf_token").as_string() });

    auto mo = member_a();
    auto const activity = activity_attended_by({ rita_id, s_member_a_id }, "Controls project");
    auto const ritas = claim_travel(rita_client, activity, 300);
    auto const chained = fiona.client.post("/api/v1/claims/" + ritas + "/approve", boost::json::value(boost::json::object {}));
    EXPECT_EQ(chained.status, 403);
    EXPECT_EQ(chained.json().at("code"), "invitation_chain");

    // Mo was invited by Ada long ago: Fiona may decide his claim, until they share an organisation.
    auto const mos = claim_travel(mo, activity, 450);
    EXPECT_EQ(fiona.client.get("/api/v1/claims/" + mos).json().at("can_decide"), true);
    auto ada = convener_a();
    auto const carers = ada.post("/api/v1/organisations", boost::json::value { { "name", "Riverside Carers Trust" }, { "sector", "vcs" } });
    ASSERT_EQ(carers.status, 201);
    auto const carers_id = text(carers.json().at("id"));
    for (auto const& id : { fiona.id, s_member_a_id })
        ASSERT_EQ(ada.patch("/api/v1/people/" + id, boost::json::value { { "organisation_ids", { carers_id } } }).status, 200);
    auto const shared = fiona.client.post("/api/v1/claims/" + mos + "/approve", boost::json::value(boost::json::object {}));
    EXPECT_EQ(shared.status, 403);
    EXPECT_EQ(shared.json().at("code"), "shared_organisation");

    // A convener who joined today holds the role but cannot use it for 7 days.
    auto ian = convener_with_session("Ian Incoming");
    give_finance(ian.id, gail.client, hal.client);
    EXPECT_EQ(ian.client.get("/api/v1/me").json().at("finance"), true);
    auto const fresh = ian.client.post("/api/v1/claims/" + mos + "/approve", boost::json::value(boost::json::object {}));
    EXPECT_EQ(fresh.status, 403);
    EXPECT_EQ(fresh.json().at("code"), "fresh_account");
    // Nor can a new account confirm a grant.
    auto const asked = gail.client.post("/api/v1/people/" + s_convener_a_id + "/finance", boost::json::value { { "finance", true } });
    ASSERT_EQ(asked.status, 202);
    EXPECT_EQ(ian.client.post("/api/v1/finance-requests/" + text(asked.json().at("id")) + "/confirm").json().at("code"), "fresh_account");

    // Eight days on, Ian approves Mo's claim; Rita's invitation is still this month's.
    backdate_sign_in_links(8);
    auto const approved = ian.client.post("/api/v1/claims/" + mos + "/approve", boost::json::value(boost::json::object {}));
    EXPECT_EQ(approved.status, 200) << approved.body;
    EXPECT_EQ(fiona.client.post("/api/v1/claims/" + ritas + "/approve", boost::json::value(boost::json::object {})).json().at("code"),
        "invitation_chain");
    // None of it was silent.
    auto const rules = refused_rules(ada);
    for (auto const* rule : { "invitation_chain", "shared_organisation", "fresh_account" })
        EXPECT_NE(std::ranges::find(rules, rule), rules.end()) << rule;
}

TEST_F(TrustApi, ReinvitingSomeoneWithAPasswordSendsThemAResetInstead)
{
    auto rhys = person_with_session("Rhys Reset", "residents");
    auto const rhys_email = text(convener_a().get("/api/v1/people/" + rhys.id).json().at("email"));
    auto ada = convener_a();
    auto const reinvited = ada.post("/api/v1/people/" + rhys.id + "/invite");
    ASSERT_EQ(reinvited.status, 202) << reinvited.body;
    EXPECT_EQ(reinvited.body.find("token"), std::string::npos) << "no link for the convener";
    EXPECT_FALSE(reinvited.json().as_object().contains("invite_url"));
    EXPECT_EQ(text(reinvited.json().at("sent_to")), rhys_email);
    // Rhys is still signed in, and is told a reset was asked for, and by whom.
    auto const me = rhys.client.get("/api/v1/me");
    ASSERT_EQ(me.status, 200);
    EXPECT_EQ(text(me.json().at("password_reset").at("requested_by").at("id")), s_convener_a_id);

    // The link went to Rhys's own address, in a well-formed email (read by
    // Python's email package), after the account invitation he was sent
    // when added. Security mail has no unsubscribe link.
    auto const mail = outbox_mail_to(rhys_email, 2);
    ASSERT_EQ(mail.size(), 2U);
    std::vector<boost::json::object> resets;
    for (auto const& message : mail)
        if (text(message.at("subject")) == "Reset your Roundtable password")
            resets.push_back(message);
    ASSERT_EQ(resets.size(), 1U);
    auto const& reset_mail = resets.front();
    EXPECT_EQ(reset_mail.at("defects").as_int64(), 0);
    EXPECT_EQ(text(reset_mail.at("list_unsubscribe")), "");
    EXPECT_NE(text(reset_mail.at("text")).find("Hello Rhys Reset,"), std::string::npos);
    EXPECT_NE(text(reset_mail.at("text")).find("Ada Convener asked for a new sign-in link for you."), std::string::npos) << text(reset_mail.at("text"));
    auto const token = sign_in_token(reset_mail);
    ASSERT_FALSE(token.empty());

    // Using it sets a new password and ends the old sessions; it works once.
    auto fresh = anonymous();
    auto const reset = fresh.post("/api/v1/auth/accept-invite", boost::json::value { { "token", token }, { "password", "a brand new pass phrase" } });
    ASSERT_EQ(reset.status, 200) << reset.body;
    EXPECT_EQ(rhys.client.get("/api/v1/me").status, 401);
    EXPECT_EQ(anonymous().post("/api/v1/auth/accept-invite", boost::json::value { { "token", token }, { "password", "another pass phrase" } }).status, 422);
    fresh.set_csrf_token(std::string { reset.json().at("csrf_token").as_string() });
    EXPECT_EQ(fresh.get("/api/v1/me").json().at("password_reset"), nullptr);

    // A first invitation's link is still the convener's to hand over.
    auto const newcomer = ada.post("/api/v1/people", boost::json::value { { "name", "Nia Newcomer" }, { "email", unique_email("nia") } });
    ASSERT_EQ(newcomer.status, 201);
    auto const first = ada.post("/api/v1/people/" + text(newcomer.json().at("id")) + "/invite");
    EXPECT_EQ(first.status, 201);
    EXPECT_TRUE(first.json().as_object().contains("invite_url"));
    EXPECT_EQ(member_a().post("/api/v1/people/" + rhys.id + "/invite").status, 403);
    EXPECT_EQ(convener_b().post("/api/v1/people/" + rhys.id + "/invite").status, 404);
}

TEST_F(TrustApi, CommonPasswordsAreRefusedWithAPlainMessage)
{
    auto ada = convener_a();
    auto const made = ada.post("/api/v1/people", boost::json::value { { "name", "Pat Password" }, { "email", unique_email("pat") } });
    ASSERT_EQ(made.status, 201);
    std::string const url { made.json().at("invite_url").as_string() };
    auto const token = url.substr(url.find("token=") + 6);
    for (auto const* guessable : { "aaaaaaaaaa", "password12", "1234567890", "qwertyuiop" }) {
        auto const refused = anonymous().post("/api/v1/auth/accept-invite", boost::json::value { { "token", token }, { "password", guessable } });
        EXPECT_EQ(refused.status, 422) << guessable;
        EXPECT_EQ(error_fields(refused), std::vector<std::string> { "password" }) << guessable;
        auto const message = text(refused.json().at("errors").at("password").at(0));
        EXPECT_NE(message.find("too easy to guess"), std::string::npos) << message;
    }
    // No composition rules: lower-case words together are fine.
    EXPECT_EQ(anonymous().post("/api/v1/auth/accept-invite", boost::json::value { { "token", token }, { "password", "marmalade kettle orbit" } }).status, 200);
}

TEST_F(TrustApi, AnotherPartnershipCannotTellWhetherAnEmailIsUsed)
{
    auto ben = convener_b();
    // Mo's address is used in partnership A; B adds someone with it exactly as with an unused one.
    auto const used = ben.post("/api/v1/people", boost::json::value { { "name", "Mo Elsewhere" }, { "email", s_member_a_email } });
    auto const unused = ben.post("/api/v1/people", boost::json::value { { "name", "Una Unused" }, { "email", unique_email("unused") } });
    ASSERT_EQ(used.status, 201) << used.body;
    ASSERT_EQ(unused.status, 201) << unused.body;
    auto keys = [](HttpResponse const& response) {
        std::vector<std::string> names;
        auto const body = response.json();
        for (auto const& [key, value] : body.as_object())
            names.emplace_back(key);
        std::ranges::sort(names);
        return names;
    };
    EXPECT_EQ(keys(used), keys(unused));
    EXPECT_TRUE(used.json().as_object().contains("invite_url"));

    // Within one partnership an address is still one person's.
    auto const twice = ben.post("/api/v1/people", boost::json::value { { "name", "Mo Again" }, { "email", s_member_a_email } });
    EXPECT_EQ(error_fields(twice), std::vector<std::string> { "email" });

    // Mo's account in A is untouched: the same address signs in to A.
    EXPECT_EQ(fresh_session(s_member_a_email).get("/api/v1/me").json().at("partnership").at("name"), "Partnership A");
    // The B account is its own: with its own password, the address signs in to B.
    std::string const url { used.json().at("invite_url").as_string() };
    ASSERT_EQ(anonymous().post("/api/v1/auth/accept-invite",
                  boost::json::value { { "token", url.substr(url.find("token=") + 6) }, { "password", "a different pass phrase" } }).status,
        200);
    HttpClient in_b { anonymous() };
    ASSERT_EQ(in_b.sign_in(s_member_a_email, "a different pass phrase").status, 200);
    EXPECT_EQ(in_b.get("/api/v1/me").json().at("partnership").at("name"), "Partnership B");
}

TEST_F(TrustApi, NobodySpeaksForAGroupTheyAreNotIn)
{
    auto mo = member_a();
    // A sector's group comes from acting for one of its organisations, which a convener records.
    auto const claimed = mo.patch("/api/v1/people/" + s_member_a_id, boost::json::value { { "groups", { "residents", "local_authority" } } });
    EXPECT_EQ(claimed.status, 422);
    EXPECT_EQ(error_fields(claimed), std::vector<std::string> { "groups" });
    EXPECT_EQ(mo.get("/api/v1/me").json().at("user").at("groups"), (boost::json::array { "residents" }));
    auto ada = convener_a();
    EXPECT_EQ(error_fields(ada.post("/api/v1/people", boost::json::value { { "name", "No Org" }, { "groups", { "health" } } })),
        std::vector<std::string> { "groups" });

    // In a project Mo joined as a resident, a group added to his profile afterwards does not count.
    auto const project = ada.post("/api/v1/projects",
        boost::json::value { { "title", "Voices project" }, { "summary", "Hear from everyone." }, { "interests", { "no-match-voices" } },
                { "charter", boost::json::object {} } });
    ASSERT_EQ(project.status, 201) << project.body;
    auto const project_id = text(project.json().at("id"));
    ASSERT_EQ(ada.post("/api/v1/projects/" + project_id + "/members", boost::json::value { { "person_id", s_member_a_id }, { "group", "residents" } }).status,
        201);
    ASSERT_EQ(mo.patch("/api/v1/people/" + s_member_a_id, boost::json::value { { "groups", { "residents", "staff" } } }).status, 200);
    auto const as_staff = mo.post("/api/v1/projects/" + project_id + "/contributions",
        boost::json::value { { "kind", "idea" }, { "text", "Open on Saturdays." }, { "group", "staff" } });
    EXPECT_EQ(as_staff.status, 422) << as_staff.body;
    EXPECT_EQ(error_fields(as_staff), std::vector<std::string> { "group" });
    auto const as_resident = mo.post("/api/v1/projects/" + project_id + "/contributions",
        boost::json::value { { "kind", "idea" }, { "text", "Open on Saturdays." } });
    ASSERT_EQ(as_resident.status, 201) << as_resident.body;
    EXPECT_EQ(as_resident.json().at("group"), "residents");
    ASSERT_EQ(mo.patch("/api/v1/people/" + s_member_a_id, boost::json::value { { "groups", { "residents" } } }).status, 200);

    // Each self-declared change is on his page, newest first, with who made it;
    // the refused local_authority left no trace, and a change of nothing is no change.
    ASSERT_EQ(mo.patch("/api/v1/people/" + s_member_a_id, boost::json::value { { "groups", { "residents" } } }).status, 200);
    auto const page = ada.get("/api/v1/people/" + s_member_a_id).json();
    auto const& changes = page.at("group_changes").as_array();
    ASSERT_GE(changes.size(), 2u);
    EXPECT_EQ(changes[0].at("added"), boost::json::array {});
    EXPECT_EQ(changes[0].at("removed"), (boost::json::array { "staff" }));
    EXPECT_EQ(changes[1].at("added"), (boost::json::array { "staff" }));
    EXPECT_EQ(changes[1].at("removed"), boost::json::array {});
    EXPECT_EQ(text(changes[1].at("changed_by").at("id")), s_member_a_id);
    for (auto const& change : changes)
        EXPECT_EQ(std::ranges::count(change.at("added").as_array(), boost::json::value("local_authority")), 0);
    EXPECT_TRUE(mo.get("/api/v1/people/" + s_member_a_id).json().as_object().contains("group_changes")) << "he sees his own";
    // Another member sees his groups but not their history.
    auto other = person_with_session("Olive Other", "residents");
    auto const seen = other.client.get("/api/v1/people/" + s_member_a_id).json().as_object();
    EXPECT_TRUE(seen.contains("groups"));
    EXPECT_FALSE(seen.contains("group_changes"));
    // Adding a person records the groups they were added with, by the convener who added them.
    auto const olive = ada.get("/api/v1/people/" + other.id).json();
    ASSERT_EQ(olive.at("group_changes").as_array().size(), 1u);
    EXPECT_EQ(olive.at("group_changes").at(0).at("added"), (boost::json::array { "residents" }));
    EXPECT_EQ(text(olive.at("group_changes").at(0).at("changed_by").at("id")), s_convener_a_id);
    EXPECT_EQ(convener_b().get("/api/v1/people/" + s_member_a_id).status, 404);
}

TEST_F(TrustApi, EarlyErrorsCarryTheirRealStatus)
{
    auto convener = convener_a();
    auto const too_large = convener.post("/api/v1/organisations", "{\"name\":\"" + std::string(2 * 1024 * 1024, 'a') + "\"}");
    EXPECT_EQ(too_large.status, 413);
    EXPECT_EQ(too_large.json().at("status"), 413);
    EXPECT_EQ(too_large.json().at("code"), "too_large");
    EXPECT_FALSE(too_large.header("content-security-policy").empty()) << "security headers on an early answer too";

    auto const wrong_type = convener.send("POST", "/api/v1/organisations", "name=x", { { "Content-Type", "application/x-www-form-urlencoded" } });
    EXPECT_EQ(wrong_type.status, 415);
    EXPECT_EQ(wrong_type.json().at("status"), 415);
    EXPECT_EQ(wrong_type.json().at("code"), "unsupported_media_type");

    auto const reply = raw_exchange(s_server->port(),
        "GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(20 * 1024, 'b') + "\r\nConnection: close\r\n\r\n");
    EXPECT_EQ(reply.rfind("HTTP/1.1 431", 0), 0u) << reply.substr(0, 40);
    auto const body = boost::json::parse(reply.substr(reply.find("\r\n\r\n") + 4));
    EXPECT_EQ(body.at("status"), 431);
    EXPECT_EQ(body.at("code"), "headers_too_large");
    EXPECT_NE(reply.find("Content-Security-Policy"), std::string::npos);

    auto const method = convener.send("PUT", "/api/v1/me", "{}", { { "Content-Type", "application/json" } });
    EXPECT_EQ(method.status, 405);
    EXPECT_EQ(method.json().at("status"), 405);
}

TEST(StaticPaths, ControlCharactersNameNoFile)
{
    TestDatabase database;
    auto const root = std::filesystem::temp_directory_path() / ("roundtable-web-nul-" + std::to_string(::getpid()));
    std::filesystem::create_directories(root / "assets");
    std::ofstream(root / "index.html") << "<!doctype html><title>Roundtable</title>";
    std::ofstream(root / "assets" / "index.js") << "console.log('hi')";
    ServerProcess server { database.url(), root.string() };
    server.start();
    HttpClient client { server.port() };
    EXPECT_EQ(client.get("/assets/index.js").status, 200);
    for (auto const* path : { "/assets/index.js%00.html", "/assets/index.js%00", "/assets/%0aindex.js", "/index.html%00", "/projects%00" }) {
        auto const response = client.get(path);
        EXPECT_EQ(response.status, 404) << path;
        EXPECT_EQ(response.body.find("console.log"), std::string::npos) << path;
    }
    server.stop();
    std::filesystem::remove_all(root);
}

// Issue 13, item 12: `serve` without --web serves the app built beside it
// (web/dist from where it runs); with none there, `/` says how to get one.
TEST(StaticPaths, ServeWithoutWebFindsTheBuiltAppOrSaysHow)
{
    TestDatabase database;
    auto const folder = std::filesystem::temp_directory_path() / ("roundtable-cwd-" + std::to_string(::getpid()));
    std::filesystem::create_directories(folder / "web" / "dist");
    std::ofstream(folder / "web" / "dist" / "index.html") << "<!doctype html><title>Built here</title>";
    // The server starts in that folder; the test's own folder is put back whatever happens.
    struct InFolder {
        std::filesystem::path before { std::filesystem::current_path() };
        explicit InFolder(std::filesystem::path const& to) { std::filesystem::current_path(to); }
        ~InFolder() { std::filesystem::current_path(before); }
    };
    {
        ServerProcess server { database.url() };
        {
            InFolder const here { folder };
            server.start();
        }
        HttpClient client { server.port() };
        auto const home = client.get("/");
        EXPECT_EQ(home.status, 200);
        EXPECT_NE(home.body.find("Built here"), std::string::npos) << home.body;
        EXPECT_NE(client.get("/projects").body.find("Built here"), std::string::npos) << "an app route is the app's page";
        server.stop();
    }
    std::filesystem::remove_all(folder / "web");
    {
        ServerProcess server { database.url() };
        {
            InFolder const here { folder };
            server.start();
        }
        HttpClient client { server.port() };
        auto const home = client.get("/");
        EXPECT_EQ(home.status, 404);
        EXPECT_NE(home.body.find("--web web/dist"), std::string::npos) << home.body;
        server.stop();
    }
    std::filesystem::remove_all(folder);
}

}
}
