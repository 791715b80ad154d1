#include "models/pipelinemodel.h"

#include <algorithm>

namespace fulcrum {

PipelineModel::PipelineModel(const Scenario &scenario, const ModelLookup &models)
    : m_steps {scenario.workload.steps}
    , m_networkOverheadS {scenario.workload.networkOverheadS}
    , m_asyncShare {scenario.traffic.asyncShare}
    , m_graph {buildPipelineGraph(scenario.workload.steps)}
{
    const int n = stepCount();
    m_written.reserve(n);
    for (const Step &step : m_steps)
        m_written.push_back({models.find(step.model), step.tier, cachingRequested(step)});

    // A batch-tier step is off the synchronous path, and so is every step that waits for it.
    m_sync.assign(n, 1);
    for (int i : m_graph.order) {
        bool sync = m_steps[i].tier != Tier::Batch;
        for (int d : m_graph.dependencies[i])
            sync = sync && m_sync[d];
        m_sync[i] = sync;
    }
    m_finalStep = m_graph.finalStep();
}

bool PipelineModel::cachingRequested(const Step &step)
{
    return step.autoCacheHitRate() || *step.cacheHitRate > 0;
}

double PipelineModel::hitRate(int i, const Choice &choice, double requestsPerDay, bool &derived) const
{
    derived = false;
    if (!choice.caching)
        return 0.0;
    const Step &step = m_steps[i];
    // A step that asks for a rate keeps it; one that did not cache (or says "auto") gets the
    // rate its traffic would sustain with this model's cache lifetime.
    if (!step.autoCacheHitRate() && *step.cacheHitRate > 0)
        return *step.cacheHitRate;
    derived = true;
    return derivedCacheHitRate(requestsPerDay * step.calls, step.distinctPrefixes,
                               choice.model->cacheTtlS.value_or(0.0));
}

PipelineModel::StepCost PipelineModel::stepCost(int i, const Choice &choice, double requestsPerDay) const
{
    const Step &step = m_steps[i];
    const ModelEntry &model = *choice.model;
    StepCost cost;
    cost.hitRate = hitRate(i, choice, requestsPerDay, cost.hitRateDerived);
    cost.tokensPerCall = callTokens(step, cost.hitRate, choice.caching, model);
    cost.hitRate = effectiveHitRate(cost.hitRate, choice.caching, step.staticInputTokens, model);
    cost.perCall = callCost(cost.tokensPerCall, *model.pricesFor(choice.tier));
    cost.perRequestSync = cost.perCall.scaled(step.calls);
    const Tier asyncTier = model.offers(Tier::Batch) ? Tier::Batch : choice.tier;
    cost.perRequestAsync = asyncTier == choice.tier
                               ? cost.perRequestSync
                               : callCost(cost.tokensPerCall, *model.pricesFor(asyncTier)).scaled(step.calls);
    return cost;
}

std::optional<CallLatency> PipelineModel::stepLatency(int i, const Choice &choice, double requestsPerDay) const
{
    const ModelEntry &model = *choice.model;
    if (!model.latency)
        return std::nullopt;
    const Step &step = m_steps[i];
    bool derived = false;
    const double rate = hitRate(i, choice, requestsPerDay, derived);
    const CallTokens tokens = callTokens(step, rate, choice.caching, model);
    return callLatency(m_networkOverheadS, model.queueS(choice.tier), *model.latency,
                       tokens.prefill(), step.reasoningTokens, step.outputTokens);
}

double PipelineModel::costPerRequest(const std::vector<Choice> &choices, double requestsPerDay) const
{
    double sync = 0;
    double async = 0;
    for (int i = 0; i < stepCount(); ++i) {
        const StepCost cost = stepCost(i, choices[i], requestsPerDay);
        sync += cost.perRequestSync.total();
        async += cost.perRequestAsync.total();
    }
    return (1.0 - m_asyncShare) * sync + m_asyncShare * async;
}

PipelineModel::Timing PipelineModel::timing(const std::vector<CallLatency> &latencies,
                                            const std::vector<char> &known,
                                            std::vector<double> &finish,
                                            std::vector<double> &finishSlowest) const
{
    Timing t;
    const int n = stepCount();
    finish.assign(n, 0.0);
    finishSlowest.assign(n, 0.0);
    double bestFinish = -1;
    double bestFinishSlowest = -1;
    for (int i : m_graph.order) {
        if (!m_sync[i])
            continue;
        t.hasSyncPath = true;
        if (!known[i])
            t.known = false;
        double start = 0;
        double startSlowest = 0;
        for (int d : m_graph.dependencies[i]) {
            start = std::max(start, finish[d]);
            startSlowest = std::max(startSlowest, finishSlowest[d]);
        }
        const double calls = m_steps[i].calls;
        const CallLatency &l = latencies[i];
        finish[i] = start + calls * l.totalS();
        finishSlowest[i] = startSlowest + calls * l.totalSlowestS();
        // Ties go to the later step in the list, the one the user reads last.
        if (finish[i] >= bestFinish) {
            bestFinish = finish[i];
            t.endStep = i;
            t.firstTokenS = start + (calls - 1.0) * l.totalS() + l.firstTokenS();
        }
        if (finishSlowest[i] >= bestFinishSlowest) {
            bestFinishSlowest = finishSlowest[i];
            t.firstTokenSlowestS = startSlowest + (calls - 1.0) * l.totalSlowestS() + l.firstTokenSlowestS();
        }
    }
    t.totalS = std::max(bestFinish, 0.0);
    t.totalSlowestS = std::max(bestFinishSlowest, 0.0);
    if (!t.hasSyncPath)
        t.firstTokenS = t.firstTokenSlowestS = 0;
    return t;
}

PipelineModel::Timing PipelineModel::timingDetail(const std::vector<CallLatency> &latencies,
                                                  const std::vector<char> &known) const
{
    std::vector<double> finish;
    std::vector<double> finishSlowest;
    Timing t = timing(latencies, known, finish, finishSlowest);
    const int n = stepCount();
    t.finishS = finish;
    t.finishSlowestS = finishSlowest;
    t.startS.assign(n, 0.0);
    t.startSlowestS.assign(n, 0.0);
    for (int i = 0; i < n; ++i) {
        if (!m_sync[i])
            continue;
        for (int d : m_graph.dependencies[i]) {
            t.startS[i] = std::max(t.startS[i], finish[d]);
            t.startSlowestS[i] = std::max(t.startSlowestS[i], finishSlowest[d]);
        }
    }
    // Walk back from the end along the dependency that finished last.
    for (int i = t.endStep; i >= 0;) {
        t.criticalPath.push_back(i);
        int next = -1;
        for (int d : m_graph.dependencies[i]) {
            if (next < 0 || finish[d] > finish[next])
                next = d;
        }
        i = next;
    }
    std::reverse(t.criticalPath.begin(), t.criticalPath.end());
    return t;
}

} // namespace fulcrum
