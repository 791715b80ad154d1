#include "models/catalog.h"

namespace fulcrum {

Catalog::Catalog(std::vector<ModelEntry> models, std::string asOf, std::string source)
    : m_models {std::move(models)}
    , m_asOf {std::move(asOf)}
    , m_source {std::move(source)}
{
    m_index.reserve(m_models.size());
    for (std::size_t i = 0; i < m_models.size(); ++i)
        m_index.emplace(m_models[i].id, i); // the first of duplicate ids wins
}

const ModelEntry *Catalog::find(std::string_view id) const
{
    const auto it = m_index.find(id);
    return it == m_index.end() ? nullptr : &m_models[it->second];
}

} // namespace fulcrum
