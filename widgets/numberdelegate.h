#pragma once

#include <QStyledItemDelegate>

namespace fulcrum {

/// Edits a number cell with a NumberField of the cell's kind (NumberKindRole): percent
/// cells are typed in percent, "auto" where AllowsAutoRole says so, empty where
/// OptionalRole does. A NumberValidator keeps text that is not a number from committing.
class NumberDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit NumberDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace fulcrum
