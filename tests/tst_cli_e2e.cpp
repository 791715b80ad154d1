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

/// A minimal RFC 4180 reader, independent of the one in models/: rows of fields.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool started = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
            continue;
        }
        started = true;
        if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            row << field;
            field.clear();
            rows << row;
            row.clear();
            started = false;
        } else {
            field += c;
        }
    }
    if (started) {
        row << field;
        rows << row;
    }
    return rows;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// A CSV cell holds what the JSON value holds: the same number exactly, empty for null.
bool sameValue(const QString &cell, const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Null:
        return cell.isEmpty();
    case QJsonValue::Double: {
        bool ok = false;
        const double value = cell.toDouble(&ok); // the C locale, always
        return ok && value == json.toDouble();
    }
    case QJsonValue::Bool:
        return cell == (json.toBool() ? u"true"_s : u"false"_s);
    case QJsonValue::String:
        return cell == json.toString();
    case QJsonValue::Array: {
        QStringList codes;
        for (const QJsonValue &code : json.toArray())
            codes << code.toString();
        return cell == codes.join(u';');
    }
    default:
        return false;
    }
}

/// Every row of the CSV equals the JSON array's object of the same index, column by column.
void compareCsvToJson(const QList<QStringList> &rows, const QJsonArray &objects)
{
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows.size(), objects.size() + 1);
    const QStringList header = rows.first();
    for (qsizetype r = 0; r < objects.size(); ++r) {
        const QJsonObject object = objects[r].toObject();
        QCOMPARE(rows[r + 1].size(), header.size());
        for (qsizetype c = 0; c < header.size(); ++c) {
            QVERIFY2(object.contains(header[c]), qPrintable(header[c]));
            QVERIFY2(sameValue(rows[r + 1][c], object.value(header[c])),
                     qPrintable(u"row %1, %2: \"%3\""_s.arg(r + 1).arg(header[c], rows[r + 1][c])));
        }
    }
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
    void exportOnTheExample();
    void exportToStandardOutput();
    void exportOfAnInvalidScenarioWritesNothing();
    void exportToAnUnwritablePath();
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

void TestCliEndToEnd::exportOnTheExample()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString json = dir.filePath(u"results.json"_s);
    const QString alternatives = dir.filePath(u"alternatives.csv"_s);
    const QString projection = dir.filePath(u"projection.csv"_s);
    const Run r = run({u"export"_s, ExamplePath, u"--results"_s, json, u"--alternatives"_s, alternatives,
                       u"--projection"_s, projection});
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QCOMPARE(r.err, QString());
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());

    // The JSON is compute's output, byte for byte.
    const Run compute = run({u"compute"_s, ExamplePath});
    QCOMPARE(compute.exitCode, 0);
    QCOMPARE(readAll(json), compute.out);

    // The CSVs hold the JSON's figures exactly, under the JSON's names.
    const QJsonObject results = QJsonDocument::fromJson(compute.out).object();
    const QByteArray alternativesCsv = readAll(alternatives);
    QVERIFY(alternativesCsv.startsWith("rank,model,provider,tier,caching,"));
    QVERIFY(alternativesCsv.endsWith("\r\n"));
    compareCsvToJson(parseCsv(QString::fromUtf8(alternativesCsv)), results.value(u"alternatives"_s).toArray());
    const QList<QStringList> projectionRows = parseCsv(QString::fromUtf8(readAll(projection)));
    QCOMPARE(projectionRows.first(), (QStringList {u"month"_s, u"requests_per_day"_s, u"cost"_s, u"net"_s,
                                                   u"cumulative_cost"_s, u"cumulative_net"_s}));
    compareCsvToJson(projectionRows, results.value(u"projection"_s).toArray());
    QCOMPARE(projectionRows.size(), 13); // the example's twelve months and the header
}

void TestCliEndToEnd::exportToStandardOutput()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"alternatives.csv"_s);
    const Run toFile = run({u"export"_s, ExamplePath, u"--alternatives"_s, file});
    QCOMPARE(toFile.exitCode, 0);
    const Run toStdout = run({u"export"_s, ExamplePath, u"--alternatives"_s, u"-"_s});
    QCOMPARE(toStdout.exitCode, 0);
    QCOMPARE(toStdout.err, QString());
    QCOMPARE(toStdout.out, readAll(file));

    const Run json = run({u"export"_s, ExamplePath, u"--results"_s, u"-"_s, u"--projection"_s,
                          dir.filePath(u"p.csv"_s)});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.out, run({u"compute"_s, ExamplePath}).out);
    QVERIFY(QFile::exists(dir.filePath(u"p.csv"_s)));
}

void TestCliEndToEnd::exportOfAnInvalidScenarioWritesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString scenario = badFile(u"negative-tokens.fulcrum.json"_s);
    const QString out = dir.filePath(u"results.json"_s);
    const Run r = run({u"export"_s, scenario, u"--results"_s, out});
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"workload.steps[1].output_tokens: must be ≥ 0, got -5"_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(out));
}

void TestCliEndToEnd::exportToAnUnwritablePath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString out = dir.filePath(u"no-such-folder/projection.csv"_s);
    const Run r = run({u"export"_s, ExamplePath, u"--projection"_s, out});
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith(u"fulcrum: cannot write "_s) && r.err.contains(u"no-such-folder"_s), qPrintable(r.err));
}

void TestCliEndToEnd::help()
{
    const Run r = run({u"--help"_s});
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith("Usage:"), r.out.constData());
    QVERIFY(r.out.contains("fulcrum compute FILE"));
    QVERIFY(r.out.contains("fulcrum export FILE"));
    QCOMPARE(r.err, QString());
}

void TestCliEndToEnd::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");

    QTest::newRow("compute without a file") << QStringList {u"compute"_s};
    QTest::newRow("compute with two files") << QStringList {u"compute"_s, u"a"_s, u"b"_s};
    QTest::newRow("unknown option") << QStringList {u"--bogus"_s};
    QTest::newRow("export without an output") << QStringList {u"export"_s, ExamplePath};
    QTest::newRow("export without a file") << QStringList {u"export"_s, u"--results"_s, u"r.json"_s};
    QTest::newRow("export with two outputs on stdout")
        << QStringList {u"export"_s, ExamplePath, u"--results"_s, u"-"_s, u"--projection"_s, u"-"_s};
    QTest::newRow("export with an option of compute") << QStringList {u"export"_s, ExamplePath, u"--top"_s, u"3"_s};
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
