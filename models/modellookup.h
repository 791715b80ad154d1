#pragma once

#include <string_view>
#include <vector>

#include "models/catalog.h"
#include "models/scenario.h"

namespace fulcrum {

/// Finds models by id in a scenario's own entries first, then in the catalog, without
/// copying either (a scenario's entry replaces the catalog's of the same id).
class ModelLookup
{
public:
    ModelLookup(const Scenario &scenario, const Catalog &catalog);

    const ModelEntry *find(std::string_view id) const;
    /// Every model once: the catalog's in order (overridden ones replaced), then the
    /// scenario's additions.
    std::vector<const ModelEntry *> all() const;

private:
    const std::vector<ModelEntry> &m_overrides;
    const Catalog &m_catalog;
};

} // namespace fulcrum
