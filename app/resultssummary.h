#pragma once

#include <QString>

#include "models/results.h"
#include "models/scenario.h"

namespace fulcrum {

/// A few plain sentences with the headline figures: break-even and margin, net per month,
/// cost, latency against the budget, the best feasible alternative.
QString resultsSummary(const Scenario &scenario, const Results &results);

} // namespace fulcrum
