#pragma once

#include <QString>
#include <QWidget>

#include "models/catalog.h"
#include "models/modelentry.h"
#include "models/scenario.h"

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace fulcrum {

class CatalogTableModel;

/// The price and latency catalog as the scenario sees it (its own entries override the
/// catalog's), editable cell by cell, with the catalog's date and source. It never changes
/// the scenario or the catalog: edits, reverts and imports are asked for by signal and the
/// window makes them undoable. Setters never emit.
class CatalogPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CatalogPanel(QWidget *parent = nullptr);

    void setCatalog(const Scenario &scenario, const Catalog &catalog);

    /// The id of the selected row's model, or an empty string.
    QString selectedModelId() const;
    /// Selects a model's row (clearing the filter if it hides it); false when not listed.
    bool selectModel(const QString &modelId);

    CatalogTableModel *tableModel() const { return m_model; }
    QSortFilterProxyModel *filterModel() const { return m_proxy; }
    QTableView *tableView() const { return m_view; }

signals:
    /// The user edited a model: the whole entry after the edit, to store as an override.
    void modelEdited(const fulcrum::ModelEntry &entry);
    /// The user asked to drop the scenario's override of a catalog model.
    void revertRequested(const QString &modelId);
    /// The user asked to import LiteLLM's price file.
    void importRequested();
    /// An edit was refused; why, in words (also shown in the panel).
    void editRefused(const QString &reason);

private:
    void updateRevertButton();
    void updateHeader();
    void showMessage(const QString &text, bool isError);

    CatalogTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_headerLabel = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_revertButton = nullptr;
    QAction *m_revertAction = nullptr;
    QLabel *m_messageIcon = nullptr;
    QLabel *m_messageLabel = nullptr;
    QString m_asOf;
    QString m_source;
    QString m_currency;
    bool m_columnsSized = false;
};

} // namespace fulcrum
