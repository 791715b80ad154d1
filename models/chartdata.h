#pragma once

#include <optional>
#include <string>
#include <vector>

#include "models/results.h"
#include "models/scenario.h"

namespace fulcrum {

/// Points ready to plot: x and y of equal length, x increasing.
struct Series
{
    std::string name;
    std::vector<double> x;
    std::vector<double> y;

    bool operator==(const Series &) const = default;
};

/// Net per month (y, currency) against accuracy 0..1 (x): the business case's line,
/// cases × (p·S − (1 − p)·F − c) − fixed costs.
Series netPerMonthByAccuracy(const Scenario &scenario, const Results &results, int points = 101);

/// Per synchronous step with known latency: the pipeline's latency through that step (y,
/// seconds) against the step's output tokens per call (x, 0 up to well past what the
/// budget affords), the other steps as they are. `slowest` uses the slowest speed.
std::vector<Series> latencyByOutputTokens(const Results &results, bool slowest, int points = 65);

/// The monthly cost of an alternative over the horizon: its cost per request times each
/// month's traffic (auto cache hit rates are taken at month 0's traffic).
Series alternativeCostProjection(const Results &results, const Alternative &alternative);

} // namespace fulcrum
