#pragma once

#include "models/json.h"
#include "models/results.h"

namespace fulcrum {

/// "eval", "assumed_target", "unchanged", "unmeasured".
const char *accuracyBasisKey(AccuracyBasis basis);
/// The codes of an alternative's InfeasibleReason flags, e.g. ["below_target", "over_budget"].
Json infeasibleReasonKeys(unsigned reasons);

/// The results as `fulcrum compute` prints them (DESIGN.md, "Command line"): every figure,
/// with "errors" and "warnings" as {path, code, params}. At most maxAlternatives
/// alternatives are written (all when negative).
Json resultsToJson(const Results &results, int maxAlternatives = -1);

} // namespace fulcrum
