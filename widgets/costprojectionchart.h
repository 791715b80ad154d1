#pragma once

#include "widgets/chartview.h"

namespace fulcrum {

/// What will it cost over time? The monthly cost over the growth horizon for the scenario
/// as written (results.projection), the same for the cheapest feasible alternative (the
/// feasible, non-current Alternative with the lowest costPerMonth, via
/// alternativeCostProjection(); none when no alternative is feasible), and the cumulative
/// cost as written on a second y axis (right).
///
/// shownSeries(): [0] "monthly cost" and [1] "cumulative cost" of the scenario as written
/// (x the 0-based month, y in the scenario's currency; the axis labels months from 1);
/// [2] the cheapest feasible alternative's monthly cost as alternativeCostProjection()
/// gives it, when there is one.
class CostProjectionChart : public ChartView
{
    Q_OBJECT

public:
    explicit CostProjectionChart(QWidget *parent = nullptr);

protected:
    void rebuild(const Scenario &scenario, const Results &results) override;
};

} // namespace fulcrum
