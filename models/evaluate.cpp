#include "models/evaluate.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "models/alternatives.h"
#include "models/businesscase.h"
#include "models/modellookup.h"
#include "models/pipelinemodel.h"
#include "models/scenariovalidation.h"

namespace fulcrum {

namespace {

std::string stepPath(int i, const char *field)
{
    return "workload.steps[" + std::to_string(i) + "]." + field;
}

void warnAboutSteps(const Scenario &scenario, const PipelineModel &pipeline, Results &results)
{
    const std::vector<Step> &steps = scenario.workload.steps;
    for (int i = 0; i < pipeline.stepCount(); ++i) {
        const Step &step = steps[i];
        const ModelEntry &model = *pipeline.writtenChoices()[i].model;
        if (!model.latency && pipeline.onSyncPath(i))
            results.warnings.push_back({stepPath(i, "model"), "latency_unknown", {{"model", model.id}}});
        const double input = step.staticInputTokens + step.dynamicInputTokens;
        const double generated = step.outputTokens + step.reasoningTokens;
        if (model.contextWindow && input + generated > *model.contextWindow)
            results.warnings.push_back({stepPath(i, "dynamic_input_tokens"),
                                        "context_exceeded",
                                        {{"model", model.id}, {"tokens", input + generated},
                                         {"limit", *model.contextWindow}}});
        if (model.maxOutputTokens && generated > *model.maxOutputTokens)
            results.warnings.push_back({stepPath(i, "output_tokens"),
                                        "output_exceeds_max",
                                        {{"model", model.id}, {"tokens", generated},
                                         {"limit", *model.maxOutputTokens}}});
        if (!PipelineModel::cachingRequested(step))
            continue;
        if (!model.hasCachedPrice())
            results.warnings.push_back({stepPath(i, "cache_hit_rate"), "no_prompt_caching", {{"model", model.id}}});
        else if (step.staticInputTokens < model.promptCacheMinTokens.value_or(0.0))
            results.warnings.push_back({stepPath(i, "static_input_tokens"),
                                        "below_cache_minimum",
                                        {{"model", model.id}, {"tokens", step.staticInputTokens},
                                         {"minimum", *model.promptCacheMinTokens}}});
        else if (step.autoCacheHitRate() && !model.cacheTtlS)
            results.warnings.push_back({stepPath(i, "cache_hit_rate"), "cache_ttl_unknown", {{"model", model.id}}});
    }
}

void computeBusiness(const Scenario &scenario, const PipelineModel &pipeline, Results &results)
{
    const Economics &e = scenario.economics;
    BusinessResults &b = results.business;
    b.failureCost = failureCost(e.costPerEscalation, e.churnRatePerFailure, e.costPerChurn);
    b.llmCostPerCase = results.cost.perRequest;
    b.finalStep = pipeline.finalStep();
    b.accuracyModel = scenario.workload.steps[b.finalStep].model;
    if (const auto eval = scenario.evals.find(b.accuracyModel); eval != scenario.evals.end()) {
        b.accuracy = eval->second.accuracy;
        b.accuracyBasis = AccuracyBasis::Eval;
        b.evalSize = eval->second.evalSize;
    } else {
        b.accuracy = e.targetAccuracy;
        b.accuracyBasis = AccuracyBasis::AssumedTarget;
        results.warnings.push_back({"evals." + b.accuracyModel, "accuracy_assumed_target",
                                    {{"model", b.accuracyModel}, {"accuracy", e.targetAccuracy}}});
    }
    b.breakEven = breakEvenAccuracy(e.valuePerSuccess, b.failureCost, b.llmCostPerCase);
    b.casesPerMonth = scenario.traffic.requestsPerDay * DaysPerMonth;
    const double fixedPerCase = b.casesPerMonth > 0 ? e.monthlyFixedCosts / b.casesPerMonth : 0.0;
    b.breakEvenWithFixedCosts = breakEvenAccuracy(e.valuePerSuccess, b.failureCost,
                                                  b.llmCostPerCase + fixedPerCase);
    b.margin = b.accuracy - b.breakEven;
    b.breaksEven = b.accuracy >= b.breakEven;
    auto netPerMonthAt = [&](double p) {
        return b.casesPerMonth * netPerCase(p, e.valuePerSuccess, b.failureCost, b.llmCostPerCase)
               - e.monthlyFixedCosts;
    };
    b.netPerCase = netPerCase(b.accuracy, e.valuePerSuccess, b.failureCost, b.llmCostPerCase);
    b.netPerMonth = netPerMonthAt(b.accuracy);
    b.netPerMonthAtTarget = netPerMonthAt(e.targetAccuracy);
    if (e.humanAccuracy)
        b.netPerMonthAtHuman = netPerMonthAt(*e.humanAccuracy);
    if (b.accuracyBasis == AccuracyBasis::Eval && b.evalSize > 0) {
        const EvalResult &eval = scenario.evals.at(b.accuracyModel);
        b.wilson95 = wilsonInterval(b.accuracy, b.evalSize);
        const double correct = eval.correct.value_or(std::round(b.accuracy * b.evalSize));
        b.probabilityAboveBreakEven = b.breakEven >= 1.0 ? 0.0 : probabilityAbove(b.breakEven, correct, b.evalSize);
    }
    if (b.breakEven > 1.0)
        results.warnings.push_back({"economics", "never_breaks_even", {{"break_even", b.breakEven}}});
}

void computeProjection(const Scenario &scenario, const PipelineModel &pipeline, Results &results)
{
    const Traffic &t = scenario.traffic;
    const Economics &e = scenario.economics;
    const bool costVaries = std::any_of(scenario.workload.steps.begin(), scenario.workload.steps.end(),
                                        [](const Step &s) { return s.autoCacheHitRate(); });
    const int months = static_cast<int>(t.horizonMonths);
    results.projection.reserve(months);
    double cumulativeCost = 0;
    double cumulativeNet = 0;
    for (int k = 0; k < months; ++k) {
        MonthProjection m;
        m.month = k;
        m.requestsPerDay = t.requestsPerDay * std::pow(1.0 + t.monthlyGrowth, k);
        // Auto hit rates rise with traffic, so the cost per request is redone per month then.
        const double c = costVaries ? pipeline.costPerRequest(pipeline.writtenChoices(), m.requestsPerDay)
                                    : results.cost.perRequest;
        const double cases = m.requestsPerDay * DaysPerMonth;
        m.cost = cases * c;
        m.net = cases * netPerCase(results.business.accuracy, e.valuePerSuccess,
                                   results.business.failureCost, c)
                - e.monthlyFixedCosts;
        cumulativeCost += m.cost;
        cumulativeNet += m.net;
        m.cumulativeCost = cumulativeCost;
        m.cumulativeNet = cumulativeNet;
        results.projection.push_back(m);
    }
    results.cost.perHorizon = cumulativeCost;
}

void computeRateLimits(const Scenario &scenario, const PipelineModel &pipeline, Results &results)
{
    // Tokens and calls per request that count against each model's per-minute limits: every
    // call not on the batch tier (batch jobs have limits of their own).
    struct Use
    {
        const ModelEntry *model;
        double tokens = 0;
        double calls = 0;
    };
    std::vector<Use> uses;
    const double a = scenario.traffic.asyncShare;
    for (int i = 0; i < pipeline.stepCount(); ++i) {
        const Step &step = scenario.workload.steps[i];
        const ModelEntry *model = pipeline.writtenChoices()[i].model;
        double share = step.tier == Tier::Batch ? 0.0 : 1.0 - a;
        if (step.tier != Tier::Batch && !model->offers(Tier::Batch))
            share += a;
        auto it = std::find_if(uses.begin(), uses.end(), [&](const Use &u) { return u.model == model; });
        if (it == uses.end())
            it = uses.insert(uses.end(), Use {model});
        const double tokens = step.staticInputTokens + step.dynamicInputTokens
                              + (step.outputTokens + step.reasoningTokens) * step.completions;
        it->tokens += share * step.calls * tokens;
        it->calls += share * step.calls;
    }
    const Traffic &t = scenario.traffic;
    for (const Use &use : uses) {
        RateLimitResult r;
        r.model = use.model->id;
        const double perMinute = t.requestsPerDay * t.peakToAverage / 1440.0;
        r.peakTokensPerMinute = perMinute * use.tokens;
        r.peakRequestsPerMinute = perMinute * use.calls;
        r.tokensPerMinuteLimit = use.model->rateLimits.tokensPerMinute;
        r.requestsPerMinuteLimit = use.model->rateLimits.requestsPerMinute;
        if (r.tokensPerMinuteLimit)
            r.tokenHeadroom = 1.0 - r.peakTokensPerMinute / *r.tokensPerMinuteLimit;
        if (r.requestsPerMinuteLimit)
            r.requestHeadroom = 1.0 - r.peakRequestsPerMinute / *r.requestsPerMinuteLimit;
        for (const MonthProjection &m : results.projection) {
            const double growth = t.requestsPerDay > 0 ? m.requestsPerDay / t.requestsPerDay : 1.0;
            const bool overTokens = r.tokensPerMinuteLimit && r.peakTokensPerMinute * growth > *r.tokensPerMinuteLimit;
            const bool overCalls = r.requestsPerMinuteLimit && r.peakRequestsPerMinute * growth > *r.requestsPerMinuteLimit;
            if (overTokens || overCalls) {
                r.firstMonthOverLimit = m.month;
                break;
            }
        }
        results.rateLimits.push_back(r);
    }
}

} // namespace

const Alternative *Results::bestFeasibleAlternative() const
{
    for (const Alternative &a : alternatives) {
        if (a.feasible && !a.current)
            return &a;
    }
    return nullptr;
}

const Alternative *Results::cheapestFeasibleAlternative() const
{
    const Alternative *cheapest = nullptr;
    for (const Alternative &a : alternatives) {
        if (a.feasible && !a.current && (!cheapest || a.costPerMonth < cheapest->costPerMonth))
            cheapest = &a;
    }
    return cheapest;
}

bool Results::improvesNet(const Alternative &a) const
{
    // The scenario's own candidate differs from it by rounding only; so may an identical one.
    const double tolerance = 1e-9 * std::max(1.0, std::abs(business.netPerMonth));
    return a.feasible && !a.current && a.netGainPerMonth && *a.netGainPerMonth > tolerance;
}

const Alternative *Results::bestImprovingAlternative() const
{
    const Alternative *best = nullptr;
    for (const Alternative &a : alternatives) {
        if (improvesNet(a) && (!best || *a.netGainPerMonth > *best->netGainPerMonth))
            best = &a;
    }
    return best;
}

const Alternative *Results::cheapestImprovingAlternative() const
{
    const Alternative *cheapest = nullptr;
    for (const Alternative &a : alternatives) {
        if (improvesNet(a) && a.savingPerMonth > 1e-9 * std::max(1.0, cost.perMonth)
            && (!cheapest || a.costPerMonth < cheapest->costPerMonth))
            cheapest = &a;
    }
    return cheapest;
}

Results evaluate(const Scenario &scenario, const Catalog &catalog, const EvaluateOptions &options)
{
    Results results;
    results.currency = scenario.currency;
    results.catalogAsOf = catalog.asOf();
    results.errors = validateScenario(scenario, catalog);
    if (!results.errors.empty())
        return results;

    const ModelLookup models(scenario, catalog);
    const PipelineModel pipeline(scenario, models);
    const Traffic &traffic = scenario.traffic;
    const int n = pipeline.stepCount();

    // Cost.
    std::vector<CallLatency> latencies(n);
    std::vector<char> known(n, 0);
    double sync = 0;
    double async = 0;
    results.steps.reserve(n);
    for (int i = 0; i < n; ++i) {
        const Step &step = scenario.workload.steps[i];
        const PipelineModel::Choice &choice = pipeline.writtenChoices()[i];
        const PipelineModel::StepCost cost = pipeline.stepCost(i, choice, traffic.requestsPerDay);
        StepResult s;
        s.name = step.name;
        s.model = step.model;
        s.tier = step.tier;
        s.calls = step.calls;
        s.cacheHitRate = cost.hitRate;
        s.cacheHitRateDerived = cost.hitRateDerived;
        s.tokensPerCall = cost.tokensPerCall;
        s.costPerCall = cost.perCall;
        s.costPerRequest = cost.perRequestSync.scaled(1.0 - traffic.asyncShare);
        s.costPerRequest += cost.perRequestAsync.scaled(traffic.asyncShare);
        s.onSyncPath = pipeline.onSyncPath(i);
        if (auto latency = pipeline.stepLatency(i, choice, traffic.requestsPerDay)) {
            s.latencyKnown = true;
            s.outputTokensPerS = choice.model->latency->outputTokensPerS;
            s.outputTokensPerSSlowest = choice.model->latency->slowestOutputTokensPerS();
            s.latencyPerCall = *latency;
            latencies[i] = *latency;
            known[i] = 1;
        }
        sync += cost.perRequestSync.total();
        async += cost.perRequestAsync.total();
        results.cost.perRequestByKind += s.costPerRequest;
        results.steps.push_back(std::move(s));
    }
    results.cost.syncPerRequest = sync;
    results.cost.asyncPerRequest = async;
    results.cost.perRequest = (1.0 - traffic.asyncShare) * sync + traffic.asyncShare * async;
    results.cost.perDay = traffic.requestsPerDay * results.cost.perRequest;
    results.cost.perMonth = results.cost.perDay * DaysPerMonth;

    // Latency along the synchronous path.
    const PipelineModel::Timing timing = pipeline.timingDetail(latencies, known);
    LatencyResults &l = results.latency;
    l.known = timing.known;
    l.hasSyncPath = timing.hasSyncPath;
    l.budgetS = scenario.workload.latencyBudgetS;
    if (timing.known) {
        l.firstTokenS = timing.firstTokenS;
        l.firstTokenSlowestS = timing.firstTokenSlowestS;
        l.totalS = timing.totalS;
        l.totalSlowestS = timing.totalSlowestS;
        l.perceivedS = scenario.workload.streaming ? l.firstTokenS : l.totalS;
        l.withinBudget = l.totalS <= l.budgetS;
        l.withinBudgetSlowest = l.totalSlowestS <= l.budgetS;
        l.criticalPath = timing.criticalPath;
        for (int i : timing.criticalPath)
            results.steps[i].onCriticalPath = true;
        // The budget inverse per step: the time left for its output once every other part
        // of the longest path through it is spent.
        std::vector<double> tail(n, 0.0);
        std::vector<double> tailSlowest(n, 0.0);
        for (auto it = pipeline.graph().order.rbegin(); it != pipeline.graph().order.rend(); ++it) {
            const int i = *it;
            if (!pipeline.onSyncPath(i))
                continue;
            for (int d : pipeline.graph().dependencies[i]) {
                tail[d] = std::max(tail[d], timing.finishS[i] - timing.startS[i] + tail[i]);
                tailSlowest[d] = std::max(tailSlowest[d], timing.finishSlowestS[i] - timing.startSlowestS[i]
                                                              + tailSlowest[i]);
            }
        }
        for (int i = 0; i < n; ++i) {
            StepResult &s = results.steps[i];
            s.startS = timing.startS[i];
            s.finishS = timing.finishS[i];
            s.tailS = tail[i];
            s.startSlowestS = timing.startSlowestS[i];
            s.tailSlowestS = tailSlowest[i];
            if (!s.onSyncPath)
                continue;
            const CallLatency &c = s.latencyPerCall;
            const double calls = s.calls;
            const double fixed = s.startS + calls * c.firstTokenS() + tail[i];
            s.affordableOutputTokens = affordableOutputTokens(l.budgetS, fixed, s.outputTokensPerS) / calls;
        }
    }

    warnAboutSteps(scenario, pipeline, results);
    computeBusiness(scenario, pipeline, results);
    computeProjection(scenario, pipeline, results);
    computeRateLimits(scenario, pipeline, results);
    results.alternativesApplyTo = scenario.alternatives.applyTo == "final"
                                      ? scenario.workload.steps[pipeline.finalStep()].name
                                      : scenario.alternatives.applyTo;
    if (options.alternatives)
        results.alternatives = rankAlternatives(scenario, models, pipeline, results.business,
                                                results.cost.perMonth);
    return results;
}

} // namespace fulcrum
