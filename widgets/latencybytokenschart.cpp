#include "widgets/latencybytokenschart.h"

#include <algorithm>
#include <optional>

#include <QFontMetricsF>

#include <qcustomplot.h>

using namespace Qt::StringLiterals;

namespace fulcrum {

namespace {


} // namespace

LatencyByTokensChart::LatencyByTokensChart(QWidget *parent)
    : ChartView(parent)
{
    QCustomPlot *p = plot();
    setSecondsTicker(p->yAxis, false);
    p->xAxis->setLabel(tr("Output tokens per call"));
    p->yAxis->setLabel(tr("Latency through the step (s)"));
    setLegendColumns(3);
}

void LatencyByTokensChart::rebuild(const Scenario &, const Results &results)
{
    QCustomPlot *p = plot();
    const std::vector<Series> typical = latencyByOutputTokens(results, false);
    const std::vector<Series> slowest = latencyByOutputTokens(results, true);
    // Without every synchronous step's latency, a line through one step would leave the
    // others out: show none.
    if (!results.latency.hasSyncPath || !results.latency.known || typical.empty()
        || typical.size() != slowest.size()) {
        QStringList unknown;
        for (const StepResult &s : results.steps) {
            if (s.onSyncPath && !s.latencyKnown)
                unknown.append(tr("%1 (%2)").arg(qs(s.name), qs(s.model)));
        }
        setNote(!results.latency.hasSyncPath
                    ? tr("No synchronous step: every step runs on the batch tier")
                    : unknown.isEmpty() ? tr("Latency unknown")
                                        : tr("Latency unknown: no latency data for %1")
                                              .arg(unknown.join(u", "_s)));
        p->xAxis->setRange(0, 1);
        p->yAxis->setRange(0, 1);
        return;
    }
    // The steps the series belong to: latencyByOutputTokens() takes, in order, the steps on
    // the synchronous path with a known latency and speed.
    std::vector<const StepResult *> steps;
    for (const StepResult &s : results.steps) {
        if (s.onSyncPath && s.latencyKnown && s.outputTokensPerS > 0)
            steps.push_back(&s);
    }
    if (steps.size() != typical.size())
        steps.clear();

    const double budget = results.latency.budgetS;
    const QColor base = palette().color(QPalette::Base);
    double xMax = 1;
    double yMax = budget;
    std::vector<Series> shown;
    auto addLine = [&](const Series &series, const QPen &pen, bool slow) {
        auto *graph = p->addGraph();
        graph->setName(qs(series.name));
        graph->setPen(pen);
        graph->setData(QVector<double>(series.x.begin(), series.x.end()),
                       QVector<double>(series.y.begin(), series.y.end()), true);
        if (slow)
            graph->removeFromLegend();
        setHoverText(graph, [series, slow](int i) {
            const auto at = std::size_t(i);
            return (slow ? tr("%1, slowest hour\n%2 output tokens per call: %3")
                         : tr("%1\n%2 output tokens per call: %3"))
                .arg(qs(series.name), QLocale().toString(series.x[at], 'f', 0),
                     secondsText(series.y[at]));
        });
        for (double x : series.x)
            xMax = std::max(xMax, x);
        for (double y : series.y)
            yMax = std::max(yMax, y);
    };
    for (std::size_t i = 0; i < typical.size(); ++i) {
        const QColor color = seriesColor(int(i));
        addLine(typical[i], QPen(color, 2.2), false);
        addLine(slowest[i], QPen(color, 1.6, Qt::DashLine), true);
        shown.push_back(typical[i]);
        shown.push_back(slowest[i]);
    }

    auto *slowKey = p->addGraph();
    slowKey->setName(tr("dashed: at the slowest hour"));
    slowKey->setPen(QPen(mutedColor(), 1.6, Qt::DashLine));

    if (budget > 0)
        addBudgetLine(budget, 1.8);

    // Where each solid line crosses the budget: the output it affords.
    struct Crossing
    {
        std::size_t series;
        double tokens;
    };
    std::vector<Crossing> crossings;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        if (steps[i]->affordableOutputTokens && *steps[i]->affordableOutputTokens > 0 && budget > 0)
            crossings.push_back({i, *steps[i]->affordableOutputTokens});
    }
    std::sort(crossings.begin(), crossings.end(),
              [](const Crossing &l, const Crossing &r) { return l.tokens < r.tokens; });
    const QFontMetricsF metrics(font());
    const double rowPx = metrics.height() + 2;
    // The axis rect is not laid out yet: estimate its width from the widget's.
    const double plotWidthPx = std::max(300, layoutSize().width() - 90);
    std::vector<std::vector<std::pair<double, double>>> rows; // label extents, x units
    for (const Crossing &c : crossings) {
        const StepResult &step = *steps[c.series];
        const QColor color = seriesColor(int(c.series));
        const QString text = tr("%1: %2").arg(qs(step.name), tokensText(c.tokens));
        // Left of the point, unless that runs off the plot; stacked upwards when two meet.
        const double width = (metrics.horizontalAdvance(text) + 14) / plotWidthPx * xMax;
        const bool rightOfPoint = c.tokens - width < 0;
        const std::pair<double, double> extent = rightOfPoint
                                                     ? std::pair {c.tokens, c.tokens + width}
                                                     : std::pair {c.tokens - width, c.tokens};
        std::size_t stack = 0;
        for (; stack < rows.size(); ++stack) {
            const bool clash = std::any_of(rows[stack].begin(), rows[stack].end(), [&](auto t) {
                return extent.first < t.second && t.first < extent.second;
            });
            if (!clash)
                break;
        }
        if (stack == rows.size())
            rows.emplace_back();
        rows[stack].push_back(extent);

        auto *point = p->addGraph();
        point->setName(qs(step.name));
        point->removeFromLegend();
        point->setLineStyle(QCPGraph::lsNone);
        point->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(color, 2), base, 11));
        point->setData({c.tokens}, {budget}, true);
        const QString hover = tr("%1 (%2) affords %3 per call within the %4 budget\n"
                                 "(the other steps as they are)")
                                  .arg(qs(step.name), qs(step.model), tokensText(c.tokens),
                                       secondsText(budget));
        setHoverText(point, [hover](int) { return hover; });

        auto *anchor = new QCPItemTracer(p);
        anchor->setStyle(QCPItemTracer::tsNone);
        anchor->position->setCoords(c.tokens, budget);
        auto *label = new QCPItemText(p);
        label->position->setParentAnchor(anchor->position);
        label->position->setType(QCPItemPosition::ptAbsolute);
        label->position->setCoords(rightOfPoint ? 6 : -4, -8 - rowPx * double(stack));
        label->setPositionAlignment((rightOfPoint ? Qt::AlignLeft : Qt::AlignRight)
                                    | Qt::AlignBottom);
        label->setText(text);
        label->setColor(isDark() ? color : color.darker(135));
        QColor back = base;
        back.setAlpha(215);
        label->setBrush(back);
        label->setPadding(QMargins(3, 0, 3, 0));
        label->setFont(font());
        setHoverText(label, [hover](int) { return hover; });
        shown.push_back(Series {step.name + " affordable", {c.tokens}, {budget}});
    }
    if (!crossings.empty()) {
        auto *key = p->addGraph();
        key->setName(tr("affordable output within the budget"));
        key->setLineStyle(QCPGraph::lsNone);
        key->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(textColor(), 2), base, 11));
    }
    // Steps whose first token alone is over the budget afford nothing: one line each, in one
    // block at the first one's start (a long pipeline has several, all starting near 0,
    // whose labels would be written over each other).
    QStringList nothingFits;
    std::optional<std::size_t> firstNothing;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const std::optional<double> &affordable = steps[i]->affordableOutputTokens;
        if (!affordable || *affordable > 0 || budget <= 0)
            continue;
        nothingFits << tr("%1: no output fits the budget").arg(qs(steps[i]->name));
        if (!firstNothing)
            firstNothing = i;
    }
    if (firstNothing) {
        auto *label = new QCPItemText(p);
        label->position->setCoords(typical[*firstNothing].x.front(), typical[*firstNothing].y.front());
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
        label->setTextAlignment(Qt::AlignLeft);
        label->setText(nothingFits.join(u'\n'));
        label->setColor(budgetColor());
        QColor back = base;
        back.setAlpha(215);
        label->setBrush(back);
        label->setFont(font());
        label->setPadding(QMargins(6, 0, 0, 3));
    }

    p->xAxis->setRange(0, xMax);
    p->yAxis->setRange(0, yMax * 1.08);
    setShownSeries(std::move(shown));
}

} // namespace fulcrum
