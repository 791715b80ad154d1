#include "widgets/displayformat.h"
#include "widgets/alternativesscatter.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

#include <QApplication>
#include <QMouseEvent>

#include <qcustomplot.h>

using namespace Qt::StringLiterals;

namespace fulcrum {

namespace {

/// A click this close to a point (pixels) picks it.
constexpr double ClickReachPx = 10.0;
/// Infeasible alternatives are drawn at this opacity.
constexpr int FadedAlpha = 60;

/// Latency decades up to the slowest known latency; above it is the row of unknowns,
/// which has no value to label.
class LatencyTicker : public QCPAxisTickerLog
{
public:
    double limit = 1e300;

protected:
    QVector<double> createTickVector(double tickStep, const QCPRange &range) override
    {
        QVector<double> ticks = QCPAxisTickerLog::createTickVector(tickStep, range);
        const auto above = [this](double t) { return t > limit; };
        ticks.erase(std::remove_if(ticks.begin(), ticks.end(), above), ticks.end());
        return ticks;
    }
    QString getTickLabel(double tick, const QLocale &, QChar, int) override
    {
        // The language's locale with its digit grouping (QCustomPlot's own omits it).
        const QLocale locale;
        return locale.toString(tick, 'f', tick < 1 ? 3 : 0);
    }
};

QString reasonsText(unsigned reasons)
{
    QStringList parts;
    if (reasons & AccuracyUnmeasured)
        parts << AlternativesScatter::tr("accuracy unmeasured");
    if (reasons & BelowTarget)
        parts << AlternativesScatter::tr("below the target");
    if (reasons & BelowBreakEven)
        parts << AlternativesScatter::tr("below break-even");
    if (reasons & OverBudget)
        parts << AlternativesScatter::tr("over the latency budget");
    if (reasons & LatencyUnknown)
        parts << AlternativesScatter::tr("latency unknown");
    if (reasons & ContextExceeded)
        parts << AlternativesScatter::tr("context window exceeded");
    return parts.join(u", "_s);
}

} // namespace

AlternativesScatter::AlternativesScatter(QWidget *parent)
    : ChartView(parent)
{
    QCustomPlot *p = plot();
    p->xAxis->setLabel(tr("Cost per month (log scale)"));
    p->yAxis->setLabel(tr("Latency, total (s, log scale)"));
    p->yAxis->setScaleType(QCPAxis::stLogarithmic);
    setMoneyTicker(p->xAxis, true);

    m_colorScale = new QCPColorScale(p);
    p->plotLayout()->addElement(0, 1, m_colorScale);
    m_colorScale->setType(QCPAxis::atRight);
    m_colorScale->setBarWidth(10);
    m_colorScale->axis()->setLabel(tr("Accuracy (%)"));
    m_colorScale->setRangeDrag(false);
    m_colorScale->setRangeZoom(false);
    auto *group = new QCPMarginGroup(p);
    p->axisRect()->setMarginGroup(QCP::msTop | QCP::msBottom, group);
    m_colorScale->setMarginGroup(QCP::msTop | QCP::msBottom, group);
    setLegendColumns(5);

    connect(p, &QCustomPlot::mousePress, this,
            [this](QMouseEvent *event) { m_pressPosition = event->position().toPoint(); });
    connect(p, &QCustomPlot::mouseRelease, this, [this](QMouseEvent *event) {
        if (event->button() == Qt::LeftButton
            && (event->position().toPoint() - m_pressPosition).manhattanLength()
                   <= QApplication::startDragDistance())
            handleRelease(event->position().toPoint());
    });
}

void AlternativesScatter::setHighlighted(int index)
{
    m_highlighted = index >= 0 && std::size_t(index) < m_points.size() ? index : -1;
    updateHighlight();
    placeLegend();
    requestReplot();
}

std::optional<QPointF> AlternativesScatter::pointPosition(int index) const
{
    if (index < 0 || std::size_t(index) >= m_points.size())
        return std::nullopt;
    const QPointF coords = m_points[std::size_t(index)];
    const QPointF pixel(plot()->xAxis->coordToPixel(coords.x()),
                        plot()->yAxis->coordToPixel(coords.y()));
    return QPointF(plot()->mapTo(this, pixel));
}

void AlternativesScatter::rebuild(const Scenario &scenario, const Results &results)
{
    QCustomPlot *p = plot();
    const std::string currency = currencyOf(scenario, results);
    const std::vector<Alternative> &alternatives = results.alternatives;
    m_highlight = nullptr;
    m_points.clear();
    m_names.clear();
    p->xAxis->setLabel(tr("Cost per month (%1, log scale)").arg(qs(currency)));

    // Colours: accuracy on a gradient readable on light and dark bases; unmeasured grey.
    QCPColorGradient gradient;
    gradient.clearColorStops();
    if (isDark()) {
        gradient.setColorStopAt(0, QColor(0x7C, 0x8B, 0xF0));
        gradient.setColorStopAt(0.5, QColor(0xE0, 0x60, 0x9A));
        gradient.setColorStopAt(1, QColor(0xF5, 0xC0, 0x4A));
    } else {
        gradient.setColorStopAt(0, QColor(0x2C, 0x3E, 0x9E));
        gradient.setColorStopAt(0.5, QColor(0xC2, 0x43, 0x7A));
        gradient.setColorStopAt(1, QColor(0xE0, 0x9A, 0x10));
    }
    m_colorScale->setGradient(gradient);
    auto latencyTicker = QSharedPointer<LatencyTicker>::create();
    latencyTicker->setSubTickCount(8);
    p->yAxis->setTicker(latencyTicker);
    if (alternatives.empty()) {
        m_highlighted = -1;
        setNote(tr("No alternatives in the catalog"));
        setMoneyTicker(p->xAxis, false);
        p->xAxis->setLabel(tr("Cost per month (%1)").arg(qs(currency)));
        p->xAxis->setRange(0, 1);
        p->yAxis->setRange(1, 10);
        m_colorScale->setDataRange(QCPRange(0, 100));
        return;
    }

    // The layout: log scales need positive costs; unknown latencies get a row on top.
    bool positiveCosts = true;
    double costLow = 0;
    double costHigh = 0;
    double latencyLow = 0;
    double latencyHigh = 0;
    double accuracyLow = 1;
    double accuracyHigh = 0;
    bool anyKnown = false;
    bool anyUnknown = false;
    bool anyMeasured = false;
    bool anyInfeasible = false;
    for (std::size_t i = 0; i < alternatives.size(); ++i) {
        const Alternative &a = alternatives[i];
        positiveCosts = positiveCosts && a.costPerMonth > 0;
        costLow = i == 0 ? a.costPerMonth : std::min(costLow, a.costPerMonth);
        costHigh = i == 0 ? a.costPerMonth : std::max(costHigh, a.costPerMonth);
        if (a.latencyKnown && a.latencyTotalS > 0) {
            latencyLow = anyKnown ? std::min(latencyLow, a.latencyTotalS) : a.latencyTotalS;
            latencyHigh = anyKnown ? std::max(latencyHigh, a.latencyTotalS) : a.latencyTotalS;
            anyKnown = true;
        } else {
            anyUnknown = true;
        }
        if (a.accuracy) {
            accuracyLow = std::min(accuracyLow, *a.accuracy);
            accuracyHigh = std::max(accuracyHigh, *a.accuracy);
            anyMeasured = true;
        }
        anyInfeasible = anyInfeasible || !a.feasible;
    }
    setMoneyTicker(p->xAxis, positiveCosts);
    p->xAxis->setLabel(positiveCosts ? tr("Cost per month (%1, log scale)").arg(qs(currency))
                                     : tr("Cost per month (%1)").arg(qs(currency)));
    if (!anyKnown) {
        latencyLow = 1;
        latencyHigh = 1;
    }
    // On the log scale: the separator a third of a decade above the slowest known, the row
    // of unknowns more than half a decade above that, room for a label in between.
    const double separator = latencyHigh * 2;
    const double unknownRow = separator * 6;
    if (anyUnknown)
        latencyTicker->limit = separator;

    if (!anyMeasured || accuracyHigh - accuracyLow < 0.02) {
        const double middle = anyMeasured ? (accuracyLow + accuracyHigh) / 2 : 0.5;
        accuracyLow = middle - 0.01;
        accuracyHigh = middle + 0.01;
    }
    const QCPRange accuracyRange(accuracyLow * 100, accuracyHigh * 100);
    m_colorScale->setDataRange(accuracyRange);
    const QColor grey = isDark() ? QColor(0x8A, 0x8F, 0x98) : QColor(0x9A, 0x9F, 0xA8);
    const QColor outline = textColor();

    // The hover text of one alternative.
    auto describe = [currency](const Alternative &a) {
        QString text = (a.caching ? tr("%1 (%2), %3, cached") : tr("%1 (%2), %3, no caching"))
                           .arg(qs(a.model), qs(a.provider), tierName(a.tier).toLower());
        text += u'\n' + tr("cost: %1 per month").arg(moneyText(a.costPerMonth, currency));
        if (!a.current)
            text += u' ' + tr("(saves %1)").arg(moneyText(a.savingPerMonth, currency));
        text += u'\n'
                + (a.latencyKnown ? tr("latency: %1 (slowest hour %2)")
                                        .arg(secondsText(a.latencyTotalS),
                                             secondsText(a.latencyTotalSlowestS))
                                  : tr("latency unknown"));
        if (!a.accuracy)
            text += u'\n' + tr("accuracy unmeasured");
        else if (a.accuracyBasis == AccuracyBasis::Unchanged)
            text += u'\n' + tr("accuracy: %1 (assumed unchanged)").arg(percentText(*a.accuracy));
        else
            text += u'\n' + tr("accuracy: %1").arg(percentText(*a.accuracy));
        if (a.netPerMonth)
            text += u'\n' + tr("net per month: %1").arg(moneyText(*a.netPerMonth, currency));
        text += u'\n'
                + (a.feasible ? tr("feasible")
                              : tr("not feasible: %1").arg(reasonsText(a.reasons)));
        if (a.pareto)
            text += u'\n' + tr("on the Pareto front");
        if (a.current)
            text += u'\n' + tr("the scenario as written");
        return text;
    };

    Series all {"alternatives", {}, {}};
    Series front {"Pareto front", {}, {}};
    for (std::size_t i = 0; i < alternatives.size(); ++i) {
        const Alternative &a = alternatives[i];
        all.x.push_back(a.costPerMonth);
        all.y.push_back(a.latencyTotalS);
        const bool known = a.latencyKnown && a.latencyTotalS > 0;
        m_points.emplace_back(a.costPerMonth, known ? a.latencyTotalS : unknownRow);
        m_names.push_back(a.caching ? tr("%1, %2, cached").arg(qs(a.model), tierName(a.tier).toLower())
                                    : tr("%1, %2").arg(qs(a.model), tierName(a.tier).toLower()));
        if (a.pareto && known) {
            front.x.push_back(a.costPerMonth);
            front.y.push_back(a.latencyTotalS);
        }
    }
    {
        std::vector<std::size_t> order(front.x.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t l, std::size_t r) { return front.x[l] < front.x[r]; });
        Series sorted {front.name, {}, {}};
        for (std::size_t i : order) {
            sorted.x.push_back(front.x[i]);
            sorted.y.push_back(front.y[i]);
        }
        front = std::move(sorted);
    }

    // The separator of the unknown row, the budget line and the Pareto front go below
    // the points.
    QColor labelBack = palette().color(QPalette::Base);
    labelBack.setAlpha(215);
    if (anyUnknown) {
        auto *line = new QCPItemStraightLine(p);
        line->point1->setCoords(1, separator);
        line->point2->setCoords(2, separator);
        line->setPen(QPen(mutedColor(), 1, Qt::DotLine));
        auto *label = new QCPItemText(p);
        label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords(0.005, separator);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
        label->setText(tr("above: latency unknown"));
        label->setColor(mutedColor());
        label->setFont(font());
        label->setBrush(labelBack);
    }
    const double budget = results.latency.budgetS;
    if (budget > 0 && results.latency.hasSyncPath)
        addBudgetLine(budget, 1.6);
    if (!front.x.empty()) {
        auto *line = p->addGraph();
        line->setName(tr("Pareto front"));
        QColor color = textColor();
        color.setAlpha(170);
        line->setPen(QPen(color, 1.6));
        line->setData(QVector<double>(front.x.begin(), front.x.end()),
                      QVector<double>(front.y.begin(), front.y.end()), true);
    }

    // Points, grouped by colour so that a few graphs draw them all; each group sorted by
    // cost (a graph keeps its data sorted) and mapped back to the alternatives.
    std::map<std::tuple<QRgb, bool>, std::vector<std::size_t>> groups;
    for (std::size_t i = 0; i < alternatives.size(); ++i) {
        const Alternative &a = alternatives[i];
        const QRgb rgb = a.accuracy ? gradient.color(*a.accuracy * 100, accuracyRange) : grey.rgb();
        groups[{rgb, a.feasible}].push_back(i);
    }
    for (auto &[key, members] : groups) {
        const auto &[rgb, feasible] = key;
        std::stable_sort(members.begin(), members.end(), [&](std::size_t l, std::size_t r) {
            return m_points[l].x() < m_points[r].x();
        });
        QVector<double> xs;
        QVector<double> ys;
        for (std::size_t i : members) {
            xs.append(m_points[i].x());
            ys.append(m_points[i].y());
        }
        QColor fill = QColor::fromRgb(rgb);
        QColor edge = outline;
        fill.setAlpha(feasible ? 235 : FadedAlpha);
        edge.setAlpha(feasible ? 200 : FadedAlpha);
        auto *graph = p->addGraph();
        graph->setName(tr("alternatives"));
        graph->removeFromLegend();
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle,
                                               QPen(edge, feasible ? 1.2 : 1.0), fill,
                                               feasible ? 9 : 8));
        graph->setData(xs, ys, true);
        std::vector<QString> texts;
        for (std::size_t i : members)
            texts.push_back(describe(alternatives[i]));
        setHoverText(graph, [texts](int index) { return texts[std::size_t(index)]; });
    }

    // Legend keys for what the colours and fading mean.
    auto key = [&](const QString &name, const QColor &fill, const QColor &edge) {
        auto *graph = p->addGraph();
        graph->setName(name);
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(edge, 1.2), fill, 9));
    };
    const auto unmeasured = [](const Alternative &a) { return !a.accuracy; };
    if (std::any_of(alternatives.begin(), alternatives.end(), unmeasured))
        key(tr("accuracy unmeasured"), grey, outline);
    if (anyInfeasible) {
        QColor faded = grey;
        faded.setAlpha(FadedAlpha);
        QColor edge = outline;
        edge.setAlpha(FadedAlpha);
        key(tr("faded: not feasible"), faded, edge);
    }

    // The scenario as written, ringed.
    for (std::size_t i = 0; i < alternatives.size(); ++i) {
        if (!alternatives[i].current)
            continue;
        auto *ring = p->addGraph();
        ring->setName(tr("the scenario as written"));
        ring->setLineStyle(QCPGraph::lsNone);
        ring->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle,
                                              QPen(textColor(), 2.2), Qt::NoBrush, 17));
        ring->setData({m_points[i].x()}, {m_points[i].y()}, true);
        const QString hover = describe(alternatives[i]);
        setHoverText(ring, [hover](int) { return hover; });
        break;
    }
    m_highlight = p->addGraph();
    m_highlight->setLineStyle(QCPGraph::lsNone);
    m_highlight->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle,
                                                 QPen(palette().color(QPalette::Highlight), 3),
                                                 Qt::NoBrush, 23));
    if (std::size_t(std::max(m_highlighted, 0)) >= m_points.size())
        m_highlighted = -1;
    updateHighlight();

    // Home view: every point with some room; log ranges by factors.
    if (positiveCosts) {
        p->xAxis->setRange(costLow / 1.5, costHigh * 1.5);
    } else {
        const double pad = 0.05 * (costHigh - costLow + 1);
        p->xAxis->setRange(costLow - pad, costHigh + pad);
    }
    p->yAxis->setRange(latencyLow / 1.6, (anyUnknown ? unknownRow : latencyHigh) * 1.8);

    setShownSeries({all, front});
}

void AlternativesScatter::updateHighlight()
{
    if (!m_highlight)
        return;
    if (m_highlighted < 0) {
        m_highlight->data()->clear();
        m_highlight->removeFromLegend();
        return;
    }
    const QPointF point = m_points[std::size_t(m_highlighted)];
    m_highlight->setData({point.x()}, {point.y()}, true);
    m_highlight->setName(tr("selected: %1").arg(m_names[std::size_t(m_highlighted)]));
    m_highlight->addToLegend();
}

void AlternativesScatter::handleRelease(const QPoint &position)
{
    double best = ClickReachPx;
    int found = -1;
    for (std::size_t i = 0; i < m_points.size(); ++i) {
        const double dx = plot()->xAxis->coordToPixel(m_points[i].x()) - position.x();
        const double dy = plot()->yAxis->coordToPixel(m_points[i].y()) - position.y();
        const double distance = std::hypot(dx, dy);
        if (distance <= best) {
            best = distance;
            found = int(i);
        }
    }
    if (found < 0)
        return;
    setHighlighted(found);
    emit alternativeClicked(found);
}

} // namespace fulcrum
