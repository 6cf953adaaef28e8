#include "modules/resources/model.hpp"

#include <algorithm>

namespace rt::resources {

Rates Policy::rates_for(std::string const& activity_kind) const
{
    auto const found = rates_by_kind.find(activity_kind);
    return found == rates_by_kind.end() ? default_rates : found->second;
}

bool Policy::pays_by(std::string_view method) const
{
    return std::ranges::find(payment_methods, method) != payment_methods.end();
}

Policy default_policy()
{
    // Starting figures for a partnership to change: £25 an hour, £75 a half
    // day, £150 a day; 45p a mile (HMRC's approved rate for the first 10,000 miles).
    Policy policy;
    policy.expenses = { { "travel", { true, 5000 } }, { "care_cover", { true, 10000 } }, { "interpreter", { true, 15000 } },
        { "subsistence", { true, 1500 } }, { "equipment", { true, 3000 } }, { "data_phone", { true, 1000 } } };
    policy.benefits_note = "If you get benefits, payment for your time may affect them. You can choose to claim expenses only, "
                           "or to be paid in vouchers, or not to be paid. Ask us for a letter for your benefits adviser.";
    return policy;
}

}
