#pragma once

#include "widgets/chartview.h"

namespace fulcrum {

/// What does the budget afford? For each synchronous step with known latency, the
/// pipeline's total latency through that step (y, seconds) against the step's output
/// tokens per call (x), from latencyByOutputTokens(): solid at typical speed, dashed at
/// the slowest hour's; a horizontal line at the budget, and each step's affordable output
/// tokens (results.steps[i].affordableOutputTokens) marked where its solid line crosses it.
///
/// shownSeries(): for the n steps latencyByOutputTokens() returns, [2i] step i at typical
/// speed and [2i + 1] at the slowest hour's, exactly as the model gives them; then one
/// single-point series "<step> affordable" per step that affords some output within the
/// budget: x its affordable output tokens, y the budget.
class LatencyByTokensChart : public ChartView
{
    Q_OBJECT

public:
    explicit LatencyByTokensChart(QWidget *parent = nullptr);

protected:
    void rebuild(const Scenario &scenario, const Results &results) override;
};

} // namespace fulcrum
