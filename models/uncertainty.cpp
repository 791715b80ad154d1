#include "models/uncertainty.h"

#include <algorithm>
#include <atomic>
#include <functional>
#include <limits>
#include <thread>

#include "models/businesscase.h"
#include "models/catalogio.h"
#include "models/modellookup.h"
#include "models/pipelinemodel.h"
#include "models/scenariofields.h"
#include "models/scenariovalidation.h"

namespace fulcrum {

namespace {

/// z of the 90th percentile of the standard normal.
constexpr double Z90 = 1.2815515655446004;
/// z of the 95th percentile.
constexpr double Z95OneSided = 1.6448536269514722;

/// Peter J. Acklam's rational approximation of the standard normal quantile, p in (0, 1):
/// relative error below 1.15e-9, far under the sampling noise of a million samples, and
/// without the erfc and exp of the refinement, which would double the cost of a sample.
double acklamNormalQuantile(double p)
{
    static constexpr double a[] = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                                   1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
    static constexpr double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                                   6.680131188771972e+01,  -1.328068155288572e+01};
    static constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                                   -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
    static constexpr double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                                   3.754408661907416e+00};
    constexpr double low = 0.02425;
    if (p < low) {
        const double q = std::sqrt(-2 * std::log(p));
        return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
               / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    if (p <= 1 - low) {
        const double q = p - 0.5;
        const double r = q * q;
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
               / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }
    const double q = std::sqrt(-2 * std::log1p(-p));
    return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
           / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
}

// ---- Random numbers -----------------------------------------------------------------------

std::uint64_t splitMix64(std::uint64_t &state)
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

/// xoshiro256** (Blackman & Vigna), its state filled by SplitMix64 from (seed, chunk): every
/// chunk has its own stream, the same whatever thread draws it. Written out here rather than
/// std::mt19937_64 + std:: distributions so the samples are the same with every standard
/// library.
class Rng
{
public:
    Rng(std::uint64_t seed, std::uint64_t chunk)
    {
        std::uint64_t mix = chunk ^ 0x632BE59BD9B4E019ULL;
        std::uint64_t state = seed ^ splitMix64(mix);
        for (std::uint64_t &s : m_s)
            s = splitMix64(state);
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    /// Uniform in the open interval (0, 1): never 0 or 1, so quantile functions stay finite.
    double uniform() { return (static_cast<double>(next() >> 11) + 0.5) * 0x1.0p-53; }

    double normal() { return acklamNormalQuantile(uniform()); }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

    std::uint64_t m_s[4] {};
};

/// Gamma(shape, 1) by Marsaglia & Tsang (2000); shape < 1 through Gamma(shape + 1)·U^(1/shape).
double gammaSample(double shape, Rng &rng)
{
    if (shape < 1.0) {
        const double u = rng.uniform();
        return gammaSample(shape + 1.0, rng) * std::pow(u, 1.0 / shape);
    }
    const double d = shape - 1.0 / 3.0;
    const double c = 1.0 / std::sqrt(9.0 * d);
    for (;;) {
        const double x = rng.normal();
        double v = 1.0 + c * x;
        if (v <= 0)
            continue;
        v = v * v * v;
        const double u = rng.uniform();
        if (u < 1.0 - 0.0331 * x * x * x * x)
            return d * v;
        if (std::log(u) < 0.5 * x * x + d * (1.0 - v + std::log(v)))
            return d * v;
    }
}

double betaSample(double a, double b, Rng &rng)
{
    const double x = gammaSample(a, rng);
    const double y = gammaSample(b, rng);
    return x / (x + y);
}

double triangularQuantile(double a, double m, double c, double u)
{
    if (!(c > a))
        return a;
    const double split = (m - a) / (c - a);
    if (u < split)
        return a + std::sqrt(u * (c - a) * (m - a));
    return c - std::sqrt((1.0 - u) * (c - a) * (c - m));
}

double logNormalSigma(const Distribution &d)
{
    if (d.p90)
        return std::abs(std::log(*d.p90 / d.median)) / Z90;
    if (d.p10)
        return std::abs(std::log(d.median / *d.p10)) / Z90;
    return 0.0;
}

double drawValue(const UncertainInput &input, Rng &rng)
{
    if (input.kind == UncertainInput::Kind::BetaPosterior)
        return betaSample(input.alpha, input.beta, rng);
    const Distribution &d = input.distribution;
    switch (d.kind) {
    case DistributionKind::Triangular:
        return triangularQuantile(d.low, d.likely, d.high, rng.uniform());
    case DistributionKind::Pert: {
        if (!(d.high > d.low))
            return d.low;
        const double width = d.high - d.low;
        const double alpha = 1.0 + 4.0 * (d.likely - d.low) / width;
        const double beta = 1.0 + 4.0 * (d.high - d.likely) / width;
        return d.low + width * betaSample(alpha, beta, rng);
    }
    case DistributionKind::LogNormal:
        return d.median * std::exp(logNormalSigma(d) * acklamNormalQuantile(rng.uniform()));
    }
    return input.pointValue;
}

/// A sample kept within what the field may hold (a log-normal has no upper end; a
/// posterior's draws are already shares).
double clampToRule(double value, const NumberRule &rule)
{
    switch (rule.bound) {
    case Bound::Any:
        break;
    case Bound::NonNegative:
        value = std::max(value, 0.0);
        break;
    case Bound::Positive:
        value = std::max(value, std::numeric_limits<double>::min());
        break;
    case Bound::Share:
        value = std::clamp(value, 0.0, 1.0);
        break;
    case Bound::AtLeastOne:
        value = std::max(value, 1.0);
        break;
    }
    if (rule.minimum)
        value = std::max(value, *rule.minimum);
    if (rule.maximum)
        value = std::min(value, *rule.maximum);
    return std::clamp(value, -LargestInput, LargestInput);
}

// ---- Inputs ---------------------------------------------------------------------------------

/// An uncertain input with where its value goes in a scenario and the rule it obeys.
struct BoundInput
{
    UncertainInput input;
    NumberRule rule;
    std::function<double &(Scenario &)> target;
};

const char *distName(const UncertainInput &input)
{
    if (input.kind == UncertainInput::Kind::BetaPosterior)
        return "beta_posterior";
    switch (input.distribution.kind) {
    case DistributionKind::Triangular:
        return "triangular";
    case DistributionKind::Pert:
        return "pert";
    case DistributionKind::LogNormal:
        return "lognormal";
    }
    return "triangular";
}

template <class T, std::size_t N>
void addRanges(const T &object, const std::array<NumberFieldRule<T>, N> &fields, const std::string &path,
               const std::function<T &(Scenario &)> &objectOf, std::vector<BoundInput> &inputs)
{
    for (const NumberFieldRule<T> &f : fields) {
        const auto range = object.ranges.find(f.key);
        if (range == object.ranges.end())
            continue;
        BoundInput b;
        b.input.path = path + "." + std::string(f.key);
        b.input.distribution = range->second;
        b.input.pointValue = range->second.pointValue();
        b.rule = f.rule;
        double T::*member = f.member;
        b.target = [objectOf, member](Scenario &s) -> double & { return objectOf(s).*member; };
        inputs.push_back(std::move(b));
    }
}

/// The final step's model: its eval's accuracy is the case's p.
std::string accuracyModel(const Scenario &scenario)
{
    const int final = buildPipelineGraph(scenario.workload.steps).finalStep();
    return final >= 0 ? scenario.workload.steps[final].model : std::string();
}

/// The scenario the samples work on: the scenario itself, and after its own models a copy of
/// every catalog entry with ranges that a step uses and the scenario does not override. The
/// copy overrides the catalog's entry with the same figures, so the point results stay; it
/// gives each ranged catalog figure a place in the working copy to write samples into.
Scenario samplingScenario(const Scenario &scenario, const Catalog &catalog)
{
    Scenario working = scenario;
    for (const Step &step : scenario.workload.steps) {
        const bool own = std::any_of(working.models.begin(), working.models.end(),
                                     [&](const ModelEntry &m) { return m.id == step.model; });
        if (own)
            continue;
        if (const ModelEntry *entry = catalog.find(step.model); entry && entry->hasRanges())
            working.models.push_back(*entry);
    }
    return working;
}

/// The tiers and latency of each model that the figures depend on: a step's own tier; the
/// tier its asynchronous share runs on (batch where offered) when some traffic is
/// asynchronous or the share is a range; the latency of a step on the synchronous path.
struct ModelUse
{
    std::array<bool, TierCount> tiers {};
    bool latency = false;
};

std::map<std::string, ModelUse, std::less<>> modelUses(const Scenario &scenario, const Catalog &catalog)
{
    std::map<std::string, ModelUse, std::less<>> uses;
    const ModelLookup lookup(scenario, catalog);
    const PipelineModel pipeline(scenario, lookup);
    const bool async = scenario.traffic.asyncShare > 0 || scenario.traffic.ranges.contains("async_share");
    for (int i = 0; i < pipeline.stepCount(); ++i) {
        const Step &step = scenario.workload.steps[i];
        const ModelEntry *model = lookup.find(step.model);
        if (!model)
            continue;
        ModelUse &use = uses[step.model];
        use.tiers[tierIndex(step.tier)] = true;
        if (async)
            use.tiers[tierIndex(model->offers(Tier::Batch) ? Tier::Batch : step.tier)] = true;
        if (pipeline.onSyncPath(i))
            use.latency = true;
    }
    return uses;
}

/// The ranged prices and latency figures of the models the steps use, in file order (the
/// scenario's own "models" first; then the catalog's entries that samplingScenario() copied,
/// named "catalog.ID…"). The slowest hour's speed is left out: the sampled figures are at
/// the typical speed, so a range on it changes nothing (it keeps its point value, capped at
/// the sampled typical speed; see Sampler).
void addModelRanges(const Scenario &working, const Catalog &catalog, std::size_t ownModels,
                    std::vector<BoundInput> &inputs)
{
    const auto uses = modelUses(working, catalog);
    for (std::size_t m = 0; m < working.models.size(); ++m) {
        const ModelEntry &entry = working.models[m];
        const auto use = uses.find(entry.id);
        if (use == uses.end() || !entry.hasRanges())
            continue;
        // Only the first entry of an id is found (a duplicate is a validation error anyway).
        if (std::find_if(working.models.begin(), working.models.end(),
                         [&](const ModelEntry &e) { return e.id == entry.id; })
            != working.models.begin() + static_cast<std::ptrdiff_t>(m))
            continue;
        const std::string path = m < ownModels ? "models[" + std::to_string(m) + "]" : "catalog." + entry.id;
        auto add = [&](const Distribution &range, const std::string &field, const NumberRule &rule,
                       std::function<double &(Scenario &)> target) {
            BoundInput b;
            b.input.path = path + "." + field;
            b.input.distribution = range;
            b.input.pointValue = range.pointValue();
            b.rule = rule;
            b.target = std::move(target);
            inputs.push_back(std::move(b));
        };
        for (Tier tier : AllTiers) {
            const auto &prices = entry.pricesFor(tier);
            if (!prices || !use->second.tiers[tierIndex(tier)])
                continue;
            const std::size_t t = tierIndex(tier);
            const std::string tierPath = "prices_per_mtok." + std::string(tierKey(tier)) + ".";
            for (const char *key : {"input", "cached_input", "cache_write", "output", "reasoning"}) {
                const auto range = prices->ranges.find(key);
                if (range == prices->ranges.end())
                    continue;
                const std::string_view k = key;
                add(range->second, tierPath + key, CatalogPriceRule, [m, t, k](Scenario &s) -> double & {
                    TierPrices &p = *s.models[m].prices[t];
                    // A ranged optional price holds its point value, so it is never empty here.
                    return k == "input"          ? p.input
                           : k == "output"       ? p.output
                           : k == "cached_input" ? *p.cachedInput
                           : k == "cache_write"  ? *p.cacheWrite
                                                 : *p.reasoning;
                });
            }
        }
        if (entry.latency && use->second.latency) {
            const Ranges &ranges = entry.latency->ranges;
            if (const auto range = ranges.find("ttft_s"); range != ranges.end())
                add(range->second, "latency.ttft_s", CatalogPriceRule,
                    [m](Scenario &s) -> double & { return s.models[m].latency->ttftS; });
            if (const auto range = ranges.find("prefill_tokens_per_s"); range != ranges.end())
                add(range->second, "latency.prefill_tokens_per_s", CatalogSpeedRule,
                    [m](Scenario &s) -> double & { return *s.models[m].latency->prefillTokensPerS; });
            if (const auto range = ranges.find("output_tokens_per_s"); range != ranges.end())
                add(range->second, "latency.output_tokens_per_s", CatalogSpeedRule,
                    [m](Scenario &s) -> double & { return s.models[m].latency->outputTokensPerS; });
        }
    }
}

/// The inputs of working (a samplingScenario() of a valid scenario with ownModels models of
/// its own).
std::vector<BoundInput> boundInputs(const Scenario &scenario, const Catalog &catalog, std::size_t ownModels)
{
    std::vector<BoundInput> inputs;
    addRanges<Traffic>(scenario.traffic, TrafficFields, "traffic",
                       [](Scenario &s) -> Traffic & { return s.traffic; }, inputs);
    addRanges<Economics>(scenario.economics, EconomicsFields, "economics",
                         [](Scenario &s) -> Economics & { return s.economics; }, inputs);
    addRanges<Workload>(scenario.workload, WorkloadFields, "workload",
                        [](Scenario &s) -> Workload & { return s.workload; }, inputs);
    for (std::size_t i = 0; i < scenario.workload.steps.size(); ++i) {
        const Step &step = scenario.workload.steps[i];
        const std::string path = "workload.steps[" + std::to_string(i) + "]";
        addRanges<Step>(step, StepFields, path, [i](Scenario &s) -> Step & { return s.workload.steps[i]; },
                        inputs);
        if (const auto range = step.ranges.find("cache_hit_rate"); range != step.ranges.end()) {
            BoundInput b;
            b.input.path = path + ".cache_hit_rate";
            b.input.distribution = range->second;
            b.input.pointValue = range->second.pointValue();
            b.rule = ShareRule;
            b.target = [i](Scenario &s) -> double & { return *s.workload.steps[i].cacheHitRate; };
            inputs.push_back(std::move(b));
        }
    }
    // Only the final step's model's eval feeds the case; its size is taken as written.
    const std::string model = accuracyModel(scenario);
    if (const auto eval = scenario.evals.find(model); eval != scenario.evals.end()) {
        const EvalResult &e = eval->second;
        BoundInput b;
        b.input.path = "evals." + model + ".accuracy";
        b.input.pointValue = e.accuracy;
        b.rule = ShareRule;
        b.target = [model](Scenario &s) -> double & { return s.evals.find(model)->second.accuracy; };
        if (const auto range = e.ranges.find("accuracy"); range != e.ranges.end()) {
            b.input.distribution = range->second;
            inputs.push_back(std::move(b));
        } else if (e.evalSize > 0) {
            const double correct = e.correct.value_or(std::round(e.accuracy * e.evalSize));
            b.input.kind = UncertainInput::Kind::BetaPosterior;
            b.input.alpha = correct + 1.0;
            b.input.beta = std::max(e.evalSize - correct, 0.0) + 1.0;
            inputs.push_back(std::move(b));
        }
    }
    addModelRanges(scenario, catalog, ownModels, inputs);
    return inputs;
}

// ---- The lean evaluation --------------------------------------------------------------------

struct Figures
{
    double netPerMonth = 0;
    double costPerMonth = 0;
    double latencyTotalS = 0;
    bool latencyKnown = false;
    bool breaksEven = false;
    bool withinBudget = false;
};

/// A working copy of the scenario and its pipeline, recomputing only net per month, cost per
/// month and total latency, with evaluate()'s own functions in evaluate()'s order. Inputs are
/// written into scenario() between calls. Not copyable: the pipeline refers into the copy.
class Sampler
{
public:
    Sampler(const Scenario &scenario, const Catalog &catalog)
        : m_scenario {scenario}
        , m_models {m_scenario, catalog}
        , m_pipeline {m_scenario, m_models}
        , m_choices {m_pipeline.writtenChoices()}
        , m_latencies(m_choices.size())
        , m_known(m_choices.size(), 0)
    {
        const int final = m_pipeline.finalStep();
        const std::string &model = m_scenario.workload.steps[final].model;
        const auto eval = m_scenario.evals.find(model);
        m_accuracy = eval != m_scenario.evals.end() ? &eval->second.accuracy : &m_scenario.economics.targetAccuracy;
        for (ModelEntry &entry : m_scenario.models) {
            if (entry.latency && entry.latency->outputTokensPerSSlowest
                && entry.latency->ranges.contains("output_tokens_per_s"))
                m_slowest.push_back({&*entry.latency, *entry.latency->outputTokensPerSSlowest});
        }
    }
    Sampler(const Sampler &) = delete;
    Sampler &operator=(const Sampler &) = delete;

    Scenario &scenario() { return m_scenario; }

    Figures compute()
    {
        // The slowest hour's speed stays as written, but never above a sampled typical speed.
        for (const SlowestSpeed &slowest : m_slowest)
            slowest.latency->outputTokensPerSSlowest = std::min(slowest.written, slowest.latency->outputTokensPerS);
        const Traffic &traffic = m_scenario.traffic;
        const double requestsPerDay = traffic.requestsPerDay;
        double sync = 0;
        double async = 0;
        for (int i = 0; i < m_pipeline.stepCount(); ++i) {
            const Step &step = m_scenario.workload.steps[i];
            PipelineModel::Choice &choice = m_choices[i];
            // A sampled hit rate of 0 means no caching, as it would if written so.
            choice.caching = PipelineModel::cachingRequested(step);
            const PipelineModel::StepCost cost = m_pipeline.stepCost(i, choice, requestsPerDay);
            sync += cost.perRequestSync.total();
            async += cost.perRequestAsync.total();
            m_known[i] = 0;
            if (!m_pipeline.onSyncPath(i))
                continue;
            if (auto latency = m_pipeline.stepLatency(i, choice, requestsPerDay)) {
                // The pipeline read the overhead when it was built; it may be sampled since.
                latency->networkS = m_scenario.workload.networkOverheadS;
                m_latencies[i] = *latency;
                m_known[i] = 1;
            }
        }
        const double perRequest = (1.0 - traffic.asyncShare) * sync + traffic.asyncShare * async;
        Figures f;
        f.costPerMonth = traffic.requestsPerDay * perRequest * DaysPerMonth;

        const PipelineModel::Timing timing = m_pipeline.timing(m_latencies, m_known, m_finish, m_finishSlowest);
        f.latencyKnown = timing.known;
        f.latencyTotalS = timing.known ? timing.totalS : 0.0;
        f.withinBudget = timing.known && f.latencyTotalS <= m_scenario.workload.latencyBudgetS;

        const Economics &e = m_scenario.economics;
        const double failure = failureCost(e.costPerEscalation, e.churnRatePerFailure, e.costPerChurn);
        const double p = *m_accuracy;
        const double casesPerMonth = requestsPerDay * DaysPerMonth;
        f.netPerMonth = casesPerMonth * netPerCase(p, e.valuePerSuccess, failure, perRequest) - e.monthlyFixedCosts;
        f.breaksEven = p >= breakEvenAccuracy(e.valuePerSuccess, failure, perRequest);
        return f;
    }

private:
    Scenario m_scenario;
    ModelLookup m_models;
    PipelineModel m_pipeline;
    std::vector<PipelineModel::Choice> m_choices;
    std::vector<CallLatency> m_latencies;
    std::vector<char> m_known;
    std::vector<double> m_finish;
    std::vector<double> m_finishSlowest;
    double *m_accuracy = nullptr;
    struct SlowestSpeed
    {
        LatencyProfile *latency;
        double written;
    };
    std::vector<SlowestSpeed> m_slowest; ///< of the models whose typical speed is a range
};

// ---- Statistics ------------------------------------------------------------------------------

/// Percentiles by linear interpolation between order statistics (numpy's default), found
/// with nth_element in ascending order so each pass works on what is left.
SampleSummary summarize(std::vector<double> values)
{
    SampleSummary s;
    const std::size_t n = values.size();
    if (n == 0)
        return s;
    // Summed in sample order, so the same on every thread count; about the first sample, so
    // samples that do not vary have exactly their value as mean.
    double sum = 0;
    for (double v : values)
        sum += v - values.front();
    s.mean = values.front() + sum / static_cast<double>(n);
    const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
    s.min = *lo;
    s.max = *hi;
    std::size_t from = 0;
    auto quantile = [&](double q) {
        const double h = static_cast<double>(n - 1) * q;
        const std::size_t k = static_cast<std::size_t>(std::floor(h));
        std::nth_element(values.begin() + from, values.begin() + k, values.end());
        const double below = values[k];
        from = k;
        if (k + 1 >= n)
            return below;
        const double above = *std::min_element(values.begin() + k + 1, values.end());
        return below + (h - static_cast<double>(k)) * (above - below);
    };
    s.p5 = quantile(0.05);
    s.p50 = quantile(0.50);
    s.p90 = quantile(0.90);
    s.p95 = quantile(0.95);
    s.p99 = quantile(0.99);
    return s;
}

Histogram histogram(const std::vector<double> &values, double lower, double upper, int bins)
{
    Histogram h;
    h.lower = lower;
    h.upper = upper;
    h.counts.assign(static_cast<std::size_t>(std::max(bins, 1)), 0);
    const double width = (upper - lower) / static_cast<double>(h.counts.size());
    for (double v : values) {
        std::size_t bin = 0;
        if (width > 0)
            bin = std::min(h.counts.size() - 1, static_cast<std::size_t>(std::max(0.0, (v - lower) / width)));
        ++h.counts[bin];
    }
    return h;
}

std::vector<SensitivityEntry> sensitivityOf(const Scenario &scenario, const Catalog &catalog,
                                            const std::vector<BoundInput> &inputs)
{
    std::vector<SensitivityEntry> entries;
    if (inputs.empty())
        return entries;
    Sampler sampler(scenario, catalog);
    for (const BoundInput &b : inputs) {
        SensitivityEntry e;
        e.input = b.input.path;
        e.dist = distName(b.input);
        e.low = clampToRule(b.input.lowValue(), b.rule);
        e.high = clampToRule(b.input.highValue(), b.rule);
        double &value = b.target(sampler.scenario());
        const double point = value;
        value = e.low;
        const Figures low = sampler.compute();
        value = e.high;
        const Figures high = sampler.compute();
        value = point;
        e.netPerMonthLow = low.netPerMonth;
        e.netPerMonthHigh = high.netPerMonth;
        if (low.latencyKnown) {
            e.latencyLowS = low.latencyTotalS;
            e.latencyHighS = high.latencyTotalS;
        }
        entries.push_back(std::move(e));
    }
    std::stable_sort(entries.begin(), entries.end(), [](const SensitivityEntry &a, const SensitivityEntry &b) {
        return a.netSwing() > b.netSwing();
    });
    return entries;
}

Json summaryJson(const SampleSummary &s, bool tail)
{
    Json json = Json::object();
    json["p5"] = s.p5;
    json["p50"] = s.p50;
    if (tail)
        json["p90"] = s.p90;
    json["p95"] = s.p95;
    if (tail)
        json["p99"] = s.p99;
    json["mean"] = s.mean;
    return json;
}

Json histogramJson(const Histogram &h)
{
    return Json {{"lower", h.lower}, {"upper", h.upper}, {"counts", h.counts}};
}

Json optionalJson(const std::optional<double> &v)
{
    return v ? Json(*v) : Json(nullptr);
}

} // namespace

double UncertainInput::lowValue() const
{
    if (kind == Kind::BetaPosterior)
        return betaQuantile(alpha, beta, 0.05);
    if (distribution.kind == DistributionKind::LogNormal)
        return distribution.median * std::exp(-Z95OneSided * logNormalSigma(distribution));
    return distribution.low;
}

double UncertainInput::highValue() const
{
    if (kind == Kind::BetaPosterior)
        return betaQuantile(alpha, beta, 0.95);
    if (distribution.kind == DistributionKind::LogNormal)
        return distribution.median * std::exp(Z95OneSided * logNormalSigma(distribution));
    return distribution.high;
}

double SensitivityEntry::latencySwing() const
{
    return latencyLowS && latencyHighS ? std::abs(*latencyHighS - *latencyLowS) : 0.0;
}

double normalQuantile(double p)
{
    if (!(p > 0))
        return -std::numeric_limits<double>::infinity();
    if (!(p < 1))
        return std::numeric_limits<double>::infinity();
    // Acklam's approximation, refined by one Halley step to full double precision.
    const double x = acklamNormalQuantile(p);
    const double e = 0.5 * std::erfc(-x / std::sqrt(2.0)) - p;
    const double u = e * std::sqrt(2 * 3.14159265358979323846) * std::exp(x * x / 2);
    return x - u / (1 + x * u / 2);
}

double betaQuantile(double a, double b, double probability)
{
    double lo = 0.0;
    double hi = 1.0;
    for (int i = 0; i < 200 && hi - lo > 1e-15; ++i) {
        const double mid = 0.5 * (lo + hi);
        if (regularizedIncompleteBeta(a, b, mid) < probability)
            lo = mid;
        else
            hi = mid;
    }
    return 0.5 * (lo + hi);
}

std::vector<UncertainInput> uncertainInputs(const Scenario &scenario, const Catalog &catalog)
{
    std::vector<UncertainInput> inputs;
    if (!validateScenario(scenario, catalog).empty())
        return inputs;
    for (BoundInput &b : boundInputs(samplingScenario(scenario, catalog), catalog, scenario.models.size()))
        inputs.push_back(std::move(b.input));
    return inputs;
}

std::vector<SensitivityEntry> sensitivity(const Scenario &scenario, const Catalog &catalog)
{
    if (!validateScenario(scenario, catalog).empty())
        return {};
    const Scenario working = samplingScenario(scenario, catalog);
    return sensitivityOf(working, catalog, boundInputs(working, catalog, scenario.models.size()));
}

std::vector<SensitivityEntry> sortedByLatencySwing(std::vector<SensitivityEntry> entries)
{
    std::stable_sort(entries.begin(), entries.end(), [](const SensitivityEntry &a, const SensitivityEntry &b) {
        return a.latencySwing() > b.latencySwing();
    });
    return entries;
}

std::vector<std::string> mattersMost(const UncertaintyResults &results, bool latency, std::size_t count)
{
    std::vector<std::string> paths;
    const std::vector<SensitivityEntry> entries =
        latency ? sortedByLatencySwing(results.sensitivity) : results.sensitivity;
    for (const SensitivityEntry &e : entries) {
        if (paths.size() < count && (latency ? e.latencySwing() : e.netSwing()) > 0)
            paths.push_back(e.input);
    }
    return paths;
}

std::optional<UncertaintyResults> computeUncertainty(const Scenario &scenario, const Catalog &catalog,
                                                     const UncertaintyOptions &options)
{
    if (!validateScenario(scenario, catalog).empty())
        return std::nullopt;
    const Scenario working = samplingScenario(scenario, catalog);
    const std::vector<BoundInput> inputs = boundInputs(working, catalog, scenario.models.size());
    const std::size_t n = std::clamp<std::size_t>(options.samples, 1, MaxUncertaintySamples);
    const std::size_t chunks = (n + UncertaintyChunkSize - 1) / UncertaintyChunkSize;

    std::vector<double> net(n);
    std::vector<double> cost(n);
    std::vector<double> latency(n);
    std::vector<char> breaksEven(n);
    std::vector<char> withinBudget(n);
    bool latencyKnown = true;
    std::atomic<std::size_t> nextChunk {0};
    std::atomic<bool> anyLatencyUnknown {false};

    auto cancelled = [&options] { return options.cancel && options.cancel->load(std::memory_order_relaxed); };
    auto work = [&] {
        Sampler sampler(working, catalog);
        for (std::size_t chunk = nextChunk++; chunk < chunks; chunk = nextChunk++) {
            if (cancelled())
                return;
            Rng rng(options.seed, chunk);
            const std::size_t end = std::min(n, (chunk + 1) * UncertaintyChunkSize);
            for (std::size_t i = chunk * UncertaintyChunkSize; i < end; ++i) {
                for (const BoundInput &b : inputs)
                    b.target(sampler.scenario()) = clampToRule(drawValue(b.input, rng), b.rule);
                const Figures f = sampler.compute();
                net[i] = f.netPerMonth;
                cost[i] = f.costPerMonth;
                latency[i] = f.latencyTotalS;
                breaksEven[i] = f.breaksEven;
                withinBudget[i] = f.withinBudget;
                if (!f.latencyKnown)
                    anyLatencyUnknown = true;
            }
        }
    };
    unsigned threads = options.threads > 0 ? static_cast<unsigned>(options.threads)
                                           : std::clamp(std::thread::hardware_concurrency(), 1u, 8u);
    threads = static_cast<unsigned>(std::min<std::size_t>(threads, chunks));
    if (threads <= 1) {
        work();
    } else {
        std::vector<std::thread> pool;
        pool.reserve(threads - 1);
        for (unsigned t = 1; t < threads; ++t)
            pool.emplace_back(work);
        work();
        for (std::thread &t : pool)
            t.join();
    }
    if (cancelled())
        return std::nullopt;
    latencyKnown = !anyLatencyUnknown;

    UncertaintyResults r;
    r.samples = n;
    r.seed = options.seed;
    for (const BoundInput &b : inputs)
        r.inputs.push_back(b.input.path);
    const double count = static_cast<double>(n);
    r.pBreakEven = static_cast<double>(std::count(breaksEven.begin(), breaksEven.end(), 1)) / count;
    r.pNetPositive = static_cast<double>(std::count_if(net.begin(), net.end(), [](double v) { return v >= 0; }))
                     / count;
    r.latencyKnown = latencyKnown;
    r.netPerMonth = summarize(net);
    r.costPerMonth = summarize(cost);
    r.netPerMonthHistogram = histogram(net, r.netPerMonth.min, r.netPerMonth.max, options.histogramBins);
    r.costPerMonthHistogram = histogram(cost, r.costPerMonth.min, r.costPerMonth.max, options.histogramBins);
    if (latencyKnown) {
        r.pWithinBudget = static_cast<double>(std::count(withinBudget.begin(), withinBudget.end(), 1)) / count;
        r.latencyTotalS = summarize(latency);
        r.latencyTotalHistogram = histogram(latency, r.latencyTotalS.min, r.latencyTotalS.max,
                                            options.histogramBins);
    }
    r.sensitivity = sensitivityOf(working, catalog, inputs);
    if (options.keepSamples) {
        r.netPerMonthSamples = std::move(net);
        r.costPerMonthSamples = std::move(cost);
        r.latencyTotalSamples = std::move(latency);
    }
    return r;
}

Json uncertaintyToJson(const UncertaintyResults &r)
{
    Json json = Json::object();
    json["samples"] = r.samples;
    json["seed"] = r.seed;
    json["inputs"] = r.inputs;
    json["p_break_even"] = r.pBreakEven;
    json["p_net_positive"] = r.pNetPositive;
    json["p_within_budget"] = r.latencyKnown ? Json(r.pWithinBudget) : Json(nullptr);
    json["net_per_month"] = summaryJson(r.netPerMonth, false);
    json["cost_per_month"] = summaryJson(r.costPerMonth, false);
    json["latency_total_s"] = r.latencyKnown ? summaryJson(r.latencyTotalS, true) : Json(nullptr);
    Json histograms = Json::object();
    histograms["net_per_month"] = histogramJson(r.netPerMonthHistogram);
    histograms["cost_per_month"] = histogramJson(r.costPerMonthHistogram);
    histograms["latency_total_s"] = r.latencyKnown ? histogramJson(r.latencyTotalHistogram) : Json(nullptr);
    json["histograms"] = histograms;
    Json sensitivity = Json::array();
    for (const SensitivityEntry &e : r.sensitivity) {
        Json entry = Json::object();
        entry["input"] = e.input;
        entry["dist"] = e.dist;
        entry["low"] = e.low;
        entry["high"] = e.high;
        entry["net_per_month_low"] = e.netPerMonthLow;
        entry["net_per_month_high"] = e.netPerMonthHigh;
        entry["latency_low_s"] = optionalJson(e.latencyLowS);
        entry["latency_high_s"] = optionalJson(e.latencyHighS);
        sensitivity.push_back(std::move(entry));
    }
    json["sensitivity"] = sensitivity;
    return json;
}

} // namespace fulcrum
