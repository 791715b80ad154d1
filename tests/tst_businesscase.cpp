#include <algorithm>
#include <cmath>

#include <QtTest>

#include "tests/testsupport.h"

#include "models/businesscase.h"

// Every expected value below is worked out by hand in the comment next to its row, or taken
// from a published table (cited where used).

namespace fulcrum {

class TestBusinessCase : public QObject
{
    Q_OBJECT

private slots:
    void failureCost_data();
    void failureCost();
    void breakEvenAccuracy_data();
    void breakEvenAccuracy();
    void netPerCase_data();
    void netPerCase();
    void workedExample_data();
    void workedExample();
    void wilsonInterval_data();
    void wilsonInterval();
    void regularizedIncompleteBeta_data();
    void regularizedIncompleteBeta();
    void probabilityAbove_data();
    void probabilityAbove();
};

void TestBusinessCase::failureCost_data()
{
    QTest::addColumn<double>("escalation");
    QTest::addColumn<double>("churnRate");
    QTest::addColumn<double>("churnCost");
    QTest::addColumn<double>("expected");

    // F = E + q·L = 40 + 0.05 × 1000 = 40 + 50 = 90.
    QTest::newRow("worked example") << 40.0 << 0.05 << 1000.0 << 90.0;
    // No churn: F = E = 25.
    QTest::newRow("escalation only") << 25.0 << 0.0 << 1000.0 << 25.0;
    // No escalation: 0 + 0.1 × 300 = 30.
    QTest::newRow("churn only") << 0.0 << 0.1 << 300.0 << 30.0;
}

void TestBusinessCase::failureCost()
{
    QFETCH(double, escalation);
    QFETCH(double, churnRate);
    QFETCH(double, churnCost);
    QFETCH(double, expected);

    FULCRUM_VERIFY_NEAR(fulcrum::failureCost(escalation, churnRate, churnCost), expected, 1e-12);
}

void TestBusinessCase::breakEvenAccuracy_data()
{
    QTest::addColumn<double>("valuePerSuccess");
    QTest::addColumn<double>("failureCost");
    QTest::addColumn<double>("llmCost");
    QTest::addColumn<double>("expected");

    // p* = (F + c) / (S + F) = 90 / 110 = 9 / 11 = 0.818181...
    QTest::newRow("worked example, c = 0") << 20.0 << 90.0 << 0.0 << 9.0 / 11.0;
    // (90 + 0.624) / 110 = 90.624 / 110 = 0.82385454...
    QTest::newRow("with the $0.624 call") << 20.0 << 90.0 << 0.624 << 90.624 / 110.0;
    // (90 + 2) / 110 = 92 / 110 = 0.836363...
    QTest::newRow("with $2 of LLM cost") << 20.0 << 90.0 << 2.0 << 92.0 / 110.0;
    // (90 + 20) / (10 + 90) = 110 / 100 = 1.1 > 1: never breaks even.
    QTest::newRow("never breaks even") << 10.0 << 90.0 << 20.0 << 1.1;
    // Failures cost nothing and the call is free: (0 + 0) / 100 = 0.
    QTest::newRow("free failures") << 100.0 << 0.0 << 0.0 << 0.0;
    // (10 + 10) / (10 + 10) = 1: only a perfect model breaks even.
    QTest::newRow("exactly 1") << 10.0 << 10.0 << 10.0 << 1.0;
}

void TestBusinessCase::breakEvenAccuracy()
{
    QFETCH(double, valuePerSuccess);
    QFETCH(double, failureCost);
    QFETCH(double, llmCost);
    QFETCH(double, expected);

    const double p = fulcrum::breakEvenAccuracy(valuePerSuccess, failureCost, llmCost);
    FULCRUM_VERIFY_NEAR(p, expected, 1e-12);
    // By definition a case nets zero at p*, whether or not p* is a reachable accuracy.
    const double net = fulcrum::netPerCase(p, valuePerSuccess, failureCost, llmCost);
    FULCRUM_VERIFY_NEAR(net, 0.0, 1e-12);
}

void TestBusinessCase::netPerCase_data()
{
    QTest::addColumn<double>("accuracy");
    QTest::addColumn<double>("valuePerSuccess");
    QTest::addColumn<double>("failureCost");
    QTest::addColumn<double>("llmCost");
    QTest::addColumn<double>("expected");

    // 0.9 × 20 − 0.1 × 90 = 18 − 9 = 9.
    QTest::newRow("90 %") << 0.9 << 20.0 << 90.0 << 0.0 << 9.0;
    // 0.66 × 20 − 0.34 × 90 = 13.2 − 30.6 = −17.4.
    QTest::newRow("66 %, the human team") << 0.66 << 20.0 << 90.0 << 0.0 << -17.4;
    // 9 − 0.624 = 8.376.
    QTest::newRow("90 % with the $0.624 call") << 0.9 << 20.0 << 90.0 << 0.624 << 8.376;
    // 1 × 20 − 0 − 0.5 = 19.5.
    QTest::newRow("perfect, minus the call") << 1.0 << 20.0 << 90.0 << 0.5 << 19.5;
    // 0 − 1 × 90 = −90.
    QTest::newRow("always wrong") << 0.0 << 20.0 << 90.0 << 0.0 << -90.0;
}

void TestBusinessCase::netPerCase()
{
    QFETCH(double, accuracy);
    QFETCH(double, valuePerSuccess);
    QFETCH(double, failureCost);
    QFETCH(double, llmCost);
    QFETCH(double, expected);

    FULCRUM_VERIFY_NEAR(fulcrum::netPerCase(accuracy, valuePerSuccess, failureCost, llmCost),
                        expected, 1e-12);
}

void TestBusinessCase::workedExample_data()
{
    // DESIGN.md's customer-service case: S = 20, E = 40, q = 5 %, L = 1000, c = 0, on
    // 100,000 cases; F = 90 and p* = 9/11.
    QTest::addColumn<double>("accuracy");
    QTest::addColumn<double>("netOnCases");
    QTest::addColumn<double>("margin");

    // 100,000 × 9 = 900,000; margin 0.9 − 9/11 = 9.9/11 − 9/11 = 0.9/11 = 0.0818181...
    QTest::newRow("90 % accuracy") << 0.9 << 900000.0 << 0.9 / 11.0;
    // 100,000 × −17.4 = −1,740,000; margin 0.66 − 9/11 = (7.26 − 9)/11 = −1.74/11 = −0.158181...
    QTest::newRow("66 %, as accurate as the human team") << 0.66 << -1740000.0 << -1.74 / 11.0;
    // At p* = 9/11 the case nets 0 and the margin is 0.
    QTest::newRow("at break-even") << 9.0 / 11.0 << 0.0 << 0.0;
}

void TestBusinessCase::workedExample()
{
    QFETCH(double, accuracy);
    QFETCH(double, netOnCases);
    QFETCH(double, margin);

    constexpr double Cases = 100000;
    const double f = fulcrum::failureCost(40, 0.05, 1000);
    const double pStar = fulcrum::breakEvenAccuracy(20, f, 0);
    FULCRUM_VERIFY_NEAR(f, 90.0, 1e-12);
    FULCRUM_VERIFY_NEAR(pStar, 0.8181818181818182, 1e-12);
    // Totals of terms near $2,000,000: rounding leaves ~1e-10 where the answer is 0, so
    // compare to a millionth of a dollar.
    const double net = Cases * fulcrum::netPerCase(accuracy, 20, f, 0);
    QVERIFY2(std::abs(net - netOnCases) < 1e-6, testsupport::mismatch("net", net, netOnCases).constData());
    FULCRUM_VERIFY_NEAR(accuracy - pStar, margin, 1e-12);
}

void TestBusinessCase::wilsonInterval_data()
{
    QTest::addColumn<double>("accuracy");
    QTest::addColumn<double>("n");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addColumn<double>("tolerance");

    // Published 95 % Wilson score intervals (no continuity correction) from Newcombe, R. G.
    // (1998), "Two-sided confidence intervals for the single proportion: comparison of seven
    // methods", Statistics in Medicine 17, 857–872, Table I; method after Wilson, E. B.
    // (1927), JASA 22, 209–212. Four decimals, so a tolerance of 1e-4.
    QTest::newRow("Newcombe 81/263") << 81.0 / 263.0 << 263.0 << 0.2553 << 0.3662 << 1e-4;
    QTest::newRow("Newcombe 15/148") << 15.0 / 148.0 << 148.0 << 0.0624 << 0.1605 << 1e-4;
    QTest::newRow("Newcombe 0/20") << 0.0 << 20.0 << 0.0 << 0.1611 << 1e-4;
    QTest::newRow("Newcombe 1/29") << 1.0 / 29.0 << 29.0 << 0.0061 << 0.1718 << 1e-4;

    // 8/10 by the closed form, z = 1.96, z² = 3.8416:
    //   denominator 1 + 3.8416/10 = 1.38416
    //   centre (0.8 + 3.8416/20) / 1.38416 = 0.99208 / 1.38416 = 0.716738
    //   half   1.96 / 1.38416 × √(0.8 × 0.2 / 10 + 3.8416/400) = 1.416021 × √0.025604
    //          = 1.416021 × 0.160012 = 0.226581
    //   → (0.490157, 0.943319), the often-quoted (0.490, 0.943).
    QTest::newRow("8 of 10") << 0.8 << 10.0 << 0.490157 << 0.943319 << 1e-3;

    // At p = 0 and p = 1 the closed form reduces exactly: with z² = Z95², the interval for
    // 0/n is (0, z²/(n + z²)) and for n/n it is (n/(n + z²), 1).
    const double z2 = Z95 * Z95;
    QTest::newRow("0 of 20, exact") << 0.0 << 20.0 << 0.0 << z2 / (20.0 + z2) << 1e-12;
    QTest::newRow("10 of 10, exact") << 1.0 << 10.0 << 10.0 / (10.0 + z2) << 1.0 << 1e-12;
    // No eval at all: everything is possible.
    QTest::newRow("n = 0") << 0.9 << 0.0 << 0.0 << 1.0 << 0.0;
}

void TestBusinessCase::wilsonInterval()
{
    QFETCH(double, accuracy);
    QFETCH(double, n);
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(double, tolerance);

    const Interval interval = fulcrum::wilsonInterval(accuracy, n);
    QVERIFY2(std::abs(interval.low - low) <= tolerance,
             testsupport::mismatch("low", interval.low, low).constData());
    QVERIFY2(std::abs(interval.high - high) <= tolerance,
             testsupport::mismatch("high", interval.high, high).constData());
    QVERIFY(interval.low >= 0.0);
    QVERIFY(interval.high <= 1.0);
    // The point estimate lies inside (up to rounding: 10/10's upper end is 1 − 1e-16).
    QVERIFY(interval.low <= accuracy + 1e-12 && accuracy <= interval.high + 1e-12);
}

void TestBusinessCase::regularizedIncompleteBeta_data()
{
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("expected");

    // Beta(1, 1) is uniform: I_x(1, 1) = x.
    QTest::newRow("I_0.3(1,1) = 0.3") << 1.0 << 1.0 << 0.3 << 0.3;
    QTest::newRow("I_0.75(1,1) = 0.75") << 1.0 << 1.0 << 0.75 << 0.75;
    // Density a·t^(a−1): I_x(a, 1) = x^a.
    QTest::newRow("I_0.5(3,1) = 0.125") << 3.0 << 1.0 << 0.5 << 0.125;
    QTest::newRow("I_0.9(2,1) = 0.81") << 2.0 << 1.0 << 0.9 << 0.81;
    QTest::newRow("I_0.8(5,1) = 0.32768") << 5.0 << 1.0 << 0.8 << 0.32768;
    // Density b·(1−t)^(b−1): I_x(1, b) = 1 − (1 − x)^b. 1 − 0.5³ = 0.875; 1 − 0.8⁴ = 0.5904.
    QTest::newRow("I_0.5(1,3) = 0.875") << 1.0 << 3.0 << 0.5 << 0.875;
    QTest::newRow("I_0.2(1,4) = 0.5904") << 1.0 << 4.0 << 0.2 << 0.5904;
    // Symmetric Beta(a, a): half the mass below 0.5.
    QTest::newRow("I_0.5(2,2) = 0.5") << 2.0 << 2.0 << 0.5 << 0.5;
    QTest::newRow("I_0.5(7.5,7.5) = 0.5") << 7.5 << 7.5 << 0.5 << 0.5;
    QTest::newRow("I_0.5(50,50) = 0.5") << 50.0 << 50.0 << 0.5 << 0.5;
    // Beta(2, 2): density 6t(1 − t), so I_x = 3x² − 2x³; x = 0.25: 3/16 − 2/64 = 0.15625.
    QTest::newRow("I_0.25(2,2) = 0.15625") << 2.0 << 2.0 << 0.25 << 0.15625;
    // Beta(2, 3): B(2,3) = 1!·2!/4! = 1/12, density 12t(1 − t)²;
    // I_x = 12(x²/2 − 2x³/3 + x⁴/4) = 6x² − 8x³ + 3x⁴.
    // x = 0.2: 0.24 − 0.064 + 0.0048 = 0.1808.
    QTest::newRow("I_0.2(2,3) = 0.1808") << 2.0 << 3.0 << 0.2 << 0.1808;
    // x = 0.5: 1.5 − 1 + 0.1875 = 0.6875.
    QTest::newRow("I_0.5(2,3) = 0.6875") << 2.0 << 3.0 << 0.5 << 0.6875;
    // x = 0.9: 4.86 − 5.832 + 1.9683 = 0.9963.
    QTest::newRow("I_0.9(2,3) = 0.9963") << 2.0 << 3.0 << 0.9 << 0.9963;
    // Symmetry I_x(a, b) = 1 − I_(1−x)(b, a): I_0.5(3, 2) = 1 − 0.6875 = 0.3125.
    QTest::newRow("I_0.5(3,2) = 0.3125") << 3.0 << 2.0 << 0.5 << 0.3125;
    // Integers: I_p(k, n − k + 1) = P(Binomial(n, p) ≥ k).
    // n = 10, p = 0.3, k = 3: 1 − [0.7¹⁰ + 10·0.3·0.7⁹ + 45·0.09·0.7⁸]
    //   = 1 − [0.0282475249 + 0.121060821 + 0.2334744405] = 1 − 0.3827827864 = 0.6172172136.
    QTest::newRow("I_0.3(3,8), binomial tail") << 3.0 << 8.0 << 0.3 << 0.6172172136;
    // n = 10, p = 0.8, k = 9: 10·0.8⁹·0.2 + 0.8¹⁰ = 0.8⁹ × (2 + 0.8) = 0.134217728 × 2.8
    //   = 0.3758096384. (x above (a + 1)/(a + b + 2): the symmetric branch.)
    QTest::newRow("I_0.8(9,2), binomial tail") << 9.0 << 2.0 << 0.8 << 0.3758096384;
    // Beta(1/2, 1/2) is the arcsine law: I_x = (2/π)·asin(√x); x = 1/4: (2/π)(π/6) = 1/3.
    QTest::newRow("I_0.25(0.5,0.5) = 1/3") << 0.5 << 0.5 << 0.25 << 1.0 / 3.0;
    // The ends of the support.
    QTest::newRow("x = 0") << 2.0 << 3.0 << 0.0 << 0.0;
    QTest::newRow("x = 1") << 2.0 << 3.0 << 1.0 << 1.0;
}

void TestBusinessCase::regularizedIncompleteBeta()
{
    QFETCH(double, a);
    QFETCH(double, b);
    QFETCH(double, x);
    QFETCH(double, expected);

    FULCRUM_VERIFY_NEAR(fulcrum::regularizedIncompleteBeta(a, b, x), expected, 1e-10);
}

void TestBusinessCase::probabilityAbove_data()
{
    QTest::addColumn<double>("threshold");
    QTest::addColumn<double>("correct");
    QTest::addColumn<double>("n");
    QTest::addColumn<double>("expected");

    // No eval: posterior Beta(1, 1), uniform; P(p > t) = 1 − t.
    QTest::newRow("no eval, t = 0.25") << 0.25 << 0.0 << 0.0 << 0.75;
    // 1 − 9/11 = 2/11 = 0.181818...
    QTest::newRow("no eval, t = p*") << 9.0 / 11.0 << 0.0 << 0.0 << 2.0 / 11.0;
    // 1 of 1: Beta(2, 1), CDF x²; P(p > 0.5) = 1 − 0.25 = 0.75.
    QTest::newRow("1 of 1") << 0.5 << 1.0 << 1.0 << 0.75;
    // 0 of 1: Beta(1, 2), CDF 1 − (1 − x)²; P(p > 0.5) = 0.5² = 0.25.
    QTest::newRow("0 of 1") << 0.5 << 0.0 << 1.0 << 0.25;
    // 1 of 3: Beta(2, 3); P(p > 0.5) = 1 − I_0.5(2,3) = 1 − 0.6875 = 0.3125.
    QTest::newRow("1 of 3") << 0.5 << 1.0 << 3.0 << 0.3125;
    // 9 of 10: Beta(10, 2); I_x(10, 2) = P(Bin(11, x) ≥ 10) = 11x¹⁰(1 − x) + x¹¹ = x¹⁰(11 − 10x);
    // at 0.9: 0.3486784401 × 2 = 0.6973568802; P(p > 0.9) = 0.3026431198.
    QTest::newRow("9 of 10 above 0.9") << 0.9 << 9.0 << 10.0 << 0.3026431198;
    // 50 of 100: Beta(51, 51) is symmetric about 0.5.
    QTest::newRow("50 of 100 above 0.5") << 0.5 << 50.0 << 100.0 << 0.5;
    // 99 of 100: Beta(100, 2); I_x(100, 2) = x¹⁰⁰(101 − 100x) (as for 9 of 10);
    // P(p > 0.95) = 1 − 0.95¹⁰⁰ × (101 − 95) = 1 − 6 × 0.95¹⁰⁰ ≈ 0.96448.
    QTest::newRow("99 of 100 above 0.95")
        << 0.95 << 99.0 << 100.0 << 1.0 - 6.0 * std::pow(0.95, 100);
    // 0 of 1000: Beta(1, 1001); P(p > t) = (1 − t)¹⁰⁰¹; t = 0.001: 0.999¹⁰⁰¹ ≈ e^−1.0015 ≈ 0.36733.
    QTest::newRow("0 of 1000 above 0.001") << 0.001 << 0.0 << 1000.0 << std::pow(0.999, 1001);
    // Any posterior: certainly above 0, never above 1.
    QTest::newRow("threshold 0") << 0.0 << 7.0 << 10.0 << 1.0;
    QTest::newRow("threshold 1") << 1.0 << 7.0 << 10.0 << 0.0;
}

void TestBusinessCase::probabilityAbove()
{
    QFETCH(double, threshold);
    QFETCH(double, correct);
    QFETCH(double, n);
    QFETCH(double, expected);

    FULCRUM_VERIFY_NEAR(fulcrum::probabilityAbove(threshold, correct, n), expected, 1e-10);
}

} // namespace fulcrum

QTEST_APPLESS_MAIN(fulcrum::TestBusinessCase)

#include "tst_businesscase.moc"
