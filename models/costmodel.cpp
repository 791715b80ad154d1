#include "models/costmodel.h"

#include <algorithm>
#include <cmath>

namespace fulcrum {

TokenCost TokenCost::scaled(double factor) const
{
    return {plainInput * factor, cachedInput * factor, cacheWrite * factor, output * factor,
            reasoning * factor};
}

TokenCost &TokenCost::operator+=(const TokenCost &other)
{
    plainInput += other.plainInput;
    cachedInput += other.cachedInput;
    cacheWrite += other.cacheWrite;
    output += other.output;
    reasoning += other.reasoning;
    return *this;
}

double effectiveHitRate(double requestedRate, bool caching, double staticInputTokens,
                        const ModelEntry &model)
{
    if (!caching || !model.hasCachedPrice())
        return 0.0;
    if (staticInputTokens < model.promptCacheMinTokens.value_or(0.0))
        return 0.0;
    return std::clamp(requestedRate, 0.0, 1.0);
}

CallTokens callTokens(const Step &step, double hitRate, bool caching, const ModelEntry &model)
{
    CallTokens tokens;
    const double h = effectiveHitRate(hitRate, caching, step.staticInputTokens, model);
    tokens.cachedInput = step.staticInputTokens * h;
    // A prefix too short to cache is never written either.
    const bool cacheable = caching && step.staticInputTokens >= model.promptCacheMinTokens.value_or(0.0);
    if (cacheable && model.pricesCacheWrites())
        tokens.cacheWrite = step.staticInputTokens * (1.0 - h);
    tokens.plainInput = step.staticInputTokens + step.dynamicInputTokens - tokens.cachedInput
                        - tokens.cacheWrite;
    tokens.output = step.outputTokens * step.completions;
    tokens.reasoning = step.reasoningTokens * step.completions;
    return tokens;
}

TokenCost callCost(const CallTokens &t, const TierPrices &p)
{
    constexpr double PerMillion = 1e-6;
    return {t.plainInput * p.input * PerMillion,
            t.cachedInput * p.cachedInput.value_or(p.input) * PerMillion,
            t.cacheWrite * p.cacheWrite.value_or(p.input) * PerMillion,
            t.output * p.output * PerMillion,
            t.reasoning * p.reasoning.value_or(p.output) * PerMillion};
}

double derivedCacheHitRate(double callsPerDay, double distinctPrefixes, double cacheTtlS)
{
    if (callsPerDay <= 0 || cacheTtlS <= 0)
        return 0.0;
    const double perSecond = callsPerDay / 86400.0 / std::max(distinctPrefixes, 1.0);
    return 1.0 - std::exp(-perSecond * cacheTtlS);
}

} // namespace fulcrum
