#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QPdfWriter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>

#include "models/catalogio.h"
#include "models/evaluate.h"
#include "models/scenarioio.h"
#include "models/uncertainty.h"
#include "widgets/alternativesscatter.h"
#include "widgets/businesscasechart.h"
#include "widgets/costbreakdownchart.h"
#include "widgets/costprojectionchart.h"
#include "widgets/displayformat.h"
#include "widgets/inputlabel.h"
#include "widgets/latencybytokenschart.h"
#include "widgets/latencytimelinechart.h"
#include "widgets/uncertaintycharts.h"
#include "widgets/uncertaintypanel.h"

using namespace Qt::StringLiterals;

namespace fulcrum {

namespace {

std::string readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().toStdString();
}

const Series *findSeries(const std::vector<Series> &all, const std::string &name)
{
    const auto named = [&](const Series &s) { return s.name == name; };
    const auto it = std::find_if(all.begin(), all.end(), named);
    return it == all.end() ? nullptr : &*it;
}

/// y of a series at x, linear between its points.
double interpolate(const Series &series, double x)
{
    for (std::size_t i = 1; i < series.x.size(); ++i) {
        if (series.x[i] >= x) {
            const double t = (x - series.x[i - 1]) / (series.x[i] - series.x[i - 1]);
            return series.y[i - 1] + t * (series.y[i] - series.y[i - 1]);
        }
    }
    return series.y.back();
}

bool near(double actual, double expected, double relative = 1e-9)
{
    return std::abs(actual - expected) <= relative * std::max(1.0, std::abs(expected));
}

#define QCOMPARE_NEAR(actual, expected)                                                            \
    QVERIFY2(near((actual), (expected)),                                                          \
             qPrintable(u"%1 is %2, expected %3"_s.arg(QStringLiteral(#actual))                    \
                            .arg((actual), 0, 'g', 15)                                             \
                            .arg((expected), 0, 'g', 15)))

/// Every chart class, by a short name.
std::vector<std::pair<QString, std::function<std::unique_ptr<ChartView>()>>> chartKinds()
{
    return {
        {u"business"_s, [] { return std::make_unique<BusinessCaseChart>(); }},
        {u"costbreakdown"_s, [] { return std::make_unique<CostBreakdownChart>(); }},
        {u"costprojection"_s, [] { return std::make_unique<CostProjectionChart>(); }},
        {u"latencytimeline"_s, [] { return std::make_unique<LatencyTimelineChart>(); }},
        {u"latencybytokens"_s, [] { return std::make_unique<LatencyByTokensChart>(); }},
        {u"alternatives"_s, [] { return std::make_unique<AlternativesScatter>(); }},
    };
}

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2B, 0x2B, 0x2B));
    dark.setColor(QPalette::WindowText, QColor(0xE6, 0xE6, 0xE6));
    dark.setColor(QPalette::Base, QColor(0x1E, 0x1E, 0x1E));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xE6, 0xE6, 0xE6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xE6, 0xE6, 0xE6));
    dark.setColor(QPalette::Highlight, QColor(0x3D, 0x8E, 0xE8));
    dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ToolTipText, QColor(0xE6, 0xE6, 0xE6));
    dark.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
    return dark;
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void businessCase();
    void costBreakdown();
    void costProjection();
    void latencyTimeline();
    void latencyByTokens();
    void alternativesScatter();
    void alternativesClick();
    void hoverReadOut();
    void changedScenarioChangesSeries_data();
    void changedScenarioChangesSeries();
    void staleKeepsData_data();
    void staleKeepsData();
    void unknownLatency();
    void batchOnly();
    void emptyResults_data();
    void emptyResults();
    void darkPalette_data();
    void darkPalette();
    void renderToPdf();
    void smallSize();
    void replotIsCheap();
    void uncertaintyHistograms();
    void tornados();
    void narrowUncertaintyCharts();
    void inputLabels_data();
    void inputLabels();
    void compactNumbers_data();
    void compactNumbers();
    void moneyAxisInChinese();
    void axesGroupDigits();
    void uncertaintyPanel();

private:
    /// Shows the chart at 900×500, lets the queued replot run, and saves it under /tmp/charts.
    void showAndSave(ChartView &chart, const QString &name);
    Results evaluated(const Scenario &scenario) const { return evaluate(scenario, m_catalog); }

    Catalog m_catalog;
    Scenario m_scenario;
    Results m_results;
    Scenario m_ranged; ///< tests/data/customer-service-ranged.fulcrum.json: five ranges
};

void TestCharts::initTestCase()
{
    const QString source = QStringLiteral(FULCRUM_SOURCE_DIR);
    const CatalogLoad catalog =
        catalogFromText(readText(source + u"/resources/catalog/default-catalog.json"_s));
    QVERIFY(catalog.catalog);
    m_catalog = *catalog.catalog;
    const ScenarioLoad scenario =
        scenarioFromText(readText(source + u"/resources/examples/customer-service.fulcrum.json"_s));
    QVERIFY(scenario.scenario);
    m_scenario = *scenario.scenario;
    m_results = evaluated(m_scenario);
    QVERIFY(m_results.valid());
    const ScenarioLoad ranged =
        scenarioFromText(readText(source + u"/tests/data/customer-service-ranged.fulcrum.json"_s));
    QVERIFY(ranged.scenario);
    m_ranged = *ranged.scenario;
    QVERIFY(m_results.latency.known);
    QVERIFY(!m_results.alternatives.empty());
    QDir().mkpath(u"/tmp/charts"_s);
}

void TestCharts::showAndSave(ChartView &chart, const QString &name)
{
    chart.resize(900, 500);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QTest::qWait(10); // the queued replot, then the repaint it asks for
    QVERIFY(chart.grab().save(u"/tmp/charts/"_s + name + u".png"_s));
}

void TestCharts::businessCase()
{
    BusinessCaseChart chart;
    chart.showResults(m_scenario, m_results);
    showAndSave(chart, u"business"_s);
    const std::vector<Series> &shown = chart.shownSeries();
    QVERIFY(chart.note().isEmpty());
    QVERIFY(!shown.empty());
    QCOMPARE(shown[0], netPerMonthByAccuracy(m_scenario, m_results));

    // The line crosses zero at break-even.
    const BusinessResults &b = m_results.business;
    const auto [low, high] = std::minmax_element(shown[0].y.begin(), shown[0].y.end());
    QVERIFY(std::abs(interpolate(shown[0], b.breakEvenWithFixedCosts)) < 1e-9 * (*high - *low));

    const Series *breakEven = findSeries(shown, "break-even");
    QVERIFY(breakEven);
    QCOMPARE(breakEven->x, std::vector<double> {b.breakEvenWithFixedCosts});
    QCOMPARE(breakEven->y, std::vector<double> {0.0});
    QVERIFY(!findSeries(shown, "break-even per case")); // no fixed costs in the example
    const Series *measured = findSeries(shown, "measured");
    QVERIFY(measured);
    QCOMPARE(measured->x, std::vector<double> {b.accuracy});
    QCOMPARE(measured->y, std::vector<double> {b.netPerMonth});
    const Series *target = findSeries(shown, "target");
    QVERIFY(target);
    QCOMPARE(target->x, std::vector<double> {m_scenario.economics.targetAccuracy});
    QCOMPARE(target->y, std::vector<double> {b.netPerMonthAtTarget});
    const Series *human = findSeries(shown, "human");
    QVERIFY(human);
    QCOMPARE(human->x, std::vector<double> {*m_scenario.economics.humanAccuracy});
    QCOMPARE(human->y, std::vector<double> {*b.netPerMonthAtHuman});
    // Every marked point lies on the line.
    for (std::size_t i = 1; i < shown.size(); ++i) {
        const double onLine = interpolate(shown[0], shown[i].x[0]);
        QVERIFY2(std::abs(onLine - shown[i].y[0]) < 1e-9 * (*high - *low), shown[i].name.c_str());
    }

    // Fixed costs move the zero crossing away from the per-case break-even.
    Scenario withFixed = m_scenario;
    withFixed.economics.monthlyFixedCosts = 5e6;
    const Results fixedResults = evaluated(withFixed);
    chart.showResults(withFixed, fixedResults);
    QVERIFY(findSeries(chart.shownSeries(), "break-even per case"));
    QCOMPARE(findSeries(chart.shownSeries(), "break-even")->x,
             std::vector<double> {fixedResults.business.breakEvenWithFixedCosts});
    const double crossing = fixedResults.business.breakEvenWithFixedCosts;
    QVERIFY(std::abs(interpolate(chart.shownSeries()[0], crossing)) < 1e-6 * (*high - *low));
    showAndSave(chart, u"business-fixed-costs"_s);

    // A case that never breaks even: no break-even marker, and no crash.
    Scenario never = m_scenario;
    never.economics.valuePerSuccess = 0.001;
    never.economics.costPerEscalation = 0;
    never.economics.churnRatePerFailure = 0;
    const Results neverResults = evaluated(never);
    QVERIFY(neverResults.valid());
    chart.showResults(never, neverResults);
    QVERIFY(!findSeries(chart.shownSeries(), "break-even"));
    showAndSave(chart, u"business-never"_s);
}

void TestCharts::costBreakdown()
{
    CostBreakdownChart chart;
    chart.showResults(m_scenario, m_results);
    showAndSave(chart, u"costbreakdown"_s);
    const std::vector<Series> &shown = chart.shownSeries();
    QCOMPARE(shown.size(), std::size_t(5));
    const std::vector<std::string> kinds {"uncached input", "cached input", "cache writes",
                                          "output", "reasoning"};
    const std::size_t bars = m_results.steps.size() + (m_results.steps.size() > 1 ? 1 : 0);
    for (std::size_t k = 0; k < kinds.size(); ++k) {
        QCOMPARE(shown[k].name, kinds[k]);
        QCOMPARE(shown[k].x.size(), bars);
    }
    for (std::size_t i = 0; i < m_results.steps.size(); ++i) {
        const TokenCost &cost = m_results.steps[i].costPerRequest;
        QCOMPARE(shown[0].y[i], cost.plainInput);
        QCOMPARE(shown[1].y[i], cost.cachedInput);
        QCOMPARE(shown[2].y[i], cost.cacheWrite);
        QCOMPARE(shown[3].y[i], cost.output);
        QCOMPARE(shown[4].y[i], cost.reasoning);
    }
    // The last bar is the whole request.
    double total = 0;
    for (const Series &s : shown)
        total += s.y.back();
    QCOMPARE_NEAR(total, m_results.cost.perRequest);
}

void TestCharts::costProjection()
{
    CostProjectionChart chart;
    chart.showResults(m_scenario, m_results);
    showAndSave(chart, u"costprojection"_s);
    const std::vector<Series> &shown = chart.shownSeries();
    QCOMPARE(shown.size(), std::size_t(3));
    const std::size_t horizon = std::size_t(m_scenario.traffic.horizonMonths);
    QCOMPARE(m_results.projection.size(), horizon);
    QCOMPARE(shown[0].name, std::string("monthly cost"));
    QCOMPARE(shown[1].name, std::string("cumulative cost"));
    for (const Series &s : shown)
        QCOMPARE(s.x.size(), horizon);
    for (std::size_t k = 0; k < horizon; ++k) {
        QCOMPARE(shown[0].x[k], double(k));
        QCOMPARE(shown[0].y[k], m_results.projection[k].cost);
        QCOMPARE(shown[1].y[k], m_results.projection[k].cumulativeCost);
    }
    QCOMPARE_NEAR(shown[1].y.back(), m_results.cost.perHorizon);

    // The cheapest feasible alternative that is not the scenario itself.
    const Alternative *cheapest = nullptr;
    for (const Alternative &a : m_results.alternatives) {
        if (a.feasible && !a.current && (!cheapest || a.costPerMonth < cheapest->costPerMonth))
            cheapest = &a;
    }
    QVERIFY(cheapest);
    QCOMPARE(shown[2], alternativeCostProjection(m_results, *cheapest));
    QVERIFY(shown[2].y[0] < shown[0].y[0]);

    // No feasible alternative: no third line.
    Scenario strict = m_scenario;
    strict.economics.targetAccuracy = 0.99;
    const Results strictResults = evaluated(strict);
    QVERIFY(std::none_of(strictResults.alternatives.begin(), strictResults.alternatives.end(),
                         [](const Alternative &a) { return a.feasible; }));
    chart.showResults(strict, strictResults);
    QCOMPARE(chart.shownSeries().size(), std::size_t(2));
}

void TestCharts::latencyTimeline()
{
    LatencyTimelineChart chart;
    chart.showResults(m_scenario, m_results);
    showAndSave(chart, u"latencytimeline"_s);
    const std::vector<Series> &shown = chart.shownSeries();
    QVERIFY(chart.note().isEmpty());
    const auto syncSteps = std::count_if(m_results.steps.begin(), m_results.steps.end(),
                                         [](const StepResult &s) { return s.onSyncPath; });
    QCOMPARE(shown.size(), std::size_t(syncSteps));
    double end = 0;
    for (std::size_t row = 0; row < shown.size(); ++row) {
        QCOMPARE(shown[row].y, (std::vector<double> {double(row), double(row)}));
        end = std::max(end, shown[row].x[1]);
    }
    QCOMPARE_NEAR(end, m_results.latency.totalS);
    // Rows go by start time.
    for (std::size_t row = 1; row < shown.size(); ++row)
        QVERIFY(shown[row - 1].x[0] <= shown[row].x[0]);

    // Parallel steps, a fractional call count and a batch step off the synchronous path.
    Scenario parallel = m_scenario;
    Step lookup = parallel.workload.steps[0];
    lookup.name = "lookup";
    lookup.model = "gpt-4.1-mini";
    lookup.calls = 2.5;
    lookup.outputTokens = 40;
    parallel.workload.steps.push_back(lookup);
    parallel.workload.steps[1].after.push_back("lookup");
    Step nightly = parallel.workload.steps[0];
    nightly.name = "nightly summary";
    nightly.tier = Tier::Batch;
    nightly.after = {"answer"};
    parallel.workload.steps.push_back(nightly);
    const Results parallelResults = evaluated(parallel);
    QVERIFY(parallelResults.valid());
    chart.showResults(parallel, parallelResults);
    QCOMPARE(chart.shownSeries().size(), std::size_t(3)); // the batch step is left out
    QCOMPARE(chart.shownSeries()[0].x[0], 0.0);
    QCOMPARE(chart.shownSeries()[1].x[0], 0.0); // side by side in time
    showAndSave(chart, u"latencytimeline-parallel"_s);
}

void TestCharts::latencyByTokens()
{
    LatencyByTokensChart chart;
    chart.showResults(m_scenario, m_results);
    showAndSave(chart, u"latencybytokens"_s);
    const std::vector<Series> &shown = chart.shownSeries();
    const std::vector<Series> typical = latencyByOutputTokens(m_results, false);
    const std::vector<Series> slowest = latencyByOutputTokens(m_results, true);
    QVERIFY(!typical.empty());
    QVERIFY(shown.size() >= 2 * typical.size());
    for (std::size_t i = 0; i < typical.size(); ++i) {
        QCOMPARE(shown[2 * i], typical[i]);
        QCOMPARE(shown[2 * i + 1], slowest[i]);
    }
    // The affordable tokens sit on the budget, where each solid line crosses it.
    std::size_t marked = 0;
    for (const StepResult &step : m_results.steps) {
        if (!step.affordableOutputTokens || *step.affordableOutputTokens <= 0)
            continue;
        const Series *point = findSeries(shown, step.name + " affordable");
        QVERIFY(point);
        QCOMPARE(point->x, std::vector<double> {*step.affordableOutputTokens});
        QCOMPARE(point->y, std::vector<double> {m_results.latency.budgetS});
        const auto line = std::find_if(typical.begin(), typical.end(), [&](const Series &s) {
            return s.name.rfind(step.name + " (", 0) == 0;
        });
        QVERIFY(line != typical.end());
        QCOMPARE_NEAR(interpolate(*line, point->x[0]), m_results.latency.budgetS);
        ++marked;
    }
    QVERIFY(marked > 0);
    QCOMPARE(shown.size(), 2 * typical.size() + marked);
}

void TestCharts::alternativesScatter()
{
    AlternativesScatter chart;
    chart.showResults(m_scenario, m_results);
    showAndSave(chart, u"alternatives"_s);
    const std::vector<Series> &shown = chart.shownSeries();
    QCOMPARE(shown.size(), std::size_t(2));
    QCOMPARE(shown[0].x.size(), m_results.alternatives.size());
    for (std::size_t i = 0; i < m_results.alternatives.size(); ++i) {
        QCOMPARE(shown[0].x[i], m_results.alternatives[i].costPerMonth);
        QCOMPARE(shown[0].y[i], m_results.alternatives[i].latencyTotalS);
    }
    const auto onFront = [](const Alternative &a) { return a.pareto && a.latencyKnown; };
    const auto front =
        std::count_if(m_results.alternatives.begin(), m_results.alternatives.end(), onFront);
    QCOMPARE(shown[1].x.size(), std::size_t(front));
    QVERIFY(std::is_sorted(shown[1].x.begin(), shown[1].x.end()));

    QCOMPARE(chart.highlighted(), -1);
    chart.setHighlighted(3);
    QCOMPARE(chart.highlighted(), 3);
    chart.setHighlighted(int(m_results.alternatives.size()));
    QCOMPARE(chart.highlighted(), -1);
    chart.setHighlighted(0);
    QCoreApplication::processEvents();
    QVERIFY(chart.grab().save(u"/tmp/charts/alternatives-highlighted.png"_s));
}

void TestCharts::alternativesClick()
{
    AlternativesScatter chart;
    chart.showResults(m_scenario, m_results);
    showAndSave(chart, u"alternatives"_s);
    QSignalSpy clicked(&chart, &AlternativesScatter::alternativeClicked);
    auto *plotWidget = chart.findChild<QWidget *>(u"plot"_s);
    QVERIFY(plotWidget);

    // The current scenario's point: clicking it picks an alternative at that spot.
    const auto current = std::find_if(m_results.alternatives.begin(), m_results.alternatives.end(),
                                      [](const Alternative &a) { return a.current; });
    QVERIFY(current != m_results.alternatives.end());
    const int index = int(current - m_results.alternatives.begin());
    const std::optional<QPointF> position = chart.pointPosition(index);
    QVERIFY(position);
    QVERIFY(chart.rect().contains(position->toPoint()));
    QTest::mouseClick(plotWidget, Qt::LeftButton, {},
                      plotWidget->mapFrom(&chart, position->toPoint()));
    QCOMPARE(clicked.count(), 1);
    const int picked = clicked.at(0).at(0).toInt();
    QVERIFY(picked >= 0 && picked < int(m_results.alternatives.size()));
    // Points may coincide (same cost and latency); the one picked is drawn there.
    QVERIFY((*chart.pointPosition(picked) - *position).manhattanLength() < 1.0);
    QCOMPARE(chart.highlighted(), picked);

    // Zoom with the wheel, and a double-click brings the home view back.
    QCoreApplication::processEvents(); // the ring's replot lays the plot out again
    const QPointF home = *chart.pointPosition(picked);
    const QPoint centre = plotWidget->rect().center();
    QWheelEvent wheel(centre, plotWidget->mapToGlobal(centre), QPoint(), QPoint(0, 240),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(plotWidget, &wheel);
    QCoreApplication::processEvents();
    QVERIFY((*chart.pointPosition(picked) - home).manhattanLength() > 5);
    QTest::mouseDClick(plotWidget, Qt::LeftButton, {}, QPoint(3, 3));
    QCoreApplication::processEvents();
    QVERIFY((*chart.pointPosition(picked) - home).manhattanLength() < 0.5);

    // Far from every point: nothing.
    QTest::mouseClick(plotWidget, Qt::LeftButton, {}, QPoint(2, 2));
    QCOMPARE(clicked.count(), 1);
    QVERIFY(!chart.pointPosition(-1));
}

void TestCharts::hoverReadOut()
{
    AlternativesScatter scatter;
    scatter.showResults(m_scenario, m_results);
    showAndSave(scatter, u"alternatives"_s);
    const auto current = std::find_if(m_results.alternatives.begin(), m_results.alternatives.end(),
                                      [](const Alternative &a) { return a.current; });
    const QPointF position = *scatter.pointPosition(int(current - m_results.alternatives.begin()));
    const QString text = scatter.hoverTextAt(position);
    QVERIFY2(text.contains(QString::fromStdString(current->model)), qPrintable(text));
    QVERIFY(scatter.hoverTextAt(QPointF(1, 1)).isEmpty());

    // Somewhere along the business line, the read-out names it and gives x and y.
    BusinessCaseChart business;
    business.showResults(m_scenario, m_results);
    showAndSave(business, u"business"_s);
    bool found = false;
    for (int x = 0; x < business.width() && !found; x += 4) {
        for (int y = 0; y < business.height() && !found; y += 4) {
            const QString hover = business.hoverTextAt(QPointF(x, y));
            found = hover.contains(u"Net per month"_s) && hover.contains(u"USD"_s)
                    && hover.contains(u"%"_s);
        }
    }
    QVERIFY(found);
}

void TestCharts::changedScenarioChangesSeries_data()
{
    QTest::addColumn<int>("kind");
    const auto kinds = chartKinds();
    for (std::size_t i = 0; i < kinds.size(); ++i)
        QTest::newRow(qPrintable(kinds[i].first)) << int(i);
}

void TestCharts::changedScenarioChangesSeries()
{
    QFETCH(int, kind);
    const std::unique_ptr<ChartView> chart = chartKinds()[std::size_t(kind)].second();
    chart->showResults(m_scenario, m_results);
    const std::vector<Series> before = chart->shownSeries();
    QVERIFY(!before.empty());

    // The same figures again: the same series.
    chart->showResults(m_scenario, m_results);
    QCOMPARE(chart->shownSeries(), before);

    Scenario changed = m_scenario;
    changed.traffic.requestsPerDay *= 2;
    changed.economics.valuePerSuccess = 30;
    changed.workload.steps[1].outputTokens = 400;
    changed.workload.latencyBudgetS = 6;
    const Results changedResults = evaluated(changed);
    QVERIFY(changedResults.valid());
    chart->showResults(changed, changedResults);
    QVERIFY(chart->shownSeries() != before);
}

void TestCharts::staleKeepsData_data()
{
    changedScenarioChangesSeries_data();
}

void TestCharts::staleKeepsData()
{
    QFETCH(int, kind);
    const auto [name, make] = chartKinds()[std::size_t(kind)];
    const std::unique_ptr<ChartView> chart = make();
    chart->showResults(m_scenario, m_results);
    const std::vector<Series> before = chart->shownSeries();
    chart->setStale(true);
    QVERIFY(chart->isStale());
    QCOMPARE(chart->shownSeries(), before);
    showAndSave(*chart, name + u"-stale"_s);
    chart->resize(700, 420);
    QTest::qWait(20);
    QVERIFY(chart->grab().save(u"/tmp/charts/"_s + name + u"-stale-resized.png"_s));
    auto *label = chart->findChild<QWidget *>(u"staleLabel"_s);
    QVERIFY(label && label->isVisible());
    chart->setStale(false);
    QVERIFY(!label->isVisible());
    QCOMPARE(chart->shownSeries(), before);
    // Fresh figures are not stale.
    chart->setStale(true);
    chart->showResults(m_scenario, m_results);
    QVERIFY(!chart->isStale());
}

void TestCharts::unknownLatency()
{
    // The answer step on a model with prices but no latency measurements.
    Scenario scenario = m_scenario;
    ModelEntry mystery = *m_catalog.find("gpt-4.1-mini");
    mystery.id = "mystery-model";
    mystery.name = "Mystery";
    mystery.latency.reset();
    scenario.models.push_back(mystery);
    scenario.workload.steps[1].model = "mystery-model";
    const Results results = evaluated(scenario);
    QVERIFY(results.valid());
    QVERIFY(!results.latency.known);

    for (const auto &[name, make] : chartKinds()) {
        const std::unique_ptr<ChartView> chart = make();
        chart->showResults(scenario, results);
        showAndSave(*chart, name + u"-unknown-latency"_s);
    }
    LatencyTimelineChart timeline;
    timeline.showResults(scenario, results);
    QVERIFY(!timeline.note().isEmpty());
    QVERIFY(timeline.shownSeries().empty());
    QVERIFY(timeline.note().contains(u"mystery-model"_s));
    // A line through the classify step alone would leave the answer's time out: none.
    LatencyByTokensChart byTokens;
    byTokens.showResults(scenario, results);
    QVERIFY(byTokens.shownSeries().empty());
    QVERIFY(byTokens.note().contains(u"mystery-model"_s));
    // The costs are known all the same.
    CostBreakdownChart cost;
    cost.showResults(scenario, results);
    QVERIFY(cost.note().isEmpty());
    QCOMPARE(cost.shownSeries().size(), std::size_t(5));
    AlternativesScatter scatter;
    scatter.showResults(scenario, results);
    QCOMPARE(scatter.shownSeries()[0].x.size(), results.alternatives.size());
}

void TestCharts::batchOnly()
{
    Scenario scenario = m_scenario;
    for (Step &step : scenario.workload.steps)
        step.tier = Tier::Batch;
    const Results results = evaluated(scenario);
    QVERIFY(results.valid());
    QVERIFY(!results.latency.hasSyncPath);
    for (const auto &[name, make] : chartKinds()) {
        const std::unique_ptr<ChartView> chart = make();
        chart->showResults(scenario, results);
        showAndSave(*chart, name + u"-batch"_s);
    }
    LatencyTimelineChart timeline;
    timeline.showResults(scenario, results);
    QVERIFY(!timeline.note().isEmpty());
    LatencyByTokensChart byTokens;
    byTokens.showResults(scenario, results);
    QVERIFY(!byTokens.note().isEmpty());
    QVERIFY(byTokens.shownSeries().empty());
}

void TestCharts::emptyResults_data()
{
    changedScenarioChangesSeries_data();
}

void TestCharts::emptyResults()
{
    // Valid but empty results (no steps, no months, no alternatives): a note, no crash.
    QFETCH(int, kind);
    const auto [name, make] = chartKinds()[std::size_t(kind)];
    const std::unique_ptr<ChartView> chart = make();
    const Scenario scenario;
    const Results results;
    QVERIFY(results.valid());
    chart->showResults(scenario, results);
    showAndSave(*chart, name + u"-empty"_s);
    if (kind != 0) // the business line exists for any economics
        QVERIFY(!chart->note().isEmpty());
    // and back to real figures
    chart->showResults(m_scenario, m_results);
    QVERIFY(chart->note().isEmpty());
}

void TestCharts::darkPalette_data()
{
    changedScenarioChangesSeries_data();
}

void TestCharts::darkPalette()
{
    QFETCH(int, kind);
    const auto [name, make] = chartKinds()[std::size_t(kind)];
    const std::unique_ptr<ChartView> chart = make();
    chart->showResults(m_scenario, m_results);
    const std::vector<Series> before = chart->shownSeries();
    chart->setPalette(::fulcrum::darkPalette());
    QCOMPARE(chart->shownSeries(), before);
    showAndSave(*chart, name + u"-dark"_s);
    // The plot's background follows QPalette::Base.
    const QImage image = chart->grab().toImage();
    QCOMPARE(image.pixelColor(image.width() - 2, 2).rgb(), QColor(0x1E, 0x1E, 0x1E).rgb());
}

void TestCharts::renderToPdf()
{
    const QString path = u"/tmp/charts/charts.pdf"_s;
    QPdfWriter writer(path);
    writer.setResolution(96);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    QPainter painter(&writer);
    QVERIFY(painter.isActive());
    bool first = true;
    for (const auto &[name, make] : chartKinds()) {
        const std::unique_ptr<ChartView> chart = make();
        chart->resize(900, 500);
        chart->showResults(m_scenario, m_results);
        if (!first)
            writer.newPage();
        first = false;
        chart->renderTo(&painter, QRectF(20, 20, 900, 500));

        // The same drawing on an image is not blank.
        QImage image(900, 500, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter imagePainter(&image);
        chart->renderTo(&imagePainter, QRectF(0, 0, 900, 500));
        imagePainter.end();
        int dark = 0;
        for (int y = 0; y < image.height(); y += 5) {
            for (int x = 0; x < image.width(); x += 5)
                dark += qGray(image.pixel(x, y)) < 128;
        }
        QVERIFY2(dark > 50, qPrintable(name));
        QVERIFY(image.save(u"/tmp/charts/"_s + name + u"-rendered.png"_s));
    }
    painter.end();
    QVERIFY(QFileInfo(path).size() > 10000);
}

void TestCharts::smallSize()
{
    // Half a tab (two charts one above the other): labels and legend still fit.
    for (const auto &[name, make] : chartKinds()) {
        const std::unique_ptr<ChartView> chart = make();
        chart->showResults(m_scenario, m_results);
        chart->resize(620, 330);
        chart->show();
        QVERIFY(QTest::qWaitForWindowExposed(chart.get()));
        QTest::qWait(10);
        QVERIFY(chart->grab().save(u"/tmp/charts/"_s + name + u"-small.png"_s));
        QCOMPARE(chart->shownSeries().empty(), false);
    }
}

void TestCharts::replotIsCheap()
{
    // The window re-lays out every chart on every keystroke; only visible ones draw. The
    // bounds here are loose (machines differ); the figures are printed.
    Scenario other = m_scenario;
    other.workload.steps[1].outputTokens = 300;
    const Results otherResults = evaluated(other);
    constexpr int Edits = 20;
    auto perEditMs = [&](const std::vector<std::unique_ptr<ChartView>> &charts) {
        QElapsedTimer timer;
        timer.start();
        for (int edit = 0; edit < Edits; ++edit) {
            const bool odd = edit % 2;
            for (const auto &chart : charts)
                chart->showResults(odd ? other : m_scenario, odd ? otherResults : m_results);
            QCoreApplication::processEvents(); // the queued replots run here
        }
        return double(timer.nsecsElapsed()) / 1e6 / Edits;
    };

    std::vector<std::unique_ptr<ChartView>> charts;
    for (const auto &[name, make] : chartKinds()) {
        charts.push_back(make());
        charts.back()->resize(900, 500);
    }
    // One chart on screen, five in other tabs.
    charts.front()->show();
    QVERIFY(QTest::qWaitForWindowExposed(charts.front().get()));
    const double oneShown = perEditMs(charts);
    // Every chart on screen at once, each at 900×500.
    for (const auto &chart : charts)
        chart->show();
    const double allShown = perEditMs(charts);
    for (std::size_t c = 0; c < charts.size(); ++c) {
        std::vector<std::unique_ptr<ChartView>> single;
        single.push_back(std::move(charts[c]));
        qInfo("%s alone: %.2f ms per edit", qPrintable(chartKinds()[c].first), perEditMs(single));
        charts[c] = std::move(single.front());
    }
    qInfo("six charts, one shown: %.2f ms per edit; all six shown: %.2f ms", oneShown, allShown);
    QVERIFY2(oneShown < 40, qPrintable(QString::number(oneShown)));
    QVERIFY2(allShown < 150, qPrintable(QString::number(allShown)));
}

void TestCharts::uncertaintyHistograms()
{
    const auto results = computeUncertainty(m_ranged, m_catalog, {.samples = 5000, .seed = 7});
    QVERIFY(results);
    QVERIFY(results->latencyKnown);
    using Q = UncertaintyHistogramChart::Quantity;
    const std::vector<std::pair<Q, const Histogram *>> cases = {
        {Q::NetPerMonth, &results->netPerMonthHistogram},
        {Q::CostPerMonth, &results->costPerMonthHistogram},
        {Q::LatencyTotal, &results->latencyTotalHistogram},
    };
    for (const auto &[quantity, histogram] : cases) {
        UncertaintyHistogramChart chart(quantity);
        QVERIFY(chart.shownSeries().empty());
        chart.showUncertainty(*results, "USD", m_ranged.workload.latencyBudgetS);
        QCOMPARE(chart.shownSeries().size(), std::size_t(1));
        const Series &series = chart.shownSeries().front();
        QCOMPARE(series.name, std::string("samples"));
        QCOMPARE(series.y.size(), histogram->counts.size());
        const double width = (histogram->upper - histogram->lower) / double(histogram->counts.size());
        double total = 0;
        for (std::size_t i = 0; i < series.y.size(); ++i) {
            QCOMPARE(series.y[i], double(histogram->counts[i]));
            QCOMPARE_NEAR(series.x[i], histogram->lower + (double(i) + 0.5) * width);
            total += series.y[i];
        }
        QCOMPARE(total, double(results->samples));
        QVERIFY(chart.note().isEmpty());
        showAndSave(chart, u"uncertainty-histogram-%1"_s.arg(int(quantity)));
        chart.setStale(true);
        QCOMPARE(chart.shownSeries().size(), std::size_t(1));
    }

    // Unknown latency: a note instead of bars.
    UncertaintyResults unknown = *results;
    unknown.latencyKnown = false;
    UncertaintyHistogramChart latency(Q::LatencyTotal);
    latency.showUncertainty(unknown, "USD", 2.0);
    QVERIFY(latency.shownSeries().empty());
    QVERIFY(!latency.note().isEmpty());
}

void TestCharts::tornados()
{
    const auto results = computeUncertainty(m_ranged, m_catalog, {.samples = 2000});
    QVERIFY(results);
    QVERIFY(results->sensitivity.size() >= 2);
    const Results point = evaluated(m_ranged);

    TornadoChart net(TornadoChart::Measure::NetPerMonth);
    net.showUncertainty(*results, m_ranged, "USD", point.business.netPerMonth);
    QCOMPARE(net.shownSeries().size(), std::size_t(2));
    const Series *low = findSeries(net.shownSeries(), "input low");
    const Series *high = findSeries(net.shownSeries(), "input high");
    QVERIFY(low && high);
    QCOMPARE(low->y.size(), results->sensitivity.size());
    for (std::size_t i = 0; i < results->sensitivity.size(); ++i) {
        QCOMPARE(low->x[i], double(i));
        QCOMPARE(low->y[i], results->sensitivity[i].netPerMonthLow);
        QCOMPARE(high->y[i], results->sensitivity[i].netPerMonthHigh);
        QCOMPARE(net.shownInputs()[i], results->sensitivity[i].input);
    }
    // Largest swing first.
    for (std::size_t i = 1; i < low->y.size(); ++i)
        QVERIFY(std::abs(high->y[i] - low->y[i]) <= std::abs(high->y[i - 1] - low->y[i - 1]) + 1e-9);
    showAndSave(net, u"tornado-net"_s);

    TornadoChart latency(TornadoChart::Measure::LatencyTotal);
    latency.showUncertainty(*results, m_ranged, "USD", point.latency.totalS);
    const std::vector<SensitivityEntry> byLatency = sortedByLatencySwing(results->sensitivity);
    const Series *latencyLow = findSeries(latency.shownSeries(), "input low");
    const Series *latencyHigh = findSeries(latency.shownSeries(), "input high");
    QVERIFY(latencyLow && latencyHigh);
    std::size_t row = 0;
    for (const SensitivityEntry &e : byLatency) {
        if (!e.latencyLowS || !e.latencyHighS)
            continue;
        QCOMPARE(latency.shownInputs()[row], e.input);
        QCOMPARE(latencyLow->y[row], *e.latencyLowS);
        QCOMPARE(latencyHigh->y[row], *e.latencyHighS);
        ++row;
    }
    QCOMPARE(latencyLow->y.size(), row);
    showAndSave(latency, u"tornado-latency"_s);

    // The tornados export like every chart: vector, the inputs' names and the axis as text.
    QTemporaryDir dir;
    QString error;
    const QString svgPath = dir.filePath(u"tornado.svg"_s);
    QVERIFY2(net.exportTo(svgPath, ChartView::ExportFormat::Svg, &error), qPrintable(error));
    QFile svg(svgPath);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QByteArray svgBytes = svg.readAll();
    QVERIFY(svgBytes.contains("Net per month (USD)"));
    QCOMPARE(results->sensitivity.front().input, std::string("economics.value_per_success"));
    QVERIFY(svgBytes.contains("Value of a success"));
    QVERIFY(!svgBytes.contains("economics.value_per_success"));
    QVERIFY2(latency.exportTo(dir.filePath(u"tornado.png"_s), ChartView::ExportFormat::Png, &error), qPrintable(error));
    QVERIFY(!QImage(dir.filePath(u"tornado.png"_s)).isNull());

    // Nothing ranged: a note.
    UncertaintyResults none = *results;
    none.sensitivity.clear();
    TornadoChart empty(TornadoChart::Measure::NetPerMonth);
    empty.showUncertainty(none, Scenario {}, "USD", 0);
    QVERIFY(empty.shownSeries().empty());
    QVERIFY(!empty.note().isEmpty());
}

namespace {

/// Opens ChartView's compact number form (axis ticks, tornado ends) to the test.
class CompactProbe : public ChartView
{
public:
    using ChartView::compactNumber;

protected:
    void rebuild(const Scenario &, const Results &) override {}
};

} // namespace

void TestCharts::compactNumbers_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QLocale zh(QLocale::Chinese, QLocale::China);
    QTest::newRow("en thousands") << en << 12500.0 << u"12.5k"_s;
    QTest::newRow("en millions") << en << -200e6 << u"-200M"_s;
    QTest::newRow("en billions") << en << 1.2e9 << u"1.2B"_s;
    QTest::newRow("en small") << en << 0.0042 << u"0.0042"_s;
    QTest::newRow("zh below 万: grouped") << zh << 5000.0 << u"5,000"_s;
    QTest::newRow("zh 万") << zh << 12500.0 << u"1.25万"_s;
    QTest::newRow("zh millions in 万") << zh << 3.5e6 << u"350万"_s;
    QTest::newRow("zh 亿") << zh << -2e8 << u"-2亿"_s;
    QTest::newRow("zh billions in 亿") << zh << 1.2e9 << u"12亿"_s;
    QTest::newRow("zh small") << zh << 0.5 << u"0.5"_s;
}

void TestCharts::compactNumbers()
{
    QFETCH(QLocale, locale);
    QFETCH(double, value);
    QFETCH(QString, expected);
    const QLocale before;
    QLocale::setDefault(locale);
    const QString text = CompactProbe::compactNumber(value);
    QLocale::setDefault(before);
    QCOMPARE(text, expected);
}

/// The y axis's tick labels of chart, built and laid out at 900×500 with locale as the
/// language's (the default restored after).
template <typename Chart>
QStringList yTickLabels(const Scenario &scenario, const Results &results, const QLocale &locale)
{
    const QLocale before;
    QLocale::setDefault(locale);
    Chart chart;
    chart.showResults(scenario, results);
    chart.resize(900, 500);
    auto *plot = chart.template findChild<QCustomPlot *>();
    QStringList labels;
    if (plot) {
        plot->replot();
        const QVector<QString> ticks = plot->yAxis->tickVectorLabels();
        labels = QStringList(ticks.begin(), ticks.end());
    }
    QLocale::setDefault(before);
    return labels;
}

void TestCharts::moneyAxisInChinese()
{
    // The business case's net axis (−270 M … +60 M in the example) in 亿, not 百万.
    const QStringList labels =
        yTickLabels<BusinessCaseChart>(m_scenario, m_results, QLocale(QLocale::Chinese, QLocale::China));
    QVERIFY(!labels.isEmpty());
    QVERIFY2(std::any_of(labels.begin(), labels.end(), [](const QString &l) { return l.endsWith(u"亿"_s); }),
             qPrintable(labels.join(u" | "_s)));
    for (const QString &label : labels)
        QVERIFY2(!label.contains(u"百万"_s) && !label.contains(u'M'), qPrintable(label));
}

void TestCharts::narrowUncertaintyCharts()
{
    // At the width the Uncertainty tab gives them on a 1280-pixel screen in Russian: the
    // tornado's input names are cut to two fifths of the chart (whole in the hover read-out),
    // and no P5/P50/P95 label of a histogram runs off the plot.
    const auto results = computeUncertainty(m_ranged, m_catalog, {.samples = 2000});
    QVERIFY(results);
    const Results point = evaluated(m_ranged);

    for (const int width : {360, 1000}) {
        TornadoChart tornado(TornadoChart::Measure::NetPerMonth);
        tornado.resize(width, 240);
        tornado.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tornado));
        tornado.showUncertainty(*results, m_ranged, "USD", point.business.netPerMonth);
        auto *plot = tornado.findChild<QCustomPlot *>();
        QVERIFY(plot);
        plot->replot();
        const auto ticker = plot->yAxis->ticker().dynamicCast<QCPAxisTickerText>();
        QVERIFY(ticker);
        const QFontMetrics metrics(plot->yAxis->tickLabelFont());
        bool elided = false;
        for (std::size_t i = 0; i < tornado.shownInputs().size(); ++i) {
            const QString shown = ticker->ticks().value(double(i));
            const QString whole = inputLabel(tornado.shownInputs()[i], m_ranged);
            QVERIFY2(metrics.horizontalAdvance(shown) <= std::max(90, width * 2 / 5), qPrintable(shown));
            QVERIFY2(shown == whole || (shown.endsWith(u'…') && whole.startsWith(shown.chopped(1))), qPrintable(shown));
            elided = elided || shown != whole;
        }
        QCOMPARE(elided, width == 360); // "Share that can wait (async)"-long names only cut when narrow
        QVERIFY(plot->xAxis->tickVector().size() <= (width == 360 ? 3 : 6));
    }

    using Q = UncertaintyHistogramChart::Quantity;
    for (const Q quantity : {Q::NetPerMonth, Q::CostPerMonth, Q::LatencyTotal}) {
        UncertaintyHistogramChart chart(quantity);
        chart.resize(240, 240);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.showUncertainty(*results, "USD", m_ranged.workload.latencyBudgetS);
        auto *plot = chart.findChild<QCustomPlot *>();
        QVERIFY(plot);
        plot->replot();
        const QRect area = plot->axisRect()->rect();
        int labels = 0;
        for (int i = 0; i < plot->itemCount(); ++i) {
            auto *label = qobject_cast<QCPItemText *>(plot->item(i));
            if (!label)
                continue;
            ++labels;
            const double left = label->topLeft->pixelPosition().x();
            const double right = label->bottomRight->pixelPosition().x();
            QVERIFY2(left >= area.left() - 2 && right <= area.right() + 2,
                     qPrintable(label->text() + u": "_s + QString::number(left) + u".."_s + QString::number(right)
                                + u" outside "_s + QString::number(area.left()) + u".."_s
                                + QString::number(area.right())));
        }
        QVERIFY(labels >= 3);
    }
}

void TestCharts::axesGroupDigits()
{
    // Axis numbers in the language's form with its digit grouping: the scatter's logarithmic
    // latency axis reaches the batch tier's day (86,400 s) — "100 000" in Russian.
    const QLocale russian(QLocale::Russian, QLocale::Russia);
    const QStringList labels = yTickLabels<AlternativesScatter>(m_scenario, m_results, russian);
    QVERIFY2(labels.contains(russian.toString(100000)), qPrintable(labels.join(u" | "_s)));
    QVERIFY2(!labels.contains(u"100000"_s), qPrintable(labels.join(u" | "_s)));
}

void TestCharts::inputLabels_data()
{
    // The example's steps are "classify" and "answer"; a model of the scenario's own is put
    // first for the models[0] paths.
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("label");
    QTest::newRow("traffic") << u"traffic.requests_per_day"_s << u"Requests per day"_s;
    QTest::newRow("growth") << u"traffic.monthly_growth"_s << u"Monthly growth"_s;
    QTest::newRow("economics") << u"economics.value_per_success"_s << u"Value of a success"_s;
    QTest::newRow("churn") << u"economics.churn_rate_per_failure"_s << u"Churn per failure"_s;
    QTest::newRow("workload") << u"workload.network_overhead_s"_s << u"Network overhead"_s;
    QTest::newRow("budget") << u"workload.latency_budget_s"_s << u"Latency budget"_s;
    QTest::newRow("step") << u"workload.steps[1].output_tokens"_s << u"answer step: output tokens"_s;
    QTest::newRow("step cache") << u"workload.steps[0].cache_hit_rate"_s << u"classify step: cache hit rate"_s;
    QTest::newRow("step past the end") << u"workload.steps[7].calls"_s << u"8 step: calls"_s;
    QTest::newRow("eval") << u"evals.gpt-4.1.accuracy"_s << u"Accuracy of gpt-4.1"_s;
    QTest::newRow("own price") << u"models[0].prices_per_mtok.standard.output"_s
                               << u"my-model: output price (Standard)"_s;
    QTest::newRow("own speed") << u"models[0].latency.output_tokens_per_s"_s << u"my-model: output speed"_s;
    QTest::newRow("catalog price") << u"catalog.gpt-4.1.prices_per_mtok.batch.cached_input"_s
                                   << u"gpt-4.1: cached input price (Batch)"_s;
    QTest::newRow("catalog ttft") << u"catalog.gpt-4o-mini.latency.ttft_s"_s << u"gpt-4o-mini: time to first token"_s;
    QTest::newRow("unknown field") << u"economics.mystery"_s << u"economics.mystery"_s;
    QTest::newRow("unknown model") << u"models[99].latency.ttft_s"_s << u"models[99].latency.ttft_s"_s;
    QTest::newRow("bad index") << u"workload.steps[x].calls"_s << u"workload.steps[x].calls"_s;
    QTest::newRow("unknown tier") << u"catalog.m.prices_per_mtok.gold.input"_s << u"catalog.m.prices_per_mtok.gold.input"_s;
}

void TestCharts::inputLabels()
{
    QFETCH(QString, path);
    QFETCH(QString, label);
    Scenario scenario = m_scenario;
    ModelEntry own;
    own.id = "my-model";
    scenario.models.insert(scenario.models.begin(), own);
    QCOMPARE(inputLabel(path.toStdString(), scenario), label);
    QCOMPARE(joinedNames({u"a"_s, u"b"_s}), u"a, b"_s);
}

void TestCharts::uncertaintyPanel()
{
    UncertaintyPanel panel;
    QCOMPARE(panel.options().samples, DefaultUncertaintySamples);
    QCOMPARE(panel.options().seed, DefaultUncertaintySeed);
    const auto results = computeUncertainty(m_ranged, m_catalog, {.samples = 3000});
    QVERIFY(results);
    panel.showUncertainty(*results, m_ranged, 0, 1);
    QVERIFY(panel.shownResults() == results);
    QVERIFY(panel.figuresText().contains(DisplayFormat::percent(results->pBreakEven)));
    QVERIFY(panel.figuresText().contains(DisplayFormat::money(results->netPerMonth.p50, u"USD"_s)));
    QVERIFY(panel.figuresText().contains(DisplayFormat::seconds(results->latencyTotalS.p99)));
    // By name, the largest net swing first; the network overhead moves only the latency.
    QVERIFY2(panel.mattersMostText().startsWith(u"Matters most for net per month: Value of a success, Requests per day, "
                                                 "Accuracy of gpt-4.1; for the latency: answer step: output tokens, "_s),
             qPrintable(panel.mattersMostText()));
    QVERIFY(panel.noRangesNote().isEmpty());
    QCOMPARE(panel.netHistogram()->shownSeries().front().y.size(), results->netPerMonthHistogram.counts.size());

    // The bundled example: only the accuracy's posterior is uncertain.
    const auto posterior = computeUncertainty(m_scenario, m_catalog, {.samples = 1000});
    QVERIFY(posterior);
    panel.showUncertainty(*posterior, m_scenario, 0, 1);
    QVERIFY(!panel.noRangesNote().isEmpty());

    panel.setRunning(true);
    QVERIFY(panel.isRunning());
    panel.setRunning(false);
    QVERIFY(!panel.isRunning());
}

} // namespace fulcrum

QTEST_MAIN(fulcrum::TestCharts)
#include "tst_charts.moc"
