#include <QFile>
#include <QTest>

#include <algorithm>
#include <cmath>

#include "models/businesscase.h"
#include "models/catalogio.h"
#include "models/evaluate.h"
#include "models/scenarioio.h"
#include "models/scenariovalidation.h"
#include "models/uncertainty.h"
#include "testsupport.h"

Q_DECLARE_METATYPE(fulcrum::Distribution)

using namespace Qt::StringLiterals;

namespace fulcrum {

namespace {

std::string readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll().toStdString();
}

const Catalog &shippedCatalog()
{
    static const Catalog catalog =
        *catalogFromText(readText(QStringLiteral(FULCRUM_SOURCE_DIR "/resources/catalog/default-catalog.json")))
             .catalog;
    return catalog;
}

Scenario loadExample(const char *name)
{
    const ScenarioLoad load =
        scenarioFromText(readText(QStringLiteral(FULCRUM_SOURCE_DIR "/resources/examples/") + QLatin1String(name)));
    if (!load.scenario)
        qFatal("example %s does not load", name);
    return *load.scenario;
}

/// The bundled example, its eval sizes set to 0: no posterior, so no uncertain input at all.
Scenario withoutUncertainty(Scenario s)
{
    for (auto &[model, eval] : s.evals) {
        eval.evalSize = 0;
        eval.correct.reset();
    }
    return s;
}

Distribution triangular(double low, double likely, double high)
{
    Distribution d;
    d.kind = DistributionKind::Triangular;
    d.low = low;
    d.likely = likely;
    d.high = high;
    return d;
}

Distribution pert(double low, double likely, double high)
{
    Distribution d = triangular(low, likely, high);
    d.kind = DistributionKind::Pert;
    return d;
}

Distribution logNormal(double median, double p90)
{
    Distribution d;
    d.kind = DistributionKind::LogNormal;
    d.median = median;
    d.p90 = p90;
    return d;
}

/// The customer-service example with a few ranges, as a user would write them.
Scenario exampleWithRanges()
{
    Scenario s = loadExample("customer-service.fulcrum.json");
    s.economics.ranges["value_per_success"] = pert(15, 20, 30);
    s.workload.steps[1].ranges["output_tokens"] = logNormal(220, 420);
    s.workload.steps[1].ranges["dynamic_input_tokens"] = triangular(800, 1200, 2400);
    s.traffic.ranges["requests_per_day"] = triangular(60000, 100000, 150000);
    return s;
}

} // namespace

class TestUncertainty : public QObject
{
    Q_OBJECT

private slots:
    void noRangesGivesZeroSpreadAndThePointResults_data();
    void noRangesGivesZeroSpreadAndThePointResults();
    void rangesAtTheirPointValueKeepThePointResults();
    void sampleMeanConverges_data();
    void sampleMeanConverges();
    void logNormalMedianAndP90();
    void breakEvenProbabilityIsTheAnalyticCdf_data();
    void breakEvenProbabilityIsTheAnalyticCdf();
    void sameSeedSameOutputOnAnyThreadCount();
    void otherSeedOtherSamples();
    void betaPosteriorIntervalAgainstPublishedValue();
    void normalQuantileKnownValues();
    void sensitivityMatchesPointEvaluations();
    void mattersMostNamesOnlyInputsThatMoveTheFigure();
    void inputsOfTheExample();
    void modelRangesAreInputsOnlyWhereUsed_data();
    void modelRangesAreInputsOnlyWhereUsed();
    void triangularPriceMeanCost_data();
    void triangularPriceMeanCost();
    void logNormalSpeedMedianLatency();
    void modelRangesSameOnAnyThreadCount();
    void invalidScenarioGivesNothing();
    void cancelledRunGivesNothing();
    void jsonBlock();
};

void TestUncertainty::noRangesGivesZeroSpreadAndThePointResults_data()
{
    QTest::addColumn<QString>("example");
    QTest::newRow("customer service") << u"customer-service.fulcrum.json"_s;
    QTest::newRow("contract review") << u"contract-review.fulcrum.json"_s;
}

void TestUncertainty::noRangesGivesZeroSpreadAndThePointResults()
{
    QFETCH(QString, example);

    const Scenario s = withoutUncertainty(loadExample(qPrintable(example)));
    const Results point = evaluate(s, shippedCatalog());
    QVERIFY(point.valid());
    QVERIFY(uncertainInputs(s, shippedCatalog()).empty());

    const auto u = computeUncertainty(s, shippedCatalog(), {.samples = 5000, .seed = 3, .keepSamples = true});
    QVERIFY(u);
    QCOMPARE(u->samples, std::size_t(5000));
    QVERIFY(u->inputs.empty());
    QVERIFY(u->sensitivity.empty());
    // Every sample is evaluate()'s figure, to the last bit (the same functions, the same order).
    for (std::size_t i = 0; i < u->samples; ++i) {
        QVERIFY(u->netPerMonthSamples[i] == point.business.netPerMonth);
        QVERIFY(u->costPerMonthSamples[i] == point.cost.perMonth);
        QVERIFY(u->latencyTotalSamples[i] == point.latency.totalS);
    }
    for (const SampleSummary *summary : {&u->netPerMonth, &u->costPerMonth, &u->latencyTotalS}) {
        QVERIFY(summary->p5 == summary->p95);
        QVERIFY(summary->min == summary->max);
    }
    QVERIFY(u->netPerMonth.p50 == point.business.netPerMonth);
    QVERIFY(u->netPerMonth.mean == point.business.netPerMonth);
    QVERIFY(u->costPerMonth.mean == point.cost.perMonth);
    QVERIFY(u->costPerMonth.p50 == point.cost.perMonth);
    QVERIFY(u->latencyTotalS.p99 == point.latency.totalS);
    QCOMPARE(u->latencyKnown, point.latency.known);
    QCOMPARE(u->pBreakEven, point.business.breaksEven ? 1.0 : 0.0);
    QCOMPARE(u->pWithinBudget, point.latency.withinBudget ? 1.0 : 0.0);
    QCOMPARE(u->netPerMonthHistogram.counts.front(), std::size_t(5000));
}

void TestUncertainty::rangesAtTheirPointValueKeepThePointResults()
{
    // A range whose three values are equal is a point: sampling it changes nothing.
    Scenario s = withoutUncertainty(loadExample("customer-service.fulcrum.json"));
    const Results point = evaluate(s, shippedCatalog());
    s.economics.ranges["value_per_success"] = pert(20, 20, 20);
    s.workload.steps[1].ranges["output_tokens"] = triangular(220, 220, 220);
    s.workload.ranges["network_overhead_s"] = triangular(0.2, 0.2, 0.2);
    QVERIFY(evaluate(s, shippedCatalog()).valid());
    const auto u = computeUncertainty(s, shippedCatalog(), {.samples = 1000});
    QVERIFY(u);
    QCOMPARE(u->inputs.size(), std::size_t(3));
    QVERIFY(u->netPerMonth.p5 == point.business.netPerMonth);
    QVERIFY(u->netPerMonth.p95 == point.business.netPerMonth);
    QVERIFY(u->costPerMonth.p95 == point.cost.perMonth);
    QVERIFY(u->latencyTotalS.p5 == point.latency.totalS);
    QVERIFY(u->latencyTotalS.p99 == point.latency.totalS);
}

void TestUncertainty::sampleMeanConverges_data()
{
    QTest::addColumn<Distribution>("distribution");
    QTest::addColumn<double>("mean");
    QTest::addColumn<double>("sd");

    // Triangular: mean (a + b + c) / 3, variance (a² + b² + c² − ab − ac − bc) / 18.
    QTest::newRow("triangular") << triangular(1000, 5000, 30000) << 12000.0 << std::sqrt(741e6 / 18.0);
    QTest::newRow("triangular, mode at the low end")
        << triangular(0, 0, 9000) << 3000.0 << std::sqrt(81e6 / 18.0);
    // PERT: mean (a + 4m + c) / 6, variance (μ − a)(c − μ) / 7.
    QTest::newRow("pert") << pert(1000, 5000, 30000) << 51000.0 / 6.0
                          << std::sqrt((51000.0 / 6.0 - 1000) * (30000 - 51000.0 / 6.0) / 7.0);
}

void TestUncertainty::sampleMeanConverges()
{
    QFETCH(Distribution, distribution);
    QFETCH(double, mean);
    QFETCH(double, sd);

    // Net per month is linear in the fixed costs: net = base − fixed.
    Scenario s = withoutUncertainty(loadExample("customer-service.fulcrum.json"));
    s.economics.monthlyFixedCosts = 0;
    const double base = evaluate(s, shippedCatalog()).business.netPerMonth;
    s.economics.monthlyFixedCosts = distribution.pointValue();
    s.economics.ranges["monthly_fixed_costs"] = distribution;

    const std::size_t n = 200000;
    const auto u = computeUncertainty(s, shippedCatalog(), {.samples = n, .seed = 11});
    QVERIFY(u);
    const double sampleMean = base - u->netPerMonth.mean;
    const double standardError = sd / std::sqrt(double(n));
    QVERIFY2(std::abs(sampleMean - mean) < 4 * standardError,
             qPrintable(u"mean %1, expected %2 ± %3"_s.arg(sampleMean).arg(mean).arg(4 * standardError)));
    // The samples stay inside the range.
    QVERIFY(base - u->netPerMonth.max >= distribution.low - 1e-6);
    QVERIFY(base - u->netPerMonth.min <= distribution.high + 1e-6);
}

void TestUncertainty::logNormalMedianAndP90()
{
    // Fixed costs log-normal, median 5,000 and p90 12,000: net's P50 is base − 5,000, and
    // net's 10th percentile is base − 12,000 (read through the kept samples).
    Scenario s = withoutUncertainty(loadExample("customer-service.fulcrum.json"));
    s.economics.monthlyFixedCosts = 0;
    const double base = evaluate(s, shippedCatalog()).business.netPerMonth;
    s.economics.monthlyFixedCosts = 5000;
    s.economics.ranges["monthly_fixed_costs"] = logNormal(5000, 12000);
    const auto u = computeUncertainty(s, shippedCatalog(), {.samples = 200000, .seed = 5, .keepSamples = true});
    QVERIFY(u);
    FULCRUM_VERIFY_NEAR(base - u->netPerMonth.p50, 5000.0, 0.01);
    std::vector<double> fixed;
    for (double net : u->netPerMonthSamples)
        fixed.push_back(base - net);
    std::sort(fixed.begin(), fixed.end());
    FULCRUM_VERIFY_NEAR(fixed[std::size_t(0.9 * fixed.size())], 12000.0, 0.015);
    // The tornado's ends are the 5th and 95th percentiles: median · exp(∓1.645 σ).
    const double sigma = std::log(12000.0 / 5000.0) / 1.2815515655446004;
    QCOMPARE(u->sensitivity.size(), std::size_t(1));
    FULCRUM_VERIFY_NEAR(u->sensitivity[0].low, 5000 * std::exp(-1.6448536269514722 * sigma), 1e-12);
    FULCRUM_VERIFY_NEAR(u->sensitivity[0].high, 5000 * std::exp(1.6448536269514722 * sigma), 1e-12);
}

void TestUncertainty::breakEvenProbabilityIsTheAnalyticCdf_data()
{
    QTest::addColumn<bool>("posterior"); // else a triangular accuracy range
    QTest::newRow("triangular accuracy 0.75 / 0.85 / 0.95") << false;
    QTest::newRow("Beta posterior of 450 correct out of 500") << true;
}

void TestUncertainty::breakEvenProbabilityIsTheAnalyticCdf()
{
    QFETCH(bool, posterior);

    Scenario s = withoutUncertainty(loadExample("customer-service.fulcrum.json"));
    EvalResult &eval = s.evals.at("gpt-4.1");
    double expected = 0;
    const double pStar = evaluate(s, shippedCatalog()).business.breakEven;
    if (posterior) {
        eval.evalSize = 500; // accuracy 0.9: 450 correct, Beta(451, 51)
        expected = 1.0 - regularizedIncompleteBeta(451, 51, pStar);
        QCOMPARE(probabilityAbove(pStar, 450, 500), expected);
    } else {
        eval.ranges["accuracy"] = triangular(0.75, 0.85, 0.95);
        eval.accuracy = 0.85;
        QVERIFY(pStar > 0.75 && pStar < 0.85);
        // Triangular CDF below the mode: (x − a)² / ((c − a)(m − a)).
        expected = 1.0 - (pStar - 0.75) * (pStar - 0.75) / (0.2 * 0.1);
    }
    const std::size_t n = 200000;
    const auto u = computeUncertainty(s, shippedCatalog(), {.samples = n, .seed = 2026});
    QVERIFY(u);
    QCOMPARE(u->inputs.size(), std::size_t(1));
    // Only accuracy varies: p* is the same in every sample.
    const double standardError = std::sqrt(expected * (1 - expected) / double(n));
    QVERIFY2(std::abs(u->pBreakEven - expected) < 4 * standardError,
             qPrintable(u"P(break even) %1, analytic %2"_s.arg(u->pBreakEven).arg(expected)));
    QVERIFY(std::abs(u->pNetPositive - expected) < 4 * standardError); // no fixed costs: the same
}

void TestUncertainty::sameSeedSameOutputOnAnyThreadCount()
{
    const Scenario s = exampleWithRanges();
    UncertaintyOptions options {.samples = 50000, .seed = 42, .threads = 1, .keepSamples = true};
    const auto one = computeUncertainty(s, shippedCatalog(), options);
    options.threads = 2;
    const auto two = computeUncertainty(s, shippedCatalog(), options);
    options.threads = 3;
    const auto three = computeUncertainty(s, shippedCatalog(), options);
    QVERIFY(one && two && three);
    QCOMPARE(one->netPerMonthSamples.size(), std::size_t(50000));
    // Bit for bit: every sample, every summary, the JSON text.
    QVERIFY(*one == *two);
    QVERIFY(*one == *three);
    QCOMPARE(uncertaintyToJson(*one).dump(), uncertaintyToJson(*two).dump());
    QVERIFY(one->netPerMonth.p5 < one->netPerMonth.p50 && one->netPerMonth.p50 < one->netPerMonth.p95);
    QVERIFY(one->latencyTotalS.p50 < one->latencyTotalS.p90 && one->latencyTotalS.p90 < one->latencyTotalS.p99);
}

void TestUncertainty::otherSeedOtherSamples()
{
    const Scenario s = exampleWithRanges();
    const auto a = computeUncertainty(s, shippedCatalog(), {.samples = 10000, .seed = 1, .keepSamples = true});
    const auto b = computeUncertainty(s, shippedCatalog(), {.samples = 10000, .seed = 2, .keepSamples = true});
    QVERIFY(a && b);
    QVERIFY(a->netPerMonthSamples != b->netPerMonthSamples);
    // ... but the same distribution: the medians agree within a few percent.
    FULCRUM_VERIFY_NEAR(a->netPerMonth.p50 / b->netPerMonth.p50, 1.0, 0.03);
}

void TestUncertainty::betaPosteriorIntervalAgainstPublishedValue()
{
    // 450 correct of 500: posterior Beta(451, 51). Its central 95 % interval, computed
    // independently with mpmath 1.3.0 (betainc, 30 digits, root found by Anderson's method):
    // 0.870545511902789 … 0.923263139740286; and the 90 % interval 0.875379966729075 …
    // 0.919627436240875.
    FULCRUM_VERIFY_NEAR(betaQuantile(451, 51, 0.025), 0.870545511902789, 1e-12);
    FULCRUM_VERIFY_NEAR(betaQuantile(451, 51, 0.975), 0.923263139740286, 1e-12);
    FULCRUM_VERIFY_NEAR(betaQuantile(451, 51, 0.05), 0.875379966729075, 1e-12);
    FULCRUM_VERIFY_NEAR(betaQuantile(451, 51, 0.95), 0.919627436240875, 1e-12);

    // The sampler's draws of that posterior have its mean 451/502 and the same interval.
    Scenario s = withoutUncertainty(loadExample("customer-service.fulcrum.json"));
    s.evals.at("gpt-4.1").evalSize = 500;
    const auto u = computeUncertainty(s, shippedCatalog(), {.samples = 200000, .seed = 9});
    QVERIFY(u);
    QCOMPARE(u->sensitivity.size(), std::size_t(1));
    QCOMPARE(u->sensitivity[0].input, std::string("evals.gpt-4.1.accuracy"));
    QCOMPARE(u->sensitivity[0].dist, std::string("beta_posterior"));
    FULCRUM_VERIFY_NEAR(u->sensitivity[0].low, 0.875379966729075, 1e-12);
    FULCRUM_VERIFY_NEAR(u->sensitivity[0].high, 0.919627436240875, 1e-12);
    // Net is linear in p: net = cases · ((S + F)·p − F − c); its mean is at p = 451/502.
    Scenario atMean = s;
    atMean.evals.at("gpt-4.1").accuracy = 451.0 / 502.0;
    const double netAtMean = evaluate(atMean, shippedCatalog()).business.netPerMonth;
    const Results point = evaluate(s, shippedCatalog());
    const double slope = point.business.casesPerMonth * (20.0 + point.business.failureCost);
    const double sdP = std::sqrt(451.0 * 51.0 / (502.0 * 502.0 * 503.0));
    QVERIFY2(std::abs(u->netPerMonth.mean - netAtMean) < 4 * slope * sdP / std::sqrt(200000.0),
             qPrintable(u"%1 vs %2"_s.arg(u->netPerMonth.mean, 0, 'f', 0).arg(netAtMean, 0, 'f', 0)));
}

void TestUncertainty::normalQuantileKnownValues()
{
    FULCRUM_VERIFY_NEAR(normalQuantile(0.975), 1.959963984540054, 1e-14);
    FULCRUM_VERIFY_NEAR(normalQuantile(0.9), 1.2815515655446004, 1e-14);
    FULCRUM_VERIFY_NEAR(normalQuantile(0.05), -1.6448536269514722, 1e-14);
    FULCRUM_VERIFY_NEAR(normalQuantile(0.5), 0.0, 1e-15);
    FULCRUM_VERIFY_NEAR(normalQuantile(1e-10), -6.361340902404056, 1e-12);
}

void TestUncertainty::sensitivityMatchesPointEvaluations()
{
    const Scenario s = exampleWithRanges();
    const std::vector<SensitivityEntry> entries = sensitivity(s, shippedCatalog());
    QCOMPARE(entries.size(), std::size_t(5)); // four ranges and the accuracy posterior
    for (std::size_t i = 1; i < entries.size(); ++i)
        QVERIFY(entries[i - 1].netSwing() >= entries[i].netSwing());

    auto find = [&](const std::string &input) {
        const auto it = std::find_if(entries.begin(), entries.end(),
                                     [&](const SensitivityEntry &e) { return e.input == input; });
        if (it == entries.end())
            qFatal("no entry %s", input.c_str());
        return *it;
    };
    // Each end is evaluate() with that one input moved (the others at their point values).
    auto evaluatedWith = [&](auto change) {
        Scenario changed = s;
        change(changed);
        return evaluate(changed, shippedCatalog(), {.alternatives = false});
    };
    const SensitivityEntry value = find("economics.value_per_success");
    QCOMPARE(value.dist, std::string("pert"));
    QCOMPARE(value.low, 15.0);
    QCOMPARE(value.high, 30.0);
    const Results valueLow = evaluatedWith([](Scenario &c) { c.economics.valuePerSuccess = 15; });
    const Results valueHigh = evaluatedWith([](Scenario &c) { c.economics.valuePerSuccess = 30; });
    QVERIFY(value.netPerMonthLow == valueLow.business.netPerMonth);
    QVERIFY(value.netPerMonthHigh == valueHigh.business.netPerMonth);
    QVERIFY(*value.latencyLowS == *value.latencyHighS); // value does not change latency

    const SensitivityEntry tokens = find("workload.steps[1].output_tokens");
    QCOMPARE(tokens.dist, std::string("lognormal"));
    const Results tokensLow = evaluatedWith([&](Scenario &c) { c.workload.steps[1].outputTokens = tokens.low; });
    const Results tokensHigh = evaluatedWith([&](Scenario &c) { c.workload.steps[1].outputTokens = tokens.high; });
    QVERIFY(tokens.netPerMonthLow == tokensLow.business.netPerMonth);
    QVERIFY(tokens.netPerMonthHigh == tokensHigh.business.netPerMonth);
    QVERIFY(*tokens.latencyLowS == tokensLow.latency.totalS);
    QVERIFY(*tokens.latencyHighS == tokensHigh.latency.totalS);
    QVERIFY(*tokens.latencyHighS > *tokens.latencyLowS);

    const SensitivityEntry traffic = find("traffic.requests_per_day");
    const Results trafficHigh = evaluatedWith([](Scenario &c) { c.traffic.requestsPerDay = 150000; });
    QVERIFY(traffic.netPerMonthHigh == trafficHigh.business.netPerMonth);
    // The auto cache hit rate of step 1 rises with traffic, so latency moves too.
    QVERIFY(*traffic.latencyHighS == trafficHigh.latency.totalS);

    // The latency tornado: output tokens first, value and accuracy (no latency effect) last.
    const std::vector<SensitivityEntry> byLatency = sortedByLatencySwing(entries);
    QCOMPARE(byLatency.size(), entries.size());
    for (std::size_t i = 1; i < byLatency.size(); ++i)
        QVERIFY(byLatency[i - 1].latencySwing() >= byLatency[i].latencySwing());
    QCOMPARE(byLatency.front().input, std::string("workload.steps[1].output_tokens"));
    QCOMPARE(byLatency.back().latencySwing(), 0.0);

    const SensitivityEntry accuracy = find("evals.gpt-4.1.accuracy");
    const Results accuracyLow =
        evaluatedWith([&](Scenario &c) { c.evals.at("gpt-4.1").accuracy = accuracy.low; });
    QVERIFY(accuracy.netPerMonthLow == accuracyLow.business.netPerMonth);
}

void TestUncertainty::mattersMostNamesOnlyInputsThatMoveTheFigure()
{
    // net swing, latency swing: a moves net only, b the latency only, c both, d neither (a
    // range on the growth, or on the network overhead for net per month).
    const auto entry = [](const char *input, double netSwing, double latencySwing) {
        SensitivityEntry e;
        e.input = input;
        e.netPerMonthLow = 100;
        e.netPerMonthHigh = 100 + netSwing;
        e.latencyLowS = 2.0;
        e.latencyHighS = 2.0 + latencySwing;
        return e;
    };
    UncertaintyResults results;
    results.sensitivity = {entry("a", 10, 0), entry("c", 5, 1), entry("d", 0, 0), entry("b", 0, 2)};
    using Paths = std::vector<std::string>;
    QCOMPARE(mattersMost(results, false), (Paths {"a", "c"}));
    QCOMPARE(mattersMost(results, true), (Paths {"b", "c"}));
    QCOMPARE(mattersMost(results, false, 1), (Paths {"a"}));
    // A negative change swings as much as a positive one.
    results.sensitivity.push_back(entry("e", -20, 0));
    QCOMPARE(mattersMost(results, false), (Paths {"a", "c", "e"}));
    results.sensitivity = {entry("d", 0, 0)};
    QVERIFY(mattersMost(results, false).empty());
    QVERIFY(mattersMost(results, true).empty());
}

void TestUncertainty::inputsOfTheExample()
{
    // The bundled example has no written ranges; its final step's eval (500 examples) gives
    // the accuracy posterior. The other models' evals do not feed the case.
    const std::vector<UncertainInput> inputs =
        uncertainInputs(loadExample("customer-service.fulcrum.json"), shippedCatalog());
    QCOMPARE(inputs.size(), std::size_t(1));
    QCOMPARE(inputs[0].path, std::string("evals.gpt-4.1.accuracy"));
    QCOMPARE(inputs[0].kind, UncertainInput::Kind::BetaPosterior);
    QCOMPARE(inputs[0].alpha, 451.0);
    QCOMPARE(inputs[0].beta, 51.0);

    const std::vector<UncertainInput> ranged = uncertainInputs(exampleWithRanges(), shippedCatalog());
    QCOMPARE(ranged.size(), std::size_t(5));
    QCOMPARE(ranged[0].path, std::string("traffic.requests_per_day"));
    QCOMPARE(ranged[1].path, std::string("economics.value_per_success"));
    QCOMPARE(ranged[2].path, std::string("workload.steps[1].dynamic_input_tokens"));
    QCOMPARE(ranged[3].path, std::string("workload.steps[1].output_tokens"));
    QCOMPARE(ranged[4].path, std::string("evals.gpt-4.1.accuracy"));
}

/// The example without posteriors, with the catalog it is checked against; where says
/// which entry gets the range: "own" the scenario's gpt-4.1 (models[0], used by "answer"),
/// "unused" a model the scenario adds and no step uses, "catalog" the catalog's gpt-4o-mini
/// (used by "classify").
void putModelRange(Scenario &s, Catalog &catalog, const QString &where, const QString &field,
                   const Distribution &range)
{
    ModelEntry *entry = &s.models.at(0);
    std::vector<ModelEntry> models = catalog.models();
    if (where == u"unused"_s) {
        ModelEntry added = s.models.at(0);
        added.id = "gpt-4.1-copy";
        s.models.push_back(added);
        entry = &s.models.back();
    } else if (where == u"catalog"_s) {
        entry = &*std::find_if(models.begin(), models.end(), [](const ModelEntry &m) { return m.id == "gpt-4o-mini"; });
    }
    // field: "TIER.KEY" for a price, "latency.KEY" for a latency figure.
    const QStringList parts = field.split(u'.');
    const std::string key = parts[1].toStdString();
    if (parts[0] == u"latency"_s) {
        LatencyProfile &l = *entry->latency;
        if (key == "output_tokens_per_s")
            l.outputTokensPerS = range.pointValue();
        else if (key == "output_tokens_per_s_slowest")
            l.outputTokensPerSSlowest = range.pointValue();
        else if (key == "ttft_s")
            l.ttftS = range.pointValue();
        l.ranges[key] = range;
    } else {
        TierPrices &p = *entry->prices[tierIndex(*tierFromKey(parts[0].toStdString()))];
        if (key == "output")
            p.output = range.pointValue();
        else if (key == "input")
            p.input = range.pointValue();
        p.ranges[key] = range;
    }
    if (where == u"catalog"_s)
        catalog = Catalog(models, catalog.asOf(), catalog.source());
}

void TestUncertainty::modelRangesAreInputsOnlyWhereUsed_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("field");
    QTest::addColumn<double>("asyncShare");
    QTest::addColumn<QString>("path"); // empty: not an input

    QTest::newRow("used model, its step's tier") << u"own"_s << u"standard.output"_s << 0.0
                                                 << u"models[0].prices_per_mtok.standard.output"_s;
    QTest::newRow("used model, input price") << u"own"_s << u"standard.input"_s << 0.0
                                             << u"models[0].prices_per_mtok.standard.input"_s;
    QTest::newRow("used model, a tier no step uses") << u"own"_s << u"priority.output"_s << 0.0 << QString();
    QTest::newRow("batch price, no async traffic") << u"own"_s << u"batch.output"_s << 0.0 << QString();
    QTest::newRow("batch price, async traffic") << u"own"_s << u"batch.output"_s << 0.2
                                                << u"models[0].prices_per_mtok.batch.output"_s;
    QTest::newRow("used model, typical speed") << u"own"_s << u"latency.output_tokens_per_s"_s << 0.0
                                               << u"models[0].latency.output_tokens_per_s"_s;
    QTest::newRow("used model, ttft") << u"own"_s << u"latency.ttft_s"_s << 0.0
                                      << u"models[0].latency.ttft_s"_s;
    // The sampled latency is at the typical speed: the slowest hour's changes nothing.
    QTest::newRow("used model, slowest speed") << u"own"_s << u"latency.output_tokens_per_s_slowest"_s << 0.0
                                               << QString();
    QTest::newRow("model no step uses, price") << u"unused"_s << u"standard.output"_s << 0.0 << QString();
    QTest::newRow("model no step uses, speed") << u"unused"_s << u"latency.output_tokens_per_s"_s << 0.0
                                               << QString();
    QTest::newRow("catalog's model a step uses") << u"catalog"_s << u"standard.output"_s << 0.0
                                                 << u"catalog.gpt-4o-mini.prices_per_mtok.standard.output"_s;
    QTest::newRow("catalog's model, speed") << u"catalog"_s << u"latency.output_tokens_per_s"_s << 0.0
                                            << u"catalog.gpt-4o-mini.latency.output_tokens_per_s"_s;
}

void TestUncertainty::modelRangesAreInputsOnlyWhereUsed()
{
    QFETCH(QString, where);
    QFETCH(QString, field);
    QFETCH(double, asyncShare);
    QFETCH(QString, path);

    Scenario s = withoutUncertainty(loadExample("customer-service.fulcrum.json"));
    s.traffic.asyncShare = asyncShare;
    Catalog catalog = shippedCatalog();
    const bool speed = field.startsWith(u"latency"_s) && !field.endsWith(u"ttft_s"_s);
    const bool slowest = field.endsWith(u"slowest"_s);
    putModelRange(s, catalog, where, field,
                  slowest ? triangular(30, 50, 56) : speed ? logNormal(60, 90) : triangular(0.5, 1, 2));
    QVERIFY(validateScenario(s, catalog).empty());

    const std::vector<UncertainInput> inputs = uncertainInputs(s, catalog);
    const auto u = computeUncertainty(s, catalog, {.samples = 2000, .seed = 3});
    QVERIFY(u);
    if (path.isEmpty()) {
        QVERIFY(inputs.empty());
        QVERIFY(u->inputs.empty());
        QVERIFY(u->sensitivity.empty());
        return;
    }
    QCOMPARE(inputs.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(inputs[0].path), path);
    QCOMPARE(u->inputs, std::vector<std::string> {path.toStdString()});
    // The tornado swings it, and it moves cost (a price) or latency (a speed or TTFT).
    QCOMPARE(u->sensitivity.size(), std::size_t(1));
    const SensitivityEntry &e = u->sensitivity[0];
    if (field.startsWith(u"latency"_s)) {
        QVERIFY(e.latencyLowS && e.latencyHighS && *e.latencyLowS != *e.latencyHighS);
        QVERIFY(u->latencyTotalS.p5 < u->latencyTotalS.p95);
    } else {
        QVERIFY(e.netPerMonthLow > e.netPerMonthHigh); // dearer is worse
        QVERIFY(u->costPerMonth.p5 < u->costPerMonth.p95);
    }
}

void TestUncertainty::triangularPriceMeanCost_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<Distribution>("price");

    QTest::newRow("output price 6–8–13") << u"standard.output"_s << triangular(6, 8, 13);
    QTest::newRow("output price 2–2.5–3.5") << u"standard.output"_s << triangular(2, 2.5, 3.5);
    QTest::newRow("input price 1–2–6") << u"standard.input"_s << triangular(1, 2, 6);
}

void TestUncertainty::triangularPriceMeanCost()
{
    QFETCH(QString, field);
    QFETCH(Distribution, price);

    // Cost is linear in a price: the mean cost is the cost at the mean price (a + b + c) / 3.
    Scenario s = withoutUncertainty(loadExample("customer-service.fulcrum.json"));
    Catalog catalog = shippedCatalog();
    auto costAt = [&](double value) {
        Scenario point = s;
        Catalog unused = catalog;
        putModelRange(point, unused, u"own"_s, field, triangular(value, value, value));
        for (auto &p : point.models[0].prices)
            if (p)
                p->ranges.clear();
        return evaluate(point, catalog);
    };
    const double a = price.low, b = price.likely, c = price.high;
    const double mean = (a + b + c) / 3.0;
    const double sd = std::sqrt((a * a + b * b + c * c - a * b - a * c - b * c) / 18.0);
    const double slope = costAt(mean + 1).cost.perMonth - costAt(mean).cost.perMonth; // per unit of price
    QVERIFY(slope > 0);

    putModelRange(s, catalog, u"own"_s, field, price);
    // Point results use the likely price.
    FULCRUM_VERIFY_NEAR(evaluate(s, catalog).cost.perMonth, costAt(b).cost.perMonth, 1e-12);

    const std::size_t n = 200000;
    const auto u = computeUncertainty(s, catalog, {.samples = n, .seed = 17});
    QVERIFY(u);
    const double expected = costAt(mean).cost.perMonth;
    const double standardError = slope * sd / std::sqrt(double(n));
    QVERIFY2(std::abs(u->costPerMonth.mean - expected) < 4 * standardError,
             qPrintable(u"mean %1, expected %2 ± %3"_s.arg(u->costPerMonth.mean, 0, 'f', 2).arg(expected, 0, 'f', 2)
                            .arg(4 * standardError)));
    // The samples stay inside the costs at the range's ends.
    QVERIFY(u->costPerMonth.min >= costAt(a).cost.perMonth * (1 - 1e-12));
    QVERIFY(u->costPerMonth.max <= costAt(c).cost.perMonth * (1 + 1e-12));
    // The tornado's ends are the range's ends, priced as evaluate() prices them.
    QCOMPARE(u->sensitivity.size(), std::size_t(1));
    QCOMPARE(u->sensitivity[0].low, a);
    QCOMPARE(u->sensitivity[0].high, c);
    FULCRUM_VERIFY_NEAR(u->sensitivity[0].netPerMonthLow, costAt(a).business.netPerMonth, 1e-12);
    FULCRUM_VERIFY_NEAR(u->sensitivity[0].netPerMonthHigh, costAt(c).business.netPerMonth, 1e-12);
}

void TestUncertainty::logNormalSpeedMedianLatency()
{
    // Latency falls as the speed rises, so its median is the latency at the median speed,
    // and its 90th percentile the latency at the speed's 10th percentile.
    Scenario s = withoutUncertainty(loadExample("customer-service.fulcrum.json"));
    Catalog catalog = shippedCatalog();
    auto latencyAt = [&](double speed) {
        Scenario point = s;
        LatencyProfile &l = *point.models[0].latency;
        l.outputTokensPerS = speed;
        l.outputTokensPerSSlowest = std::min(*l.outputTokensPerSSlowest, speed);
        return evaluate(point, catalog).latency.totalS;
    };
    Distribution speed;
    speed.kind = DistributionKind::LogNormal;
    speed.median = 60;
    speed.p10 = 25;
    putModelRange(s, catalog, u"own"_s, u"latency.output_tokens_per_s"_s, speed);
    // The slowest speed as written (56.9) stays below the median's 60: the file is valid.
    QVERIFY(validateScenario(s, catalog).empty());
    FULCRUM_VERIFY_NEAR(evaluate(s, catalog).latency.totalS, latencyAt(60), 1e-12);

    const auto u = computeUncertainty(s, catalog, {.samples = 200000, .seed = 8});
    QVERIFY(u && u->latencyKnown);
    FULCRUM_VERIFY_NEAR(u->latencyTotalS.p50, latencyAt(60), 0.005);
    FULCRUM_VERIFY_NEAR(u->latencyTotalS.p90, latencyAt(25), 0.01);
    // Cost does not depend on the speed.
    QCOMPARE(u->costPerMonth.min, u->costPerMonth.max);
}

void TestUncertainty::modelRangesSameOnAnyThreadCount()
{
    Scenario s = exampleWithRanges();
    Catalog catalog = shippedCatalog();
    putModelRange(s, catalog, u"own"_s, u"standard.output"_s, pert(6, 8, 12));
    putModelRange(s, catalog, u"own"_s, u"latency.output_tokens_per_s"_s, logNormal(89, 140));
    putModelRange(s, catalog, u"catalog"_s, u"standard.output"_s, triangular(0.5, 0.6, 0.9));
    UncertaintyOptions options {.samples = 30000, .seed = 42, .threads = 1, .keepSamples = true};
    const auto one = computeUncertainty(s, catalog, options);
    options.threads = 2;
    const auto two = computeUncertainty(s, catalog, options);
    QVERIFY(one && two);
    QCOMPARE(one->inputs.size(), std::size_t(8));
    QVERIFY(*one == *two);
    QCOMPARE(uncertaintyToJson(*one).dump(), uncertaintyToJson(*two).dump());
    // The same seed again gives the same bytes; the scenario's own models come in file
    // order after the eval, then the catalog's.
    QVERIFY(*computeUncertainty(s, catalog, options) == *two);
    QCOMPARE(one->inputs[5], std::string("models[0].prices_per_mtok.standard.output"));
    QCOMPARE(one->inputs[6], std::string("models[0].latency.output_tokens_per_s"));
    QCOMPARE(one->inputs[7], std::string("catalog.gpt-4o-mini.prices_per_mtok.standard.output"));
}

void TestUncertainty::invalidScenarioGivesNothing()
{
    Scenario s = loadExample("customer-service.fulcrum.json");
    s.workload.steps[0].outputTokens = -5;
    QVERIFY(!computeUncertainty(s, shippedCatalog(), {.samples = 10}));
    QVERIFY(sensitivity(s, shippedCatalog()).empty());
}

void TestUncertainty::cancelledRunGivesNothing()
{
    std::atomic<bool> cancel {true};
    UncertaintyOptions options {.samples = 100000};
    options.cancel = &cancel;
    QVERIFY(!computeUncertainty(exampleWithRanges(), shippedCatalog(), options));
    // Not set: the run completes as usual.
    cancel = false;
    const auto completed = computeUncertainty(exampleWithRanges(), shippedCatalog(), options);
    QVERIFY(completed);
    QVERIFY(completed == computeUncertainty(exampleWithRanges(), shippedCatalog(), {.samples = 100000}));
}

void TestUncertainty::jsonBlock()
{
    const auto u = computeUncertainty(exampleWithRanges(), shippedCatalog(), {.samples = 3000, .seed = 77});
    QVERIFY(u);
    const Json json = uncertaintyToJson(*u);
    QCOMPARE(json.at("samples").get<std::size_t>(), std::size_t(3000));
    QCOMPARE(json.at("seed").get<std::uint64_t>(), std::uint64_t(77));
    for (const char *key : {"p_break_even", "p_net_positive", "p_within_budget"}) {
        const double p = json.at(key).get<double>();
        QVERIFY2(p >= 0 && p <= 1, key);
    }
    for (const char *key : {"p5", "p50", "p95", "mean"}) {
        QVERIFY2(json.at("net_per_month").at(key).is_number(), key);
        QVERIFY2(json.at("cost_per_month").at(key).is_number(), key);
    }
    for (const char *key : {"p5", "p50", "p90", "p95", "p99"})
        QVERIFY2(json.at("latency_total_s").at(key).is_number(), key);
    for (const char *key : {"net_per_month", "cost_per_month", "latency_total_s"}) {
        const Json &h = json.at("histograms").at(key);
        QCOMPARE(h.at("counts").size(), std::size_t(40));
        std::size_t total = 0;
        for (const Json &c : h.at("counts"))
            total += c.get<std::size_t>();
        QCOMPARE(total, std::size_t(3000));
        QVERIFY(h.at("lower").get<double>() <= h.at("upper").get<double>());
    }
    const Json &first = json.at("sensitivity").at(0);
    for (const char *key : {"input", "dist", "low", "high", "net_per_month_low", "net_per_month_high",
                            "latency_low_s", "latency_high_s"})
        QVERIFY2(first.contains(key), key);
}

} // namespace fulcrum

QTEST_APPLESS_MAIN(fulcrum::TestUncertainty)

#include "tst_uncertainty.moc"
