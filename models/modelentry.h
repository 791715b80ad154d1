#pragma once

#include <array>
#include <optional>
#include <string>

#include "models/json.h"

#include "models/distribution.h"
#include "models/tier.h"

namespace fulcrum {

/// One tier's prices in the scenario's currency per million tokens. A token kind without a
/// price on the tier (nullopt) is billed at the tier's plain input price; reasoning tokens
/// without a price of their own at the output price.
struct TierPrices
{
    double input = 0;
    std::optional<double> cachedInput;
    std::optional<double> cacheWrite;
    double output = 0;
    std::optional<double> reasoning;
    /// Prices written as ranges, by key ("input", "cached_input", "cache_write", "output",
    /// "reasoning"); the members above hold their point values.
    Ranges ranges;
    Json extra = Json::object();

    bool operator==(const TierPrices &) const = default;
};

/// How fast a model serves, from public measurements or the user's own.
struct LatencyProfile
{
    double ttftS = 0;                          ///< time to first token, seconds
    std::optional<double> prefillTokensPerS;   ///< input processing speed; unknown = not modelled
    double outputTokensPerS = 1;               ///< typical generation speed
    std::optional<double> outputTokensPerSSlowest; ///< at the busiest hour; unknown = typical
    std::string asOf;
    std::string source;
    /// Figures written as ranges, by key ("ttft_s", "prefill_tokens_per_s",
    /// "output_tokens_per_s", "output_tokens_per_s_slowest"); the members hold point values.
    Ranges ranges;
    Json extra = Json::object();

    double slowestOutputTokensPerS() const { return outputTokensPerSSlowest.value_or(outputTokensPerS); }

    bool operator==(const LatencyProfile &) const = default;
};

struct RateLimits
{
    std::optional<double> tokensPerMinute;
    std::optional<double> requestsPerMinute;
    Json extra = Json::object();

    bool operator==(const RateLimits &) const = default;
};

/// A model as the catalog (or a scenario's own "models") describes it.
struct ModelEntry
{
    std::string id;
    std::string provider;
    std::string name;
    std::array<std::optional<TierPrices>, TierCount> prices; ///< nullopt: tier not offered
    std::optional<double> promptCacheMinTokens; ///< shorter static prefixes are never cached
    std::optional<double> cacheTtlS;            ///< how long a cached prefix stays warm
    std::optional<LatencyProfile> latency;      ///< nullopt: never measured
    std::array<std::optional<double>, TierCount> tierQueueS; ///< wait before a tier starts work
    std::optional<double> contextWindow;
    std::optional<double> maxOutputTokens;
    RateLimits rateLimits;
    std::string asOf;
    std::string source;
    Json extra = Json::object();

    const std::optional<TierPrices> &pricesFor(Tier tier) const { return prices[tierIndex(tier)]; }
    bool offers(Tier tier) const { return prices[tierIndex(tier)].has_value(); }
    double queueS(Tier tier) const { return tierQueueS[tierIndex(tier)].value_or(0.0); }
    /// True when some tier prices cached input (prompt caching exists for the model).
    bool hasCachedPrice() const;
    /// True when some tier prices cache writes (Anthropic-style explicit caching).
    bool pricesCacheWrites() const;
    /// True when some price or latency figure is written as a range.
    bool hasRanges() const;

    bool operator==(const ModelEntry &) const = default;
};

} // namespace fulcrum
