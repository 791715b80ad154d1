#pragma once

#include "widgets/chartview.h"

namespace fulcrum {

/// Is it worth it? Net per month (y, the scenario's currency) against accuracy 0–100 %
/// (x), from netPerMonthByAccuracy(), over a shaded loss region (below 0) and profit
/// region (above 0), with vertical markers for break-even, target, measured (its Wilson
/// 95 % interval as a band when known) and human accuracy (when known).
///
/// shownSeries(): [0] the line exactly as netPerMonthByAccuracy() gives it (x a fraction
/// 0..1); then one single-point series per marker shown, in this order, x the accuracy
/// (fraction) and y the net per month Results gives there: "break-even" (y 0, where the
/// monthly net crosses zero, fixed costs included; omitted when it never breaks even),
/// "break-even per case" (only when fixed costs move it; y minus the fixed costs),
/// "target", "measured", "human" (when known).
class BusinessCaseChart : public ChartView
{
    Q_OBJECT

public:
    explicit BusinessCaseChart(QWidget *parent = nullptr);

protected:
    void rebuild(const Scenario &scenario, const Results &results) override;
};

} // namespace fulcrum
