#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "models/modelentry.h"

namespace fulcrum {

/// The dated price and latency catalog: models by id, in a stable order.
class Catalog
{
public:
    Catalog() = default;
    explicit Catalog(std::vector<ModelEntry> models, std::string asOf = {}, std::string source = {});

    const std::vector<ModelEntry> &models() const { return m_models; }
    const ModelEntry *find(std::string_view id) const;
    const std::string &asOf() const { return m_asOf; }
    const std::string &source() const { return m_source; }

    bool operator==(const Catalog &other) const
    {
        return m_models == other.m_models && m_asOf == other.m_asOf && m_source == other.m_source;
    }

private:
    struct IdHash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view id) const { return std::hash<std::string_view> {}(id); }
    };

    std::vector<ModelEntry> m_models;
    std::unordered_map<std::string, std::size_t, IdHash, std::equal_to<>> m_index;
    std::string m_asOf;
    std::string m_source;
};

} // namespace fulcrum
