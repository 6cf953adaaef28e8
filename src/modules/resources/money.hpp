#pragma once

#include <map>
#include <string>
#include <vector>

// Money in integer pence, never floating point. Pure; unit-tested.
namespace rt::resources {

struct Rates {
    long long hourly_pence { 0 };
    long long half_day_pence { 0 };
    long long day_pence { 0 };
};

// Pay for time: the day rate from 5 hours, the half-day rate from 2.5 hours
// (when the policy sets them), otherwise the hourly rate for the minutes,
// rounded to the nearest penny (half a penny up).
[[nodiscard]] long long time_pence(Rates const& rates, long long minutes);

// "£1,234.56" for people; "1234.56" for a finance system's CSV.
[[nodiscard]] std::string pounds(long long pence);
[[nodiscard]] std::string decimal_pounds(long long pence);

}
