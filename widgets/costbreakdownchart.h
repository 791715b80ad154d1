#pragma once

#include "widgets/chartview.h"

namespace fulcrum {

/// What will it cost, and where does it go? The cost per request of each step, stacked by
/// token kind (uncached input, cached input, cache writes, output, reasoning), one bar per
/// step (results.steps[i].costPerRequest) and, with more than one step, a last bar for
/// the whole request (results.cost.perRequestByKind); the total is written above each bar.
///
/// shownSeries(): five series, one per token kind in that order ("uncached input",
/// "cached input", "cache writes", "output", "reasoning"); x the bar (0 … steps − 1, then
/// steps for the whole request), y that kind's cost per request in the scenario's
/// currency. Kinds that cost nothing anywhere are plotted but left out of the legend.
class CostBreakdownChart : public ChartView
{
    Q_OBJECT

public:
    explicit CostBreakdownChart(QWidget *parent = nullptr);

protected:
    void rebuild(const Scenario &scenario, const Results &results) override;

private:
    /// The left margin, in pixels, that keeps count slanted bar names (label(i)) on the chart.
    int leftRoomForSlantedNames(std::size_t count, const std::function<QString(std::size_t)> &label) const;
};

} // namespace fulcrum
