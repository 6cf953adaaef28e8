#pragma once

#include <optional>
#include <string>

#include <boost/json/object.hpp>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "db/database.hpp"
#include "modules/finance/model.hpp"
#include "modules/finance/queries.hpp"

namespace rt::finance {

// POST /people/{id}/finance {finance, reason?}: asks for the role to be given
// or taken away. Nothing changes until a second convener confirms.
struct ChangeForm {
    bool give { true };
    std::string reason;
    [[nodiscard]] static Result<ChangeForm> read(boost::json::object const& body);
};

[[nodiscard]] Result<FinanceRequest> request_change(db::Database& database, Actor const& actor, std::string const& person_id, ChangeForm const& form);
[[nodiscard]] Result<FinanceRequest> confirm_request(db::Database& database, Actor const& actor, std::string const& request_id);
[[nodiscard]] Result<FinanceRequest> cancel_request(db::Database& database, Actor const& actor, std::string const& request_id);

// For the resources module, before it approves, rejects or pays a claim:
// refuses (403 with the rule's code) and records the refusal, in its own
// transaction, for the finance controls page and the audit log.
[[nodiscard]] Status check_claim_decision(db::Database& database, Actor const& actor, ClaimPeople const& claim, std::string const& claim_id);

// The command line and the demo: the role given when a partnership is set up,
// by whoever runs the server (recorded like any grant, with no second convener).
void grant_at_set_up(soci::session& sql, std::string const& partnership_id, std::string const& person_id, std::string const& granted_by);

}
