#pragma once

#include <optional>
#include <string>
#include <vector>

#include "models/businesscase.h"
#include "models/costmodel.h"
#include "models/diagnostic.h"
#include "models/latencymodel.h"
#include "models/tier.h"

namespace fulcrum {

/// One step's figures.
struct StepResult
{
    std::string name;
    std::string model;
    Tier tier = Tier::Standard;
    double calls = 1;
    double cacheHitRate = 0;     ///< what the step gets (0 below the cache minimum)
    bool cacheHitRateDerived = false; ///< from traffic and TTL ("auto")
    CallTokens tokensPerCall;
    TokenCost costPerCall;       ///< on the step's own tier
    TokenCost costPerRequest;    ///< calls × cost, mixed over synchronous and async traffic
    bool latencyKnown = false;
    CallLatency latencyPerCall;
    bool onSyncPath = false;     ///< false for batch-tier steps and what waits for them
    bool onCriticalPath = false;
    double startS = 0;           ///< when its first call starts, typical
    double finishS = 0;          ///< when its last call ends, typical
    double tailS = 0;            ///< after it ends, the longest run of steps waiting for it
    double startSlowestS = 0;    ///< the same two at the slowest speed
    double tailSlowestS = 0;
    double outputTokensPerS = 0; ///< the model's typical speed (0 when unknown)
    double outputTokensPerSSlowest = 0;
    /// Output tokens per call this step can afford within the budget, the other steps as
    /// they are (the budget inverse); nullopt off the synchronous path or when unknown.
    std::optional<double> affordableOutputTokens;

    bool operator==(const StepResult &) const = default;
};

struct CostResults
{
    double perRequest = 0;
    double perDay = 0;
    double perMonth = 0;
    double perHorizon = 0;         ///< the projection's cumulative total
    double syncPerRequest = 0;     ///< a request answered synchronously
    double asyncPerRequest = 0;    ///< a request run on the batch tier (async share)
    TokenCost perRequestByKind;

    bool operator==(const CostResults &) const = default;
};

struct LatencyResults
{
    bool known = false;            ///< false when a synchronous step's model has no latency
    bool hasSyncPath = false;      ///< false when every step runs on the batch tier
    double firstTokenS = 0;        ///< when the user sees the first token (streaming)
    double firstTokenSlowestS = 0;
    double totalS = 0;             ///< the critical path's length
    double totalSlowestS = 0;
    double perceivedS = 0;         ///< first token when streaming, else total
    double budgetS = 0;
    bool withinBudget = false;     ///< total ≤ budget at typical speed
    bool withinBudgetSlowest = false;
    std::vector<int> criticalPath; ///< step indices, in order

    bool operator==(const LatencyResults &) const = default;
};

/// Where the accuracy p behind the business case comes from.
enum class AccuracyBasis {
    Eval,          ///< the eval of the final step's model
    AssumedTarget, ///< no eval for that model: the target accuracy is assumed
    Unchanged,     ///< (alternatives) an earlier step changed; p assumed unchanged
    Unmeasured,    ///< (alternatives) no eval for the candidate's model
};

struct BusinessResults
{
    double failureCost = 0;
    double llmCostPerCase = 0;
    double accuracy = 0;
    AccuracyBasis accuracyBasis = AccuracyBasis::Eval;
    std::string accuracyModel;       ///< the final step's model
    int finalStep = -1;
    double evalSize = 0;
    std::optional<Interval> wilson95; ///< when the eval's size is known
    std::optional<double> probabilityAboveBreakEven;
    double breakEven = 0;            ///< p*; above 1 it never breaks even
    double breakEvenWithFixedCosts = 0; ///< p* with the fixed costs spread over the cases
    bool breaksEven = false;         ///< accuracy ≥ p*
    double margin = 0;               ///< accuracy − p*
    double netPerCase = 0;
    double casesPerMonth = 0;
    double netPerMonth = 0;
    std::optional<double> netPerMonthAtHuman;
    double netPerMonthAtTarget = 0;

    bool operator==(const BusinessResults &) const = default;
};

struct MonthProjection
{
    int month = 0;                   ///< 0-based
    double requestsPerDay = 0;
    double cost = 0;
    double net = 0;
    double cumulativeCost = 0;
    double cumulativeNet = 0;

    bool operator==(const MonthProjection &) const = default;
};

struct RateLimitResult
{
    std::string model;
    double peakTokensPerMinute = 0;
    double peakRequestsPerMinute = 0;
    std::optional<double> tokensPerMinuteLimit;
    std::optional<double> requestsPerMinuteLimit;
    std::optional<double> tokenHeadroom;   ///< 1 − peak / limit; negative when over
    std::optional<double> requestHeadroom;
    std::optional<int> firstMonthOverLimit; ///< 0-based month of the horizon; none if never

    bool operator==(const RateLimitResult &) const = default;
};

/// Why a candidate is not feasible (bit flags).
enum InfeasibleReason : unsigned {
    AccuracyUnmeasured = 1u << 0,
    BelowTarget = 1u << 1,
    BelowBreakEven = 1u << 2,
    OverBudget = 1u << 3,
    LatencyUnknown = 1u << 4,
    ContextExceeded = 1u << 5,
};

struct Alternative
{
    std::string model;
    std::string provider;
    Tier tier = Tier::Standard;
    bool caching = false;
    double costPerRequest = 0;
    double costPerMonth = 0;
    double savingPerMonth = 0;        ///< the scenario's cost per month minus this one's
    bool latencyKnown = false;
    double latencyFirstTokenS = 0;
    double latencyTotalS = 0;
    double latencyTotalSlowestS = 0;
    std::optional<double> accuracy;
    AccuracyBasis accuracyBasis = AccuracyBasis::Eval;
    double breakEven = 0;
    std::optional<double> netPerMonth;
    std::optional<double> netGainPerMonth; ///< its net per month minus the scenario's
    bool feasible = false;
    unsigned reasons = 0;             ///< InfeasibleReason flags
    bool pareto = false;              ///< on the cost × latency × accuracy front
    bool current = false;             ///< the scenario as written

    bool operator==(const Alternative &) const = default;
};

/// Every figure of DESIGN.md for one scenario; a value. When errors is not empty the
/// figures are not computed (and keep their defaults).
struct Results
{
    Diagnostics errors;
    Diagnostics warnings;
    std::string currency;
    std::string catalogAsOf;
    std::vector<StepResult> steps;
    CostResults cost;
    LatencyResults latency;
    BusinessResults business;
    std::vector<MonthProjection> projection;
    std::vector<RateLimitResult> rateLimits;
    std::string alternativesApplyTo;  ///< the step the candidates change, or "all"
    std::vector<Alternative> alternatives; ///< ranked: by net per month, then cost

    bool valid() const { return errors.empty(); }
    /// The first feasible alternative that is not the scenario itself, if any.
    const Alternative *bestFeasibleAlternative() const;
    /// The feasible alternative with the lowest cost per month that is not the scenario itself.
    const Alternative *cheapestFeasibleAlternative() const;
    /// The feasible alternative, not the scenario itself, that raises net per month the most;
    /// nullptr when none raises it. The move to suggest: a candidate that is cheaper but nets
    /// less (lower accuracy) is no improvement.
    const Alternative *bestImprovingAlternative() const;
    /// The cheapest feasible alternative that costs less than the scenario and still raises
    /// its net per month; nullptr when none does.
    const Alternative *cheapestImprovingAlternative() const;
    /// Whether a (feasible, other) alternative nets more per month than the scenario, beyond
    /// rounding.
    bool improvesNet(const Alternative &alternative) const;

    bool operator==(const Results &) const = default;
};

} // namespace fulcrum
