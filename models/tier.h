#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace fulcrum {

/// A provider's service tier. Prices, queueing and availability differ per tier.
enum class Tier { Standard, Batch, Flex, Priority };

inline constexpr int TierCount = 4;
inline constexpr std::array<Tier, TierCount> AllTiers = {Tier::Standard, Tier::Batch, Tier::Flex,
                                                         Tier::Priority};

/// The key used in files: "standard", "batch", "flex", "priority".
std::string_view tierKey(Tier tier);
std::optional<Tier> tierFromKey(std::string_view key);

inline constexpr int tierIndex(Tier tier)
{
    return static_cast<int>(tier);
}

} // namespace fulcrum
