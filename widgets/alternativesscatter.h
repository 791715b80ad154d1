#pragma once

#include <optional>
#include <vector>

#include <QPoint>
#include <QPointF>

#include "widgets/chartview.h"

class QCPColorScale;
class QCPGraph;

namespace fulcrum {

/// What is cheaper? Every alternative of results.alternatives as a point: cost per month
/// (x, log scale) × total latency (y, seconds, log scale), coloured by accuracy (colour
/// scale on the right; unmeasured accuracy grey), infeasible ones faded, the Pareto front
/// joined by a line, the scenario as written ringed, and the latency budget as a line.
/// Alternatives with no known latency sit on a "latency unknown" row at the top.
/// Clicking a point emits alternativeClicked() and rings it.
///
/// shownSeries(): [0] "alternatives": one point per alternative in the order of
/// results.alternatives (a scatter: x is not sorted), x its costPerMonth and y its
/// latencyTotalS as Results gives them (0 when latencyKnown is false); [1] "Pareto front":
/// the alternatives with .pareto and a known latency, by cost (x costPerMonth, y
/// latencyTotalS).
class AlternativesScatter : public ChartView
{
    Q_OBJECT

public:
    explicit AlternativesScatter(QWidget *parent = nullptr);

    /// Rings one alternative (index into the last results' alternatives), -1 for none. The
    /// index is kept across showResults() while it is in range.
    void setHighlighted(int index);
    int highlighted() const { return m_highlighted; }

    /// Where alternative index is drawn, in the widget's coordinates, once the plot is laid
    /// out; nullopt for an index out of range (testing hook).
    std::optional<QPointF> pointPosition(int index) const;

signals:
    /// The user clicked the point of alternative index (into results.alternatives).
    void alternativeClicked(int index);

protected:
    void rebuild(const Scenario &scenario, const Results &results) override;

private:
    void updateHighlight();
    void handleRelease(const QPoint &position);

    QCPColorScale *m_colorScale = nullptr;
    QCPGraph *m_highlight = nullptr;           ///< owned by the plot; remade by rebuild()
    std::vector<QPointF> m_points;             ///< plot coordinates, by alternative
    std::vector<QString> m_names;              ///< for the legend entry of the ring
    int m_highlighted = -1;
    QPoint m_pressPosition;
};

} // namespace fulcrum
