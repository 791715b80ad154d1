#include "widgets/latencytimelinechart.h"

#include <algorithm>
#include <array>
#include <cmath>

#include <QFontMetricsF>

#include <qcustomplot.h>

using namespace Qt::StringLiterals;

namespace fulcrum {

namespace {

/// A step with more calls than this is drawn as one block per segment kind.
constexpr double MaxDrawnCalls = 12;
/// A row's bar takes this much of the row's height.
constexpr double BarHeight = 0.62;

} // namespace

LatencyTimelineChart::LatencyTimelineChart(QWidget *parent)
    : ChartView(parent)
{
    QCustomPlot *p = plot();
    setSecondsTicker(p->xAxis, false);
    p->xAxis->setLabel(tr("Time since the request (s)"));
    p->yAxis->setRangeReversed(true); // the first step on top
    p->yAxis->grid()->setVisible(false);
    p->yAxis->setSubTicks(false);
    p->yAxis->setTickLength(0, 3);
    // Time pans and zooms; the rows stay put.
    p->axisRect()->setRangeDragAxes(p->xAxis, nullptr);
    p->axisRect()->setRangeZoomAxes(p->xAxis, nullptr);
    setLegendColumns(7);
}

void LatencyTimelineChart::rebuild(const Scenario &scenario, const Results &results)
{
    QCustomPlot *p = plot();
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    p->yAxis->setTicker(ticker);
    const LatencyResults &latency = results.latency;

    std::vector<int> rows;
    QStringList offPath;
    QStringList unknown;
    for (std::size_t i = 0; i < results.steps.size(); ++i) {
        const StepResult &step = results.steps[i];
        if (!step.onSyncPath) {
            offPath.append(qs(step.name));
            continue;
        }
        if (!step.latencyKnown)
            unknown.append(tr("%1 (%2)").arg(qs(step.name), qs(step.model)));
        rows.push_back(int(i));
    }
    auto emptyPlot = [&](const QString &note) {
        setNote(note);
        p->xAxis->setRange(0, 1);
        p->yAxis->setRange(-0.5, 0.5);
    };
    if (!latency.hasSyncPath || rows.empty()) {
        emptyPlot(tr("No synchronous step: every step runs on the batch tier"));
        return;
    }
    if (!latency.known || !unknown.isEmpty()) {
        emptyPlot(unknown.isEmpty() ? tr("Latency unknown")
                                    : tr("Latency unknown: no latency data for %1")
                                          .arg(unknown.join(u", "_s)));
        return;
    }
    std::stable_sort(rows.begin(), rows.end(), [&](int l, int r) {
        return results.steps[std::size_t(l)].startS < results.steps[std::size_t(r)].startS;
    });

    struct Kind
    {
        QString name;
        double CallLatency::*member;
        QColor color;
    };
    const std::array<Kind, 6> kinds {{
        {tr("network"), &CallLatency::networkS,
         isDark() ? QColor(0x9C, 0xA3, 0xAF) : QColor(0x8A, 0x8F, 0x98)},
        {tr("queue"), &CallLatency::queueS,
         isDark() ? QColor(0xC8, 0xA2, 0x7A) : QColor(0x9A, 0x6B, 0x3F)},
        {tr("TTFT"), &CallLatency::ttftS, seriesColor(1)},
        {tr("prefill"), &CallLatency::prefillS, seriesColor(4)},
        {tr("reasoning"), &CallLatency::reasoningS, seriesColor(3)},
        {tr("output"), &CallLatency::outputS, seriesColor(0)},
    }};
    std::array<bool, 6> present {};
    bool anyOffCritical = false;
    const QColor separator = palette().color(QPalette::Base);
    std::vector<Series> shown;

    std::vector<std::pair<QString, QString>> rowNames; // step, model
    for (std::size_t row = 0; row < rows.size(); ++row) {
        const StepResult &step = results.steps[std::size_t(rows[row])];
        const double y = double(row);
        rowNames.push_back({qs(step.name), qs(step.model)});
        shown.push_back(Series {step.name, {step.startS, step.finishS}, {y, y}});
        anyOffCritical = anyOffCritical || !step.onCriticalPath;
        const int alpha = step.onCriticalPath ? 255 : 110;
        const QString callsText = QLocale().toString(step.calls, 'g', 3);

        // Whole calls one after the other, then the fraction of an average call that is
        // left (1.5 calls: one call and half of one). Many calls: one block per kind.
        std::vector<std::pair<double, QString>> calls; // scale, name
        if (step.calls > MaxDrawnCalls) {
            calls.push_back({step.calls, tr("all %1 calls").arg(callsText)});
        } else {
            const double whole = std::floor(step.calls);
            for (int j = 0; j < int(whole); ++j)
                calls.push_back({1.0, tr("call %1 of %2").arg(j + 1).arg(callsText)});
            if (step.calls - whole > 1e-9)
                calls.push_back(
                    {step.calls - whole, tr("last, partial call of %1").arg(callsText)});
        }
        double t = step.startS;
        for (const auto &[scale, callName] : calls) {
            for (std::size_t k = 0; k < kinds.size(); ++k) {
                const double perCall = step.latencyPerCall.*kinds[k].member;
                const double length = perCall * scale;
                if (length <= 0)
                    continue;
                present[k] = true;
                QColor fill = kinds[k].color;
                fill.setAlpha(alpha);
                auto *segment = new QCPItemRect(p);
                segment->topLeft->setCoords(t, y - BarHeight / 2);
                segment->bottomRight->setCoords(t + length, y + BarHeight / 2);
                segment->setBrush(fill);
                segment->setPen(QPen(separator, 1));
                const QString hover =
                    tr("%1 (%2), %3\n%4: %5 per call%6")
                        .arg(qs(step.name), qs(step.model), callName, kinds[k].name,
                             secondsText(perCall),
                             step.onCriticalPath ? QString() : u'\n' + tr("off the critical path"));
                setHoverText(segment, [hover](int) { return hover; });
                t += length;
            }
        }
    }

    for (std::size_t k = 0; k < kinds.size(); ++k) {
        if (!present[k])
            continue;
        auto *swatch = new QCPBars(p->xAxis, p->yAxis);
        swatch->setName(kinds[k].name);
        swatch->setBrush(kinds[k].color);
        swatch->setPen(Qt::NoPen);
    }
    if (anyOffCritical) {
        auto *swatch = new QCPBars(p->xAxis, p->yAxis);
        swatch->setName(tr("lighter: off the critical path"));
        QColor light = mutedColor();
        light.setAlpha(70);
        swatch->setBrush(light);
        swatch->setPen(Qt::NoPen);
    }

    std::vector<Marker> markers;
    if (latency.budgetS > 0) {
        markers.push_back({latency.budgetS, tr("budget %1").arg(secondsText(latency.budgetS)),
                           tr("Latency budget: %1").arg(secondsText(latency.budgetS)),
                           budgetColor(), Qt::DashLine});
    }
    if (scenario.workload.streaming) {
        markers.push_back({latency.firstTokenS,
                           tr("first token %1").arg(secondsText(latency.firstTokenS)),
                           tr("The user sees the first token at %1 (slowest hour: %2)")
                               .arg(secondsText(latency.firstTokenS),
                                    secondsText(latency.firstTokenSlowestS)),
                           seriesColor(2), Qt::DotLine});
    }
    markers.push_back({latency.totalS, tr("total %1").arg(secondsText(latency.totalS)),
                       tr("Total along the critical path: %1").arg(secondsText(latency.totalS)),
                       textColor(), Qt::SolidLine});
    if (latency.totalSlowestS > latency.totalS) {
        markers.push_back({latency.totalSlowestS,
                           tr("slowest hour %1").arg(secondsText(latency.totalSlowestS)),
                           tr("Total at the slowest hour's output speed: %1")
                               .arg(secondsText(latency.totalSlowestS)),
                           mutedColor(), Qt::DashDotLine});
    }
    const double right = std::max({latency.budgetS, latency.totalS, latency.totalSlowestS}) * 1.06;
    const double left = -0.015 * right;
    const int labelRows = addVerticalMarkers(markers, left, right);

    if (!offPath.isEmpty()) {
        auto *footnote = new QCPItemText(p);
        footnote->position->setType(QCPItemPosition::ptAxisRectRatio);
        footnote->position->setCoords(0.99, 0.98);
        footnote->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
        footnote->setText(tr("Not shown, off the synchronous path: %1").arg(offPath.join(u", "_s)));
        footnote->setColor(mutedColor());
        footnote->setFont(font());
    }

    // Rows from the top, with room above them for the marker labels.
    const double span = double(rows.size());
    const double share = labelRowsShare(labelRows) + 0.02;
    p->xAxis->setRange(left, right > 0 ? right : 1.0);
    const double footnoteRoom = offPath.isEmpty() ? 0 : 0.4;
    p->yAxis->setRange(-0.5 - span * share / (1 - share), span - 0.5 + footnoteRoom);

    // A row's name on two lines (step over model) where the rows are tall enough, else on
    // one: a long pipeline in a short chart would write the names over each other.
    const QFontMetricsF metrics(font());
    const double plotPx = std::max(1, layoutSize().height()) - 70 - 2 * metrics.lineSpacing();
    const double rowPx = plotPx / (span / (1 - share) + footnoteRoom);
    const bool twoLines = rowPx >= 2 * metrics.lineSpacing() + 2;
    for (std::size_t row = 0; row < rowNames.size(); ++row) {
        const auto &[name, model] = rowNames[row];
        ticker->addTick(double(row), twoLines ? name + u'\n' + model : tr("%1 (%2)").arg(name, model));
    }
    setShownSeries(std::move(shown));
}

} // namespace fulcrum
