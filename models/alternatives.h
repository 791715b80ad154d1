#pragma once

#include <vector>

#include "models/modellookup.h"
#include "models/pipelinemodel.h"
#include "models/results.h"
#include "models/scenario.h"

namespace fulcrum {

/// The steps a candidate changes: the final step, every step, or one step by name.
std::vector<int> alternativeTargets(const Scenario &scenario);

/// Every model × tier × caching applied to the target steps, priced and timed like the
/// scenario, with the business case redone, a verdict, the Pareto front of cost × latency ×
/// accuracy marked, ranked by net per month (then cost). `business` and `costPerMonth` are
/// the scenario's own figures, for the savings and the "unchanged" accuracy.
std::vector<Alternative> rankAlternatives(const Scenario &scenario, const ModelLookup &models,
                                          const PipelineModel &pipeline,
                                          const BusinessResults &business, double costPerMonth);

/// The scenario with an alternative applied: the target steps switch to its model and tier;
/// with caching they keep their hit rate (or derive one from traffic if they had none),
/// without it their hit rate becomes 0.
Scenario applyAlternative(const Scenario &scenario, const Alternative &alternative);

/// Marks the candidates that no other candidate beats on cost, latency and accuracy at once.
/// Candidates with unknown accuracy or latency are never on the front.
void markParetoFront(std::vector<Alternative> &alternatives);

} // namespace fulcrum
