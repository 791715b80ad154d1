#include "widgets/modelchoice.h"

#include <QAbstractItemModel>
#include <QFontMetrics>
#include <QTableView>

#include <QCoreApplication>

#include "models/modellookup.h"

using namespace Qt::StringLiterals;

namespace fulcrum {

QString ModelChoice::label() const
{
    if (provider.isEmpty())
        return id;
    return id + u" — "_s + provider;
}

QList<ModelChoice> modelChoices(const Scenario &scenario, const Catalog &catalog)
{
    QList<ModelChoice> choices;
    const ModelLookup lookup(scenario, catalog);
    for (const ModelEntry *entry : lookup.all()) {
        ModelChoice choice;
        choice.id = QString::fromStdString(entry->id);
        choice.provider = QString::fromStdString(entry->provider);
        choice.name = QString::fromStdString(entry->name);
        for (Tier tier : AllTiers) {
            if (entry->offers(tier))
                choice.tiers << tier;
        }
        choices << choice;
    }
    return choices;
}

const ModelChoice *findModelChoice(const QList<ModelChoice> &choices, const QString &id)
{
    for (const ModelChoice &choice : choices) {
        if (choice.id == id)
            return &choice;
    }
    return nullptr;
}

void fitColumnsWithModelPicker(QTableView *table, int modelColumn, const QList<ModelChoice> &choices)
{
    table->resizeColumnsToContents();
    const QFontMetrics metrics = table->fontMetrics();
    int modelWidth = table->columnWidth(modelColumn);
    for (const ModelChoice &choice : choices)
        modelWidth = std::max(modelWidth, metrics.horizontalAdvance(choice.id) + 8);
    for (int column = 0; column < table->model()->columnCount(); ++column) {
        const int width = column == modelColumn ? modelWidth : table->columnWidth(column);
        table->setColumnWidth(column, width + 16);
    }
}

} // namespace fulcrum
