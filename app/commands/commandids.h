#pragma once

namespace fulcrum {

/// QUndoCommand::id() values: commands with the same id may merge.
enum CommandId {
    SetScenarioId = 1,
};

} // namespace fulcrum
