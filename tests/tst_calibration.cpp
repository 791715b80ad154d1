#include <cmath>
#include <fstream>
#include <sstream>
#include <string>

#include <QtTest>

#include "tests/testsupport.h"

#include "models/calibration.h"
#include "models/catalog.h"
#include "models/latencylog.h"

// Expected values are worked out by hand in the comments, or (for the shared llmperf runs)
// computed from the files independently of the importer: with Python's json module and
// the same linear-interpolation percentile, the figures the rows quote.

namespace fulcrum {

namespace {

std::string readText(const QString &path)
{
    std::ifstream file(path.toStdString(), std::ios::binary);
    std::stringstream text;
    text << file.rdbuf();
    return text.str();
}

QString llmperfPath(const QString &name)
{
    return QStringLiteral(FULCRUM_SHARED_DATA_DIR "/llmperf/") + name + QStringLiteral("_individual_responses.json");
}

LatencyLog importOk(const std::string &text, const std::string &name = "log.csv")
{
    LatencyLogLoad load = importLatencyLog(text, name);
    if (!load.log) {
        for (const Diagnostic &d : load.errors)
            qWarning("%s %s %s", d.path.c_str(), d.code.c_str(), d.params.dump().c_str());
    }
    return load.log.value_or(LatencyLog {});
}

/// A deterministic log of runs that follow TTFT = a + b × input and a constant time
/// between tokens, with optional symmetric noise that leaves the medians unchanged.
std::string syntheticCsv(double a, double b, double tokensPerS, double noise, int rows)
{
    std::string csv = "model,input_tokens,output_tokens,ttft_s,total_s,note\n";
    for (int i = 0; i < rows; ++i) {
        const double input = 100 + (i * 7919) % 8000;  // 100 … 8099, spread out
        const double output = 20 + (i * 104729) % 900;  // 20 … 919
        // Noise is +noise, −noise, 0 in turn: symmetric, so medians stay exact.
        const double wobble = (i % 3 == 0 ? 1 : i % 3 == 1 ? -1 : 0) * noise;
        const double ttft = (a + b * input) * (1 + wobble);
        const double total = ttft + (output - 1) / tokensPerS * (1 - wobble);
        char line[160];
        std::snprintf(line, sizeof line, "synthetic,%g,%g,%.9f,%.9f,x\n", input, output, ttft, total);
        csv += line;
    }
    return csv;
}

} // namespace

class TestCalibration : public QObject
{
    Q_OBJECT

private slots:
    void percentile_data();
    void percentile();

    void csvImport();
    void badCsv_data();
    void badCsv();
    void badJson_data();
    void badJson();
    void badRecordSaysItsLine();
    void vllmImport();
    void llmperfSummaryDate();

    void llmperfFiles_data();
    void llmperfFiles();
    void syntheticRecovery_data();
    void syntheticRecovery();
    void nonNegativeFit_data();
    void nonNegativeFit();
    void holdout();
    void qualityByHand();
    void zeroTimeBetweenTokensIsNamed();
    void severalLogsPool();
    void applyToScenario();
};

void TestCalibration::percentile_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("q");
    QTest::addColumn<double>("expected");

    QTest::newRow("median of odd count") << QList<double> {5, 1, 3} << 0.5 << 3.0;
    // Position 0.5 × 3 = 1.5 between sorted 2 and 3.
    QTest::newRow("median of even count") << QList<double> {4, 1, 3, 2} << 0.5 << 2.5;
    // Position 0.9 × 9 = 8.1: 9 + 0.1 × (10 − 9).
    QTest::newRow("p90 of 1..10") << QList<double> {10, 9, 8, 7, 6, 5, 4, 3, 2, 1} << 0.9 << 9.1;
    QTest::newRow("single value") << QList<double> {7} << 0.9 << 7.0;
    QTest::newRow("empty is 0") << QList<double> {} << 0.5 << 0.0;
}

void TestCalibration::percentile()
{
    QFETCH(QList<double>, values);
    QFETCH(double, q);
    QFETCH(double, expected);
    std::vector<double> v(values.begin(), values.end());
    FULCRUM_VERIFY_NEAR(fulcrum::percentile(v, q), expected, 1e-12);
}

void TestCalibration::csvImport()
{
    // A BOM, CRLF line ends, columns in another order, an extra column, a quoted model
    // with a comma, and a blank line.
    const std::string csv = "\xEF\xBB\xBFtotal_s,ttft_s,model,extra,input_tokens,output_tokens\r\n"
                            "2.5,0.5,\"gpt-4o, eu\",ignored,1000,101\r\n"
                            "\r\n"
                            "1.0,0.2,small,,10,9\r\n";
    const LatencyLogLoad load = importLatencyLog(csv, "/some/folder/runs.csv");
    QVERIFY(load.errors.empty());
    QVERIFY(load.log);
    const LatencyLog &log = *load.log;
    QCOMPARE(log.format, LatencyLogFormat::Csv);
    QCOMPARE(log.fileName, std::string("runs.csv"));
    QCOMPARE(log.models, (std::vector<std::string> {"gpt-4o, eu", "small"}));
    QCOMPARE(log.runs.size(), std::size_t(2));
    QCOMPARE(log.runs[0], (LatencyRun {0, 1000, 101, 0.5, 2.5, true}));
    QCOMPARE(log.runs[1], (LatencyRun {1, 10, 9, 0.2, 1.0, true}));
}

void TestCalibration::badCsv_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("field");

    const QString header = QStringLiteral("model,input_tokens,output_tokens,ttft_s,total_s\n");
    const QString good = QStringLiteral("m,100,10,0.1,0.5\n");
    QTest::newRow("header lacks total_s")
        << QStringLiteral("model,input_tokens,output_tokens,ttft_s\nm,1,2,3\n") << "csv_missing_column" << 1 << 0
        << "total_s";
    QTest::newRow("not a number on line 3") << header + good + QStringLiteral("m,100,ten,0.1,0.5\n")
                                            << "csv_not_a_number" << 3 << 3 << "output_tokens";
    QTest::newRow("trailing junk") << header + QStringLiteral("m,100,10,0.1s,0.5\n") << "csv_not_a_number" << 2 << 4
                                   << "ttft_s";
    QTest::newRow("infinity") << header + QStringLiteral("m,100,10,0.1,inf\n") << "csv_not_a_number" << 2 << 5
                              << "total_s";
    QTest::newRow("negative") << header + good + good + QStringLiteral("m,-4,10,0.1,0.5\n") << "csv_negative" << 4
                              << 2 << "input_tokens";
    QTest::newRow("too large") << header + QStringLiteral("m,1e300,10,0.1,0.5\n") << "csv_too_large" << 2 << 2
                               << "input_tokens";
    QTest::newRow("row too short") << header + QStringLiteral("m,100,10\n") << "csv_missing_field" << 2 << 4
                                   << "ttft_s";
    QTest::newRow("empty value") << header + QStringLiteral("m,100,,0.1,0.5\n") << "csv_not_a_number" << 2 << 3
                                 << "output_tokens";
    QTest::newRow("no model") << header + QStringLiteral(",100,10,0.1,0.5\n") << "csv_missing_field" << 2 << 1
                              << "model";
    QTest::newRow("ends before its first token")
        << header + QStringLiteral("m,100,10,0.9,0.5\n") << "csv_total_before_first_token" << 2 << 5 << "total_s";
    QTest::newRow("blank lines count") << header + QStringLiteral("\n\nm,1,1,x,1\n") << "csv_not_a_number" << 4 << 4
                                       << "ttft_s";
}

void TestCalibration::badCsv()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, field);

    const LatencyLogLoad load = importLatencyLog(text.toStdString(), "bad.csv");
    QVERIFY(!load.log);
    QVERIFY(!load.errors.empty());
    const Diagnostic &d = load.errors.front();
    QCOMPARE(QString::fromStdString(d.code), code);
    QCOMPARE(d.params.value("line", 0), line);
    if (column > 0)
        QCOMPARE(d.params.value("column", 0), column);
    QCOMPARE(QString::fromStdString(d.params.value("field", std::string())), field);
}

void TestCalibration::badJson_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line"); ///< of a syntax error; 0 when not one

    QTest::newRow("empty") << QStringLiteral("  \n ") << "" << "empty" << 0;
    // The second record misses its closing brace: the parser stops at "]" on line 3, column 1.
    QTest::newRow("llmperf syntax error")
        << QStringLiteral("[{\"ttft_s\": 1},\n{\"ttft_s\": 2\n]\n") << "" << "not_json" << 3;
    QTest::newRow("llmperf wrong type")
        << QStringLiteral("[{\"error_code\": null, \"ttft_s\": \"fast\", \"end_to_end_latency_s\": 2,"
                          " \"number_input_tokens\": 5, \"number_output_tokens\": 3}]")
        << "[0].ttft_s" << "wrong_type" << 0;
    QTest::newRow("llmperf missing field")
        << QStringLiteral("[{\"ttft_s\": 1, \"end_to_end_latency_s\": 2, \"number_input_tokens\": 5}]")
        << "[0].number_output_tokens" << "missing" << 0;
    QTest::newRow("llmperf number too large")
        << QStringLiteral("[{\"ttft_s\": 1, \"end_to_end_latency_s\": 1e300, \"number_input_tokens\": 5,"
                          " \"number_output_tokens\": 3}]")
        << "[0].end_to_end_latency_s" << "above_maximum" << 0;
    QTest::newRow("llmperf record not an object") << QStringLiteral("[3]") << "[0]" << "wrong_type" << 0;
    QTest::newRow("vllm arrays of different length")
        << QStringLiteral("{\"ttfts\": [0.1, 0.2], \"input_lens\": [5], \"output_lens\": [3, 3], \"itls\": [[], []]}")
        << "input_lens" << "length_mismatch" << 0;
    QTest::newRow("vllm gaps that sum to infinity")
        << QStringLiteral("{\"ttfts\": [0.1], \"input_lens\": [5], \"output_lens\": [3], \"itls\": [[1e308, 1e308]]}")
        << "itls[0]" << "above_maximum" << 0;
    QTest::newRow("vllm without itls or latencies")
        << QStringLiteral("{\"ttfts\": [0.1], \"input_lens\": [5], \"output_lens\": [3]}") << "itls" << "missing"
        << 0;
    QTest::newRow("an object that is no log") << QStringLiteral("{\"format\": \"fulcrum-scenario\"}") << ""
                                               << "unknown_log_format" << 0;
}

void TestCalibration::badJson()
{
    QFETCH(QString, text);
    QFETCH(QString, path);
    QFETCH(QString, code);
    QFETCH(int, line);

    const LatencyLogLoad load = importLatencyLog(text.toStdString(), "bad.json");
    QVERIFY(!load.log);
    QVERIFY(!load.errors.empty());
    QCOMPARE(QString::fromStdString(load.errors.front().path), path);
    QCOMPARE(QString::fromStdString(load.errors.front().code), code);
    if (line > 0)
        QCOMPARE(load.errors.front().params.value("line", 0), line);
}

void TestCalibration::badRecordSaysItsLine()
{
    // Record [2] starts on line 5 (a string holding "[{," must not confuse the count).
    const std::string text = "[\n"
                             "  {\"error_code\": 429, \"error_msg\": \"[{,\\\"\"},\n"
                             "  {\"ttft_s\": 0.1, \"end_to_end_latency_s\": 1, \"number_input_tokens\": 5,\n"
                             "   \"number_output_tokens\": 3},\n"
                             "  {\"ttft_s\": -1, \"end_to_end_latency_s\": 1, \"number_input_tokens\": 5,\n"
                             "   \"number_output_tokens\": 3}\n"
                             "]\n";
    const LatencyLogLoad load = importLatencyLog(text, "x_individual_responses.json");
    QVERIFY(!load.log);
    QCOMPARE(load.errors.size(), std::size_t(1));
    QCOMPARE(load.errors[0].path, std::string("[2].ttft_s"));
    QCOMPARE(load.errors[0].code, std::string("negative"));
    QCOMPARE(load.errors[0].params.value("at_line", 0), 5);
}

void TestCalibration::vllmImport()
{
    // Request 0: TTFT 0.5 s, then 3 gaps of 0.1 s → 0.8 s. Request 1 failed.
    const std::string withItls = R"({"date": "20250314-101500", "model_id": "meta-llama/Llama-3.1-8B",
        "input_lens": [200, 300], "output_lens": [4, 0], "ttfts": [0.5, 0.0],
        "itls": [[0.1, 0.1, 0.1], []], "errors": ["", "Bad Gateway"]})";
    LatencyLog log = importOk(withItls, "vllm.json");
    QCOMPARE(log.format, LatencyLogFormat::Vllm);
    QCOMPARE(log.runDate, std::string("2025-03-14"));
    QCOMPARE(log.models, std::vector<std::string> {"meta-llama/Llama-3.1-8B"});
    QCOMPARE(log.runs.size(), std::size_t(2));
    QCOMPARE(log.failedRuns(), std::size_t(1));
    QCOMPARE(log.runs[0].inputTokens, 200.0);
    QCOMPARE(log.runs[0].outputTokens, 4.0);
    FULCRUM_VERIFY_NEAR(log.runs[0].totalS, 0.8, 1e-12);

    // With "latencies" the end-to-end time is taken as measured; no model_id: the file's stem.
    const std::string withLatencies = R"({"input_lens": [200], "output_lens": [4], "ttfts": [0.5],
        "latencies": [0.9], "itls": [[0.1]]})";
    log = importOk(withLatencies, "dir/run-a.json");
    QCOMPARE(log.models, std::vector<std::string> {"run-a"});
    QCOMPARE(log.runDate, std::string());
    QCOMPARE(log.runs[0].totalS, 0.9);
}

void TestCalibration::llmperfSummaryDate()
{
    // 1704851704 s = 19732 days (2024-01-10) + 6,904 s.
    QCOMPARE(fulcrum::llmperfSummaryDate(R"({"timestamp": 1704851704})"), std::string("2024-01-10"));
    QCOMPARE(fulcrum::llmperfSummaryDate(R"({"no": 1})"), std::string());
    // Out of any sane range (and beyond what a 64-bit count of seconds holds): no date.
    QCOMPARE(fulcrum::llmperfSummaryDate(R"({"timestamp": 1e300})"), std::string());
    QCOMPARE(fulcrum::llmperfSummaryDate(R"({"timestamp": -1e18})"), std::string());
    QCOMPARE(fulcrum::llmperfSummaryDate(R"({"timestamp": 4102444800})"), std::string());
    QCOMPARE(llmperfSummaryName("groq_70b_individual_responses.json"), std::string("groq_70b_summary.json"));
    QCOMPARE(llmperfSummaryName("runs.csv"), std::string());
    const std::string summary = readText(QStringLiteral(FULCRUM_SHARED_DATA_DIR "/llmperf/groq_70b_summary.json"));
    QCOMPARE(fulcrum::llmperfSummaryDate(summary), std::string("2024-01-10"));
}

void TestCalibration::llmperfFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("failed");
    QTest::addColumn<double>("medianTtftS");
    QTest::addColumn<double>("tokensPerS");
    QTest::addColumn<double>("slowestTokensPerS");

    // Every run has 550 input tokens, so b = 0 and a is the median TTFT. Speed = 1 / median
    // of (end_to_end − ttft) / (output − 1); slowest = 1 / its 90th percentile.
    QTest::newRow("groq") << "groq_70b" << 150 << 0 << 0.2218883791938424 << 267.2164013266578 << 231.16883199885203;
    QTest::newRow("together") << "together_70b" << 150 << 0 << 0.6352748079999628 << 86.86724495429964
                              << 71.7646465777565;
    // 130 of 150 requests failed with HTTP 429.
    QTest::newRow("lepton") << "lepton_7b" << 20 << 130 << 1.130960661500012 << 49.720918341596324
                            << 45.23716091523107;
    // 49 requests flagged by llmperf ("Output too few tokens"): counted and skipped.
    QTest::newRow("bedrock") << "bedrock_70b" << 101 << 49 << 0.38771994699891366 << 22.79526259242341
                             << 21.067190346909104;
}

void TestCalibration::llmperfFiles()
{
    QFETCH(QString, name);
    QFETCH(int, n);
    QFETCH(int, failed);
    QFETCH(double, medianTtftS);
    QFETCH(double, tokensPerS);
    QFETCH(double, slowestTokensPerS);

    const QString path = llmperfPath(name);
    QVERIFY2(QFile::exists(path), qPrintable(path));
    const LatencyLogLoad load = importLatencyLog(readText(path), path.toStdString());
    QVERIFY(load.errors.empty());
    QCOMPARE(load.log->format, LatencyLogFormat::Llmperf);
    QCOMPARE(load.log->models, std::vector<std::string> {name.toStdString()});
    QCOMPARE(static_cast<int>(load.log->failedRuns()), failed);

    const Calibration c = calibrate({*load.log});
    QVERIFY(c.errors.empty());
    QCOMPARE(c.fits.size(), std::size_t(1));
    const LatencyFit &fit = c.fits.front();
    QCOMPARE(static_cast<int>(fit.n), n);
    QCOMPARE(static_cast<int>(fit.errorsSkipped), failed);
    QVERIFY(!fit.inputVaries);
    QCOMPARE(fit.ttftSPerInputToken, 0.0);
    FULCRUM_VERIFY_NEAR(fit.ttftS, medianTtftS, 1e-12);
    QVERIFY(fit.outputTokensPerS && fit.outputTokensPerSSlowest);
    FULCRUM_VERIFY_NEAR(*fit.outputTokensPerS, tokensPerS, 1e-9);
    FULCRUM_VERIFY_NEAR(*fit.outputTokensPerSSlowest, slowestTokensPerS, 1e-9);
    QCOMPARE(fit.fit.n, fit.n);
    QVERIFY(fit.fit.mape >= 0 && fit.fit.mape < 0.2);
    QVERIFY(fit.fit.absErrorP50S <= fit.fit.absErrorP90S);
    const bool saysConstant = std::any_of(c.warnings.begin(), c.warnings.end(),
                                          [](const Diagnostic &d) { return d.code == "input_constant"; });
    QVERIFY(saysConstant);
}

void TestCalibration::syntheticRecovery_data()
{
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    QTest::addColumn<double>("tokensPerS");
    QTest::addColumn<double>("noise");

    QTest::newRow("exact: 0.3 s + 5000 tok/s prefill, 80 tok/s") << 0.3 << 1 / 5000.0 << 80.0 << 0.0;
    QTest::newRow("±3 % noise") << 0.3 << 1 / 5000.0 << 80.0 << 0.03;
    // Noise in proportion to a TTFT of up to 9 s blurs the slope a little, and the intercept
    // absorbs that times the inputs (an intercept of 0.05 s comes back 1.2 % low): 0.2 s.
    QTest::newRow("slow prefill, fast decode, ±5 %") << 0.2 << 1 / 900.0 << 250.0 << 0.05;
}

void TestCalibration::syntheticRecovery()
{
    QFETCH(double, a);
    QFETCH(double, b);
    QFETCH(double, tokensPerS);
    QFETCH(double, noise);

    const LatencyLog log = importOk(syntheticCsv(a, b, tokensPerS, noise, 3000));
    QCOMPARE(log.runs.size(), std::size_t(3000));
    const Calibration c = calibrate({log});
    QCOMPARE(c.fits.size(), std::size_t(1));
    const LatencyFit &fit = c.fits.front();
    QVERIFY(fit.inputVaries);
    FULCRUM_VERIFY_NEAR(fit.ttftS / a, 1.0, 0.01);
    FULCRUM_VERIFY_NEAR(fit.ttftSPerInputToken / b, 1.0, 0.01);
    FULCRUM_VERIFY_NEAR(*fit.outputTokensPerS / tokensPerS, 1.0, 0.01);
    if (noise == 0) {
        FULCRUM_VERIFY_NEAR(fit.ttftSLeastSquares / a, 1.0, 1e-6);
        QVERIFY(fit.fit.mape < 1e-6);
    }
    const std::optional<LatencyProfile> profile = latencyProfileOf(fit);
    QVERIFY(profile);
    FULCRUM_VERIFY_NEAR(*profile->prefillTokensPerS * b, 1.0, 0.01);
}

void TestCalibration::nonNegativeFit_data()
{
    QTest::addColumn<QString>("csv");
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    QTest::addColumn<bool>("inputVaries");

    const QString header = QStringLiteral("model,input_tokens,output_tokens,ttft_s,total_s\n");
    // TTFT falls as input grows (slope −0.001): b is clamped at 0 and a is the median TTFT.
    QTest::newRow("negative slope: b = 0")
        << header + QStringLiteral("m,100,1,0.9,0.9\nm,200,1,0.8,0.8\nm,300,1,0.7,0.7\n") << 0.8 << 0.0 << true;
    // TTFT = −0.1 + 0.001 × input would need a < 0: the line through the origin instead,
    // b = Σxy / Σx² = (200·0.1 + 300·0.2 + 400·0.3) / (200² + 300² + 400²) = 200 / 290000;
    // a = median of (0.1 − 200b, 0.2 − 300b, 0.3 − 400b) = median(−0.0379, −0.0069, 0.0241)
    // = −0.0069, clamped at 0.
    QTest::newRow("negative intercept: a = 0")
        << header + QStringLiteral("m,200,1,0.1,0.1\nm,300,1,0.2,0.2\nm,400,1,0.3,0.3\n") << 0.0 << 200.0 / 290000
        << true;
    // Constant input: b = 0, a = median(0.1, 0.5, 0.2) = 0.2 (the mean would be 0.2667).
    QTest::newRow("constant input: median")
        << header + QStringLiteral("m,500,1,0.1,0.1\nm,500,1,0.5,0.5\nm,500,1,0.2,0.2\n") << 0.2 << 0.0 << false;
    // Exact line 0.2 + 0.001 × input.
    QTest::newRow("exact line")
        << header + QStringLiteral("m,100,1,0.3,0.3\nm,300,1,0.5,0.5\nm,600,1,0.8,0.8\n") << 0.2 << 0.001 << true;
}

void TestCalibration::nonNegativeFit()
{
    QFETCH(QString, csv);
    QFETCH(double, a);
    QFETCH(double, b);
    QFETCH(bool, inputVaries);

    const Calibration c = calibrate({importOk(csv.toStdString())});
    const LatencyFit &fit = c.fits.front();
    QCOMPARE(fit.inputVaries, inputVaries);
    FULCRUM_VERIFY_NEAR(fit.ttftS, a, 1e-9);
    FULCRUM_VERIFY_NEAR(fit.ttftSPerInputToken, b, 1e-12);
    QVERIFY(fit.ttftSLeastSquares >= 0 && fit.ttftSPerInputToken >= 0);
    // Every run has one output token: no time between tokens, so no speed.
    QVERIFY(!fit.outputTokensPerS);
    QVERIFY(!fit.usable());
}

void TestCalibration::holdout()
{
    // 10 runs, F = 0.2: runs 4 and 9 (0-based) are held out, as floor((i+1)·0.2) steps up
    // there. Held-out runs are 10× slower; the fit must not see them.
    std::string csv = "model,input_tokens,output_tokens,ttft_s,total_s\n";
    for (int i = 0; i < 10; ++i)
        csv += (i == 4 || i == 9) ? "m,100,11,1.0,11.0\n" : "m,100,11,0.1,1.1\n";
    const LatencyLog log = importOk(csv);
    const Calibration c = calibrate({log}, {.holdoutFraction = 0.2, .keepPoints = true});
    const LatencyFit &fit = c.fits.front();
    QCOMPARE(fit.n, std::size_t(8));
    QCOMPARE(fit.heldOut, std::size_t(2));
    FULCRUM_VERIFY_NEAR(fit.ttftS, 0.1, 1e-12);
    FULCRUM_VERIFY_NEAR(*fit.outputTokensPerS, 10.0, 1e-9); // (1.1 − 0.1) / 10 = 0.1 s a gap
    QCOMPARE(fit.fit.mape, 0.0);
    QVERIFY(fit.holdout);
    QCOMPARE(fit.holdout->n, std::size_t(2));
    // Predicted 1.1 s against measured 11 s: |1.1 − 11| / 11 = 0.9.
    FULCRUM_VERIFY_NEAR(fit.holdout->mape, 0.9, 1e-12);
    FULCRUM_VERIFY_NEAR(fit.holdout->absErrorP50S, 9.9, 1e-12);
    QCOMPARE(fit.points.size(), std::size_t(10));
    QCOMPARE(std::count_if(fit.points.begin(), fit.points.end(), [](const CalibrationPoint &p) { return p.heldOut; }),
             2);

    QCOMPARE(calibrate({log}, {.holdoutFraction = 1.0}).errors.front().code, std::string("holdout_out_of_range"));
    QCOMPARE(calibrate({log}, {.holdoutFraction = -0.1}).errors.front().code, std::string("holdout_out_of_range"));
}

void TestCalibration::qualityByHand()
{
    // Three runs, constant input 100, 11 output tokens. TTFTs 0.1, 0.2, 0.3 → a = 0.2.
    // Gaps (total − ttft) / 10: 0.1, 0.1, 0.2 → median 0.1 (10 tok/s), p90 at position 1.8:
    // 0.1 + 0.8 × 0.1 = 0.18 (5.556 tok/s). Predicted end to end: 0.2 + 10 × 0.1 = 1.2 s.
    // Measured 1.1, 1.2, 2.3 → |errors| 0.1, 0, 1.1; relative 0.0909, 0, 0.4783;
    // mape = median = 0.0909; p50 = 0.1; p90 at 1.8: 0.1 + 0.8 × 1.0 = 0.9.
    const std::string csv = "model,input_tokens,output_tokens,ttft_s,total_s\n"
                            "m,100,11,0.1,1.1\nm,100,11,0.2,1.2\nm,100,11,0.3,2.3\n";
    const LatencyFit fit = calibrate({importOk(csv)}).fits.front();
    FULCRUM_VERIFY_NEAR(fit.ttftS, 0.2, 1e-12);
    FULCRUM_VERIFY_NEAR(*fit.outputTokensPerS, 10.0, 1e-9);
    FULCRUM_VERIFY_NEAR(*fit.outputTokensPerSSlowest, 1 / 0.18, 1e-9);
    FULCRUM_VERIFY_NEAR(fit.predictTotalS(100, 11), 1.2, 1e-12);
    FULCRUM_VERIFY_NEAR(fit.fit.mape, 0.1 / 1.1, 1e-12);
    FULCRUM_VERIFY_NEAR(fit.fit.absErrorP50S, 0.1, 1e-12);
    FULCRUM_VERIFY_NEAR(fit.fit.absErrorP90S, 0.9, 1e-12);
}

void TestCalibration::zeroTimeBetweenTokensIsNamed()
{
    // Most runs end with their first token (not streamed): gaps exist but their median is 0.
    const std::string csv = "model,input_tokens,output_tokens,ttft_s,total_s\n"
                            "m,100,11,1.0,1.0\nm,100,11,1.2,1.2\nm,100,11,0.3,2.3\n";
    const Calibration c = calibrate({importOk(csv)});
    QVERIFY(std::any_of(c.warnings.begin(), c.warnings.end(),
                        [](const Diagnostic &d) { return d.code == "zero_time_between_tokens"; }));
    QVERIFY(std::none_of(c.warnings.begin(), c.warnings.end(),
                         [](const Diagnostic &d) { return d.code == "no_speed_runs"; }));
    QVERIFY(!c.fits.front().outputTokensPerS);
    QVERIFY(!c.fits.front().outputTokensPerSSlowest); // no slowest without a typical speed
}

void TestCalibration::severalLogsPool()
{
    LatencyLog first = importOk("model,input_tokens,output_tokens,ttft_s,total_s\na,10,2,0.1,0.2\nb,10,2,0.5,1\n",
                                "first.csv");
    first.runDate = "2025-01-02";
    LatencyLog second = importOk("model,input_tokens,output_tokens,ttft_s,total_s\na,10,2,0.3,0.4\n", "second.csv");
    second.runDate = "2025-02-01";
    const Calibration c = calibrate({first, second});
    QCOMPARE(c.fits.size(), std::size_t(2));
    QCOMPARE(c.fits[0].model, std::string("a"));
    QCOMPARE(c.fits[0].n, std::size_t(2));
    QCOMPARE(c.fits[0].sources, (std::vector<std::string> {"first.csv", "second.csv"}));
    QCOMPARE(c.fits[0].asOf, std::string("2025-02-01"));
    FULCRUM_VERIFY_NEAR(c.fits[0].ttftS, 0.2, 1e-12);
    QCOMPARE(c.fits[1].sources, std::vector<std::string> {"first.csv"});
    QCOMPARE(c.fits[1].asOf, std::string("2025-01-02"));

    const Json json = calibrationToJson(c, {first, second});
    QCOMPARE(json["models"].size(), std::size_t(2));
    for (const char *key : {"n", "errors_skipped", "ttft_s", "ttft_s_per_input_token", "output_tokens_per_s",
                            "output_tokens_per_s_slowest", "e2e_p50_s", "e2e_p90_s", "mape"})
        QVERIFY2(json["models"][0].contains(key), key);
    QCOMPARE(json["files"][1]["run_date"].get<std::string>(), std::string("2025-02-01"));
}

void TestCalibration::applyToScenario()
{
    ModelEntry entry;
    entry.id = "gpt-4o";
    entry.latency = LatencyProfile {.ttftS = 0.5, .outputTokensPerS = 50, .asOf = "2026-01-01", .source = "x"};
    entry.latency->extra["note"] = "kept";
    const Catalog catalog({entry});

    LatencyFit fit;
    fit.model = "my-endpoint";
    fit.n = 10;
    fit.ttftS = 0.25;
    fit.ttftSPerInputToken = 1 / 4000.0;
    fit.outputTokensPerS = 90;
    fit.outputTokensPerSSlowest = 60;
    fit.sources = {"a.csv", "b.json"};

    Scenario s;
    const auto applied = withCalibratedLatency(s, catalog, "gpt-4o", fit, "2025-05-05");
    QVERIFY(applied);
    QCOMPARE(applied->models.size(), std::size_t(1));
    const LatencyProfile &l = *applied->models[0].latency;
    QCOMPARE(l.ttftS, 0.25);
    FULCRUM_VERIFY_NEAR(*l.prefillTokensPerS, 4000.0, 1e-9);
    QCOMPARE(l.outputTokensPerS, 90.0);
    QCOMPARE(*l.outputTokensPerSSlowest, 60.0);
    QCOMPARE(l.source, std::string("a.csv, b.json"));
    QCOMPARE(l.asOf, std::string("2025-05-05")); // the fit knows no date: the fallback
    QCOMPARE(l.extra["note"].get<std::string>(), std::string("kept"));

    // Applying again edits the same override instead of adding one; the run date wins.
    fit.asOf = "2025-06-01";
    fit.ttftSPerInputToken = 0; // no input dependence: no prefill speed
    const auto again = withCalibratedLatency(*applied, catalog, "gpt-4o", fit, "2025-05-05");
    QCOMPARE(again->models.size(), std::size_t(1));
    QVERIFY(!again->models[0].latency->prefillTokensPerS);
    QCOMPARE(again->models[0].latency->asOf, std::string("2025-06-01"));

    // A slope of rounding noise would be a prefill speed beyond any valid input: none.
    fit.ttftSPerInputToken = 1e-15;
    QVERIFY(!latencyProfileOf(fit)->prefillTokensPerS);

    QVERIFY(!withCalibratedLatency(s, catalog, "unknown-model", fit));
    fit.outputTokensPerS.reset();
    QVERIFY(!withCalibratedLatency(s, catalog, "gpt-4o", fit));
}

} // namespace fulcrum

QTEST_APPLESS_MAIN(fulcrum::TestCalibration)
#include "tst_calibration.moc"
