#include "models/calibration.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "models/numberrule.h"

namespace fulcrum {

namespace {

struct Group
{
    LatencyFit fit;
    std::vector<const LatencyRun *> runs; ///< successful runs, in file order
};

FitQuality qualityOf(const LatencyFit &fit, const std::vector<const LatencyRun *> &runs, bool heldOut,
                     std::vector<CalibrationPoint> *points)
{
    FitQuality q;
    std::vector<double> relative;
    std::vector<double> absolute;
    relative.reserve(runs.size());
    absolute.reserve(runs.size());
    for (const LatencyRun *run : runs) {
        const double predicted = fit.predictTotalS(run->inputTokens, run->outputTokens);
        const double error = std::abs(predicted - run->totalS);
        absolute.push_back(error);
        // A zero latency has no relative error; it still counts in the absolute ones.
        if (run->totalS > 0)
            relative.push_back(error / run->totalS);
        if (points)
            points->push_back({run->totalS, predicted, heldOut});
    }
    q.n = absolute.size();
    if (!relative.empty())
        q.mape = percentile(relative, 0.5);
    if (!absolute.empty()) {
        q.absErrorP50S = percentile(absolute, 0.5);
        q.absErrorP90S = percentile(absolute, 0.9);
    }
    return q;
}

/// Fits a and b, then the time between tokens, on the training runs.
void fitRuns(LatencyFit &fit, const std::vector<const LatencyRun *> &runs)
{
    const double n = static_cast<double>(runs.size());
    double mx = 0;
    double my = 0;
    for (const LatencyRun *r : runs) {
        mx += r->inputTokens;
        my += r->ttftS;
    }
    mx /= n;
    my /= n;
    // Centred sums (two passes) keep the slope exact for long logs with large token counts.
    double sxx = 0;
    double sxy = 0;
    double rawXx = 0;
    double rawXy = 0;
    for (const LatencyRun *r : runs) {
        const double dx = r->inputTokens - mx;
        sxx += dx * dx;
        sxy += dx * (r->ttftS - my);
        rawXx += r->inputTokens * r->inputTokens;
        rawXy += r->inputTokens * r->ttftS;
    }
    fit.inputVaries = sxx > 1e-12 * n * std::max(1.0, mx * mx);
    double a = my;
    double b = 0;
    if (fit.inputVaries) {
        // Non-negative least squares in two unknowns: the unconstrained optimum when it is
        // feasible, else the best fit on the boundary that it crosses (b = 0: the mean; a = 0:
        // the line through the origin). The objective is convex, so that is the optimum.
        b = sxy / sxx;
        a = my - b * mx;
        if (b < 0) {
            b = 0;
            a = my;
        } else if (a < 0) {
            a = 0;
            b = rawXx > 0 ? rawXy / rawXx : 0;
        }
    }
    fit.ttftSLeastSquares = a;
    fit.ttftSPerInputToken = b;

    // a is the median, not the mean, of what is left after the input's share: published
    // TTFTs (and the catalog's) are medians, and queueing makes TTFT skewed, so a mean
    // would predict the typical request slower than it is. With constant input this is
    // exactly the median TTFT.
    std::vector<double> values;
    values.reserve(runs.size());
    for (const LatencyRun *r : runs)
        values.push_back(r->ttftS - b * r->inputTokens);
    fit.ttftS = std::max(0.0, percentile(values, 0.5));

    // llmperf's own inter_token_latency_s divides by every output token and includes the
    // TTFT; the time between tokens is the rest of the request over the gaps after the
    // first token.
    values.clear();
    for (const LatencyRun *r : runs) {
        if (r->outputTokens >= 2)
            values.push_back((r->totalS - r->ttftS) / (r->outputTokens - 1));
    }
    fit.speedRuns = values.size();
    if (!values.empty()) {
        fit.timeBetweenTokensP50S = percentile(values, 0.5);
        fit.timeBetweenTokensP90S = percentile(values, 0.9);
        if (fit.timeBetweenTokensP50S > 0)
            fit.outputTokensPerS = 1.0 / fit.timeBetweenTokensP50S;
        if (fit.timeBetweenTokensP90S > 0)
            fit.outputTokensPerSSlowest = 1.0 / fit.timeBetweenTokensP90S;
    }
}

Json optionalJson(const std::optional<double> &value)
{
    return value ? Json(*value) : Json(nullptr);
}

Json qualityJson(const FitQuality &q)
{
    return {{"n", q.n}, {"mape", q.mape}, {"e2e_p50_s", q.absErrorP50S}, {"e2e_p90_s", q.absErrorP90S}};
}

} // namespace

double LatencyFit::predictTotalS(double inputTokens, double outputTokens) const
{
    // The engine (models/latencymodel.cpp) charges output_tokens / speed after the first
    // token, i.e. one gap more than here: the first token's own time is inside the TTFT of
    // a measurement. The difference is one token's time (e.g. 17 ms at 60 tokens/s).
    return ttftS + ttftSPerInputToken * inputTokens + std::max(0.0, outputTokens - 1) * timeBetweenTokensP50S;
}

double percentile(std::vector<double> &values, double q)
{
    if (values.empty())
        return 0;
    const double position = std::clamp(q, 0.0, 1.0) * static_cast<double>(values.size() - 1);
    const auto lower = static_cast<std::size_t>(position);
    const auto lowerIt = values.begin() + static_cast<std::ptrdiff_t>(lower);
    std::nth_element(values.begin(), lowerIt, values.end());
    const double low = *lowerIt;
    const double weight = position - static_cast<double>(lower);
    if (weight == 0 || lower + 1 >= values.size())
        return low;
    const double high = *std::min_element(lowerIt + 1, values.end());
    return low + weight * (high - low);
}

ResidualHistogram residualHistogram(const std::vector<LatencyFit> &fits, int bins)
{
    ResidualHistogram h;
    h.counts.resize(fits.size());
    std::vector<double> all;
    for (const LatencyFit &fit : fits) {
        for (const CalibrationPoint &p : fit.points)
            all.push_back(p.predictedS - p.measuredS);
    }
    if (all.empty() || bins < 1)
        return h;
    // Trim the extreme 1 % on each side so one stalled request does not squeeze the rest
    // into a single bar.
    const double low = std::min(0.0, percentile(all, 0.01));
    const double high = std::max(0.0, percentile(all, 0.99));
    h.lowerS = low;
    h.binWidthS = high > low ? (high - low) / bins : 1.0;
    for (std::size_t f = 0; f < fits.size(); ++f) {
        std::vector<double> &counts = h.counts[f];
        counts.assign(static_cast<std::size_t>(bins), 0.0);
        for (const CalibrationPoint &p : fits[f].points) {
            const double bin = std::floor((p.predictedS - p.measuredS - low) / h.binWidthS);
            counts[static_cast<std::size_t>(std::clamp(bin, 0.0, static_cast<double>(bins - 1)))] += 1;
        }
    }
    return h;
}

Calibration calibrate(const std::vector<LatencyLog> &logs, const CalibrationOptions &options)
{
    Calibration result;
    const double f = options.holdoutFraction;
    if (!(f >= 0 && f < 1)) {
        result.errors.push_back({"holdout", "holdout_out_of_range", {{"value", f}}});
        return result;
    }

    std::vector<Group> groups;
    std::unordered_map<std::string, std::size_t> groupOf;
    for (const LatencyLog &log : logs) {
        std::vector<std::size_t> local(log.models.size());
        for (std::size_t m = 0; m < log.models.size(); ++m) {
            const auto [it, added] = groupOf.try_emplace(log.models[m], groups.size());
            if (added) {
                groups.emplace_back();
                groups.back().fit.model = log.models[m];
            }
            local[m] = it->second;
        }
        std::vector<bool> used(log.models.size(), false);
        for (const LatencyRun &run : log.runs) {
            Group &g = groups[local[run.model]];
            used[run.model] = true;
            if (run.ok)
                g.runs.push_back(&run);
            else
                ++g.fit.errorsSkipped;
        }
        for (std::size_t m = 0; m < log.models.size(); ++m) {
            if (!used[m])
                continue;
            LatencyFit &fit = groups[local[m]].fit;
            if (std::find(fit.sources.begin(), fit.sources.end(), log.fileName) == fit.sources.end())
                fit.sources.push_back(log.fileName);
            fit.asOf = std::max(fit.asOf, log.runDate); // ISO dates order as text
        }
    }

    for (Group &g : groups) {
        LatencyFit &fit = g.fit;
        std::vector<const LatencyRun *> training;
        std::vector<const LatencyRun *> heldOut;
        training.reserve(g.runs.size());
        for (std::size_t i = 0; i < g.runs.size(); ++i) {
            const bool hold = std::floor(static_cast<double>(i + 1) * f) > std::floor(static_cast<double>(i) * f);
            (hold ? heldOut : training).push_back(g.runs[i]);
        }
        fit.n = training.size();
        fit.heldOut = heldOut.size();
        const Json model = {{"model", fit.model}};
        if (training.empty()) {
            result.warnings.push_back({"", "no_successful_runs", model});
            result.fits.push_back(std::move(fit));
            continue;
        }
        fitRuns(fit, training);
        if (!fit.inputVaries)
            result.warnings.push_back({"", "input_constant", model});
        if (!fit.outputTokensPerS) {
            // Runs with gaps whose median is 0 (total = TTFT: not streamed) are not "no runs".
            result.warnings.push_back({"", fit.speedRuns > 0 ? "zero_time_between_tokens" : "no_speed_runs", model});
            fit.outputTokensPerSSlowest.reset(); // no slowest speed without a typical one
            result.fits.push_back(std::move(fit));
            continue;
        }
        std::vector<CalibrationPoint> *points = options.keepPoints ? &fit.points : nullptr;
        if (points)
            points->reserve(g.runs.size());
        fit.fit = qualityOf(fit, training, false, points);
        if (!heldOut.empty())
            fit.holdout = qualityOf(fit, heldOut, true, points);
        result.fits.push_back(std::move(fit));
    }
    return result;
}

std::optional<LatencyProfile> latencyProfileOf(const LatencyFit &fit, const std::string &fallbackAsOf)
{
    if (!fit.usable())
        return std::nullopt;
    LatencyProfile profile;
    profile.ttftS = fit.ttftS;
    // The engine adds uncached input / prefill speed to the TTFT: 1/b reproduces a + b × input.
    // A slope that is rounding noise (faster than any input a scenario may hold) is none.
    if (fit.ttftSPerInputToken > 1.0 / LargestInput)
        profile.prefillTokensPerS = 1.0 / fit.ttftSPerInputToken;
    profile.outputTokensPerS = *fit.outputTokensPerS;
    profile.outputTokensPerSSlowest = fit.outputTokensPerSSlowest;
    profile.asOf = fit.asOf.empty() ? fallbackAsOf : fit.asOf;
    std::string source;
    for (const std::string &s : fit.sources)
        source += (source.empty() ? "" : ", ") + s;
    profile.source = source;
    return profile;
}

std::optional<Scenario> withCalibratedLatency(const Scenario &scenario, const Catalog &catalog,
                                              const std::string &modelId, const LatencyFit &fit,
                                              const std::string &fallbackAsOf)
{
    std::optional<LatencyProfile> profile = latencyProfileOf(fit, fallbackAsOf);
    if (!profile)
        return std::nullopt;
    Scenario s = scenario;
    auto it = std::find_if(s.models.begin(), s.models.end(), [&](const ModelEntry &m) { return m.id == modelId; });
    if (it == s.models.end()) {
        const ModelEntry *entry = catalog.find(modelId);
        if (!entry)
            return std::nullopt;
        s.models.push_back(*entry);
        it = s.models.end() - 1;
    }
    if (it->latency)
        profile->extra = it->latency->extra; // keep what the entry said beyond the figures
    it->latency = std::move(profile);
    return s;
}

Json calibrationToJson(const Calibration &calibration, const std::vector<LatencyLog> &logs)
{
    Json files = Json::array();
    for (const LatencyLog &log : logs) {
        files.push_back({{"file", log.fileName},
                         {"format", std::string(latencyLogFormatKey(log.format))},
                         {"runs", log.runs.size()},
                         {"failed", log.failedRuns()},
                         {"run_date", log.runDate.empty() ? Json(nullptr) : Json(log.runDate)}});
    }
    Json models = Json::array();
    for (const LatencyFit &fit : calibration.fits) {
        const bool fitted = fit.n > 0;
        const bool usable = fit.usable();
        Json m = {{"model", fit.model},
                  {"sources", fit.sources},
                  {"as_of", fit.asOf.empty() ? Json(nullptr) : Json(fit.asOf)},
                  {"n", fit.n},
                  {"errors_skipped", fit.errorsSkipped},
                  {"held_out", fit.heldOut},
                  {"ttft_s", fitted ? Json(fit.ttftS) : Json(nullptr)},
                  {"ttft_s_per_input_token", fitted ? Json(fit.ttftSPerInputToken) : Json(nullptr)},
                  {"ttft_s_least_squares", fitted ? Json(fit.ttftSLeastSquares) : Json(nullptr)},
                  {"input_varies", fit.inputVaries},
                  {"prefill_tokens_per_s",
                   fit.ttftSPerInputToken > 1.0 / LargestInput ? Json(1.0 / fit.ttftSPerInputToken) : Json(nullptr)},
                  {"time_between_tokens_p50_s", fit.speedRuns ? Json(fit.timeBetweenTokensP50S) : Json(nullptr)},
                  {"time_between_tokens_p90_s", fit.speedRuns ? Json(fit.timeBetweenTokensP90S) : Json(nullptr)},
                  {"output_tokens_per_s", optionalJson(fit.outputTokensPerS)},
                  {"output_tokens_per_s_slowest", optionalJson(fit.outputTokensPerSSlowest)},
                  {"e2e_p50_s", usable ? Json(fit.fit.absErrorP50S) : Json(nullptr)},
                  {"e2e_p90_s", usable ? Json(fit.fit.absErrorP90S) : Json(nullptr)},
                  {"mape", usable ? Json(fit.fit.mape) : Json(nullptr)},
                  {"holdout", fit.holdout ? qualityJson(*fit.holdout) : Json(nullptr)}};
        models.push_back(std::move(m));
    }
    Json warnings = Json::array();
    for (const Diagnostic &d : calibration.warnings)
        warnings.push_back({{"path", d.path}, {"code", d.code}, {"params", d.params}});
    Json errors = Json::array();
    for (const Diagnostic &d : calibration.errors)
        errors.push_back({{"path", d.path}, {"code", d.code}, {"params", d.params}});
    return {{"files", files}, {"models", models}, {"warnings", warnings}, {"errors", errors}};
}

} // namespace fulcrum
