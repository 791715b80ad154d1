#pragma once

#include <map>
#include <optional>
#include <string>

#include "models/json.h"

#include "models/diagnostic.h"
#include "models/numberrule.h"

namespace fulcrum {

enum class DistributionKind { Triangular, Pert, LogNormal };

/// An uncertain input written as a range instead of a number (DESIGN.md, "Ranges").
/// Point results use pointValue(): the most likely value, or the median of a log-normal.
struct Distribution
{
    DistributionKind kind = DistributionKind::Triangular;
    double low = 0;    ///< triangular and PERT
    double likely = 0; ///< triangular and PERT
    double high = 0;   ///< triangular and PERT
    double median = 0; ///< log-normal
    std::optional<double> p10; ///< log-normal: one of p10 and p90
    std::optional<double> p90;
    Json extra = Json::object(); ///< unknown keys, kept on save

    double pointValue() const;

    bool operator==(const Distribution &) const = default;
};

/// Ranges of one object's fields, by their key in the file.
using Ranges = std::map<std::string, Distribution, std::less<>>;

/// Reads {"low","likely","high","dist"} or {"median","p10"|"p90","dist":"lognormal"}.
/// Structural problems (wrong types, missing parts, unknown "dist") go to errors at path.
std::optional<Distribution> distributionFromJson(const Json &json,
                                                 const std::string &path, Diagnostics &errors);
Json distributionToJson(const Distribution &distribution);

/// Checks a range's numbers against the field's rule and their order
/// (low ≤ likely ≤ high; p10 < median < p90, all > 0 for a log-normal).
void checkDistribution(const Distribution &distribution, const NumberRule &rule,
                       const std::string &path, Diagnostics &errors);

} // namespace fulcrum
