#include "widgets/modelchoice.h"

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

QString tierName(Tier tier)
{
    switch (tier) {
    case Tier::Standard:
        return QCoreApplication::translate("Tier", "Standard");
    case Tier::Batch:
        return QCoreApplication::translate("Tier", "Batch");
    case Tier::Flex:
        return QCoreApplication::translate("Tier", "Flex");
    case Tier::Priority:
        return QCoreApplication::translate("Tier", "Priority");
    }
    return {};
}

} // namespace fulcrum
