#pragma once

#include <QString>
#include <QUndoCommand>

#include "models/scenario.h"

namespace fulcrum {

class ScenarioDocument;

/// Replaces the document's scenario with an edited one. Consecutive commands with the same
/// non-empty merge key (keystrokes in one visit to one field) merge into one undo step.
class SetScenarioCommand : public QUndoCommand
{
public:
    SetScenarioCommand(ScenarioDocument *document, const Scenario &after, const QString &text,
                       const QString &mergeKey = {});

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ScenarioDocument *m_document;
    Scenario m_before;
    Scenario m_after;
    QString m_mergeKey;
};

} // namespace fulcrum
