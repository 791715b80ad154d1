// Edit-to-repaint benchmark of the workbench (issue: under 16 ms, one frame).
// One iteration = one keystroke in the requests-per-day field and one in reverse
// (a digit typed, then erased): each re-evaluates the scenario, refreshes every panel,
// chart and table, and repaints the window. Per edit = the figure printed / 2.
// Run: QT_QPA_PLATFORM=offscreen build/bench_edit_to_repaint  (ctest runs one iteration)
#include <QFile>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

#include "app/defaultcatalog.h"
#include "app/mainwindow.h"
#include "app/scenariodocument.h"
#include "models/scenarioio.h"
#include "widgets/numberfield.h"

using namespace Qt::StringLiterals;

namespace fulcrum {

/// Runs what a keystroke leaves queued: the charts' queued replots, then the paint of every
/// region they and the other views marked for update (as the event loop would, one frame).
void settle()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::UpdateRequest);
    QCoreApplication::processEvents();
}

class BenchEditToRepaint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"FulcrumTests"_s);
    }

    void fullWindowRepaint()
    {
        // For comparison: painting the whole window once, with nothing changed.
        QFile file(QStringLiteral(FULCRUM_SOURCE_DIR) + u"/resources/examples/customer-service.fulcrum.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        MainWindow window(defaultCatalog());
        window.showScenario(*scenarioFromText(file.readAll().toStdString()).scenario);
        window.resize(1480, 920);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QBENCHMARK {
            window.repaint();
        }
    }

    void keystrokeToRepaint_data()
    {
        QTest::addColumn<int>("tab");
        QTest::newRow("business case tab") << int(MainWindow::BusinessTab);
        QTest::newRow("cost tab") << int(MainWindow::CostTab);
        QTest::newRow("latency tab") << int(MainWindow::LatencyTab);
        QTest::newRow("alternatives tab") << int(MainWindow::AlternativesTab);
    }

    void keystrokeToRepaint()
    {
        QFETCH(int, tab);
        QFile file(QStringLiteral(FULCRUM_SOURCE_DIR) + u"/resources/examples/customer-service.fulcrum.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        MainWindow window(defaultCatalog());
        window.setUnsavedChangesPrompt([] { return QMessageBox::Discard; });
        window.showScenario(*scenarioFromText(file.readAll().toStdString()).scenario);
        window.resize(1480, 920);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.tabs()->setCurrentIndex(tab);
        auto *field = window.findChild<NumberField *>(u"traffic.requests_per_day"_s);
        QVERIFY(field);
        // The user selects the field and types a number, then keeps editing its last digit.
        field->setFocus();
        field->selectAll();
        QTest::keyClicks(field, u"100000"_s);
        settle();

        QBENCHMARK {
            QTest::keyClick(field, Qt::Key_5);
            settle();
            QTest::keyClick(field, Qt::Key_Backspace);
            settle();
        }
        QCOMPARE(window.document()->scenario().traffic.requestsPerDay, 100000.0);
        QVERIFY(!window.isStale());
    }
};

} // namespace fulcrum

QTEST_MAIN(fulcrum::BenchEditToRepaint)
#include "bench_edit_to_repaint.moc"
