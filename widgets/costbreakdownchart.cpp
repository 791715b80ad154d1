#include "widgets/costbreakdownchart.h"

#include <algorithm>
#include <array>
#include <cmath>

#include <QFontMetricsF>
#include <QtMath>

#include <qcustomplot.h>

using namespace Qt::StringLiterals;

namespace fulcrum {

namespace {

/// Above this many bars the step names are written slanted, on one line.
constexpr int MaxUprightBars = 6;
/// The slant of those names, in degrees.
constexpr double SlantDegrees = 30;

} // namespace

CostBreakdownChart::CostBreakdownChart(QWidget *parent)
    : ChartView(parent)
{
    setMoneyTicker(plot()->yAxis);
    plot()->xAxis->grid()->setVisible(false);
    plot()->xAxis->setTickLength(0, 3);
    plot()->xAxis->setSubTicks(false);
    setLegendColumns(5);
}

int CostBreakdownChart::leftRoomForSlantedNames(std::size_t count,
                                                const std::function<QString(std::size_t)> &label) const
{
    // QCustomPlot hangs a slanted name down to the left of its tick and makes no room for
    // it: with many steps the first names would run off the chart's left edge (and be cut
    // in the report). The name of bar i ends at its tick, left + (i + 0.6) bar spacings in;
    // find the left margin that keeps every name on the chart. The spacing depends on the
    // margin, so settle it in a few rounds.
    const QFontMetricsF metrics(font());
    const double radians = qDegreesToRadians(SlantDegrees);
    const double width = std::max(200, layoutSize().width());
    constexpr double RightMargin = 16; // QCustomPlot's right margin with no right axis
    constexpr double Edge = 4;
    double left = 0;
    for (int round = 0; round < 4; ++round) {
        const double spacing = (width - std::max(left, 60.0) - RightMargin) / (double(count) + 0.2);
        double needed = 0;
        for (std::size_t i = 0; i < count; ++i) {
            const double overhang = std::cos(radians) * metrics.horizontalAdvance(label(i))
                                    + std::sin(radians) * metrics.height() / 2;
            needed = std::max(needed, overhang + Edge - (double(i) + 0.6) * spacing);
        }
        left = needed;
    }
    return std::max(0, int(std::ceil(left)));
}

void CostBreakdownChart::rebuild(const Scenario &scenario, const Results &results)
{
    QCustomPlot *p = plot();
    const std::string currency = currencyOf(scenario, results);
    p->yAxis->setLabel(tr("Cost per request (%1)").arg(qs(currency)));
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    p->xAxis->setTicker(ticker);

    if (results.steps.empty()) {
        setNote(tr("No steps: nothing to cost"));
        p->xAxis->setRange(-0.6, 0.6);
        p->yAxis->setRange(0, 1);
        return;
    }

    struct Bar
    {
        QString name;   ///< for the read-out
        QString label;  ///< under the bar
        TokenCost cost;
        double total = 0;
    };
    const bool slanted = int(results.steps.size()) + 1 > MaxUprightBars;
    std::vector<Bar> bars;
    for (const StepResult &step : results.steps) {
        const QString name = tr("%1 (%2)").arg(qs(step.name), qs(step.model));
        bars.push_back({name, slanted ? name : qs(step.name) + u'\n' + qs(step.model),
                        step.costPerRequest, step.costPerRequest.total()});
    }
    if (results.steps.size() > 1)
        bars.push_back({tr("whole request"), tr("whole request"), results.cost.perRequestByKind,
                        results.cost.perRequest});

    QVector<double> keys;
    double highest = 0;
    for (std::size_t i = 0; i < bars.size(); ++i) {
        keys.append(double(i));
        ticker->addTick(double(i), bars[i].label);
        highest = std::max(highest, bars[i].total);
    }
    p->xAxis->setTickLabelRotation(slanted ? -SlantDegrees : 0);
    p->axisRect()->setMinimumMargins(QMargins(slanted ? leftRoomForSlantedNames(bars.size(), [&](std::size_t i) {
        return bars[i].label;
    }) : 0, 0, 0, 0));

    struct Kind
    {
        const char *key; ///< the series name in shownSeries()
        QString name;
        double TokenCost::*member;
        QColor color;
    };
    const std::array<Kind, 5> kinds {{
        {"uncached input", tr("uncached input"), &TokenCost::plainInput, seriesColor(0)},
        {"cached input", tr("cached input"), &TokenCost::cachedInput, seriesColor(4)},
        {"cache writes", tr("cache writes"), &TokenCost::cacheWrite, seriesColor(3)},
        {"output", tr("output"), &TokenCost::output, seriesColor(1)},
        {"reasoning", tr("reasoning"), &TokenCost::reasoning, seriesColor(5)},
    }};

    std::vector<Series> shown;
    std::vector<QString> names;
    for (const Bar &bar : bars)
        names.push_back(bar.name);
    const QColor separator = palette().color(QPalette::Base);
    QCPBars *below = nullptr;
    for (const Kind &kind : kinds) {
        QVector<double> values;
        for (const Bar &bar : bars)
            values.append(bar.cost.*kind.member);
        auto *stack = new QCPBars(p->xAxis, p->yAxis);
        stack->setName(kind.name);
        stack->setWidth(0.6);
        stack->setStackingGap(0);
        stack->setBrush(kind.color);
        stack->setPen(QPen(separator, 1));
        stack->setData(keys, values, true);
        if (below)
            stack->moveAbove(below);
        below = stack;
        if (std::none_of(values.begin(), values.end(), [](double v) { return v > 0; }))
            stack->removeFromLegend();
        setHoverText(stack, [names, values, kindName = kind.name, currency](int i) {
            return tr("%1\n%2: %3 per request")
                .arg(names[std::size_t(i)], kindName, moneyText(values[i], currency));
        });
        shown.push_back(Series {kind.key, std::vector<double>(keys.begin(), keys.end()),
                                std::vector<double>(values.begin(), values.end())});
    }

    for (std::size_t i = 0; i < bars.size(); ++i) {
        auto *total = new QCPItemText(p);
        total->position->setCoords(double(i), bars[i].total);
        total->setPositionAlignment(Qt::AlignBottom | Qt::AlignHCenter);
        // Many bars stand closer than "0.000141 USD" is wide: the figure alone then (the
        // axis title names the currency), or neighbouring totals run into each other.
        total->setText(slanted ? compactNumber(bars[i].total) : moneyText(bars[i].total, currency));
        total->setColor(textColor());
        total->setFont(font());
        total->setPadding(QMargins(0, 0, 0, 3));
    }

    p->xAxis->setRange(-0.6, double(bars.size()) - 0.4);
    p->yAxis->setRange(0, highest > 0 ? highest * 1.15 : 1.0);
    setShownSeries(std::move(shown));
}

} // namespace fulcrum
