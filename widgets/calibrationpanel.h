#pragma once

#include <vector>

#include <QStringList>
#include <QWidget>

#include "models/calibration.h"
#include "models/latencylog.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableView;

namespace fulcrum {

class CalibrationScatter;
class CalibrationTableModel;
class ResidualHistogramChart;

/// Calibration from measured latency logs: the imported files, the fitted latency per model
/// or endpoint with how well it predicts, predicted against measured latency and the
/// residuals as charts, and "Apply to Catalog" for the selected fit. It reads no file and
/// fits nothing itself: imports, the held-out share and Apply are asked for by signal, and
/// the window answers with showCalibration() or an undoable edit. Setters never emit.
class CalibrationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CalibrationPanel(QWidget *parent = nullptr);

    /// The imported logs and their fits (with their points, for the charts).
    void showCalibration(const std::vector<LatencyLog> &logs, const Calibration &calibration);
    /// The models Apply can write into: the catalog's and the scenario's ids.
    void setModelIds(const QStringList &ids);

    double holdoutFraction() const;
    /// Sets the held-out share without announcing an edit.
    void setHoldoutFraction(double fraction);
    int selectedFit() const; ///< row of the selected fit, or -1
    void selectFit(int row);
    QString targetModel() const;
    void setTargetModel(const QString &modelId);
    /// Shows the outcome of an import or an Apply in the panel.
    void showMessage(const QString &text, bool isError);

    CalibrationTableModel *tableModel() const { return m_model; }
    QTableView *tableView() const { return m_view; }
    QPushButton *applyButton() const { return m_applyButton; }
    CalibrationScatter *scatter() const { return m_scatter; }
    ResidualHistogramChart *histogram() const { return m_histogram; }

signals:
    void importRequested();
    void clearRequested();
    /// The user changed the share of runs held out of the fit (a fraction 0..1).
    void holdoutEdited(double fraction);
    /// Apply the fit in row fitRow to modelId's latency figures.
    void applyRequested(int fitRow, const QString &modelId);

private:
    static QString emptyText();
    void updateApplyButton();

    CalibrationTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_filesLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QDoubleSpinBox *m_holdout = nullptr;
    QComboBox *m_target = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_clearButton = nullptr;
    QPushButton *m_applyButton = nullptr;
    CalibrationScatter *m_scatter = nullptr;
    ResidualHistogramChart *m_histogram = nullptr;
    QStringList m_modelIds;
};

} // namespace fulcrum
