#pragma once

#include <optional>
#include <vector>

#include "models/costmodel.h"
#include "models/latencymodel.h"
#include "models/modellookup.h"
#include "models/pipelinegraph.h"
#include "models/scenario.h"

namespace fulcrum {

/// A valid scenario's pipeline with its models resolved: what each step costs and how long
/// it takes with a given model, tier and caching, and the critical path through the steps.
/// evaluate() prices the scenario as written with it; the alternatives ranking prices every
/// candidate with the same code.
class PipelineModel
{
public:
    /// How a step is run: which model, on which tier, with prompt caching or not.
    struct Choice
    {
        const ModelEntry *model = nullptr;
        Tier tier = Tier::Standard;
        bool caching = false;

        bool operator==(const Choice &) const = default;
    };

    /// A step's cost per request with a choice, over synchronous and async traffic.
    struct StepCost
    {
        CallTokens tokensPerCall;
        TokenCost perCall;         ///< on the chosen tier
        TokenCost perRequestSync;  ///< calls × cost, synchronous request
        TokenCost perRequestAsync; ///< calls × cost, on the batch tier where offered
        double hitRate = 0;
        bool hitRateDerived = false;
    };

    /// The critical path's figures for per-step call latencies.
    struct Timing
    {
        bool known = true;
        bool hasSyncPath = false;
        double totalS = 0;
        double totalSlowestS = 0;
        double firstTokenS = 0;
        double firstTokenSlowestS = 0;
        int endStep = -1;           ///< the synchronous step that finishes last
        std::vector<double> startS; ///< per step, typical (filled by timingDetail only)
        std::vector<double> finishS;
        std::vector<double> startSlowestS; ///< per step, at the slowest speed
        std::vector<double> finishSlowestS;
        std::vector<int> criticalPath;
    };

    PipelineModel(const Scenario &scenario, const ModelLookup &models);

    int stepCount() const { return static_cast<int>(m_steps.size()); }
    const std::vector<Choice> &writtenChoices() const { return m_written; }
    const PipelineGraph &graph() const { return m_graph; }
    /// The step no other step waits for (the last such in the list): its model's accuracy
    /// is the pipeline's.
    int finalStep() const { return m_finalStep; }
    bool onSyncPath(int step) const { return m_sync[step]; }
    double asyncShare() const { return m_asyncShare; }

    StepCost stepCost(int step, const Choice &choice, double requestsPerDay) const;
    /// Latency of one call of the step on a synchronous request; nullopt when the model has
    /// no latency figures.
    std::optional<CallLatency> stepLatency(int step, const Choice &choice, double requestsPerDay) const;
    /// Total request cost (mixed over synchronous and async traffic) for per-step choices.
    double costPerRequest(const std::vector<Choice> &choices, double requestsPerDay) const;

    /// Critical-path totals only, for ranking many candidates (no allocation once
    /// the scratch vectors have grown). known[i] false: step i's latency is unknown.
    Timing timing(const std::vector<CallLatency> &latencies, const std::vector<char> &known,
                  std::vector<double> &finishScratch, std::vector<double> &slowScratch) const;
    /// timing() with start and finish times and the critical path.
    Timing timingDetail(const std::vector<CallLatency> &latencies, const std::vector<char> &known) const;

    /// Whether a step uses prompt caching as written (a hit rate above 0, or "auto").
    static bool cachingRequested(const Step &step);

private:
    double hitRate(int step, const Choice &choice, double requestsPerDay, bool &derived) const;

    const std::vector<Step> &m_steps;
    double m_networkOverheadS = 0;
    double m_asyncShare = 0;
    PipelineGraph m_graph;
    std::vector<Choice> m_written;
    std::vector<char> m_sync;
    int m_finalStep = -1;
};

} // namespace fulcrum
