#pragma once

#include <QList>
#include <QString>

class QTableView;

#include "models/catalog.h"
#include "models/scenario.h"
#include "models/tier.h"
#include "widgets/displayformat.h"

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
/// Sizes a table's columns to their contents plus some room, the model column wide enough
/// for the longest id the picker offers (so choosing another model does not clip it).
void fitColumnsWithModelPicker(QTableView *table, int modelColumn, const QList<ModelChoice> &choices);
/// The choice with this id, or nullptr.
const ModelChoice *findModelChoice(const QList<ModelChoice> &choices, const QString &id);

} // namespace fulcrum
