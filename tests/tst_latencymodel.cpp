#include <algorithm>
#include <cmath>
#include <optional>

#include <QtTest>

#include "tests/testsupport.h"

#include "models/latencymodel.h"

// Every expected value below is worked out by hand in the comment next to its row.

Q_DECLARE_METATYPE(std::optional<double>)

namespace fulcrum {

namespace {

const std::optional<double> Unknown;

} // namespace

class TestLatencyModel : public QObject
{
    Q_OBJECT

private slots:
    void callLatency_data();
    void callLatency();
    void affordableOutputTokens_data();
    void affordableOutputTokens();
};

void TestLatencyModel::callLatency_data()
{
    QTest::addColumn<double>("networkS");
    QTest::addColumn<double>("queueS");
    QTest::addColumn<double>("ttftS");
    QTest::addColumn<std::optional<double>>("prefillTokensPerS");
    QTest::addColumn<double>("outputTokensPerS");
    QTest::addColumn<std::optional<double>>("slowestTokensPerS");
    QTest::addColumn<double>("prefillTokens");
    QTest::addColumn<double>("reasoningTokens");
    QTest::addColumn<double>("outputTokens");
    QTest::addColumn<double>("prefillS");
    QTest::addColumn<double>("firstTokenS");
    QTest::addColumn<double>("firstTokenSlowestS");
    QTest::addColumn<double>("totalS");
    QTest::addColumn<double>("totalSlowestS");

    // Profile for most rows: TTFT 0.2 s, prefill 5000 tok/s, 50 tok/s typical, 20 slowest;
    // network 0.2 s.
    const std::optional<double> prefill5000 = 5000.0;
    const std::optional<double> slowest20 = 20.0;

    // 0.2 + 0.2 = 0.4 everywhere.
    QTest::newRow("network and TTFT only")
        << 0.2 << 0.0 << 0.2 << prefill5000 << 50.0 << slowest20 << 0.0 << 0.0 << 0.0
        << 0.0 << 0.4 << 0.4 << 0.4 << 0.4;
    // prefill 2500 / 5000 = 0.5; first = 0.4 + 0.5 = 0.9 = total.
    QTest::newRow("prefill tokens over prefill speed")
        << 0.2 << 0.0 << 0.2 << prefill5000 << 50.0 << slowest20 << 2500.0 << 0.0 << 0.0
        << 0.5 << 0.9 << 0.9 << 0.9 << 0.9;
    // output 100 / 50 = 2 → total 2.4; slowest 100 / 20 = 5 → 5.4.
    QTest::newRow("output at typical and slowest speed")
        << 0.2 << 0.0 << 0.2 << prefill5000 << 50.0 << slowest20 << 0.0 << 0.0 << 100.0
        << 0.0 << 0.4 << 0.4 << 2.4 << 5.4;
    // reasoning 100 / 50 = 2 before the first token: 2.4 (slowest 100 / 20 = 5: 5.4);
    // then output 50 / 50 = 1 → 3.4 (slowest 50 / 20 = 2.5 → 7.9).
    QTest::newRow("reasoning comes before the first token")
        << 0.2 << 0.0 << 0.2 << prefill5000 << 50.0 << slowest20 << 0.0 << 100.0 << 50.0
        << 0.0 << 2.4 << 5.4 << 3.4 << 7.9;
    // Unknown prefill speed: the 2500 tokens add 0; 0.4 + 100 / 50 = 2.4; slowest 0.4 + 5 = 5.4.
    QTest::newRow("no prefill speed: prefill 0")
        << 0.2 << 0.0 << 0.2 << Unknown << 50.0 << slowest20 << 2500.0 << 0.0 << 100.0
        << 0.0 << 0.4 << 0.4 << 2.4 << 5.4;
    // Unknown slowest speed: the typical 50 tok/s; 0.4 + 2 = 2.4 both ways.
    QTest::newRow("no slowest speed: typical")
        << 0.2 << 0.0 << 0.2 << prefill5000 << 50.0 << Unknown << 0.0 << 0.0 << 100.0
        << 0.0 << 0.4 << 0.4 << 2.4 << 2.4;
    // Batch: 86,400 + 0.2 + 0.2 + 2500 / 5000 = 86,400.9; + 100 / 50 = 86,402.9;
    // slowest + 100 / 20 = 86,405.9.
    QTest::newRow("batch queue of a day")
        << 0.2 << 86400.0 << 0.2 << prefill5000 << 50.0 << slowest20 << 2500.0 << 0.0 << 100.0
        << 0.5 << 86400.9 << 86400.9 << 86402.9 << 86405.9;
    // network 0.15, flex queue 60, TTFT 0.35, prefill 10,000 / 4000 = 2.5,
    // reasoning 200 / 80 = 2.5 (slowest 200 / 40 = 5), output 400 / 80 = 5 (slowest 10):
    // first 0.15 + 60 + 0.35 + 2.5 + 2.5 = 65.5; slowest 63 + 5 = 68;
    // total 65.5 + 5 = 70.5; slowest 68 + 10 = 78.
    QTest::newRow("every part at once")
        << 0.15 << 60.0 << 0.35 << std::optional<double>(4000.0) << 80.0
        << std::optional<double>(40.0) << 10000.0 << 200.0 << 400.0
        << 2.5 << 65.5 << 68.0 << 70.5 << 78.0;
}

void TestLatencyModel::callLatency()
{
    QFETCH(double, networkS);
    QFETCH(double, queueS);
    QFETCH(double, ttftS);
    QFETCH(std::optional<double>, prefillTokensPerS);
    QFETCH(double, outputTokensPerS);
    QFETCH(std::optional<double>, slowestTokensPerS);
    QFETCH(double, prefillTokens);
    QFETCH(double, reasoningTokens);
    QFETCH(double, outputTokens);
    QFETCH(double, prefillS);
    QFETCH(double, firstTokenS);
    QFETCH(double, firstTokenSlowestS);
    QFETCH(double, totalS);
    QFETCH(double, totalSlowestS);

    LatencyProfile profile;
    profile.ttftS = ttftS;
    profile.prefillTokensPerS = prefillTokensPerS;
    profile.outputTokensPerS = outputTokensPerS;
    profile.outputTokensPerSSlowest = slowestTokensPerS;

    const CallLatency l = fulcrum::callLatency(networkS, queueS, profile, prefillTokens,
                                               reasoningTokens, outputTokens);
    QCOMPARE(l.networkS, networkS);
    QCOMPARE(l.queueS, queueS);
    QCOMPARE(l.ttftS, ttftS);
    FULCRUM_VERIFY_NEAR(l.prefillS, prefillS, 1e-12);
    FULCRUM_VERIFY_NEAR(l.firstTokenS(), firstTokenS, 1e-12);
    FULCRUM_VERIFY_NEAR(l.firstTokenSlowestS(), firstTokenSlowestS, 1e-12);
    FULCRUM_VERIFY_NEAR(l.totalS(), totalS, 1e-12);
    FULCRUM_VERIFY_NEAR(l.totalSlowestS(), totalSlowestS, 1e-12);
}

void TestLatencyModel::affordableOutputTokens_data()
{
    QTest::addColumn<double>("budgetS");
    QTest::addColumn<double>("firstTokenS");
    QTest::addColumn<double>("outputTokensPerS");
    QTest::addColumn<double>("expected");

    // (3 − 0.4) × 50 = 2.6 × 50 = 130.
    QTest::newRow("budget left after the first token") << 3.0 << 0.4 << 50.0 << 130.0;
    // (10 − 0) × 60 = 600.
    QTest::newRow("whole budget") << 10.0 << 0.0 << 60.0 << 600.0;
    // (1.5 − 0.25) × 20 = 1.25 × 20 = 25.
    QTest::newRow("slow model") << 1.5 << 0.25 << 20.0 << 25.0;
    // (3 − 3) × 50 = 0.
    QTest::newRow("first token uses the whole budget") << 3.0 << 3.0 << 50.0 << 0.0;
    // (3 − 4) × 50 = −50, floored at 0.
    QTest::newRow("over budget before any output") << 3.0 << 4.0 << 50.0 << 0.0;
    // (3 − 86,400.9) × 50 < 0, floored at 0.
    QTest::newRow("batch queue affords nothing") << 3.0 << 86400.9 << 50.0 << 0.0;
}

void TestLatencyModel::affordableOutputTokens()
{
    QFETCH(double, budgetS);
    QFETCH(double, firstTokenS);
    QFETCH(double, outputTokensPerS);
    QFETCH(double, expected);

    const double tokens = fulcrum::affordableOutputTokens(budgetS, firstTokenS, outputTokensPerS);
    FULCRUM_VERIFY_NEAR(tokens, expected, 1e-12);
    QVERIFY2(tokens >= 0.0, testsupport::mismatch("tokens", tokens, expected).constData());
}

} // namespace fulcrum

QTEST_APPLESS_MAIN(fulcrum::TestLatencyModel)

#include "tst_latencymodel.moc"
