#include "widgets/modelcombobox.h"

#include <algorithm>

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace fulcrum {

ModelComboBox::ModelComboBox(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(16);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(18);
    auto *completer = new QCompleter(model(), this);
    completer->setCompletionColumn(0);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(16);
    setCompleter(completer);
    lineEdit()->setPlaceholderText(tr("Type to search models"));
}

void ModelComboBox::setChoices(const QList<ModelChoice> &choices)
{
    const QSignalBlocker blocker(this);
    const QString current = modelId();
    clear();
    for (const ModelChoice &choice : choices) {
        addItem(choice.label(), choice.id);
        const QString tip = choice.name.isEmpty() ? choice.label() : choice.name + u" ("_s + choice.label() + u')';
        setItemData(count() - 1, tip, Qt::ToolTipRole);
    }
    if (!current.isEmpty())
        setModelId(current);
    // In a table cell the combo is narrow; its lists show whole labels, not "claude-so…".
    int widest = 0;
    for (const ModelChoice &choice : choices)
        widest = std::max(widest, fontMetrics().horizontalAdvance(choice.label()));
    const int listWidth = widest + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 24;
    completer()->popup()->setMinimumWidth(listWidth);
    view()->setMinimumWidth(listWidth);
}

void ModelComboBox::setModelId(const QString &id)
{
    const QSignalBlocker blocker(this);
    const int index = findData(id);
    if (index >= 0) {
        setCurrentIndex(index);
    } else {
        setCurrentIndex(-1);
        setEditText(id);
    }
}

QString ModelComboBox::modelId() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return {};
    const int byLabel = findText(text, Qt::MatchFixedString);
    if (byLabel >= 0)
        return itemData(byLabel).toString();
    const int byId = findData(text);
    if (byId >= 0)
        return text;
    // "my-model — Provider" typed by hand: the id is the part before the dash.
    const qsizetype dash = text.indexOf(u" — "_s);
    return dash > 0 ? text.left(dash).trimmed() : text;
}

} // namespace fulcrum
