#pragma once

#include "widgets/scenariopanel.h"

class QAction;
class QTableView;
class QToolBar;

namespace fulcrum {

class EvalsTableModel;
class ModelComboDelegate;

/// Edits the eval results: per model, the accuracy measured on the feature's eval, the
/// eval's size and, if known, the number of correct answers. Insert adds a result and
/// Delete removes the selected one while the table has focus.
class EvalsPanel : public ScenarioPanel
{
    Q_OBJECT

public:
    explicit EvalsPanel(QWidget *parent = nullptr);
    ~EvalsPanel() override;

    void setScenario(const Scenario &scenario, const Catalog &catalog) override;
    void setDiagnostics(const Diagnostics &errors) override;

    EvalsTableModel *evalsModel() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    QAction *addEvalAction() const { return m_add; }
    QAction *removeEvalAction() const { return m_remove; }

private:
    void selectModel(const QString &modelId);
    void updateActions();
    void fitColumns();

    EvalsTableModel *m_model = nullptr;
    ModelComboDelegate *m_modelDelegate = nullptr;
    QToolBar *m_toolBar = nullptr;
    QTableView *m_table = nullptr;
    QAction *m_add = nullptr;
    QAction *m_remove = nullptr;
    QString m_expectedModel; ///< made current when the edit comes back
    int m_shownRows = -1;
};

} // namespace fulcrum
