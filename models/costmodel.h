#pragma once

#include "models/modelentry.h"
#include "models/scenario.h"

namespace fulcrum {

/// Tokens of one call of a step, by how they are billed. Output and reasoning include every
/// completion (n / best_of).
struct CallTokens
{
    double plainInput = 0;  ///< billed at the input price
    double cachedInput = 0; ///< read from the prompt cache
    double cacheWrite = 0;  ///< written to the prompt cache (where the model prices writes)
    double output = 0;
    double reasoning = 0;

    /// Input tokens the model has to process (everything not read from the cache).
    double prefill() const { return plainInput + cacheWrite; }

    bool operator==(const CallTokens &) const = default;
};

/// Money by token kind, in the scenario's currency.
struct TokenCost
{
    double plainInput = 0;
    double cachedInput = 0;
    double cacheWrite = 0;
    double output = 0;
    double reasoning = 0;

    double total() const { return plainInput + cachedInput + cacheWrite + output + reasoning; }
    TokenCost scaled(double factor) const;
    TokenCost &operator+=(const TokenCost &other);

    bool operator==(const TokenCost &) const = default;
};

/// The hit rate a step's static prefix gets on a model: the requested rate, or 0 when the
/// step does not cache, the model has no prompt caching, or the prefix is shorter than the
/// model's prompt-cache minimum.
double effectiveHitRate(double requestedRate, bool caching, double staticInputTokens,
                        const ModelEntry &model);

/// Tokens of one call. caching says whether the step uses prompt caching at all (a
/// cache_hit_rate above 0 or "auto"); cache writes are only paid when it does.
CallTokens callTokens(const Step &step, double hitRate, bool caching, const ModelEntry &model);

/// What one call's tokens cost at a tier's prices (per million tokens). A kind with no
/// price on the tier falls back to the input price; reasoning to the output price.
TokenCost callCost(const CallTokens &tokens, const TierPrices &prices);

/// The chance that a request finds its prefix still cached: 1 − exp(−r × ttl), with r the
/// calls per second sharing one prefix (callsPerDay / 86400 / distinctPrefixes).
double derivedCacheHitRate(double callsPerDay, double distinctPrefixes, double cacheTtlS);

} // namespace fulcrum
