#include "widgets/displayformat.h"
#include "widgets/costprojectionchart.h"

#include <algorithm>

#include <qcustomplot.h>

using namespace Qt::StringLiterals;

namespace fulcrum {

namespace {

} // namespace

CostProjectionChart::CostProjectionChart(QWidget *parent)
    : ChartView(parent)
{
    QCustomPlot *p = plot();
    setMonthTicker(p->xAxis);
    setMoneyTicker(p->yAxis);
    setMoneyTicker(p->yAxis2);
    p->yAxis2->setVisible(true);
    p->xAxis->setLabel(tr("Month"));
    p->axisRect()->setRangeDragAxes({p->xAxis}, {p->yAxis, p->yAxis2});
    p->axisRect()->setRangeZoomAxes({p->xAxis}, {p->yAxis, p->yAxis2});
    // The right axis has its own scale; only the left one draws a grid.
    p->yAxis2->grid()->setVisible(false);
    setLegendColumns(2);
}

void CostProjectionChart::rebuild(const Scenario &scenario, const Results &results)
{
    QCustomPlot *p = plot();
    const std::string currency = currencyOf(scenario, results);
    p->yAxis->setLabel(tr("Cost per month (%1)").arg(qs(currency)));
    p->yAxis2->setLabel(tr("Cumulative cost (%1)").arg(qs(currency)));

    if (results.projection.empty()) {
        setNote(tr("No months to project: the horizon is empty"));
        p->xAxis->setRange(-0.5, 0.5);
        p->yAxis->setRange(0, 1);
        p->yAxis2->setRange(0, 1);
        return;
    }

    Series monthly {"monthly cost", {}, {}};
    Series cumulative {"cumulative cost", {}, {}};
    for (const MonthProjection &m : results.projection) {
        monthly.x.push_back(m.month);
        monthly.y.push_back(m.cost);
        cumulative.x.push_back(m.month);
        cumulative.y.push_back(m.cumulativeCost);
    }

    const Alternative *cheapest = results.cheapestFeasibleAlternative();

    auto addLine = [&](const Series &series, QCPAxis *valueAxis, const QString &name,
                       const QPen &pen, const QString &what) {
        auto *graph = p->addGraph(p->xAxis, valueAxis);
        graph->setName(name);
        graph->setPen(pen);
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, pen.color(),
                                               palette().color(QPalette::Base), 6));
        graph->setData(QVector<double>(series.x.begin(), series.x.end()),
                       QVector<double>(series.y.begin(), series.y.end()), true);
        setHoverText(graph, [series, what, currency](int i) {
            return tr("%1\nmonth %2: %3")
                .arg(what, QLocale().toString(qRound64(series.x[std::size_t(i)]) + 1),
                     moneyText(series.y[std::size_t(i)], currency));
        });
        return graph;
    };

    addLine(monthly, p->yAxis, tr("monthly cost, as written"), QPen(seriesColor(0), 2.2),
            tr("Monthly cost, as written"));
    addLine(cumulative, p->yAxis2, tr("cumulative cost, as written (right axis)"),
            QPen(mutedColor(), 1.6, Qt::DashLine), tr("Cumulative cost, as written"));
    std::vector<Series> shown {monthly, cumulative};

    double highest = *std::max_element(monthly.y.begin(), monthly.y.end());
    if (cheapest) {
        const Series alternative = alternativeCostProjection(results, *cheapest);
        const QString model = qs(cheapest->model);
        const QString label = cheapest->caching
                                  ? tr("%1, %2, cached").arg(model, tierName(cheapest->tier).toLower())
                                  : tr("%1, %2").arg(model, tierName(cheapest->tier).toLower());
        addLine(alternative, p->yAxis,
                tr("monthly cost, cheapest feasible: %1 (saves %2 per month)")
                    .arg(label, moneyText(cheapest->savingPerMonth, currency)),
                QPen(seriesColor(2), 2.2), tr("Cheapest feasible alternative: %1").arg(label));
        for (double y : alternative.y)
            highest = std::max(highest, y);
        shown.push_back(alternative);
    } else {
        auto *none = new QCPItemText(p);
        none->position->setType(QCPItemPosition::ptAxisRectRatio);
        none->position->setCoords(0.01, 0.02);
        none->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        none->setText(tr("No feasible alternative to compare with"));
        none->setColor(mutedColor());
        none->setFont(font());
    }

    const double months = double(results.projection.size());
    p->xAxis->setRange(-0.5, months - 0.5);
    p->yAxis->setRange(0, highest > 0 ? highest * 1.1 : 1.0);
    const double total = cumulative.y.back();
    p->yAxis2->setRange(0, total > 0 ? total * 1.1 : 1.0);
    setShownSeries(std::move(shown));
}

} // namespace fulcrum
