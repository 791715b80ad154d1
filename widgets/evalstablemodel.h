#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include "models/catalog.h"
#include "models/diagnostic.h"
#include "models/scenario.h"
#include "widgets/modelchoice.h"

namespace fulcrum {

/// The scenario's eval results (Scenario::evals), one model a row in id order. Like
/// StepsTableModel it does not own them: edits go out as scenarioEdited() and come back
/// through setScenario(). Accuracy is a fraction in EditRole and a percent in DisplayRole;
/// an unknown number of correct answers is an invalid EditRole.
class EvalsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Model, Accuracy, EvalSize, Correct, ColumnCount };
    Q_ENUM(Column)

    explicit EvalsTableModel(QObject *parent = nullptr);

    void setScenario(const Scenario &scenario, const Catalog &catalog);
    /// Marks the cells at "evals.<model>.<field>".
    void setDiagnostics(const Diagnostics &errors);
    const Scenario &scenario() const { return m_scenario; }
    const QList<ModelChoice> &modelChoices() const { return m_choices; }

    /// The model id of a row, or empty.
    QString modelId(int row) const;
    /// The row of a model id, or -1.
    int rowOf(const QString &modelId) const;
    /// "evals.<model>.<key>" ("evals.<model>" for the model column).
    QString fieldPath(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Emits the scenario with the cell changed (merge key: the cell's path; a model change,
    /// which moves the row, has none). A model id already in the table is refused.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// Adds a result for a model that has none (a step's first, else the catalog's first),
    /// at the target accuracy with an unknown eval size. Returns its model id.
    QString addEval();
    /// The model id addEval() would add.
    QString newEvalModelId() const;
    /// Removes the row's result.
    bool removeEval(int row);

signals:
    void scenarioEdited(const fulcrum::Scenario &scenario, const QString &mergeKey,
                        const QString &description);

private:
    QString stepsUsing(const std::string &model) const;

    Scenario m_scenario;
    QList<ModelChoice> m_choices;
    std::vector<std::string> m_ids; ///< m_scenario.evals' keys, in order
    std::map<std::pair<int, int>, QStringList> m_messages; ///< by (row, column)
};

} // namespace fulcrum
