#pragma once

#include <QList>
#include <QStyledItemDelegate>

#include "widgets/modelchoice.h"

namespace fulcrum {

/// Edits a model id cell with a searchable ModelComboBox; picking a model commits it.
class ModelComboDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ModelComboDelegate(QObject *parent = nullptr);

    void setChoices(const QList<ModelChoice> &choices) { m_choices = choices; }
    const QList<ModelChoice> &choices() const { return m_choices; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QList<ModelChoice> m_choices;
};

} // namespace fulcrum
