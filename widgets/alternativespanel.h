#pragma once

#include <optional>
#include <string>

#include <QString>
#include <QWidget>

#include "models/results.h"
#include "models/scenario.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QTableView;

namespace fulcrum {

class AlternativesFilterModel;
class AlternativesTableModel;

/// The ranked alternatives as a sortable, filterable table, with where the candidates
/// apply and a button to apply the selected one. It never changes the scenario: it asks
/// (applyRequested, applyToChanged) and the window makes the undoable edit. Setters never
/// emit.
class AlternativesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AlternativesPanel(QWidget *parent = nullptr);

    /// Shows the results' alternatives; the scenario gives the steps and where candidates
    /// apply. The selected candidate stays selected while it is still a candidate (call
    /// selectedAlternative() afterwards: its index may have moved).
    void showResults(const Scenario &scenario, const Results &results);
    /// Selects the row of results.alternatives[index] (clearing the filters if they hide
    /// it); -1 clears the selection.
    void selectAlternative(int index);
    /// The index in results.alternatives of the selected row, or -1.
    int selectedAlternative() const;

    AlternativesTableModel *tableModel() const { return m_model; }
    AlternativesFilterModel *filterModel() const { return m_proxy; }
    QTableView *tableView() const { return m_view; }

signals:
    /// The user chose where candidates apply: "final", "all" or a step's name.
    void applyToChanged(const QString &applyToKey);
    /// The user asked to apply this alternative to the scenario.
    void applyRequested(const fulcrum::Alternative &alternative);
    /// The user selected another row: its index in results.alternatives, or -1.
    void alternativeSelected(int index);

private:
    struct RowKey
    {
        std::string model;
        Tier tier = Tier::Standard;
        bool caching = false;
    };

    void updateApplyTo(const Scenario &scenario, const Results &results);
    void updateSummary();
    void updateApplyButton();
    void applyFiltersFromControls();
    void clearFilterControls();
    void applyRow(const QModelIndex &proxyIndex);
    void applySelected();

    AlternativesTableModel *m_model = nullptr;
    AlternativesFilterModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QComboBox *m_tierCombo = nullptr;
    QCheckBox *m_feasibleOnly = nullptr;
    QCheckBox *m_paretoOnly = nullptr;
    QCheckBox *m_cachingOnly = nullptr;
    QComboBox *m_applyToCombo = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QPushButton *m_applyButton = nullptr;
    QString m_applyToKey;  ///< the scenario's: "final", "all" or a step's name
    QString m_applyToStep; ///< Results::alternativesApplyTo
    bool m_valid = false;
    bool m_updating = false;
    bool m_columnsSized = false;
};

} // namespace fulcrum
