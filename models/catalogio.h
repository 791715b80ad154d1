#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "models/json.h"

#include "models/catalog.h"
#include "models/diagnostic.h"
#include "models/numberrule.h"

namespace fulcrum {

inline constexpr int CatalogFormatVersion = 1;

/// What a price (per million tokens) or a time to first token may be: ≥ 0.
inline constexpr NumberRule CatalogPriceRule {Bound::NonNegative};
/// What a speed (tokens per second) may be: a thousandth of a token a second at least, since
/// a speed near zero would make any time infinite.
inline constexpr NumberRule CatalogSpeedRule {Bound::Positive, false, 0.001};

/// Reads one catalog entry (DESIGN.md, "Catalog entry"); problems go to errors under path.
std::optional<ModelEntry> modelEntryFromJson(const Json &json, const std::string &path,
                                             Diagnostics &errors);
Json modelEntryToJson(const ModelEntry &entry);
/// Checks an entry's values: prices ≥ 0, speeds > 0, slowest not faster than typical (at
/// their point values), at least one tier offered; prices and latency figures written as
/// ranges are checked as ranges (checkDistribution), e.g. at
/// "models[0].prices_per_mtok.standard.output.low".
void checkModelEntry(const ModelEntry &entry, const std::string &path, Diagnostics &errors);

struct CatalogLoad
{
    std::optional<Catalog> catalog;
    Diagnostics errors;
};

/// {"format": "fulcrum-catalog", "version": 1, "as_of", "source", "models": [...]}
CatalogLoad catalogFromJson(const Json &json);
CatalogLoad catalogFromText(std::string_view text);
Json catalogToJson(const Catalog &catalog);

} // namespace fulcrum
