#pragma once

#include <vector>

#include <QAbstractTableModel>
#include <QString>

#include "models/results.h"
#include "models/tier.h"

namespace fulcrum {

/// The ranked alternatives of Results (model × tier × caching), one row each, in the
/// engine's order; read-only. DisplayRole is formatted text, SortRole the raw figure.
class AlternativesTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Rank,
        Model,
        Provider,
        ServiceTier,
        Caching,
        CostPerMonth,
        SavingPerMonth,
        LatencyTypical,
        LatencySlowest,
        Accuracy,
        BreakEven,
        NetPerMonth,
        Verdict,
        Pareto,
        ColumnCount
    };

    enum Role {
        SortRole = Qt::UserRole, ///< the raw figure (double, int, string); invalid when unknown
        FilterTextRole,          ///< "model provider", on every column
        FeasibleRole,            ///< bool
        ParetoRole,              ///< bool
        CachingRole,             ///< bool
        TierRole,                ///< int, tierIndex()
        CurrentRole,             ///< bool: the scenario as written
        AlternativeIndexRole,    ///< int, the index in Results::alternatives
    };

    explicit AlternativesTableModel(QObject *parent = nullptr);

    void setResults(const Results &results);

    const std::vector<Alternative> &alternatives() const { return m_alternatives; }
    /// The alternative of a row, or nullptr.
    const Alternative *alternative(int row) const;
    QString currency() const { return m_currency; }

    /// "Standard", "Batch", "Flex", "Priority" in the current language.
    /// "Feasible", or why not in words ("below target, over budget").
    static QString verdictText(const Alternative &alternative);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const Alternative &a, int row, int column) const;
    QVariant sortData(const Alternative &a, int row, int column) const;
    QVariant toolTipData(const Alternative &a, int column) const;

    std::vector<Alternative> m_alternatives;
    QString m_currency;
};

} // namespace fulcrum
