#include "widgets/numberdelegate.h"

#include "widgets/itemroles.h"
#include "widgets/numberfield.h"
#include "widgets/numbervalidator.h"

using namespace Qt::StringLiterals;

namespace fulcrum {

NumberDelegate::NumberDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QWidget *NumberDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    Q_UNUSED(option);
    const QVariant kindData = index.data(NumberKindRole);
    const auto kind = kindData.isValid() ? static_cast<NumberField::Kind>(kindData.toInt())
                                         : NumberField::Kind::Plain;
    auto *field = new NumberField(kind, parent);
    field->setFrame(false);
    field->setAllowsAuto(index.data(AllowsAutoRole).toBool());
    field->setOptional(index.data(OptionalRole).toBool());
    field->setFieldPath(index.data(FieldPathRole).toString());
    field->setAcceptsRanges(index.data(AcceptsRangesRole).toBool());
    // The column header names the unit; only a percent sign is worth its room in a cell.
    if (kind != NumberField::Kind::Percent)
        field->setUnit(QString());
    field->setValidator(new NumberValidator(field));
    return field;
}

void NumberDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *field = static_cast<NumberField *>(editor);
    if (const QVariant range = index.data(RangeRole); range.metaType() == QMetaType::fromType<Distribution>()) {
        field->setRange(range.value<Distribution>());
        return;
    }
    const QVariant value = index.data(Qt::EditRole);
    if (value.typeId() == QMetaType::QString && value.toString() == u"auto"_s)
        field->setAuto();
    else if (!value.isValid())
        field->clearValue();
    else
        field->setValue(value.toDouble());
}

void NumberDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    const NumberField::Parse parse = static_cast<NumberField *>(editor)->parse();
    switch (parse.status) {
    case NumberField::Parse::Number:
        model->setData(index, parse.value, Qt::EditRole);
        break;
    case NumberField::Parse::Auto:
        model->setData(index, u"auto"_s, Qt::EditRole);
        break;
    case NumberField::Parse::Empty:
        model->setData(index, QVariant(), Qt::EditRole);
        break;
    case NumberField::Parse::Range:
        model->setData(index, QVariant::fromValue(parse.range), Qt::EditRole);
        break;
    case NumberField::Parse::Invalid:
        break; // the old value stays
    }
}

} // namespace fulcrum
