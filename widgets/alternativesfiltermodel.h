#pragma once

#include <optional>

#include <QSortFilterProxyModel>
#include <QString>

#include "models/tier.h"

namespace fulcrum {

/// Sorts an AlternativesTableModel by its raw figures and filters its rows: text in the
/// model or provider, one tier, feasible only, Pareto front only, with caching only.
class AlternativesFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AlternativesFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    /// nullopt: every tier.
    void setTier(std::optional<fulcrum::Tier> tier);
    void setFeasibleOnly(bool on);
    void setParetoOnly(bool on);
    void setCachingOnly(bool on);
    /// Shows every row again.
    void clearFilters();

    QString text() const { return m_text; }
    std::optional<fulcrum::Tier> tier() const { return m_tier; }
    bool feasibleOnly() const { return m_feasibleOnly; }
    bool paretoOnly() const { return m_paretoOnly; }
    bool cachingOnly() const { return m_cachingOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    std::optional<fulcrum::Tier> m_tier;
    bool m_feasibleOnly = false;
    bool m_paretoOnly = false;
    bool m_cachingOnly = false;
};

} // namespace fulcrum
