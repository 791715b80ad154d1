#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QProcess>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QSpinBox>
#include <QTabBar>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUndoStack>

#include <charconv>
#include <cmath>
#include <memory>

#include "app/defaultcatalog.h"
#include "app/language.h"
#include "app/settings.h"
#include "app/mainwindow.h"
#include "app/scenariodocument.h"
#include "app/uncertaintyrunner.h"
#include "models/csvexport.h"
#include "models/evaluate.h"
#include "models/resultsio.h"
#include "models/scenarioio.h"
#include "models/uncertainty.h"
#include "widgets/alternativespanel.h"
#include "widgets/businesscasechart.h"
#include "widgets/chartview.h"
#include "widgets/calibrationcharts.h"
#include "widgets/calibrationpanel.h"
#include "widgets/calibrationtablemodel.h"
#include "widgets/catalogpanel.h"
#include "widgets/catalogtablemodel.h"
#include "widgets/displayformat.h"
#include "widgets/inputlabel.h"
#include "widgets/fittinglabel.h"
#include "widgets/headlinestrip.h"
#include "widgets/numberfield.h"
#include "widgets/uncertaintycharts.h"
#include "widgets/uncertaintypanel.h"

using namespace Qt::StringLiterals;

namespace fulcrum {

namespace {

Scenario example()
{
    QFile file(QStringLiteral(FULCRUM_SOURCE_DIR) + u"/resources/examples/customer-service.fulcrum.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the example is missing");
    return *scenarioFromText(file.readAll().toStdString()).scenario;
}

Scenario rangedExample()
{
    QFile file(QStringLiteral(FULCRUM_SOURCE_DIR) + u"/tests/data/customer-service-ranged.fulcrum.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the ranged example is missing");
    return *scenarioFromText(file.readAll().toStdString()).scenario;
}

/// Types text into a field as a person would: select what is there, type over it.
void typeInto(QLineEdit *field, const QString &text)
{
    field->setFocus();
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, text);
}

/// The letter after a single '&' in a control's text ("&File" -> "f"), or "" when none.
QString mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void editingAFieldUpdatesHeadlineAndChart();
    void undoAndRedoRestoreFiguresAndCharts();
    void keystrokesInOneFieldAreOneUndoStep();
    void invalidValueIsFlaggedAndFiguresGoStale();
    void textThatIsNotANumberMakesFiguresStale();
    void saveThenOpenRoundTrips();
    void saveAsSuggestsTheTitleAsAFileName();
    void applyingAnAlternativeIsOneUndoableEdit();
    void applyingACalibrationIsOneUndoableEdit();
    void autosaveIsWrittenAfterAnEditAndOfferedBack();
    void corruptFileIsRefusedAndTheDocumentUntouched();
    void titleShowsTheDirtyMarker();
    void titleAndCurrencyAreEditable();
    void exportsParseBackToTheShownResults();
    void exportReportWritesThePdfOnTheChosenPaper();
    void staleFiguresExportTheLastValidOnes();
    void exportErrorsAreReported();
    void nothingToExportBeforeValidFigures();
    void chartContextMenuExportsThroughTheWindow();
    void uncertaintyTabRunsOffTheUiThread();
    void quickEditsDeliverOnlyTheNewestUncertainty();
    void uiStaysResponsiveDuringAMillionSamples();
    void uncertaintyGoesStaleWithTheOtherFigures();
    void languageSwitchesAtRunTime_data();
    void languageSwitchesAtRunTime();
    void aRangeTypedInTheCatalogIsOneUndoableOverride();
    void keyboardMnemonicsAreUniqueOnEachTab_data();
    void keyboardMnemonicsAreUniqueOnEachTab();
    void windowFitsA1280PxScreenInEveryLanguage_data();
    void windowFitsA1280PxScreenInEveryLanguage();

private:
    MainWindow *m_window = nullptr;
    QTemporaryDir m_dir;
    QString m_lastError;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"FulcrumTests"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    QVERIFY(m_dir.isValid());
}

void TestMainWindow::init()
{
    QDir(ScenarioDocument::autosaveDirectory()).removeRecursively();
    m_window = new MainWindow(defaultCatalog());
    m_window->setUnsavedChangesPrompt([] { return QMessageBox::Discard; });
    m_window->setErrorReporter([this](const QString &title, const QString &text) { m_lastError = title + u"\n"_s + text; });
    m_window->showScenario(example());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
    m_lastError.clear();
}

void TestMainWindow::editingAFieldUpdatesHeadlineAndChart()
{
    const QString costBefore = m_window->headline()->cardText(HeadlineStrip::Cost);
    const auto *chart = m_window->view<BusinessCaseChart>();
    QVERIFY(chart);
    QVERIFY(!chart->shownSeries().empty());
    const double netAtFullAccuracyBefore = chart->shownSeries().front().y.back();

    auto *requests = m_window->findChild<NumberField *>(u"traffic.requests_per_day"_s);
    QVERIFY(requests);
    typeInto(requests, u"200000"_s);

    QCOMPARE(m_window->document()->scenario().traffic.requestsPerDay, 200000.0);
    QVERIFY(!m_window->isStale());
    QVERIFY(m_window->headline()->cardText(HeadlineStrip::Cost) != costBefore);
    // Twice the cases: the net at 100 % accuracy doubles (the cost per request barely moves).
    const double netAfter = chart->shownSeries().front().y.back();
    QVERIFY2(std::abs(netAfter / netAtFullAccuracyBefore - 2.0) < 0.01,
             qPrintable(u"%1 vs %2"_s.arg(netAfter).arg(netAtFullAccuracyBefore)));
    QCOMPARE(m_window->shownResults().business.casesPerMonth, 200000 * 365.0 / 12.0);
}

void TestMainWindow::undoAndRedoRestoreFiguresAndCharts()
{
    const QString headlineBefore = m_window->headline()->cardText(HeadlineStrip::Net);
    const auto *chart = m_window->view<BusinessCaseChart>();
    const std::vector<Series> seriesBefore = chart->shownSeries();
    auto *value = m_window->findChild<NumberField *>(u"economics.value_per_success"_s);
    QVERIFY(value);
    typeInto(value, u"30"_s);
    QCOMPARE(m_window->document()->scenario().economics.valuePerSuccess, 30.0);
    const QString headlineAfter = m_window->headline()->cardText(HeadlineStrip::Net);
    const std::vector<Series> seriesAfter = chart->shownSeries();
    QVERIFY(headlineAfter != headlineBefore);
    QVERIFY(seriesAfter != seriesBefore);

    m_window->document()->undoStack()->undo();
    QCOMPARE(m_window->document()->scenario().economics.valuePerSuccess, 20.0);
    QCOMPARE(m_window->headline()->cardText(HeadlineStrip::Net), headlineBefore);
    QVERIFY(chart->shownSeries() == seriesBefore);
    QCOMPARE(value->value(), std::optional<double>(20.0));

    m_window->document()->undoStack()->redo();
    QCOMPARE(m_window->headline()->cardText(HeadlineStrip::Net), headlineAfter);
    QVERIFY(chart->shownSeries() == seriesAfter);
}

void TestMainWindow::keystrokesInOneFieldAreOneUndoStep()
{
    auto *requests = m_window->findChild<NumberField *>(u"traffic.requests_per_day"_s);
    const int before = m_window->document()->undoStack()->count();
    typeInto(requests, u"123456"_s);
    QCOMPARE(m_window->document()->undoStack()->count(), before + 1);
    m_window->document()->undoStack()->undo();
    QCOMPARE(m_window->document()->scenario().traffic.requestsPerDay, 100000.0);
}

void TestMainWindow::invalidValueIsFlaggedAndFiguresGoStale()
{
    const Results before = m_window->shownResults();
    auto *value = m_window->findChild<NumberField *>(u"economics.value_per_success"_s);
    typeInto(value, u"-5"_s);
    QCOMPARE(m_window->document()->scenario().economics.valuePerSuccess, -5.0);
    QVERIFY(value->isMarked());
    QVERIFY(value->error().contains(u"≥ 0"_s));
    QVERIFY(m_window->isStale());
    QVERIFY(m_window->headline()->isStale());
    // The last good figures stay.
    QVERIFY(m_window->shownResults() == before);
    typeInto(value, u"20"_s);
    QVERIFY(!value->isMarked());
    QVERIFY(!m_window->isStale());
}

void TestMainWindow::textThatIsNotANumberMakesFiguresStale()
{
    const Scenario before = m_window->document()->scenario();
    auto *budget = m_window->findChild<NumberField *>(u"workload.latency_budget_s"_s);
    QVERIFY(budget);
    typeInto(budget, u"fast"_s);
    QVERIFY(budget->isMarked());
    QVERIFY(m_window->isStale());
    QVERIFY(m_window->document()->scenario().workload.latencyBudgetS == before.workload.latencyBudgetS);
    typeInto(budget, u"4"_s);
    QVERIFY(!m_window->isStale());
    QCOMPARE(m_window->document()->scenario().workload.latencyBudgetS, 4.0);
}

void TestMainWindow::saveThenOpenRoundTrips()
{
    auto *requests = m_window->findChild<NumberField *>(u"traffic.requests_per_day"_s);
    typeInto(requests, u"4242"_s);
    const QString path = m_dir.filePath(u"window-round-trip.fulcrum.json"_s);
    QVERIFY(m_window->document()->save(path));
    const Scenario saved = m_window->document()->scenario();
    m_window->showScenario(example());
    QVERIFY(m_window->openFile(path));
    QVERIFY(m_window->document()->scenario() == saved);
    QCOMPARE(requests->value(), std::optional<double>(4242));
    QVERIFY(!m_window->document()->isModified());
}

void TestMainWindow::saveAsSuggestsTheTitleAsAFileName()
{
    QString suggestion;
    m_window->setSaveFileChooser([&](const QString &, const QString &name, const QString &) {
        suggestion = name;
        return m_dir.filePath(name);
    });
    m_window->findChild<QAction *>(u"saveAs"_s)->trigger();
    QCOMPARE(suggestion, u"customer-service-triage.fulcrum.json"_s);
    QCOMPARE(m_window->document()->filePath(), m_dir.filePath(suggestion));
    QVERIFY(QFile::exists(m_dir.filePath(suggestion)));
    QCOMPARE(m_lastError, QString());
}

void TestMainWindow::applyingAnAlternativeIsOneUndoableEdit()
{
    auto *panel = m_window->view<AlternativesPanel>();
    QVERIFY(panel);
    const Results &results = m_window->shownResults();
    const Alternative *best = results.bestFeasibleAlternative();
    QVERIFY(best);
    const Alternative chosen = *best;
    const int before = m_window->document()->undoStack()->count();
    emit panel->applyRequested(chosen);
    const Step &answer = m_window->document()->scenario().workload.steps[1];
    QCOMPARE(answer.model, chosen.model);
    QCOMPARE(answer.tier, chosen.tier);
    QCOMPARE(m_window->document()->undoStack()->count(), before + 1);
    QVERIFY(m_window->shownResults().alternatives.front().current || m_window->shownResults().business.accuracyModel == chosen.model);
    m_window->document()->undoStack()->undo();
    QCOMPARE(m_window->document()->scenario().workload.steps[1].model, std::string("gpt-4.1"));
}

void TestMainWindow::applyingACalibrationIsOneUndoableEdit()
{
    // gpt-4.1 measured at TTFT = 0.3 s + input / 4000 tok/s and 50 tokens/s.
    const QString log = m_dir.filePath(u"gpt41-runs-2025-03-01.csv"_s);
    {
        QFile file(log);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("model,input_tokens,output_tokens,ttft_s,total_s\n");
        for (int i = 0; i < 40; ++i) {
            const double input = 400 + 100 * i;
            const double output = 50 + 5 * i;
            const double ttft = 0.3 + input / 4000;
            file.write(QByteArray("gpt-4.1,") + QByteArray::number(input) + ',' + QByteArray::number(output) + ','
                       + QByteArray::number(ttft, 'g', 12) + ',' + QByteArray::number(ttft + (output - 1) / 50, 'g', 12)
                       + '\n');
        }
    }
    m_window->tabs()->setCurrentIndex(MainWindow::CalibrationTab);
    auto *panel = m_window->view<CalibrationPanel>();
    QVERIFY(panel);
    QVERIFY(!panel->applyButton()->isEnabled());
    QVERIFY(m_window->importLatencyLogs({log}));
    QCOMPARE(panel->tableModel()->rowCount(), 1);
    QCOMPARE(panel->selectedFit(), 0);
    QCOMPARE(panel->targetModel(), u"gpt-4.1"_s); // the fit's model is in the catalog
    QCOMPARE(panel->scatter()->shownSeries().size(), std::size_t(2)); // the runs and the identity line
    QCOMPARE(panel->scatter()->shownSeries()[0].x.size(), std::size_t(40));
    QCOMPARE(panel->histogram()->shownSeries().size(), std::size_t(1));
    QVERIFY(panel->applyButton()->isEnabled());

    const Scenario before = m_window->document()->scenario();
    const double totalBefore = m_window->shownResults().latency.totalS;
    const int steps = m_window->document()->undoStack()->count();
    QTest::mouseClick(panel->applyButton(), Qt::LeftButton);
    QCOMPARE(m_window->document()->undoStack()->count(), steps + 1);
    const Scenario &after = m_window->document()->scenario();
    const auto it = std::find_if(after.models.begin(), after.models.end(),
                                 [](const ModelEntry &m) { return m.id == "gpt-4.1"; });
    QVERIFY(it != after.models.end());
    QVERIFY(it->latency);
    QVERIFY(qAbs(it->latency->ttftS - 0.3) < 1e-9);
    QVERIFY(qAbs(*it->latency->prefillTokensPerS - 4000) < 1e-6);
    QVERIFY(qAbs(it->latency->outputTokensPerS - 50) < 1e-6);
    QCOMPARE(it->latency->source, std::string("gpt41-runs-2025-03-01.csv"));
    QCOMPARE(it->latency->asOf, std::string("2025-03-01"));
    QVERIFY(m_window->shownResults().latency.totalS != totalBefore);

    m_window->document()->undoStack()->undo();
    QVERIFY(m_window->document()->scenario() == before);
    QCOMPARE(m_window->shownResults().latency.totalS, totalBefore);

    // A file that does not import says why and keeps what was imported.
    const QString bad = m_dir.filePath(u"bad.csv"_s);
    {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("model,input_tokens,output_tokens,ttft_s,total_s\ngpt-4.1,1,x,1,2\n");
    }
    QVERIFY(!m_window->importLatencyLogs({bad}));
    QCOMPARE(panel->tableModel()->rowCount(), 1);
    const auto *message = panel->findChild<QLabel *>(u"calibrationMessage"_s);
    QVERIFY(message && message->text().contains(u"line 2, column 3 (output_tokens)"_s));

    // Clear empties the table and lists no file any more.
    const auto *files = panel->findChild<QLabel *>(u"filesLabel"_s);
    QVERIFY(files && files->text().contains(u"runs"_s));
    panel->findChild<QPushButton *>(u"clearLogsButton"_s)->click();
    QCOMPARE(panel->tableModel()->rowCount(), 0);
    QVERIFY2(files->text().startsWith(u"No latency log imported"_s), qPrintable(files->text()));
}

void TestMainWindow::autosaveIsWrittenAfterAnEditAndOfferedBack()
{
    QVERIFY(ScenarioDocument::pendingRecoveries().isEmpty());
    auto *requests = m_window->findChild<NumberField *>(u"traffic.requests_per_day"_s);
    typeInto(requests, u"31337"_s);
    const QString autosave = m_window->document()->autosavePath();
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(autosave), 8000);
    QVERIFY(ScenarioDocument::pendingRecoveries().isEmpty()); // this session's own, locked
    // The window goes without closing (as in a crash): its autosave is offered back.
    delete m_window;
    m_window = nullptr;
    const auto recoveries = ScenarioDocument::pendingRecoveries();
    QCOMPARE(recoveries.size(), 1);
    ScenarioDocument restored;
    QVERIFY(restored.restore(recoveries.first()).empty());
    QCOMPARE(restored.scenario().traffic.requestsPerDay, 31337.0);
}

void TestMainWindow::corruptFileIsRefusedAndTheDocumentUntouched()
{
    auto *requests = m_window->findChild<NumberField *>(u"traffic.requests_per_day"_s);
    typeInto(requests, u"777"_s);
    const Scenario before = m_window->document()->scenario();
    const int undoCount = m_window->document()->undoStack()->count();
    const QString path = m_dir.filePath(u"corrupt.fulcrum.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"fulcrum-scenario\", \"traffic\": {");
    file.close();
    QVERIFY(!m_window->openFile(path));
    QVERIFY(m_lastError.contains(u"corrupt.fulcrum.json"_s));
    QVERIFY(m_lastError.contains(u"not valid JSON"_s));
    QVERIFY(m_window->document()->scenario() == before);
    QCOMPARE(m_window->document()->undoStack()->count(), undoCount);
    QVERIFY(m_window->document()->isModified());
}

void TestMainWindow::titleShowsTheDirtyMarker()
{
    QVERIFY(!m_window->isWindowModified());
    auto *requests = m_window->findChild<NumberField *>(u"traffic.requests_per_day"_s);
    typeInto(requests, u"5"_s);
    QVERIFY(m_window->isWindowModified());
    QVERIFY(m_window->windowTitle().contains(u"[*]"_s));
    m_window->document()->undoStack()->undo();
    QVERIFY(!m_window->isWindowModified());
}

void TestMainWindow::titleAndCurrencyAreEditable()
{
    auto *title = m_window->findChild<QLineEdit *>(u"title"_s);
    QVERIFY(title);
    typeInto(title, u"Support bot"_s);
    QCOMPARE(m_window->document()->scenario().title, std::string("Support bot"));
    QVERIFY(m_window->windowTitle().startsWith(u"Support bot"_s));
    QCOMPARE(m_window->document()->undoStack()->count(), 1); // the keystrokes of one visit
    auto *currency = m_window->findChild<QComboBox *>(u"currency"_s);
    QVERIFY(currency);
    currency->setCurrentText(u"EUR"_s);
    QCOMPARE(m_window->document()->scenario().currency, std::string("EUR"));
    QVERIFY(m_window->headline()->cardText(HeadlineStrip::Cost).contains(u"EUR"_s));
    m_window->document()->undoStack()->undo();
    m_window->document()->undoStack()->undo();
    QCOMPARE(m_window->document()->scenario().title, std::string("Customer service triage"));
    QCOMPARE(m_window->document()->scenario().currency, std::string("USD"));
}

} // namespace fulcrum

namespace fulcrum {

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// A CSV cell as a number, read as the C locale writes it (NaN when empty or not one).
double cellNumber(const std::string &cell)
{
    double value = std::nan("");
    std::from_chars(cell.data(), cell.data() + cell.size(), value);
    return value;
}

} // namespace

void TestMainWindow::exportsParseBackToTheShownResults()
{
    QStringList captions;
    QStringList suggestions;
    m_window->setSaveFileChooser([&](const QString &caption, const QString &name, const QString &) {
        captions << caption;
        suggestions << name;
        return m_dir.filePath(u"window-"_s + name);
    });
    QVERIFY(m_window->exportMenu());
    const QStringList names = {u"exportResultsJson"_s, u"exportAlternativesCsv"_s, u"exportProjectionCsv"_s};
    for (const QString &name : names) {
        auto *action = m_window->findChild<QAction *>(name);
        QVERIFY2(action, qPrintable(name));
        QVERIFY(m_window->exportMenu()->actions().contains(action));
        action->trigger();
    }
    QCOMPARE(m_lastError, QString());
    QCOMPARE(suggestions, (QStringList {u"customer-service-triage-results.json"_s,
                                        u"customer-service-triage-alternatives.csv"_s,
                                        u"customer-service-triage-projection.csv"_s}));
    for (const QString &caption : captions)
        QVERIFY2(!caption.contains(u"last valid"_s), qPrintable(caption));

    const Results &shown = m_window->shownResults();
    const QByteArray json = readAll(m_dir.filePath(u"window-"_s + suggestions[0]));
    QVERIFY(Json::parse(json.toStdString()) == resultsToJson(shown));

    const auto alternatives = parseCsv(readAll(m_dir.filePath(u"window-"_s + suggestions[1])).toStdString());
    QCOMPARE(alternatives.size(), shown.alternatives.size() + 1);
    QCOMPARE(alternatives[0][6], std::string("cost_per_month"));
    QCOMPARE(alternatives[0][11], std::string("accuracy"));
    for (std::size_t i = 0; i < shown.alternatives.size(); ++i) {
        QCOMPARE(alternatives[i + 1][1], shown.alternatives[i].model);
        QCOMPARE(cellNumber(alternatives[i + 1][6]), shown.alternatives[i].costPerMonth);
        if (shown.alternatives[i].accuracy)
            QCOMPARE(cellNumber(alternatives[i + 1][11]), *shown.alternatives[i].accuracy);
        else
            QVERIFY(alternatives[i + 1][11].empty());
    }

    const auto projection = parseCsv(readAll(m_dir.filePath(u"window-"_s + suggestions[2])).toStdString());
    QCOMPARE(projection.size(), shown.projection.size() + 1);
    for (std::size_t i = 0; i < shown.projection.size(); ++i) {
        QCOMPARE(cellNumber(projection[i + 1][2]), shown.projection[i].cost);
        QCOMPARE(cellNumber(projection[i + 1][5]), shown.projection[i].cumulativeNet);
    }
}

void TestMainWindow::exportReportWritesThePdfOnTheChosenPaper()
{
    QString suggestion;
    m_window->setSaveFileChooser([&](const QString &, const QString &name, const QString &filter) {
        suggestion = name;
        [&] { QVERIFY(filter.contains(u"*.pdf"_s)); }();
        return m_dir.filePath(name);
    });
    auto *exportReport = m_window->findChild<QAction *>(u"exportReport"_s);
    QVERIFY(exportReport);
    QVERIFY(m_window->exportMenu()->actions().contains(exportReport));
    QCOMPARE(exportReport->shortcut(), QKeySequence(u"Ctrl+E"_s));

    m_window->findChild<QAction *>(u"reportPaperA4"_s)->trigger();
    exportReport->trigger();
    QCOMPARE(m_lastError, QString());
    QCOMPARE(suggestion, u"customer-service-triage-report.pdf"_s);
    const QByteArray a4 = readAll(m_dir.filePath(suggestion));
    QVERIFY(a4.startsWith("%PDF-"));
    QVERIFY(a4.contains("/MediaBox [0 0 595"));

    // The paper is remembered and used.
    m_window->findChild<QAction *>(u"reportPaperLetter"_s)->trigger();
    exportReport->trigger();
    QVERIFY(readAll(m_dir.filePath(suggestion)).contains("/MediaBox [0 0 612"));
    m_window->findChild<QAction *>(u"reportPaperA4"_s)->trigger();

    // The uncertainty section samples as the Uncertainty tab is set.
    auto *panel = m_window->view<UncertaintyPanel>();
    auto *samples = panel->findChild<QSpinBox *>(u"uncertainty.samples"_s);
    auto *seed = panel->findChild<QSpinBox *>(u"uncertainty.seed"_s);
    QVERIFY(samples && seed);
    samples->setValue(3000);
    seed->setValue(9);
    exportReport->trigger();
    QCOMPARE(m_lastError, QString());
    samples->setValue(int(DefaultUncertaintySamples));
    seed->setValue(int(DefaultUncertaintySeed));
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {m_dir.filePath(suggestion), u"-"_s});
    QVERIFY(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    QVERIFY2(text.contains(u"3,000 samples (seed 9)"_s), qPrintable(text));
}

void TestMainWindow::staleFiguresExportTheLastValidOnes()
{
    const Results before = m_window->shownResults();
    auto *value = m_window->findChild<NumberField *>(u"economics.value_per_success"_s);
    typeInto(value, u"-5"_s);
    QVERIFY(m_window->isStale());
    QString caption;
    m_window->setSaveFileChooser([&](const QString &c, const QString &, const QString &) {
        caption = c;
        return m_dir.filePath(u"stale.json"_s);
    });
    m_window->findChild<QAction *>(u"exportResultsJson"_s)->trigger();
    QVERIFY2(caption.contains(u"last valid"_s), qPrintable(caption));
    QVERIFY(Json::parse(readAll(m_dir.filePath(u"stale.json"_s)).toStdString()) == resultsToJson(before));
    QCOMPARE(m_lastError, QString());
}

void TestMainWindow::exportErrorsAreReported()
{
    m_window->setSaveFileChooser([&](const QString &, const QString &name, const QString &) {
        return m_dir.filePath(u"no-such-folder/"_s + name);
    });
    m_window->findChild<QAction *>(u"exportAlternativesCsv"_s)->trigger();
    QVERIFY2(m_lastError.contains(u"no-such-folder"_s), qPrintable(m_lastError));
    // Cancelling the dialog is no error.
    m_lastError.clear();
    m_window->setSaveFileChooser([](const QString &, const QString &, const QString &) { return QString(); });
    m_window->findChild<QAction *>(u"exportProjectionCsv"_s)->trigger();
    QCOMPARE(m_lastError, QString());
}

void TestMainWindow::nothingToExportBeforeValidFigures()
{
    // A window that never showed valid figures (its scenario is invalid from the start).
    Scenario invalid = example();
    invalid.workload.steps[0].outputTokens = -5;
    MainWindow window(defaultCatalog());
    QString error;
    window.setErrorReporter([&](const QString &title, const QString &) { error = title; });
    bool asked = false;
    window.setSaveFileChooser([&](const QString &, const QString &, const QString &) {
        asked = true;
        return m_dir.filePath(u"never.json"_s);
    });
    window.showScenario(invalid);
    QVERIFY(window.isStale());
    window.findChild<QAction *>(u"exportResultsJson"_s)->trigger();
    QCOMPARE(error, u"Nothing to export"_s);
    QVERIFY(!asked);
    QVERIFY(!QFile::exists(m_dir.filePath(u"never.json"_s)));
}

void TestMainWindow::chartContextMenuExportsThroughTheWindow()
{
    QString suggested;
    m_window->setSaveFileChooser([&](const QString &, const QString &name, const QString &) {
        suggested = name;
        return m_dir.filePath(name);
    });
    auto *chart = m_window->view<BusinessCaseChart>();
    std::unique_ptr<QMenu> menu(chart->createContextMenu());
    QAction *svg = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text().remove(u'&') == u"Export as SVG…"_s)
            svg = action;
    }
    QVERIFY(svg);
    svg->trigger();
    QCOMPARE(suggested, u"business-case-chart.svg"_s);
    QVERIFY(readAll(m_dir.filePath(suggested)).contains("<text"));
    QCOMPARE(m_lastError, QString());

    // Its failures go to the window's error report.
    m_window->setSaveFileChooser([&](const QString &, const QString &name, const QString &) {
        return m_dir.filePath(u"no-such-folder/"_s + name);
    });
    svg->trigger();
    QVERIFY2(m_lastError.contains(u"no-such-folder"_s), qPrintable(m_lastError));
}

void TestMainWindow::uncertaintyTabRunsOffTheUiThread()
{
    const Scenario ranged = rangedExample();
    m_window->showScenario(ranged);
    UncertaintyRunner *runner = m_window->uncertaintyRunner();
    // Nothing runs while the tab is not on screen.
    QCOMPARE(runner->generation(), quint64(0));
    QVERIFY(!runner->isRunning());
    auto *panel = m_window->view<UncertaintyPanel>();
    QVERIFY(panel);
    QVERIFY(!panel->shownResults());

    QSignalSpy computed(runner, &UncertaintyRunner::uncertaintyComputed);
    m_window->tabs()->setCurrentIndex(MainWindow::UncertaintyTab);
    QVERIFY(runner->isRunning());
    QVERIFY(panel->isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(computed.count(), 1, 30000);
    QVERIFY(computed.first().at(1).value<QThread *>() != QThread::currentThread());
    QVERIFY(!runner->isRunning());
    QVERIFY(!panel->isRunning());

    const auto expected = computeUncertainty(ranged, defaultCatalog(), panel->options());
    QVERIFY(expected);
    QVERIFY(panel->shownResults() == expected);
    QVERIFY(panel->figuresText().contains(DisplayFormat::percent(expected->pBreakEven)));
    QVERIFY(panel->mattersMostText().contains(inputLabel(expected->sensitivity.front().input, ranged)));
    QCOMPARE(panel->netTornado()->shownInputs().front(), expected->sensitivity.front().input);
    QVERIFY(!panel->netHistogram()->shownSeries().empty());

    // Back and forth between tabs: the figures are up to date, nothing runs again.
    m_window->tabs()->setCurrentIndex(MainWindow::BusinessTab);
    m_window->tabs()->setCurrentIndex(MainWindow::UncertaintyTab);
    QVERIFY(!runner->isRunning());
    QCOMPARE(runner->generation(), quint64(1));

    // Edits while another tab is shown run nothing until the tab is shown again.
    m_window->tabs()->setCurrentIndex(MainWindow::CostTab);
    Scenario edited = ranged;
    edited.economics.monthlyFixedCosts += 20000;
    m_window->showScenario(edited);
    QVERIFY(!runner->isRunning());
    QCOMPARE(runner->generation(), quint64(1));
    m_window->tabs()->setCurrentIndex(MainWindow::UncertaintyTab);
    QVERIFY(runner->isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(computed.count(), 2, 30000);
    QVERIFY(panel->shownResults() == computeUncertainty(edited, defaultCatalog(), panel->options()));

    // The seed is an option of the run: changing it runs again.
    auto *seed = panel->findChild<QSpinBox *>(u"uncertainty.seed"_s);
    QVERIFY(seed);
    seed->setValue(5);
    QVERIFY(runner->isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(computed.count(), 3, 30000);
    QCOMPARE(panel->shownResults()->seed, std::uint64_t(5));
}

void TestMainWindow::quickEditsDeliverOnlyTheNewestUncertainty()
{
    m_window->showScenario(rangedExample());
    m_window->tabs()->setCurrentIndex(MainWindow::UncertaintyTab);
    UncertaintyRunner *runner = m_window->uncertaintyRunner();
    QTRY_VERIFY_WITH_TIMEOUT(!runner->isRunning(), 30000);
    auto *panel = m_window->view<UncertaintyPanel>();

    QSignalSpy computed(runner, &UncertaintyRunner::uncertaintyComputed);
    Scenario first = m_window->document()->scenario();
    first.economics.monthlyFixedCosts += 1000;
    Scenario second = first;
    second.economics.monthlyFixedCosts += 50000;
    const quint64 generation = runner->generation();
    m_window->showScenario(first);
    m_window->showScenario(second);
    QVERIFY(runner->generation() >= generation + 2);
    QTRY_COMPARE_WITH_TIMEOUT(computed.count(), 1, 30000);
    QTest::qWait(200);
    QCOMPARE(computed.count(), 1);
    const auto expected = computeUncertainty(second, defaultCatalog(), panel->options());
    QVERIFY(panel->shownResults() == expected);
}

void TestMainWindow::uiStaysResponsiveDuringAMillionSamples()
{
    m_window->showScenario(rangedExample());
    m_window->tabs()->setCurrentIndex(MainWindow::UncertaintyTab);
    UncertaintyRunner *runner = m_window->uncertaintyRunner();
    QTRY_VERIFY_WITH_TIMEOUT(!runner->isRunning(), 30000);
    auto *panel = m_window->view<UncertaintyPanel>();
    auto *samples = panel->findChild<QSpinBox *>(u"uncertainty.samples"_s);
    QVERIFY(samples);

    QElapsedTimer clock;
    clock.start();
    samples->setValue(int(MaxUncertaintySamples));
    // The request returns at once; the run is on another thread.
    QVERIFY2(clock.elapsed() < 100, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(runner->isRunning());
    bool fired = false;
    QTimer::singleShot(5, this, [&fired] { fired = true; });
    QTRY_VERIFY_WITH_TIMEOUT(fired, 1000);
    // The event loop ran the timer while the million samples were still being drawn.
    QVERIFY(runner->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!runner->isRunning(), 60000);
    QCOMPARE(panel->shownResults()->samples, MaxUncertaintySamples);
}

void TestMainWindow::uncertaintyGoesStaleWithTheOtherFigures()
{
    m_window->showScenario(rangedExample());
    m_window->tabs()->setCurrentIndex(MainWindow::UncertaintyTab);
    UncertaintyRunner *runner = m_window->uncertaintyRunner();
    QTRY_VERIFY_WITH_TIMEOUT(!runner->isRunning(), 30000);
    auto *panel = m_window->view<UncertaintyPanel>();
    const auto before = panel->shownResults();
    QVERIFY(before);

    Scenario bad = m_window->document()->scenario();
    bad.economics.monthlyFixedCosts = -5;
    m_window->showScenario(bad);
    QVERIFY(m_window->isStale());
    QVERIFY(!runner->isRunning());
    QVERIFY(panel->netHistogram()->isStale());
    QVERIFY(panel->netTornado()->isStale());
    QVERIFY(panel->shownResults() == before);

    // Rebuilt in another language, the tab keeps the last figures, still stale.
    m_window->findChild<QAction *>(u"language_ru"_s)->trigger();
    QTRY_VERIFY(m_window->view<UncertaintyPanel>() != panel);
    panel = m_window->view<UncertaintyPanel>();
    QVERIFY(panel->shownResults() == before);
    QVERIFY(panel->netHistogram()->isStale());
    QVERIFY(!runner->isRunning());
    QVERIFY2(panel->figuresText().contains(u'%'), qPrintable(panel->figuresText()));
    m_window->findChild<QAction *>(u"language_en"_s)->trigger();
    QTRY_COMPARE(m_window->menuBar()->actions().first()->text(), u"&File"_s);
}

void TestMainWindow::languageSwitchesAtRunTime_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("script"); // a letter class of the language
    QTest::addColumn<QString>("decimalPoint");
    QTest::newRow("Russian") << u"ru"_s << u"\\p{Cyrillic}"_s << u","_s;
    QTest::newRow("Chinese") << u"zh_CN"_s << u"\\p{Han}"_s << u"."_s;
}

void TestMainWindow::languageSwitchesAtRunTime()
{
    QFETCH(QString, code);
    QFETCH(QString, script);
    QFETCH(QString, decimalPoint);
    const QRegularExpression inLanguage(script);
    auto *value = m_window->findChild<NumberField *>(u"economics.value_per_success"_s);
    typeInto(value, u"25"_s);
    m_window->tabs()->setCurrentIndex(MainWindow::LatencyTab);
    const Scenario scenario = m_window->document()->scenario();
    const int undoSteps = m_window->document()->undoStack()->count();
    QCOMPARE(m_window->menuBar()->actions().first()->text(), u"&File"_s);

    auto *language = m_window->findChild<QAction *>(u"language_"_s + code);
    QVERIFY(language);
    language->trigger();
    QTRY_VERIFY(m_window->menuBar()->actions().first()->text().contains(inLanguage));
    QCOMPARE(Settings::language(), code);
    QCOMPARE(Language::current(), code);
    QVERIFY(m_window->findChild<QAction *>(u"language_"_s + code)->isChecked());

    // A chart's axis, a tab and the headline in the language, numbers in its locale.
    auto *chart = m_window->view<BusinessCaseChart>();
    QVERIFY(chart);
    QVERIFY2(chart->xAxisLabel().contains(inLanguage), qPrintable(chart->xAxisLabel()));
    QVERIFY(m_window->tabs()->tabText(MainWindow::BusinessTab).contains(inLanguage));
    QVERIFY2(m_window->headline()->cardText(HeadlineStrip::BreakEven).contains(decimalPoint),
             qPrintable(m_window->headline()->cardText(HeadlineStrip::BreakEven)));

    // Nothing lost: the document, its undo history, the tab.
    QVERIFY(m_window->document()->scenario() == scenario);
    QCOMPARE(m_window->document()->undoStack()->count(), undoSteps);
    QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::LatencyTab));
    QVERIFY(!m_window->isStale());

    // A validation message in the language, on the rebuilt field.
    value = m_window->findChild<NumberField *>(u"economics.value_per_success"_s);
    QVERIFY(value);
    typeInto(value, u"-5"_s);
    QVERIFY(value->isMarked());
    QVERIFY2(value->error().contains(inLanguage), qPrintable(value->error()));
    QVERIFY(m_window->isStale());
    m_window->document()->undoStack()->undo();
    QVERIFY(!m_window->isStale());

    // A number typed the language's way is read that way (the fields follow the new locale).
    QCOMPARE(value->locale().decimalPoint(), decimalPoint);
    typeInto(value, u"2"_s + decimalPoint + u"5"_s);
    QVERIFY2(!value->isMarked(), qPrintable(value->error()));
    QCOMPARE(m_window->document()->scenario().economics.valuePerSuccess, 2.5);

    // And back.
    m_window->findChild<QAction *>(u"language_en"_s)->trigger();
    QTRY_COMPARE(m_window->menuBar()->actions().first()->text(), u"&File"_s);
    QCOMPARE(m_window->view<BusinessCaseChart>()->xAxisLabel(), u"Accuracy (%)"_s);
    QCOMPARE(Settings::language(), u"en"_s);
    value = m_window->findChild<NumberField *>(u"economics.value_per_success"_s);
    typeInto(value, u"3.5"_s);
    QCOMPARE(m_window->document()->scenario().economics.valuePerSuccess, 3.5);
}

void TestMainWindow::aRangeTypedInTheCatalogIsOneUndoableOverride()
{
    auto *panel = m_window->findChild<CatalogPanel *>();
    QVERIFY(panel);
    CatalogTableModel *model = panel->tableModel();
    const Scenario before = m_window->document()->scenario();
    const int undoCount = m_window->document()->undoStack()->count();

    // gpt-4.1 is the example's own entry (models[0]), used by the final step.
    const int row = model->rowOf(u"gpt-4.1"_s);
    QVERIFY(row >= 0);
    QVERIFY(model->setData(model->index(row, CatalogTableModel::StandardOutput), u"7–8–11"_s));

    const Scenario &after = m_window->document()->scenario();
    QCOMPARE(m_window->document()->undoStack()->count(), undoCount + 1);
    const TierPrices &standard = *after.models.at(0).pricesFor(Tier::Standard);
    QCOMPARE(standard.output, 8.0);
    QCOMPARE(standard.ranges.at("output").low, 7.0);
    QCOMPARE(standard.ranges.at("output").high, 11.0);
    QCOMPARE(model->index(row, CatalogTableModel::StandardOutput).data().toString(),
             NumberField::formatRange(standard.ranges.at("output"), NumberField::Kind::Plain));
    // The point results are those of the likely price: unchanged.
    QCOMPARE(m_window->shownResults().cost.perMonth, evaluate(before, defaultCatalog()).cost.perMonth);
    // And the Monte Carlo samples it.
    const std::vector<UncertainInput> inputs = uncertainInputs(after, defaultCatalog());
    QVERIFY(std::any_of(inputs.begin(), inputs.end(), [](const UncertainInput &i) {
        return i.path == "models[0].prices_per_mtok.standard.output";
    }));

    m_window->document()->undoStack()->undo();
    QVERIFY(m_window->document()->scenario() == before);
    QCOMPARE(model->index(row, CatalogTableModel::StandardOutput).data().toString(), QLocale().toString(8.0));
}

void TestMainWindow::keyboardMnemonicsAreUniqueOnEachTab_data()
{
    QTest::addColumn<QString>("code");
    for (const QString &code : Language::codes())
        QTest::newRow(qPrintable(code)) << code;
}

/// Alt+letter reaches one control: among the menus, the tabs, the inputs on the left and the
/// tab on screen, no two mnemonics share a letter, in any language.
void TestMainWindow::keyboardMnemonicsAreUniqueOnEachTab()
{
    QFETCH(QString, code);
    if (code != Language::current()) {
        m_window->findChild<QAction *>(u"language_"_s + code)->trigger();
        QTRY_VERIFY(m_window->menuBar()->actions().first()->text() != u"&File"_s);
    }
    QString clashes;
    for (int tab = 0; tab < MainWindow::TabCount; ++tab) {
        m_window->tabs()->setCurrentIndex(tab);
        QMap<QString, QStringList> owners; // letter -> the texts that use it
        for (QAction *menu : m_window->menuBar()->actions())
            owners[mnemonicOf(menu->text())] << menu->text();
        for (QTabBar *bar : m_window->findChildren<QTabBar *>())
            if (bar->isVisible())
                for (int i = 0; i < bar->count(); ++i)
                    owners[mnemonicOf(bar->tabText(i))] << bar->tabText(i);
        for (QAbstractButton *button : m_window->findChildren<QAbstractButton *>())
            if (button->isVisible())
                owners[mnemonicOf(button->text())] << button->text();
        for (QLabel *label : m_window->findChildren<QLabel *>())
            if (label->isVisible() && label->buddy())
                owners[mnemonicOf(label->text())] << label->text();
        owners.remove(QString());
        for (auto i = owners.cbegin(); i != owners.cend(); ++i)
            if (i->size() > 1)
                clashes += u"tab %1, '%2': %3\n"_s.arg(m_window->tabs()->tabText(tab), i.key(), i->join(u" | "_s));
    }
    m_window->findChild<QAction *>(u"language_en"_s)->trigger();
    QTRY_COMPARE(m_window->menuBar()->actions().first()->text(), u"&File"_s);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes));
}

void TestMainWindow::windowFitsA1280PxScreenInEveryLanguage_data()
{
    QTest::addColumn<QString>("code");
    for (const QString &code : Language::codes())
        QTest::newRow(qPrintable(code)) << code;
}

/// On a 1280 × 800 screen the whole window fits, in every language, fresh or stale: the
/// headline's long sentences wrap or shorten (the whole text in the tooltip), never widen it.
void TestMainWindow::windowFitsA1280PxScreenInEveryLanguage()
{
    QFETCH(QString, code);
    if (code != Language::current()) {
        m_window->findChild<QAction *>(u"language_"_s + code)->trigger();
        QTRY_VERIFY(m_window->menuBar()->actions().first()->text() != u"&File"_s);
    }
    const auto restoreEnglish = qScopeGuard([this] {
        m_window->findChild<QAction *>(u"language_en"_s)->trigger();
        if (!QTest::qWaitFor([this] { return m_window->menuBar()->actions().first()->text() == u"&File"_s; }))
            qWarning("the window did not switch back to English");
    });
    m_window->showNormal();
    m_window->resize(1280, 760); // a 1280 × 800 screen less a panel
    QTRY_COMPARE(m_window->width(), 1280);
    // The window rebuilt in the new language lays out once its queued layout requests run.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QTRY_VERIFY(m_window->minimumSizeHint().width() > 400);
    const int freshMinimum = m_window->minimumSizeHint().width();
    QVERIFY2(freshMinimum <= 1280, qPrintable(u"minimum width %1"_s.arg(freshMinimum)));

    HeadlineStrip *headline = m_window->headline();
    auto checkLabels = [headline](const char *when) {
        QString problems;
        for (int card = 0; card < HeadlineStrip::CardCount; ++card) {
            for (FittingLabel *label : headline->cardLabels(HeadlineStrip::Card(card))) {
                const QFontMetrics metrics(label->font());
                const QRect area = label->contentsRect();
                if (area.height() < label->minimumSizeHint().height())
                    problems += u"cut vertically: %1\n"_s.arg(label->text());
                for (const QString &line : label->shownLines())
                    if (metrics.horizontalAdvance(line) > area.width())
                        problems += u"cut horizontally: '%1' in %2 px\n"_s.arg(line).arg(area.width());
                if (label->isElided() && !label->toolTip().contains(label->text()))
                    problems += u"elided without the whole text in the tooltip: %1\n"_s.arg(label->text());
                if (!label->isElided() && label->shownLines().join(QString()).remove(u' ')
                                              != QString(label->text()).remove(u' '))
                    problems += u"text lost: %1\n"_s.arg(label->text());
            }
        }
        if (!problems.isEmpty())
            qWarning("%s: %s", when, qPrintable(problems));
        return problems.isEmpty();
    };
    QVERIFY(checkLabels("fresh"));
    // In English the captions of a 1280 px window are whole.
    if (code == u"en"_s)
        QVERIFY(!headline->cardLabels(HeadlineStrip::Net).at(0)->isElided());

    // Fresh, the figures have the whole strip: in English and Russian none is cut at 1280 px.
    // (Waiting for the layout the resize and the language switch queued to settle.)
    if (code != u"zh_CN"_s) {
        const auto elidedFigures = [headline] {
            QStringList elided;
            for (int card = 0; card < HeadlineStrip::CardCount; ++card) {
                const FittingLabel *figure = headline->cardLabels(HeadlineStrip::Card(card)).at(1);
                if (figure->isElided())
                    elided << figure->text();
            }
            return elided.join(u" | "_s);
        };
        QTRY_VERIFY2(elidedFigures().isEmpty(), qPrintable(elidedFigures()));
    }
    Scenario bad = m_window->document()->scenario();
    bad.economics.monthlyFixedCosts = -5;
    m_window->showScenario(bad);
    QVERIFY(m_window->isStale());
    QVERIFY(headline->staleLabel()->isVisibleTo(headline));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCOMPARE(m_window->minimumSizeHint().width(), freshMinimum);
    QCOMPARE(m_window->width(), 1280);
    QVERIFY(checkLabels("stale"));
    QVERIFY(!headline->staleLabel()->isElided());

    // The narrowest window still shows every label without cutting a glyph.
    m_window->resize(m_window->minimumSizeHint().width(), 760);
    QTRY_COMPARE(m_window->width(), m_window->minimumSizeHint().width());
    QVERIFY(checkLabels("narrowest"));
}

} // namespace fulcrum

QTEST_MAIN(fulcrum::TestMainWindow)
#include "tst_mainwindow.moc"
