#pragma once

#include <memory>
#include <string>
#include <vector>

#include <boost/json/array.hpp>
#include <boost/json/value.hpp>
#include <gtest/gtest.h>

#include "support/http_client.hpp"
#include "support/server_process.hpp"

namespace rt::test {

inline constexpr char const* k_password = "correct horse battery";

// One server and database per test suite, with two partnerships:
// A (a convener and a member who joined by invitation) and B (a convener).
// Tests add what they need with distinct names, so they do not interfere.
class ApiTest : public ::testing::Test {
protected:
    static void SetUpTestSuite();
    static void TearDownTestSuite();

    static HttpClient convener_a();
    static HttpClient member_a();
    static HttpClient convener_b();
    static HttpClient anonymous();
    static HttpClient fresh_session(std::string const& email);

    // A unique email for this run.
    static std::string unique_email(std::string const& name);

    // A new person of partnership A in one group, signed in the way people
    // join: a convener adds them, they accept the invitation.
    struct NewPerson {
        std::string id;
        HttpClient client;
    };
    // Sector groups (local_authority, health, vcs, provider) come from acting
    // for an organisation of that sector: the person is added to one.
    static NewPerson person_with_session(std::string const& name, std::string const& group);
    // A second (third...) convener of partnership A, signed in.
    static NewPerson convener_with_session(std::string const& name);
    // An organisation of partnership A in the sector, made once per suite.
    static std::string organisation_of_sector(std::string const& sector);

    // Runs SQL straight on the test database, for what only time does: every
    // sign-in link of partnership A issued `days` earlier than it was, as if
    // its people had joined that long ago.
    static void backdate_sign_in_links(int days);
    // The emails in the server's outbox to `address`, oldest first, as
    // Python's email package reads them (tools/read_notice.py: to, subject,
    // message_id, list_unsubscribe, text, html...), once at least `count`
    // are there: the job queue's worker sends them after the change commits
    // (a suite reading mail starts its server with "--workers 1"). Waits up
    // to ten seconds, then answers what there is.
    static std::vector<boost::json::object> outbox_mail_to(std::string const& address, std::size_t count = 1);
    // The token of the sign-in link in an email's plain text ("" when none).
    static std::string sign_in_token(boost::json::object const& mail);
    // The finance role given the only way there is: one convener asks, another confirms.
    static void give_finance(std::string const& person_id, HttpClient asker, HttpClient confirmer);

    // The server's arguments beyond the usual ones; a suite sets them before
    // ApiTest::SetUpTestSuite() (the default leaves the job queue without a worker).
    static inline std::vector<std::string> s_server_arguments { "--workers", "0" };
    static std::unique_ptr<TestDatabase> s_database;
    static std::unique_ptr<ServerProcess> s_server;
    static std::string s_member_a_id;
    static std::string s_convener_a_id;
    static std::string s_convener_a_email;
    static std::string s_member_a_email;
    static std::string s_convener_b_email;

private:
    static HttpClient signed_in(std::string const& email);
    static HttpClient cached_session(std::string const& email);
};

// A JSON string's text, or "" for anything else, to compare with std::string.
[[nodiscard]] inline std::string text(boost::json::value const& value)
{
    return value.is_string() ? std::string { value.get_string() } : std::string {};
}

// The `items` of a list response, by value (safe to loop over).
[[nodiscard]] inline boost::json::array items(HttpResponse const& response)
{
    return response.json().at("items").as_array();
}

// Field names in a 422 problem's `errors`.
[[nodiscard]] std::vector<std::string> error_fields(HttpResponse const& response);

}
