#include "app/commands/setscenariocommand.h"

#include "app/commands/commandids.h"
#include "app/scenariodocument.h"

namespace fulcrum {

SetScenarioCommand::SetScenarioCommand(ScenarioDocument *document, const Scenario &after,
                                       const QString &text, const QString &mergeKey)
    : m_document {document}
    , m_before {document->scenario()}
    , m_after {after}
    , m_mergeKey {mergeKey}
{
    setText(text);
}

void SetScenarioCommand::redo()
{
    m_document->setScenario(m_after);
}

void SetScenarioCommand::undo()
{
    m_document->setScenario(m_before);
}

int SetScenarioCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : SetScenarioId;
}

bool SetScenarioCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetScenarioCommand *>(other);
    if (next->m_mergeKey != m_mergeKey)
        return false;
    // A field typed into for a while is one undo step, not one per keystroke.
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace fulcrum
