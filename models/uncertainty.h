#pragma once

#include <atomic>
#include <cstddef>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "models/catalog.h"
#include "models/distribution.h"
#include "models/json.h"
#include "models/scenario.h"

namespace fulcrum {

/// Monte Carlo over every ranged input of a scenario at once, and the one-at-a-time
/// sensitivity (tornado) data (DESIGN.md, "Ranges"; issue 6).
///
/// Each sample applies sampled values onto a copy of the scenario and computes only net per
/// month, cost per month and the typical total latency, with the same functions as
/// evaluate(): with no ranges every sample equals evaluate()'s point figures exactly.
///
/// Reproducible: sample i is drawn from its own chunk's generator, seeded from (seed, i /
/// UncertaintyChunkSize), and written at index i, so the output depends on (scenario,
/// samples, seed) only, never on the number of threads.

/// Samples per chunk; each chunk has its own random stream.
inline constexpr std::size_t UncertaintyChunkSize = 4096;
inline constexpr std::size_t DefaultUncertaintySamples = 20000;
inline constexpr std::size_t MaxUncertaintySamples = 1000000;
inline constexpr std::uint64_t DefaultUncertaintySeed = 1;

struct UncertaintyOptions
{
    std::size_t samples = DefaultUncertaintySamples;
    std::uint64_t seed = DefaultUncertaintySeed;
    int threads = 0;          ///< 0: the hardware's threads (at most 8)
    int histogramBins = 40;
    bool keepSamples = false; ///< keep every sample's figures (tests, charts)
    /// When set, checked before each chunk: once true the run stops and returns nullopt
    /// (the window drops a run that a newer edit made obsolete).
    const std::atomic<bool> *cancel = nullptr;
};

/// An input that is sampled: a written range, or the accuracy's Beta posterior.
struct UncertainInput
{
    enum class Kind { Range, BetaPosterior };

    std::string path; ///< e.g. "workload.steps[1].output_tokens", "evals.gpt-4.1.accuracy"
    Kind kind = Kind::Range;
    Distribution distribution; ///< Kind::Range
    double alpha = 1;          ///< Kind::BetaPosterior: Beta(correct + 1, n − correct + 1)
    double beta = 1;
    double pointValue = 0;     ///< what the point results use

    /// The 5th and 95th percentiles for a log-normal or a posterior; low and high as written
    /// for a triangular or PERT range.
    double lowValue() const;
    double highValue() const;
};

/// The ranged inputs of a valid scenario that the outputs depend on, in file order, and the
/// final step's accuracy posterior (when its eval has a size and the accuracy is a point);
/// then the ranged prices and latency figures of the models the steps use ("models[0]…" for
/// the scenario's own entries, "catalog.ID…" for a catalog entry's): prices of the tiers the
/// steps run on (and batch while some traffic is asynchronous), TTFT and speeds of models on
/// the synchronous path. The slowest hour's speed is not sampled (the sampled latency is at
/// the typical speed); it stays as written, capped at a sampled typical speed.
std::vector<UncertainInput> uncertainInputs(const Scenario &scenario, const Catalog &catalog);

/// Percentiles (linear interpolation between order statistics) and the mean.
struct SampleSummary
{
    double p5 = 0;
    double p50 = 0;
    double p90 = 0;
    double p95 = 0;
    double p99 = 0;
    double mean = 0;
    double min = 0;
    double max = 0;

    bool operator==(const SampleSummary &) const = default;
};

/// Equal-width bins from lower to upper (the samples' min and max); the last bin includes
/// upper. With no spread every sample is in the first bin.
struct Histogram
{
    double lower = 0;
    double upper = 0;
    std::vector<std::size_t> counts;

    bool operator==(const Histogram &) const = default;
};

/// One bar of the tornado: one input at its low and high, every other at its point value.
struct SensitivityEntry
{
    std::string input;
    std::string dist; ///< "triangular", "pert", "lognormal" or "beta_posterior"
    double low = 0;
    double high = 0;
    double netPerMonthLow = 0;
    double netPerMonthHigh = 0;
    std::optional<double> latencyLowS; ///< nullopt when the latency is unknown
    std::optional<double> latencyHighS;

    double netSwing() const { return std::abs(netPerMonthHigh - netPerMonthLow); }
    double latencySwing() const;

    bool operator==(const SensitivityEntry &) const = default;
};

struct UncertaintyResults
{
    std::size_t samples = 0;
    std::uint64_t seed = 0;
    std::vector<std::string> inputs; ///< the sampled inputs' paths
    /// Share of samples whose accuracy is at least their break-even p* (the point results'
    /// breaks_even, per sample).
    double pBreakEven = 0;
    double pNetPositive = 0; ///< share of samples with net per month ≥ 0 (fixed costs included)
    bool latencyKnown = false;
    double pWithinBudget = 0; ///< total latency ≤ budget, typical speed; when latencyKnown
    SampleSummary netPerMonth;
    SampleSummary costPerMonth;
    SampleSummary latencyTotalS; ///< when latencyKnown
    Histogram netPerMonthHistogram;
    Histogram costPerMonthHistogram;
    Histogram latencyTotalHistogram;
    /// Sorted by the swing of net per month, largest first (ties in input order).
    std::vector<SensitivityEntry> sensitivity;
    /// Per sample, in sample order, when UncertaintyOptions::keepSamples.
    std::vector<double> netPerMonthSamples;
    std::vector<double> costPerMonthSamples;
    std::vector<double> latencyTotalSamples;

    bool operator==(const UncertaintyResults &) const = default;
};

/// Runs the Monte Carlo and the sensitivity on a valid scenario (nullopt when invalid or
/// cancelled).
std::optional<UncertaintyResults> computeUncertainty(const Scenario &scenario, const Catalog &catalog,
                                                     const UncertaintyOptions &options = {});

/// The sensitivity alone (sorted as in UncertaintyResults).
std::vector<SensitivityEntry> sensitivity(const Scenario &scenario, const Catalog &catalog);

/// The same entries for the latency tornado: by the swing of total latency, largest first
/// (ties keep their order).
std::vector<SensitivityEntry> sortedByLatencySwing(std::vector<SensitivityEntry> entries);

inline constexpr std::size_t MattersMostCount = 3;

/// The paths of the inputs that matter most: at most count of them, largest swing first, of
/// net per month or (latency) of the total latency; an input that moves it not at all is
/// never named.
std::vector<std::string> mattersMost(const UncertaintyResults &results, bool latency,
                                     std::size_t count = MattersMostCount);

/// The x with I_x(a, b) = probability (bisection; a, b ≥ 1).
double betaQuantile(double a, double b, double probability);

/// The standard normal's quantile (Acklam's approximation refined by one Halley step).
double normalQuantile(double probability);

/// The `uncertainty` block of `fulcrum compute --samples N`.
Json uncertaintyToJson(const UncertaintyResults &results);

} // namespace fulcrum
