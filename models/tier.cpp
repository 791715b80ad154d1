#include "models/tier.h"

namespace fulcrum {

namespace {
constexpr std::array<std::string_view, TierCount> TierKeys = {"standard", "batch", "flex",
                                                              "priority"};
}

std::string_view tierKey(Tier tier)
{
    return TierKeys[tierIndex(tier)];
}

std::optional<Tier> tierFromKey(std::string_view key)
{
    for (Tier tier : AllTiers) {
        if (TierKeys[tierIndex(tier)] == key)
            return tier;
    }
    return std::nullopt;
}

} // namespace fulcrum
