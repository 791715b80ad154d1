#pragma once

#include <QList>
#include <QString>

#include "models/catalog.h"
#include "models/scenario.h"
#include "models/tier.h"

namespace fulcrum {

/// A model the user may pick for a step or an eval, as the pickers list it.
struct ModelChoice
{
    QString id;
    QString provider;
    QString name;
    QList<Tier> tiers; ///< the tiers the model offers, in AllTiers order

    /// "gpt-4o — OpenAI" (the id alone when the provider is unknown).
    QString label() const;

    bool operator==(const ModelChoice &) const = default;
};

/// Every model of the catalog and the scenario's own entries (which replace the catalog's of
/// the same id), in catalog order.
QList<ModelChoice> modelChoices(const Scenario &scenario, const Catalog &catalog);
/// The choice with this id, or nullptr.
const ModelChoice *findModelChoice(const QList<ModelChoice> &choices, const QString &id);
/// A tier's name as the window shows it ("Standard", "Batch", ...), translated.
QString tierName(Tier tier);

} // namespace fulcrum
