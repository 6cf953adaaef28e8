// Sign-in, sessions, sign-out, CSRF and the login rate limit.

#include <boost/json.hpp>

#include "support/api_fixture.hpp"

namespace rt::test {
namespace {

class AuthApi : public ApiTest {
protected:
    // Sign-in links are emailed by the job queue's worker.
    static void SetUpTestSuite()
    {
        s_server_arguments = { "--workers", "1" };
        ApiTest::SetUpTestSuite();
        s_server_arguments = { "--workers", "0" };
    }
};

TEST_F(AuthApi, SignInSetsAHardenedCookieAndMeAnswers)
{
    auto client = anonymous();
    auto const response = client.sign_in(s_convener_a_email, k_password);
    ASSERT_EQ(response.status, 200) << response.body;
    auto const cookie = response.header("set-cookie");
    EXPECT_TRUE(cookie.starts_with("rt_session="));
    EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
    EXPECT_NE(cookie.find("SameSite=Lax"), std::string::npos);
    EXPECT_NE(cookie.find("Path=/"), std::string::npos);
    // 32 random bytes, unpadded base64url.
    EXPECT_EQ(client.session_cookie()->size(), 43u);
    EXPECT_EQ(text(response.json().at("user").at("email")), s_convener_a_email);
    EXPECT_EQ(response.json().at("partnership").at("name"), "Partnership A");

    auto const me = client.get("/api/v1/me");
    ASSERT_EQ(me.status, 200);
    EXPECT_EQ(me.json().at("user").at("role"), "convener");
    EXPECT_EQ(text(me.json().at("csrf_token")), *client.csrf_token());
    EXPECT_EQ(me.header("cache-control"), "no-store");
}

TEST_F(AuthApi, WrongPasswordAndUnknownEmailAnswerTheSame)
{
    auto client = anonymous();
    auto const wrong_password = client.sign_in(s_convener_b_email, "not the password at all");
    auto const unknown_email = client.sign_in(unique_email("nobody"), "not the password at all");
    EXPECT_EQ(wrong_password.status, 401);
    EXPECT_EQ(unknown_email.status, 401);
    EXPECT_EQ(wrong_password.body, unknown_email.body);
    EXPECT_TRUE(wrong_password.header("set-cookie").empty());
}

TEST_F(AuthApi, InvalidSignInNamesTheField)
{
    auto client = anonymous();
    auto const response = client.post("/api/v1/auth/login", boost::json::value { { "email", "" } });
    ASSERT_EQ(response.status, 422);
    EXPECT_EQ(error_fields(response), (std::vector<std::string> { "email", "password" }));
    EXPECT_EQ(client.get("/api/v1/me").status, 401);
}

TEST_F(AuthApi, RepeatedFailuresAreRateLimitedPerAccount)
{
    auto convener = convener_a();
    auto const email = unique_email("throttled");
    auto const created = convener.post("/api/v1/people", boost::json::value { { "name", "Throttled Person" }, { "email", email } });
    ASSERT_EQ(created.status, 201);
    std::string const url { created.json().at("invite_url").as_string() };
    auto person = anonymous();
    ASSERT_EQ(person.post("/api/v1/auth/accept-invite", boost::json::value { { "token", url.substr(url.find('=') + 1) }, { "password", k_password } }).status, 200);

    auto attacker = anonymous();
    for (int attempt = 1; attempt <= 5; ++attempt)
        EXPECT_EQ(attacker.sign_in(email, "guess number " + std::to_string(attempt)).status, 401) << attempt;
    auto const limited = attacker.sign_in(email, "guess number 6");
    EXPECT_EQ(limited.status, 429);
    auto const retry_after = std::stoi(limited.header("retry-after"));
    EXPECT_GT(retry_after, 0);
    EXPECT_LE(retry_after, 15 * 60);
    // Even the right password waits: the lock is on the account.
    EXPECT_EQ(attacker.sign_in(email, k_password).status, 429);
}

TEST_F(AuthApi, SignOutEndsTheSession)
{
    auto client = fresh_session(s_member_a_email);
    auto const cookie = client.session_cookie();
    auto no_csrf = client;
    no_csrf.set_csrf_token(std::nullopt);
    EXPECT_EQ(no_csrf.post("/api/v1/auth/logout").status, 403);
    EXPECT_EQ(client.get("/api/v1/me").status, 200);

    auto const logout = client.post("/api/v1/auth/logout");
    EXPECT_EQ(logout.status, 204);
    EXPECT_NE(logout.header("set-cookie").find("Max-Age=0"), std::string::npos);

    // The old cookie no longer works, even if a client kept it.
    auto replay = anonymous();
    replay.set_session_cookie(cookie);
    EXPECT_EQ(replay.get("/api/v1/me").status, 401);
    EXPECT_EQ(anonymous().post("/api/v1/auth/logout").status, 401);
}

TEST_F(AuthApi, SettingAPasswordByInvitationEndsOtherSessions)
{
    auto convener = convener_a();
    auto const email = unique_email("reset");
    auto const created = convener.post("/api/v1/people", boost::json::value { { "name", "Reese Reset" }, { "email", email } });
    auto const id = text(created.json().at("id"));
    auto const first = text(created.json().at("invite_url"));
    auto old_device = anonymous();
    ASSERT_EQ(old_device.post("/api/v1/auth/accept-invite", boost::json::value { { "token", first.substr(first.find('=') + 1) }, { "password", k_password } }).status, 200);
    ASSERT_EQ(old_device.get("/api/v1/me").status, 200);

    // The convener asks for a reset: the link goes to the person's own address.
    ASSERT_EQ(convener.post("/api/v1/people/" + id + "/invite").status, 202);
    // The account invitation's email, then the reset's.
    auto const mail = outbox_mail_to(email, 2);
    ASSERT_EQ(mail.size(), 2U);
    auto const second = sign_in_token(mail.back());
    ASSERT_FALSE(second.empty());
    EXPECT_NE(first.find(sign_in_token(mail.front())), std::string::npos) << "the invitation email carries the link the convener was shown";
    EXPECT_EQ(old_device.get("/api/v1/me").status, 200) << "asking for a reset ends nothing";
    auto new_device = anonymous();
    ASSERT_EQ(new_device.post("/api/v1/auth/accept-invite", boost::json::value { { "token", second }, { "password", "a brand new password" } }).status, 200);
    EXPECT_EQ(old_device.get("/api/v1/me").status, 401) << "the old session ended with the new password";
    EXPECT_EQ(new_device.get("/api/v1/me").status, 200);

    // Changing the email retires a link sent to the old address.
    ASSERT_EQ(convener.post("/api/v1/people/" + id + "/invite").status, 202);
    auto const third = sign_in_token(outbox_mail_to(email, 3).back());
    ASSERT_FALSE(third.empty());
    ASSERT_EQ(convener.patch("/api/v1/people/" + id, boost::json::value { { "email", unique_email("corrected") } }).status, 200);
    auto stranger = anonymous();
    EXPECT_EQ(stranger.post("/api/v1/auth/accept-invite", boost::json::value { { "token", third }, { "password", k_password } }).status, 422);
}

TEST_F(AuthApi, AForgedCookieIsUnauthenticated)
{
    auto client = anonymous();
    client.set_session_cookie("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    auto const response = client.get("/api/v1/me");
    EXPECT_EQ(response.status, 401);
    EXPECT_EQ(response.header("content-type"), "application/problem+json");
    EXPECT_EQ(response.json().at("status"), 401);
}

}
}
