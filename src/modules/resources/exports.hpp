#pragma once

#include <functional>
#include <optional>
#include <string>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "db/database.hpp"

// CSV downloads made piece by piece while they are sent: the header first,
// then one page of claims per piece (each page read in its own short
// transaction), then the total row made from the rows written, so the total
// always adds up to the penny.
namespace rt::resources {

using CsvPieces = std::function<std::optional<std::string>()>;

// Approved claims ready to pay, for a finance system: finance only; with a
// project, that project's (another partnership's project is not found).
[[nodiscard]] Result<CsvPieces> claims_to_pay_csv(db::Database& database, Actor const& actor, std::string const& project_id);
// My claims and payments, for my own records.
[[nodiscard]] CsvPieces my_payments_csv(db::Database& database, Actor const& actor);

}
