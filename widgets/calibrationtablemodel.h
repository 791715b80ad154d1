#pragma once

#include <vector>

#include <QAbstractTableModel>

#include "models/calibration.h"

namespace fulcrum {

/// The fitted latency of each model or endpoint of the imported logs, one row per fit,
/// with how well it predicts the measured runs. Read-only.
class CalibrationTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Model,
        Runs,
        Failed,
        HeldOut,
        TtftS,
        PrefillTokensPerS,
        OutputTokensPerS,
        OutputTokensPerSSlowest,
        Mape,
        ErrorP50S,
        ErrorP90S,
        HoldoutMape,
        Source,
        ColumnCount
    };

    explicit CalibrationTableModel(QObject *parent = nullptr);

    void setFits(const std::vector<LatencyFit> &fits);
    const std::vector<LatencyFit> &fits() const { return m_fits; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<LatencyFit> m_fits; ///< without their points (the charts keep those)
};

} // namespace fulcrum
