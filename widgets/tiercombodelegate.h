#pragma once

#include <QStyledItemDelegate>

namespace fulcrum {

/// Edits a tier cell with a combo box of the tiers the step's model offers (the cell's
/// TierOptionsRole); choosing one commits it.
class TierComboDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit TierComboDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace fulcrum
