#include "widgets/evalspanel.h"

#include <QAction>
#include <QFontMetrics>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include "widgets/evalstablemodel.h"
#include "widgets/modelcombodelegate.h"
#include "widgets/numberdelegate.h"

using namespace Qt::StringLiterals;

namespace fulcrum {

EvalsPanel::EvalsPanel(QWidget *parent)
    : ScenarioPanel(parent)
    , m_model {new EvalsTableModel(this)}
    , m_modelDelegate {new ModelComboDelegate(this)}
    , m_toolBar {new QToolBar(this)}
    , m_table {new QTableView(this)}
{
    setWindowTitle(tr("Evals"));

    m_table->setObjectName(u"evals"_s);
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(EvalsTableModel::Model, m_modelDelegate);
    auto *numbers = new NumberDelegate(this);
    for (int column = EvalsTableModel::Accuracy; column < EvalsTableModel::ColumnCount; ++column)
        m_table->setItemDelegateForColumn(column, numbers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setAccessibleName(tr("Eval results"));

    m_add = new QAction(tr("Add result"), this);
    m_add->setShortcut(QKeySequence(Qt::Key_Insert));
    m_add->setToolTip(tr("Add the eval result of another model (%1)")
                          .arg(m_add->shortcut().toString(QKeySequence::NativeText)));
    m_remove = new QAction(tr("Remove"), this);
    m_remove->setShortcut(QKeySequence(Qt::Key_Delete));
    m_remove->setToolTip(tr("Remove the selected eval result (%1)")
                             .arg(m_remove->shortcut().toString(QKeySequence::NativeText)));
    for (QAction *action : {m_add, m_remove}) {
        action->setShortcutContext(Qt::WidgetShortcut);
        m_table->addAction(action);
        m_toolBar->addAction(action);
    }
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    connect(m_add, &QAction::triggered, this, [this] {
        m_expectedModel = m_model->newEvalModelId();
        m_model->addEval();
    });
    connect(m_remove, &QAction::triggered, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (!current.isValid())
            return;
        const int row = current.row();
        m_expectedModel = m_model->modelId(row + 1 < m_model->rowCount() ? row + 1 : row - 1);
        m_model->removeEval(row);
    });

    auto *caption = new QLabel(tr("Accuracy of each model on your own eval set. The model of the "
                                  "pipeline's final step decides the business case."), this);
    caption->setWordWrap(true);
    caption->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_table, 1);
    layout->addWidget(caption);

    connect(m_model, &EvalsTableModel::scenarioEdited, this, &ScenarioPanel::scenarioEdited);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &EvalsPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EvalsPanel::updateActions);
    updateActions();
}

EvalsPanel::~EvalsPanel()
{
    // An open cell editor commits when the view goes: no edit may leave a dying panel.
    disconnect(m_model, &EvalsTableModel::scenarioEdited, this, &ScenarioPanel::scenarioEdited);
}

void EvalsPanel::setScenario(const Scenario &scenario, const Catalog &catalog)
{
    const QString current = m_model->modelId(m_table->currentIndex().row());
    m_model->setScenario(scenario, catalog);
    m_modelDelegate->setChoices(m_model->modelChoices());
    if (!m_expectedModel.isEmpty() && m_model->rowOf(m_expectedModel) >= 0) {
        selectModel(m_expectedModel);
        m_expectedModel.clear();
    } else if (!current.isEmpty() && m_model->modelId(m_table->currentIndex().row()) != current) {
        selectModel(current); // rows are in id order: keep following the same model
    }
    if (m_shownRows != m_model->rowCount()) {
        m_shownRows = m_model->rowCount();
        fitColumns();
    }
    updateActions();
}

void EvalsPanel::setDiagnostics(const Diagnostics &errors)
{
    m_model->setDiagnostics(errors);
}

void EvalsPanel::selectModel(const QString &modelId)
{
    const int row = m_model->rowOf(modelId);
    if (row < 0)
        return;
    const int column = std::max(0, m_table->currentIndex().column());
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, column),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void EvalsPanel::fitColumns()
{
    fitColumnsWithModelPicker(m_table, EvalsTableModel::Model, m_model->modelChoices());
}

void EvalsPanel::updateActions()
{
    m_remove->setEnabled(m_table->currentIndex().isValid());
}

} // namespace fulcrum
