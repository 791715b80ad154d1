#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace fulcrum {

namespace {

const QString Executable = QStringLiteral(FULCRUM_EXECUTABLE);
const QString ExamplePath =
    QStringLiteral(FULCRUM_SOURCE_DIR) + u"/resources/examples/customer-service.fulcrum.json"_s;

/// What one run of the built executable did.
struct Run
{
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    int exitCode = -1;
    QByteArray out;
    QString err;
};

/// Runs fulcrum with no display at all: no QT_QPA_PLATFORM, no DISPLAY, no Wayland.
Run run(const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"QT_QPA_PLATFORM"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s})
        environment.remove(name);

    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(Executable, arguments);
    Run r;
    if (!process.waitForStarted(10000)) {
        r.err = u"could not start "_s + Executable + u": "_s + process.errorString();
        return r;
    }
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        r.err = u"timed out"_s;
        return r;
    }
    r.exitStatus = process.exitStatus();
    r.exitCode = process.exitCode();
    r.out = process.readAllStandardOutput();
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

QString badFile(const QString &name)
{
    const QString dir = QFINDTESTDATA("data/bad");
    return QDir(dir).filePath(name);
}

} // namespace

class TestCliEndToEnd : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void badScenarioNamesTheField_data();
    void badScenarioNamesTheField();

    void computeOnTheExample();
    void reportOnTheExampleWithoutADisplay_data();
    void reportOnTheExampleWithoutADisplay();
    void reportOfABadScenarioWritesNothing();
    void help();
    void badUsage_data();
    void badUsage();
};

void TestCliEndToEnd::initTestCase()
{
    QVERIFY2(QFile::exists(Executable), qPrintable(Executable));
    QVERIFY2(!QFINDTESTDATA("data/bad").isEmpty(), "tests/data/bad is missing");
}

void TestCliEndToEnd::badScenarioNamesTheField_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");    ///< the field the error is at ("" = the whole file)
    QTest::addColumn<QString>("message"); ///< as app/diagnostictext.cpp words it

    // Each file is the bundled example with exactly one thing wrong. Step 1 is "answer"
    // (output_tokens 220 on line 50); step 0 is "classify".
    QTest::newRow("missing file") << u"missing.fulcrum.json"_s << u""_s << u"cannot read the file: "_s;
    QTest::newRow("empty") << u"empty.fulcrum.json"_s << u""_s << u"the file is empty"_s;
    // The comma after the title is gone: the parser stops at the end of "currency" on line 5.
    QTest::newRow("not JSON") << u"not-json.fulcrum.json"_s << u""_s
                              << u"not valid JSON at line 5, column 12: "_s;
    QTest::newRow("wrong types") << u"wrong-types.fulcrum.json"_s << u"workload.steps[1].output_tokens"_s
                                 << u"workload.steps[1].output_tokens: must be a number, got a string"_s;
    QTest::newRow("negative tokens") << u"negative-tokens.fulcrum.json"_s << u"workload.steps[1].output_tokens"_s
                                     << u"workload.steps[1].output_tokens: must be ≥ 0, got -5"_s;
    // NaN is not JSON: 8 spaces and "output_tokens": (17 characters) come before it.
    QTest::newRow("NaN") << u"nan.fulcrum.json"_s << u""_s << u"not valid JSON at line 50, column 26: "_s;
    QTest::newRow("infinity") << u"infinity.fulcrum.json"_s << u"workload.steps[1].output_tokens"_s
                              << u"workload.steps[1].output_tokens: must be a finite number"_s;
    QTest::newRow("unknown model") << u"unknown-model.fulcrum.json"_s << u"workload.steps[1].model"_s
                                   << u"workload.steps[1].model: unknown model \"gpt-9000\""_s;
    QTest::newRow("cycle") << u"cycle.fulcrum.json"_s << u"workload.steps[0].after"_s
                           << u"workload.steps[0].after: steps wait for each other in a cycle (classify, answer)"_s;
    QTest::newRow("version 99")
        << u"version-99.fulcrum.json"_s << u"version"_s
        << u"version: the file was written by a newer Fulcrum (format version 99; this one reads up to 1)"_s;
}

void TestCliEndToEnd::badScenarioNamesTheField()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(QString, message);

    const QString scenario = badFile(file);
    QCOMPARE(QFile::exists(scenario), file != u"missing.fulcrum.json"_s);

    const Run r = run({u"compute"_s, scenario});
    QCOMPARE(r.exitStatus, QProcess::NormalExit); // no crash, no abort
    QCOMPARE(r.exitCode, 1);
    // One line per error: "fulcrum: FILE: PATH: MESSAGE".
    const QString expected = u"fulcrum: "_s + scenario + u": "_s + message;
    QVERIFY2(r.err.contains(expected), qPrintable(u"expected \"%1\" in:\n%2"_s.arg(expected, r.err)));

    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(r.out, &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, r.out.constData());
    QVERIFY(json.isObject());
    const QJsonArray errors = json.object().value(u"errors"_s).toArray();
    QVERIFY2(!errors.isEmpty(), r.out.constData());
    bool named = false;
    for (const QJsonValue &e : errors) {
        QVERIFY(e.toObject().value(u"code"_s).isString());
        named = named || e.toObject().value(u"path"_s).toString() == path;
    }
    QVERIFY2(named, r.out.constData());
}

void TestCliEndToEnd::computeOnTheExample()
{
    const Run r = run({u"compute"_s, ExamplePath});
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QCOMPARE(r.err, QString());
    QCOMPARE(r.exitCode, 0);

    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(r.out, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const QJsonObject results = json.object();
    QVERIFY(results.value(u"errors"_s).isArray());
    QVERIFY(results.value(u"errors"_s).toArray().isEmpty());
    QVERIFY(results.value(u"break_even_accuracy"_s).isDouble());
    QVERIFY(results.value(u"cost"_s).toObject().value(u"per_month"_s).isDouble());
    QVERIFY(!results.value(u"alternatives"_s).toArray().isEmpty());
}

void TestCliEndToEnd::reportOnTheExampleWithoutADisplay_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("mediaBox"); ///< the page size in PDF points

    QTest::newRow("A4 by default") << QStringList {} << "595"_ba;
    QTest::newRow("A4") << QStringList {u"--page-size"_s, u"A4"_s} << "595"_ba;
    QTest::newRow("Letter") << QStringList {u"--page-size"_s, u"letter"_s} << "612"_ba;
}

void TestCliEndToEnd::reportOnTheExampleWithoutADisplay()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, mediaBox);

    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"report.pdf"_s);
    const Run r = run(QStringList {u"report"_s, ExamplePath, u"-o"_s, pdf} + options);
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.contains("/MediaBox [0 0 " + mediaBox));
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));
}

void TestCliEndToEnd::reportOfABadScenarioWritesNothing()
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"report.pdf"_s);
    const QString scenario = badFile(u"negative-tokens.fulcrum.json"_s);
    const Run r = run({u"report"_s, scenario, u"-o"_s, pdf});
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"workload.steps[1].output_tokens: must be ≥ 0, got -5"_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(pdf));
}

void TestCliEndToEnd::help()
{
    const Run r = run({u"--help"_s});
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith("Usage:"), r.out.constData());
    QVERIFY(r.out.contains("fulcrum compute FILE"));
    QVERIFY(r.out.contains("fulcrum report FILE -o OUT.pdf"));
    QCOMPARE(r.err, QString());
}

void TestCliEndToEnd::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");

    QTest::newRow("compute without a file") << QStringList {u"compute"_s};
    QTest::newRow("compute with two files") << QStringList {u"compute"_s, u"a"_s, u"b"_s};
    QTest::newRow("unknown option") << QStringList {u"--bogus"_s};
    QTest::newRow("report without -o") << QStringList {u"report"_s, ExamplePath};
    QTest::newRow("report on an unknown page size")
        << QStringList {u"report"_s, ExamplePath, u"-o"_s, u"x.pdf"_s, u"--page-size"_s, u"A3"_s};
    QTest::newRow("report with -o but no value") << QStringList {u"report"_s, ExamplePath, u"-o"_s};
}

void TestCliEndToEnd::badUsage()
{
    QFETCH(QStringList, arguments);

    const Run r = run(arguments);
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith(u"fulcrum: "_s), qPrintable(r.err));
}

} // namespace fulcrum

QTEST_GUILESS_MAIN(fulcrum::TestCliEndToEnd)

#include "tst_cli_e2e.moc"
