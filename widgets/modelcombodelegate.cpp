#include "widgets/modelcombodelegate.h"

#include "widgets/modelcombobox.h"

namespace fulcrum {

ModelComboDelegate::ModelComboDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QWidget *ModelComboDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    Q_UNUSED(option);
    Q_UNUSED(index);
    auto *combo = new ModelComboBox(parent);
    combo->setChoices(m_choices);
    // Picking an item (with the mouse, the completer or Return) is the whole edit.
    auto *self = const_cast<ModelComboDelegate *>(this);
    connect(combo, &QComboBox::activated, self, [self, combo] {
        emit self->commitData(combo);
        emit self->closeEditor(combo, QAbstractItemDelegate::SubmitModelCache);
    });
    return combo;
}

void ModelComboDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<ModelComboBox *>(editor);
    if (combo->hasFocus() && combo->modelId() == index.data(Qt::EditRole).toString())
        return;
    combo->setModelId(index.data(Qt::EditRole).toString());
}

void ModelComboDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    const QString id = static_cast<ModelComboBox *>(editor)->modelId();
    if (!id.isEmpty() && id != index.data(Qt::EditRole).toString())
        model->setData(index, id, Qt::EditRole);
}

} // namespace fulcrum
