#pragma once

#include "models/catalog.h"
#include "models/results.h"
#include "models/scenario.h"

namespace fulcrum {

struct EvaluateOptions
{
    bool alternatives = true; ///< rank catalog models × tiers × caching
};

/// Every figure of DESIGN.md for a scenario priced with a catalog (the scenario's own
/// "models" take precedence). Never throws; an invalid scenario gives Results whose errors
/// name each bad field and whose figures are left at their defaults.
Results evaluate(const Scenario &scenario, const Catalog &catalog, const EvaluateOptions &options = {});

} // namespace fulcrum
