#include <algorithm>
#include <cmath>

#include <QtTest>

#include "tests/testsupport.h"

#include "models/costmodel.h"

// Every expected value below is worked out by hand in the comment next to its row. Prices are
// per million tokens, so "× 60e-6" is "at $60/M".

namespace fulcrum {

/// The hand-built models the rows refer to.
enum class PriceSet {
    Gpt4Style,   ///< cached input, no cache-write price, 1024-token cache minimum
    ClaudeStyle, ///< prices cache writes (Anthropic-style), 1024-token cache minimum
    NoCache,     ///< no cached price on any tier
    FourTier,    ///< every tier with its own prices, no cache minimum
};

} // namespace fulcrum

Q_DECLARE_METATYPE(fulcrum::PriceSet)
Q_DECLARE_METATYPE(fulcrum::Tier)

namespace fulcrum {

namespace {

ModelEntry gpt4Style()
{
    ModelEntry m;
    m.id = "gpt4-style";
    m.prices[tierIndex(Tier::Standard)] =
        TierPrices {.input = 60, .cachedInput = 30, .output = 120};
    m.promptCacheMinTokens = 1024;
    return m;
}

ModelEntry claudeStyle()
{
    ModelEntry m;
    m.id = "claude-style";
    m.prices[tierIndex(Tier::Standard)] =
        TierPrices {.input = 3, .cachedInput = 0.3, .cacheWrite = 3.75, .output = 15};
    // A tier with cached reads but no write price: writes fall back to its input price.
    m.prices[tierIndex(Tier::Batch)] =
        TierPrices {.input = 1.5, .cachedInput = 0.15, .output = 7.5};
    m.promptCacheMinTokens = 1024;
    return m;
}

ModelEntry noCache()
{
    ModelEntry m;
    m.id = "no-cache";
    m.prices[tierIndex(Tier::Standard)] = TierPrices {.input = 1, .output = 2};
    return m;
}

ModelEntry fourTier()
{
    ModelEntry m;
    m.id = "four-tier";
    m.prices[tierIndex(Tier::Standard)] = TierPrices {.input = 2, .cachedInput = 1, .output = 8};
    m.prices[tierIndex(Tier::Batch)] = TierPrices {.input = 1.25, .output = 4}; // no cached price
    m.prices[tierIndex(Tier::Flex)] = TierPrices {.input = 1.5, .cachedInput = 0.75, .output = 6};
    m.prices[tierIndex(Tier::Priority)] =
        TierPrices {.input = 4, .cachedInput = 2, .output = 16, .reasoning = 20};
    return m;
}

ModelEntry model(PriceSet set)
{
    switch (set) {
    case PriceSet::Gpt4Style:
        return gpt4Style();
    case PriceSet::ClaudeStyle:
        return claudeStyle();
    case PriceSet::NoCache:
        return noCache();
    case PriceSet::FourTier:
        break;
    }
    return fourTier();
}

Step makeStep(double staticInput, double dynamicInput, double output, double reasoning,
              double completions)
{
    Step s;
    s.name = "step";
    s.staticInputTokens = staticInput;
    s.dynamicInputTokens = dynamicInput;
    s.outputTokens = output;
    s.reasoningTokens = reasoning;
    s.completions = completions;
    return s;
}

} // namespace

class TestCostModel : public QObject
{
    Q_OBJECT

private slots:
    void effectiveHitRate_data();
    void effectiveHitRate();
    void callTokens_data();
    void callTokens();
    void callCost_data();
    void callCost();
    void derivedCacheHitRate_data();
    void derivedCacheHitRate();
};

void TestCostModel::effectiveHitRate_data()
{
    QTest::addColumn<PriceSet>("prices");
    QTest::addColumn<double>("requested");
    QTest::addColumn<bool>("caching");
    QTest::addColumn<double>("staticInput");
    QTest::addColumn<double>("expected");

    // The step does not cache: 0 whatever rate is written.
    QTest::newRow("caching not requested") << PriceSet::Gpt4Style << 0.8 << false << 2000.0 << 0.0;
    // No tier has a cached price: prompt caching does not exist for the model.
    QTest::newRow("model without cached price")
        << PriceSet::NoCache << 0.8 << true << 2000.0 << 0.0;
    // 1023 < 1024 minimum: never cached.
    QTest::newRow("prefix below cache minimum")
        << PriceSet::Gpt4Style << 0.8 << true << 1023.0 << 0.0;
    // 1024 is not shorter than the 1024 minimum: the requested 0.8 applies.
    QTest::newRow("prefix at cache minimum") << PriceSet::Gpt4Style << 0.8 << true << 1024.0 << 0.8;
    // 5000 ≥ 1024: the requested 0.6.
    QTest::newRow("prefix above cache minimum")
        << PriceSet::ClaudeStyle << 0.6 << true << 5000.0 << 0.6;
    // No minimum set: even a 10-token prefix gets the requested 0.5.
    QTest::newRow("no cache minimum") << PriceSet::FourTier << 0.5 << true << 10.0 << 0.5;
    // A rate is a share: 1.5 clamps to 1, −0.2 to 0.
    QTest::newRow("rate above 1 clamps to 1") << PriceSet::FourTier << 1.5 << true << 2000.0 << 1.0;
    QTest::newRow("negative rate clamps to 0")
        << PriceSet::FourTier << -0.2 << true << 2000.0 << 0.0;
}

void TestCostModel::effectiveHitRate()
{
    QFETCH(PriceSet, prices);
    QFETCH(double, requested);
    QFETCH(bool, caching);
    QFETCH(double, staticInput);
    QFETCH(double, expected);

    QCOMPARE(fulcrum::effectiveHitRate(requested, caching, staticInput, model(prices)), expected);
}

void TestCostModel::callTokens_data()
{
    QTest::addColumn<PriceSet>("prices");
    QTest::addColumn<double>("staticInput");
    QTest::addColumn<double>("dynamicInput");
    QTest::addColumn<double>("hitRate");
    QTest::addColumn<bool>("caching");
    QTest::addColumn<double>("output");
    QTest::addColumn<double>("reasoning");
    QTest::addColumn<double>("completions");
    QTest::addColumn<double>("plainInput");
    QTest::addColumn<double>("cachedInput");
    QTest::addColumn<double>("cacheWrite");
    QTest::addColumn<double>("outputTokens");
    QTest::addColumn<double>("reasoningTokens");
    QTest::addColumn<double>("prefill");

    // Hit rate 0, no caching: plain = 2000 + 500 = 2500, nothing written even though the
    // model prices writes.
    QTest::newRow("no caching asked: no writes")
        << PriceSet::ClaudeStyle << 2000.0 << 500.0 << 0.0 << false << 200.0 << 0.0 << 1.0
        << 2500.0 << 0.0 << 0.0 << 200.0 << 0.0 << 2500.0;
    // cached = 2000 × 0.8 = 1600; plain = 2000 + 500 − 1600 = 900; prefill = 900.
    QTest::newRow("cached above minimum")
        << PriceSet::Gpt4Style << 2000.0 << 500.0 << 0.8 << true << 200.0 << 0.0 << 1.0
        << 900.0 << 1600.0 << 0.0 << 200.0 << 0.0 << 900.0;
    // 1000 < 1024: nothing cached; plain = 1000 + 500 = 1500.
    QTest::newRow("below minimum: nothing cached")
        << PriceSet::Gpt4Style << 1000.0 << 500.0 << 0.8 << true << 200.0 << 0.0 << 1.0
        << 1500.0 << 0.0 << 0.0 << 200.0 << 0.0 << 1500.0;
    // At the minimum: cached = 1024 × 0.5 = 512; plain = 1024 + 100 − 512 = 612.
    QTest::newRow("at minimum: cached")
        << PriceSet::Gpt4Style << 1024.0 << 100.0 << 0.5 << true << 0.0 << 0.0 << 1.0
        << 612.0 << 512.0 << 0.0 << 0.0 << 0.0 << 612.0;
    // cached = 2000 × 0.8 = 1600; writes = 2000 × 0.2 = 400, taken out of the plain input:
    // plain = 2500 − 1600 − 400 = 500; prefill = 500 + 400 = 900.
    QTest::newRow("writes replace plain input")
        << PriceSet::ClaudeStyle << 2000.0 << 500.0 << 0.8 << true << 200.0 << 0.0 << 1.0
        << 500.0 << 1600.0 << 400.0 << 200.0 << 0.0 << 900.0;
    // 1000 < 1024: neither read nor written; plain = 1500.
    QTest::newRow("writes: below minimum none")
        << PriceSet::ClaudeStyle << 1000.0 << 500.0 << 0.8 << true << 200.0 << 0.0 << 1.0
        << 1500.0 << 0.0 << 0.0 << 200.0 << 0.0 << 1500.0;
    // Caching on but cold: writes = 2000 × 1 = 2000; plain = 2500 − 2000 = 500; prefill 2500.
    QTest::newRow("writes: cold cache writes everything")
        << PriceSet::ClaudeStyle << 2000.0 << 500.0 << 0.0 << true << 200.0 << 0.0 << 1.0
        << 500.0 << 0.0 << 2000.0 << 200.0 << 0.0 << 2500.0;
    // Always warm: cached = 2000, writes = 2000 × 0 = 0; plain = 500.
    QTest::newRow("writes: warm cache writes nothing")
        << PriceSet::ClaudeStyle << 2000.0 << 500.0 << 1.0 << true << 200.0 << 0.0 << 1.0
        << 500.0 << 2000.0 << 0.0 << 200.0 << 0.0 << 500.0;
    // No cached price: effective rate 0; plain = 2500.
    QTest::newRow("no cached price caches nothing")
        << PriceSet::NoCache << 2000.0 << 500.0 << 0.8 << true << 200.0 << 0.0 << 1.0
        << 2500.0 << 0.0 << 0.0 << 200.0 << 0.0 << 2500.0;
    // output = 200 × 3 = 600; reasoning = 300 × 3 = 900; input stays 1000.
    QTest::newRow("completions multiply output and reasoning")
        << PriceSet::FourTier << 0.0 << 1000.0 << 0.0 << false << 200.0 << 300.0 << 3.0
        << 1000.0 << 0.0 << 0.0 << 600.0 << 900.0 << 1000.0;
    // cached = 4000 × 0.5 = 2000; plain = 5000 − 2000 = 3000; output = 100 × 2 = 200.
    QTest::newRow("completions do not multiply input")
        << PriceSet::FourTier << 4000.0 << 1000.0 << 0.5 << true << 100.0 << 0.0 << 2.0
        << 3000.0 << 2000.0 << 0.0 << 200.0 << 0.0 << 3000.0;
}

void TestCostModel::callTokens()
{
    QFETCH(PriceSet, prices);
    QFETCH(double, staticInput);
    QFETCH(double, dynamicInput);
    QFETCH(double, hitRate);
    QFETCH(bool, caching);
    QFETCH(double, output);
    QFETCH(double, reasoning);
    QFETCH(double, completions);
    QFETCH(double, plainInput);
    QFETCH(double, cachedInput);
    QFETCH(double, cacheWrite);
    QFETCH(double, outputTokens);
    QFETCH(double, reasoningTokens);
    QFETCH(double, prefill);

    const Step step = makeStep(staticInput, dynamicInput, output, reasoning, completions);
    const CallTokens t = fulcrum::callTokens(step, hitRate, caching, model(prices));
    // 2000 × (1 − 0.8) is 399.99999999999994 in doubles: compare to a relative 1e-12.
    FULCRUM_VERIFY_NEAR(t.plainInput, plainInput, 1e-12);
    FULCRUM_VERIFY_NEAR(t.cachedInput, cachedInput, 1e-12);
    FULCRUM_VERIFY_NEAR(t.cacheWrite, cacheWrite, 1e-12);
    FULCRUM_VERIFY_NEAR(t.output, outputTokens, 1e-12);
    FULCRUM_VERIFY_NEAR(t.reasoning, reasoningTokens, 1e-12);
    FULCRUM_VERIFY_NEAR(t.prefill(), prefill, 1e-12);
}

void TestCostModel::callCost_data()
{
    QTest::addColumn<PriceSet>("prices");
    QTest::addColumn<Tier>("tier");
    QTest::addColumn<double>("staticInput");
    QTest::addColumn<double>("dynamicInput");
    QTest::addColumn<double>("hitRate");
    QTest::addColumn<bool>("caching");
    QTest::addColumn<double>("output");
    QTest::addColumn<double>("reasoning");
    QTest::addColumn<double>("completions");
    QTest::addColumn<double>("plainCost");
    QTest::addColumn<double>("cachedCost");
    QTest::addColumn<double>("writeCost");
    QTest::addColumn<double>("outputCost");
    QTest::addColumn<double>("reasoningCost");
    QTest::addColumn<double>("total");

    // 10,000 × 60e-6 = 0.6; 200 × 120e-6 = 0.024; total 0.624.
    QTest::newRow("10k in at $60/M, 200 out at $120/M = $0.624")
        << PriceSet::Gpt4Style << Tier::Standard << 0.0 << 10000.0 << 0.0 << false << 200.0 << 0.0
        << 1.0 << 0.6 << 0.0 << 0.0 << 0.024 << 0.0 << 0.624;
    // Same 10,000 input tokens, 8,000 of them a prefix that is not cached: still 0.624.
    QTest::newRow("uncached prefix billed as input")
        << PriceSet::Gpt4Style << Tier::Standard << 8000.0 << 2000.0 << 0.0 << false << 200.0 << 0.0
        << 1.0 << 0.6 << 0.0 << 0.0 << 0.024 << 0.0 << 0.624;
    // cached 8000 × 0.5 = 4000 × 30e-6 = 0.12; plain 6000 × 60e-6 = 0.36; output 0.024;
    // total 0.36 + 0.12 + 0.024 = 0.504.
    QTest::newRow("cached above minimum")
        << PriceSet::Gpt4Style << Tier::Standard << 8000.0 << 2000.0 << 0.5 << true << 200.0 << 0.0
        << 1.0 << 0.36 << 0.12 << 0.0 << 0.024 << 0.0 << 0.504;
    // 1000 < 1024: plain 10,000 × 60e-6 = 0.6; + 0.024 = 0.624.
    QTest::newRow("below minimum pays full input")
        << PriceSet::Gpt4Style << Tier::Standard << 1000.0 << 9000.0 << 0.5 << true << 200.0 << 0.0
        << 1.0 << 0.6 << 0.0 << 0.0 << 0.024 << 0.0 << 0.624;
    // cached 7500 × 0.3e-6 = 0.00225; writes 2500 × 3.75e-6 = 0.009375 instead of plain;
    // plain 2000 × 3e-6 = 0.006; output 500 × 15e-6 = 0.0075;
    // total 0.006 + 0.00225 + 0.009375 + 0.0075 = 0.025125. (Billing the 2500 written tokens
    // as plain input too would add 2500 × 3e-6 = 0.0075: 0.032625.)
    QTest::newRow("writes at write price instead of input")
        << PriceSet::ClaudeStyle << Tier::Standard << 10000.0 << 2000.0 << 0.75 << true << 500.0
        << 0.0 << 1.0 << 0.006 << 0.00225 << 0.009375 << 0.0075 << 0.0 << 0.025125;
    // Not caching: plain 12,000 × 3e-6 = 0.036; output 0.0075; total 0.0435.
    QTest::newRow("no caching asked pays no writes")
        << PriceSet::ClaudeStyle << Tier::Standard << 10000.0 << 2000.0 << 0.0 << false << 500.0
        << 0.0 << 1.0 << 0.036 << 0.0 << 0.0 << 0.0075 << 0.0 << 0.0435;
    // 1000 < 1024: plain 3000 × 3e-6 = 0.009; output 0.0075; total 0.0165.
    QTest::newRow("writes: below minimum none")
        << PriceSet::ClaudeStyle << Tier::Standard << 1000.0 << 2000.0 << 0.75 << true << 500.0
        << 0.0 << 1.0 << 0.009 << 0.0 << 0.0 << 0.0075 << 0.0 << 0.0165;
    // Cold: writes 10,000 × 3.75e-6 = 0.0375; plain 2000 × 3e-6 = 0.006; output 0.0075;
    // total 0.051.
    QTest::newRow("writes: cold cache writes the prefix")
        << PriceSet::ClaudeStyle << Tier::Standard << 10000.0 << 2000.0 << 0.0 << true << 500.0
        << 0.0 << 1.0 << 0.006 << 0.0 << 0.0375 << 0.0075 << 0.0 << 0.051;
    // Batch has no write price: writes 2500 × 1.5e-6 = 0.00375; cached 7500 × 0.15e-6 =
    // 0.001125; plain 2000 × 1.5e-6 = 0.003; output 500 × 7.5e-6 = 0.00375;
    // total 0.003 + 0.001125 + 0.00375 + 0.00375 = 0.011625.
    QTest::newRow("tier without write price bills writes as input")
        << PriceSet::ClaudeStyle << Tier::Batch << 10000.0 << 2000.0 << 0.75 << true << 500.0
        << 0.0 << 1.0 << 0.003 << 0.001125 << 0.00375 << 0.00375 << 0.0 << 0.011625;
    // No cached price: plain 6000 × 1e-6 = 0.006; output 100 × 2e-6 = 0.0002; total 0.0062.
    QTest::newRow("no cached price caches nothing")
        << PriceSet::NoCache << Tier::Standard << 5000.0 << 1000.0 << 0.9 << true << 100.0 << 0.0
        << 1.0 << 0.006 << 0.0 << 0.0 << 0.0002 << 0.0 << 0.0062;
    // The same call on each tier: cached 4000 × 0.5 = 2000, plain 3000, output 100.
    // standard: 3000 × 2e-6 = 0.006; 2000 × 1e-6 = 0.002; 100 × 8e-6 = 0.0008; total 0.0088.
    QTest::newRow("standard tier prices")
        << PriceSet::FourTier << Tier::Standard << 4000.0 << 1000.0 << 0.5 << true << 100.0 << 0.0
        << 1.0 << 0.006 << 0.002 << 0.0 << 0.0008 << 0.0 << 0.0088;
    // batch has no cached price: cached tokens at its input price 1.25 (not standard's 1):
    // 3000 × 1.25e-6 = 0.00375; 2000 × 1.25e-6 = 0.0025; 100 × 4e-6 = 0.0004; total 0.00665.
    QTest::newRow("batch tier falls back to its input price")
        << PriceSet::FourTier << Tier::Batch << 4000.0 << 1000.0 << 0.5 << true << 100.0 << 0.0
        << 1.0 << 0.00375 << 0.0025 << 0.0 << 0.0004 << 0.0 << 0.00665;
    // flex: 3000 × 1.5e-6 = 0.0045; 2000 × 0.75e-6 = 0.0015; 100 × 6e-6 = 0.0006; total 0.0066.
    QTest::newRow("flex tier prices")
        << PriceSet::FourTier << Tier::Flex << 4000.0 << 1000.0 << 0.5 << true << 100.0 << 0.0
        << 1.0 << 0.0045 << 0.0015 << 0.0 << 0.0006 << 0.0 << 0.0066;
    // priority: 3000 × 4e-6 = 0.012; 2000 × 2e-6 = 0.004; 100 × 16e-6 = 0.0016; total 0.0176.
    QTest::newRow("priority tier prices")
        << PriceSet::FourTier << Tier::Priority << 4000.0 << 1000.0 << 0.5 << true << 100.0 << 0.0
        << 1.0 << 0.012 << 0.004 << 0.0 << 0.0016 << 0.0 << 0.0176;
    // Priority prices reasoning at 20: 1000 × 4e-6 = 0.004; 100 × 16e-6 = 0.0016;
    // 400 × 20e-6 = 0.008; total 0.0136.
    QTest::newRow("reasoning at its own price")
        << PriceSet::FourTier << Tier::Priority << 0.0 << 1000.0 << 0.0 << false << 100.0 << 400.0
        << 1.0 << 0.004 << 0.0 << 0.0 << 0.0016 << 0.008 << 0.0136;
    // Standard has no reasoning price: output's 8. 1000 × 2e-6 = 0.002; 100 × 8e-6 = 0.0008;
    // 400 × 8e-6 = 0.0032; total 0.006.
    QTest::newRow("reasoning falls back to output price")
        << PriceSet::FourTier << Tier::Standard << 0.0 << 1000.0 << 0.0 << false << 100.0 << 400.0
        << 1.0 << 0.002 << 0.0 << 0.0 << 0.0008 << 0.0032 << 0.006;
    // n = 3: output 300 × 16e-6 = 0.0048; reasoning 1200 × 20e-6 = 0.024; input once
    // 1000 × 4e-6 = 0.004; total 0.0328.
    QTest::newRow("completions multiply output and reasoning")
        << PriceSet::FourTier << Tier::Priority << 0.0 << 1000.0 << 0.0 << false << 100.0 << 400.0
        << 3.0 << 0.004 << 0.0 << 0.0 << 0.0048 << 0.024 << 0.0328;
}

void TestCostModel::callCost()
{
    QFETCH(PriceSet, prices);
    QFETCH(Tier, tier);
    QFETCH(double, staticInput);
    QFETCH(double, dynamicInput);
    QFETCH(double, hitRate);
    QFETCH(bool, caching);
    QFETCH(double, output);
    QFETCH(double, reasoning);
    QFETCH(double, completions);
    QFETCH(double, plainCost);
    QFETCH(double, cachedCost);
    QFETCH(double, writeCost);
    QFETCH(double, outputCost);
    QFETCH(double, reasoningCost);
    QFETCH(double, total);

    const ModelEntry m = model(prices);
    QVERIFY(m.offers(tier));
    const Step step = makeStep(staticInput, dynamicInput, output, reasoning, completions);
    const TokenCost cost = fulcrum::callCost(fulcrum::callTokens(step, hitRate, caching, m),
                                             *m.pricesFor(tier));
    FULCRUM_VERIFY_NEAR(cost.plainInput, plainCost, 1e-12);
    FULCRUM_VERIFY_NEAR(cost.cachedInput, cachedCost, 1e-12);
    FULCRUM_VERIFY_NEAR(cost.cacheWrite, writeCost, 1e-12);
    FULCRUM_VERIFY_NEAR(cost.output, outputCost, 1e-12);
    FULCRUM_VERIFY_NEAR(cost.reasoning, reasoningCost, 1e-12);
    FULCRUM_VERIFY_NEAR(cost.total(), total, 1e-12);
}

void TestCostModel::derivedCacheHitRate_data()
{
    QTest::addColumn<double>("callsPerDay");
    QTest::addColumn<double>("distinctPrefixes");
    QTest::addColumn<double>("cacheTtlS");
    QTest::addColumn<double>("expected");

    // r = 86,400 / 86,400 / 1 = 1 call/s; r × ttl = 1; 1 − e^−1 = 1 − 0.36787944117144233.
    QTest::newRow("1 call/s, ttl 1 s") << 86400.0 << 1.0 << 1.0 << 0.632120558828558;
    // r = 86,400 / 86,400 / 2 = 0.5 call/s per prefix; × 2 s = 1; 1 − e^−1.
    QTest::newRow("two prefixes share the traffic") << 86400.0 << 2.0 << 2.0 << 0.632120558828558;
    // r = 0.1 call/s; × 10 s = 1; 1 − e^−1.
    QTest::newRow("0.1 call/s, ttl 10 s") << 8640.0 << 1.0 << 10.0 << 0.632120558828558;
    // r = 1; × 2 = 2; 1 − e^−2 = 1 − 0.1353352832366127 = 0.8646647167633873.
    QTest::newRow("1 call/s, ttl 2 s") << 86400.0 << 1.0 << 2.0 << 0.8646647167633873;
    // r = 864 / 86,400 = 0.01 call/s; × 5 s = 0.05; 1 − e^−0.05 = 1 − 0.951229424500714.
    QTest::newRow("low traffic, short ttl caches little")
        << 864.0 << 1.0 << 5.0 << 0.048770575499286;
    // r = 10 call/s; × 300 s = 3000; 1 − e^−3000 = 1 in doubles.
    QTest::newRow("busy prefix, 5 min ttl") << 864000.0 << 1.0 << 300.0 << 1.0;
    // No traffic, nothing is ever warm.
    QTest::newRow("zero traffic") << 0.0 << 1.0 << 300.0 << 0.0;
    // A cache that expires at once.
    QTest::newRow("zero ttl") << 86400.0 << 1.0 << 0.0 << 0.0;
}

void TestCostModel::derivedCacheHitRate()
{
    QFETCH(double, callsPerDay);
    QFETCH(double, distinctPrefixes);
    QFETCH(double, cacheTtlS);
    QFETCH(double, expected);

    const double rate = fulcrum::derivedCacheHitRate(callsPerDay, distinctPrefixes, cacheTtlS);
    FULCRUM_VERIFY_NEAR(rate, expected, 1e-14);
}

} // namespace fulcrum

QTEST_APPLESS_MAIN(fulcrum::TestCostModel)

#include "tst_costmodel.moc"
