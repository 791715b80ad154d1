#include "widgets/uncertaintycharts.h"

#include <algorithm>
#include <cmath>

#include <QFontMetrics>
#include <QLocale>

#include <qcustomplot.h>

#include "widgets/inputlabel.h"

using namespace Qt::StringLiterals;

namespace fulcrum {

UncertaintyHistogramChart::UncertaintyHistogramChart(Quantity quantity, QWidget *parent)
    : ChartView(parent)
    , m_quantity {quantity}
{
    QCustomPlot *p = plot();
    if (quantity == Quantity::LatencyTotal)
        setSecondsTicker(p->xAxis, false);
    else
        setMoneyTicker(p->xAxis);
    // Three histograms share a row: few ticks, so that long labels ("16,5 тыс.") stay apart.
    p->xAxis->ticker()->setTickCount(3);
    p->yAxis->setLabel(tr("Samples"));
    p->xAxis->grid()->setVisible(false);
    setLegendColumns(1);
}

void UncertaintyHistogramChart::showUncertainty(const UncertaintyResults &results, const std::string &currency,
                                                double budgetS)
{
    m_results = results;
    m_currency = currency;
    m_budgetS = budgetS;
    showResults(Scenario {}, Results {});
}

void UncertaintyHistogramChart::rebuild(const Scenario &, const Results &)
{
    QCustomPlot *p = plot();
    const bool latency = m_quantity == Quantity::LatencyTotal;
    const QString currency = qs(m_currency);
    switch (m_quantity) {
    case Quantity::NetPerMonth:
        p->xAxis->setLabel(tr("Net per month (%1)").arg(currency));
        break;
    case Quantity::CostPerMonth:
        p->xAxis->setLabel(tr("Cost per month (%1)").arg(currency));
        break;
    case Quantity::LatencyTotal:
        p->xAxis->setLabel(tr("Total latency (s)"));
        break;
    }
    p->xAxis->setRange(0, 1);
    p->yAxis->setRange(0, 1);
    if (!m_results) {
        setNote(tr("Not computed yet"));
        return;
    }
    if (latency && !m_results->latencyKnown) {
        setNote(tr("No latency known: a model has no latency figures"));
        return;
    }
    const Histogram &histogram = m_quantity == Quantity::NetPerMonth    ? m_results->netPerMonthHistogram
                                 : m_quantity == Quantity::CostPerMonth ? m_results->costPerMonthHistogram
                                                                        : m_results->latencyTotalHistogram;
    const SampleSummary &summary = m_quantity == Quantity::NetPerMonth    ? m_results->netPerMonth
                                   : m_quantity == Quantity::CostPerMonth ? m_results->costPerMonth
                                                                          : m_results->latencyTotalS;
    if (histogram.counts.empty()) {
        setNote(tr("No samples"));
        return;
    }
    auto valueText = [latency, this](double value) {
        return latency ? secondsText(value) : moneyText(value, m_currency);
    };
    // The axis title names the currency: the labels at the top stay short.
    auto shortText = [latency](double value) { return latency ? secondsText(value) : compactNumber(value); };

    // With no spread every sample is in the first bin: one bar at that value.
    const double span = histogram.upper - histogram.lower;
    const bool spread = span > 0;
    const double width = spread ? span / double(histogram.counts.size())
                                : std::max(std::abs(histogram.lower) * 0.02, latency ? 0.001 : 1.0);
    Series series {"samples", {}, {}};
    double highest = 0;
    for (std::size_t i = 0; i < histogram.counts.size(); ++i) {
        if (!spread && i > 0)
            break;
        series.x.push_back(spread ? histogram.lower + (double(i) + 0.5) * width : histogram.lower);
        series.y.push_back(double(histogram.counts[i]));
        highest = std::max(highest, double(histogram.counts[i]));
    }
    auto *bars = new QCPBars(p->xAxis, p->yAxis);
    bars->setName(tr("samples (%1)").arg(QLocale().toString(qulonglong(m_results->samples))));
    QColor color = seriesColor(m_quantity == Quantity::NetPerMonth ? 0 : m_quantity == Quantity::CostPerMonth ? 1 : 2);
    bars->setPen(QPen(color, 1.0));
    color.setAlphaF(0.6);
    bars->setBrush(color);
    bars->setWidth(width);
    bars->setData(QVector<double>(series.x.begin(), series.x.end()), QVector<double>(series.y.begin(), series.y.end()),
                  true);
    const double samples = double(m_results->samples);
    setHoverText(bars, [series, width, spread, samples, valueText](int i) {
        const double centre = series.x[std::size_t(i)];
        const double count = series.y[std::size_t(i)];
        const QString range = spread ? tr("%1 to %2").arg(valueText(centre - width / 2), valueText(centre + width / 2))
                                     : valueText(centre);
        return tr("%1\n%2 samples (%3)").arg(range).arg(QLocale().toString(count, 'f', 0), percentText(count / samples));
    });

    // A single bar gets room around it, so that the ticks stay few and short.
    double lower = spread ? histogram.lower : histogram.lower - 5 * width;
    double upper = spread ? histogram.upper : histogram.lower + 5 * width;
    const double view = upper - lower;
    std::vector<Marker> markers;
    const QColor muted = textColor();
    markers.push_back({summary.p5, tr("P5 %1").arg(shortText(summary.p5)),
                       tr("5 % of the samples are below %1").arg(valueText(summary.p5)), muted, Qt::DashLine});
    markers.push_back({summary.p50, tr("P50 %1").arg(shortText(summary.p50)),
                       tr("The median: %1").arg(valueText(summary.p50)), muted, Qt::SolidLine});
    markers.push_back({summary.p95, tr("P95 %1").arg(shortText(summary.p95)),
                       tr("95 % of the samples are below %1").arg(valueText(summary.p95)), muted, Qt::DashLine});
    // The line that decides the case, when it is near enough to read against the samples.
    std::optional<double> decisive;
    if (m_quantity == Quantity::NetPerMonth) {
        decisive = 0.0;
        if (*decisive >= lower - view && *decisive <= upper + view)
            markers.push_back({0.0, tr("break even"),
                               tr("Break even: %1 of the samples are at or above 0").arg(percentText(m_results->pNetPositive)),
                               budgetColor(), Qt::DashLine});
        else
            decisive.reset();
    } else if (latency && m_budgetS > 0) {
        decisive = m_budgetS;
        if (*decisive >= lower - view && *decisive <= upper + view)
            markers.push_back({m_budgetS, tr("budget %1").arg(secondsText(m_budgetS)),
                               tr("Latency budget %1: %2 of the samples are within it")
                                   .arg(secondsText(m_budgetS), percentText(m_results->pWithinBudget)),
                               budgetColor(), Qt::DashLine});
        else
            decisive.reset();
    }
    if (decisive) {
        lower = std::min(lower, *decisive);
        upper = std::max(upper, *decisive);
    }
    const double pad = (upper - lower) * 0.04;
    lower -= pad;
    upper += pad;
    const int rows = addVerticalMarkers(markers, lower, upper);
    p->xAxis->setRange(lower, upper);
    const double share = labelRowsShare(rows);
    p->yAxis->setRange(0, (highest > 0 ? highest : 1.0) * 1.05 / std::max(0.3, 1.0 - share));
    setShownSeries({std::move(series)});
}

TornadoChart::TornadoChart(Measure measure, QWidget *parent)
    : ChartView(parent)
    , m_measure {measure}
{
    QCustomPlot *p = plot();
    if (measure == Measure::LatencyTotal)
        setSecondsTicker(p->xAxis, false);
    else
        setMoneyTicker(p->xAxis);
    p->xAxis->ticker()->setTickCount(4);
    p->yAxis->grid()->setVisible(false);
    p->yAxis->setTickLength(0, 3);
    p->yAxis->setSubTicks(false);
    p->yAxis->setRangeReversed(true);
    setLegendColumns(2);
}

void TornadoChart::showUncertainty(const UncertaintyResults &results, const Scenario &scenario,
                                   const std::string &currency, double pointValue)
{
    m_results = results;
    m_scenario = scenario;
    m_currency = currency;
    m_pointValue = pointValue;
    showResults(Scenario {}, Results {});
}

std::vector<SensitivityEntry> TornadoChart::shownEntries() const
{
    if (!m_results)
        return {};
    if (m_measure == Measure::NetPerMonth)
        return m_results->sensitivity;
    std::vector<SensitivityEntry> entries = sortedByLatencySwing(m_results->sensitivity);
    std::erase_if(entries, [](const SensitivityEntry &e) { return !e.latencyLowS || !e.latencyHighS; });
    return entries;
}

std::vector<std::string> TornadoChart::shownInputs() const
{
    std::vector<std::string> inputs;
    for (const SensitivityEntry &e : shownEntries())
        inputs.push_back(e.input);
    return inputs;
}

void TornadoChart::rebuild(const Scenario &, const Results &)
{
    QCustomPlot *p = plot();
    const bool latency = m_measure == Measure::LatencyTotal;
    p->xAxis->setLabel(latency ? tr("Total latency (s)") : tr("Net per month (%1)").arg(qs(m_currency)));
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    p->yAxis->setTicker(ticker);
    const std::vector<SensitivityEntry> entries = shownEntries();
    if (entries.empty()) {
        setNote(!m_results ? tr("Not computed yet")
                : latency && !m_results->latencyKnown ? tr("No latency known: a model has no latency figures")
                                                      : tr("No ranged inputs: nothing to swing"));
        p->xAxis->setRange(0, 1);
        p->yAxis->setRange(-0.6, 0.6);
        return;
    }
    auto valueText = [latency, this](double value) {
        return latency ? secondsText(value) : moneyText(value, m_currency);
    };

    // Input names take at most two fifths of the width (the whole name is in the bars' hover
    // read-out); a narrow plot gets fewer value ticks so their labels never run together.
    const int width = layoutSize().width();
    const int maxLabelPx = std::max(90, width * 2 / 5);
    const QFontMetrics metrics(p->yAxis->tickLabelFont());
    QStringList labels;
    int labelsPx = 0;
    for (const SensitivityEntry &e : entries) {
        labels << inputLabel(e.input, m_scenario);
        labelsPx = std::max(labelsPx, std::min(maxLabelPx, metrics.horizontalAdvance(labels.back())));
    }
    const int plotPx = width - labelsPx - 40;
    p->xAxis->ticker()->setTickCount(plotPx < 220 ? 2 : plotPx < 360 ? 3 : 4);

    QVector<double> keys;
    QVector<double> lows;
    QVector<double> highs;
    double lower = m_pointValue;
    double upper = m_pointValue;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const SensitivityEntry &e = entries[i];
        keys.append(double(i));
        ticker->addTick(double(i), metrics.elidedText(labels[qsizetype(i)], Qt::ElideRight, maxLabelPx));
        const double low = latency ? *e.latencyLowS : e.netPerMonthLow;
        const double high = latency ? *e.latencyHighS : e.netPerMonthHigh;
        lows.append(low);
        highs.append(high);
        lower = std::min({lower, low, high});
        upper = std::max({upper, low, high});
    }

    auto addBars = [&](const QString &name, const QVector<double> &values, QColor color, bool highEnd) {
        auto *bars = new QCPBars(p->yAxis, p->xAxis);
        bars->setName(name);
        bars->setWidth(0.6);
        bars->setBaseValue(m_pointValue);
        bars->setPen(QPen(color, 1.0));
        color.setAlphaF(0.75);
        bars->setBrush(color);
        // QCPBars draws from the base value to base + value: give it the offsets.
        QVector<double> offsets;
        for (double value : values)
            offsets.append(value - m_pointValue);
        bars->setData(keys, offsets, true);
        setHoverText(bars, [entries, labels, values, highEnd, valueText](int i) {
            const SensitivityEntry &e = entries[std::size_t(i)];
            const QLocale locale;
            return tr("%1 at its %2 (%3): %4")
                .arg(labels[i], highEnd ? tr("high") : tr("low"),
                     locale.toString(highEnd ? e.high : e.low, 'g', 4), valueText(values[i]));
        });
    };
    addBars(tr("input at its low"), lows, seriesColor(0), false);
    addBars(tr("input at its high"), highs, seriesColor(1), true);

    auto *point = new QCPItemStraightLine(p);
    point->point1->setCoords(m_pointValue, 0);
    point->point2->setCoords(m_pointValue, 1);
    point->setPen(QPen(textColor(), 1.4));
    const QString hover = tr("Every input at its point value: %1").arg(valueText(m_pointValue));
    setHoverText(point, [hover](int) { return hover; });

    double span = upper - lower;
    if (span <= 0)
        span = std::max(std::abs(m_pointValue) * 0.1, latency ? 0.01 : 1.0);
    p->xAxis->setRange(lower - span * 0.06, upper + span * 0.06);
    p->yAxis->setRange(-0.6, double(entries.size()) - 0.4);
    setShownSeries({Series {"input low", std::vector<double>(keys.begin(), keys.end()),
                            std::vector<double>(lows.begin(), lows.end())},
                    Series {"input high", std::vector<double>(keys.begin(), keys.end()),
                            std::vector<double>(highs.begin(), highs.end())}});
}

} // namespace fulcrum
