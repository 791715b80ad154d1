#include "widgets/displayformat.h"
#include "widgets/alternativespanel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

#include "widgets/alternativesfiltermodel.h"
#include "widgets/alternativestablemodel.h"

using namespace Qt::StringLiterals;

namespace fulcrum {

AlternativesPanel::AlternativesPanel(QWidget *parent)
    : QWidget(parent)
    , m_model {new AlternativesTableModel(this)}
    , m_proxy {new AlternativesFilterModel(this)}
{
    m_proxy->setSourceModel(m_model);

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(u"filterEdit"_s);
    m_filterEdit->setPlaceholderText(tr("Filter by model or provider"));
    m_filterEdit->setClearButtonEnabled(true);

    m_tierCombo = new QComboBox(this);
    m_tierCombo->setObjectName(u"tierCombo"_s);
    m_tierCombo->addItem(tr("All tiers"), -1);
    for (Tier tier : AllTiers)
        m_tierCombo->addItem(tierName(tier), tierIndex(tier));

    m_feasibleOnly = new QCheckBox(tr("Feasible only"), this);
    m_feasibleOnly->setObjectName(u"feasibleOnlyCheck"_s);
    m_paretoOnly = new QCheckBox(tr("Pareto front only"), this);
    m_paretoOnly->setObjectName(u"paretoOnlyCheck"_s);
    m_paretoOnly->setToolTip(tr("Only the candidates that no other beats on cost, latency and accuracy at once"));
    m_cachingOnly = new QCheckBox(tr("With caching only"), this);
    m_cachingOnly->setObjectName(u"cachingOnlyCheck"_s);

    m_applyToCombo = new QComboBox(this);
    m_applyToCombo->setObjectName(u"applyToCombo"_s);
    m_applyToCombo->setToolTip(tr("Which step's model the candidates replace"));
    m_applyToCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *applyToLabel = new QLabel(tr("Candidates &replace:"), this);
    applyToLabel->setBuddy(m_applyToCombo);

    m_view = new QTableView(this);
    m_view->setObjectName(u"alternativesView"_s);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSortIndicator(AlternativesTableModel::Rank, Qt::AscendingOrder);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setMaximumSectionSize(360);
    m_view->setSortingEnabled(true);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(u"summaryLabel"_s);
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_applyButton = new QPushButton(tr("A&pply"), this);
    m_applyButton->setObjectName(u"applyButton"_s);
    m_applyButton->setToolTip(tr("Switch the scenario to the selected candidate (undoable)"));
    m_applyButton->setEnabled(false);

    // Enter on a row and the context menu apply it too.
    auto *applyAction = new QAction(tr("Apply to the Scenario"), m_view);
    applyAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    applyAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(applyAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    // Two rows, so that the controls keep their text in longer languages (Russian) too.
    auto *filters = new QHBoxLayout;
    m_filterEdit->setMinimumWidth(160);
    filters->addWidget(m_filterEdit, 1);
    filters->addWidget(m_tierCombo);
    filters->addSpacing(12);
    filters->addWidget(applyToLabel);
    filters->addWidget(m_applyToCombo);
    auto *toggles = new QHBoxLayout;
    toggles->addWidget(m_feasibleOnly);
    toggles->addWidget(m_paretoOnly);
    toggles->addWidget(m_cachingOnly);
    toggles->addStretch();

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summaryLabel, 1);
    bottom->addWidget(m_applyButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(toggles);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(m_filterEdit, &QLineEdit::textChanged, this, &AlternativesPanel::applyFiltersFromControls);
    connect(m_tierCombo, &QComboBox::currentIndexChanged, this, &AlternativesPanel::applyFiltersFromControls);
    for (QCheckBox *box : {m_feasibleOnly, m_paretoOnly, m_cachingOnly})
        connect(box, &QCheckBox::toggled, this, &AlternativesPanel::applyFiltersFromControls);
    connect(m_applyToCombo, &QComboBox::activated, this, [this](int i) {
        emit applyToChanged(m_applyToCombo->itemData(i).toString());
    });
    connect(m_applyButton, &QPushButton::clicked, this, &AlternativesPanel::applySelected);
    connect(applyAction, &QAction::triggered, this, &AlternativesPanel::applySelected);
    connect(m_view, &QTableView::doubleClicked, this, &AlternativesPanel::applyRow);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateApplyButton();
        if (!m_updating)
            emit alternativeSelected(selectedAlternative());
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &AlternativesPanel::updateSummary);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AlternativesPanel::updateSummary);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &AlternativesPanel::updateSummary);

    updateSummary();
}

void AlternativesPanel::showResults(const Scenario &scenario, const Results &results)
{
    std::optional<RowKey> selected;
    if (const Alternative *a = m_model->alternative(selectedAlternative()))
        selected = RowKey {a->model, a->tier, a->caching};

    m_updating = true;
    m_valid = results.valid();
    m_applyToKey = QString::fromStdString(scenario.alternatives.applyTo);
    m_applyToStep = QString::fromStdString(results.alternativesApplyTo);
    m_model->setResults(results);
    if (selected) {
        const auto &all = m_model->alternatives();
        int row = -1;
        for (std::size_t i = 0; i < all.size(); ++i) {
            if (all[i].model == selected->model && all[i].tier == selected->tier
                && all[i].caching == selected->caching) {
                row = static_cast<int>(i);
                break;
            }
        }
        if (row != selectedAlternative()) {
            const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
            if (index.isValid())
                m_view->selectionModel()->setCurrentIndex(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            else
                m_view->selectionModel()->clearSelection();
        }
    }
    m_updating = false;

    updateApplyTo(scenario, results);
    if (!m_columnsSized && m_model->rowCount() > 0) {
        m_view->resizeColumnsToContents();
        m_columnsSized = true;
    }
    updateSummary();
    updateApplyButton();
}

void AlternativesPanel::selectAlternative(int index)
{
    m_updating = true;
    if (index < 0 || index >= m_model->rowCount()) {
        m_view->selectionModel()->clearSelection();
    } else {
        QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(index, 0));
        if (!proxyIndex.isValid()) {
            // Chosen elsewhere (the chart): show it even if the filters hid it.
            clearFilterControls();
            m_proxy->clearFilters();
            proxyIndex = m_proxy->mapFromSource(m_model->index(index, 0));
        }
        m_view->selectionModel()->setCurrentIndex(proxyIndex, QItemSelectionModel::ClearAndSelect
                                                                  | QItemSelectionModel::Rows);
        m_view->scrollTo(proxyIndex);
    }
    m_updating = false;
    updateApplyButton();
}

int AlternativesPanel::selectedAlternative() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    return m_proxy->mapToSource(rows.constFirst()).row();
}

void AlternativesPanel::updateApplyTo(const Scenario &scenario, const Results &results)
{
    QList<QPair<QString, QString>> items; // text, key
    const int finalIndex = results.business.finalStep;
    QString finalStep;
    if (finalIndex >= 0 && finalIndex < static_cast<int>(results.steps.size()))
        finalStep = QString::fromStdString(results.steps[static_cast<std::size_t>(finalIndex)].name);
    items.append({finalStep.isEmpty() ? tr("Final step") : tr("Final step (%1)").arg(finalStep), u"final"_s});
    items.append({tr("All steps"), u"all"_s});
    for (const Step &step : scenario.workload.steps) {
        const QString name = QString::fromStdString(step.name);
        items.append({tr("Step “%1”").arg(name), name});
    }

    const QSignalBlocker blocker(m_applyToCombo);
    bool same = m_applyToCombo->count() == items.size();
    for (int i = 0; same && i < items.size(); ++i)
        same = m_applyToCombo->itemText(i) == items[i].first
               && m_applyToCombo->itemData(i).toString() == items[i].second;
    if (!same) {
        m_applyToCombo->clear();
        for (const auto &[text, key] : items)
            m_applyToCombo->addItem(text, key);
    }
    const int current = m_applyToCombo->findData(QString::fromStdString(scenario.alternatives.applyTo));
    m_applyToCombo->setCurrentIndex(current >= 0 ? current : 0);
}

void AlternativesPanel::updateSummary()
{
    if (!m_valid) {
        m_summaryLabel->setText(tr("No candidates: the scenario has errors."));
        return;
    }
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    const QString count = shown == total ? tr("%n candidates", nullptr, total)
                                         : tr("%1 of %n candidates shown", nullptr, total).arg(shown);
    const QString where = m_applyToKey == u"all"_s
                              ? tr("each replaces the model of every step")
                              : tr("each replaces the model of step “%1”").arg(m_applyToStep);
    m_summaryLabel->setText(tr("%1; %2. Bold: the scenario as written.").arg(count, where));
}

void AlternativesPanel::updateApplyButton()
{
    const Alternative *a = m_model->alternative(selectedAlternative());
    m_applyButton->setEnabled(a && !a->current);
}

void AlternativesPanel::applyFiltersFromControls()
{
    m_proxy->setText(m_filterEdit->text());
    const int tier = m_tierCombo->currentData().toInt();
    m_proxy->setTier(tier < 0 ? std::nullopt
                              : std::optional<Tier>(AllTiers[static_cast<std::size_t>(tier)]));
    m_proxy->setFeasibleOnly(m_feasibleOnly->isChecked());
    m_proxy->setParetoOnly(m_paretoOnly->isChecked());
    m_proxy->setCachingOnly(m_cachingOnly->isChecked());
    updateSummary();
    updateApplyButton();
}

void AlternativesPanel::clearFilterControls()
{
    const QSignalBlocker b1(m_filterEdit);
    const QSignalBlocker b2(m_tierCombo);
    const QSignalBlocker b3(m_feasibleOnly);
    const QSignalBlocker b4(m_paretoOnly);
    const QSignalBlocker b5(m_cachingOnly);
    m_filterEdit->clear();
    m_tierCombo->setCurrentIndex(0);
    m_feasibleOnly->setChecked(false);
    m_paretoOnly->setChecked(false);
    m_cachingOnly->setChecked(false);
}

void AlternativesPanel::applyRow(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const Alternative *a = m_model->alternative(m_proxy->mapToSource(proxyIndex).row());
    if (a && !a->current)
        emit applyRequested(*a);
}

void AlternativesPanel::applySelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        applyRow(rows.constFirst());
}

} // namespace fulcrum
