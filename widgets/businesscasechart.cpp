#include "widgets/businesscasechart.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include <qcustomplot.h>

using namespace Qt::StringLiterals;

namespace fulcrum {

namespace {

/// A marker of the chart: where, and the point on the line that Results gives for it.
struct AccuracyMarker
{
    QString name;            ///< the series name in shownSeries()
    std::optional<double> y; ///< net per month there, from Results
    ChartView::Marker line;
};

} // namespace

BusinessCaseChart::BusinessCaseChart(QWidget *parent)
    : ChartView(parent)
{
    setPercentTicker(plot()->xAxis);
    setMoneyTicker(plot()->yAxis);
    plot()->xAxis->setLabel(tr("Accuracy (%)"));
    setLegendColumns(4);
}

void BusinessCaseChart::rebuild(const Scenario &scenario, const Results &results)
{
    QCustomPlot *p = plot();
    const BusinessResults &b = results.business;
    const std::string currency = currencyOf(scenario, results);
    p->yAxis->setLabel(tr("Net per month (%1)").arg(qs(currency)));

    const Series line = netPerMonthByAccuracy(scenario, results);
    std::vector<Series> shown {line};

    // Profit above zero, loss below: bands as wide and tall as the view, whatever the zoom.
    auto region = [&](bool profit) {
        auto *rect = new QCPItemRect(p);
        rect->setLayer(u"background"_s);
        rect->topLeft->setTypeX(QCPItemPosition::ptAxisRectRatio);
        rect->bottomRight->setTypeX(QCPItemPosition::ptAxisRectRatio);
        rect->topLeft->setTypeY(profit ? QCPItemPosition::ptAxisRectRatio
                                       : QCPItemPosition::ptPlotCoords);
        rect->bottomRight->setTypeY(profit ? QCPItemPosition::ptPlotCoords
                                           : QCPItemPosition::ptAxisRectRatio);
        rect->topLeft->setCoords(0, 0);
        rect->bottomRight->setCoords(1, profit ? 0 : 1);
        rect->setPen(Qt::NoPen);
        rect->setBrush(profit ? profitColor() : lossColor());
    };
    region(true);
    region(false);

    auto *graph = p->addGraph();
    graph->setName(tr("net per month"));
    graph->setPen(QPen(seriesColor(0), 2.2));
    graph->setData(QVector<double>(line.x.begin(), line.x.end()),
                   QVector<double>(line.y.begin(), line.y.end()), true);
    setHoverText(graph, [line, currency](int i) {
        return tr("Net per month\nat %1 accuracy: %2")
            .arg(percentText(line.x[i]), moneyText(line.y[i], currency));
    });

    // Legend entries for the shaded areas (no data of their own).
    auto legendSwatch = [&](const QString &name, const QColor &fill) {
        auto *swatch = new QCPBars(p->xAxis, p->yAxis);
        swatch->setName(name);
        QColor solid = fill;
        solid.setAlpha(std::min(255, fill.alpha() * 3));
        swatch->setBrush(solid);
        swatch->setPen(Qt::NoPen);
    };
    legendSwatch(tr("profit"), profitColor());
    legendSwatch(tr("loss"), lossColor());

    std::vector<AccuracyMarker> markers;
    const double breakEven = b.breakEvenWithFixedCosts;
    const bool breaksEvenSomewhere = breakEven >= 0 && breakEven <= 1;
    if (breaksEvenSomewhere) {
        markers.push_back({u"break-even"_s, 0.0, {breakEven,
                           tr("break-even %1").arg(percentText(breakEven)),
                           tr("Break-even accuracy: %1\nbelow it the feature loses money")
                               .arg(percentText(breakEven, 2)),
                           textColor(), Qt::DashLine}});
    }
    if (std::abs(b.breakEven - breakEven) > 1e-12 && b.breakEven >= 0 && b.breakEven <= 1) {
        markers.push_back({u"break-even per case"_s, -scenario.economics.monthlyFixedCosts,
                           {b.breakEven, tr("per case %1").arg(percentText(b.breakEven)),
                           tr("Break-even accuracy per case, before fixed costs: %1")
                               .arg(percentText(b.breakEven, 2)),
                           mutedColor(), Qt::DotLine}});
    }
    markers.push_back({u"target"_s, b.netPerMonthAtTarget, {scenario.economics.targetAccuracy,
                       tr("target %1").arg(percentText(scenario.economics.targetAccuracy)),
                       tr("Target accuracy: %1\nnet per month: %2")
                           .arg(percentText(scenario.economics.targetAccuracy),
                                moneyText(b.netPerMonthAtTarget, currency)),
                       seriesColor(2), Qt::DashDotLine}});
    {
        QString hover = b.accuracyBasis == AccuracyBasis::AssumedTarget
                            ? tr("Accuracy assumed (no eval of %1): %2")
                                  .arg(qs(b.accuracyModel), percentText(b.accuracy))
                            : tr("Measured accuracy of %1: %2")
                                  .arg(qs(b.accuracyModel), percentText(b.accuracy));
        if (b.wilson95) {
            hover += u'\n' + tr("95 % interval: %1 – %2 (%3 examples)")
                                 .arg(percentText(b.wilson95->low), percentText(b.wilson95->high),
                                      QLocale().toString(b.evalSize, 'f', 0));
        }
        if (b.probabilityAboveBreakEven) {
            hover += u'\n' + tr("chance it is above break-even: %1")
                                 .arg(percentText(*b.probabilityAboveBreakEven, 2));
        }
        hover += u'\n' + tr("net per month: %1").arg(moneyText(b.netPerMonth, currency));
        markers.push_back({u"measured"_s, b.netPerMonth, {b.accuracy,
                           b.accuracyBasis == AccuracyBasis::AssumedTarget
                               ? tr("assumed %1").arg(percentText(b.accuracy))
                               : tr("measured %1").arg(percentText(b.accuracy)),
                           hover, seriesColor(1), Qt::SolidLine}});
    }
    if (scenario.economics.humanAccuracy && b.netPerMonthAtHuman) {
        const double human = *scenario.economics.humanAccuracy;
        markers.push_back({u"human"_s, *b.netPerMonthAtHuman, {human,
                           tr("human %1").arg(percentText(human)),
                           tr("Human accuracy: %1\nnet per month at it: %2")
                               .arg(percentText(human), moneyText(*b.netPerMonthAtHuman, currency)),
                           seriesColor(3), Qt::DotLine}});
    }

    if (b.wilson95) {
        QColor fill = seriesColor(1);
        fill.setAlpha(isDark() ? 70 : 55);
        auto *band = new QCPItemRect(p);
        band->setLayer(u"background"_s);
        band->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
        band->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
        band->topLeft->setCoords(b.wilson95->low, 0);
        band->bottomRight->setCoords(b.wilson95->high, 1);
        band->setPen(Qt::NoPen);
        band->setBrush(fill);
        legendSwatch(tr("measured, 95 % interval"),
                     QColor(fill.red(), fill.green(), fill.blue(), 60));
    }

    std::vector<Marker> lines;
    for (const AccuracyMarker &m : markers)
        lines.push_back(m.line);
    const int rows = addVerticalMarkers(lines, 0.0, 1.0);
    QColor labelBack = palette().color(QPalette::Base);
    labelBack.setAlpha(215);

    // The marked points on the line, in the documented order.
    for (const AccuracyMarker &m : markers) {
        if (!m.y)
            continue;
        shown.push_back(Series {m.name.toStdString(), {m.line.x}, {*m.y}});
        auto *point = p->addGraph();
        point->setName(m.name);
        point->removeFromLegend();
        point->setLineStyle(QCPGraph::lsNone);
        point->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(m.line.color, 2),
                                               palette().color(QPalette::Base), 8));
        point->setData({m.line.x}, {*m.y}, true);
        setHoverText(point, [hover = m.line.hover](int) { return hover; });
    }

    if (!breaksEvenSomewhere) {
        auto *never = new QCPItemText(p);
        never->position->setType(QCPItemPosition::ptAxisRectRatio);
        never->position->setCoords(0.02, 0.5);
        never->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        never->setText(tr("Never breaks even: the break-even accuracy would be %1")
                           .arg(percentText(breakEven)));
        never->setColor(budgetColor());
        never->setBrush(labelBack);
        never->setPadding(QMargins(6, 3, 6, 3));
        never->setFont(font());
    }

    // Home view: all accuracies, the whole line, zero, and room above for the labels.
    double low = 0;
    double high = 0;
    for (double y : line.y) {
        low = std::min(low, y);
        high = std::max(high, y);
    }
    if (high - low <= 0) {
        low -= 1;
        high += 1;
    }
    const double span = high - low;
    const double labelRoom = labelRowsShare(std::max(rows, 1)) + 0.02;
    p->xAxis->setRange(-0.02, 1.02);
    p->yAxis->setRange(low - 0.05 * span, high + span * labelRoom / (1 - labelRoom));

    setShownSeries(std::move(shown));
}

} // namespace fulcrum
