#include "widgets/catalogpanel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include "widgets/catalogtablemodel.h"
#include "widgets/displayformat.h"

using namespace Qt::StringLiterals;

namespace fulcrum {

CatalogPanel::CatalogPanel(QWidget *parent)
    : QWidget(parent)
    , m_model {new CatalogTableModel(this)}
    , m_proxy {new QSortFilterProxyModel(this)}
    , m_currency {u"USD"_s}
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CatalogTableModel::SortRole);
    m_proxy->setFilterRole(CatalogTableModel::FilterTextRole);
    m_proxy->setFilterKeyColumn(CatalogTableModel::Id);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_headerLabel = new QLabel(this);
    m_headerLabel->setObjectName(u"catalogHeaderLabel"_s);
    m_headerLabel->setWordWrap(true);
    m_headerLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(u"filterEdit"_s);
    m_filterEdit->setPlaceholderText(tr("Filter by id, provider or name"));
    m_filterEdit->setClearButtonEnabled(true);

    m_importButton = new QPushButton(tr("&Import LiteLLM File…"), this);
    m_importButton->setObjectName(u"importButton"_s);
    m_importButton->setToolTip(tr("Update prices from LiteLLM's model_prices_and_context_window.json"));
    m_revertButton = new QPushButton(tr("&Revert to Catalog"), this);
    m_revertButton->setObjectName(u"revertButton"_s);
    m_revertButton->setToolTip(tr("Drop the scenario's own figures for the selected model"));
    m_revertButton->setEnabled(false);

    m_view = new QTableView(this);
    m_view->setObjectName(u"catalogView"_s);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    // The ids stay in sight while the prices and speeds scroll sideways: they are the
    // vertical header, in place of the Id column.
    m_view->setColumnHidden(CatalogTableModel::Id, true);
    m_view->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setMaximumSectionSize(320);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    // Unsorted (the catalog's order) until a header is clicked.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);

    m_revertAction = new QAction(tr("Revert to Catalog"), m_view);
    m_revertAction->setEnabled(false);
    m_view->addAction(m_revertAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_messageIcon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_messageIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    m_messageIcon->hide();
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(u"messageLabel"_s);
    m_messageLabel->setWordWrap(true);

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_filterEdit, 1);
    tools->addWidget(m_importButton);
    tools->addWidget(m_revertButton);

    auto *message = new QHBoxLayout;
    message->addWidget(m_messageIcon);
    message->addWidget(m_messageLabel, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headerLabel);
    layout->addLayout(tools);
    layout->addWidget(m_view, 1);
    layout->addLayout(message);

    connect(m_filterEdit, &QLineEdit::textChanged, m_proxy, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
    });
    connect(m_importButton, &QPushButton::clicked, this, &CatalogPanel::importRequested);
    const auto revertSelected = [this] {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            m_model->requestRevert(m_proxy->mapToSource(rows.constFirst()).row());
    };
    connect(m_revertButton, &QPushButton::clicked, this, revertSelected);
    connect(m_revertAction, &QAction::triggered, this, revertSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CatalogPanel::updateRevertButton);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CatalogPanel::updateRevertButton);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->setColumnHidden(CatalogTableModel::Id, true);
        updateRevertButton();
    });

    connect(m_model, &CatalogTableModel::modelEdited, this, [this](const ModelEntry &entry) {
        showMessage({}, false);
        emit modelEdited(entry);
    });
    connect(m_model, &CatalogTableModel::revertRequested, this, &CatalogPanel::revertRequested);
    connect(m_model, &CatalogTableModel::editRefused, this, [this](const QString &reason) {
        showMessage(reason, true);
        emit editRefused(reason);
    });

    showMessage({}, false);
    updateHeader();
}

void CatalogPanel::setCatalog(const Scenario &scenario, const Catalog &catalog)
{
    m_asOf = QString::fromStdString(catalog.asOf());
    m_source = QString::fromStdString(catalog.source());
    m_currency = QString::fromStdString(scenario.currency);
    if (m_messageIcon->isHidden())
        showMessage({}, false);
    m_model->setCatalog(scenario, catalog);
    if (!m_columnsSized && m_model->rowCount() > 0) {
        m_view->resizeColumnsToContents();
        m_columnsSized = true;
    }
    updateHeader();
    updateRevertButton();
}

QString CatalogPanel::selectedModelId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return rows.constFirst().data(CatalogTableModel::ModelIdRole).toString();
}

bool CatalogPanel::selectModel(const QString &modelId)
{
    const int row = m_model->rowOf(modelId);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, CatalogTableModel::Id));
    if (!index.isValid()) {
        m_filterEdit->clear();
        index = m_proxy->mapFromSource(m_model->index(row, CatalogTableModel::Id));
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                         | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void CatalogPanel::updateRevertButton()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const bool canRevert = !rows.isEmpty()
                           && m_model->canRevert(m_proxy->mapToSource(rows.constFirst()).row());
    m_revertButton->setEnabled(canRevert);
    m_revertAction->setEnabled(canRevert);
}

void CatalogPanel::updateHeader()
{
    int overridden = 0;
    int added = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        overridden += m_model->origin(row) == CatalogTableModel::Origin::Overridden;
        added += m_model->origin(row) == CatalogTableModel::Origin::Added;
    }
    QString text = tr("<b>Catalog as of %1</b> · %n models", nullptr, m_model->rowCount())
                       .arg(m_asOf.isEmpty() ? tr("an unknown date") : DisplayFormat::date(m_asOf).toHtmlEscaped());
    if (overridden > 0)
        text += u" · "_s + tr("%n overridden by this scenario", nullptr, overridden);
    if (added > 0)
        text += u" · "_s + tr("%n added by this scenario", nullptr, added);
    text += u"<br>"_s + tr("Source: %1").arg(m_source.isEmpty() ? tr("unknown") : m_source.toHtmlEscaped());
    m_headerLabel->setText(text);
}

void CatalogPanel::showMessage(const QString &text, bool isError)
{
    m_messageIcon->setVisible(isError);
    if (isError) {
        m_messageLabel->setText(text);
        return;
    }
    m_messageLabel->setText(tr("Prices in %1 per million tokens. Double-click a cell to edit it; an empty "
                               "cell means “not offered” or “unknown”. Bold rows are this scenario's own.")
                                .arg(m_currency));
}

} // namespace fulcrum
