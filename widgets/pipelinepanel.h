#pragma once

#include "widgets/scenariopanel.h"

class QAction;
class QLabel;
class QTableView;
class QToolBar;

namespace fulcrum {

class ModelComboDelegate;
class StepsTableModel;

/// Edits the request pipeline: a table of steps (StepsTableModel) with a searchable model
/// picker, a tier picker limited to what the model offers, and actions to add, duplicate,
/// remove and reorder steps (Insert, Ctrl+D, Delete, Alt+Up, Alt+Down in the table).
class PipelinePanel : public ScenarioPanel
{
    Q_OBJECT

public:
    explicit PipelinePanel(QWidget *parent = nullptr);
    ~PipelinePanel() override;

    void setScenario(const Scenario &scenario, const Catalog &catalog) override;
    void setDiagnostics(const Diagnostics &errors) override;

    StepsTableModel *stepsModel() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    QAction *addStepAction() const { return m_add; }
    QAction *duplicateStepAction() const { return m_duplicate; }
    QAction *removeStepAction() const { return m_remove; }
    QAction *moveStepUpAction() const { return m_moveUp; }
    QAction *moveStepDownAction() const { return m_moveDown; }

private:
    QAction *makeAction(const QString &text, const QString &toolTip, const QKeySequence &shortcut);
    int currentRow() const;
    /// Makes row current once the edit comes back through setScenario().
    void expectCurrentRow(int row);
    void selectRow(int row);
    void updateActions();
    void fitColumns();

    StepsTableModel *m_model = nullptr;
    ModelComboDelegate *m_modelDelegate = nullptr;
    QToolBar *m_toolBar = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_message = nullptr;
    QAction *m_add = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    int m_expectedRow = -1;
    int m_shownRows = -1;
};

} // namespace fulcrum
