#pragma once

#include "models/catalog.h"
#include "models/diagnostic.h"
#include "models/scenario.h"

namespace fulcrum {

/// Every reason the scenario cannot be evaluated, each with the field's path: numbers out
/// of range or not finite, shares outside 0..1, unknown models, steps or tiers, duplicate
/// step names, dependency cycles, an empty pipeline, bad catalog overrides.
Diagnostics validateScenario(const Scenario &scenario, const Catalog &catalog);

} // namespace fulcrum
