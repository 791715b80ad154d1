#include "widgets/tiercombodelegate.h"

#include <QComboBox>
#include <QSignalBlocker>

#include "widgets/itemroles.h"
#include "widgets/modelchoice.h"

namespace fulcrum {

TierComboDelegate::TierComboDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QWidget *TierComboDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    Q_UNUSED(option);
    auto *combo = new QComboBox(parent);
    QStringList keys = index.data(TierOptionsRole).toStringList();
    // The current tier stays choosable even if the model does not offer it (it is marked).
    const QString current = index.data(Qt::EditRole).toString();
    if (!current.isEmpty() && !keys.contains(current))
        keys << current;
    for (const QString &key : keys) {
        const std::optional<Tier> tier = tierFromKey(key.toStdString());
        combo->addItem(tier ? tierName(*tier) : key, key);
    }
    auto *self = const_cast<TierComboDelegate *>(this);
    connect(combo, &QComboBox::activated, self, [self, combo] {
        emit self->commitData(combo);
        emit self->closeEditor(combo, QAbstractItemDelegate::SubmitModelCache);
    });
    return combo;
}

void TierComboDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
}

void TierComboDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    const QVariant key = static_cast<QComboBox *>(editor)->currentData();
    if (key.isValid() && key != index.data(Qt::EditRole))
        model->setData(index, key, Qt::EditRole);
}

} // namespace fulcrum
