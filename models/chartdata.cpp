#include "models/chartdata.h"

#include <algorithm>

#include "models/businesscase.h"

namespace fulcrum {

Series netPerMonthByAccuracy(const Scenario &scenario, const Results &results, int points)
{
    Series series;
    series.name = "net per month";
    const BusinessResults &b = results.business;
    const int n = std::max(points, 2);
    series.x.reserve(n);
    series.y.reserve(n);
    for (int i = 0; i < n; ++i) {
        const double p = static_cast<double>(i) / (n - 1);
        series.x.push_back(p);
        series.y.push_back(b.casesPerMonth
                               * netPerCase(p, scenario.economics.valuePerSuccess, b.failureCost, b.llmCostPerCase)
                           - scenario.economics.monthlyFixedCosts);
    }
    return series;
}

std::vector<Series> latencyByOutputTokens(const Results &results, bool slowest, int points)
{
    std::vector<Series> all;
    if (!results.latency.known)
        return all; // a line through a step would leave out the unknown step's time
    const int n = std::max(points, 2);
    for (const StepResult &s : results.steps) {
        if (!s.onSyncPath || !s.latencyKnown || s.outputTokensPerS <= 0)
            continue;
        const double speed = slowest ? s.outputTokensPerSSlowest : s.outputTokensPerS;
        const CallLatency &c = s.latencyPerCall;
        // Everything on the longest path through the step except its own output time.
        const double fixed = slowest ? s.startSlowestS + s.calls * c.firstTokenSlowestS() + s.tailSlowestS
                                     : s.startS + s.calls * c.firstTokenS() + s.tailS;
        const double affordable = s.affordableOutputTokens.value_or(0.0);
        const double xMax = std::max({2.0 * s.tokensPerCall.output, 1.5 * affordable, 64.0});
        Series series;
        series.name = s.name + " (" + s.model + ")";
        for (int i = 0; i < n; ++i) {
            const double tokens = xMax * i / (n - 1);
            series.x.push_back(tokens);
            series.y.push_back(fixed + s.calls * tokens / speed);
        }
        all.push_back(std::move(series));
    }
    return all;
}

Series alternativeCostProjection(const Results &results, const Alternative &alternative)
{
    Series series;
    series.name = alternative.model;
    for (const MonthProjection &m : results.projection) {
        series.x.push_back(m.month);
        series.y.push_back(alternative.costPerRequest * m.requestsPerDay * DaysPerMonth);
    }
    return series;
}

} // namespace fulcrum
