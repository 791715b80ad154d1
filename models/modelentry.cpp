#include "models/modelentry.h"

#include <algorithm>

namespace fulcrum {

bool ModelEntry::hasCachedPrice() const
{
    return std::any_of(prices.begin(), prices.end(),
                       [](const auto &p) { return p && p->cachedInput.has_value(); });
}

bool ModelEntry::pricesCacheWrites() const
{
    return std::any_of(prices.begin(), prices.end(),
                       [](const auto &p) { return p && p->cacheWrite.has_value(); });
}

bool ModelEntry::hasRanges() const
{
    return (latency && !latency->ranges.empty())
           || std::any_of(prices.begin(), prices.end(), [](const auto &p) { return p && !p->ranges.empty(); });
}

} // namespace fulcrum
