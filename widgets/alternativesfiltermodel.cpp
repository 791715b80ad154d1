#include "widgets/alternativesfiltermodel.h"

#include "widgets/alternativestablemodel.h"

namespace fulcrum {

AlternativesFilterModel::AlternativesFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AlternativesTableModel::SortRole);
}

void AlternativesFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void AlternativesFilterModel::setTier(std::optional<fulcrum::Tier> tier)
{
    if (tier == m_tier)
        return;
    m_tier = tier;
    invalidateFilter();
}

void AlternativesFilterModel::setFeasibleOnly(bool on)
{
    if (on == m_feasibleOnly)
        return;
    m_feasibleOnly = on;
    invalidateFilter();
}

void AlternativesFilterModel::setParetoOnly(bool on)
{
    if (on == m_paretoOnly)
        return;
    m_paretoOnly = on;
    invalidateFilter();
}

void AlternativesFilterModel::setCachingOnly(bool on)
{
    if (on == m_cachingOnly)
        return;
    m_cachingOnly = on;
    invalidateFilter();
}

void AlternativesFilterModel::clearFilters()
{
    m_text.clear();
    m_tier.reset();
    m_feasibleOnly = false;
    m_paretoOnly = false;
    m_cachingOnly = false;
    invalidateFilter();
}

bool AlternativesFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    using M = AlternativesTableModel;
    if (m_feasibleOnly && !index.data(M::FeasibleRole).toBool())
        return false;
    if (m_paretoOnly && !index.data(M::ParetoRole).toBool())
        return false;
    if (m_cachingOnly && !index.data(M::CachingRole).toBool())
        return false;
    if (m_tier && index.data(M::TierRole).toInt() != tierIndex(*m_tier))
        return false;
    if (!m_text.isEmpty()
        && !index.data(M::FilterTextRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace fulcrum
