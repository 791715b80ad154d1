#pragma once

#include <map>
#include <string_view>
#include <utility>

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include "models/catalog.h"
#include "models/diagnostic.h"
#include "models/scenario.h"
#include "widgets/modelchoice.h"

namespace fulcrum {

/// The pipeline's steps (Scenario::workload.steps) as an editable table, one step a row.
/// The model does not own the steps: setScenario() shows a scenario, and every edit goes
/// out as scenarioEdited() with the whole scenario after it, to come back through
/// setScenario(). DisplayRole reads as the window shows it ("90 %", "auto", "a, b"),
/// EditRole is the raw value (fractions, numbers, the tier's key, "auto").
class StepsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Model,
        Tier,
        Calls,
        StaticInputTokens,
        DynamicInputTokens,
        CacheHitRate,
        DistinctPrefixes,
        OutputTokens,
        ReasoningTokens,
        Completions,
        After,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit StepsTableModel(QObject *parent = nullptr);

    /// Shows the scenario's steps; the catalog (with the scenario's own models) gives the
    /// models and the tiers each offers.
    void setScenario(const Scenario &scenario, const Catalog &catalog);
    /// Marks the cells at "workload.steps[i].<field>" (BackgroundRole, ToolTipRole).
    void setDiagnostics(const Diagnostics &errors);
    const Scenario &scenario() const { return m_scenario; }
    const QList<ModelChoice> &modelChoices() const { return m_choices; }

    /// A column's key in the file ("output_tokens"); Column's own for each field.
    static std::string_view fieldKey(int column);
    /// The column of a key in the file, or -1.
    static int columnOf(std::string_view key);
    /// "workload.steps[<row>].<key>".
    static QString fieldPath(int row, int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Emits the scenario with the cell changed (merge key: the cell's path); true when the
    /// value is one the cell takes. Renaming a step renames it in the others' "after".
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Each structural edit emits scenarioEdited with an empty merge key (one undo step each)
    // and returns false, emitting nothing, when the row is out of range.
    /// Adds a step named "step N" (unique) at row (rowCount() appends), on the model and
    /// tier of the step before it.
    bool addStep(int row);
    /// Inserts a copy of the step after it, under a unique name ("answer 2").
    bool duplicateStep(int row);
    /// Removes the step, and its name from the other steps' "after".
    bool removeStep(int row);
    /// Moves the step from row to toRow.
    bool moveStep(int row, int toRow);
    /// base if no step has that name, else base with the lowest free number ("answer 2").
    QString uniqueStepName(const QString &base) const;

signals:
    void scenarioEdited(const fulcrum::Scenario &scenario, const QString &mergeKey,
                        const QString &description);

private:
    bool hasStepNamed(const QString &name) const;
    QStringList tierOptions(const Step &step) const;
    QVariant displayData(const Step &step, int column) const;
    QVariant editData(const Step &step, int column) const;
    QString rangeNote(const Step &step, int column) const;
    bool applyEdit(Step &step, int row, int column, const QVariant &value, Scenario &edited) const;

    Scenario m_scenario;
    QList<ModelChoice> m_choices;
    std::map<std::pair<int, int>, QStringList> m_messages; ///< by (row, column)
};

} // namespace fulcrum
