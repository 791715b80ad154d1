#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include <QtTest>

#include "tests/testsupport.h"

#include "models/catalog.h"
#include "models/modellookup.h"
#include "models/pipelinegraph.h"
#include "models/pipelinemodel.h"

// Every expected value below is worked out by hand in the comment next to its row.
//
// The catalog holds two hand-built models:
//   "m"    standard {input 1, cached 0.25, output 2}, batch {input 0.5, output 1},
//          priority {input 2, output 4}; batch queue 86,400 s;
//          latency: TTFT 0.25 s, prefill 1000 tok/s, output 100 tok/s, slowest 50 tok/s.
//   "solo" standard {input 3, output 6}, priority {input 6, output 12}; no batch tier.
// With the workload's 0.25 s network overhead, one call of a step on "m" with `in` input
// tokens and `out` output tokens takes
//   first token = 0.25 + 0.25 + in / 1000 = 0.5 + in / 1000
//   total       = first + out / 100,   slowest total = first + out / 50.

using Steps = std::vector<fulcrum::Step>;
Q_DECLARE_METATYPE(Steps)

namespace fulcrum {

namespace {

Catalog testCatalog()
{
    ModelEntry m;
    m.id = "m";
    m.prices[tierIndex(Tier::Standard)] = TierPrices {.input = 1, .cachedInput = 0.25, .output = 2};
    m.prices[tierIndex(Tier::Batch)] = TierPrices {.input = 0.5, .output = 1};
    m.prices[tierIndex(Tier::Priority)] = TierPrices {.input = 2, .output = 4};
    m.tierQueueS[tierIndex(Tier::Batch)] = 86400.0;
    m.latency = LatencyProfile {.ttftS = 0.25,
                                .prefillTokensPerS = 1000.0,
                                .outputTokensPerS = 100.0,
                                .outputTokensPerSSlowest = 50.0};

    ModelEntry solo;
    solo.id = "solo";
    solo.prices[tierIndex(Tier::Standard)] = TierPrices {.input = 3, .output = 6};
    solo.prices[tierIndex(Tier::Priority)] = TierPrices {.input = 6, .output = 12};
    solo.latency = m.latency;

    return Catalog({m, solo}, "2026-01-01", "hand-built for tst_pipelinemodel");
}

/// A step of `in` dynamic input tokens and `out` output tokens, no caching.
Step step(const std::string &name, double in, double out, std::vector<std::string> after = {},
          Tier tier = Tier::Standard, double calls = 1, const std::string &model = "m")
{
    Step s;
    s.name = name;
    s.model = model;
    s.tier = tier;
    s.calls = calls;
    s.dynamicInputTokens = in;
    s.outputTokens = out;
    s.after = std::move(after);
    return s;
}

Scenario scenario(Steps steps, double asyncShare = 0)
{
    Scenario s;
    s.traffic.requestsPerDay = 1000;
    s.traffic.asyncShare = asyncShare;
    s.workload.networkOverheadS = 0.25;
    s.workload.steps = std::move(steps);
    return s;
}

QList<int> toList(const std::vector<int> &v)
{
    return QList<int>(v.begin(), v.end());
}

} // namespace

class TestPipelineModel : public QObject
{
    Q_OBJECT

private slots:
    void timing_data();
    void timing();
    void finalStep_data();
    void finalStep();
    void graph_data();
    void graph();
    void costPerRequest_data();
    void costPerRequest();
};

void TestPipelineModel::timing_data()
{
    QTest::addColumn<Steps>("steps");
    QTest::addColumn<bool>("hasSyncPath");
    QTest::addColumn<QList<int>>("syncSteps"); // 1: on the synchronous path
    QTest::addColumn<double>("firstTokenS");
    QTest::addColumn<double>("firstTokenSlowestS");
    QTest::addColumn<double>("totalS");
    QTest::addColumn<double>("totalSlowestS");
    QTest::addColumn<int>("endStep");
    QTest::addColumn<QList<int>>("criticalPath");

    // a(1000 in, 100 out): first 0.5 + 1 = 1.5; total 1.5 + 1 = 2.5; slowest 1.5 + 2 = 3.5.
    QTest::newRow("one step")
        << Steps {step("a", 1000, 100)} << true << QList<int> {1}
        << 1.5 << 1.5 << 2.5 << 3.5 << 0 << QList<int> {0};
    // a as above; b(500, 300): first 0.5 + 0.5 = 1.0, total 1 + 3 = 4.0, slowest 1 + 6 = 7.0.
    // In parallel: max(2.5, 4.0) = 4.0 (not 6.5); slowest max(3.5, 7.0) = 7.0; b ends last,
    // its first token at 1.0.
    QTest::newRow("parallel steps take the max, not the sum")
        << Steps {step("a", 1000, 100), step("b", 500, 300)} << true << QList<int> {1, 1}
        << 1.0 << 1.0 << 4.0 << 7.0 << 1 << QList<int> {1};
    // The same two, the longer listed first: still 4.0 / 7.0, ending at index 0.
    QTest::newRow("parallel steps, longer listed first")
        << Steps {step("b", 500, 300), step("a", 1000, 100)} << true << QList<int> {1, 1}
        << 1.0 << 1.0 << 4.0 << 7.0 << 0 << QList<int> {0};
    // b after a: b starts at 2.5, ends 2.5 + 4 = 6.5; slowest 3.5 + 7 = 10.5.
    // First token: 2.5 + 1.0 = 3.5; slowest 3.5 + 1.0 = 4.5.
    QTest::newRow("sequential steps add up")
        << Steps {step("a", 1000, 100), step("b", 500, 300, {"a"})} << true << QList<int> {1, 1}
        << 3.5 << 4.5 << 6.5 << 10.5 << 1 << QList<int> {0, 1};
    // a → {b, c} → d. a: 0 → 2.5 (slowest 3.5). b(500, 300): 2.5 → 6.5 (3.5 → 10.5).
    // c(0, 50): first 0.5, total 1.0, slowest 1.5: 2.5 → 3.5 (3.5 → 5.0).
    // d(2000, 100): first 2.5, total 3.5, slowest 4.5; starts at max(6.5, 3.5) = 6.5 → 10.0;
    // slowest max(10.5, 5.0) = 10.5 → 15.0. First token 6.5 + 2.5 = 9.0; slowest 10.5 + 2.5 = 13.
    QTest::newRow("diamond")
        << Steps {step("a", 1000, 100), step("b", 500, 300, {"a"}), step("c", 0, 50, {"a"}),
                  step("d", 2000, 100, {"b", "c"})}
        << true << QList<int> {1, 1, 1, 1} << 9.0 << 13.0 << 10.0 << 15.0 << 3
        << QList<int> {0, 1, 3};
    // The same diamond listed backwards: d = 0, c = 1, b = 2, a = 3; same times.
    QTest::newRow("diamond listed backwards")
        << Steps {step("d", 2000, 100, {"b", "c"}), step("c", 0, 50, {"a"}),
                  step("b", 500, 300, {"a"}), step("a", 1000, 100)}
        << true << QList<int> {1, 1, 1, 1} << 9.0 << 13.0 << 10.0 << 15.0 << 0
        << QList<int> {3, 2, 0};
    // 3 sequential calls of a: 3 × 2.5 = 7.5; slowest 3 × 3.5 = 10.5. The last call's first
    // token: 2 × 2.5 + 1.5 = 6.5; slowest 2 × 3.5 + 1.5 = 8.5.
    QTest::newRow("three sequential calls")
        << Steps {step("a", 1000, 100, {}, Tier::Standard, 3)} << true << QList<int> {1}
        << 6.5 << 8.5 << 7.5 << 10.5 << 0 << QList<int> {0};
    // 1.5 calls on average: 1.5 × 2.5 = 3.75; slowest 1.5 × 3.5 = 5.25;
    // first 0.5 × 2.5 + 1.5 = 2.75; slowest 0.5 × 3.5 + 1.5 = 3.25.
    QTest::newRow("fractional average calls")
        << Steps {step("a", 1000, 100, {}, Tier::Standard, 1.5)} << true << QList<int> {1}
        << 2.75 << 3.25 << 3.75 << 5.25 << 0 << QList<int> {0};
    // a twice: 5.0 (slowest 7.0); b after it: 5 + 4 = 9.0 (7 + 7 = 14.0);
    // first 5 + 1 = 6.0 (7 + 1 = 8.0).
    QTest::newRow("repeated step then its successor")
        << Steps {step("a", 1000, 100, {}, Tier::Standard, 2), step("b", 500, 300, {"a"})} << true
        << QList<int> {1, 1} << 6.0 << 8.0 << 9.0 << 14.0 << 1 << QList<int> {0, 1};
    // b is on batch (86,400 s queue) and c waits for it: both off the synchronous path, which
    // is a alone: 2.5 / 3.5, first 1.5.
    QTest::newRow("batch step and its successor are off the path")
        << Steps {step("a", 1000, 100), step("b", 500, 300, {}, Tier::Batch),
                  step("c", 2000, 100, {"b"})}
        << true << QList<int> {1, 0, 0} << 1.5 << 1.5 << 2.5 << 3.5 << 0 << QList<int> {0};
    // Only a batch step: nothing synchronous, every figure 0, no end step.
    QTest::newRow("batch only: no synchronous path")
        << Steps {step("b", 500, 300, {}, Tier::Batch)} << false << QList<int> {0}
        << 0.0 << 0.0 << 0.0 << 0.0 << -1 << QList<int> {};
    {
        // static 2000 at hit 0.75 on "m" (no minimum, no write price): 1500 cached, 500 plain.
        // Only the 500 are prefilled: first 0.5 + 0.5 = 1.0; total 1 + 1 = 2.0;
        // slowest 1 + 2 = 3.0.
        Step cached = step("a", 0, 100);
        cached.staticInputTokens = 2000;
        cached.cacheHitRate = 0.75;
        QTest::newRow("cached prefix is not prefilled")
            << Steps {cached} << true << QList<int> {1} << 1.0 << 1.0 << 2.0 << 3.0 << 0
            << QList<int> {0};
    }
}

void TestPipelineModel::timing()
{
    QFETCH(Steps, steps);
    QFETCH(bool, hasSyncPath);
    QFETCH(QList<int>, syncSteps);
    QFETCH(double, firstTokenS);
    QFETCH(double, firstTokenSlowestS);
    QFETCH(double, totalS);
    QFETCH(double, totalSlowestS);
    QFETCH(int, endStep);
    QFETCH(QList<int>, criticalPath);

    const Scenario s = scenario(steps);
    const Catalog catalog = testCatalog();
    const ModelLookup lookup(s, catalog);
    const PipelineModel pipeline(s, lookup);
    const int n = pipeline.stepCount();
    QCOMPARE(n, int(steps.size()));

    std::vector<CallLatency> latencies(n);
    std::vector<char> known(n, 0);
    for (int i = 0; i < n; ++i) {
        QVERIFY(pipeline.writtenChoices()[i].model);
        const auto latency = pipeline.stepLatency(i, pipeline.writtenChoices()[i],
                                                  s.traffic.requestsPerDay);
        QVERIFY(latency.has_value());
        latencies[i] = *latency;
        known[i] = 1;
    }

    QList<int> sync;
    for (int i = 0; i < n; ++i)
        sync.append(pipeline.onSyncPath(i) ? 1 : 0);
    QCOMPARE(sync, syncSteps);

    const PipelineModel::Timing t = pipeline.timingDetail(latencies, known);
    QVERIFY(t.known);
    QCOMPARE(t.hasSyncPath, hasSyncPath);
    FULCRUM_VERIFY_NEAR(t.firstTokenS, firstTokenS, 1e-12);
    FULCRUM_VERIFY_NEAR(t.firstTokenSlowestS, firstTokenSlowestS, 1e-12);
    FULCRUM_VERIFY_NEAR(t.totalS, totalS, 1e-12);
    FULCRUM_VERIFY_NEAR(t.totalSlowestS, totalSlowestS, 1e-12);
    QCOMPARE(t.endStep, endStep);
    QCOMPARE(toList(t.criticalPath), criticalPath);

    // The allocation-free variant ranks candidates with the same figures.
    std::vector<double> finish;
    std::vector<double> finishSlowest;
    const PipelineModel::Timing fast = pipeline.timing(latencies, known, finish, finishSlowest);
    QCOMPARE(fast.totalS, t.totalS);
    QCOMPARE(fast.totalSlowestS, t.totalSlowestS);
    QCOMPARE(fast.firstTokenS, t.firstTokenS);
    QCOMPARE(fast.firstTokenSlowestS, t.firstTokenSlowestS);
    QCOMPARE(fast.endStep, t.endStep);
}

void TestPipelineModel::finalStep_data()
{
    QTest::addColumn<Steps>("steps");
    QTest::addColumn<int>("expected");

    // The final step is the one no other step waits for; of several, the last in the list.
    QTest::newRow("one step") << Steps {step("a", 0, 1)} << 0;
    // b waits for a: b (1).
    QTest::newRow("chain") << Steps {step("a", 0, 1), step("b", 0, 1, {"a"})} << 1;
    // b (index 0) waits for a (index 1): b (0).
    QTest::newRow("chain listed backwards") << Steps {step("b", 0, 1, {"a"}), step("a", 0, 1)} << 0;
    // Nobody waits for either: the later one, 1.
    QTest::newRow("two sinks: the later in the list")
        << Steps {step("a", 0, 1), step("b", 0, 1)} << 1;
    // Sinks b (1) and c (2): 2.
    QTest::newRow("chain and an independent step")
        << Steps {step("a", 0, 1), step("b", 0, 1, {"a"}), step("c", 0, 1)} << 2;
    // Sinks c (0) and b (2): 2.
    QTest::newRow("independent step listed first")
        << Steps {step("c", 0, 1), step("a", 0, 1), step("b", 0, 1, {"a"})} << 2;
    // Sinks x (0) and b (1); a (2) is waited for: 1.
    QTest::newRow("sink in the middle of the list")
        << Steps {step("x", 0, 1), step("b", 0, 1, {"a"}), step("a", 0, 1)} << 1;
    // d (0) is the only sink.
    QTest::newRow("diamond listed backwards")
        << Steps {step("d", 0, 1, {"b", "c"}), step("c", 0, 1, {"a"}), step("b", 0, 1, {"a"}),
                  step("a", 0, 1)}
        << 0;
}

void TestPipelineModel::finalStep()
{
    QFETCH(Steps, steps);
    QFETCH(int, expected);

    const Scenario s = scenario(steps);
    const Catalog catalog = testCatalog();
    const ModelLookup lookup(s, catalog);
    QCOMPARE(PipelineModel(s, lookup).finalStep(), expected);
}

void TestPipelineModel::graph_data()
{
    QTest::addColumn<Steps>("steps");
    QTest::addColumn<int>("edges");
    QTest::addColumn<bool>("acyclic");
    QTest::addColumn<QList<int>>("cycleSteps"); // sorted

    QTest::newRow("independent steps") << Steps {step("a", 0, 1), step("b", 0, 1)} << 0 << true
                                       << QList<int> {};
    // "ghost" names no step: the edge is left out (validation reports it).
    QTest::newRow("unknown name is ignored") << Steps {step("a", 0, 1, {"ghost"})} << 0 << true
                                             << QList<int> {};
    // a→b, a→c, b→d, c→d: 4 edges.
    QTest::newRow("diamond")
        << Steps {step("a", 0, 1), step("b", 0, 1, {"a"}), step("c", 0, 1, {"a"}),
                  step("d", 0, 1, {"b", "c"})}
        << 4 << true << QList<int> {};
    QTest::newRow("self-dependency") << Steps {step("a", 0, 1, {"a"})} << 1 << false
                                     << QList<int> {0};
    QTest::newRow("two steps wait for each other")
        << Steps {step("a", 0, 1, {"b"}), step("b", 0, 1, {"a"})} << 2 << false
        << QList<int> {0, 1};
    // x and d are fine; a → b → c → a is the cycle (indices 1, 2, 3). Edges: a←c, b←a, c←b,
    // d←x = 4.
    QTest::newRow("three-step cycle beside a valid chain")
        << Steps {step("x", 0, 1), step("a", 0, 1, {"c"}), step("b", 0, 1, {"a"}),
                  step("c", 0, 1, {"b"}), step("d", 0, 1, {"x"})}
        << 4 << false << QList<int> {1, 2, 3};
    // a is fine; b and c wait for each other (b also for a). Edges: b←a, b←c, c←b = 3.
    QTest::newRow("cycle downstream of a valid step")
        << Steps {step("a", 0, 1), step("b", 0, 1, {"a", "c"}), step("c", 0, 1, {"b"})} << 3
        << false << QList<int> {1, 2};
}

void TestPipelineModel::graph()
{
    QFETCH(Steps, steps);
    QFETCH(int, edges);
    QFETCH(bool, acyclic);
    QFETCH(QList<int>, cycleSteps);

    const PipelineGraph g = buildPipelineGraph(steps);
    const int n = int(steps.size());
    QCOMPARE(int(g.dependencies.size()), n);
    int edgeCount = 0;
    for (const auto &deps : g.dependencies)
        edgeCount += int(deps.size());
    QCOMPARE(edgeCount, edges);
    QCOMPARE(g.acyclic(), acyclic);

    QList<int> cycle = toList(g.cycle);
    std::sort(cycle.begin(), cycle.end());
    QCOMPARE(cycle, cycleSteps);

    if (acyclic) {
        // Every step once, each after the steps it waits for.
        QCOMPARE(int(g.order.size()), n);
        std::vector<int> position(n, -1);
        for (int k = 0; k < n; ++k) {
            QVERIFY(g.order[k] >= 0 && g.order[k] < n);
            QCOMPARE(position[g.order[k]], -1);
            position[g.order[k]] = k;
        }
        for (int i = 0; i < n; ++i) {
            for (int d : g.dependencies[i])
                QVERIFY2(position[d] < position[i], QByteArray::number(i).constData());
        }
    } else {
        QVERIFY(g.order.empty());
        // The reported cycle is closed: each member waits for the next, the last for the first.
        const int size = int(g.cycle.size());
        for (int k = 0; k < size; ++k) {
            const auto &deps = g.dependencies[g.cycle[k]];
            const int next = g.cycle[(k + 1) % size];
            QVERIFY2(std::find(deps.begin(), deps.end(), next) != deps.end(),
                     QByteArray::number(g.cycle[k]).constData());
        }
    }
}

void TestPipelineModel::costPerRequest_data()
{
    QTest::addColumn<Steps>("steps");
    QTest::addColumn<double>("asyncShare");
    QTest::addColumn<double>("expected");

    // a: 1000 in, 500 out on "m". standard 1000 × 1e-6 + 500 × 2e-6 = 0.002;
    // batch 1000 × 0.5e-6 + 500 × 1e-6 = 0.001; priority 1000 × 2e-6 + 500 × 4e-6 = 0.004.
    // s: 1000 in, 500 out on "solo" (no batch). standard 0.003 + 0.003 = 0.006;
    // priority 0.006 + 0.006 = 0.012.
    const Step a = step("a", 1000, 500);
    Step s = step("s", 1000, 500, {"a"}, Tier::Standard, 1, "solo");

    QTest::newRow("no async share") << Steps {a} << 0.0 << 0.002;
    // Everything async, on batch: 0.001.
    QTest::newRow("all async runs on batch") << Steps {a} << 1.0 << 0.001;
    // 0.75 × 0.002 + 0.25 × 0.001 = 0.0015 + 0.00025 = 0.00175.
    QTest::newRow("a quarter async") << Steps {a} << 0.25 << 0.00175;
    // No batch tier: the async half stays on standard; 0.006 either way.
    s.after.clear();
    QTest::newRow("no batch tier: own tier") << Steps {s} << 0.5 << 0.006;
    s.after = {"a"};
    // sync 0.002 + 0.006 = 0.008; async 0.001 + 0.006 = 0.007; 0.5 × 0.008 + 0.5 × 0.007 = 0.0075.
    QTest::newRow("mixed pipeline") << Steps {a, s} << 0.5 << 0.0075;
    // 2 calls: sync 2 × 0.002 = 0.004, async 2 × 0.001 = 0.002; 0.5 × 0.004 + 0.5 × 0.002 = 0.003.
    QTest::newRow("calls multiply both halves")
        << Steps {step("a", 1000, 500, {}, Tier::Standard, 2)} << 0.5 << 0.003;
    // Priority sync 0.004, async on batch 0.001: 0.5 × 0.004 + 0.5 × 0.001 = 0.0025.
    QTest::newRow("priority step's async share runs on batch")
        << Steps {step("a", 1000, 500, {}, Tier::Priority)} << 0.5 << 0.0025;
    // solo on priority, no batch: 0.012 either way.
    QTest::newRow("priority without batch stays priority")
        << Steps {step("s", 1000, 500, {}, Tier::Priority, 1, "solo")} << 0.5 << 0.012;
    // Already batch: 0.001 either way.
    QTest::newRow("batch step costs batch either way")
        << Steps {step("a", 1000, 500, {}, Tier::Batch)} << 0.5 << 0.001;
}

void TestPipelineModel::costPerRequest()
{
    QFETCH(Steps, steps);
    QFETCH(double, asyncShare);
    QFETCH(double, expected);

    const Scenario s = scenario(steps, asyncShare);
    const Catalog catalog = testCatalog();
    const ModelLookup lookup(s, catalog);
    const PipelineModel pipeline(s, lookup);
    QCOMPARE(pipeline.asyncShare(), asyncShare);
    const double cost =
        pipeline.costPerRequest(pipeline.writtenChoices(), s.traffic.requestsPerDay);
    FULCRUM_VERIFY_NEAR(cost, expected, 1e-12);
}

} // namespace fulcrum

QTEST_APPLESS_MAIN(fulcrum::TestPipelineModel)

#include "tst_pipelinemodel.moc"
