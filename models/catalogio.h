#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "models/json.h"

#include "models/catalog.h"
#include "models/diagnostic.h"

namespace fulcrum {

inline constexpr int CatalogFormatVersion = 1;

/// Reads one catalog entry (DESIGN.md, "Catalog entry"); problems go to errors under path.
std::optional<ModelEntry> modelEntryFromJson(const Json &json, const std::string &path,
                                             Diagnostics &errors);
Json modelEntryToJson(const ModelEntry &entry);
/// Checks an entry's values: prices ≥ 0, speeds > 0, slowest not faster than typical,
/// at least one tier offered.
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
