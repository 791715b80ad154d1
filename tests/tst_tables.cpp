#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

#include <algorithm>

#include "models/catalogio.h"
#include "models/evaluate.h"
#include "models/scenarioio.h"
#include "models/scenariovalidation.h"
#include "widgets/alternativesfiltermodel.h"
#include "widgets/alternativespanel.h"
#include "widgets/alternativestablemodel.h"
#include "widgets/calibrationtablemodel.h"
#include "widgets/catalogpanel.h"
#include "widgets/catalogtablemodel.h"
#include "widgets/itemroles.h"
#include "widgets/numberfield.h"

using namespace Qt::StringLiterals;

namespace fulcrum {

namespace {

std::string readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().toStdString();
}

const QString ScreenshotDir = u"/tmp/tables"_s;

using Alts = AlternativesTableModel;
using Catalogs = CatalogTableModel;

template<typename Predicate>
int countIf(const std::vector<Alternative> &all, Predicate predicate)
{
    return static_cast<int>(std::count_if(all.begin(), all.end(), predicate));
}

} // namespace

class TestTables : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void alternativesModelIsConsistent();
    void alternativesRowsAreTheResults();
    void alternativesDisplayAndRoles();
    void sortingByCostIncreases();
    void sortingPutsUnknownLast();
    void feasibleOnlyLeavesFeasibleRows();
    void otherFiltersAndCount();
    void applyEmitsTheSelectedAlternative();
    void applyIsDisabledOnTheCurrentRow();
    void selectionSignalsAndSetter();
    void selectionSurvivesNewResults();
    void applyToComboEmitsTheKey();
    void invalidResultsShowNoRows();

    void catalogModelIsConsistent();
    void catalogShowsPrices();
    void editingAPriceEmitsTheWholeEntry();
    void emptyCellSetsNull();
    void invalidValuesAreRefused_data();
    void invalidValuesAreRefused();
    void tierNotOfferedTakesAPair();
    void catalogCellsTakeRanges_data();
    void catalogCellsTakeRanges();
    void catalogRangesAreRefusedWhereWrong_data();
    void catalogRangesAreRefusedWhereWrong();
    void overriddenRowIsMarked();
    void revertButtonEmitsForOverrides();
    void setCatalogUpdatesInPlace();
    void catalogFilter();
    void catalogDates();
    void calibrationTable();

    void screenshots();

private:
    Scenario m_scenario;
    Catalog m_catalog;
    Results m_results;
};

void TestTables::initTestCase()
{
    const QString root = QStringLiteral(FULCRUM_SOURCE_DIR);
    const QString example = root + u"/resources/examples/customer-service.fulcrum.json"_s;
    ScenarioLoad scenario = scenarioFromText(readFile(example));
    QVERIFY(scenario.scenario);
    CatalogLoad catalog = catalogFromText(readFile(root + u"/resources/catalog/default-catalog.json"_s));
    QVERIFY(catalog.catalog);
    m_scenario = *scenario.scenario;
    m_catalog = *catalog.catalog;
    m_results = evaluate(m_scenario, m_catalog);
    QVERIFY(m_results.valid());
    QVERIFY(m_results.alternatives.size() > 20);
    QVERIFY(std::any_of(m_results.alternatives.begin(), m_results.alternatives.end(),
                        [](const Alternative &a) { return a.feasible; }));
    QVERIFY(std::any_of(m_results.alternatives.begin(), m_results.alternatives.end(),
                        [](const Alternative &a) { return !a.feasible; }));
    QVERIFY(QDir().mkpath(ScreenshotDir));
}

void TestTables::alternativesModelIsConsistent()
{
    AlternativesTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    AlternativesFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(Alts::CostPerMonth);

    model.setResults(m_results);
    model.setResults(m_results); // the same rows: refreshed in place
    Results other = m_results;
    other.alternatives.front().costPerMonth += 1;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setResults(other);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(reset.count(), 0);
    other.alternatives.pop_back();
    model.setResults(other);
    QCOMPARE(reset.count(), 1);
    proxy.setFeasibleOnly(true);
    proxy.setTier(Tier::Batch);
    proxy.clearFilters();
    model.setResults(Results {});
    QCOMPARE(model.rowCount(), 0);
}

void TestTables::alternativesRowsAreTheResults()
{
    AlternativesTableModel model;
    model.setResults(m_results);
    QCOMPARE(model.rowCount(), static_cast<int>(m_results.alternatives.size()));
    QCOMPARE(model.columnCount(), int(Alts::ColumnCount));
    for (int row = 0; row < model.rowCount(); ++row) {
        const Alternative &a = m_results.alternatives[static_cast<std::size_t>(row)];
        QCOMPARE(model.index(row, Alts::Model).data().toString(), QString::fromStdString(a.model));
        QCOMPARE(model.index(row, Alts::CostPerMonth).data(Alts::SortRole).toDouble(),
                 a.costPerMonth);
        QCOMPARE(model.index(row, Alts::Rank).data(Alts::SortRole).toInt(), row + 1);
    }
}

void TestTables::alternativesDisplayAndRoles()
{
    AlternativesTableModel model;
    model.setResults(m_results);
    const auto &all = m_results.alternatives;
    const auto current = std::find_if(all.begin(), all.end(), [](const Alternative &a) { return a.current; });
    QVERIFY(current != all.end());
    const int currentRow = static_cast<int>(current - all.begin());
    QVERIFY(qvariant_cast<QFont>(model.index(currentRow, Alts::Model).data(Qt::FontRole)).bold());

    const auto infeasible = std::find_if(all.begin(), all.end(), [](const Alternative &a) { return !a.feasible; });
    const int infeasibleRow = static_cast<int>(infeasible - all.begin());
    QVERIFY(model.index(infeasibleRow, 0).data(Qt::ForegroundRole).isValid());
    QVERIFY(model.index(infeasibleRow, Alts::Verdict).data().toString() != u"Feasible"_s);
    const auto feasible = std::find_if(all.begin(), all.end(), [](const Alternative &a) { return a.feasible; });
    const int feasibleRow = static_cast<int>(feasible - all.begin());
    QCOMPARE(model.index(feasibleRow, Alts::Verdict).data().toString(), u"Feasible"_s);
    QVERIFY(!model.index(feasibleRow, 0).data(Qt::ForegroundRole).isValid());

    // Money carries the currency, percent its sign, seconds their unit.
    QVERIFY(model.index(0, Alts::CostPerMonth).data().toString().endsWith(u" USD"_s));
    QVERIFY(model.index(0, Alts::BreakEven).data().toString().endsWith(u" %"_s));
    for (int row = 0; row < model.rowCount(); ++row) {
        const Alternative &a = all[static_cast<std::size_t>(row)];
        const QString accuracy = model.index(row, Alts::Accuracy).data().toString();
        if (!a.accuracy)
            QCOMPARE(accuracy, u"unmeasured"_s);
        if (a.accuracyBasis == AccuracyBasis::Unmeasured)
            QVERIFY(model.index(row, Alts::Verdict).data().toString().contains(u"accuracy unmeasured"_s));
        if (a.latencyKnown)
            QVERIFY(model.index(row, Alts::LatencyTypical).data().toString().endsWith(u" s"_s));
        else
            QCOMPARE(model.index(row, Alts::LatencyTypical).data().toString(), u"unknown"_s);
        QCOMPARE(model.index(row, Alts::Pareto).data().toString().isEmpty(), !a.pareto);
    }

    // An earlier step as the target: accuracy is marked unchanged.
    Scenario classify = m_scenario;
    classify.alternatives.applyTo = "classify";
    const Results results = evaluate(classify, m_catalog);
    QVERIFY(results.valid());
    model.setResults(results);
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.index(0, Alts::Accuracy).data().toString().contains(u"unchanged"_s));

    Alternative a;
    a.reasons = BelowTarget | OverBudget | ContextExceeded;
    QCOMPARE(Alts::verdictText(a), u"below target, over budget, context too small"_s);
}

void TestTables::sortingByCostIncreases()
{
    AlternativesPanel panel;
    panel.showResults(m_scenario, m_results);
    QTableView *view = panel.tableView();
    QAbstractItemModel *proxy = view->model();
    QCOMPARE(proxy->rowCount(), static_cast<int>(m_results.alternatives.size()));
    // Initially in the engine's order.
    QCOMPARE(proxy->index(0, Alts::Rank).data(Alts::SortRole).toInt(), 1);

    view->sortByColumn(Alts::CostPerMonth, Qt::AscendingOrder);
    double previous = -1e300;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const double cost = proxy->index(row, Alts::CostPerMonth).data(Alts::SortRole).toDouble();
        QVERIFY2(cost >= previous, qPrintable(u"row %1"_s.arg(row)));
        previous = cost;
    }
    view->sortByColumn(Alts::CostPerMonth, Qt::DescendingOrder);
    previous = 1e300;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const double cost = proxy->index(row, Alts::CostPerMonth).data(Alts::SortRole).toDouble();
        QVERIFY(cost <= previous);
        previous = cost;
    }
}

void TestTables::sortingPutsUnknownLast()
{
    AlternativesPanel panel;
    panel.showResults(m_scenario, m_results);
    QTableView *view = panel.tableView();
    QAbstractItemModel *proxy = view->model();
    view->sortByColumn(Alts::LatencyTypical, Qt::AscendingOrder);
    bool seenUnknown = false;
    double previous = -1;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QVariant latency = proxy->index(row, Alts::LatencyTypical).data(Alts::SortRole);
        if (!latency.isValid()) {
            seenUnknown = true;
            continue;
        }
        QVERIFY2(!seenUnknown, "a known latency after an unknown one");
        QVERIFY(latency.toDouble() >= previous);
        previous = latency.toDouble();
    }
}

void TestTables::feasibleOnlyLeavesFeasibleRows()
{
    AlternativesPanel panel;
    panel.showResults(m_scenario, m_results);
    auto *feasibleOnly = panel.findChild<QCheckBox *>(u"feasibleOnlyCheck"_s);
    QVERIFY(feasibleOnly);
    feasibleOnly->setChecked(true);
    QAbstractItemModel *proxy = panel.tableView()->model();
    const int feasibleCount = countIf(m_results.alternatives, [](const Alternative &a) { return a.feasible; });
    QCOMPARE(proxy->rowCount(), feasibleCount);
    for (int row = 0; row < proxy->rowCount(); ++row) {
        QVERIFY(proxy->index(row, 0).data(Alts::FeasibleRole).toBool());
        QCOMPARE(proxy->index(row, Alts::Verdict).data().toString(), u"Feasible"_s);
    }
    const QString summary = panel.findChild<QLabel *>(u"summaryLabel"_s)->text();
    const QString shown = u"%1 of %2"_s.arg(feasibleCount).arg(m_results.alternatives.size());
    QVERIFY2(summary.contains(shown), qPrintable(summary));
    QVERIFY2(summary.contains(u"answer"_s), qPrintable(summary));
    feasibleOnly->setChecked(false);
    QCOMPARE(proxy->rowCount(), static_cast<int>(m_results.alternatives.size()));
}

void TestTables::otherFiltersAndCount()
{
    AlternativesPanel panel;
    panel.showResults(m_scenario, m_results);
    QAbstractItemModel *proxy = panel.tableView()->model();
    const auto &all = m_results.alternatives;

    panel.findChild<QCheckBox *>(u"paretoOnlyCheck"_s)->setChecked(true);
    QCOMPARE(proxy->rowCount(), countIf(all, [](const Alternative &a) {
                 return a.pareto;
             }));
    panel.findChild<QCheckBox *>(u"paretoOnlyCheck"_s)->setChecked(false);

    panel.findChild<QCheckBox *>(u"cachingOnlyCheck"_s)->setChecked(true);
    QCOMPARE(proxy->rowCount(), countIf(all, [](const Alternative &a) {
                 return a.caching;
             }));
    panel.findChild<QCheckBox *>(u"cachingOnlyCheck"_s)->setChecked(false);

    auto *tier = panel.findChild<QComboBox *>(u"tierCombo"_s);
    tier->setCurrentIndex(tier->findData(tierIndex(Tier::Batch)));
    QCOMPARE(proxy->rowCount(), countIf(all, [](const Alternative &a) {
                 return a.tier == Tier::Batch;
             }));
    tier->setCurrentIndex(0);

    panel.findChild<QLineEdit *>(u"filterEdit"_s)->setText(u"anthropic"_s);
    QCOMPARE(proxy->rowCount(), countIf(all, [](const Alternative &a) {
                 return a.provider == "Anthropic";
             }));
    QVERIFY(proxy->rowCount() > 0);
    panel.findChild<QLineEdit *>(u"filterEdit"_s)->setText(u"GPT-4.1"_s);
    for (int row = 0; row < proxy->rowCount(); ++row)
        QVERIFY(proxy->index(row, Alts::Model).data().toString().startsWith(u"gpt-4.1"_s));
}

void TestTables::applyEmitsTheSelectedAlternative()
{
    AlternativesPanel panel;
    panel.resize(1200, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.showResults(m_scenario, m_results);
    const auto &all = m_results.alternatives;
    const auto it = std::find_if(all.begin() + 1, all.end(), [](const Alternative &a) { return !a.current; });
    QVERIFY(it != all.end());
    const int index = static_cast<int>(it - all.begin());

    QSignalSpy applied(&panel, &AlternativesPanel::applyRequested);
    panel.selectAlternative(index);
    QCOMPARE(panel.selectedAlternative(), index);
    auto *apply = panel.findChild<QPushButton *>(u"applyButton"_s);
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(applied.count(), 1);
    QCOMPARE(qvariant_cast<Alternative>(applied.at(0).at(0)), *it);

    // A double-click on a row applies it too.
    QTableView *view = panel.tableView();
    const QModelIndex cell = panel.filterModel()->mapFromSource(panel.tableModel()->index(index, Alts::Model));
    view->scrollTo(cell);
    const QPoint centre = view->visualRect(cell).center();
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(applied.count(), 2);
    QCOMPARE(qvariant_cast<Alternative>(applied.at(1).at(0)), *it);

    // And Enter on the table.
    panel.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    view->setFocus();
    QVERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(applied.count(), 3);
    QCOMPARE(qvariant_cast<Alternative>(applied.at(2).at(0)), *it);
}

void TestTables::applyIsDisabledOnTheCurrentRow()
{
    AlternativesPanel panel;
    panel.showResults(m_scenario, m_results);
    const auto &all = m_results.alternatives;
    const auto current = std::find_if(all.begin(), all.end(), [](const Alternative &a) { return a.current; });
    QVERIFY(current != all.end());
    auto *apply = panel.findChild<QPushButton *>(u"applyButton"_s);
    QVERIFY(!apply->isEnabled());
    panel.selectAlternative(static_cast<int>(current - all.begin()));
    QVERIFY(!apply->isEnabled());
}

void TestTables::selectionSignalsAndSetter()
{
    AlternativesPanel panel;
    panel.showResults(m_scenario, m_results);
    QSignalSpy selected(&panel, &AlternativesPanel::alternativeSelected);

    panel.selectAlternative(3);
    QCOMPARE(selected.count(), 0); // a setter
    QCOMPARE(panel.selectedAlternative(), 3);

    // The user selects a row: its index in the results, whatever the sort.
    panel.tableView()->sortByColumn(Alts::CostPerMonth, Qt::AscendingOrder);
    panel.tableView()->selectRow(0);
    QCOMPARE(selected.count(), 1);
    const int index = selected.at(0).at(0).toInt();
    const double cheapest = std::min_element(m_results.alternatives.begin(), m_results.alternatives.end(),
                                             [](const Alternative &a, const Alternative &b) {
                                                 return a.costPerMonth < b.costPerMonth;
                                             })->costPerMonth;
    QCOMPARE(m_results.alternatives[static_cast<std::size_t>(index)].costPerMonth, cheapest);
    QCOMPARE(panel.selectedAlternative(), index);

    // Selecting a row the filters hide clears the filters.
    auto *feasibleOnly = panel.findChild<QCheckBox *>(u"feasibleOnlyCheck"_s);
    feasibleOnly->setChecked(true);
    const auto &all = m_results.alternatives;
    const auto infeasible = std::find_if(all.begin(), all.end(), [](const Alternative &a) { return !a.feasible; });
    const int hidden = static_cast<int>(infeasible - all.begin());
    panel.selectAlternative(hidden);
    QCOMPARE(panel.selectedAlternative(), hidden);
    QVERIFY(!feasibleOnly->isChecked());

    panel.selectAlternative(-1);
    QCOMPARE(panel.selectedAlternative(), -1);
}

void TestTables::selectionSurvivesNewResults()
{
    AlternativesPanel panel;
    panel.showResults(m_scenario, m_results);
    const int index = 5;
    const Alternative chosen = m_results.alternatives[index];
    panel.selectAlternative(index);

    // The same candidates, figures changed: selection kept in place.
    Results changed = m_results;
    for (Alternative &a : changed.alternatives)
        a.costPerMonth *= 1.01;
    panel.showResults(m_scenario, changed);
    QCOMPARE(panel.selectedAlternative(), index);

    // Reordered: the same candidate stays selected at its new index.
    Results reordered = m_results;
    std::reverse(reordered.alternatives.begin(), reordered.alternatives.end());
    QSignalSpy selected(&panel, &AlternativesPanel::alternativeSelected);
    panel.showResults(m_scenario, reordered);
    const int moved = panel.selectedAlternative();
    QCOMPARE(moved, static_cast<int>(reordered.alternatives.size()) - 1 - index);
    const Alternative &now = reordered.alternatives[static_cast<std::size_t>(moved)];
    QCOMPARE(now.model, chosen.model);
    QCOMPARE(now.tier, chosen.tier);
    QCOMPARE(now.caching, chosen.caching);
    QCOMPARE(selected.count(), 0);
}

void TestTables::applyToComboEmitsTheKey()
{
    AlternativesPanel panel;
    panel.showResults(m_scenario, m_results);
    auto *combo = panel.findChild<QComboBox *>(u"applyToCombo"_s);
    QVERIFY(combo);
    QCOMPARE(combo->count(), 2 + static_cast<int>(m_scenario.workload.steps.size()));
    QCOMPARE(combo->currentData().toString(), u"final"_s);
    QVERIFY(combo->currentText().contains(u"answer"_s));

    QSignalSpy spy(&panel, &AlternativesPanel::applyToChanged);
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), u"all"_s);
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toString(), u"classify"_s);

    // Showing a scenario sets the combo without emitting.
    Scenario all = m_scenario;
    all.alternatives.applyTo = "all";
    panel.showResults(all, evaluate(all, m_catalog));
    QCOMPARE(combo->currentData().toString(), u"all"_s);
    QCOMPARE(spy.count(), 2);
    QVERIFY(panel.findChild<QLabel *>(u"summaryLabel"_s)->text().contains(u"every step"_s));
}

void TestTables::invalidResultsShowNoRows()
{
    AlternativesPanel panel;
    panel.showResults(m_scenario, m_results);
    Scenario broken = m_scenario;
    broken.workload.steps[0].outputTokens = -5;
    const Results results = evaluate(broken, m_catalog);
    QVERIFY(!results.valid());
    panel.showResults(broken, results);
    QCOMPARE(panel.tableView()->model()->rowCount(), 0);
    QVERIFY(panel.findChild<QLabel *>(u"summaryLabel"_s)->text().contains(u"errors"_s));
}

void TestTables::catalogModelIsConsistent()
{
    CatalogTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(Catalogs::SortRole);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(Catalogs::StandardInput);

    model.setCatalog(m_scenario, m_catalog);
    QCOMPARE(model.rowCount(), static_cast<int>(m_catalog.models().size()));
    QCOMPARE(model.columnCount(), int(Catalogs::ColumnCount));
    QVERIFY(model.setData(model.index(0, Catalogs::StandardOutput), u"31"_s));
    QVERIFY(!model.setData(model.index(0, Catalogs::StandardOutput), u"x"_s));

    Scenario added = m_scenario;
    ModelEntry mine = *m_catalog.find("gpt-4o");
    mine.id = "my-model";
    added.models.push_back(mine);
    model.setCatalog(added, m_catalog);
    QCOMPARE(model.rowCount(), static_cast<int>(m_catalog.models().size()) + 1);
    QCOMPARE(model.origin(model.rowOf(u"my-model"_s)), Catalogs::Origin::Added);
    QVERIFY(!model.canRevert(model.rowOf(u"my-model"_s)));
    model.setCatalog(Scenario {}, Catalog {});
    QCOMPARE(model.rowCount(), 0);
}

void TestTables::catalogShowsPrices()
{
    CatalogTableModel model;
    model.setCatalog(m_scenario, m_catalog);
    const int row = model.rowOf(u"gpt-4o"_s);
    QVERIFY(row >= 0);
    const QModelIndex input = model.index(row, Catalogs::StandardInput);
    QCOMPARE(input.data(Catalogs::SortRole).toDouble(), 2.5);
    QCOMPARE(input.data().toString(), QLocale().toString(2.5));
    QCOMPARE(model.index(row, Catalogs::Id).data().toString(), u"gpt-4o"_s);
    QCOMPARE(model.index(row, Catalogs::Provider).data().toString(), u"OpenAI"_s);
    // Null is an empty cell: gpt-4o offers no flex tier and prices no cache writes.
    QCOMPARE(model.index(row, Catalogs::FlexInput).data().toString(), QString());
    QVERIFY(!model.index(row, Catalogs::FlexInput).data(Catalogs::SortRole).isValid());
    QCOMPARE(model.index(row, Catalogs::StandardCacheWrite).data().toString(), QString());
    QCOMPARE(model.index(row, Catalogs::OutputTokensPerS).data(Catalogs::SortRole).toDouble(),
             m_catalog.find("gpt-4o")->latency->outputTokensPerS);
    QCOMPARE(model.index(row, Catalogs::Overridden).data().toString(), QString());
    QVERIFY(!(model.flags(model.index(row, Catalogs::Id)) & Qt::ItemIsEditable));
    QVERIFY(model.flags(model.index(row, Catalogs::StandardInput)) & Qt::ItemIsEditable);
}

void TestTables::editingAPriceEmitsTheWholeEntry()
{
    CatalogTableModel model;
    model.setCatalog(m_scenario, m_catalog);
    QSignalSpy edited(&model, &Catalogs::modelEdited);
    QSignalSpy refused(&model, &Catalogs::editRefused);
    const int row = model.rowOf(u"gpt-4o"_s);

    QVERIFY(model.setData(model.index(row, Catalogs::StandardInput), u"3.1"_s));
    QCOMPARE(edited.count(), 1);
    QCOMPARE(refused.count(), 0);
    ModelEntry expected = *m_catalog.find("gpt-4o");
    expected.prices[tierIndex(Tier::Standard)]->input = 3.1;
    const ModelEntry got = qvariant_cast<ModelEntry>(edited.at(0).at(0));
    QVERIFY(got == expected);
    QCOMPARE(model.origin(row), Catalogs::Origin::Overridden);

    // A number as a number works too; an unchanged value emits nothing.
    QVERIFY(model.setData(model.index(row, Catalogs::PriorityOutput), 18.5));
    QCOMPARE(edited.count(), 2);
    QCOMPARE(qvariant_cast<ModelEntry>(edited.at(1).at(0)).pricesFor(Tier::Priority)->output, 18.5);
    QVERIFY(model.setData(model.index(row, Catalogs::PriorityOutput), u"18.5"_s));
    QCOMPARE(edited.count(), 2);

    // Text columns.
    QVERIFY(model.setData(model.index(row, Catalogs::Name), u"  GPT-4o (ours) "_s));
    QCOMPARE(qvariant_cast<ModelEntry>(edited.at(2).at(0)).name, std::string("GPT-4o (ours)"));
}

void TestTables::emptyCellSetsNull()
{
    CatalogTableModel model;
    model.setCatalog(m_scenario, m_catalog);
    QSignalSpy edited(&model, &Catalogs::modelEdited);
    const int row = model.rowOf(u"gpt-4o"_s);
    const ModelEntry original = *m_catalog.find("gpt-4o");

    QVERIFY(model.setData(model.index(row, Catalogs::StandardCachedInput), u""_s));
    ModelEntry expected = original;
    expected.prices[tierIndex(Tier::Standard)]->cachedInput.reset();
    QVERIFY(qvariant_cast<ModelEntry>(edited.at(0).at(0)) == expected);

    // No input price: the tier is not offered.
    QVERIFY(model.setData(model.index(row, Catalogs::BatchInput), u" "_s));
    expected.prices[tierIndex(Tier::Batch)].reset();
    QVERIFY(qvariant_cast<ModelEntry>(edited.at(1).at(0)) == expected);

    QVERIFY(model.setData(model.index(row, Catalogs::TokensPerMinute), QString()));
    expected.rateLimits.tokensPerMinute.reset();
    QCOMPARE(edited.count(), original.rateLimits.tokensPerMinute ? 3 : 2);

    // No typical speed: the latency is unknown.
    QVERIFY(model.setData(model.index(row, Catalogs::OutputTokensPerS), u""_s));
    QVERIFY(!qvariant_cast<ModelEntry>(edited.last().at(0)).latency);
    QCOMPARE(model.index(row, Catalogs::TtftS).data().toString(), QString());
    // And a speed gives it one again.
    QVERIFY(model.setData(model.index(row, Catalogs::OutputTokensPerS), u"75"_s));
    QCOMPARE(qvariant_cast<ModelEntry>(edited.last().at(0)).latency->outputTokensPerS, 75.0);
}

void TestTables::catalogCellsTakeRanges_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("pointer"); // where the scenario's entry holds the range
    QTest::addColumn<QByteArray>("written"); // the range as the file writes it
    QTest::addColumn<double>("point");

    QTest::newRow("output price, triangular") << int(Catalogs::StandardOutput) << u"2–2.5–3.5"_s
                                              << "/prices_per_mtok/standard/output"_ba
                                              << R"({"low": 2, "likely": 2.5, "high": 3.5, "dist": "triangular"})"_ba
                                              << 2.5;
    QTest::newRow("output price, hyphens") << int(Catalogs::StandardOutput) << u"2-2.5-3.5"_s
                                           << "/prices_per_mtok/standard/output"_ba
                                           << R"({"low": 2, "likely": 2.5, "high": 3.5, "dist": "triangular"})"_ba
                                           << 2.5;
    QTest::newRow("batch input, PERT") << int(Catalogs::BatchInput) << u"1–1.25–2 PERT"_s
                                       << "/prices_per_mtok/batch/input"_ba
                                       << R"({"low": 1, "likely": 1.25, "high": 2, "dist": "pert"})"_ba << 1.25;
    QTest::newRow("cached input") << int(Catalogs::StandardCachedInput) << u"1–1.25–1.5"_s
                                  << "/prices_per_mtok/standard/cached_input"_ba
                                  << R"({"low": 1, "likely": 1.25, "high": 1.5, "dist": "triangular"})"_ba << 1.25;
    QTest::newRow("speed, log-normal by p10") << int(Catalogs::OutputTokensPerS) << u"180 p10 100"_s
                                              << "/latency/output_tokens_per_s"_ba
                                              << R"({"median": 180, "p10": 100, "dist": "lognormal"})"_ba << 180.0;
    QTest::newRow("TTFT, log-normal by p90") << int(Catalogs::TtftS) << u"0.5 p90 1.2"_s
                                             << "/latency/ttft_s"_ba
                                             << R"({"median": 0.5, "p90": 1.2, "dist": "lognormal"})"_ba << 0.5;
}

void TestTables::catalogCellsTakeRanges()
{
    QFETCH(int, column);
    QFETCH(QString, text);
    QFETCH(QByteArray, pointer);
    QFETCH(QByteArray, written);
    QFETCH(double, point);

    CatalogTableModel model;
    model.setCatalog(m_scenario, m_catalog);
    QSignalSpy edited(&model, &Catalogs::modelEdited);
    QSignalSpy refused(&model, &Catalogs::editRefused);
    const int row = model.rowOf(u"gpt-4o"_s);
    const QModelIndex cell = model.index(row, column);

    QVERIFY(model.setData(cell, text));
    QCOMPARE(refused.count(), 0);
    QCOMPARE(edited.count(), 1);
    const ModelEntry entry = qvariant_cast<ModelEntry>(edited.at(0).at(0));
    const Json entryJson = modelEntryToJson(entry);
    const Json &range = entryJson.at(Json::json_pointer(pointer.toStdString()));
    QVERIFY2(nlohmann::json::parse(range.dump()) == nlohmann::json::parse(written.toStdString()), range.dump().c_str());

    // The cell shows the range as a field writes it, sorts by its point value, and offers
    // the range for editing.
    const CatalogLoad reread = catalogFromJson(Json {{"models", Json::array({entryJson})}});
    QVERIFY(reread.catalog);
    const Distribution &d = reread.catalog->models()[0].latency && pointer.startsWith("/latency")
                                ? reread.catalog->models()[0].latency->ranges.begin()->second
                                : reread.catalog->models()[0].prices[column == Catalogs::BatchInput ? 1 : 0]
                                      ->ranges.begin()->second;
    QCOMPARE(cell.data().toString(), NumberField::formatRange(d, NumberField::Kind::Plain));
    QCOMPARE(cell.data(Catalogs::SortRole).toDouble(), point);
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(u"range"_s));
    // Committing the shown text again changes nothing.
    QVERIFY(model.setData(cell, cell.data(Qt::EditRole)));
    QCOMPARE(edited.count(), 1);

    // The window stores the entry as the scenario's override: the scenario holds the range,
    // its point results use the point value, and it is saved as written.
    Scenario s = m_scenario;
    s.models.push_back(entry);
    QVERIFY(validateScenario(s, m_catalog).empty());
    const Json saved = scenarioToJson(s);
    const Json &savedRange =
        saved.at("models").back().at(Json::json_pointer(pointer.toStdString()));
    QVERIFY(nlohmann::json::parse(savedRange.dump()) == nlohmann::json::parse(written.toStdString()));
    const ScenarioLoad loaded = scenarioFromText(scenarioToText(s));
    QVERIFY(loaded.scenario && *loaded.scenario == s);

    // A number typed over the range replaces it (even its own point value).
    QVERIFY(model.setData(cell, QLocale::c().toString(point)));
    QCOMPARE(edited.count(), 2);
    const Json replaced = modelEntryToJson(qvariant_cast<ModelEntry>(edited.at(1).at(0)));
    QCOMPARE(replaced.at(Json::json_pointer(pointer.toStdString())).get<double>(), point);
    QCOMPARE(cell.data().toString(), QLocale().toString(point));

    // A range given as a Distribution (as NumberDelegate sets it) works the same.
    QVERIFY(model.setData(cell, QVariant::fromValue(d)));
    QCOMPARE(edited.count(), 3);
    QVERIFY(qvariant_cast<ModelEntry>(edited.at(2).at(0)) == entry);
}

void TestTables::catalogRangesAreRefusedWhereWrong_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reasonContains");

    QTest::newRow("out of order") << int(Catalogs::StandardOutput) << u"3–2–4"_s << u"low ≤ likely ≤ high"_s;
    QTest::newRow("negative low") << int(Catalogs::StandardInput) << u"-1–2–3"_s << u"≥ 0"_s;
    QTest::newRow("zero speed") << int(Catalogs::OutputTokensPerS) << u"0–50–60"_s << u"low"_s;
    QTest::newRow("p10 above the median") << int(Catalogs::OutputTokensPerS) << u"60 p10 80"_s
                                          << u"10th percentile"_s;
    QTest::newRow("two numbers") << int(Catalogs::StandardOutput) << u"2–3"_s << u"three numbers"_s;
    QTest::newRow("a column without ranges") << int(Catalogs::ContextWindow) << u"1000–2000–3000"_s
                                             << u"not a range"_s;
    QTest::newRow("a tier not offered") << int(Catalogs::FlexOutput) << u"1–2–3"_s << u"does not offer"_s;
    QTest::newRow("slowest likely above typical") << int(Catalogs::OutputTokensPerSSlowest) << u"50–1000–2000"_s
                                                  << u"slowest"_s;
}

void TestTables::catalogRangesAreRefusedWhereWrong()
{
    QFETCH(int, column);
    QFETCH(QString, text);
    QFETCH(QString, reasonContains);

    CatalogTableModel model;
    model.setCatalog(m_scenario, m_catalog);
    QSignalSpy edited(&model, &Catalogs::modelEdited);
    QSignalSpy refused(&model, &Catalogs::editRefused);
    const int row = model.rowOf(u"gpt-4o"_s);
    const QString before = model.index(row, column).data().toString();

    QVERIFY(!model.setData(model.index(row, column), text));
    QCOMPARE(edited.count(), 0);
    QCOMPARE(refused.count(), 1);
    const QString reason = refused.at(0).at(0).toString();
    QVERIFY2(reason.contains(reasonContains), qPrintable(reason));
    QCOMPARE(model.index(row, column).data().toString(), before);
}

void TestTables::invalidValuesAreRefused_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("reasonContains");

    QTest::newRow("negative price") << int(Catalogs::StandardInput) << QVariant(u"-1"_s) << u"≥ 0"_s;
    QTest::newRow("not a number") << int(Catalogs::StandardOutput) << QVariant(u"abc"_s) << u"not a number"_s;
    QTest::newRow("negative number") << int(Catalogs::CacheTtlS) << QVariant(-3.0) << u"≥ 0"_s;
    QTest::newRow("infinite") << int(Catalogs::ContextWindow) << QVariant(u"inf"_s) << u"not a number"_s;
    QTest::newRow("zero context") << int(Catalogs::ContextWindow) << QVariant(u"0"_s) << u"> 0"_s;
    QTest::newRow("zero speed") << int(Catalogs::OutputTokensPerS) << QVariant(u"0"_s) << u"must be"_s;
    QTest::newRow("slowest above typical") << int(Catalogs::OutputTokensPerSSlowest) << QVariant(u"1000"_s)
                                           << u"slowest"_s;
    QTest::newRow("TTFT emptied") << int(Catalogs::TtftS) << QVariant(u""_s) << u"output speed"_s;
    QTest::newRow("one price on a tier not offered") << int(Catalogs::FlexInput) << QVariant(u"1"_s)
                                                       << u"input / output"_s;
}

void TestTables::invalidValuesAreRefused()
{
    QFETCH(int, column);
    QFETCH(QVariant, value);
    QFETCH(QString, reasonContains);

    CatalogTableModel model;
    model.setCatalog(m_scenario, m_catalog);
    QSignalSpy edited(&model, &Catalogs::modelEdited);
    QSignalSpy refused(&model, &Catalogs::editRefused);
    const int row = model.rowOf(u"gpt-4o"_s);
    const QVariant before = model.index(row, column).data();

    QVERIFY(!model.setData(model.index(row, column), value));
    QCOMPARE(edited.count(), 0);
    QCOMPARE(refused.count(), 1);
    const QString reason = refused.at(0).at(0).toString();
    QVERIFY2(reason.contains(reasonContains), qPrintable(reason));
    QVERIFY2(reason.contains(u"gpt-4o"_s), qPrintable(reason));
    QCOMPARE(model.index(row, column).data(), before);
    QCOMPARE(model.origin(row), Catalogs::Origin::Catalog);
}

void TestTables::tierNotOfferedTakesAPair()
{
    CatalogTableModel model;
    model.setCatalog(m_scenario, m_catalog);
    QSignalSpy edited(&model, &Catalogs::modelEdited);
    const int row = model.rowOf(u"gpt-4o"_s);
    QVERIFY(model.setData(model.index(row, Catalogs::FlexInput), u"1.25 / 5"_s));
    QCOMPARE(edited.count(), 1);
    const ModelEntry got = qvariant_cast<ModelEntry>(edited.at(0).at(0));
    QVERIFY(got.offers(Tier::Flex));
    QCOMPARE(got.pricesFor(Tier::Flex)->input, 1.25);
    QCOMPARE(got.pricesFor(Tier::Flex)->output, 5.0);
    QVERIFY(!got.pricesFor(Tier::Flex)->cachedInput);
    QCOMPARE(model.index(row, Catalogs::FlexOutput).data(Catalogs::SortRole).toDouble(), 5.0);
}

void TestTables::overriddenRowIsMarked()
{
    CatalogTableModel model;
    model.setCatalog(m_scenario, m_catalog);
    QCOMPARE(model.rowCount(), static_cast<int>(m_catalog.models().size()));
    const int row = model.rowOf(u"gpt-4.1"_s);
    QVERIFY(row >= 0);
    QCOMPARE(model.origin(row), Catalogs::Origin::Overridden);
    QCOMPARE(model.index(row, Catalogs::Overridden).data().toString(), u"Overridden"_s);
    QVERIFY(qvariant_cast<QFont>(model.index(row, Catalogs::Name).data(Qt::FontRole)).bold());
    QVERIFY(model.canRevert(row));
    // The scenario's own figures are shown, not the catalog's.
    QVERIFY(*model.entry(row) == m_scenario.models.front());
    QCOMPARE(model.index(row, Catalogs::TokensPerMinute).data(Catalogs::SortRole).toDouble(), 2000000.0);

    const int plain = model.rowOf(u"gpt-4o"_s);
    QCOMPARE(model.origin(plain), Catalogs::Origin::Catalog);
    QVERIFY(!model.canRevert(plain));
    QVERIFY(!model.index(plain, Catalogs::Name).data(Qt::FontRole).isValid());

    QSignalSpy revert(&model, &Catalogs::revertRequested);
    model.requestRevert(plain);
    QCOMPARE(revert.count(), 0);
    model.requestRevert(row);
    QCOMPARE(revert.count(), 1);
    QCOMPARE(revert.at(0).at(0).toString(), u"gpt-4.1"_s);
}

void TestTables::revertButtonEmitsForOverrides()
{
    CatalogPanel panel;
    panel.setCatalog(m_scenario, m_catalog);
    QSignalSpy revert(&panel, &CatalogPanel::revertRequested);
    QSignalSpy import(&panel, &CatalogPanel::importRequested);
    auto *button = panel.findChild<QPushButton *>(u"revertButton"_s);
    QVERIFY(!button->isEnabled());
    QVERIFY(panel.selectModel(u"gpt-4o"_s));
    QCOMPARE(panel.selectedModelId(), u"gpt-4o"_s);
    QVERIFY(!button->isEnabled());
    QVERIFY(panel.selectModel(u"gpt-4.1"_s));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(revert.count(), 1);
    QCOMPARE(revert.at(0).at(0).toString(), u"gpt-4.1"_s);

    QTest::mouseClick(panel.findChild<QPushButton *>(u"importButton"_s), Qt::LeftButton);
    QCOMPARE(import.count(), 1);

    // Edits and refusals pass through the panel.
    QSignalSpy edited(&panel, &CatalogPanel::modelEdited);
    QSignalSpy refused(&panel, &CatalogPanel::editRefused);
    CatalogTableModel *model = panel.tableModel();
    const int row = model->rowOf(u"gpt-4o"_s);
    QVERIFY(model->setData(model->index(row, Catalogs::StandardOutput), u"11"_s));
    QCOMPARE(edited.count(), 1);
    QVERIFY(!model->setData(model->index(row, Catalogs::StandardOutput), u"-11"_s));
    QCOMPARE(refused.count(), 1);
    QVERIFY(panel.findChild<QLabel *>(u"messageLabel"_s)->text().contains(u"≥ 0"_s));

    const QString header = panel.findChild<QLabel *>(u"catalogHeaderLabel"_s)->text();
    QVERIFY2(header.contains(QString::fromStdString(m_catalog.asOf())), qPrintable(header));
    QVERIFY2(header.contains(u"LiteLLM"_s), qPrintable(header));
    QVERIFY2(header.contains(u"1 overridden"_s), qPrintable(header));
}

void TestTables::setCatalogUpdatesInPlace()
{
    CatalogPanel panel;
    panel.setCatalog(m_scenario, m_catalog);
    QVERIFY(panel.selectModel(u"gpt-4o"_s));
    CatalogTableModel *model = panel.tableModel();
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);

    // The window echoes an edit back as an override: one row changes, nothing is reset.
    Scenario edited = m_scenario;
    ModelEntry entry = *m_catalog.find("gpt-4o");
    entry.prices[tierIndex(Tier::Standard)]->input = 3.0;
    edited.models.push_back(entry);
    panel.setCatalog(edited, m_catalog);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(panel.selectedModelId(), u"gpt-4o"_s);
    const int row = model->rowOf(u"gpt-4o"_s);
    QCOMPARE(model->origin(row), Catalogs::Origin::Overridden);
    QCOMPARE(model->index(row, Catalogs::StandardInput).data(Catalogs::SortRole).toDouble(), 3.0);
    QVERIFY(panel.findChild<QPushButton *>(u"revertButton"_s)->isEnabled());

    // Reverted: back to the catalog's.
    panel.setCatalog(m_scenario, m_catalog);
    QCOMPARE(model->origin(row), Catalogs::Origin::Catalog);
    QCOMPARE(model->index(row, Catalogs::StandardInput).data(Catalogs::SortRole).toDouble(), 2.5);
    QVERIFY(!panel.findChild<QPushButton *>(u"revertButton"_s)->isEnabled());
}

void TestTables::catalogDates()
{
    // The As-of column shows the locale's date, edits and sorts the file's ISO date.
    CatalogTableModel model;
    model.setCatalog(m_scenario, m_catalog);
    const int row = 0;
    const std::string iso = m_catalog.models().front().asOf;
    QCOMPARE(QString::fromStdString(iso), u"2026-07-24"_s);
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    const QModelIndex asOf = model.index(row, Catalogs::AsOf);
    const QString shown = asOf.data(Qt::DisplayRole).toString();
    const QString edited = asOf.data(Qt::EditRole).toString();
    const QString sorted = asOf.data(Catalogs::SortRole).toString();
    const QString priceTip = model.index(row, Catalogs::StandardInput).data(Qt::ToolTipRole).toString();
    QLocale::setDefault(before);
    QCOMPARE(shown, u"24.07.2026"_s);
    QCOMPARE(edited, u"2026-07-24"_s);
    QCOMPARE(sorted, u"2026-07-24"_s);
    QVERIFY2(priceTip.contains(u"24.07.2026"_s), qPrintable(priceTip));
}

void TestTables::catalogFilter()
{
    CatalogPanel panel;
    panel.setCatalog(m_scenario, m_catalog);
    QAbstractItemModel *proxy = panel.tableView()->model();
    QCOMPARE(proxy->rowCount(), static_cast<int>(m_catalog.models().size()));
    panel.findChild<QLineEdit *>(u"filterEdit"_s)->setText(u"anthropic"_s);
    QVERIFY(proxy->rowCount() > 0);
    QVERIFY(proxy->rowCount() < static_cast<int>(m_catalog.models().size()));
    for (int row = 0; row < proxy->rowCount(); ++row)
        QCOMPARE(proxy->index(row, Catalogs::Provider).data().toString(), u"Anthropic"_s);
    // Sorting by a price: increasing, unknown last.
    panel.findChild<QLineEdit *>(u"filterEdit"_s)->clear();
    panel.tableView()->sortByColumn(Catalogs::FlexInput, Qt::AscendingOrder);
    bool seenNull = false;
    double previous = -1;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QVariant value = proxy->index(row, Catalogs::FlexInput).data(Catalogs::SortRole);
        if (!value.isValid()) {
            seenNull = true;
            continue;
        }
        QVERIFY(!seenNull);
        QVERIFY(value.toDouble() >= previous);
        previous = value.toDouble();
    }
}

void TestTables::calibrationTable()
{
    // One usable fit (TTFT 0.25 s + input / 4000, 90 tok/s, 10 % error) and one with
    // constant input and no runs that show a speed.
    LatencyFit good;
    good.model = "gpt-4o";
    good.n = 120;
    good.errorsSkipped = 3;
    good.ttftS = 0.25;
    good.ttftSPerInputToken = 1 / 4000.0;
    good.outputTokensPerS = 90;
    good.outputTokensPerSSlowest = 60;
    good.fit = {120, 0.1, 0.05, 0.2};
    good.holdout = FitQuality {30, 0.12, 0.06, 0.25};
    good.sources = {"runs.csv"};
    good.asOf = "2025-03-01";
    good.points = {{1.0, 1.1, false}};
    LatencyFit constant;
    constant.model = "endpoint";
    constant.n = 5;
    constant.inputVaries = false;

    CalibrationTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFits({good, constant});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(CalibrationTableModel::ColumnCount));
    QVERIFY(model.fits()[0].points.empty()); // the charts keep the points, not the table
    auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
    const QLocale locale;
    QCOMPARE(text(0, CalibrationTableModel::Model), u"gpt-4o"_s);
    QCOMPARE(text(0, CalibrationTableModel::Failed), u"3"_s);
    QCOMPARE(text(0, CalibrationTableModel::PrefillTokensPerS), locale.toString(4000));
    QCOMPARE(text(0, CalibrationTableModel::OutputTokensPerS), locale.toString(90.0, 'f', 1));
    QVERIFY(text(0, CalibrationTableModel::Mape).startsWith(locale.toString(10.0, 'f', 1)));
    QVERIFY(text(0, CalibrationTableModel::HoldoutMape).startsWith(locale.toString(12.0, 'f', 1)));
    // The run's date in the locale's form (the file's ISO date in Russian here).
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    const QString source = text(0, CalibrationTableModel::Source);
    const QString tip = model.index(0, CalibrationTableModel::Source).data(Qt::ToolTipRole).toString();
    QLocale::setDefault(locale);
    QCOMPARE(source, u"runs.csv (01.03.2025)"_s);
    QVERIFY2(tip.contains(u"01.03.2025"_s), qPrintable(tip));
    QCOMPARE(text(1, CalibrationTableModel::PrefillTokensPerS), CalibrationTableModel::tr("not varied"));
    QCOMPARE(text(1, CalibrationTableModel::OutputTokensPerS), u"—"_s);
    QCOMPARE(text(1, CalibrationTableModel::Mape), u"—"_s);
}

void TestTables::screenshots()
{
    AlternativesPanel alternatives;
    alternatives.resize(1500, 640);
    alternatives.show();
    alternatives.showResults(m_scenario, m_results);
    alternatives.selectAlternative(2);
    QVERIFY(QTest::qWaitForWindowExposed(&alternatives));
    QVERIFY(alternatives.grab().save(ScreenshotDir + u"/alternatives.png"_s));

    alternatives.findChild<QCheckBox *>(u"feasibleOnlyCheck"_s)->setChecked(true);
    alternatives.tableView()->sortByColumn(Alts::CostPerMonth, Qt::AscendingOrder);
    QVERIFY(alternatives.grab().save(ScreenshotDir + u"/alternatives-feasible.png"_s));

    CatalogPanel catalog;
    catalog.resize(1500, 640);
    catalog.show();
    catalog.setCatalog(m_scenario, m_catalog);
    catalog.selectModel(u"gpt-4.1"_s);
    QVERIFY(QTest::qWaitForWindowExposed(&catalog));
    QVERIFY(catalog.grab().save(ScreenshotDir + u"/catalog.png"_s));
    CatalogTableModel *model = catalog.tableModel();
    // The ids stay in sight as the vertical header, also after the list changes.
    QCOMPARE(catalog.tableView()->model()->headerData(0, Qt::Vertical).toString(),
             QString::fromStdString(m_catalog.models().front().id));
    Scenario added = m_scenario;
    ModelEntry mine = *m_catalog.find("gpt-4o");
    mine.id = "my-model";
    added.models.push_back(mine);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    catalog.setCatalog(added, m_catalog);
    catalog.setCatalog(m_scenario, m_catalog);
    QCOMPARE(reset.count(), 2);
    QVERIFY(catalog.tableView()->isColumnHidden(Catalogs::Id));
    catalog.selectModel(u"gpt-4.1"_s);
    model->setData(model->index(model->rowOf(u"gpt-4o"_s), Catalogs::StandardInput), u"-2"_s);
    catalog.tableView()->scrollTo(catalog.filterModel()->mapFromSource(
        model->index(model->rowOf(u"gpt-4.1"_s), Catalogs::Overridden)));
    QVERIFY(catalog.grab().save(ScreenshotDir + u"/catalog-right.png"_s));
}

} // namespace fulcrum

QTEST_MAIN(fulcrum::TestTables)
#include "tst_tables.moc"
