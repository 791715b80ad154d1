#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "testsupport.h"

using namespace Qt::StringLiterals;

namespace fulcrum {

namespace {

const QString Executable = QStringLiteral(FULCRUM_EXECUTABLE);
const QString ExamplePath =
    QStringLiteral(FULCRUM_SOURCE_DIR) + u"/resources/examples/customer-service.fulcrum.json"_s;

QString dataPath(const QString &name)
{
    return QStringLiteral(FULCRUM_SOURCE_DIR) + u"/tests/data/"_s + name;
}

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
    void computeWithSamplesOnARangedScenario();
    void computeWithSamplesSamplesModelPricesAndSpeeds();
    void reportOnTheExampleWithoutADisplay_data();
    void reportOnTheExampleWithoutADisplay();
    void reportOfABadScenarioWritesNothing();
    void reportInEachLanguage_data();
    void reportInEachLanguage();
    void messagesInTheChosenLanguage();
    void bytesThatAreNotUtf8();
    void exportOnTheExample();
    void exportToStandardOutput();
    void exportOfAnInvalidScenarioWritesNothing();
    void exportToAnUnwritablePath();
    void help();
    void badUsage_data();
    void badUsage();

    void calibrateLlmperfJson();
    void calibrateCountsAFileNamedTwiceOnce();
    void calibrateTable();
    void calibrateHoldout();
    void calibrateVllmAndCsv();
    void badLatencyLog_data();
    void badLatencyLog();
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

void TestCliEndToEnd::computeWithSamplesOnARangedScenario()
{
    // The example with five inputs written as ranges (triangular, PERT, log-normal).
    const QString ranged = QFINDTESTDATA("data/customer-service-ranged.fulcrum.json");
    QVERIFY(!ranged.isEmpty());
    const QStringList args {u"compute"_s, ranged, u"--samples"_s, u"20000"_s, u"--seed"_s, u"42"_s};
    const Run r = run(args);
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QCOMPARE(r.err, QString());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(run(args).out, r.out); // the same seed, the same bytes

    const QJsonObject u = QJsonDocument::fromJson(r.out).object().value(u"uncertainty"_s).toObject();
    QCOMPARE(u.value(u"samples"_s).toInt(), 20000);
    QCOMPARE(u.value(u"inputs"_s).toArray().size(), 6); // five ranges and the accuracy posterior
    const double pBudget = u.value(u"p_within_budget"_s).toDouble();
    QVERIFY2(pBudget > 0 && pBudget < 1, qPrintable(QString::number(pBudget)));
    const QJsonObject latency = u.value(u"latency_total_s"_s).toObject();
    QVERIFY(latency.value(u"p50"_s).toDouble() < latency.value(u"p90"_s).toDouble());
    QVERIFY(latency.value(u"p90"_s).toDouble() < latency.value(u"p99"_s).toDouble());
    const QJsonArray sensitivity = u.value(u"sensitivity"_s).toArray();
    QCOMPARE(sensitivity.size(), 6);
    QCOMPARE(sensitivity.first().toObject().value(u"input"_s).toString(), u"economics.value_per_success"_s);
}

void TestCliEndToEnd::computeWithSamplesSamplesModelPricesAndSpeeds()
{
    // The example with its own GPT-4.1 entry's standard output price triangular 7–8–11 and
    // its output speed log-normal (median 89, p10 40 tokens/s).
    const QString ranged = QFINDTESTDATA("data/customer-service-model-ranges.fulcrum.json");
    QVERIFY(!ranged.isEmpty());
    const Run point = run({u"compute"_s, ranged});
    const Run example = run({u"compute"_s, ExamplePath});
    QCOMPARE(point.exitCode, 0);
    const QJsonObject pointJson = QJsonDocument::fromJson(point.out).object();
    // Point results use the likely price and the median speed: the example's own figures.
    QCOMPARE(pointJson.value(u"cost"_s).toObject().value(u"per_month"_s).toDouble(),
             QJsonDocument::fromJson(example.out).object().value(u"cost"_s).toObject().value(u"per_month"_s).toDouble());

    const QStringList args {u"compute"_s, ranged, u"--samples"_s, u"20000"_s, u"--seed"_s, u"7"_s};
    const Run r = run(args);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    QCOMPARE(run(args).out, r.out);
    const QJsonObject u = QJsonDocument::fromJson(r.out).object().value(u"uncertainty"_s).toObject();
    const QJsonArray inputs = u.value(u"inputs"_s).toArray();
    QCOMPARE(inputs.size(), 3);
    QCOMPARE(inputs.at(1).toString(), u"models[0].prices_per_mtok.standard.output"_s);
    QCOMPARE(inputs.at(2).toString(), u"models[0].latency.output_tokens_per_s"_s);
    const QJsonObject cost = u.value(u"cost_per_month"_s).toObject();
    QVERIFY(cost.value(u"p5"_s).toDouble() < cost.value(u"p95"_s).toDouble());
    const QJsonObject latency = u.value(u"latency_total_s"_s).toObject();
    FULCRUM_VERIFY_NEAR(latency.value(u"p50"_s).toDouble(),
                        pointJson.value(u"latency"_s).toObject().value(u"total_s"_s).toDouble(), 0.01);
    QVERIFY(latency.value(u"p5"_s).toDouble() < latency.value(u"p95"_s).toDouble());
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

void TestCliEndToEnd::reportInEachLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("script"); // letters only that language writes
    QTest::addColumn<QString>("breakEven"); // the worked example's 81.8 % in the language's numbers
    QTest::addColumn<QString>("catalogDate"); // the catalog's 2026-07-24 in the language's dates
    QTest::newRow("en") << u"en"_s << u"Break-even"_s << u"81.8"_s << u"7/24/2026"_s;
    QTest::newRow("ru") << u"ru"_s << u"\\p{Cyrillic}{4,}"_s << u"81,8"_s << u"24.07.2026"_s;
    QTest::newRow("zh_CN") << u"zh_CN"_s << u"\\p{Han}{2,}"_s << u"81.8"_s << u"2026/7/24"_s;
}

void TestCliEndToEnd::reportInEachLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QString, script);
    QFETCH(QString, breakEven);
    QFETCH(QString, catalogDate);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"report.pdf"_s);
    const Run r = run({u"report"_s, ExamplePath, u"-o"_s, pdf, u"--lang"_s, lang});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));

    QProcess text;
    text.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    QVERIFY(text.waitForFinished(30000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(words.contains(QRegularExpression(script)), qPrintable(words.left(400)));
    QVERIFY2(words.contains(breakEven), qPrintable(words.left(400)));
    // The catalog's date (title block, footer, the prices' as_of) in the language's form.
    QVERIFY2(words.contains(catalogDate), qPrintable(words.left(1500)));
    // The headings are translated, not only the dates.
    QCOMPARE(words.contains(u"Latency figures used"_s), lang == u"en"_s);
    QCOMPARE(words.contains(u"Rate-limit headroom"_s), lang == u"en"_s);

    // Every font embedded: the text renders as written on any machine.
    QProcess fonts;
    fonts.start(u"pdffonts"_s, {pdf});
    QVERIFY(fonts.waitForFinished(30000));
    const QStringList lines = QString::fromUtf8(fonts.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 2);
    for (const QString &line : lines.mid(2)) {
        const QStringList columns = line.split(u' ', Qt::SkipEmptyParts);
        QVERIFY(columns.size() >= 7);
        QVERIFY2(columns[columns.size() - 5] == u"yes"_s, qPrintable(line));
    }
}

void TestCliEndToEnd::bytesThatAreNotUtf8()
{
    // A Latin-1 CSV's model name and a bare Cyrillic word in a scenario reach the JSON output
    // (model names, the parser's detail): written with U+FFFD, never a crash.
    QTemporaryDir dir;
    const QString csv = dir.filePath(u"latin1.csv"_s);
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::WriteOnly));
    csvFile.write("model,input_tokens,output_tokens,ttft_s,total_s\ncaf\xe9,100,50,0.3,1.2\ncaf\xe9,120,60,0.35,1.4\n");
    csvFile.close();
    const Run calibrate = run({u"calibrate"_s, csv, u"--json"_s});
    QCOMPARE(calibrate.exitStatus, QProcess::NormalExit);
    QCOMPARE(calibrate.exitCode, 0);
    QJsonParseError parsed;
    QJsonDocument::fromJson(calibrate.out, &parsed);
    QVERIFY2(parsed.error == QJsonParseError::NoError, calibrate.out.constData());
    QVERIFY2(calibrate.out.contains("caf\xef\xbf\xbd"), calibrate.out.constData()); // "caf" + U+FFFD

    const QString scenario = dir.filePath(u"cyrillic.fulcrum.json"_s);
    QFile scenarioFile(scenario);
    QVERIFY(scenarioFile.open(QIODevice::WriteOnly));
    scenarioFile.write("{\"a\": \xd0\xb4\xd0\xb0}");
    scenarioFile.close();
    const Run compute = run({u"compute"_s, scenario});
    QCOMPARE(compute.exitStatus, QProcess::NormalExit);
    QCOMPARE(compute.exitCode, 1);
    const QJsonDocument errors = QJsonDocument::fromJson(compute.out, &parsed);
    QVERIFY2(parsed.error == QJsonParseError::NoError, compute.out.constData());
    const QJsonObject first = errors[u"errors"_s][0].toObject();
    QCOMPARE(first[u"code"_s].toString(), u"not_json"_s);
    QCOMPARE(first[u"params"_s][u"found"_s].toString(), u"да"_s);
    QVERIFY2(compute.err.contains(u"“да” cannot stand there"_s), qPrintable(compute.err));
}

void TestCliEndToEnd::messagesInTheChosenLanguage()
{
    const Run russian = run({u"--lang"_s, u"ru"_s, u"compute"_s, u"/nonexistent/missing.fulcrum.json"_s});
    QCOMPARE(russian.exitCode, 1);
    QVERIFY2(russian.err.contains(QRegularExpression(u"\\p{Cyrillic}{4,}"_s)), qPrintable(russian.err));
    const Run chineseHelp = run({u"--help"_s, u"--lang"_s, u"zh-CN"_s});
    QCOMPARE(chineseHelp.exitCode, 0);
    QVERIFY2(QString::fromUtf8(chineseHelp.out).contains(QRegularExpression(u"\\p{Han}{2,}"_s)), chineseHelp.out.constData());
    const Run english = run({u"compute"_s, u"/nonexistent/missing.fulcrum.json"_s});
    QVERIFY(!english.err.contains(QRegularExpression(u"\\p{Cyrillic}|\\p{Han}"_s)));
    // A file's errors in the chosen language too: no English parser detail, no JSON jargon.
    const Run notJson = run({u"--lang"_s, u"ru"_s, u"compute"_s, dataPath(u"bad/not-json.fulcrum.json"_s)});
    QCOMPARE(notJson.exitCode, 1);
    QVERIFY2(notJson.err.contains(u"недопустимый JSON в строке 5, столбце 12: здесь не может стоять «\"currency\"»"_s),
             qPrintable(notJson.err));
    QVERIFY2(!notJson.err.contains(u"syntax error"_s), qPrintable(notJson.err));
    const Run wrongType = run({u"--lang"_s, u"zh_CN"_s, u"compute"_s, dataPath(u"bad/wrong-types.fulcrum.json"_s)});
    QCOMPARE(wrongType.exitCode, 1);
    QVERIFY2(wrongType.err.contains(u"必须是数字，实际为字符串"_s), qPrintable(wrongType.err));
    const Run englishType = run({u"compute"_s, dataPath(u"bad/wrong-types.fulcrum.json"_s)});
    QVERIFY2(englishType.err.contains(u"must be a number, got a string"_s), qPrintable(englishType.err));
    const Run bad = run({u"--lang"_s, u"fr"_s, u"compute"_s, ExamplePath});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(u"--lang takes ru, zh_CN or en, got fr"_s), qPrintable(bad.err));
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
    QVERIFY(r.out.contains("fulcrum report FILE -o OUT.pdf"));
    QVERIFY(r.out.contains("fulcrum export FILE"));
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
    QTest::newRow("calibrate without a log") << QStringList {u"calibrate"_s};
    QTest::newRow("calibrate --json only") << QStringList {u"calibrate"_s, u"--json"_s};
    QTest::newRow("holdout of 1.5") << QStringList {u"calibrate"_s, u"x.csv"_s, u"--holdout"_s, u"1.5"_s};
    QTest::newRow("holdout not a number") << QStringList {u"calibrate"_s, u"x.csv"_s, u"--holdout"_s, u"half"_s};
    QTest::newRow("holdout without a value") << QStringList {u"calibrate"_s, u"x.csv"_s, u"--holdout"_s};
    QTest::newRow("export without an output") << QStringList {u"export"_s, ExamplePath};
    QTest::newRow("export without a file") << QStringList {u"export"_s, u"--results"_s, u"r.json"_s};
    QTest::newRow("export with two outputs on stdout")
        << QStringList {u"export"_s, ExamplePath, u"--results"_s, u"-"_s, u"--projection"_s, u"-"_s};
    QTest::newRow("export of two outputs into one file")
        << QStringList {u"export"_s, ExamplePath, u"--results"_s, u"x.out"_s, u"--projection"_s, u"./x.out"_s};
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

namespace {

QString llmperf(const QString &name)
{
    return QStringLiteral(FULCRUM_SHARED_DATA_DIR "/llmperf/") + name + u"_individual_responses.json"_s;
}

QJsonObject modelNamed(const QJsonArray &models, const QString &name)
{
    for (const QJsonValue &m : models) {
        if (m.toObject().value(u"model"_s).toString() == name)
            return m.toObject();
    }
    return {};
}

} // namespace

void TestCliEndToEnd::calibrateCountsAFileNamedTwiceOnce()
{
    const QString groq = llmperf(u"groq_70b"_s);
    const Run r = run({u"calibrate"_s, groq, groq, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(u"named more than once; its runs are counted once"_s), qPrintable(r.err));
    const QJsonArray models = QJsonDocument::fromJson(r.out).object().value(u"models"_s).toArray();
    QCOMPARE(models.size(), 1);
    QCOMPARE(modelNamed(models, u"groq_70b"_s).value(u"n"_s).toInt(), 150);
}

void TestCliEndToEnd::calibrateLlmperfJson()
{
    const Run r = run({u"calibrate"_s, llmperf(u"groq_70b"_s), llmperf(u"lepton_7b"_s), u"--json"_s});
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QCOMPARE(r.err, QString());
    QCOMPARE(r.exitCode, 0);
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(r.out, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const QJsonArray models = json.value(u"models"_s).toArray();
    QCOMPARE(models.size(), 2);

    // The figures computed from the file directly (see tst_calibration): median TTFT, and
    // 1 / the median and 90th percentile of (end_to_end − ttft) / (output − 1).
    const QJsonObject groq = modelNamed(models, u"groq_70b"_s);
    QCOMPARE(groq.value(u"n"_s).toInt(), 150);
    QCOMPARE(groq.value(u"errors_skipped"_s).toInt(), 0);
    QVERIFY(qAbs(groq.value(u"ttft_s"_s).toDouble() - 0.2218883791938424) < 1e-12);
    QCOMPARE(groq.value(u"ttft_s_per_input_token"_s).toDouble(), 0.0);
    QVERIFY(qAbs(groq.value(u"output_tokens_per_s"_s).toDouble() - 267.2164013266578) < 1e-9);
    QVERIFY(qAbs(groq.value(u"output_tokens_per_s_slowest"_s).toDouble() - 231.16883199885203) < 1e-9);
    for (const QString &key : {u"e2e_p50_s"_s, u"e2e_p90_s"_s, u"mape"_s})
        QVERIFY2(groq.value(key).isDouble(), qPrintable(key));
    // llmperf's individual file is undated; the summary beside it says 1704851704 (UTC).
    QCOMPARE(groq.value(u"as_of"_s).toString(), u"2024-01-10"_s);

    const QJsonObject lepton = modelNamed(models, u"lepton_7b"_s);
    QCOMPARE(lepton.value(u"n"_s).toInt(), 20);
    QCOMPARE(lepton.value(u"errors_skipped"_s).toInt(), 130);

    const QJsonArray files = json.value(u"files"_s).toArray();
    QCOMPARE(files.size(), 2);
    QCOMPARE(files[1].toObject().value(u"format"_s).toString(), u"llmperf"_s);
    QCOMPARE(files[1].toObject().value(u"failed"_s).toInt(), 130);
}

void TestCliEndToEnd::calibrateTable()
{
    const Run r = run({u"calibrate"_s, llmperf(u"together_70b"_s)});
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out);
    for (const QString &column : {u"model"_s, u"n"_s, u"errors_skipped"_s, u"ttft_s"_s, u"ttft_s_per_input_token"_s,
                                  u"output_tokens_per_s"_s, u"output_tokens_per_s_slowest"_s, u"e2e_p50_s"_s,
                                  u"e2e_p90_s"_s, u"mape"_s})
        QVERIFY2(out.section(u'\n', 0, 0).split(u' ', Qt::SkipEmptyParts).contains(column), qPrintable(out));
    // together_70b: 150 runs, median TTFT 0.635 s, 86.9 tokens/s typical, 71.8 slowest.
    const QStringList row = out.section(u'\n', 1, 1).split(u' ', Qt::SkipEmptyParts);
    QCOMPARE(row.value(0), u"together_70b"_s);
    QCOMPARE(row.value(1), u"150"_s);
    QCOMPARE(row.value(3), u"0.635"_s);
    QCOMPARE(row.value(5), u"86.9"_s);
    QCOMPARE(row.value(6), u"71.8"_s);
    QVERIFY2(out.contains(u"note: together_70b: every run has the same input length"_s), qPrintable(out));
}

void TestCliEndToEnd::calibrateHoldout()
{
    const Run r = run({u"calibrate"_s, llmperf(u"groq_70b"_s), u"--holdout"_s, u"0.2"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject groq = QJsonDocument::fromJson(r.out).object().value(u"models"_s).toArray()[0].toObject();
    // Every 5th of 150 runs is held out.
    QCOMPARE(groq.value(u"n"_s).toInt(), 120);
    QCOMPARE(groq.value(u"held_out"_s).toInt(), 30);
    QCOMPARE(groq.value(u"holdout"_s).toObject().value(u"n"_s).toInt(), 30);
    QVERIFY(groq.value(u"holdout"_s).toObject().value(u"mape"_s).isDouble());
}

void TestCliEndToEnd::calibrateVllmAndCsv()
{
    const QString dir = QFINDTESTDATA("data/latency");
    QVERIFY(!dir.isEmpty());
    const Run r = run({u"calibrate"_s, dir + u"/vllm-bench-serve.json"_s, dir + u"/hand-worked.csv"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray models = QJsonDocument::fromJson(r.out).object().value(u"models"_s).toArray();
    QCOMPARE(models.size(), 2);

    // vLLM: TTFT 0.2, 0.3, 0.4, 0.5 s at 100…400 input tokens is 0.1 s + 0.001 s a token;
    // ten gaps of 0.02 s each (50 tokens/s); the fifth request failed.
    const QJsonObject vllm = modelNamed(models, u"meta-llama/Llama-3.1-8B-Instruct"_s);
    QCOMPARE(vllm.value(u"n"_s).toInt(), 4);
    QCOMPARE(vllm.value(u"errors_skipped"_s).toInt(), 1);
    QVERIFY(qAbs(vllm.value(u"ttft_s"_s).toDouble() - 0.1) < 1e-9);
    QVERIFY(qAbs(vllm.value(u"ttft_s_per_input_token"_s).toDouble() - 0.001) < 1e-12);
    QVERIFY(qAbs(vllm.value(u"output_tokens_per_s"_s).toDouble() - 50) < 1e-6);
    QVERIFY(vllm.value(u"mape"_s).toDouble() < 1e-9);
    QCOMPARE(vllm.value(u"as_of"_s).toString(), u"2025-03-14"_s);

    // The CSV, worked in tst_calibration's qualityByHand: a = 0.2 s, 10 tokens/s, slowest
    // 1 / 0.18 s, errors 0.1, 0, 1.1 s → mape 0.1 / 1.1, p50 0.1 s, p90 0.9 s.
    const QJsonObject csv = modelNamed(models, u"m"_s);
    QCOMPARE(csv.value(u"n"_s).toInt(), 3);
    QVERIFY(qAbs(csv.value(u"ttft_s"_s).toDouble() - 0.2) < 1e-12);
    QVERIFY(qAbs(csv.value(u"output_tokens_per_s_slowest"_s).toDouble() - 1 / 0.18) < 1e-9);
    QVERIFY(qAbs(csv.value(u"mape"_s).toDouble() - 0.1 / 1.1) < 1e-12);
    QVERIFY(qAbs(csv.value(u"e2e_p50_s"_s).toDouble() - 0.1) < 1e-12);
    QVERIFY(qAbs(csv.value(u"e2e_p90_s"_s).toDouble() - 0.9) < 1e-12);
}

void TestCliEndToEnd::badLatencyLog_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message"); ///< after "fulcrum: FILE: "

    QTest::newRow("bad number") << u"bad-row.latency.csv"_s
                                << u"line 4, column 4 (ttft_s): \"abc\" is not a number"_s;
    QTest::newRow("short row") << u"short-row.latency.csv"_s << u"line 3, column 4 (ttft_s): the value is missing"_s;
    QTest::newRow("missing column") << u"missing-column.latency.csv"_s
                                    << u"line 1: the header has no \"output_tokens\" column"_s;
    // The comma between the two records is missing: the second "{" is on line 4, column 3.
    QTest::newRow("not JSON") << u"not-json_individual_responses.json"_s << u"not valid JSON at line 4, column 3"_s;
    QTest::newRow("wrong type") << u"wrong-type_individual_responses.json"_s
                                << u"[1].ttft_s: must be a number, got a string (the record starting on line 3)"_s;
    QTest::newRow("missing file") << u"missing.csv"_s << u"cannot read the file: "_s;
}

void TestCliEndToEnd::badLatencyLog()
{
    QFETCH(QString, file);
    QFETCH(QString, message);

    const QString path = badFile(file);
    const Run r = run({u"calibrate"_s, path});
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    const QString expected = u"fulcrum: "_s + path + u": "_s + message;
    QVERIFY2(r.err.contains(expected), qPrintable(u"expected \"%1\" in:\n%2"_s.arg(expected, r.err)));
}

} // namespace fulcrum

QTEST_GUILESS_MAIN(fulcrum::TestCliEndToEnd)

#include "tst_cli_e2e.moc"
