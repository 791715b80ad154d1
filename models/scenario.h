#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "models/json.h"

#include "models/distribution.h"
#include "models/modelentry.h"
#include "models/tier.h"

namespace fulcrum {

/// The file format version this build writes; older files are migrated, newer refused.
inline constexpr int ScenarioFormatVersion = 1;

/// How much traffic the feature gets and how it grows. Shares are fractions 0..1.
struct Traffic
{
    double requestsPerDay = 0;
    double monthlyGrowth = 0;
    double horizonMonths = 12;
    double peakToAverage = 1;
    double asyncShare = 0; ///< requests that need no synchronous answer (run on batch)
    Ranges ranges;
    Json extra = Json::object();

    bool operator==(const Traffic &) const = default;
};

/// What a success is worth and a failure costs, in the scenario's currency.
struct Economics
{
    double valuePerSuccess = 0;
    double costPerEscalation = 0;
    double churnRatePerFailure = 0;
    double costPerChurn = 0;
    double monthlyFixedCosts = 0;
    double targetAccuracy = 0;
    std::optional<double> humanAccuracy; ///< what people score on the same eval, if known
    Ranges ranges;
    Json extra = Json::object();

    bool operator==(const Economics &) const = default;
};

/// One step of the request pipeline: a model call, made `calls` times in a row.
struct Step
{
    std::string name;
    std::string model;
    Tier tier = Tier::Standard;
    double calls = 1; ///< average sequential calls per request
    double staticInputTokens = 0;  ///< the reusable prefix (instructions, examples, tools)
    double dynamicInputTokens = 0; ///< user data, history, retrieved context
    std::optional<double> cacheHitRate = 0.0; ///< nullopt: "auto", derived from traffic and TTL
    double distinctPrefixes = 1; ///< for "auto": how many different prefixes share the traffic
    double outputTokens = 0;
    double reasoningTokens = 0;
    double completions = 1; ///< max(n, best_of)
    std::vector<std::string> after; ///< names of the steps that must finish first
    Ranges ranges;
    Json extra = Json::object();

    bool autoCacheHitRate() const { return !cacheHitRate.has_value(); }

    bool operator==(const Step &) const = default;
};

struct Workload
{
    double networkOverheadS = 0;
    double latencyBudgetS = 0;
    bool streaming = true;
    std::vector<Step> steps;
    Ranges ranges;
    Json extra = Json::object();

    bool operator==(const Workload &) const = default;
};

/// A model's measured accuracy on the feature's eval.
struct EvalResult
{
    double accuracy = 0;
    double evalSize = 0;             ///< examples in the eval; 0 = unknown
    std::optional<double> correct;   ///< correct answers, when known exactly
    Ranges ranges;
    Json extra = Json::object();

    bool operator==(const EvalResult &) const = default;
};

/// Where the alternatives search applies its candidates.
struct AlternativesSettings
{
    /// "final" (the step whose model decides accuracy), "all", or a step's name.
    std::string applyTo = "final";
    Json extra = Json::object();

    bool operator==(const AlternativesSettings &) const = default;
};

/// Everything the user states about the feature; a value, saved as *.fulcrum.json.
struct Scenario
{
    int version = ScenarioFormatVersion;
    std::string title;
    std::string author;  ///< who wrote the case, for the report's title block
    std::string notes;   ///< free text shown under the report's title
    std::string currency = "USD";
    Traffic traffic;
    Economics economics;
    Workload workload;
    std::map<std::string, EvalResult> evals; ///< by model id
    std::vector<ModelEntry> models;          ///< catalog entries added or overridden
    AlternativesSettings alternatives;
    Json extra = Json::object();

    bool operator==(const Scenario &) const = default;
};

} // namespace fulcrum
