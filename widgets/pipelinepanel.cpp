#include "widgets/pipelinepanel.h"

#include <QAction>
#include <QFontMetrics>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include "widgets/diagnostictext.h"
#include "widgets/modelcombodelegate.h"
#include "widgets/numberdelegate.h"
#include "widgets/stepstablemodel.h"
#include "widgets/tiercombodelegate.h"

using namespace Qt::StringLiterals;

namespace fulcrum {

PipelinePanel::PipelinePanel(QWidget *parent)
    : ScenarioPanel(parent)
    , m_model {new StepsTableModel(this)}
    , m_modelDelegate {new ModelComboDelegate(this)}
    , m_toolBar {new QToolBar(this)}
    , m_table {new QTableView(this)}
    , m_message {new QLabel(this)}
{
    setWindowTitle(tr("Pipeline"));

    m_table->setObjectName(u"steps"_s);
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(StepsTableModel::Model, m_modelDelegate);
    m_table->setItemDelegateForColumn(StepsTableModel::Tier, new TierComboDelegate(this));
    auto *numbers = new NumberDelegate(this);
    for (int column = StepsTableModel::Calls; column <= StepsTableModel::Completions; ++column)
        m_table->setItemDelegateForColumn(column, numbers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setAccessibleName(tr("Pipeline steps"));
    m_table->setToolTip(tr("The model calls each request makes. Double-click or type in a cell "
                           "to edit it."));

    m_add = makeAction(tr("Add step"), tr("Add a step after the selected one"), QKeySequence(Qt::Key_Insert));
    m_duplicate = makeAction(tr("Duplicate"), tr("Add a copy of the selected step after it"),
                             QKeySequence(Qt::CTRL | Qt::Key_D));
    m_remove = makeAction(tr("Remove"), tr("Remove the selected step"), QKeySequence(Qt::Key_Delete));
    m_moveUp = makeAction(tr("Move up"), tr("Move the selected step up"), QKeySequence(Qt::ALT | Qt::Key_Up));
    m_moveDown = makeAction(tr("Move down"), tr("Move the selected step down"),
                            QKeySequence(Qt::ALT | Qt::Key_Down));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(QSize(16, 16));

    connect(m_add, &QAction::triggered, this, [this] {
        const int row = currentRow() >= 0 ? currentRow() + 1 : m_model->rowCount();
        expectCurrentRow(row);
        if (!m_model->addStep(row))
            expectCurrentRow(-1);
    });
    connect(m_duplicate, &QAction::triggered, this, [this] {
        const int row = currentRow();
        expectCurrentRow(row + 1);
        if (!m_model->duplicateStep(row))
            expectCurrentRow(-1);
    });
    connect(m_remove, &QAction::triggered, this, [this] {
        const int row = currentRow();
        expectCurrentRow(std::min(row, m_model->rowCount() - 2));
        if (!m_model->removeStep(row))
            expectCurrentRow(-1);
    });
    connect(m_moveUp, &QAction::triggered, this, [this] {
        const int row = currentRow();
        expectCurrentRow(row - 1);
        if (!m_model->moveStep(row, row - 1))
            expectCurrentRow(-1);
    });
    connect(m_moveDown, &QAction::triggered, this, [this] {
        const int row = currentRow();
        expectCurrentRow(row + 1);
        if (!m_model->moveStep(row, row + 1))
            expectCurrentRow(-1);
    });

    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setForegroundRole(QPalette::BrightText);
    m_message->setStyleSheet(u"color: #c62828;"_s);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);

    connect(m_model, &StepsTableModel::scenarioEdited, this, &ScenarioPanel::scenarioEdited);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &PipelinePanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PipelinePanel::updateActions);
    updateActions();
}

QAction *PipelinePanel::makeAction(const QString &text, const QString &toolTip, const QKeySequence &shortcut)
{
    auto *action = new QAction(text, this);
    action->setShortcut(shortcut);
    // Only while the table itself has focus: in a cell editor Delete deletes a character.
    action->setShortcutContext(Qt::WidgetShortcut);
    action->setToolTip(u"%1 (%2)"_s.arg(toolTip, shortcut.toString(QKeySequence::NativeText)));
    m_table->addAction(action);
    m_toolBar->addAction(action);
    return action;
}

PipelinePanel::~PipelinePanel()
{
    // An open cell editor commits when the view goes: no edit may leave a dying panel.
    disconnect(m_model, &StepsTableModel::scenarioEdited, this, &ScenarioPanel::scenarioEdited);
}

void PipelinePanel::setScenario(const Scenario &scenario, const Catalog &catalog)
{
    m_model->setScenario(scenario, catalog);
    m_modelDelegate->setChoices(m_model->modelChoices());
    if (m_expectedRow >= 0) {
        selectRow(std::min(m_expectedRow, m_model->rowCount() - 1));
        m_expectedRow = -1;
    }
    if (m_shownRows != m_model->rowCount()) {
        // Fit the columns when steps come or go, not on every keystroke elsewhere.
        m_shownRows = m_model->rowCount();
        fitColumns();
    }
    updateActions();
}

void PipelinePanel::setDiagnostics(const Diagnostics &errors)
{
    m_model->setDiagnostics(errors);
    // What belongs to no cell (an empty pipeline) is said under the table.
    QStringList messages;
    for (const Diagnostic &d : errors) {
        if (d.path == "workload.steps")
            messages << diagnosticMessage(d);
    }
    m_message->setText(messages.join(u'\n'));
    m_message->setVisible(!messages.isEmpty());
}

int PipelinePanel::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void PipelinePanel::expectCurrentRow(int row)
{
    m_expectedRow = row;
}

void PipelinePanel::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const int column = std::max(0, m_table->currentIndex().column());
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, column),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void PipelinePanel::fitColumns()
{
    fitColumnsWithModelPicker(m_table, StepsTableModel::Model, m_model->modelChoices());
}

void PipelinePanel::updateActions()
{
    const int row = currentRow();
    const int rows = m_model->rowCount();
    m_duplicate->setEnabled(row >= 0);
    m_remove->setEnabled(row >= 0);
    m_moveUp->setEnabled(row > 0);
    m_moveDown->setEnabled(row >= 0 && row < rows - 1);
}

} // namespace fulcrum
