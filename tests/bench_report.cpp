// The PDF report's speed (issue: `fulcrum report` on the example under 1 s wall-clock).
// reportInProcess: evaluating the example and writing its report into memory, as File ▸
// Export Report does. reportCommandLine: the whole `fulcrum report` command, process start,
// fonts and the file write included, as a user times it.
// Run: QT_QPA_PLATFORM=offscreen build/bench_report  (ctest runs one iteration of each)
#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "app/defaultcatalog.h"
#include "app/report.h"
#include "models/evaluate.h"
#include "models/scenarioio.h"

using namespace Qt::StringLiterals;

namespace fulcrum {

namespace {

const QString ExamplePath
    = QStringLiteral(FULCRUM_SOURCE_DIR) + u"/resources/examples/customer-service.fulcrum.json"_s;

} // namespace

class BenchReport : public QObject
{
    Q_OBJECT

private slots:
    void reportInProcess()
    {
        QFile file(ExamplePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Scenario scenario = *scenarioFromText(file.readAll().toStdString()).scenario;
        const Catalog catalog = defaultCatalog();
        int pages = 0;
        qint64 bytes = 0;
        QBENCHMARK
        {
            const Results results = evaluate(scenario, catalog);
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            pages = Report(scenario, results, catalog, {}).write(&buffer);
            bytes = buffer.size();
        }
        QVERIFY(pages >= 5);
        qInfo("%d pages, %lld bytes", pages, bytes);
    }

    void reportCommandLine()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"report.pdf"_s);
        QBENCHMARK
        {
            QProcess process;
            process.start(QStringLiteral(FULCRUM_EXECUTABLE),
                          { u"report"_s, ExamplePath, u"-o"_s, pdf });
            QVERIFY(process.waitForFinished(60000));
            QCOMPARE(process.exitCode(), 0);
        }
        QVERIFY(QFile::exists(pdf));
    }
};

} // namespace fulcrum

QTEST_MAIN(fulcrum::BenchReport)
#include "bench_report.moc"
