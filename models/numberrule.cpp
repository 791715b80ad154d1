#include "models/numberrule.h"

#include <cmath>

namespace fulcrum {

bool numberSatisfies(double value, const NumberRule &rule)
{
    Diagnostics ignored;
    return checkNumber(value, rule, {}, ignored);
}

bool checkNumber(double value, const NumberRule &rule, const std::string &path,
                 Diagnostics &errors)
{
    auto fail = [&](const char *code, nlohmann::json params) {
        errors.push_back({path, code, std::move(params)});
        return false;
    };
    if (!std::isfinite(value))
        return fail("not_finite", nlohmann::json::object());
    switch (rule.bound) {
    case Bound::Any:
        break;
    case Bound::NonNegative:
        if (value < 0)
            return fail("negative", {{"value", value}});
        break;
    case Bound::Positive:
        if (value <= 0)
            return fail("not_positive", {{"value", value}});
        break;
    case Bound::Share:
        if (value < 0 || value > 1)
            return fail("not_a_share", {{"value", value}});
        break;
    case Bound::AtLeastOne:
        if (value < 1)
            return fail("below_minimum", {{"value", value}, {"minimum", 1}});
        break;
    }
    if (rule.minimum && value < *rule.minimum)
        return fail("below_minimum", {{"value", value}, {"minimum", *rule.minimum}});
    const double maximum = rule.maximum.value_or(LargestInput);
    if (value > maximum)
        return fail("above_maximum", {{"value", value}, {"maximum", maximum}});
    if (value < -LargestInput)
        return fail("below_minimum", {{"value", value}, {"minimum", -LargestInput}});
    if (rule.integer && value != std::floor(value))
        return fail("not_integer", {{"value", value}});
    return true;
}

} // namespace fulcrum
