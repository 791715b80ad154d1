#include "models/alternatives.h"

#include <algorithm>

#include "models/businesscase.h"

namespace fulcrum {

std::vector<int> alternativeTargets(const Scenario &scenario)
{
    const std::vector<Step> &steps = scenario.workload.steps;
    const std::string &applyTo = scenario.alternatives.applyTo;
    std::vector<int> targets;
    if (steps.empty())
        return targets;
    if (applyTo == "final") {
        targets.push_back(buildPipelineGraph(steps).finalStep());
        return targets;
    }
    for (int i = 0; i < static_cast<int>(steps.size()); ++i) {
        if (applyTo == "all" || steps[i].name == applyTo)
            targets.push_back(i);
    }
    return targets;
}

Scenario applyAlternative(const Scenario &scenario, const Alternative &alternative)
{
    Scenario result = scenario;
    const std::vector<int> targets = alternativeTargets(scenario);
    for (int i : targets) {
        Step &step = result.workload.steps[i];
        step.model = alternative.model;
        step.tier = alternative.tier;
        if (!alternative.caching) {
            step.cacheHitRate = 0.0;
            step.ranges.erase("cache_hit_rate");
        } else if (!PipelineModel::cachingRequested(step)) {
            step.cacheHitRate.reset(); // "auto": what the traffic sustains, as ranked
        }
    }
    return result;
}

void markParetoFront(std::vector<Alternative> &alternatives)
{
    std::vector<Alternative *> candidates;
    for (Alternative &a : alternatives) {
        a.pareto = false;
        if (a.accuracy && a.latencyKnown)
            candidates.push_back(&a);
    }
    // In order of cost (then latency, then accuracy, best first), a candidate is dominated
    // exactly when a front member already seen is at least as good on all three; checking
    // the front alone suffices, since whatever a non-member beats, a member beats too.
    std::sort(candidates.begin(), candidates.end(), [](const Alternative *x, const Alternative *y) {
        if (x->costPerMonth != y->costPerMonth)
            return x->costPerMonth < y->costPerMonth;
        if (x->latencyTotalS != y->latencyTotalS)
            return x->latencyTotalS < y->latencyTotalS;
        return *x->accuracy > *y->accuracy;
    });
    std::vector<const Alternative *> front;
    for (Alternative *c : candidates) {
        const bool dominated = std::any_of(front.begin(), front.end(), [&](const Alternative *f) {
            return f->costPerMonth <= c->costPerMonth && f->latencyTotalS <= c->latencyTotalS
                   && *f->accuracy >= *c->accuracy;
        });
        if (!dominated) {
            c->pareto = true;
            front.push_back(c);
        }
    }
}

std::vector<Alternative> rankAlternatives(const Scenario &scenario, const ModelLookup &models,
                                          const PipelineModel &pipeline,
                                          const BusinessResults &business, double costPerMonth)
{
    const std::vector<int> targets = alternativeTargets(scenario);
    const bool changesFinal = std::find(targets.begin(), targets.end(), pipeline.finalStep()) != targets.end();
    const Traffic &traffic = scenario.traffic;
    const Economics &economics = scenario.economics;
    const double rpd = traffic.requestsPerDay;
    const double a = traffic.asyncShare;
    const int n = pipeline.stepCount();
    const std::vector<PipelineModel::Choice> &written = pipeline.writtenChoices();
    const auto &steps = scenario.workload.steps;

    // The scenario's own per-step figures; a candidate replaces the target steps' only.
    double baseSync = 0;
    double baseAsync = 0;
    std::vector<double> stepSync(n);
    std::vector<double> stepAsync(n);
    std::vector<CallLatency> baseLatency(n);
    std::vector<char> baseKnown(n, 0);
    for (int i = 0; i < n; ++i) {
        const PipelineModel::StepCost cost = pipeline.stepCost(i, written[i], rpd);
        stepSync[i] = cost.perRequestSync.total();
        stepAsync[i] = cost.perRequestAsync.total();
        baseSync += stepSync[i];
        baseAsync += stepAsync[i];
        if (auto l = pipeline.stepLatency(i, written[i], rpd)) {
            baseLatency[i] = *l;
            baseKnown[i] = 1;
        }
    }
    double targetSync = 0;
    double targetAsync = 0;
    for (int i : targets) {
        targetSync += stepSync[i];
        targetAsync += stepAsync[i];
    }

    std::vector<CallLatency> latency = baseLatency;
    std::vector<char> known = baseKnown;
    std::vector<double> finishScratch;
    std::vector<double> slowScratch;
    const double cases = rpd * DaysPerMonth;
    const double budget = scenario.workload.latencyBudgetS;
    const bool syncTraffic = a < 1.0;

    std::vector<Alternative> result;
    const std::vector<const ModelEntry *> all = models.all();
    result.reserve(all.size() * TierCount * 2);
    for (const ModelEntry *model : all) {
        std::optional<double> accuracy;
        AccuracyBasis basis = AccuracyBasis::Unchanged;
        if (changesFinal) {
            const auto eval = scenario.evals.find(model->id);
            basis = eval == scenario.evals.end() ? AccuracyBasis::Unmeasured : AccuracyBasis::Eval;
            if (eval != scenario.evals.end())
                accuracy = eval->second.accuracy;
        } else {
            accuracy = business.accuracy;
        }
        bool fits = true;
        for (int i : targets) {
            const Step &s = steps[i];
            if (model->contextWindow
                && s.staticInputTokens + s.dynamicInputTokens + s.outputTokens + s.reasoningTokens > *model->contextWindow)
                fits = false;
        }
        const bool cacheable = model->hasCachedPrice()
                               && std::any_of(targets.begin(), targets.end(), [&](int i) {
                                      return steps[i].staticInputTokens >= model->promptCacheMinTokens.value_or(0.0);
                                  });
        for (Tier tier : AllTiers) {
            if (!model->offers(tier))
                continue;
            double offCost = 0;
            double offLatency = 0;
            for (bool caching : {false, true}) {
                if (caching && !cacheable)
                    continue; // the same candidate as without caching
                const PipelineModel::Choice choice {model, tier, caching};
                Alternative alt;
                alt.model = model->id;
                alt.provider = model->provider;
                alt.tier = tier;
                alt.caching = caching;
                alt.accuracy = accuracy;
                alt.accuracyBasis = basis;
                // Caching the model cannot do (a prefix below its minimum, no cached price) is
                // no caching: the scenario as written is the candidate without it.
                alt.current = std::all_of(targets.begin(), targets.end(), [&](int i) {
                    const bool writtenCaches = written[i].caching && model->hasCachedPrice()
                                               && steps[i].staticInputTokens >= model->promptCacheMinTokens.value_or(0.0);
                    return written[i].model == model && written[i].tier == tier
                           && (writtenCaches == caching || (!cacheable && !caching));
                });

                double sync = baseSync - targetSync;
                double async = baseAsync - targetAsync;
                bool latencyKnown = true;
                for (int i : targets) {
                    const PipelineModel::StepCost cost = pipeline.stepCost(i, choice, rpd);
                    sync += cost.perRequestSync.total();
                    async += cost.perRequestAsync.total();
                    if (auto l = pipeline.stepLatency(i, choice, rpd)) {
                        latency[i] = *l;
                        known[i] = 1;
                    } else {
                        known[i] = 0;
                        latencyKnown = latencyKnown && !pipeline.onSyncPath(i);
                    }
                }
                alt.costPerRequest = (1.0 - a) * sync + a * async;
                alt.costPerMonth = alt.costPerRequest * cases;
                alt.savingPerMonth = costPerMonth - alt.costPerMonth;

                // A step that was synchronous stays so: a batch candidate for it waits hours.
                const PipelineModel::Timing t = pipeline.timing(latency, known, finishScratch, slowScratch);
                alt.latencyKnown = t.known && latencyKnown;
                if (alt.latencyKnown) {
                    alt.latencyFirstTokenS = t.firstTokenS;
                    alt.latencyTotalS = t.totalS;
                    alt.latencyTotalSlowestS = t.totalSlowestS;
                }
                for (int i : targets) {
                    latency[i] = baseLatency[i];
                    known[i] = baseKnown[i];
                }
                // Caching that changes nothing (no lifetime to derive a hit rate from, or no
                // cached price on this tier) is the candidate without caching again.
                if (caching && alt.costPerRequest == offCost && alt.latencyTotalS == offLatency)
                    continue;
                offCost = alt.costPerRequest;
                offLatency = alt.latencyTotalS;

                alt.breakEven = breakEvenAccuracy(economics.valuePerSuccess, business.failureCost,
                                                  alt.costPerRequest);
                if (accuracy) {
                    alt.netPerMonth = cases * netPerCase(*accuracy, economics.valuePerSuccess,
                                                         business.failureCost, alt.costPerRequest)
                                      - economics.monthlyFixedCosts;
                    alt.netGainPerMonth = *alt.netPerMonth - business.netPerMonth;
                }

                unsigned reasons = 0;
                if (!accuracy)
                    reasons |= AccuracyUnmeasured;
                else {
                    if (*accuracy < economics.targetAccuracy)
                        reasons |= BelowTarget;
                    if (*accuracy < alt.breakEven)
                        reasons |= BelowBreakEven;
                }
                if (syncTraffic && !alt.latencyKnown)
                    reasons |= LatencyUnknown;
                else if (syncTraffic && alt.latencyTotalS > budget)
                    reasons |= OverBudget;
                if (!fits)
                    reasons |= ContextExceeded;
                alt.reasons = reasons;
                alt.feasible = reasons == 0;
                result.push_back(std::move(alt));
            }
        }
    }

    markParetoFront(result);
    std::stable_sort(result.begin(), result.end(), [](const Alternative &x, const Alternative &y) {
        if (x.netPerMonth.has_value() != y.netPerMonth.has_value())
            return x.netPerMonth.has_value();
        if (x.netPerMonth && *x.netPerMonth != *y.netPerMonth)
            return *x.netPerMonth > *y.netPerMonth;
        return x.costPerMonth < y.costPerMonth;
    });
    return result;
}

} // namespace fulcrum
