#include "widgets/calibrationcharts.h"

#include <algorithm>

#include <qcustomplot.h>

using namespace Qt::StringLiterals;

namespace fulcrum {

CalibrationScatter::CalibrationScatter(QWidget *parent)
    : ChartView(parent)
{
    QCustomPlot *p = plot();
    setSecondsTicker(p->xAxis, false);
    setSecondsTicker(p->yAxis, false);
    p->xAxis->setLabel(tr("Measured end-to-end latency (s)"));
    p->yAxis->setLabel(tr("Predicted end-to-end latency (s)"));
    setLegendColumns(3);
}

void CalibrationScatter::setFits(const std::vector<LatencyFit> &fits)
{
    m_points.clear();
    for (const LatencyFit &fit : fits) {
        if (!fit.usable() || fit.points.empty())
            continue;
        Points points;
        points.model = qs(fit.model);
        // An even sample keeps a million-run log drawable; the fit used every run.
        const std::size_t step = (fit.points.size() + MaxPoints - 1) / MaxPoints;
        for (std::size_t i = 0; i < fit.points.size(); i += step) {
            points.measuredS.push_back(fit.points[i].measuredS);
            points.predictedS.push_back(fit.points[i].predictedS);
            points.heldOut.push_back(fit.points[i].heldOut);
        }
        m_points.push_back(std::move(points));
    }
    showResults(Scenario {}, Results {});
}

void CalibrationScatter::rebuild(const Scenario &, const Results &)
{
    QCustomPlot *p = plot();
    if (m_points.empty()) {
        setNote(tr("Import a latency log to compare predicted and measured latency"));
        p->xAxis->setRange(0, 1);
        p->yAxis->setRange(0, 1);
        return;
    }
    std::vector<Series> shown;
    double highest = 0;
    for (std::size_t m = 0; m < m_points.size(); ++m) {
        const Points &points = m_points[m];
        const QColor color = seriesColor(static_cast<int>(m));
        QColor fill = color;
        fill.setAlphaF(0.55);
        for (const bool heldOut : {false, true}) {
            QVector<double> x;
            QVector<double> y;
            for (std::size_t i = 0; i < points.measuredS.size(); ++i) {
                if (points.heldOut[i] != heldOut)
                    continue;
                x << points.measuredS[i];
                y << points.predictedS[i];
                highest = std::max({highest, points.measuredS[i], points.predictedS[i]});
            }
            if (x.isEmpty())
                continue;
            auto *graph = p->addGraph();
            graph->setName(heldOut ? tr("%1, held out").arg(points.model) : points.model);
            graph->setLineStyle(QCPGraph::lsNone);
            graph->setScatterStyle(heldOut ? QCPScatterStyle(QCPScatterStyle::ssCross, QPen(color, 1.6), Qt::NoBrush, 7)
                                           : QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(color, 1.0), fill, 6));
            graph->setData(x, y);
            const QString model = points.model;
            setHoverText(graph, [graph, model](int i) {
                const auto it = graph->data()->at(i);
                return tr("%1\nmeasured %2, predicted %3").arg(model, secondsText(it->key), secondsText(it->value));
            });
        }
        std::vector<std::size_t> order(points.measuredS.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(),
                  [&](std::size_t a, std::size_t b) { return points.measuredS[a] < points.measuredS[b]; });
        Series series {points.model.toStdString(), {}, {}};
        for (std::size_t i : order) {
            series.x.push_back(points.measuredS[i]);
            series.y.push_back(points.predictedS[i]);
        }
        shown.push_back(std::move(series));
    }
    const double top = highest > 0 ? highest * 1.05 : 1.0;
    auto *identity = p->addGraph();
    identity->setName(tr("predicted = measured"));
    identity->setPen(QPen(mutedColor(), 1.4, Qt::DashLine));
    identity->setData(QVector<double> {0, top}, QVector<double> {0, top});
    setHoverText(identity, [](int) { return tr("Predicted = measured: points above were predicted slower"); });
    shown.push_back({"identity", {0, top}, {0, top}});
    p->xAxis->setRange(0, top);
    p->yAxis->setRange(0, top);
    setShownSeries(std::move(shown));
}

ResidualHistogramChart::ResidualHistogramChart(QWidget *parent)
    : ChartView(parent)
{
    QCustomPlot *p = plot();
    setSecondsTicker(p->xAxis, false);
    p->xAxis->setLabel(tr("Predicted − measured end-to-end latency (s)"));
    p->yAxis->setLabel(tr("Runs"));
    setLegendColumns(3);
}

void ResidualHistogramChart::setFits(const std::vector<LatencyFit> &fits)
{
    std::vector<LatencyFit> shown;
    m_models.clear();
    for (const LatencyFit &fit : fits) {
        if (!fit.usable() || fit.points.empty())
            continue;
        m_models.push_back(qs(fit.model));
        // Only the points are needed for the bins.
        LatencyFit points;
        points.points = fit.points;
        shown.push_back(std::move(points));
    }
    m_histogram = residualHistogram(shown);
    showResults(Scenario {}, Results {});
}

void ResidualHistogramChart::rebuild(const Scenario &, const Results &)
{
    QCustomPlot *p = plot();
    if (m_models.empty() || m_histogram.counts.empty()) {
        setNote(tr("Import a latency log to see the residuals"));
        p->xAxis->setRange(-1, 1);
        p->yAxis->setRange(0, 1);
        return;
    }
    std::vector<Series> shown;
    double highest = 0;
    const double width = m_histogram.binWidthS;
    const std::size_t bins = m_histogram.counts.front().size();
    for (std::size_t m = 0; m < m_models.size(); ++m) {
        const std::vector<double> &counts = m_histogram.counts[m];
        Series series {m_models[m].toStdString(), {}, {}};
        for (std::size_t i = 0; i < counts.size(); ++i) {
            series.x.push_back(m_histogram.lowerS + (static_cast<double>(i) + 0.5) * width);
            series.y.push_back(counts[i]);
            highest = std::max(highest, counts[i]);
        }
        auto *bars = new QCPBars(p->xAxis, p->yAxis);
        bars->setName(m_models[m]);
        QColor color = seriesColor(static_cast<int>(m));
        bars->setPen(QPen(color, 1.0));
        color.setAlphaF(m_models.size() > 1 ? 0.45 : 0.7);
        bars->setBrush(color);
        bars->setWidth(width);
        bars->setData(QVector<double>(series.x.begin(), series.x.end()), QVector<double>(series.y.begin(), series.y.end()),
                      true);
        const QString model = m_models[m];
        setHoverText(bars, [series, width, model](int i) {
            const double centre = series.x[std::size_t(i)];
            return tr("%1\n%2 runs off by %3 to %4")
                .arg(model)
                .arg(series.y[std::size_t(i)])
                .arg(secondsText(centre - width / 2), secondsText(centre + width / 2));
        });
        shown.push_back(std::move(series));
    }
    auto *zero = new QCPItemStraightLine(p);
    zero->point1->setCoords(0, 0);
    zero->point2->setCoords(0, 1);
    zero->setPen(QPen(mutedColor(), 1.4, Qt::DashLine));
    const double lower = m_histogram.lowerS;
    const double upper = lower + width * static_cast<double>(bins);
    p->xAxis->setRange(lower - width, upper + width);
    p->yAxis->setRange(0, highest > 0 ? highest * 1.1 : 1.0);
    setShownSeries(std::move(shown));
}

} // namespace fulcrum
