#include "models/modellookup.h"

namespace fulcrum {

ModelLookup::ModelLookup(const Scenario &scenario, const Catalog &catalog)
    : m_overrides {scenario.models}
    , m_catalog {catalog}
{
}

const ModelEntry *ModelLookup::find(std::string_view id) const
{
    for (const ModelEntry &entry : m_overrides) {
        if (entry.id == id)
            return &entry;
    }
    return m_catalog.find(id);
}

std::vector<const ModelEntry *> ModelLookup::all() const
{
    std::vector<const ModelEntry *> models;
    models.reserve(m_catalog.models().size() + m_overrides.size());
    for (const ModelEntry &entry : m_catalog.models())
        models.push_back(find(entry.id));
    for (const ModelEntry &entry : m_overrides) {
        if (!m_catalog.find(entry.id) && find(entry.id) == &entry)
            models.push_back(&entry);
    }
    return models;
}

} // namespace fulcrum
