#pragma once

#include <vector>

#include "models/calibration.h"
#include "widgets/chartview.h"

namespace fulcrum {

/// How well does the fitted latency model predict? Each fitted model's runs as points of
/// measured (x) against predicted (y) end-to-end latency, in seconds, with the identity
/// line y = x: points above it were predicted slower than measured. Held-out runs are drawn
/// as crosses. A model with many runs shows an even sample of at most MaxPoints of them.
///
/// shownSeries(): one per usable fit in order, named after its model (x measured, y
/// predicted, as plotted), then "identity" (two points on y = x).
class CalibrationScatter : public ChartView
{
    Q_OBJECT

public:
    static constexpr std::size_t MaxPoints = 4000;

    explicit CalibrationScatter(QWidget *parent = nullptr);

    /// Shows the fits' points (LatencyFit::points); no fit with points shows a note.
    void setFits(const std::vector<LatencyFit> &fits);

protected:
    void rebuild(const Scenario &scenario, const Results &results) override;

private:
    struct Points
    {
        QString model;
        std::vector<double> measuredS;
        std::vector<double> predictedS;
        std::vector<bool> heldOut;
    };
    std::vector<Points> m_points;
};

/// The residuals (predicted − measured end-to-end latency, seconds) of each fitted model as
/// a histogram in shared bins (models/calibration.h's residualHistogram), a line at 0.
///
/// shownSeries(): one per usable fit in order, named after its model: x the bins' centres,
/// y the number of runs in each.
class ResidualHistogramChart : public ChartView
{
    Q_OBJECT

public:
    explicit ResidualHistogramChart(QWidget *parent = nullptr);

    void setFits(const std::vector<LatencyFit> &fits);

protected:
    void rebuild(const Scenario &scenario, const Results &results) override;

private:
    std::vector<QString> m_models;
    ResidualHistogram m_histogram;
};

} // namespace fulcrum
