#pragma once


#include <optional>
#include <string>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "db/database.hpp"
#include "modules/notifications/model.hpp"
#include "modules/partnership/forms.hpp"
#include "modules/partnership/model.hpp"

// One use case per function, always in the same order: check permission,
// validate, write in one transaction with its audit entry.
namespace rt::partnership {

struct NewPartnership {
    std::string name;
    std::string admin_name;
    std::string admin_email;
    std::string admin_password;
    std::string colour { "#1d70b8" };
    // The convener as a partner too (issue 13, item 2): lived-experience
    // groups they belong to, and an organisation they act for (its sector's
    // group comes with it). Without either they facilitate.
    std::vector<std::string> admin_groups;
    std::string organisation_name;
    std::string organisation_sector;
    // The convener's own language (BCP 47), for the pages after sign-in and
    // for emails; English when not given.
    std::string admin_language;
};

struct CreatedPartnership {
    Partnership partnership;
    Person convener;
};

// For `roundtable init` and the demo: a partnership and its first convener.
[[nodiscard]] Result<CreatedPartnership> create_partnership(db::Database& database, NewPartnership const& request);

[[nodiscard]] Result<Partnership> update_partnership(db::Database& database, Actor const& actor, PartnershipForm const& form);

[[nodiscard]] Result<Organisation> create_organisation(db::Database& database, Actor const& actor, OrganisationForm const& form);
[[nodiscard]] Result<Organisation> update_organisation(db::Database& database, Actor const& actor, std::string const& id, OrganisationForm const& form);
[[nodiscard]] Status delete_organisation(db::Database& database, Actor const& actor, std::string const& id);

struct CreatedPerson {
    Person person;
    std::optional<std::string> invite_token; // when the person has an email
};

// A person with an email address gets an account invitation: its link is
// emailed to them (security mail, queued with the change) when `links` is
// given, and returned for the convener to pass on. The demo gives none: its
// people sign in with a password straight away.
[[nodiscard]] Result<CreatedPerson> create_person(db::Database& database, Actor const& actor, PersonForm const& form,
    std::optional<notifications::SignInLinks> const& links);
[[nodiscard]] Result<Person> update_person(db::Database& database, Actor const& actor, std::string const& id, PersonForm const& form);
// A new sign-in link (the old ones stop working), emailed to the person's
// own address. For someone who has never set a password, an account
// invitation whose link the convener may also hand over; for someone who
// has, a password reset that only the email carries, so the convener never
// holds a way into their account.
struct Reinvited {
    std::optional<std::string> invite_token; // an account invitation's token
    std::string sent_to; // the address the email goes to
};
[[nodiscard]] Result<Reinvited> reissue_invite(db::Database& database, Actor const& actor, std::string const& id,
    notifications::SignInLinks const& links);

}
