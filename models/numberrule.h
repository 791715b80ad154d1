#pragma once

#include <optional>
#include <string>

#include "models/diagnostic.h"

namespace fulcrum {

/// The values a numeric input may take.
enum class Bound {
    Any,         ///< any finite number
    NonNegative, ///< ≥ 0 (token counts, money, seconds)
    Positive,    ///< > 0 (speeds)
    Share,       ///< 0..1 (accuracy, rates, shares)
    AtLeastOne,  ///< ≥ 1 (calls, completions, peak factor)
};

/// No input may exceed this magnitude (unless its rule says less): with every input bounded,
/// no figure computed from them can overflow to infinity.
inline constexpr double LargestInput = 1e12;

struct NumberRule
{
    Bound bound = Bound::NonNegative;
    bool integer = false;
    std::optional<double> minimum; ///< on top of bound
    std::optional<double> maximum;
};

/// True when value satisfies rule.
bool numberSatisfies(double value, const NumberRule &rule);

/// Checks value against rule; on failure appends one diagnostic at path and returns false.
/// Codes: not_finite, negative, not_positive, not_a_share, below_minimum, above_maximum,
/// not_integer; params carry "value" (and "minimum"/"maximum").
bool checkNumber(double value, const NumberRule &rule, const std::string &path,
                 Diagnostics &errors);

} // namespace fulcrum
