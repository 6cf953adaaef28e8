#include "modules/resources/money.hpp"

#include <fmt/format.h>

namespace rt::resources {

long long time_pence(Rates const& rates, long long minutes)
{
    if (minutes <= 0)
        return 0;
    if (rates.day_pence > 0 && minutes >= 300)
        return rates.day_pence;
    if (rates.half_day_pence > 0 && minutes >= 150)
        return rates.half_day_pence;
    return (rates.hourly_pence * minutes + 30) / 60;
}

std::string decimal_pounds(long long pence)
{
    auto const sign = pence < 0 ? "-" : "";
    auto const value = pence < 0 ? -pence : pence;
    return fmt::format("{}{}.{:02}", sign, value / 100, value % 100);
}

std::string pounds(long long pence)
{
    auto const sign = pence < 0 ? "-" : "";
    auto value = pence < 0 ? -pence : pence;
    auto whole = std::to_string(value / 100);
    for (int i = static_cast<int>(whole.size()) - 3; i > 0; i -= 3)
        whole.insert(static_cast<std::size_t>(i), ",");
    return fmt::format("{}£{}.{:02}", sign, whole, value % 100);
}

}
