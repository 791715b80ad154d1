#include <QDir>
#include <QFile>
#include <QTest>

#include <cmath>

#include "models/alternatives.h"
#include "models/catalogio.h"
#include "models/evaluate.h"
#include "models/resultsio.h"
#include "models/scenarioio.h"

using namespace Qt::StringLiterals;

namespace fulcrum {

namespace {

constexpr double Tolerance = 1e-9;

bool near(double a, double b, double tolerance = Tolerance)
{
    return std::abs(a - b) <= tolerance * std::max(1.0, std::abs(b));
}

#define QCOMPARE_NEAR(actual, expected)                                                            \
    QVERIFY2(near((actual), (expected)),                                                          \
             qPrintable(u"%1 is %2, expected %3"_s.arg(QStringLiteral(#actual))                    \
                            .arg((actual), 0, 'g', 15)                                             \
                            .arg((expected), 0, 'g', 15)))

/// A model with one price per tier kind and a simple latency profile.
ModelEntry model(const std::string &id, double input, double output,
                 std::optional<double> batchFactor = std::nullopt)
{
    ModelEntry m;
    m.id = id;
    m.provider = "Test";
    m.prices[tierIndex(Tier::Standard)] = TierPrices {input, std::nullopt, std::nullopt, output};
    if (batchFactor)
        m.prices[tierIndex(Tier::Batch)] = TierPrices {input * *batchFactor, std::nullopt, std::nullopt,
                                                       output * *batchFactor};
    m.tierQueueS[tierIndex(Tier::Batch)] = 86400;
    m.latency = LatencyProfile {0.5, std::nullopt, 50.0, 25.0};
    return m;
}

/// The worked example of DESIGN.md: S $20, E $40, 5 % churn at $1,000, target 90 %,
/// human 66 %, one step on a model that costs nothing.
Scenario workedExample()
{
    Scenario s;
    s.title = "Worked example";
    s.traffic.requestsPerDay = 100000;
    s.traffic.horizonMonths = 12;
    s.economics = {20, 40, 0.05, 1000, 0, 0.90, 0.66};
    s.workload.networkOverheadS = 0.2;
    s.workload.latencyBudgetS = 3.0;
    Step answer;
    answer.name = "answer";
    answer.model = "free";
    answer.dynamicInputTokens = 1000;
    answer.outputTokens = 100;
    s.workload.steps = {answer};
    s.evals["free"] = EvalResult {0.90, 500};
    return s;
}

Catalog catalogOf(std::vector<ModelEntry> models)
{
    return Catalog(std::move(models), "2026-07-24", "test");
}

bool finiteEverywhere(const Json &json)
{
    if (json.is_number())
        return std::isfinite(json.get<double>());
    if (json.is_structured()) {
        for (const Json &child : json) {
            if (!finiteEverywhere(child))
                return false;
        }
    }
    return true;
}

} // namespace

class TestEvaluate : public QObject
{
    Q_OBJECT

private slots:
    void workedExampleBreaksEvenAt818();
    void workedExampleNets900kOn100kCases();
    void costPerRequestAndPerDay();
    void growthOverTwelveMonths();
    void asyncShareRunsOnBatch();
    void latencyAlongTheCriticalPath();
    void budgetInversePerStep();
    void wilsonAndProbabilityFromTheEval();
    void missingEvalAssumesTheTarget();
    void rateLimitsAndTheFirstMonthOver();
    void alternativesRankByNetWithVerdicts();
    void improvingAlternativesRaiseTheNet();
    void alternativesOfAnEarlierStepKeepAccuracy();
    void alternativesOnBatchAreOverBudgetUnlessAllAsync();
    void paretoFrontHasNoDominatedCandidate();
    void invalidScenarioComputesNothing();
    void edgeCasesNeverGiveNaN_data();
    void edgeCasesNeverGiveNaN();
    void bundledExamplesEvaluate();
    void applyingToAnEmptyPipelineChangesNothing();
    void rangesKeepTheirFieldsRules();
    void uncacheablePrefixIsStillTheCurrentCandidate();
};

void TestEvaluate::workedExampleBreaksEvenAt818()
{
    const Results r = evaluate(workedExample(), catalogOf({model("free", 0, 0)}));
    QVERIFY(r.valid());
    // F = 40 + 0.05 × 1000 = 90; p* = (90 + 0) / (20 + 90) = 9/11 = 0.8181…
    QCOMPARE_NEAR(r.business.failureCost, 90.0);
    QCOMPARE_NEAR(r.business.breakEven, 9.0 / 11.0);
    QCOMPARE(QString::number(r.business.breakEven * 100, 'f', 1), u"81.8"_s);
    // Margin at 90 %: 0.9 − 0.8181… = 0.0818… (8.2 points).
    QCOMPARE_NEAR(r.business.margin, 0.9 - 9.0 / 11.0);
    QVERIFY(r.business.breaksEven);
}

void TestEvaluate::workedExampleNets900kOn100kCases()
{
    const Results r = evaluate(workedExample(), catalogOf({model("free", 0, 0)}));
    // Net per case at 90 %: 0.9 × 20 − 0.1 × 90 = 9, so 100,000 cases net $900,000.
    QCOMPARE_NEAR(r.business.netPerCase, 9.0);
    QCOMPARE_NEAR(r.business.netPerCase * 100000, 900000.0);
    // A month is 365/12 days: 100,000 a day is 3,041,666.67 cases, netting 27,375,000.
    QCOMPARE_NEAR(r.business.casesPerMonth, 100000 * 365.0 / 12.0);
    QCOMPARE_NEAR(r.business.netPerMonth, 9.0 * 100000 * 365.0 / 12.0);
    // At the human team's 66 %: 0.66 × 20 − 0.34 × 90 = −17.4 per case, −1,740,000 on 100,000.
    QVERIFY(r.business.netPerMonthAtHuman);
    QCOMPARE_NEAR(*r.business.netPerMonthAtHuman / r.business.casesPerMonth * 100000, -1740000.0);
}

void TestEvaluate::costPerRequestAndPerDay()
{
    Scenario s = workedExample();
    s.traffic.requestsPerDay = 1000000;
    s.workload.steps[0].model = "big";
    s.workload.steps[0].dynamicInputTokens = 10000;
    s.workload.steps[0].outputTokens = 200;
    s.evals = {{"big", {0.9, 500}}};
    const Results r = evaluate(s, catalogOf({model("big", 60, 120)}));
    QVERIFY(r.valid());
    // 10,000 × 60/1e6 + 200 × 120/1e6 = 0.6 + 0.024 = 0.624 per request; × 1e6 a day.
    QCOMPARE_NEAR(r.cost.perRequest, 0.624);
    QCOMPARE_NEAR(r.cost.perDay, 624000.0);
    QCOMPARE_NEAR(r.cost.perMonth, 624000.0 * 365.0 / 12.0);
    QCOMPARE_NEAR(r.cost.perRequestByKind.plainInput, 0.6);
    QCOMPARE_NEAR(r.cost.perRequestByKind.output, 0.024);
    // The LLM cost enters the break-even: (90 + 0.624) / 110.
    QCOMPARE_NEAR(r.business.breakEven, 90.624 / 110.0);
}

void TestEvaluate::growthOverTwelveMonths()
{
    Scenario s = workedExample();
    s.traffic.requestsPerDay = 1000;
    s.traffic.monthlyGrowth = 0.10;
    s.workload.steps[0].dynamicInputTokens = 10000; // 10,000 × $1/M = $0.01 a request
    s.workload.steps[0].outputTokens = 0;
    const Results r = evaluate(s, catalogOf({model("free", 1, 0)}));
    QCOMPARE(r.projection.size(), std::size_t(12));
    const double dpm = 365.0 / 12.0;
    // Month k: 1000 × 1.1^k requests a day × 30.4167 days × $0.01.
    QCOMPARE_NEAR(r.projection[0].cost, 1000 * dpm * 0.01);
    QCOMPARE_NEAR(r.projection[11].requestsPerDay, 1000 * std::pow(1.1, 11));
    QCOMPARE_NEAR(r.projection[11].cost, 1000 * std::pow(1.1, 11) * dpm * 0.01);
    // Cumulative: 304.1667 × (1.1^12 − 1) / 0.1 = 304.1667 × 21.384284 = 6504.39.
    const double cumulative = 1000 * dpm * 0.01 * (std::pow(1.1, 12) - 1) / 0.1;
    QCOMPARE_NEAR(r.projection[11].cumulativeCost, cumulative);
    QCOMPARE_NEAR(r.cost.perHorizon, cumulative);
    // Net in month 0: cases × (9 − 0.01).
    QCOMPARE_NEAR(r.projection[0].net, 1000 * dpm * (9.0 - 0.01));
    QCOMPARE_NEAR(r.projection[1].cumulativeNet, r.projection[0].net + r.projection[1].net);
}

void TestEvaluate::asyncShareRunsOnBatch()
{
    Scenario s = workedExample();
    s.traffic.asyncShare = 0.5;
    s.workload.steps[0].model = "m";
    s.workload.steps[0].dynamicInputTokens = 1000000; // $1 a request on standard
    s.workload.steps[0].outputTokens = 0;
    s.evals = {{"m", {0.9, 500}}};
    const Results r = evaluate(s, catalogOf({model("m", 1, 0, 0.5)}));
    // Half the requests at $1, half on batch at $0.50: $0.75.
    QCOMPARE_NEAR(r.cost.syncPerRequest, 1.0);
    QCOMPARE_NEAR(r.cost.asyncPerRequest, 0.5);
    QCOMPARE_NEAR(r.cost.perRequest, 0.75);
    // A model without batch runs its async share on its own tier.
    const Results noBatch = evaluate(s, catalogOf({model("m", 1, 0)}));
    QCOMPARE_NEAR(noBatch.cost.perRequest, 1.0);
}

void TestEvaluate::latencyAlongTheCriticalPath()
{
    Scenario s = workedExample();
    // classify and retrieve run in parallel; answer waits for both.
    Step classify = s.workload.steps[0];
    classify.name = "classify";
    classify.dynamicInputTokens = 0;
    classify.outputTokens = 10;   // 0.2 + 0.5 + 10/50 = 0.9 s
    Step retrieve = classify;
    retrieve.name = "retrieve";
    retrieve.outputTokens = 40;   // 0.2 + 0.5 + 40/50 = 1.5 s
    Step answer = classify;
    answer.name = "answer";
    answer.outputTokens = 100;    // first token 0.7 s, total 0.7 + 2 = 2.7 s
    answer.after = {"classify", "retrieve"};
    s.workload.steps = {classify, retrieve, answer};
    const Results r = evaluate(s, catalogOf({model("free", 0, 0)}));
    QVERIFY(r.valid());
    QCOMPARE_NEAR(r.latency.totalS, 1.5 + 2.7);
    QCOMPARE_NEAR(r.latency.firstTokenS, 1.5 + 0.7);
    // Slowest speed 25 tokens/s: 0.7 + 40/25 = 2.3, then 0.7 + 100/25 = 4.7.
    QCOMPARE_NEAR(r.latency.totalSlowestS, 2.3 + 4.7);
    QCOMPARE(r.latency.criticalPath, (std::vector<int> {1, 2}));
    QVERIFY(r.steps[1].onCriticalPath && r.steps[2].onCriticalPath && !r.steps[0].onCriticalPath);
    QCOMPARE_NEAR(r.steps[2].startS, 1.5);
    // Budget 3 s: 4.2 s is over, at typical and slowest speed.
    QVERIFY(!r.latency.withinBudget);
    QVERIFY(!r.latency.withinBudgetSlowest);
    QCOMPARE_NEAR(r.latency.perceivedS, r.latency.firstTokenS); // streaming
    s.workload.streaming = false;
    QCOMPARE_NEAR(evaluate(s, catalogOf({model("free", 0, 0)})).latency.perceivedS, 4.2);
}

void TestEvaluate::budgetInversePerStep()
{
    Scenario s = workedExample();
    s.workload.latencyBudgetS = 3.0;
    s.workload.steps[0].dynamicInputTokens = 0;
    const Results single = evaluate(s, catalogOf({model("free", 0, 0)}));
    // One step: (B − first token) × speed = (3 − 0.7) × 50 = 115 tokens.
    QVERIFY(single.steps[0].affordableOutputTokens);
    QCOMPARE_NEAR(*single.steps[0].affordableOutputTokens, 115.0);

    // Two sequential steps, the first 0.9 s long (10 tokens), the second 1.1 s (20 tokens):
    // the second affords (3 − 0.9 − 0.7) × 50 = 70; the first, with the second still to run
    // after it, (3 − 0.7 − 1.1) × 50 = 60; with a 1 s budget nothing (floored at 0).
    Step first = s.workload.steps[0];
    first.name = "first";
    first.outputTokens = 10;
    Step second = first;
    second.name = "second";
    second.outputTokens = 20;
    second.after = {"first"};
    s.workload.steps = {first, second};
    const Results chain = evaluate(s, catalogOf({model("free", 0, 0)}));
    QCOMPARE_NEAR(*chain.steps[1].affordableOutputTokens, (3 - 0.9 - 0.7) * 50);
    QCOMPARE_NEAR(*chain.steps[0].affordableOutputTokens, (3 - 0.7 - 1.1) * 50);
    s.workload.latencyBudgetS = 1.0;
    QCOMPARE_NEAR(*evaluate(s, catalogOf({model("free", 0, 0)})).steps[0].affordableOutputTokens, 0.0);
}

void TestEvaluate::wilsonAndProbabilityFromTheEval()
{
    Scenario s = workedExample();
    s.evals["free"] = EvalResult {0.8, 10};
    const Results r = evaluate(s, catalogOf({model("free", 0, 0)}));
    // 8 of 10: Wilson 95 % interval (0.4902, 0.9433) (Newcombe 1998).
    QVERIFY(r.business.wilson95);
    QVERIFY(std::abs(r.business.wilson95->low - 0.4902) < 5e-4);
    QVERIFY(std::abs(r.business.wilson95->high - 0.9433) < 5e-4);
    // P(θ > 9/11) under Beta(9, 3) = 1 − I_{9/11}(9, 3); I_x(9,3) = Σ_{j=9}^{11} C(11,j) x^j (1−x)^(11−j).
    const double x = 9.0 / 11.0;
    const double cdf = 55 * std::pow(x, 9) * std::pow(1 - x, 2) + 11 * std::pow(x, 10) * (1 - x) + std::pow(x, 11);
    QVERIFY(r.business.probabilityAboveBreakEven);
    QCOMPARE_NEAR(*r.business.probabilityAboveBreakEven, 1.0 - cdf);
    // No eval size: no interval.
    s.evals["free"].evalSize = 0;
    QVERIFY(!evaluate(s, catalogOf({model("free", 0, 0)})).business.wilson95);
}

void TestEvaluate::missingEvalAssumesTheTarget()
{
    Scenario s = workedExample();
    s.evals.clear();
    const Results r = evaluate(s, catalogOf({model("free", 0, 0)}));
    QVERIFY(r.valid());
    QCOMPARE(r.business.accuracyBasis, AccuracyBasis::AssumedTarget);
    QCOMPARE_NEAR(r.business.accuracy, 0.90);
    QVERIFY(std::any_of(r.warnings.begin(), r.warnings.end(), [](const Diagnostic &d) {
        return d.code == "accuracy_assumed_target" && d.path == "evals.free";
    }));
}

void TestEvaluate::rateLimitsAndTheFirstMonthOver()
{
    Scenario s = workedExample();
    s.traffic.requestsPerDay = 14400;  // 10 a minute on average
    s.traffic.peakToAverage = 3;       // 30 a minute at peak
    s.traffic.monthlyGrowth = 0.5;
    s.workload.steps[0].dynamicInputTokens = 900;
    s.workload.steps[0].outputTokens = 100; // 1,000 tokens a request → 30,000 a minute at peak
    ModelEntry m = model("free", 0, 0);
    m.rateLimits = {100000.0, 1000.0};
    const Results r = evaluate(s, catalogOf({m}));
    QCOMPARE(r.rateLimits.size(), std::size_t(1));
    const RateLimitResult &l = r.rateLimits[0];
    QCOMPARE_NEAR(l.peakTokensPerMinute, 30000.0);
    QCOMPARE_NEAR(l.peakRequestsPerMinute, 30.0);
    QCOMPARE_NEAR(*l.tokenHeadroom, 0.7);
    QCOMPARE_NEAR(*l.requestHeadroom, 0.97);
    // 30,000 × 1.5^k > 100,000 first at k = 3 (1.5³ = 3.375).
    QCOMPARE(l.firstMonthOverLimit, std::optional<int>(3));
}

void TestEvaluate::alternativesRankByNetWithVerdicts()
{
    Scenario s = workedExample();
    s.workload.steps[0].model = "mid";
    s.workload.steps[0].dynamicInputTokens = 1000000; // $ per request = input price per M
    s.workload.steps[0].outputTokens = 10;            // 0.7 + 0.2 = 0.9 s, well within 3 s
    s.evals = {{"mid", {0.90, 500}}, {"cheap", {0.85, 500}}, {"best", {0.95, 500}}};
    ModelEntry slow = model("slow", 0.1, 0);
    slow.latency->ttftS = 5; // over the 3 s budget
    s.evals["slow"] = {0.99, 500};
    const Catalog catalog = catalogOf({model("mid", 2, 0), model("cheap", 1, 0), model("best", 3, 0),
                                       slow, model("nameless", 0.5, 0)});
    const Results r = evaluate(s, catalog);
    QCOMPARE(r.alternatives.size(), std::size_t(5)); // one tier each, no caching prices
    // Net per case: best 0.95×20 − 0.05×90 − 3 = 11.5; mid 9 − 2 = 7; cheap 17 − 13.5 − 1 = 2.5;
    // slow 19.8 − 0.9 − 0.1 = 18.8 but over budget; nameless has no eval (no net, ranked last).
    QCOMPARE(r.alternatives[0].model, std::string("slow"));
    QCOMPARE(r.alternatives[1].model, std::string("best"));
    QCOMPARE(r.alternatives[2].model, std::string("mid"));
    QCOMPARE(r.alternatives[3].model, std::string("cheap"));
    QCOMPARE(r.alternatives[4].model, std::string("nameless"));
    QCOMPARE(r.alternatives[0].reasons, unsigned(OverBudget));
    QVERIFY(r.alternatives[1].feasible);
    QVERIFY(r.alternatives[2].feasible && r.alternatives[2].current);
    QCOMPARE(r.alternatives[3].reasons, unsigned(BelowTarget));
    QCOMPARE(r.alternatives[4].reasons, unsigned(AccuracyUnmeasured));
    QVERIFY(!r.alternatives[4].netPerMonth);
    const double cases = 100000 * 365.0 / 12.0;
    QCOMPARE_NEAR(*r.alternatives[1].netPerMonth, cases * 11.5);
    QCOMPARE_NEAR(r.alternatives[1].savingPerMonth, cases * (2.0 - 3.0));
    QCOMPARE_NEAR(r.alternatives[1].breakEven, 93.0 / 110.0);
    QCOMPARE(r.bestFeasibleAlternative()->model, std::string("best"));
    const Json json = resultsToJson(r);
    QVERIFY(json["alternatives"][0]["reasons"][0] == "over_budget");
    QVERIFY(json["alternatives"][1]["model"] == "best");
}

void TestEvaluate::improvingAlternativesRaiseTheNet()
{
    // Per case a point of accuracy is worth S + F = 110 USD and the price below is the cost
    // per request in USD: a cheaper model that is less accurate nets less.
    Scenario s = workedExample();
    s.workload.steps[0].model = "mid";
    s.workload.steps[0].dynamicInputTokens = 1000000; // $ per request = input price per M
    s.workload.steps[0].outputTokens = 10;
    s.evals = {{"mid", {0.92, 500}}, {"cheaper", {0.90, 500}}, {"better", {0.95, 500}},
               {"thrifty", {0.93, 500}}};
    const Catalog all = catalogOf({model("mid", 2, 0), model("cheaper", 1, 0), model("better", 3, 0),
                                   model("thrifty", 1.5, 0)});
    const Results r = evaluate(s, all);
    const double cases = 100000 * 365.0 / 12.0;
    // cheaper: saves 1 a case, loses 2 points (2.2): nets less, but meets the 90 % target.
    const Alternative *cheapest = r.cheapestFeasibleAlternative();
    QVERIFY(cheapest);
    QCOMPARE(cheapest->model, std::string("cheaper"));
    QVERIFY(cheapest->feasible);
    QCOMPARE_NEAR(*cheapest->netGainPerMonth, cases * (1 - 0.02 * 110));
    QVERIFY(!r.improvesNet(*cheapest));
    // better: +3.3 for 1 more a case; thrifty: +1.1 and saves 0.5.
    QCOMPARE(r.bestImprovingAlternative()->model, std::string("better"));
    QCOMPARE_NEAR(*r.bestImprovingAlternative()->netGainPerMonth, cases * (0.03 * 110 - 1));
    QCOMPARE(r.cheapestImprovingAlternative()->model, std::string("thrifty"));
    QCOMPARE_NEAR(*r.cheapestImprovingAlternative()->netGainPerMonth, cases * (0.01 * 110 + 0.5));

    // Only a cheaper, less accurate candidate: feasible, but no improvement.
    const Results none = evaluate(s, catalogOf({model("mid", 2, 0), model("cheaper", 1, 0)}));
    QVERIFY(none.bestFeasibleAlternative());
    QCOMPARE(none.bestFeasibleAlternative()->model, std::string("cheaper"));
    QVERIFY(!none.bestImprovingAlternative());
    QVERIFY(!none.cheapestImprovingAlternative());
    // The scenario's own candidate never improves on itself.
    for (const Alternative &a : r.alternatives)
        QVERIFY(!a.current || !r.improvesNet(a));
}

void TestEvaluate::alternativesOfAnEarlierStepKeepAccuracy()
{
    Scenario s = workedExample();
    Step classify = s.workload.steps[0];
    classify.name = "classify";
    classify.model = "small";
    Step answer = s.workload.steps[0];
    answer.after = {"classify"};
    s.workload.steps = {classify, answer};
    s.alternatives.applyTo = "classify";
    const Results r = evaluate(s, catalogOf({model("free", 0, 0), model("small", 1, 0)}));
    QVERIFY(r.valid());
    QCOMPARE(r.alternativesApplyTo, std::string("classify"));
    for (const Alternative &a : r.alternatives) {
        QCOMPARE(a.accuracyBasis, AccuracyBasis::Unchanged);
        QCOMPARE_NEAR(*a.accuracy, 0.90);
    }
    s.alternatives.applyTo = "all";
    const Results all = evaluate(s, catalogOf({model("free", 0, 0), model("small", 1, 0)}));
    const auto small = std::find_if(all.alternatives.begin(), all.alternatives.end(),
                                    [](const Alternative &a) { return a.model == "small"; });
    QCOMPARE(small->accuracyBasis, AccuracyBasis::Unmeasured);
}

void TestEvaluate::alternativesOnBatchAreOverBudgetUnlessAllAsync()
{
    Scenario s = workedExample();
    const Catalog catalog = catalogOf({model("free", 0, 0, 0.5)});
    const Results r = evaluate(s, catalog);
    const auto batch = std::find_if(r.alternatives.begin(), r.alternatives.end(),
                                    [](const Alternative &a) { return a.tier == Tier::Batch; });
    QVERIFY(batch != r.alternatives.end());
    // The answer waits a day in the batch queue: 86,400 s + the call itself.
    QVERIFY(batch->latencyTotalS > 86400);
    QVERIFY(batch->reasons & OverBudget);
    s.traffic.asyncShare = 1.0;
    const Results async = evaluate(s, catalog);
    for (const Alternative &a : async.alternatives)
        QVERIFY2(!(a.reasons & OverBudget), tierKey(a.tier).data());
}

void TestEvaluate::paretoFrontHasNoDominatedCandidate()
{
    CatalogLoad load;
    {
        QFile file(QStringLiteral(FULCRUM_SOURCE_DIR) + u"/resources/catalog/default-catalog.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        load = catalogFromText(file.readAll().toStdString());
    }
    QFile file(QStringLiteral(FULCRUM_SOURCE_DIR) + u"/resources/examples/customer-service.fulcrum.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ScenarioLoad scenario = scenarioFromText(file.readAll().toStdString());
    const Results r = evaluate(*scenario.scenario, *load.catalog);
    int front = 0;
    for (const Alternative &a : r.alternatives) {
        if (!a.pareto)
            continue;
        ++front;
        for (const Alternative &b : r.alternatives) {
            if (!b.accuracy || !b.latencyKnown || &a == &b)
                continue;
            const bool dominates = b.costPerMonth <= a.costPerMonth && b.latencyTotalS <= a.latencyTotalS
                                   && *b.accuracy >= *a.accuracy
                                   && (b.costPerMonth < a.costPerMonth || b.latencyTotalS < a.latencyTotalS
                                       || *b.accuracy > *a.accuracy);
            QVERIFY2(!dominates, (b.model + " dominates " + a.model).c_str());
        }
    }
    QVERIFY(front >= 2);
    // Ranked by net per month: never increasing while the net is known.
    for (std::size_t i = 1; i < r.alternatives.size(); ++i) {
        if (r.alternatives[i].netPerMonth && r.alternatives[i - 1].netPerMonth)
            QVERIFY(*r.alternatives[i].netPerMonth <= *r.alternatives[i - 1].netPerMonth);
    }
}

void TestEvaluate::invalidScenarioComputesNothing()
{
    Scenario s = workedExample();
    s.workload.steps[0].outputTokens = -5;
    const Results r = evaluate(s, catalogOf({model("free", 0, 0)}));
    QVERIFY(!r.valid());
    QCOMPARE(r.errors.front().path, std::string("workload.steps[0].output_tokens"));
    QCOMPARE(r.errors.front().code, std::string("negative"));
    QVERIFY(r.steps.empty() && r.alternatives.empty());
    QCOMPARE(resultsToJson(r).size(), std::size_t(2)); // errors and warnings only
}

void TestEvaluate::edgeCasesNeverGiveNaN_data()
{
    QTest::addColumn<int>("variant");
    QTest::newRow("no traffic") << 0;
    QTest::newRow("no tokens at all") << 1;
    QTest::newRow("never breaks even") << 2;
    QTest::newRow("nothing of value, only failures") << 3;
    QTest::newRow("all async") << 4;
    QTest::newRow("auto cache hit with no traffic") << 5;
    QTest::newRow("accuracy 0 and 1 of 1 example") << 6;
}

void TestEvaluate::edgeCasesNeverGiveNaN()
{
    QFETCH(int, variant);
    Scenario s = workedExample();
    ModelEntry m = model("free", 1, 2, 0.5);
    m.prices[tierIndex(Tier::Standard)]->cachedInput = 0.1;
    m.cacheTtlS = 300;
    switch (variant) {
    case 0: s.traffic.requestsPerDay = 0; s.economics.monthlyFixedCosts = 1000; break;
    case 1: s.workload.steps[0].dynamicInputTokens = 0; s.workload.steps[0].outputTokens = 0; break;
    case 2: s.economics.valuePerSuccess = 0; s.economics.costPerEscalation = 1; s.economics.churnRatePerFailure = 0; break;
    case 3: s.economics.valuePerSuccess = 0; break;
    case 4: s.traffic.asyncShare = 1; break;
    case 5: s.traffic.requestsPerDay = 0; s.workload.steps[0].staticInputTokens = 2000; s.workload.steps[0].cacheHitRate.reset(); break;
    case 6: s.evals["free"] = {0.0, 1}; break;
    }
    const Results r = evaluate(s, catalogOf({m}));
    QVERIFY(r.valid());
    QVERIFY(finiteEverywhere(resultsToJson(r)));
    if (variant == 6) {
        s.evals["free"] = {1.0, 1};
        QVERIFY(finiteEverywhere(resultsToJson(evaluate(s, catalogOf({m})))));
    }
}

void TestEvaluate::bundledExamplesEvaluate()
{
    QFile catalogFile(QStringLiteral(FULCRUM_SOURCE_DIR) + u"/resources/catalog/default-catalog.json"_s);
    QVERIFY(catalogFile.open(QIODevice::ReadOnly));
    const CatalogLoad catalog = catalogFromText(catalogFile.readAll().toStdString());
    QVERIFY(catalog.catalog);
    const QDir dir(QStringLiteral(FULCRUM_SOURCE_DIR) + u"/resources/examples"_s);
    const QStringList files = dir.entryList({u"*.fulcrum.json"_s}, QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ScenarioLoad load = scenarioFromText(file.readAll().toStdString());
        QVERIFY2(load.scenario, qPrintable(name));
        const Results r = evaluate(*load.scenario, *catalog.catalog);
        QVERIFY2(r.valid(), qPrintable(name));
        QVERIFY2(r.warnings.empty(), qPrintable(name));
        QVERIFY2(r.latency.known, qPrintable(name));
        QVERIFY2(finiteEverywhere(resultsToJson(r)), qPrintable(name));
    }
}

void TestEvaluate::applyingToAnEmptyPipelineChangesNothing()
{
    Scenario s = workedExample();
    s.workload.steps.clear();
    Alternative a;
    a.model = "other";
    QVERIFY(applyAlternative(s, a) == s);
}

void TestEvaluate::rangesKeepTheirFieldsRules()
{
    Scenario s = workedExample();
    // A log-normal of calls with median 0.5 would make "calls ≥ 1" false at the point value.
    s.workload.steps[0].ranges["calls"] = Distribution {DistributionKind::LogNormal, 0, 0, 0, 0.5, std::nullopt, 0.9};
    Results r = evaluate(s, catalogOf({model("free", 0, 0)}));
    QVERIFY(!r.valid());
    QCOMPARE(r.errors.front().path, std::string("workload.steps[0].calls.median"));
    // A horizon of 2.5 months as a range's most likely value is not a whole number.
    s = workedExample();
    s.traffic.ranges["horizon_months"] = Distribution {DistributionKind::Triangular, 2, 2.5, 3};
    r = evaluate(s, catalogOf({model("free", 0, 0)}));
    QVERIFY(!r.valid());
    QCOMPARE(r.errors.front().code, std::string("not_integer"));
}

void TestEvaluate::uncacheablePrefixIsStillTheCurrentCandidate()
{
    // A step asks for caching, but its prefix is below the model's minimum: the scenario as
    // written is the candidate without caching, and it is marked current.
    Scenario s = workedExample();
    s.workload.steps[0].staticInputTokens = 800;
    s.workload.steps[0].cacheHitRate = 0.5;
    ModelEntry m = model("free", 1, 0);
    m.prices[tierIndex(Tier::Standard)]->cachedInput = 0.1;
    m.promptCacheMinTokens = 1024;
    const Results r = evaluate(s, catalogOf({m}));
    QCOMPARE(r.alternatives.size(), std::size_t(1));
    QVERIFY(r.alternatives.front().current);
    QVERIFY(!r.bestFeasibleAlternative());
}

} // namespace fulcrum

QTEST_APPLESS_MAIN(fulcrum::TestEvaluate)
#include "tst_evaluate.moc"
