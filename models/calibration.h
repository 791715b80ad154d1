#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "models/json.h"

#include "models/catalog.h"
#include "models/diagnostic.h"
#include "models/latencylog.h"
#include "models/modelentry.h"
#include "models/scenario.h"

namespace fulcrum {

/// How well a fit predicts end-to-end latency on a set of runs.
struct FitQuality
{
    std::size_t n = 0;       ///< runs compared
    double mape = 0;         ///< median of |predicted − measured| / measured, a fraction
    double absErrorP50S = 0; ///< median of |predicted − measured|, seconds
    double absErrorP90S = 0; ///< 90th percentile of |predicted − measured|, seconds

    bool operator==(const FitQuality &) const = default;
};

/// One run's measured and predicted end-to-end latency, for the scatter and histogram.
struct CalibrationPoint
{
    double measuredS = 0;
    double predictedS = 0;
    bool heldOut = false;

    bool operator==(const CalibrationPoint &) const = default;
};

/// The latency model fitted to one model's (or endpoint's) measured runs:
///   TTFT      = a + b × input tokens
///   end-to-end = TTFT + (output tokens − 1) × median time between tokens
struct LatencyFit
{
    std::string model;
    std::vector<std::string> sources; ///< the files the runs came from
    std::string asOf;                 ///< the latest run date among them; empty if unknown
    std::size_t n = 0;                ///< successful runs fitted (without held-out ones)
    std::size_t errorsSkipped = 0;    ///< failed requests, counted and not fitted
    std::size_t heldOut = 0;          ///< successful runs kept out of the fit by --holdout

    double ttftS = 0;             ///< a, seconds: the median of TTFT − b × input
    double ttftSLeastSquares = 0; ///< the non-negative least-squares intercept (a mean)
    double ttftSPerInputToken = 0; ///< b, seconds per input token, by non-negative least squares
    bool inputVaries = true;      ///< false: every run had the same input length, so b = 0

    std::size_t speedRuns = 0; ///< runs with ≥ 2 output tokens, which show a time between tokens
    double timeBetweenTokensP50S = 0;
    double timeBetweenTokensP90S = 0;
    std::optional<double> outputTokensPerS;        ///< 1 / median time between tokens
    std::optional<double> outputTokensPerSSlowest; ///< 1 / 90th percentile

    FitQuality fit;                    ///< on the fitted runs
    std::optional<FitQuality> holdout; ///< on the held-out runs, when there are any
    std::vector<CalibrationPoint> points; ///< filled when CalibrationOptions::keepPoints

    bool usable() const { return n > 0 && outputTokensPerS.has_value(); }
    /// a + b × input + (output − 1) × median time between tokens, seconds.
    double predictTotalS(double inputTokens, double outputTokens) const;
};

struct CalibrationOptions
{
    /// Fraction 0 ≤ F < 1 of each model's successful runs kept out of the fit and used to
    /// test it. Deterministic: run i (0-based, in file order) is held out when
    /// floor((i + 1) × F) > floor(i × F), which spreads them evenly (F = 0.2: every 5th).
    double holdoutFraction = 0;
    bool keepPoints = false;
};

struct Calibration
{
    std::vector<LatencyFit> fits; ///< one per model, in the order they first appear
    Diagnostics errors;           ///< "holdout_out_of_range" (then no fits)
    Diagnostics warnings;         ///< "no_successful_runs", "no_speed_runs",
                                  ///< "zero_time_between_tokens", "input_constant"
};

/// The residuals (predicted − measured end-to-end latency, seconds) of several fits' points
/// counted in shared bins: counts[f][i] is fit f's points in bin i, which spans
/// lowerS + i × binWidthS up to the next. The bins span the 1st to 99th percentile of all
/// residuals (and always 0); residuals beyond fall into the first or last bin.
struct ResidualHistogram
{
    double lowerS = 0;
    double binWidthS = 0;
    std::vector<std::vector<double>> counts;
};
ResidualHistogram residualHistogram(const std::vector<LatencyFit> &fits, int bins = 30);

/// Fits every model found in the logs; runs of the same model in several logs are pooled.
Calibration calibrate(const std::vector<LatencyLog> &logs, const CalibrationOptions &options = {});

/// The linear-interpolated q-quantile (0..1) of values (numpy's default); reorders values.
double percentile(std::vector<double> &values, double q);

/// The catalog latency figures of a fit: ttft_s = a, prefill_tokens_per_s = 1/b (unknown
/// when b = 0), output speeds from the time between tokens, source = the files, as_of =
/// the run date (or fallbackAsOf). nullopt when the fit has no runs or no speed.
std::optional<LatencyProfile> latencyProfileOf(const LatencyFit &fit, const std::string &fallbackAsOf = {});

/// The scenario with the fit's latency written into its override of modelId (copied from
/// the catalog first when the scenario has none). nullopt when modelId is in neither or the
/// fit is not usable.
std::optional<Scenario> withCalibratedLatency(const Scenario &scenario, const Catalog &catalog,
                                              const std::string &modelId, const LatencyFit &fit,
                                              const std::string &fallbackAsOf = {});

/// The fits as `fulcrum calibrate --json` prints them.
Json calibrationToJson(const Calibration &calibration, const std::vector<LatencyLog> &logs);

} // namespace fulcrum
