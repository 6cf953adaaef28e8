#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include <soci/soci.h>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "db/database.hpp"
#include "modules/resources/forms.hpp"
#include "modules/resources/model.hpp"
#include "modules/resources/queries.hpp"

// One use case each: check permission, validate against what is stored,
// write in one transaction with its audit entry.
namespace rt::resources {

[[nodiscard]] Result<Policy> set_policy(db::Database& database, Actor const& actor, Policy const& policy);
[[nodiscard]] Result<BudgetView> set_budget(db::Database& database, Actor const& actor, std::string const& project_id, BudgetForm const& form);

// A receipt's bytes, kept as a file beside its row: a PDF, JPEG or PNG by
// its contents, which must be what `declared_type` says. The file goes if
// the row does not.
[[nodiscard]] Result<Receipt> store_receipt(db::Database& database, std::filesystem::path const& files_dir, Actor const& actor, std::string_view bytes,
    std::string_view declared_type, std::string file_name);

[[nodiscard]] Result<Claim> create_claim(db::Database& database, Actor const& actor, ClaimForm const& form);
// Approve, reject or mark paid: finance only, never on one's own claim (the
// finance module's controls, checked and recorded first). The claimant is told.
[[nodiscard]] Result<ClaimView> decide_claim(db::Database& database, Actor const& actor, std::string const& claim_id, DecisionForm const& form);

[[nodiscard]] Result<BankDetailsShown> save_bank_details(db::Database& database, std::string const& data_key, Actor const& actor,
    BankDetailsForm const& form);

enum class OfferAnswer { Accept, Decline };
[[nodiscard]] Result<Offer> answer_offer(db::Database& database, Actor const& actor, std::string const& offer_id, OfferAnswer answer);

// Called by the activities module inside its attendance transaction for an
// attendee not paid by their employer to be there. The offer's audit record
// names whoever recorded the attendance.
void offer_payment(soci::session& sql, Actor const& recorder, std::string const& project_id, std::string const& activity_id,
    std::string const& person_id);

}
